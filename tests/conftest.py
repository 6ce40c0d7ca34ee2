"""Test set-up: headless Qt, no modal dialogs, no real user settings.

``QT_QPA_PLATFORM=offscreen`` must be set before any QApplication exists. Any
modal dialog fails the test at once unless the test patches it itself.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LC_ALL", "C.UTF-8")

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"  # copies of the contract examples (../shared/domain/examples)
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A modal dialog blocks an offscreen test forever; make it fail fast instead.

    A test that expects a dialog monkeypatches the same name itself (the later patch wins).
    """
    try:
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        return

    def _fail(*args, **kwargs):
        raise AssertionError("modal dialog opened during a test: monkeypatch it")

    static = {
        QMessageBox: ("information", "warning", "critical", "question", "about", "aboutQt"),
        QFileDialog: ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                      "getExistingDirectory", "getOpenFileUrl", "getSaveFileUrl"),
        QInputDialog: ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"),
    }
    for cls, names in static.items():
        for name in names:
            monkeypatch.setattr(cls, name, staticmethod(_fail))
    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog):
        monkeypatch.setattr(cls, "exec", _fail)


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_end():
    """The app releases its clipboard data when it quits; tests never quit, so do it here
    (otherwise Qt crashes at interpreter exit after a test copied something)."""
    yield
    from stakeholders.qtenv import release_clipboard

    release_clipboard()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Keep QSettings and user data of tests away from the real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:  # pragma: no cover
        return
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "ini"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "ini"))


@pytest.fixture(autouse=True)
def _dutch_by_default(monkeypatch):
    """Every test starts Dutch whatever the machine's locale, and ends Dutch (a test that
    switches to English must not leak it into the next)."""
    for key in ("LANGUAGE", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    from stakeholders import i18n

    i18n.activate(i18n.DEFAULT)
    yield
    if i18n.language() != i18n.DEFAULT:
        i18n.activate(i18n.DEFAULT)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None and getattr(app, "_stakeholders_translators", None):
        from stakeholders.qtenv import remove_translations

        remove_translations(app)


@pytest.fixture
def kustmarken_xlsx() -> Path:
    """The contract's example workbook."""
    return DATA / "kustmarken.xlsx"


@pytest.fixture
def kustmarken_csv() -> Path:
    """The contract's example as a CSV folder."""
    return DATA / "kustmarken"
