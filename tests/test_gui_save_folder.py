"""Issue 11: the save dialog starts in the user's documents folder, or the folder the user
last saved to or opened from, never in the app's own folder of examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from test_gui_support import KUSTMARKEN_MAP, open_quietly, open_window

from stakeholders.paths import examples_dir


@pytest.fixture
def window(qtbot):
    return open_window(qtbot)


def _asked_folder(monkeypatch, window) -> Path:
    asked: list[str] = []

    def ask_save_path(title, suggestion, file_filter):
        asked.append(suggestion)
        return ""

    monkeypatch.setattr(window.files, "ask_save_path", ask_save_path)
    window.files.save_as()
    assert len(asked) == 1
    return Path(asked[0]).parent


def test_save_as_of_an_example_starts_in_the_documents_folder(qtbot, monkeypatch, window):
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    assert KUSTMARKEN_MAP.parent == examples_dir()
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    folder = _asked_folder(monkeypatch, window)
    assert folder == Path(documents)
    assert examples_dir() not in [folder, *folder.parents]


def test_save_as_starts_where_the_user_saved_last(qtbot, monkeypatch, window, tmp_path):
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    own = tmp_path / "werkmap"
    own.mkdir()
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: str(own / "kaart"))
    assert window.files.save_as()
    open_quietly(qtbot, window, KUSTMARKEN_MAP)  # the example again, from the app's folder
    assert _asked_folder(monkeypatch, window) == own
