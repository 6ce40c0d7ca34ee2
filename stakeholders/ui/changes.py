"""Snapshots and changes in the window: Kaart > Momentopname maken…, Vergelijken met…

:class:`ChangesController` holds what the map is compared with (a snapshot of this map or
another file: a :class:`~stakeholders.rules.changes.Side` whose findings are computed
once) and compares it with the map as it is after every edit: the *Wijzigingen* panel
lists the result, the canvas marks it (:mod:`stakeholders.ui.canvas.change_marks`) unless
the user switched the marks off. The panel's timeline shows the dated mandates
(R-MND-01) whether or not the map is compared. Opening another map stops comparing.

:func:`install` adds the dock, Beeld > Wijzigingen, and in the Kaart menu
*Momentopname maken…*, *Vergelijken met momentopname…*, *Vergelijken met bestand…*,
*Stoppen met vergelijken* and *Momentopname verwijderen…*.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMenu, QMessageBox

from stakeholders.i18n import translator
from stakeholders.io.formats import load_map
from stakeholders.io.problems import MapLoadError
from stakeholders.model import snapshots
from stakeholders.model.dates import readable_date
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.changes import Comparison, Side, compare, side_flags
from stakeholders.rules.expiry import mandate_timeline
from stakeholders.ui.canvas.change_marks import apply_marks
from stakeholders.ui.panels.changes import ChangesPanel

log = logging.getLogger(__name__)
_t = translator("ChangesController")

#: The file dialog's filter for a map to compare with.
COMPARE_FILTER = "Kaarten (*.regiokaart *.xlsx *.xlsm *.csv)"


class ChangesController(QObject):
    """What the map is compared with, and the comparison after every edit."""

    #: The comparison changed (``None``: not comparing).
    compared = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.base: Side | None = None
        self.comparison: Comparison | None = None
        self.marks_shown = True
        self.dock: QDockWidget | None = None  #: set by :func:`install`
        self.note = ""  #: the compared snapshot's note
        self.panel = ChangesPanel(window)
        self.panel.marks_toggled.connect(self.show_marks)
        self.panel.subject_activated.connect(window.show_subject)
        self.panel.compare_requested.connect(self.ask_compare)
        self.panel.stop_requested.connect(self.stop)
        # After the scene has rebuilt its lines for the edit (it connected first).
        self.document.changed.connect(self.refresh)
        self.document.reset.connect(self.stop)
        self.refresh()

    # -- comparing ----------------------------------------------------------------------------
    def today(self) -> date:
        return self.window.checker.today or date.today()

    def compare_with(self, side: Side) -> None:
        """Compare the map with ``side`` from now on (its findings are computed once)."""
        self.base = Side(side.label, side.region, side.reference, side_flags(side),
                         side.snapshot, side.source)
        self.refresh()
        if self.dock is not None:
            _show(self.dock)

    def compare_with_snapshot(self, name: str) -> bool:
        found = snapshots.find(self.document.region.snapshots, name)
        if found is None:
            return False
        self.note = found.notities
        self.compare_with(Side(found.label, found.kaart, found.reference_date(),
                               snapshot=found.naam))
        return True

    def compare_with_file(self, path: str | Path) -> bool:
        """Compare with another map file; a file that cannot be read is named, not shown."""
        path = Path(path)
        try:
            result = load_map(path, known_rules=known_rule_ids)
        except (MapLoadError, OSError) as exc:
            errors = getattr(exc, "errors", None)
            detail = "\n".join(str(e) for e in errors[:5]) if errors else str(exc)
            QMessageBox.warning(self.window, _t("Vergelijken"), _t(
                "{bestand} kan niet worden gelezen; er wordt niet vergeleken.\n\n{details}"
            ).format(bestand=path.name, details=detail))
            return False
        region = result.map
        self.note = ""
        self.compare_with(Side(path.name, region, region.reference_date(self.today()),
                               source=str(path)))
        return True

    def stop(self) -> None:
        """Stop comparing: no list, no marks."""
        self.base = None
        self.refresh()

    def show_marks(self, shown: bool) -> None:
        """Switch the marks on the map on or off (the list stays)."""
        self.marks_shown = shown
        if self.panel.marks_box.isChecked() != shown:
            self.panel.marks_box.setChecked(shown)
        apply_marks(self.window.scene, self.comparison if shown else None)

    def refresh(self) -> None:
        """Compare again with the map as it is now; update list, marks and timeline."""
        region = self.document.region
        reference = region.reference_date(self.today())
        self.comparison = None
        if self.base is not None:
            now = Side(self.window.tr("de kaart nu"), region, reference,
                       tuple(self.window.checker.flags))
            self.comparison = compare(self.base, now)
        self.panel.show_comparison(self.comparison, self.note)
        self.panel.show_timeline(mandate_timeline(region, reference))
        apply_marks(self.window.scene, self.comparison if self.marks_shown else None)
        self.compared.emit(self.comparison)

    # -- dialogs ----------------------------------------------------------------------------
    def ask_snapshot(self) -> bool:
        """Kaart > Momentopname maken…: name, date and note; keeps the map as it is now
        (one undo step)."""
        from stakeholders.ui.dialogs.snapshot import SnapshotDialog

        today = self.today()
        default = _t("Momentopname {datum}").format(datum=readable_date(today))
        answer = SnapshotDialog.ask(self.document.region.snapshots, default, today,
                                    self.window)
        if answer is None:
            return False
        if self.window.editor.add_snapshot(answer.naam, answer.datum, answer.notities):
            self.window.notify(_t("Momentopname '{naam}' gemaakt; bewaar de kaart om hem "
                                  "te houden.").format(naam=" ".join(answer.naam.split())))
            return True
        return False

    def _ask_snapshot_name(self, title: str, extra: list[str]) -> str | None:
        items = [s.label for s in self.document.region.snapshots] + extra
        if not items:
            return None
        choice, ok = QInputDialog.getItem(self.window, title, _t("Kies:"), items, 0, False)
        return choice if ok else None

    def ask_compare(self) -> bool:
        """Vergelijken met…: a snapshot of this map, or another file."""
        other = _t("Een ander bestand…")
        choice = self._ask_snapshot_name(_t("Vergelijken met"), [other])
        if choice is None:
            return False
        if choice == other:
            return self.ask_compare_file()
        found = next(s for s in self.document.region.snapshots if s.label == choice)
        return self.compare_with_snapshot(found.naam)

    def ask_compare_snapshot(self) -> bool:
        if not self.document.region.snapshots:
            self.window.notify(_t("Deze kaart heeft nog geen momentopnamen (Kaart > "
                                  "Momentopname maken…)."))
            return False
        choice = self._ask_snapshot_name(_t("Vergelijken met momentopname"), [])
        if choice is None:
            return False
        found = next(s for s in self.document.region.snapshots if s.label == choice)
        return self.compare_with_snapshot(found.naam)

    def ask_compare_file(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, _t("Vergelijken met bestand"), "", COMPARE_FILTER)
        return bool(path) and self.compare_with_file(path)

    def ask_remove(self) -> bool:
        choice = self._ask_snapshot_name(_t("Momentopname verwijderen"), [])
        if choice is None:
            return False
        found = next(s for s in self.document.region.snapshots if s.label == choice)
        return self.window.editor.remove_snapshot(found.naam)


def install(window) -> ChangesController:
    """Add the Wijzigingen dock and the snapshot entries of Kaart and Beeld to ``window``."""
    controller = ChangesController(window)
    dock = QDockWidget(window.tr("Wijzigingen"), window)
    dock.setObjectName("changesDock")
    dock.setWidget(controller.panel)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.tabifyDockWidget(window.flags_dock, dock)
    dock.hide()  # a tab of its own only while comparing (or when chosen in Beeld)
    window.flags_dock.raise_()
    controller.dock = dock
    entries = (
        ("actionSnapshot", window.tr("&Momentopname maken…"), controller.ask_snapshot,
         window.tr("Bewaar de kaart zoals hij nu is, met naam en datum, in de .regiokaart")),
        ("actionCompareSnapshot", window.tr("&Vergelijken met momentopname…"),
         controller.ask_compare_snapshot,
         window.tr("Wat is er veranderd sinds een momentopname")),
        ("actionCompareFile", window.tr("Vergelijken met &bestand…"),
         controller.ask_compare_file,
         window.tr("Wat is er anders dan in een ander kaartbestand")),
        ("actionStopCompare", window.tr("Stoppen met vergelijken"), controller.stop, ""),
        ("actionRemoveSnapshot", window.tr("Momentopname verwijderen…"),
         controller.ask_remove, ""),
    )
    menu = window.findChild(QMenu, "menuMap")
    if menu is not None:
        menu.addSeparator()
    for name, text, slot, tip in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        window.addAction(action)
        window.actions_by_name[name] = action
        if menu is not None:
            menu.addAction(action)
    view_menu = window.findChild(QMenu, "menuView")
    toggle = dock.toggleViewAction()
    toggle.setObjectName("actionChangesDock")
    window.actions_by_name["actionChangesDock"] = toggle
    if view_menu is not None:
        view_menu.addAction(toggle)
    return controller


def _show(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()
