"""The matrix view (Beeld > Matrix, F7): parties × tables in a dock below the map.

Each cell shows the seat's role and ring and whom the party speaks for there ("namens …").
A cell is edited with a list of role · ring choices ("geen zetel" removes the seat; Delete
does the same): the :class:`MatrixController` plans it through the window's
DocumentEditor, so it is one undo step of the map, like the table focus. Selecting rows
selects those parties on the canvas and the other way round. Sort by clicking a heading;
filter by type, domain, table or name; *Exporteren naar Excel…* (also in the Bestand
menu) writes the rows as shown.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stakeholders.i18n import translator
from stakeholders.io.matrix_xlsx import write_matrix_xlsx
from stakeholders.model import vocab
from stakeholders.model.matrix import CHOICES, choice_text
from stakeholders.ui.actions import make_action
from stakeholders.ui.views.matrix_model import (
    CHOICE_ROLE,
    FIXED,
    PARTY_UID_ROLE,
    MatrixFilter,
    MatrixModel,
)

log = logging.getLogger(__name__)
_t = translator("matrix")

Index = QModelIndex | QPersistentModelIndex
XLSX_FILTER = "Excel-werkboek (*.xlsx)"


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a seat cell with a list: "geen zetel", then every role · ring."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setObjectName("matrixChoice")
        box.addItem(_t("— geen zetel —"), -1)
        for number, (rol, ring) in enumerate(CHOICES):
            box.addItem(choice_text(rol, ring), number)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(int(index.data(CHOICE_ROLE)) + 1)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MatrixTable(QTableView):
    """The grid; Delete removes the current cell's seat."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current.isValid()
                and current.column() >= FIXED and self.state() != self.State.EditingState):
            self.model().setData(current, -1, Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)


