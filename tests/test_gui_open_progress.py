"""Opening a large map shows its progress, can be cancelled and never freezes the window.

A national map takes seconds to read. Here the size limit is lowered to 0 bytes and the
file read is slowed down (``SLOW_S`` before the real read), so that an example map stands
in for one of 20,000 parties; the dialog, the worker thread and the cancel are the real
ones, driven through Bestand > Openen and the dialog's Annuleren button.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from test_gui_support import EXAMPLES, KUSTMARKEN_MAP, open_quietly, open_via_menu, open_window

from stakeholders.ui import loading

RIVIERENLAND = EXAMPLES / "rivierenland.regiokaart"
SLOW_S = 1.2


@pytest.fixture
def window(qtbot, monkeypatch):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    real = loading.load_map

    def slow_load(*args, **kwargs):
        time.sleep(SLOW_S)
        return real(*args, **kwargs)

    monkeypatch.setattr(loading, "BACKGROUND_FROM_BYTES", 0)
    monkeypatch.setattr(loading, "load_map", slow_load)
    return window


class Heartbeat:
    """Ticks every 10 ms on the window's event loop; the longest gap is how long it stood
    still."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last, self.longest = 0, 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def _progress(window) -> QProgressDialog | None:
    dialog = window.findChild(QProgressDialog, "loadProgress")
    return dialog if dialog is not None and dialog.isVisible() else None


def test_a_large_map_opens_behind_a_progress_dialog_and_the_window_keeps_going(
        qtbot, window, monkeypatch):
    seen: list[str] = []
    QTimer.singleShot(int(SLOW_S * 700), lambda: seen.append(
        _progress(window).labelText() if _progress(window) else "no dialog"))
    beat = Heartbeat()
    install = window.files._install

    def drawing(*args, **kwargs):
        beat.timer.stop()  # drawing the map runs in the window's thread, reading did not
        install(*args, **kwargs)

    monkeypatch.setattr(window.files, "_install", drawing)
    open_via_menu(qtbot, window, monkeypatch, RIVIERENLAND)
    assert seen == ["rivierenland.regiokaart\nBestand lezen…"]
    # The event loop kept running while the file was read (SLOW_S = 1,200 ms); the margin
    # is for a busy test machine.
    assert beat.longest < SLOW_S * 1000 / 3, f"the window froze {beat.longest} ms"
    assert window.document.path.name == "rivierenland.regiokaart"
    assert "Geopend" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _progress(window) is None, timeout=2000)


def test_annuleren_stops_the_open_and_keeps_the_map_that_was_open(qtbot, window, monkeypatch):
    parties = len(window.document.region.parties)

    def cancel() -> None:
        dialog = _progress(window)
        assert dialog is not None, "no progress dialog while reading"
        button = dialog.findChild(QPushButton)
        assert button.text() == "Annuleren"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(int(SLOW_S * 700), cancel)
    started = time.perf_counter()
    open_via_menu(qtbot, window, monkeypatch, RIVIERENLAND)
    assert time.perf_counter() - started < SLOW_S  # back at once, not after the read
    assert window.document.path == KUSTMARKEN_MAP
    assert len(window.document.region.parties) == parties
    assert window.statusBar().currentMessage() == "Openen geannuleerd: rivierenland.regiokaart"
    assert not window.isWindowModified()
    qtbot.waitUntil(lambda: _progress(window) is None, timeout=2000)
    qtbot.wait(int(SLOW_S * 1000))  # the read finishes unseen: the open map is still the same
    assert window.document.path == KUSTMARKEN_MAP


def test_a_broken_large_file_reports_its_problems_and_changes_nothing(
        qtbot, window, monkeypatch, tmp_path):
    broken = tmp_path / "kapot.regiokaart"
    broken.write_text('{"partijen": [{"id": "A1"}', encoding="utf-8")
    shown: list[tuple] = []
    window.files.show_problems = lambda *args: shown.append(args)
    open_via_menu(qtbot, window, monkeypatch, broken)
    assert [title for title, *_rest in shown] == ["Kaart niet geopend"]
    assert window.document.path == KUSTMARKEN_MAP
    assert window.statusBar().currentMessage() == "Openen mislukt: kapot.regiokaart"
