"""The window shows before the map it was started on (issue 13, item 1).

Started from the command line (``stakeholders kaart.regiokaart``), the window paints
its first frame empty and reads the map right after, so the user sees the window
sooner; a map opened from within the app (or by a check run) opens at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from test_gui_support import KUSTMARKEN_MAP, finish

from stakeholders.app import show_main_window


class _FirstPaint(QObject):
    """Remembers how many parties the first main-window frame showed."""

    def __init__(self) -> None:
        super().__init__()
        self.parties: int | None = None

    def eventFilter(self, watched, event) -> bool:
        if (self.parties is None and event.type() == QEvent.Type.Paint
                and type(watched).__name__ == "MainWindow"):
            self.parties = len(watched.document.region.parties)
        return False


def test_a_map_from_the_command_line_opens_after_the_first_frame(qtbot) -> None:
    first = _FirstPaint()
    QApplication.instance().installEventFilter(first)
    try:
        window, opened = show_main_window(KUSTMARKEN_MAP, interactive=False, defer_open=True)
        qtbot.addWidget(window)
        assert opened is None  # not yet: the window paints first
        assert len(window.document.region.parties) == 0
        qtbot.waitUntil(lambda: len(window.document.region.parties) > 40, timeout=10000)
    finally:
        QApplication.instance().removeEventFilter(first)
    assert first.parties == 0  # the first frame came before the map was read
    assert window.document.path == KUSTMARKEN_MAP
    qtbot.waitUntil(lambda: len(window.scene.nodes) > 40, timeout=5000)
    finish(qtbot, window)


def test_without_deferring_the_map_is_open_on_return(qtbot) -> None:
    window, opened = show_main_window(KUSTMARKEN_MAP, interactive=False)
    qtbot.addWidget(window)
    assert opened is True
    assert len(window.document.region.parties) > 40 and len(window.scene.nodes) > 40
    finish(qtbot, window)
