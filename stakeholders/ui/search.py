"""Search and filter: highlight the parties and tables that match, dim the rest.

Matches on name or id (ignoring case and accents), on type (id, label or
alias), on domain, and on a table (the table and everyone seated at it).
Esc or the clear button brings every item back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar, QToolButton, QWidget

from stakeholders.model import vocab
from stakeholders.model.document import Document
from stakeholders.model.normalize import normalize_name
from stakeholders.ui.canvas.scene import MapScene


def matching_uids(document: Document, text: str, domain: str = "", table: str = "") -> set[str]:
    """The uids of parties and tables that match all given criteria."""
    region = document.region
    key = normalize_name(text)
    seated: set[str] | None = None
    if table:
        seated = {s.partij for s in region.seats if s.tafel == table} | {table}
    result: set[str] = set()
    for party in region.parties:
        if domain and vocab.domain_of(party.type) != domain:
            continue
        if seated is not None and party.id not in seated:
            continue
        if key:
            party_type = vocab.party_types().by_id.get(party.type)
            terms = [party.naam, party.id, party.subregio]
            if party_type is not None:
                terms += list(party_type.terms)
            if not any(key in normalize_name(t) for t in terms if t):
                continue
        result.add(party.uid)
    for item in region.tables:
        if domain:
            continue
        if seated is not None and item.id not in seated:
            continue
        if key:
            kind = vocab.table_kinds().by_id.get(item.soort)
            terms = [item.naam, item.id, *(kind.terms if kind else ())]
            if not any(key in normalize_name(t) for t in terms if t):
                continue
        result.add(item.uid)
    return result


class SearchBar(QToolBar):
    """A toolbar with a search field and domain and table filters."""

    def __init__(self, document: Document, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.setWindowTitle(self.tr("Zoeken"))
        self.document = document
        self.scene = scene
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Zoek op naam, type of id…"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(320)
        self.domain = QComboBox(self)
        self.domain.setObjectName("searchDomain")
        self.table = QComboBox(self)
        self.table.setObjectName("searchTable")
        self.count = QLabel(self)
        self.count.setObjectName("searchCount")
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Zoeken sluiten (Esc)"))
        close.clicked.connect(self.deactivate)
        self.addWidget(QLabel(self.tr("Zoeken: "), self))
        self.addWidget(self.field)
        self.addWidget(self.domain)
        self.addWidget(self.table)
        self.addWidget(self.count)
        self.addWidget(close)
        self.field.textChanged.connect(self.apply)
        self.domain.currentIndexChanged.connect(self.apply)
        self.table.currentIndexChanged.connect(self.apply)
        document.changed.connect(self._refresh_lists)
        self._refresh_lists()

    def _refresh_lists(self) -> None:
        for combo, entries in (
            (self.domain, [(d.id, d.label) for d in vocab.domains().values()]),
            (self.table, [(t.id, t.naam) for t in self.document.region.tables]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("alle domeinen") if combo is self.domain
                          else self.tr("alle tafels"), "")
            for value, label in entries:
                combo.addItem(label, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        if self.isVisible():
            self.apply()

    def activate(self) -> None:
        """Show the bar and put the cursor in the search field (Ctrl+F)."""
        self.setVisible(True)
        self.field.setFocus()
        self.field.selectAll()
        self.apply()

    def deactivate(self) -> None:
        self.field.clear()
        self.domain.setCurrentIndex(0)
        self.table.setCurrentIndex(0)
        self.setVisible(False)
        self.scene.set_dimmed(None)

    def is_filtering(self) -> bool:
        return bool(self.field.text().strip() or self.domain.currentData()
                    or self.table.currentData())

    def apply(self) -> None:
        if not self.is_filtering():
            self.scene.set_dimmed(None)
            self.count.setText("")
            return
        matches = matching_uids(self.document, self.field.text(), self.domain.currentData() or "",
                                self.table.currentData() or "")
        self.scene.set_dimmed(matches)
        self.count.setText(self.tr(" {n} gevonden ").format(n=len(matches)))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.deactivate()
            return
        super().keyPressEvent(event)
