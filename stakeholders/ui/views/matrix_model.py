"""The matrix as a Qt item model: a row per party, Partij/Type/Domein, then a column per table.

:class:`MatrixModel` reads :func:`~stakeholders.model.matrix.build_matrix` after every edit
of the Document and never changes the map itself: setting a cell calls ``edit_cell``
(the window's matrix controller, which plans the edit through the DocumentEditor as one
undo step). :class:`MatrixFilter` sorts and filters by type, domain, table and name.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from stakeholders.i18n import translator
from stakeholders.model import vocab
from stakeholders.model.document import Document
from stakeholders.model.entities import Table
from stakeholders.model.matrix import CHOICES, Matrix, Row, build_matrix

_t = translator("matrix")

#: The party's uid of a row (any column).
PARTY_UID_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The index in :data:`CHOICES` of a cell's seat (-1: no seat).
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 3
#: The columns before the tables.
FIXED = 3
#: A table's heading wraps at this many characters (three lines at most; the tooltip has all).
HEADING_WIDTH = 24

Index = QModelIndex | QPersistentModelIndex
#: Plans a cell's edit: (party id, table id, choice index or ``None`` to remove the seat).
CellEdit = Callable[[str, str, int | None], bool]


class MatrixModel(QAbstractTableModel):
    """Parties × tables of one Document, rebuilt after each of its changes."""

    def __init__(self, document: Document, edit_cell: CellEdit,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edit_cell = edit_cell
        self.matrix: Matrix = build_matrix(document.region)
        self.active = True
        self._stale = False
        document.changed.connect(self.refresh)

    def set_active(self, active: bool) -> None:
        """While inactive (its dock hidden) the model reads the map only when shown again."""
        self.active = active
        if active and self._stale:
            self.refresh()

    # -- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the map again; the same parties and tables only update the cells (an open
        editor, the selection and the sort stay)."""
        if not self.active:
            self._stale = True
            return
        self._stale = False
        new = build_matrix(self.document.region)
        same_shape = ([r.party.uid for r in new.rows] == [r.party.uid for r in self.matrix.rows]
                      and [t.uid for t in new.tables] == [t.uid for t in self.matrix.tables])
        if same_shape:
            self.matrix = new
            if new.rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(new.rows) - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.matrix = new
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self.matrix.rows[row]

    def table_at(self, column: int) -> Table | None:
        return self.matrix.tables[column - FIXED] if column >= FIXED else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.matrix.tables)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        table = self.table_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if table is None:
                return (_t("Partij"), _t("Type"), _t("Domein"))[section]
            return "\n".join(textwrap.wrap(table.naam or table.id, HEADING_WIDTH)[:3])
        if role == Qt.ItemDataRole.ToolTipRole and table is not None:
            kind = vocab.table_kinds().by_id.get(table.soort)
            return f"{table.naam} ({table.id})" + (f" · {kind.label}" if kind else "")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.matrix.rows[index.row()]
        if role == PARTY_UID_ROLE:
            return row.party.uid
        table = self.table_at(index.column())
        if table is None:
            text = (row.party.naam or row.party.id, row.type_label,
                    row.domain_label)[index.column()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return text
            return text.casefold() if role == SORT_ROLE else None
        cell = row.cells.get(table.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell.text if cell is not None else ""
        choice = CHOICES.index((cell.rol, cell.ring)) if cell is not None and (
            cell.rol, cell.ring) in CHOICES else -1
        if role == CHOICE_ROLE:
            return choice
        if role == SORT_ROLE:  # seated parties first, the chair first of all
            return f"{choice:03d}" if choice >= 0 else "999"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() >= FIXED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing ------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A cell's new choice (an index in :data:`CHOICES`; -1 or ``None``: no seat)."""
        table = self.table_at(index.column())
        if table is None or role != Qt.ItemDataRole.EditRole:
            return False
        party = self.matrix.rows[index.row()].party
        choice = value if isinstance(value, int) and 0 <= value < len(CHOICES) else None
        return self.edit_cell(party.id, table.id, choice)


class MatrixFilter(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; shows the parties of one type, domain, table and name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.type_id = ""
        self.domain = ""
        self.table_id = ""
        self.text = ""

    def set_filter(self, **values: str) -> None:
        """Change one or more of ``type_id``, ``domain``, ``table_id``, ``text`` ("" = all)."""
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange()

    def source(self) -> MatrixModel:
        model = self.sourceModel()
        assert isinstance(model, MatrixModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.source().row_at(source_row)
        if self.type_id and row.party.type != self.type_id:
            return False
        if self.domain and row.domain != self.domain:
            return False
        if self.table_id and self.table_id not in row.cells:
            return False
        needle = self.text.strip().casefold()
        return not needle or needle in f"{row.party.naam} {row.party.id}".casefold()

    def shown_rows(self) -> list[Row]:
        """The rows as the view shows them: filtered and in sort order."""
        source = self.source()
        return [source.row_at(self.mapToSource(self.index(r, 0)).row())
                for r in range(self.rowCount())]
