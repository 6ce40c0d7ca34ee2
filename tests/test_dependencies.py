"""The declared dependencies are exactly what the package imports.

Every third-party module imported anywhere under ``stakeholders/`` (function
bodies included) comes from a distribution listed in ``pyproject.toml``'s
``dependencies``, so a clean install runs the app; and every listed runtime
dependency is imported somewhere, so nothing is installed (and bundled) for
nothing.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "stakeholders"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    """The runtime dependencies of pyproject.toml (distribution names, canonical)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_canonical(re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0])
            for spec in project["dependencies"]}


def imported_modules() -> dict[str, set[str]]:
    """Top-level third-party modules imported by the package -> the files importing them."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "stakeholders":
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_imported_module_is_declared() -> None:
    distributions = packages_distributions()
    missing = {}
    for module, files in imported_modules().items():
        names = {_canonical(d) for d in distributions.get(module, [])}
        if not names & declared():
            missing[module] = sorted(files)
    assert missing == {}, f"imported but not in pyproject.toml dependencies: {missing}"


def test_every_declared_dependency_is_imported() -> None:
    distributions = packages_distributions()
    used = {_canonical(d) for module in imported_modules()
            for d in distributions.get(module, [])}
    assert declared() - used == set(), "declared in pyproject.toml but never imported"


def test_the_layouts_numpy_is_declared_in_its_own_right() -> None:
    """numpy is used by every layout module; it must not arrive only through pandas."""
    assert "numpy" in declared()
    assert any(f.startswith("stakeholders/layout/") for f in imported_modules()["numpy"])
