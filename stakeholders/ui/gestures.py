"""One object per canvas gesture, from its start to its end (orange-canvas-core's
``UserInteraction``).

:class:`~stakeholders.ui.interactions.CanvasInteractions` watches the
canvas's mouse and keys and starts the gesture a press means: pan (middle or
right button, or Space held), connect (Shift on a party or table), move (on
a party or table), rubber band (anywhere else), quick add (double-click on
empty canvas, N, a type from the palette). While a gesture runs it gets
every mouse event; it ends itself (``end``), or Esc (or a new gesture)
cancels it (``cancel``), which leaves the map as it was.

A gesture that lets Qt do the work (an item drag, the rubber band) passes the
event on with :meth:`Interaction.pass_on` and does its own part around it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView

from stakeholders.layout.labels import BoxKind
from stakeholders.layout.parking import tray_places
from stakeholders.look import lines
from stakeholders.look import style as S
from stakeholders.ui.canvas.items import NodeItem, TypeTargetItem

if TYPE_CHECKING:
    from stakeholders.ui.interactions import CanvasInteractions

log = logging.getLogger(__name__)

_DEFAULT_HANDLERS = {
    QEvent.Type.MouseButtonPress: QGraphicsView.mousePressEvent,
    QEvent.Type.MouseMove: QGraphicsView.mouseMoveEvent,
    QEvent.Type.MouseButtonRelease: QGraphicsView.mouseReleaseEvent,
}


class Interaction(QObject):
    """A gesture in progress. Subclasses handle the events they need and return ``True``
    for an event they consumed."""

    def __init__(self, host: CanvasInteractions) -> None:
        super().__init__(host)
        self.host = host
        self.view = host.context.view
        self.scene = host.context.scene
        self.ended = False
        self.cancelled = False

    # -- life cycle ---------------------------------------------------------------------------
    def start(self, event: QMouseEvent | None) -> None:
        """Begin with the event that started the gesture (``None``: started by a command)."""

    def end(self) -> None:
        """The gesture is complete: tidy up and leave the canvas."""
        if not self.ended:
            self.ended = True
            self.host.interaction_ended(self)

    def cancel(self) -> None:
        """Esc or another gesture: undo what the gesture showed, change nothing."""
        self.cancelled = True
        self.end()

    # -- events -------------------------------------------------------------------------------
    def mouse_move(self, event: QMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QMouseEvent) -> bool:
        return False

    def pass_on(self, event: QMouseEvent) -> None:
        """Let the view handle ``event`` now, as it would without the gesture."""
        _DEFAULT_HANDLERS[event.type()](self.view, event)


class PanInteraction(Interaction):
    """Drag the map with the middle or right button, or the left one while Space is held."""

    def start(self, event: QMouseEvent | None) -> None:
        assert event is not None
        self.view.auto_fit = False
        self._last = event.position()
        self._bars = [self.view.horizontalScrollBar(), self.view.verticalScrollBar()]
        self._before = [bar.value() for bar in self._bars]
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouse_move(self, event: QMouseEvent) -> bool:
        delta = event.position() - self._last
        self._last = event.position()
        horizontal, vertical = self._bars
        horizontal.setValue(horizontal.value() - int(delta.x()))
        vertical.setValue(vertical.value() - int(delta.y()))
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        self.end()
        return True

    def cancel(self) -> None:
        for bar, value in zip(self._bars, self._before, strict=True):
            bar.setValue(value)
        super().cancel()

    def end(self) -> None:
        self.view.viewport().unsetCursor()
        super().end()


class MoveInteraction(Interaction):
    """Drag the selected parties and tables; on release the new places are one undo step."""

    def start(self, event: QMouseEvent | None) -> None:
        assert event is not None
        self.pass_on(event)  # Qt selects the node under the mouse and grabs it
        self._before = {item.uid: item.pos() for item in self.scene.selectedItems()
                        if isinstance(item, NodeItem) and not isinstance(item, TypeTargetItem)}

    def mouse_move(self, event: QMouseEvent) -> bool:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.view.set_dragging(True)  # thin plain lines while nodes move
        self.pass_on(event)
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        nodes = self.scene.nodes
        moved = {uid: (nodes[uid].pos().x(), nodes[uid].pos().y())
                 for uid, before in self._before.items()
                 if uid in nodes and nodes[uid].pos() != before}
        self.pass_on(event)
        self.end()
        if moved:
            self.host.context.editor.move(moved)
        return True

    def cancel(self) -> None:
        grabber = self.scene.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        for uid, before in self._before.items():
            item = self.scene.nodes.get(uid)
            if item is not None:
                item.setPos(before)
        super().cancel()

    def end(self) -> None:
        self.view.set_dragging(False)
        super().end()


class RubberBandInteraction(Interaction):
    """Drag on empty canvas: select what the band encloses (Ctrl: add to the selection)."""

    def start(self, event: QMouseEvent | None) -> None:
        assert event is not None
        self._before = self.scene.selected_uids()
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.pass_on(event)

    def mouse_move(self, event: QMouseEvent) -> bool:
        self.pass_on(event)
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        self.pass_on(event)  # Qt ends the band and selects
        self.end()
        return True

    def cancel(self) -> None:
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)  # drops the band
        self.scene.select_uids(self._before)
        super().cancel()

    def end(self) -> None:
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        super().end()


class ConnectInteraction(Interaction):
    """Shift+drag from a party or table: a dashed line follows the mouse; released on another
    node (or on empty canvas) it asks what the connection means (see ``connect_items``)."""

    def __init__(self, host: CanvasInteractions, source: NodeItem) -> None:
        super().__init__(host)
        self.source = source
        self.line: QGraphicsLineItem | None = None

    def start(self, event: QMouseEvent | None) -> None:
        at = self.source.scenePos()
        self.line = self.scene.addLine(QLineF(at, at), lines.CONNECTING.pen())
        self.line.setZValue(S.Z_DRAGGED)

    def mouse_move(self, event: QMouseEvent) -> bool:
        if self.line is not None:
            end = self.view.mapToScene(event.position().toPoint())
            self.line.setLine(QLineF(self.source.scenePos(), QPointF(end)))
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        target = self.host.node_at(event.position().toPoint())
        self.end()
        if target is not self.source:
            self.host.connect_items(self.source.uid, target.uid if target is not None else None)
        return True

    def end(self) -> None:
        if self.line is not None:
            self.scene.removeItem(self.line)
            self.line = None
        super().end()


class QuickAddInteraction(Interaction):
    """Name and type a new party in a small popup; it lands at ``scene_pos``."""

    def __init__(self, host: CanvasInteractions, scene_pos: QPointF, type_id: str = "") -> None:
        super().__init__(host)
        self.scene_pos = QPointF(scene_pos)
        self.type_id = type_id
        self.popup = host.popup

    def start(self, event: QMouseEvent | None) -> None:
        self.popup.accepted.connect(self._accepted)
        self.popup.closed.connect(self.cancel)
        self.popup.open_at(self.view.mapFromScene(self.scene_pos), self.scene_pos, self.type_id)

    def _accepted(self, name: str, type_id: str, scene_pos: QPointF) -> None:
        self.end()
        editor = self.host.context.editor
        if self.popup.parked:  # type not known yet: into the parkeerplaats' next free slot
            x, y = tray_places(editor.region, 1)[0]
            party = editor.add_party(name, type_id, (x, y), parkeerplaats=True)
        else:
            place = self.host.free_place(BoxKind.PARTY, name, scene_pos)
            party = editor.add_party(name, type_id, (place.x(), place.y()))
        if party is not None:
            self.scene.select_uids([party.uid])

    def end(self) -> None:
        if self.ended:
            return
        self.popup.accepted.disconnect(self._accepted)
        self.popup.closed.disconnect(self.cancel)
        if self.popup.isVisible():
            self.popup.hide()
        super().end()
