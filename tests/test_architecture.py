"""Guards on the architecture and the platform: layering, and the PySide6 6.12.0 bug."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "stakeholders"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("layer", ["model", "rules", "io", "layout"])
def test_core_layers_never_import_widgets(layer: str) -> None:
    """model/, rules/, io/ and layout/ must work without QtWidgets (CLI, tests, scripts)."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(i for i in _imports(path) if "QtWidgets" in i)
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize("layer", ["rules", "io", "layout"])
def test_rules_io_and_layout_import_no_qt_at_all(layer: str) -> None:
    """The rules, the file formats and the layouts are plain Python (no PySide6)."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(i for i in _imports(path) if "PySide6" in i)
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_check_command_does_not_load_widgets() -> None:
    """``stakeholders check`` runs on a machine without a screen and starts fast."""
    import subprocess

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
    import subprocess

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
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
