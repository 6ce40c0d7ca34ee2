"""The canvas view: zoom (wheel, keys), pan (middle or right drag, space+drag), fit, drop files.

Dropping a file on the canvas is handled by the main window (``files_dropped``)
so that a map opens the same way from every place.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

#: MIME type of a party type dragged from the palette (kept in step with panels/palette.py).
TYPE_MIME = "application/x-stakeholders-party-type"

MIN_ZOOM = 0.05
MAX_ZOOM = 6.0
ZOOM_STEP = 1.2


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
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setAcceptDrops(True)
        self._pan_start: QPointF | None = None
        self._drag_pending = False
        self._space_down = False

    # -- zoom --------------------------------------------------------------------------
    def zoom(self) -> float:
        """The current scale factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
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
        """Show ``rect`` (default: everything on the map) as large as fits."""
        scene = self.scene()
        if scene is None:
            return
        target = rect if rect is not None else scene.itemsBoundingRect()
        if target.isEmpty():
            return
        self.fitInView(target.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM:
            self.set_zoom(MAX_ZOOM)
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # scroll
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.set_zoom(self.zoom() * (ZOOM_STEP ** steps))
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

    # -- pan ---------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        panning = event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.RightButton) \
            or (event.button() == Qt.MouseButton.LeftButton and self._space_down)
        if panning:
            self._pan_start = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if (event.button() == Qt.MouseButton.LeftButton and item is not None
                and item.flags() & item.GraphicsItemFlag.ItemIsMovable):
            self._drag_pending = True

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_pending and event.buttons() & Qt.MouseButton.LeftButton:
            self.set_dragging(True)
        if self._pan_start is not None:
            delta = event.position() - self._pan_start
            self._pan_start = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_pending = False
        self.set_dragging(False)
        if self._pan_start is not None:
            self._pan_start = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

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
