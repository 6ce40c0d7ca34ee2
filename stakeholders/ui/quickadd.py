"""The quick-add popup: type a name, Enter, pick the type from a short list, Enter.

It floats over the canvas where the party will appear. The type list is
filtered as you type (id, Dutch or English label, alias, like the
spreadsheet's type column); the most common types come first, each with a key
of its own (1-9) that picks it at once. A typed type that matches nothing is
said ("onbekend type: kies uit de lijst"); the popup is as wide as its longest
line, within the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from stakeholders.model import vocab
from stakeholders.model.normalize import normalize_name
from stakeholders.ui.plain import plain_label

#: Offered first: the types regions name most often.
COMMON_TYPES = ("gemeente", "zorgverzekeraar", "ziekenhuis", "huisartsen", "ggd", "vvt", "ggz",
                "welzijn", "patientenorganisatie", "zorgkantoor", "paramedie", "apotheek")
#: Keys 1-9 pick the first nine common types while the type field is empty.
TYPE_KEYS = {Qt.Key.Key_1 + i: type_id for i, type_id in enumerate(COMMON_TYPES[:9])}
#: Key 0: the type is not known yet: type "anders", on the parkeerplaats.
UNKNOWN_KEY = Qt.Key.Key_0
UNKNOWN_TYPE = "anders"
#: Narrowest popup, and room for the list's frame and scroll bar, pixels.
MIN_WIDTH = 300
LIST_CHROME = 40


class QuickAddPopup(QFrame):
    """Two steps: name, then type. ``accepted(name, type_id, scene_pos)`` when done."""

    accepted = Signal(str, str, QPointF)
    #: The popup was hidden (after ``accepted``, or dismissed with Esc).
    closed = Signal()

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("quickAdd")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.hint = plain_label(QLabel(self.tr("Naam van de partij, dan Enter"), self))
        self.hint.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("quickAddName")
        self.type_filter = QLineEdit(self)
        self.type_filter.setObjectName("quickAddTypeFilter")
        self.type_filter.setPlaceholderText(self.tr("type zoeken (bv. RHO, gemeente)"))
        self.type_list = QListWidget(self)
        self.type_list.setObjectName("quickAddTypes")
        self.type_list.setMaximumHeight(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.type_filter)
        layout.addWidget(self.type_list)
        self.name_edit.returnPressed.connect(self._name_done)
        self.type_filter.textChanged.connect(self._filter)
        self.type_filter.installEventFilter(self)
        self.type_filter.returnPressed.connect(self._type_done)
        self.type_list.itemActivated.connect(lambda _item: self._type_done())
        self.scene_pos = QPointF()
        self.view_pos = QPoint()
        self.preset_type = ""
        #: The party goes to the parkeerplaats (its type is not known yet: key 0).
        self.parked = False
        self.hide()

    def open_at(self, view_pos: QPoint, scene_pos: QPointF, type_id: str = "") -> None:
        """Show the popup at ``view_pos`` for a party that will sit at ``scene_pos``."""
        self.scene_pos = QPointF(scene_pos)
        self.preset_type = type_id
        self.parked = False
        self.name_edit.clear()
        self.type_filter.clear()
        self.type_filter.hide()
        self.type_list.hide()
        self.hint.setText(self.tr("Naam van de partij, dan Enter"))
        self.view_pos = QPoint(view_pos)
        self._fit()
        self.show()
        self.raise_()
        self.name_edit.setFocus()

    def _fit(self) -> None:
        """As wide as the longest type line (at least MIN_WIDTH), as tall as its wrapped
        hint, moved so that all of it lies on the canvas."""
        parent = self.parentWidget()
        for widget in (self, self.hint, self.type_list):
            widget.ensurePolished()  # the metrics of the current style sheet (workshop mode)
        width = MIN_WIDTH
        if self.type_list.isVisibleTo(self):
            metrics = self.type_list.fontMetrics()
            lines = (self.type_list.item(i).text() for i in range(self.type_list.count()))
            margins = self.layout().contentsMargins()
            widest = max((metrics.horizontalAdvance(t) for t in lines), default=0)
            width = max(width, widest + LIST_CHROME + margins.left() + margins.right())
        # Within the canvas itself, not under the view's scroll bars.
        area = parent.viewport().geometry() if hasattr(parent, "viewport") else parent.rect()
        width = min(width, area.width() - 8)
        self.setFixedWidth(width)
        self.setFixedHeight(self.layout().heightForWidth(width)
                            if self.layout().hasHeightForWidth() else self.sizeHint().height())
        x = max(area.left(), min(self.view_pos.x(), area.right() + 1 - self.width()))
        y = max(area.top(), min(self.view_pos.y(), area.bottom() + 1 - self.height()))
        self.move(x, y)

    def _name_done(self) -> None:
        if not self.name_edit.text().strip():
            return
        if self.preset_type:
            self._finish(self.preset_type)
            return
        self.type_filter.show()
        self.type_list.show()
        self._filter("")
        self._fit()
        self.type_filter.setFocus()

    def _type_hint(self) -> str:
        return self.tr("Type van '{naam}': kies en Enter, een cijfer, of 0 als het type nog "
                       "onbekend is (parkeerplaats)").format(
            naam=self.name_edit.text().strip())

    def _filter(self, text: str) -> None:
        key = normalize_name(text)
        types = list(vocab.party_types())
        order = {t: i for i, t in enumerate(COMMON_TYPES)}
        types.sort(key=lambda t: (order.get(t.id, len(order)), t.label_nl.lower()))
        self.type_list.clear()
        for party_type in types:
            terms = [normalize_name(term) for term in party_type.terms]
            if key and not any(key in term for term in terms):
                continue
            domain = vocab.domains()[party_type.domain].label_nl
            number = order.get(party_type.id, len(TYPE_KEYS)) + 1
            digit = f"{number} " if number <= len(TYPE_KEYS) else (
                "0 " if party_type.id == UNKNOWN_TYPE else "   ")
            item = QListWidgetItem(f"{digit} {party_type.label_nl}  ·  {domain}", self.type_list)
            item.setData(Qt.ItemDataRole.UserRole, party_type.id)
        if self.type_list.count():
            self.type_list.setCurrentRow(0)
            self.hint.setText(self._type_hint())
        else:
            self.hint.setText(self.tr("'{tekst}': onbekend type: kies uit de lijst").format(
                tekst=text.strip()))

    def _type_done(self) -> None:
        item = self.type_list.currentItem()
        if item is not None:
            self._finish(item.data(Qt.ItemDataRole.UserRole))

    def _finish(self, type_id: str) -> None:
        self.accepted.emit(self.name_edit.text().strip(), type_id, self.scene_pos)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit in the empty type field picks that common type at once."""
        if (watched is self.type_filter and event.type() == QEvent.Type.KeyPress
                and not self.type_filter.text()
                and event.key() in (*TYPE_KEYS, UNKNOWN_KEY)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            self.parked = event.key() == UNKNOWN_KEY
            self._finish(UNKNOWN_TYPE if self.parked else TYPE_KEYS[event.key()])
            return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        super().hideEvent(event)
        if had_focus and self.parentWidget() is not None:
            self.parentWidget().setFocus()  # the keys act on the canvas again
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.type_list.isVisible():
            row = self.type_list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.type_list.setCurrentRow(max(0, min(row, self.type_list.count() - 1)))
            return
        super().keyPressEvent(event)