class MatrixPanel(QWidget):
    """Filters and export button above the grid."""

    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPanel")
        self.model = model
        self.proxy = MatrixFilter(self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit(self)
        self.search.setObjectName("matrixSearch")
        self.search.setPlaceholderText(_t("Zoek partij…"))
        self.search.setClearButtonEnabled(True)
        self.type_box = self._box("matrixTypeFilter", _t("Alle typen"),
                                  [(t.id, t.label) for t in vocab.party_types()])
        self.domain_box = self._box("matrixDomainFilter", _t("Alle domeinen"),
                                    [(d.id, d.label) for d in vocab.domains().values()])
        self.table_box = self._box("matrixTableFilter", _t("Alle tafels"), [])
        self.export_button = QPushButton(_t("Exporteren naar Excel…"), self)
        self.export_button.setObjectName("matrixExport")
        self.table = MatrixTable(self)
        self.table.setObjectName("matrixTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # Partijen order at first
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(210)
        header.setMinimumSectionSize(60)
        self.table.verticalHeader().setVisible(False)
        bar = QHBoxLayout()
        for widget in (self.search, self.type_box, self.domain_box, self.table_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.type_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(type_id=self.type_box.currentData() or ""))
        self.domain_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(domain=self.domain_box.currentData() or ""))
        self.table_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(table_id=self.table_box.currentData() or ""))
        model.modelReset.connect(self._after_reset)
        model.dataChanged.connect(lambda *_a: self.table.resizeRowsToContents())
        self._after_reset()

    def _box(self, name: str, everything: str, entries: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.addItem(everything, "")
        for key, label in entries:
            box.addItem(label, key)
        return box

    def _after_reset(self) -> None:
        """New tables in the table filter (the choice stays if the table does); the Partij
        column wide enough for names; rows as high as their "namens" lines."""
        chosen = self.table_box.currentData() or ""
        self.table_box.blockSignals(True)
        self.table_box.clear()
        self.table_box.addItem(_t("Alle tafels"), "")
        for table in self.model.matrix.tables:
            self.table_box.addItem(table.naam or table.id, table.id)
        found = self.table_box.findData(chosen)
        self.table_box.setCurrentIndex(max(found, 0))
        self.table_box.blockSignals(False)
        if found < 0 and chosen:
            self.proxy.set_filter(table_id="")
        for column, width in enumerate((240, 170, 120)):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()

    def selected_party_uids(self) -> list[str]:
        rows = {i.row(): i for i in self.table.selectionModel().selectedIndexes()}
        return [rows[r].data(PARTY_UID_ROLE) for r in sorted(rows)]

    def select_parties(self, uids: list[str]) -> None:
        """Select the rows of these parties (whole rows) and show the first."""
        wanted = set(uids)
        selection = QItemSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(PARTY_UID_ROLE) in wanted:
                selection.select(index, self.proxy.index(row, self.proxy.columnCount() - 1))
                first = first or index
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(selection, flags)
        if first is not None:
            self.table.scrollTo(first)


class MatrixController(QObject):
    """The matrix dock of ``window`` (a MainWindow): edits, shared selection, export."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.model = MatrixModel(window.document, self.edit_cell, self)
        self.panel = MatrixPanel(self.model, window)
        self._syncing = False
        self.panel.table.selectionModel().selectionChanged.connect(self._to_canvas)
        window.scene.selection_uids_changed.connect(self._from_canvas)
        self.panel.export_button.clicked.connect(self.export_dialog)

    # -- editing --------------------------------------------------------------------------
    def edit_cell(self, party_id: str, table_id: str, choice: int | None) -> bool:
        """Seat, change or unseat ``party_id`` at ``table_id``: one undo step."""
        editor = self.window.editor
        region = self.window.document.region
        seat = next((s for s in region.seats if s.tafel == table_id and s.partij == party_id),
                    None)
        if choice is None:
            return seat is not None and editor.remove([seat.uid]) is not None
        rol, ring = CHOICES[choice]
        if seat is None:
            return editor.add_seat(table_id, party_id, rol, ring) is not None
        return editor.set_fields(seat.uid, {"rol": rol, "ring": ring},
                                 text=_t("Zetel wijzigen"))

    # -- selection ------------------------------------------------------------------------
    def _to_canvas(self, *_args) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.window.scene.select_uids(self.panel.selected_party_uids())
        finally:
            self._syncing = False

    def _from_canvas(self, uids: list[str]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.panel.select_parties(uids)
        finally:
            self._syncing = False

    # -- export ---------------------------------------------------------------------------
    def export_dialog(self) -> bool:
        """Ask for a file and write the matrix as shown (filtered, sorted) to it."""
        files = self.window.files
        name = self.window.document.region.info.naam or _t("kaart")
        suggestion = str(Path(files._start_folder()) / f"{name} - matrix.xlsx")
        path = files.ask_save_path(_t("Matrix exporteren naar Excel"), suggestion, XLSX_FILTER)
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return self.export(Path(path))

    def export(self, path: Path) -> bool:
        try:
            write_matrix_xlsx(path, self.model.matrix.tables, self.panel.proxy.shown_rows())
        except OSError as exc:
            log.warning("matrix export failed: %s", exc)
            self.window.files.show_error(_t("Exporteren mislukt"), _t(
                "{bestand} kon niet worden geschreven: {reden}").format(
                    bestand=path.name, reden=exc.strerror or exc))
            return False
        self.window.notify(_t("Matrix geëxporteerd naar {bestand}").format(bestand=path.name))
        return True

    def show(self) -> None:
        """Beeld > Matrix: show the dock and give the grid the keyboard."""
        show_below_map(self.window, self.dock)
        self.panel.table.setFocus()
        if not self.panel.table.currentIndex().isValid() and self.panel.proxy.rowCount():
            self.panel.table.setCurrentIndex(self.panel.proxy.index(0, 0))

    dock: QDockWidget


def install(window) -> MatrixController:
    """Add the Matrix dock (below the map), Beeld > Matrix (F7) and Bestand > Matrix
    exporteren naar Excel… to ``window``."""
    controller = MatrixController(window)
    dock = QDockWidget(_t("Matrix"), window)
    dock.setObjectName("matrixDock")
    dock.setWidget(controller.panel)
    keep_side_panels_tall(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    controller.dock = dock
    controller.model.set_active(False)
    dock.visibilityChanged.connect(controller.model.set_active)
    show = make_action(window, "actionMatrix", _t("&Matrix (partijen × tafels)"), controller.show,
                       tip=_t("Wie zit aan welke tafel, met rol, ring en mandaat"))
    export = make_action(window, "actionExportMatrix", _t("Matrix exporteren naar Excel…"),
                         controller.export_dialog)
    for action in (show, export):
        window.addAction(action)
        window.actions_by_name[action.objectName()] = action
    add_to_menu(window, "menuView", show, before="actionNextFlag")
    add_to_menu(window, "menuFile", export, before="actionExportOverview")
    return controller


def keep_side_panels_tall(window) -> None:
    """The side panels keep the window's full height; the views below the map share its
    width (again after a saved window state was restored: it holds the corners too)."""
    window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)


def show_below_map(window, dock: QDockWidget, share: float = 0.42) -> None:
    """Show a view's dock below the map, at least ``share`` of the window's height (a
    dock opened at its minimum height shows one row of the matrix or of the grid)."""
    was_hidden = not dock.isVisible()
    dock.show()
    dock.raise_()
    wanted = int(window.height() * share)
    if was_hidden and dock.height() < wanted:
        window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)


def add_to_menu(window, menu_name: str, action: QAction, before: str) -> None:
    menu = window.findChild(QMenu, menu_name)
    if menu is None:
        return
    anchor = window.actions_by_name.get(before)
    if anchor is not None and anchor in menu.actions():
        menu.insertAction(anchor, action)
    else:
        menu.addAction(action)
