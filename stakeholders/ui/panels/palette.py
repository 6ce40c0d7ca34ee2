"""The type palette: all party types by domain, searchable; add a party from it.

Type in the search field (id, Dutch or English label, alias: ``RHO``,
``zorgbelang``); double-click or Enter on a type opens the quick add with
that type chosen, so only the name is asked. Dragging a type onto the canvas
does the same at the drop point.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from stakeholders.look import style as S
from stakeholders.model import vocab
from stakeholders.model.normalize import normalize_name
from stakeholders.ui.canvas.view import TYPE_MIME

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
_ICONS: dict[str, QIcon] = {}


def domain_icon(domain: str, size: int = 18) -> QIcon:
    """The domain's shape in its colour, as the canvas draws it."""
    if domain not in _ICONS:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = S.domain_style(domain)
        painter.translate(QPointF(size / 2, size / 2))
        factor = (size - 2) / (S.PARTY_SIZE * 1.25)
        painter.scale(factor, factor)
        painter.setPen(QPen(S.INK, 1.5))
        painter.setBrush(QColor(style.colour))
        painter.drawPath(S.shape_path(style.shape))
        painter.end()
        _ICONS[domain] = QIcon(pixmap)
    return _ICONS[domain]


def _starts_a_word(term: str, key: str) -> bool:
    """Whether ``key`` starts ``term`` or one of its words ("rho" finds "rho", not
    "neighbourhood")."""
    return term.startswith(key) or any(word.startswith(key) for word in term.split("-"))


class _TypeTree(QTreeWidget):
    """A tree whose type rows can be dragged onto the canvas."""

    def mimeData(self, items):
        data = QMimeData()
        type_ids = [i.data(0, TYPE_ROLE) for i in items if i.data(0, TYPE_ROLE)]
        if type_ids:
            data.setData(TYPE_MIME, type_ids[0].encode("utf-8"))
        return data

    def mimeTypes(self) -> list[str]:
        return [TYPE_MIME]


class TypePalette(QWidget):
    """Searchable list of the 49 party types, grouped by domain."""

    #: The user wants a new party of this type (double-click, Enter).
    type_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typePalette")
        self.search = QLineEdit(self)
        self.search.setObjectName("paletteSearch")
        self.search.setPlaceholderText(self.tr("Zoek een type (bv. RHO, gemeente)…"))
        self.search.setClearButtonEnabled(True)
        self.tree = _TypeTree(self)
        self.tree.setObjectName("paletteTree")
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(18, 18))
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        self.tree.itemActivated.connect(self._activated)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._choose_first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self._build()

    def _build(self) -> None:
        domains = vocab.domains()
        groups: dict[str, QTreeWidgetItem] = {}
        for domain in domains.values():
            item = QTreeWidgetItem([domain.label_nl])
            item.setIcon(0, domain_icon(domain.id))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self.tree.addTopLevelItem(item)
            groups[domain.id] = item
        for party_type in vocab.party_types():
            item = QTreeWidgetItem([party_type.label_nl])
            item.setData(0, TYPE_ROLE, party_type.id)
            item.setIcon(0, domain_icon(party_type.domain))
            aliases = ", ".join(party_type.aliases[:8])
            item.setToolTip(0, f"{party_type.label_nl} ({party_type.label_en})\n{aliases}")
            groups[party_type.domain].addChild(item)
        self.tree.expandAll()

    def visible_types(self) -> list[str]:
        """The type ids the filter shows, top to bottom."""
        result = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                child = group.child(c)
                if not child.isHidden():
                    result.append(child.data(0, TYPE_ROLE))
        return result

    def filter(self, text: str) -> None:
        key = normalize_name(text)
        types = vocab.party_types()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            shown = 0
            for c in range(group.childCount()):
                child = group.child(c)
                terms = [normalize_name(t) for t in types[child.data(0, TYPE_ROLE)].terms]
                terms.append(normalize_name(group.text(0)))
                match = not key or any(_starts_a_word(term, key) for term in terms)
                child.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)

    def _choose_first(self) -> None:
        shown = self.visible_types()
        if shown:
            self.type_chosen.emit(shown[0])

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        type_id = item.data(0, TYPE_ROLE)
        if type_id:
            self.type_chosen.emit(type_id)
