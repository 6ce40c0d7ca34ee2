"""Run a layout without freezing the window, and record it as one undo step.

Small maps are laid out at once. Larger ones run in a worker thread with a
progress dialog that can cancel; the window stays responsive. The result is
applied through the editor as a single move, so one Ctrl+Z restores the
previous arrangement. Pinned items never move. Parties on the parkeerplaats stay on
it: the layout holds them where they are, and afterwards they take the tray's slots
right of the map as it is laid out now (in their order on the tray).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog

from stakeholders.i18n import translator
from stakeholders.layout.parking import tray_places
from stakeholders.model.entities import Table
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RegionMap
from stakeholders.ui.context import CanvasContext

log = logging.getLogger(__name__)

#: Maps with fewer nodes are laid out in the GUI thread (about 0.1 s at this size).
THREAD_THRESHOLD = 300

LayoutFn = Callable[[RegionMap, object], dict]


_t = translator("LayoutController")


def _layout():
    """The layout package (numpy), imported on first use to keep start-up fast."""
    from stakeholders import layout

    return layout


def _guides():
    """The layout guides module, imported on first use."""
    from stakeholders.layout import guides

    return guides


def snapshot(region: RegionMap) -> RegionMap:
    """A copy of the lists (entities are immutable) that a worker thread may read."""
    return replace(region, parties=list(region.parties), tables=list(region.tables),
                   seats=list(region.seats), mandates=list(region.mandates),
                   relations=list(region.relations), waivers=list(region.waivers))


def holding_the_tray(region: RegionMap) -> RegionMap:
    """``region`` (a snapshot) with its parked parties pinned: a layout leaves them be."""
    region.parties = [replace(p, pinned=True) if p.parkeerplaats and p.pos is not None
                      else p for p in region.parties]
    return region


def with_tray(region: RegionMap, positions: dict) -> dict:
    """``positions`` (a layout's result) without the parked parties' places, plus their
    places on the tray right of the map as the layout leaves it (their order kept)."""
    parked = sorted((p for p in region.parties if p.parkeerplaats),
                    key=lambda p: (p.pos is None, (p.pos[1], p.pos[0]) if p.pos else (0, 0)))
    if not parked:
        return positions
    uids = {p.uid for p in parked}
    kept = {uid: pos for uid, pos in positions.items() if uid not in uids}
    after = snapshot(region)
    after.parties = [replace(p, pos=kept.get(p.uid, p.pos)) for p in after.parties]
    after.tables = [replace(t, pos=kept.get(t.uid, t.pos)) for t in after.tables]
    slots = tray_places(after, len(parked), ignore=uids)
    return {**kept, **{p.uid: slot for p, slot in zip(parked, slots, strict=True)}}


class _Worker(QThread):
    """Runs one layout function; reports progress, result or cancellation."""

    progressed = Signal(int)
    done = Signal(dict)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, function: LayoutFn, region: RegionMap) -> None:
        super().__init__()
        self.function = function
        self.region = region
        self.stop = threading.Event()

    def run(self) -> None:
        def progress(fraction: float) -> bool:
            self.progressed.emit(int(fraction * 100))
            return not self.stop.is_set()

        try:
            result = self.function(self.region, progress)
        except _layout().Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # a layout bug must not take the window down
            log.exception("layout failed")
            self.failed.emit(str(exc))
        else:
            self.done.emit(result)


class LayoutController(QObject):
    """The Schikken menu of one window."""

    #: A layout finished and was applied (or not, when nothing moved): its undo text.
    finished = Signal(str)
    #: The guides of the layout just applied (``layout.guides.LayoutGuides``; empty for
    #: layouts without guides): ring circles and captions, domain hulls and captions.
    guides_changed = Signal(object)

    def __init__(self, context: CanvasContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor = context.editor
        self.document = context.document
        self.worker: _Worker | None = None
        self.dialog: QProgressDialog | None = None
        self.guides = None  #: guides of the last layout applied (None: none yet)
        self._guides_of: Callable[[], object] | None = None

    def _status(self, text: str) -> None:
        self.context.status(text)

    # -- the three layouts -------------------------------------------------------------------
    def automatic(self) -> None:
        """The default layout: whole map, or only the selected items when several are selected."""
        selected = {u for u in self.context.scene.selected_uids()
                    if (kind := self.document.kind_of(u)) is not None and kind.is_node}
        only = selected if len(selected) >= 2 else None
        name = _t("Schikken: automatisch (selectie)") if only else _t(
            "Schikken: automatisch")
        self.run(name, lambda region, progress: _layout().auto_layout(
            region, only=only, progress=progress))

    def table_rings(self) -> None:
        """The selected table (or the only table) with its rings around it."""
        tables = [self.document.entity(u) for u in self.context.scene.selected_uids()
                  if self.document.kind_of(u) == EntityKind.TABLE]
        if not tables and len(self.document.region.tables) == 1:
            tables = list(self.document.region.tables)
        if len(tables) != 1 or not isinstance(tables[0], Table):
            self._status(_t("Selecteer één tafel voor de tafelringen."))
            return
        uid = tables[0].uid
        self.run(_t("Schikken: tafelringen"),
                 lambda region, progress: _layout().table_rings(region, uid, progress=progress),
                 guides=lambda: _guides().ring_guides(self.document.region, uid))

    def domain_clusters(self) -> None:
        self.run(_t("Schikken: domeinclusters"),
                 lambda region, progress: _layout().domain_clusters(region, progress=progress),
                 guides=lambda: _guides().cluster_guides(self.document.region))

    # -- running ---------------------------------------------------------------------------------
    def run(self, text: str, function: LayoutFn,
            guides: Callable[[], object] | None = None) -> None:
        """Lay out now (small map) or in a worker thread with progress and cancel; afterwards
        ``guides()`` (on the laid-out map) gives the layout's guides."""
        if self.worker is not None:
            self._status(_t("Het schikken loopt al."))
            return
        self._guides_of = guides
        region = holding_the_tray(snapshot(self.document.region))
        size = len(region.parties) + len(region.tables)
        if size < THREAD_THRESHOLD:
            try:
                result = function(region, None)
            except _layout().Cancelled:
                return
            self._apply(text, result)
            return
        self.dialog = QProgressDialog(_t("Bezig met schikken…"), _t("Annuleren"), 0, 100,
                                      self.context.dialog_parent)
        self.dialog.setObjectName("layoutProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.worker = _Worker(function, region)
        self.worker.progressed.connect(self.dialog.setValue)
        self.dialog.canceled.connect(self.worker.stop.set)
        self.worker.done.connect(lambda result: self._apply(text, result))
        self.worker.cancelled.connect(lambda: self._status(_t("Schikken geannuleerd.")))
        self.worker.failed.connect(
            lambda message: self._status(_t("Schikken mislukt: {reden}").format(reden=message)))
        self.worker.finished.connect(self._cleanup)
        self.dialog.show()
        self.worker.start()

    def cancel(self) -> None:
        """Stop the running layout (the map stays as it was)."""
        if self.worker is not None:
            self.worker.stop.set()

    def _cleanup(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        if self.worker is not None:
            self.worker.deleteLater()
            self.worker = None

    def _apply(self, text: str, positions: dict) -> None:
        positions = with_tray(self.document.region, positions)
        live = {uid: pos for uid, pos in positions.items() if self.document.entity(uid) is not None}
        moved = self.editor.move(live, text)
        self.guides = self._guides_of() if self._guides_of is not None else \
            _guides().LayoutGuides()
        self.guides_changed.emit(self.guides)
        if moved:
            self.context.view.zoom_to_fit()
        else:
            self.context.notify(_t("{naam}: alles staat al op zijn plaats.").format(
                naam=text or _t("Schikken")))
        self.finished.emit(text if moved else "")
