"""Guards on the architecture and the platform: layering, and the PySide6 6.12.0 bug.

The layers and which Qt modules each may use are import-linter contracts in
pyproject.toml (``lint-imports``, run by ``.ci/run``); the tests here prove
that they hold and that they reject a bad import.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "stakeholders"


ROOT = PACKAGE.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    """Run import-linter (the contracts in pyproject.toml) on the checkout at ``root``."""
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture(scope="module")
def checkout_copy(tmp_path_factory) -> Path:
    """A copy of the package and its import contracts, to break on purpose."""
    root = tmp_path_factory.mktemp("checkout")
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(PACKAGE, root / "stakeholders", ignore=ignore)
    shutil.copytree(ROOT / "tools", root / "tools", ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_package_keeps_its_import_contracts(checkout_copy: Path) -> None:
    """The layers and the Qt rules hold for the code as it is (and for its copy)."""
    for root in (ROOT, checkout_copy):
        result = _lint_imports(root)
        assert result.returncode == 0, result.stdout[-3000:]
        assert "0 broken" in result.stdout


#: (module, line added to it, what import-linter must report)
BAD_IMPORTS = [
    ("rules/context.py", "from stakeholders.io import cells",
     "stakeholders.rules.context -> stakeholders.io.cells"),
    ("export/page.py", "from stakeholders.ui.canvas import scene",
     "stakeholders.export.page -> stakeholders.ui.canvas.scene"),
    ("model/graph.py", "def _hidden():\n    from stakeholders.layout import auto\n",
     "stakeholders.model.graph -> stakeholders.layout.auto"),
    ("layout/quality.py", "from PySide6.QtCore import QPointF",
     "stakeholders.layout.quality imports PySide6.QtCore"),
    ("model/kinds.py", "from PySide6.QtWidgets import QWidget",
     "stakeholders.model.kinds imports PySide6.QtWidgets"),
    ("look/lines.py", "from PySide6.QtWidgets import QGraphicsLineItem",
     "stakeholders.look.lines imports PySide6.QtWidgets"),
]


@pytest.mark.parametrize(("module", "line", "reported"), BAD_IMPORTS,
                         ids=[m for m, _l, _r in BAD_IMPORTS])
def test_ci_rejects_an_upward_or_qt_import(checkout_copy: Path, module: str, line: str,
                                           reported: str) -> None:
    """One import against the layers (also hidden in a function) breaks a contract."""
    path = checkout_copy / "stakeholders" / module
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original + "\n" + line + "\n", encoding="utf-8")
        result = _lint_imports(checkout_copy)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    assert "0 broken" not in result.stdout
    assert reported in " ".join(result.stdout.split()), result.stdout[-3000:]


def test_check_command_does_not_load_widgets() -> None:
    """``stakeholders check`` runs on a machine without a screen and starts fast."""
    code = (
        "import sys; from stakeholders.cli import main; "
        "rc = main(['check', 'tests/data/kustmarken.xlsx', '--format', 'json']); "
        "print('WIDGETS' if 'PySide6.QtWidgets' in sys.modules else 'CLEAN', file=sys.stderr); "
        "sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent, timeout=60)
    assert result.returncode == 0
    assert result.stderr.strip().endswith("CLEAN")


def test_pyside_does_not_leak_references_to_none(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and
    aborts after a few tens of thousands of calls (Fatal Python error: none_dealloc).
    pyproject.toml excludes it; this guards any future version."""
    from PySide6.QtGui import QPen
    from PySide6.QtWidgets import QGraphicsLineItem

    item = QGraphicsLineItem(0, 0, 10, 10)
    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(5000):
        item.setPen(pen)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount changed by {after - before}"


def test_pyproject_excludes_the_broken_pyside_release() -> None:
    text = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert "!=6.12.0" in text


def test_the_app_exits_cleanly_after_copying_to_the_clipboard(tmp_path):
    """Qt crashed at exit (exit code 139) while the process still owned clipboard data;
    the app releases its own clipboard data when it quits."""
    code = (
        "from PySide6.QtCore import QTimer\n"
        "from stakeholders.qtenv import ensure_gui_application\n"
        "app = ensure_gui_application(headless=True)\n"
        "from stakeholders.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.show()\n"
        "w.files.open_path('examples/kustmarken.regiokaart', ask=False)\n"
        "w.edit_actions.select_all(); assert w.edit_actions.copy()\n"
        "w.files.unsaved_import = False\n"
        "QTimer.singleShot(0, app.quit)\n"
        "raise SystemExit(app.exec())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
