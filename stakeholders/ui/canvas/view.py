"""The canvas view: zoom (wheel, keys), fit, fast drawing while dragging, drop files.

Panning and the other mouse gestures are objects of their own
(``ui.gestures``), started by ``ui.interactions``.

Dropping a file on the canvas is handled by the main window (``files_dropped``)
so that a map opens the same way from every place.

The view keeps the whole map in sight (``auto_fit``): after a map is opened
or laid out, and whenever the view changes size (window maximised, panels
shown or hidden), it fits the map again, until the user zooms or pans by
hand. Fitting takes the names into account: they are drawn at a readable
size whatever the zoom (see ``labelling``), so the fit is done twice, the
second time around the names as they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from stakeholders.ui.canvas.labelling import EVERY_NAME_UP_TO

#: MIME type of a party type dragged from the palette (kept in step with panels/palette.py).
TYPE_MIME = "application/x-stakeholders-party-type"

MIN_ZOOM = 0.02
MAX_ZOOM = 6.0
ZOOM_STEP = 1.2
#: Fitting a small map enlarges it at most this much (one party need not fill the screen).
FIT_MAX_ZOOM = 2.0
#: Room around the map when it is fitted, screen pixels.
FIT_MARGIN_PX = 24
#: Labels are placed anew this long after the last zoom step (a wheel turn is many steps).
RELABEL_DELAY_MS = 40
#: At most this many more fits around the names that stick out of the map.
FIT_ROUNDS = 4


class MapView(QGraphicsView):
    """A zoomable, pannable view of a :class:`~stakeholders.ui.canvas.scene.MapScene`."""

    #: Files were dropped on the canvas: list of local paths.
    files_dropped = Signal(list)
    #: The zoom factor changed.
    zoom_changed = Signal(float)
    #: A party type from the palette was dropped: (type id, scene position).
    type_dropped = Signal(str, QPointF)

    def __init__(self, scene=None, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("canvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)  # the rubber band is a gesture
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setAcceptDrops(True)
        #: Fit the map again when the view changes size (off once the user zooms or pans).
        self.auto_fit = True
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self._refit)
        self.zoom_changed.connect(self._relabel_soon)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._by_hand)

    # -- zoom --------------------------------------------------------------------------
    def zoom(self) -> float:
        """The current scale factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Zoom to ``factor`` by hand: the view no longer fits the map by itself."""
        self.auto_fit = False
        self._scale_to(factor)
        self._relabel_now()

    def _relabel_now(self) -> None:
        relabel = getattr(self.scene(), "relabel", None)
        if relabel is not None:
            relabel()

    def _scale_to(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            self.scale(factor / current, factor / current)
            self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self, rect: QRectF | None = None) -> None:
        """Show ``rect`` (default: the whole map, names included) as large as fits.

        Fitting the whole map switches ``auto_fit`` on again.
        """
        scene = self.scene()
        if scene is None:
            return
        whole = rect is None
        target = scene.content_rect() if whole else QRectF(rect)
        if target.isEmpty():
            return
        if whole:
            self.auto_fit = True
        self._fit_once(target)
        relabel = getattr(scene, "relabel", None)
        if relabel is not None:
            relabel()
            # Names grown to a readable size may stick out of the map: fit around them too
            # (a smaller zoom places them anew, so a few rounds; one on a crowded map, where
            # each costs more).
            crowded = len(getattr(scene, "nodes", ())) > EVERY_NAME_UP_TO
            for _round in range(1 if crowded else FIT_ROUNDS):
                shown = self._shown_labels_rect(scene)
                slack = FIT_MARGIN_PX * 0.75 / max(self.zoom(), 1e-6)  # within the margin
                if target.adjusted(-slack, -slack, slack, slack).contains(shown):
                    break
                target = target.united(shown)
                self._fit_once(target)
                relabel()
        self.zoom_changed.emit(self.zoom())

    def _fit_once(self, target: QRectF) -> None:
        scene = self.scene()
        if not scene.sceneRect().contains(target):  # or scrolling stops short of it
            scene.setSceneRect(scene.sceneRect().united(target.adjusted(-400, -400, 400, 400)))
        viewport = self.viewport().rect()
        usable_w = max(1, viewport.width() - 2 * FIT_MARGIN_PX)
        usable_h = max(1, viewport.height() - 2 * FIT_MARGIN_PX)
        factor = min(usable_w / max(target.width(), 1e-6), usable_h / max(target.height(), 1e-6))
        self._scale_to(min(factor, FIT_MAX_ZOOM))
        self.centerOn(target.center())

    @staticmethod
    def _shown_labels_rect(scene) -> QRectF:
        rect = QRectF()
        for label in scene.shown_labels():
            rect = rect.united(label.scene_box())
        return rect

    def request_fit(self) -> None:
        """Fit the whole map once the window has settled (many requests, one fit)."""
        self.auto_fit = True
        self._fit_timer.start(0)
        cancel = getattr(self.scene(), "cancel_relabel", None)
        if cancel is not None:
            cancel()  # the fit places the labels for its zoom

    def _refit(self) -> None:
        if self.auto_fit:
            self.zoom_to_fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            # After the layout of the window settles (docks shown or hidden, maximised).
            self._fit_timer.start(0)

    def _by_hand(self, *_args) -> None:
        """The user scrolled: keep the view where it is from now on."""
        self.auto_fit = False

    def _relabel_soon(self, zoom: float) -> None:
        scene = self.scene()
        placer = getattr(scene, "labels", None)
        if placer is not None and placer.zoom != zoom:  # not placed for this zoom yet
            scene.schedule_relabel(RELABEL_DELAY_MS)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.auto_fit = False
            super().wheelEvent(event)  # scroll
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            # A wheel turn is many small steps: place the labels once it stops.
            self.auto_fit = False
            self._scale_to(self.zoom() * (ZOOM_STEP ** steps))
        event.accept()

    # -- fast drawing while dragging -----------------------------------------------------
    def set_dragging(self, on: bool) -> None:
        """While nodes move: no antialiasing and plain thin lines; restore on release."""
        scene = self.scene()
        if scene is None or getattr(scene, "dragging", False) == on:
            return
        scene.dragging = on
        self.setRenderHint(QPainter.RenderHint.Antialiasing, not on)
        if not on:
            self.viewport().update()

    # -- drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasFormat(TYPE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasFormat(TYPE_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasFormat(TYPE_MIME):
            type_id = bytes(event.mimeData().data(TYPE_MIME)).decode("utf-8")
            event.acceptProposedAction()
            self.type_dropped.emit(type_id, self.mapToScene(event.position().toPoint()))
            return
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)
