"""The quick-add popup: type a name, Enter, pick the type from a short list, Enter.

It floats over the canvas where the party will appear. The type list is
filtered as you type (id, Dutch or English label, alias, like the
spreadsheet's type column); the most common types come first.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from stakeholders.model import vocab
from stakeholders.model.normalize import normalize_name

#: Offered first: the types regions name most often.
COMMON_TYPES = ("gemeente", "zorgverzekeraar", "ziekenhuis", "huisartsen", "ggd", "vvt", "ggz",
                "welzijn", "patientenorganisatie", "zorgkantoor", "paramedie", "apotheek")


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
        self.hint = QLabel(self.tr("Naam van de partij, dan Enter"), self)
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
        self.type_filter.returnPressed.connect(self._type_done)
        self.type_list.itemActivated.connect(lambda _item: self._type_done())
        self.scene_pos = QPointF()
        self.preset_type = ""
        self.hide()

    def open_at(self, view_pos: QPoint, scene_pos: QPointF, type_id: str = "") -> None:
        """Show the popup at ``view_pos`` for a party that will sit at ``scene_pos``."""
        self.scene_pos = QPointF(scene_pos)
        self.preset_type = type_id
        self.name_edit.clear()
        self.type_filter.clear()
        self.type_filter.hide()
        self.type_list.hide()
        self.hint.setText(self.tr("Naam van de partij, dan Enter"))
        self.adjustSize()
        self.resize(300, self.sizeHint().height())
        parent = self.parentWidget()
        x = max(0, min(view_pos.x(), parent.width() - self.width()))
        y = max(0, min(view_pos.y(), parent.height() - 60))
        self.move(x, y)
        self.show()
        self.raise_()
        self.name_edit.setFocus()

    def _name_done(self) -> None:
        if not self.name_edit.text().strip():
            return
        if self.preset_type:
            self._finish(self.preset_type)
            return
        self.hint.setText(self.tr("Type van '{naam}': kies en Enter").format(
            naam=self.name_edit.text().strip()))
        self.type_filter.show()
        self.type_list.show()
        self._filter("")
        self.adjustSize()
        self.type_filter.setFocus()

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
            item = QListWidgetItem(f"{party_type.label_nl}  ·  {domain}", self.type_list)
            item.setData(Qt.ItemDataRole.UserRole, party_type.id)
        if self.type_list.count():
            self.type_list.setCurrentRow(0)

    def _type_done(self) -> None:
        item = self.type_list.currentItem()
        if item is not None:
            self._finish(item.data(Qt.ItemDataRole.UserRole))

    def _finish(self, type_id: str) -> None:
        self.accepted.emit(self.name_edit.text().strip(), type_id, self.scene_pos)
        self.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
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
