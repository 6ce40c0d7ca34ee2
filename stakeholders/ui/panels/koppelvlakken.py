"""The koppelvlakken panel: parties that sit at two or more tables (networkx).

They carry information between tables (RVS: "organisaties of sleutelfiguren
die actief en aanspreekbaar zijn in meerdere regionale verbanden"); R-IZA-09
asks for one between an IZA table and the ROAZ. Clicking selects the party.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from stakeholders.model.document import Document
from stakeholders.ui.panels.wrapping import CELL_PADDING, WrappingDelegate

PARTY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The party column takes at most this share of the list's width.
PARTY_COLUMN_SHARE = 0.45


class KoppelvlakkenPanel(QWidget):
    """Lists the parties at two or more tables, most tables first."""

    #: The user picked a party (its id).
    party_activated = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("koppelvlakkenPanel")
        self.document = document
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("koppelvlakkenTree")
        self.tree.setHeaderLabels([self.tr("Partij"), self.tr("Tafels")])
        self.tree.setRootIsDecorated(False)
        # The table names wrap (they are what the list is for); no sideways scrolling.
        WrappingDelegate.install(self.tree, stretch_all=False)
        self.tree.itemClicked.connect(self._activated)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # after a burst of edits, recompute once
        self._timer.timeout.connect(self._refresh_on_screen)
        document.changed.connect(self._schedule)
        self._stale = True  # computed when the panel is first shown (networkx loads lazily)

    def _on_screen(self) -> bool:
        # isVisible() stays true for a dock tab behind another one
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _schedule(self) -> None:
        self._stale = True
        if self._on_screen():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.tab_shown(True)

    def tab_shown(self, visible: bool) -> None:
        """The panel (or its dock's tab) came into view: bring it up to date."""
        if visible and self._stale:
            self._timer.start()  # after the tab switch has been painted

    def _refresh_on_screen(self) -> None:
        # A tab behind another one stays stale (and networkx unloaded) until it is raised.
        if self._on_screen():
            self.refresh()

    def refresh(self) -> None:
        from stakeholders.model.graph import koppelvlakken

        self._stale = False
        region = self.document.region
        names = {p.id: p.naam for p in region.parties}
        tables = {t.id: t.naam for t in region.tables}
        found = koppelvlakken(region)
        self.tree.clear()
        for item in found:
            row = QTreeWidgetItem([names.get(item.party, item.party),
                                   ", ".join(tables.get(t, t) for t in item.tables)])
            row.setData(0, PARTY_ROLE, item.party)
            row.setToolTip(1, "\n".join(tables.get(t, t) for t in item.tables))
            self.tree.addTopLevelItem(row)
        self._fit_columns()
        self.summary.setText(
            self.tr("{n} partijen zitten aan twee of meer tafels.").format(n=len(found))
            if found else self.tr("Geen partij zit aan meer dan één tafel."))

    def _fit_columns(self) -> None:
        """The party column as wide as its names, at most 45 % of the list; the tables get
        the rest and wrap."""
        metrics = self.tree.fontMetrics()
        names = [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]
        natural = max((metrics.horizontalAdvance(n) for n in names), default=0) + CELL_PADDING
        limit = int(self.tree.viewport().width() * PARTY_COLUMN_SHARE)
        self.tree.setColumnWidth(0, max(min(natural, limit), 40))
        self.tree.doItemsLayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def parties(self) -> list[str]:
        """The listed party ids, in order (computed now if the panel was hidden)."""
        if self._stale:
            self.refresh()
        return [self.tree.topLevelItem(i).data(0, PARTY_ROLE)
                for i in range(self.tree.topLevelItemCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.party_activated.emit(item.data(0, PARTY_ROLE))
