"""The floor for the app's start-up: a bare PySide6 window doing the same show-and-settle.

    python bench/bare_window.py        (run by ``python -m bench`` as a whole process)

A QApplication and a maximised QMainWindow with an empty QGraphicsView as its
central widget (the app's canvas is one), a menu bar and a status bar; no
stakeholders module is imported. It prints ``[klok T]`` (``time.monotonic()``)
once the window has painted and then stayed quiet for ``QUIET_MS``, the same
rule as ``stakeholders.smoke.WhenSettled`` (restated here so the floor
imports nothing but PySide6), and quits.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow

QUIET_MS = 200  # as stakeholders.smoke.QUIET_MS


class Settle(QObject):
    """Prints the clock when the window's last paint before a quiet period was done."""

    def __init__(self, app: QApplication, window: QMainWindow) -> None:
        super().__init__()
        self.app, self.window = app, window
        self.done_at = 0.0
        self.painting = False
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setTimerType(Qt.TimerType.PreciseTimer)
        self.quiet.timeout.connect(self.settled)
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.Paint and not self.painting
                and watched.isWidgetType() and watched.window() is self.window):
            self.painting = True
            self.quiet.stop()
            QTimer.singleShot(0, self.paint_done)
        return False

    def paint_done(self) -> None:
        self.painting = False
        self.done_at = time.monotonic()
        self.quiet.start(QUIET_MS)

    def settled(self) -> None:
        print(f"bare window shown [klok {self.done_at:.6f}]", flush=True)
        self.app.exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QGraphicsView(QGraphicsScene(window), window))
    window.menuBar().addMenu("&Bestand")
    window.statusBar().showMessage("klaar")
    settle = Settle(app, window)
    window.setWindowState(Qt.WindowState.WindowMaximized)
    window.show()
    code = app.exec()
    del settle
    return code


if __name__ == "__main__":
    sys.exit(main())
