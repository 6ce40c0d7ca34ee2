"""Workshop mode's large texts over the canvas: the step caption, the findings counter and
the card of the selected party or table. Display only; the mouse passes through."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

#: Pixel sizes for a 1920×1080 projector read from the back of the room.
CAPTION_PX = 30
COUNT_PX = 72
COUNT_TEXT_PX = 24
MARGIN = 24
#: The card takes at most this share of the canvas's width.
CARD_SHARE = 0.36

_BOX = ("background: rgba(255, 255, 255, 250); color: #111; border: 2px solid #444;"
        " border-radius: 10px; padding: 12px 18px;")


def _box(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(_BOX)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    label.hide()
    return label


class WorkshopOverlay(QWidget):
    """Three boxes over ``view``: caption top left, counter top right, card bottom left
    (``card_right``: bottom right)."""

    def __init__(self, view: QWidget, *, card_right: bool = False) -> None:
        super().__init__(view)
        self.card_right = card_right
        self.setObjectName("workshopOverlay")
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.caption = _box(self, "workshopCaption")
        self.counter = _box(self, "workshopCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = _box(self, "workshopCard")
        self.card.setWordWrap(True)
        # Follow the canvas when the window changes size (full screen settles later).
        view.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

    def set_caption(self, text: str) -> None:
        self.caption.setText(f"<span style='font-size:{CAPTION_PX}px'>{text}</span>"
                             if text else "")
        self.caption.setVisible(bool(text))
        self.place()

    def set_count(self, count: int | None, label: str) -> None:
        """The open findings (``None``: not shown, e.g. before the story reaches them)."""
        if count is None:
            self.counter.hide()
            return
        self.counter.setText(f"<div style='font-size:{COUNT_PX}px; font-weight:bold'>{count}"
                             f"</div><div style='font-size:{COUNT_TEXT_PX}px'>{label}</div>")
        self.counter.show()
        self.place()

    def set_card(self, html_text: str) -> None:
        self.card.setText(html_text)
        self.card.setVisible(bool(html_text))
        self.place()

    def place(self) -> None:
        """Cover the view's viewport; the boxes in their corners at their text's size."""
        viewport = self.view.viewport()
        self.setGeometry(viewport.geometry())
        width, height = self.width(), self.height()
        for box in (self.caption, self.counter):
            box.adjustSize()
        self.caption.move(MARGIN, MARGIN)
        self.counter.move(width - self.counter.width() - MARGIN, MARGIN)
        card_width = int(width * CARD_SHARE)
        self.card.setFixedWidth(card_width)
        card_height = min(self.card.heightForWidth(card_width), height - 2 * MARGIN)
        self.card.setFixedHeight(max(card_height, 0))
        left = width - card_width - MARGIN if self.card_right else MARGIN
        self.card.move(left, height - self.card.height() - MARGIN)
        self.raise_()
