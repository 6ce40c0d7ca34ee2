"""The main window: canvas in the middle, flags and properties as docks, menus and actions.

The window wires the parts together and owns no logic of its own: files go
through :class:`~stakeholders.ui.files.FileController`, edits through
:class:`~stakeholders.ui.editor.DocumentEditor`, canvas gestures through
:class:`~stakeholders.ui.interactions.CanvasInteractions`, layouts through
:class:`~stakeholders.ui.layouts.LayoutController`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from stakeholders import settings
from stakeholders.model.document import Document
from stakeholders.rules.flags import Flag, SubjectKind
from stakeholders.ui import changes
from stakeholders.ui.actions import make_action
from stakeholders.ui.canvas.scene import MapScene
from stakeholders.ui.canvas.view import MapView
from stakeholders.ui.canvas.view_options import ViewOptions
from stakeholders.ui.context import CanvasContext
from stakeholders.ui.dialogs import divisions_view, preferences
from stakeholders.ui.dialogs.waiver import WaiverDialog
from stakeholders.ui.edit_actions import EditActions
from stakeholders.ui.editor import DocumentEditor
from stakeholders.ui.files import FileController
from stakeholders.ui.hotkeys import key_text
from stakeholders.ui.icons import icon
from stakeholders.ui.interactions import CanvasInteractions
from stakeholders.ui.layouts import LayoutController
from stakeholders.ui.live_check import LiveChecker
from stakeholders.ui.panels.flags import FlagsPanel
from stakeholders.ui.panels.koppelvlakken import KoppelvlakkenPanel
from stakeholders.ui.panels.palette import TypePalette
from stakeholders.ui.panels.properties import PropertyPanel
from stakeholders.ui.search import SearchBar
from stakeholders.ui.toast import Toast
from stakeholders.ui.views import matrix, power
from stakeholders.ui.workshop.focus import TableFocus
from stakeholders.ui.workshop.mode import VIEW_ACTIONS as WORKSHOP_VIEW_ACTIONS
from stakeholders.ui.workshop.mode import WorkshopMode
from stakeholders.ui.workshop.parking import ParkingTray

log = logging.getLogger(__name__)

#: The tool bar: action and icon, ``None`` for a separator.
TOOLBAR: tuple[tuple[str | None, str], ...] = (
    ("actionOpen", "open"), ("actionSave", "save"), ("actionUndo", "undo"),
    ("actionRedo", "redo"), (None, ""), ("actionQuickAdd", "party"), ("actionAddTable", "table"),
    ("actionAddSeat", "seat"), ("actionAddMandate", "mandate"), (None, ""),
    ("actionZoomFit", "fit"), ("actionFind", "find"), ("actionExportOverview", "export"),
)

#: Actions on the map's selection whose keys work only while the canvas has the keyboard
#: (their menu entries work always).
CANVAS_ACTIONS = frozenset({
    "actionDelete", "actionCut", "actionCopy", "actionPaste", "actionDuplicate",
    "actionSelectAll", "actionQuickAdd", "actionAddTable", "actionAddSeat", "actionAddMandate",
    "actionAddRelation", "actionPin",
})


class MainWindow(QMainWindow):
    """One window for one map."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(1400, 900)
        self.setAcceptDrops(True)
        self.document = Document(parent=self)
        self.editor = DocumentEditor(self.document, self)
        self.checker = LiveChecker(self.document, self)
        self.files = FileController(self.editor, self)

        self.scene = MapScene(self.document, self)
        self.view = MapView(self.scene, self)
        self.view.files_dropped.connect(self._open_dropped)
        self.toast = Toast(self.view.viewport())

        self.flags_panel = FlagsPanel(self.document, self.checker.catalogue, self)
        self.properties = PropertyPanel(self.editor, self)
        self.flags_dock = self._dock("flagsDock", self.tr("Bevindingen"), self.flags_panel,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock("propertiesDock", self.tr("Eigenschappen"),
                                          self.properties, Qt.DockWidgetArea.RightDockWidgetArea)

        self.koppelvlakken = KoppelvlakkenPanel(self.document, self)
        self.koppelvlakken_dock = self._dock("koppelvlakkenDock", self.tr("Koppelvlakken"),
                                             self.koppelvlakken,
                                             Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.flags_dock, self.koppelvlakken_dock)
        self.koppelvlakken_dock.visibilityChanged.connect(self.koppelvlakken.tab_shown)
        self.type_palette = TypePalette(self)
        self.palette_dock = self._dock("paletteDock", self.tr("Partijtypen"), self.type_palette,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.flags_dock, self.palette_dock)
        self.flags_dock.raise_()
        for bar in self.findChildren(QTabBar):  # the docks' tabs: whole words, else arrows
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
        # Narrow enough that the map gets two thirds of a 1920-pixel screen.
        self.resizeDocks([self.flags_dock, self.properties_dock], [320, 300],
                         Qt.Orientation.Horizontal)
        self.canvas = CanvasContext(self.editor, self.scene, self.view, self._show_status,
                                    self.notify)
        self.interactions = CanvasInteractions(self.canvas, self)
        self.edit_actions = EditActions(self.canvas, self.interactions, self)
        self.layouts = LayoutController(self.canvas, self)
        self.search = SearchBar(self.document, self.scene, self)
        self.search.setVisible(False)
        self.setCentralWidget(self._central())

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_label)

        self._create_actions()
        self._create_menus()
        self._connect()
        self._restore_window()
        self._update_title()
        self._on_flags(self.checker.flags)

    # -- construction ---------------------------------------------------------------------
    def _central(self) -> QWidget:
        """The search bar over the views (the map first): the bar has the window's width, so
        its filters and count never fall into a tool bar's » menu."""
        self.views = QStackedWidget(self)
        self.views.setObjectName("viewStack")
        self.views.addWidget(self.view)
        self.search.setMovable(False)
        central = QWidget(self)
        central.setObjectName("centralArea")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search)
        layout.addWidget(self.views, 1)
        return central

    def _dock(self, name: str, title: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _create_actions(self) -> None:
        a = make_action
        files = self.files
        self.actions_by_name: dict[str, QAction] = {}
        stack = self.editor.undo_stack
        undo = stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setObjectName("actionUndo")
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setObjectName("actionRedo")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit = self.edit_actions
        view = self.view
        actions = [
            a(self, "actionNew", self.tr("&Nieuwe kaart"), files.new_map),
            a(self, "actionOpen", self.tr("&Openen…"), files.open_dialog,
              tip=self.tr("Open een .regiokaart, .xlsx of CSV-bestand")),
            a(self, "actionImport", self.tr("&Importeren (Excel, CSV, Gephi, yEd, Kumu)…"),
              files.open_dialog),
            a(self, "actionImportCsvFolder", self.tr("Map met CSV-bestanden importeren…"),
              files.import_csv_folder_dialog),
            a(self, "actionSave", self.tr("Op&slaan"), files.save),
            a(self, "actionSaveAs", self.tr("Opslaan &als…"), files.save_as),
            a(self, "actionExportSpreadsheet", self.tr("Exporteren als Excel-werkboek…"),
              files.export_xlsx_dialog),
            a(self, "actionExportCsv", self.tr("Exporteren als CSV-map…"),
              files.export_csv_dialog),
            a(self, "actionExportExchange", self.tr("Exporteren voor Gephi, yEd of Kumu…"),
              files.export_exchange_dialog),
            a(self, "actionExportOverview", self.tr("Overzicht &exporteren…"),
              self.export_overview),
            a(self, "actionClose", self.tr("Venster sluiten"), self.close),
            a(self, "actionQuit", self.tr("Af&sluiten"), self.close),
            undo,
            redo,
            a(self, "actionCut", self.tr("K&nippen"), edit.cut),
            a(self, "actionCopy", self.tr("&Kopiëren"), edit.copy),
            a(self, "actionPaste", self.tr("&Plakken"), edit.paste),
            a(self, "actionDuplicate", self.tr("&Dupliceren"), edit.duplicate),
            a(self, "actionDelete", self.tr("&Verwijderen"), edit.delete_selected),
            a(self, "actionSelectAll", self.tr("Alles &selecteren"), edit.select_all),
            a(self, "actionFind", self.tr("&Zoeken en filteren…"), self.search.activate),
            a(self, "actionQuickAdd", self.tr("Partij toevoegen (snel)…"), edit.quick_add,
              tip=self.tr("Typ de naam, Enter, en kies het type")),
            a(self, "actionAddTable", self.tr("Tafel toevoegen…"), edit.add_table),
            a(self, "actionAddSeat", self.tr("Zetel toevoegen…"), edit.add_seat),
            a(self, "actionAddMandate", self.tr("Mandaat toevoegen…"), edit.add_mandate),
            a(self, "actionAddRelation", self.tr("Relatie toevoegen…"), edit.add_relation),
            a(self, "actionPin", self.tr("Vastzetten / losmaken"), edit.toggle_pin),
            a(self, "actionZoomIn", self.tr("In&zoomen"), view.zoom_in),
            a(self, "actionZoomOut", self.tr("&Uitzoomen"), view.zoom_out),
            a(self, "actionZoomFit", self.tr("&Alles in beeld"), view.zoom_to_fit),
            a(self, "actionZoomReset", self.tr("&Ware grootte"), view.zoom_reset),
            a(self, "actionLayoutForce", self.tr("&Automatisch (selectie of alles)"),
              self.layouts.automatic),
            a(self, "actionLayoutRings", self.tr("&Tafelringen (gekozen tafel)"),
              self.layouts.table_rings),
            a(self, "actionLayoutClusters", self.tr("&Domeinclusters"),
              self.layouts.domain_clusters),
            a(self, "actionShortcuts", self.tr("&Sneltoetsen"), self.show_shortcuts),
            a(self, "actionRules", self.tr("&Regels en bronnen"), self.show_rules),
            a(self, "actionRegionRules", self.tr("&Eigen verwachtingen van de regio…"),
              self.show_region_rules,
              tip=self.tr("Wat uw regio aan tafel verwacht, naast de regels uit de bronnen")),
            a(self, "actionMapInfo", self.tr("&Kaartgegevens"), self.show_map_info),
            a(self, "actionAbout", self.tr("&Over stakeholders"), self.show_about),
            a(self, "actionNextFlag", self.tr("Volgende bevinding"), self.next_flag),
        ]
        self.view_options = ViewOptions(self, self.scene, self.view)
        self.workshop = WorkshopMode(self)
        self.parking = ParkingTray(self)
        self.focus = TableFocus(self)
        for action in [*actions, *self.view_options.actions, *self.workshop.actions,
                       self.parking.action, self.focus.action]:
            self.actions_by_name[action.objectName()] = action
            if action.objectName() in (*CANVAS_ACTIONS, *WORKSHOP_VIEW_ACTIONS):
                # Their keys act on the map only while the canvas has the keyboard: Delete in
                # a panel's list or field never deletes the item selected on the map.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.view.addAction(action)
            else:
                self.addAction(action)
        stack.undoTextChanged.connect(self._undo_tooltips)
        stack.redoTextChanged.connect(self._undo_tooltips)
        self._undo_tooltips()

    def _undo_tooltips(self, *_args) -> None:
        """Undo and Redo say what they undo and redo (the buttons show only an icon)."""
        stack = self.editor.undo_stack
        for name, text, label in (("actionUndo", stack.undoText(), self.tr("Ongedaan maken")),
                                  ("actionRedo", stack.redoText(), self.tr("Opnieuw"))):
            action = self.actions_by_name[name]
            keys = key_text(action.shortcuts()[:1])
            what = f"{label}: {text}" if text else label
            action.setToolTip(f"{what} ({keys})" if keys else what)

    def action(self, name: str) -> QAction:
        """The action with ``objectName`` ``name``."""
        return self.actions_by_name[name]

    def _create_menus(self) -> None:
        bar = self.menuBar()
        act = self.action

        def menu(title: str, name: str, entries: list[str | None]) -> QMenu:
            m = bar.addMenu(title)
            m.setObjectName(name)
            for entry in entries:
                if entry is None:
                    m.addSeparator()
                elif entry == "recent":
                    self.recent_menu = m.addMenu(self.tr("Recente bestanden"))
                    self.recent_menu.setObjectName("menuRecent")
                else:
                    m.addAction(act(entry))
            return m

        menu(self.tr("&Bestand"), "menuFile", [
            "actionNew", "actionOpen", "recent", None, "actionImport", "actionImportCsvFolder",
            None, "actionSave", "actionSaveAs", None, "actionExportSpreadsheet",
            "actionExportCsv", "actionExportExchange", "actionExportOverview", None,
            "actionClose", "actionQuit"])
        menu(self.tr("Be&werken"), "menuEdit", [
            "actionUndo", "actionRedo", None, "actionCut", "actionCopy", "actionPaste",
            "actionDuplicate", "actionDelete", "actionSelectAll", None, "actionFind", None,
            "actionQuickAdd", "actionAddTable", "actionAddSeat", "actionAddMandate",
            "actionAddRelation", "actionPin", "actionPark"])
        view_menu = menu(self.tr("Bee&ld"), "menuView", [
            "actionZoomIn", "actionZoomOut", "actionZoomFit", "actionZoomReset", None])
        self.view_options.fill(view_menu)
        view_menu.addSeparator()
        for name in ("actionWorkshop", "actionReveal", "actionRevealNext", "actionRevealPrevious",
                     "actionHideNames", "actionTableFocus"):
            view_menu.addAction(self.action(name))
        view_menu.addSeparator()
        view_menu.addAction(self.action("actionNextFlag"))
        view_menu.addSeparator()
        view_menu.addAction(self.flags_dock.toggleViewAction())
        view_menu.addAction(self.properties_dock.toggleViewAction())
        view_menu.addAction(self.koppelvlakken_dock.toggleViewAction())
        view_menu.addAction(self.palette_dock.toggleViewAction())
        menu(self.tr("&Kaart"), "menuMap", ["actionMapInfo", "actionRegionRules", None,
                                            "actionRules"])
        menu(self.tr("&Schikken"), "menuLayout", [
            "actionLayoutForce", "actionLayoutRings", "actionLayoutClusters"])
        menu(self.tr("&Help"), "menuHelp", ["actionShortcuts", "actionAbout"])
        divisions_view.install(self)  # Beeld > Regio-indelingen, Help > Over de gegevens
        preferences.install(self)  # Bestand > Voorkeuren (the language)
        self.changes = changes.install(self)  # Kaart > Momentopname…, Beeld > Wijzigingen
        self.matrix = matrix.install(self)  # Beeld > Matrix, Bestand > Matrix exporteren
        self.power = power.install(self)  # Beeld > Invloed en belang
        self._fill_recent(settings.recent_files())

        toolbar = QToolBar(self.tr("Werkbalk"), self)
        toolbar.setObjectName("mainToolbar")
        # Icons only, with tooltips: buttons keep their width whatever Undo's text says.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.setIconSize(QSize(24, 24))
        for name, icon_name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
                continue
            action = self.action(name)
            action.setIcon(icon(icon_name))
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.checker.flags_changed.connect(self._on_flags)
        self.scene.selection_uids_changed.connect(self.properties.show_uids)
        self.flags_panel.subject_activated.connect(self.show_subject)
        self.koppelvlakken.party_activated.connect(self.show_subject)
        self.type_palette.type_chosen.connect(self._add_of_type)
        self.view.type_dropped.connect(self._add_of_type_at)
        self.flags_panel.waive_requested.connect(self.waive_flags)
        self.flags_panel.unwaive_requested.connect(self.unwaive_flags)
        self.files.recent_changed.connect(self._fill_recent)
        self.files.modified_changed.connect(self._update_title)
        self.files.status.connect(self._show_status)
        self.files.loaded.connect(self._after_load)
        self.document.info_changed.connect(self._update_title)
        self.document.reset.connect(self._update_title)
        self.document.changed.connect(self._update_counts)
        self.editor.edit_refused.connect(self._on_refused)
        self.layouts.guides_changed.connect(self.scene.set_guides)

    # -- title, status ------------------------------------------------------------------------
    def _add_of_type(self, type_id: str) -> None:
        self.interactions.quick_add(type_id=type_id)

    def _add_of_type_at(self, type_id: str, scene_pos) -> None:
        self.interactions.quick_add(scene_pos, type_id=type_id)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _after_load(self, _path: str = "", _warnings: list | None = None) -> None:
        self.view.request_fit()

    def unwaive_flags(self, flags: list[Flag]) -> None:
        """Withdraw the deliberate choices of a part or a whole finding (one undo step)."""
        self.editor.unwaive_many([(f.rule, f.subject) for f in flags])

    def _update_title(self, *_args) -> None:
        name = self.document.region.info.naam or self.tr("Naamloze kaart")
        path = self.document.path
        suffix = f" ({path.name})" if path else ""
        self.setWindowTitle(f"{name}{suffix}[*] — stakeholders")
        self.setWindowModified(self.files.is_modified())

    def _update_counts(self) -> None:
        counts = self.document.region.counts()
        self.status_label.setText(
            self.tr("{p} partijen · {t} tafels · {m} mandaten · {o} open bevindingen").format(
                p=counts["partijen"], t=counts["tafels"], m=counts["mandaten"],
                o=self.flags_panel.open_count()))

    def _on_flags(self, flags: list[Flag]) -> None:
        self.scene.set_flags(flags)
        self.flags_panel.set_flags(flags, self.checker.unused_waivers(), self.checker.catalogue)
        self._update_counts()

    def _on_refused(self, message: str) -> None:
        text = self.tr("Niet gedaan: {reden}").format(reden=message)
        self.statusBar().showMessage(text, 8000)
        self.toast.show_message(text)

    def notify(self, text: str) -> None:
        """Tell the user something about a gesture (status bar and over the canvas)."""
        self.statusBar().showMessage(text, 6000)
        self.toast.show_message(text, warning=False)

    def _fill_recent(self, files: list[str]) -> None:
        self.recent_menu.clear()
        for index, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{index} {Path(path).name}")
            action.setToolTip(path)
            action.setObjectName(f"actionRecent{index}")
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        self.recent_menu.setEnabled(bool(files))

    # -- flags ---------------------------------------------------------------------------------
    def show_subject(self, subject: str) -> None:
        """Select the table or party ``subject`` on the canvas and bring it into view."""
        uid = self.document.uid_of(subject)
        if uid is None:
            return
        self.scene.select_uids([uid])
        item = self.scene.item_for(uid)
        if item is not None:
            self.view.ensureVisible(item, 80, 80)

    def waive_flags(self, flags: list[Flag]) -> None:
        """Record one deliberate choice for a part or a whole finding (one undo step)."""
        answer = WaiverDialog.ask(flags, settings.get(settings.USER_NAME), self)
        if answer is None:
            return
        if answer.door:
            settings.put(settings.USER_NAME, answer.door)
        subjects = [SubjectKind.MAP if answer.whole_map else f.subject for f in flags]
        self.editor.waive_many([(f.rule, s) for f, s in zip(flags, subjects, strict=True)],
                               answer.reason, answer.datum, answer.door)

    def next_flag(self) -> None:
        items = self.flags_panel.finding_items()
        if not items:
            return
        current = self.flags_panel.tree.currentItem()
        index = items.index(current) + 1 if current in items else 0
        item = items[index % len(items)]
        self.flags_panel.tree.setCurrentItem(item)
        self.flags_panel._on_activated(item)

    # -- files -----------------------------------------------------------------------------------
    def open_path(self, path: str | Path) -> bool:
        return self.files.open_path(path)

    def _open_dropped(self, paths: list[str]) -> None:
        if paths:
            self.files.open_path(paths[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._open_dropped(paths)

    def export_overview(self) -> None:
        from stakeholders.ui.dialogs.export import ExportDialog

        ExportDialog.run(self.document, self)

    # -- help ------------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from stakeholders.ui.dialogs.help import ShortcutsDialog

        ShortcutsDialog(self).show()

    def show_rules(self) -> None:
        from stakeholders.ui.dialogs.help import RulesDialog

        RulesDialog(self).show()

    def show_region_rules(self) -> None:
        from stakeholders.ui.dialogs.region_rules import RegionRulesDialog

        dialog = RegionRulesDialog(self.editor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        self.region_rules_dialog = dialog

    def show_map_info(self) -> None:
        """Show the Kaart fields (name, region, peildatum, …) in the property panel."""
        self.scene.select_uids([])
        self.properties_dock.show()
        self.properties_dock.raise_()

    def show_about(self) -> None:
        from stakeholders import __version__

        QMessageBox.about(self, self.tr("Over stakeholders"), self.tr(
            "<b>stakeholders {v}</b><br>Regionale samenwerking in de zorg in kaart: partijen, "
            "tafels en mandaten, en wat er ontbreekt.<br>Alle gegevens blijven op deze "
            "computer.<br><br>Gemeentecodes: bron CBS (Centraal Bureau voor de Statistiek), "
            "CC BY 4.0.").format(v=__version__))

    # -- window ----------------------------------------------------------------------------------
    def docks(self) -> list[QDockWidget]:
        return [self.flags_dock, self.properties_dock, self.koppelvlakken_dock,
                self.palette_dock, self.changes.dock]

    def toolbars(self) -> list[QToolBar]:
        return self.findChildren(QToolBar)

    def _restore_window(self) -> None:
        """The last size and place of the window, or maximised the first time."""
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        matrix.keep_side_panels_tall(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.workshop.leave()
        self.view_options.leave_map_only()
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.put(settings.WINDOW_STATE, bytes(self.saveState().data()))
        self.files.safety.close()  # the map's lock and autosaved copy go with the window
        event.accept()
