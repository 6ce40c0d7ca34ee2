"""The PyInstaller bundle works on its own: the smoke run, the command line, and everything inside.

These tests need a built bundle; ``bash .ci/bundle`` builds it and runs them with
``STAKEHOLDERS_BUNDLE`` set to its executable (building takes a minute or more,
so ``.ci/run`` does not; see the README's "Install" section). The bundle runs
with an environment that has no path to the source tree or the virtualenv.
"""

from __future__ import annotations

import ast
import functools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = os.environ.get("STAKEHOLDERS_BUNDLE", "")

pytestmark = pytest.mark.skipif(
    not BUNDLE, reason="no bundle to test: bash .ci/bundle builds one and runs these tests")

#: Modules the app imports only on first use; the analysis must still have put them in.
#: (QtSvg, an extension module, is proven by the SVG export below.)
LAZY_MODULES = ("pandas", "openpyxl", "scipy.spatial", "scipy.optimize", "threadpoolctl",
                "networkx", "numpy")


@functools.cache
def bundle_home() -> Path:
    return Path(tempfile.mkdtemp(prefix="stakeholders-bundle-home-"))


def run(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run the bundle with a clean environment: no PYTHONPATH, no venv, its own home."""
    home = bundle_home()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LC_ALL": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run([BUNDLE, *args], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=home.parent, check=False)


def internal() -> Path:
    """The bundle's data folder (``_internal`` next to the executable)."""
    return Path(BUNDLE).resolve().parent / "_internal"


def test_smoke_opens_checks_and_exports_the_example():
    done = run("--smoke")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("smoke: venster getoond (kustmarken.regiokaart: 49 partijen")
    assert re.match(r"smoke: controle: \d+ signalering\(en\), \d+ open bevinding", lines[1])
    assert lines[2].startswith("smoke: export:") and "1 pagina('s)" in lines[2]
    assert lines[3].startswith("smoke: geslaagd (stakeholders ")


def test_smoke_on_the_spreadsheet_example_lays_it_out():
    """An .xlsx has no positions: opening it runs the layout (scipy, threadpoolctl) and
    openpyxl, all from inside the bundle."""
    done = run("--smoke", str(internal() / "examples" / "kustmarken.xlsx"))
    assert done.returncode == 0, done.stderr
    assert "kustmarken.xlsx: 49 partijen, 5 tafels" in done.stdout


def test_smoke_fails_on_a_broken_map(tmp_path):
    broken = tmp_path / "kapot.regiokaart"
    broken.write_text('{"formaat": "stakeholders-regiokaart", "formaatversie": 1, "partijen": 3}',
                      encoding="utf-8")
    done = run("--smoke", str(broken))
    assert done.returncode == 1
    assert "smoke mislukt" in done.stderr and "Traceback" not in done.stderr


def test_command_line_from_the_bundle(tmp_path):
    version = run("--version")
    from stakeholders import __version__

    assert version.stdout.strip() == f"stakeholders {__version__}"
    check = run("check", str(internal() / "examples" / "rivierenland.regiokaart"),
                "--format", "json")
    assert check.returncode == 0 and '"rule"' in check.stdout
    divisions = run("indeling", str(internal() / "examples" / "rivierenland.regiokaart"))
    assert divisions.returncode == 0 and "GGD-regio" in divisions.stdout
    page = tmp_path / "kaart.svg"
    export = run("export", str(internal() / "examples" / "kustmarken.regiokaart"), "-o", str(page))
    assert export.returncode == 0 and page.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_every_resource_and_example_is_in_the_bundle():
    for folder in ("resources", "examples"):
        for source in (ROOT / folder).rglob("*"):
            if source.is_file():
                copy = internal() / source.relative_to(ROOT)
                assert copy.is_file(), f"{copy} missing from the bundle"
                assert copy.read_bytes() == source.read_bytes(), f"{copy} differs"


def test_lazily_imported_modules_and_every_app_module_are_in_the_bundle():
    listing = subprocess.run(
        [sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer", "-r", "-b", BUNDLE],
        capture_output=True, text=True, check=True).stdout
    modules = {line.strip() for line in listing.splitlines()}
    for name in LAZY_MODULES:
        assert name in modules, f"{name} missing from the bundle"
    assert imported_app_modules() - modules == set()
    assert "matplotlib" not in modules  # a bench-only peer, not part of the app


def imported_app_modules() -> set[str]:
    """Every ``stakeholders`` module that some module of the app imports."""
    files = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
             for p in (ROOT / "stakeholders").rglob("*.py")}
    found = set()
    for path in (ROOT / "stakeholders").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found & files
