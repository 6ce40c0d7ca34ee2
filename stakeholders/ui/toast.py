"""A short message over the canvas that fades after a few seconds.

Refused edits and results of gestures are shown here as well as in the
status bar: on a projector the status bar is easy to miss.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

SHOW_MS = 5000


class Toast(QLabel):
    """A rounded label at the bottom centre of its parent widget."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setStyleSheet("QLabel { background: rgba(34, 34, 34, 225); color: white; "
                           "border-radius: 8px; padding: 8px 14px; font-size: 15px; }")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, warning: bool = True) -> None:
        colour = "rgba(170, 40, 20, 230)" if warning else "rgba(34, 34, 34, 225)"
        self.setStyleSheet(f"QLabel {{ background: {colour}; color: white; border-radius: 8px; "
                           "padding: 8px 14px; font-size: 15px; }")
        self.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as written
        self.setText(text)
        parent = self.parentWidget()
        width = min(parent.width() - 40, 640)
        self.setFixedWidth(max(width, 200))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, parent.height() - self.height() - 24)
        self.show()
        self.raise_()
        self._timer.start(SHOW_MS)
