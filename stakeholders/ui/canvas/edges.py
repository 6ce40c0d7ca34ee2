"""Display-only lines between nodes: seats, mandates, relations and parent links.

A line follows its two nodes. It may bend (``set_waypoints``) to go around
nodes it does not belong to (the scene routes it, see ``routes``); when one
of its nodes moves it is straight again until the scene routes it anew. Its
label is a :class:`~stakeholders.ui.canvas.label_item.LabelItem` of its own,
above every line and shape, placed by the scene's label placer.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from stakeholders.layout import labels as L
from stakeholders.layout.routing import clip_segment
from stakeholders.look import style as S
from stakeholders.look.lines import (
    ARROW_OUTLINE,
    ARROW_SIZE,
    SEAT,
    SELECTED_LINE_EXTRA,
    arrow_head,
)
from stakeholders.model.kinds import EntityKind
from stakeholders.ui.canvas.label_item import LabelItem

if TYPE_CHECKING:
    from stakeholders.ui.canvas.items import NodeItem


def clip_line(line: QLineF, rect: QRectF) -> tuple[QPointF, QPointF] | None:
    """The part of ``line`` inside ``rect``, or ``None`` when outside.

    Stroking a long dashed line costs time along its whole length even where it is
    clipped away; drawing only the exposed part keeps a drag frame fast.
    """
    part = clip_segment((line.x1(), line.y1()), (line.x2(), line.y2()),
                        (rect.left(), rect.top(), rect.right(), rect.bottom()))
    if part is None:
        return None
    return line.pointAt(part[0]), line.pointAt(part[1])



class EdgeItem(QGraphicsItem):
    """A line between two nodes that follows them; pen, arrow and label per kind.

    The line may bend (``set_waypoints``) to go around nodes it does not
    belong to; when one of its nodes moves, it is straight again until the
    scene routes it anew.
    """

    kind = "edge"

    def __init__(self, uid: str, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.uid = uid
        self.source = source
        self.target = target
        source.edges.append(self)
        target.edges.append(self)
        self.pen = SEAT.pen()  # until the scene styles it
        self.arrow = False
        self.label = ""
        self.text_label = LabelItem(self)
        self._waypoints: list[QPointF] = []
        self._points: list[QPointF] = []
        self._line = QLineF()
        self._path = QPainterPath()
        self._bounds = QRectF()
        self.factor = 1.0  #: line and label scale (enlarged on a printed page)
        #: A band under the line marking a change since a snapshot (``None``: no mark).
        self.mark: QPen | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        # exposedRect lets paint() stroke only the visible part of a long line
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.adjust()

    def detach(self) -> None:
        """Forget the nodes (before the item is removed from the scene)."""
        for node in (self.source, self.target):
            if self in node.edges:
                node.edges.remove(self)

    def set_style(self, pen: QPen, arrow: bool = False, label: str = "") -> None:
        self.pen = pen
        self.arrow = arrow
        self.label = label
        self.text_label.colour = QColor(pen.color()).darker(115)
        text = label.strip()
        if text:
            self.text_label.set_lines([text], [L.text_width(text, S.EDGE_LABEL_PX)],
                                      L.line_height(S.EDGE_LABEL_PX), S.EDGE_LABEL_PX)
        else:
            self.text_label.set_lines([], [], 0.0, S.EDGE_LABEL_PX)
        self.sync_label()
        self.adjust()

    def set_mark(self, pen: QPen | None) -> None:
        """Draw a band under the line (a change since a snapshot; ``None``: no band). The
        pen gives colour, pattern and how much wider than the line the band is."""
        if pen != self.mark:
            self.mark = pen
            self.adjust()
            self.update()

    def sync_label(self) -> None:
        """Keep the label in the line's scene only while it has a text (most lines have
        none, and every item in a scene costs time in each repaint)."""
        scene, label = self.scene(), self.text_label
        if scene is None:
            return
        if label.is_empty() and label.scene() is scene:
            scene.removeItem(label)
        elif not label.is_empty() and label.scene() is None:
            add = getattr(scene, "add_label", scene.addItem)
            add(label)

    def set_waypoints(self, points: list[QPointF]) -> None:
        """Bend the line through ``points`` (scene coordinates) on its way."""
        if points != self._waypoints:
            self._waypoints = list(points)
            self.adjust()

    def waypoints(self) -> list[QPointF]:
        return list(self._waypoints)

    def node_moved(self) -> None:
        """One of the nodes moved: straight again (the scene routes it anew later)."""
        self._waypoints = []
        self.adjust()

    def points(self) -> list[QPointF]:
        """The polyline as drawn: from the source's outline, through the bends, to the target's."""
        return list(self._points)

    def adjust(self) -> None:
        """Recompute the geometry after a node moved."""
        towards_target = self._waypoints[0] if self._waypoints else self.target.scenePos()
        towards_source = self._waypoints[-1] if self._waypoints else self.source.scenePos()
        start = self.source.anchor_towards(towards_target)
        end = self.target.anchor_towards(towards_source)
        points = [start, *self._waypoints, end]
        self.prepareGeometryChange()
        self._points = points
        self._polygon = QPolygonF(points)
        self._line = QLineF(start, end)
        path = QPainterPath(start)
        for point in points[1:]:
            path.lineTo(point)
        self._path = path
        extra = (12.0 if self.arrow else 3.0) * self.factor
        if self.mark is not None:
            extra = max(extra, (self.mark.widthF() + self.pen.widthF()) * self.factor)
        self._bounds = path.boundingRect().adjusted(-extra, -extra, extra, extra)
        if not self.text_label.is_empty():
            self.text_label.follow(self.point_at(self.text_label.along))

    def length(self) -> float:
        return sum(QLineF(a, b).length() for a, b in pairwise(self._points))

    def point_at(self, fraction: float) -> QPointF:
        """The point ``fraction`` (0..1) of the way along the drawn line."""
        left = self.length() * min(1.0, max(0.0, fraction))
        pieces = [QLineF(a, b) for a, b in pairwise(self._points)]
        for k, piece in enumerate(pieces):
            if left <= piece.length() or k == len(pieces) - 1:
                return piece.pointAt(min(1.0, left / piece.length())) if piece.length() else \
                    piece.p1()
            left -= piece.length()
        return self._points[0] if self._points else QPointF()

    def set_factor(self, factor: float) -> None:
        """Draw lines and arrows ``factor`` times larger (the scene scales the label)."""
        self.factor = factor
        self.adjust()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(8.0, self.pen.widthF() + 6))
        return stroker.createStroke(self._path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._line.length() < 1 and len(self._points) < 3:
            return
        if getattr(self.scene(), "dragging", False):
            # during a drag: a thin solid line, no arrow (full quality on release)
            painter.setPen(QPen(self.pen.color(), 0))
            if len(self._points) == 2:
                painter.drawLine(self._line)
            else:
                painter.drawPolyline(self._polygon)
            return
        pen = QPen(self.pen)
        pen.setWidthF(pen.widthF() * self.factor)
        if option.state & QStyle.StateFlag.State_Selected:
            pen.setColor(S.SELECTION)
            pen.setWidthF(pen.widthF() + SELECTED_LINE_EXTRA)
        exposed = option.exposedRect.adjusted(-4, -4, 4, 4)
        if self.mark is not None:
            band = QPen(self.mark)
            band.setWidthF(pen.widthF() + self.mark.widthF() * self.factor)
            self._paint_pieces(painter, band, exposed)
        self._paint_pieces(painter, pen, exposed)
        if self.arrow:
            self._paint_arrow(painter, pen.color())

    def _paint_pieces(self, painter: QPainter, pen: QPen, exposed: QRectF) -> None:
        """Stroke the visible part of every piece, keeping the dash phase of the whole line."""
        dashed = pen.style() != Qt.PenStyle.SolidLine and pen.widthF() > 0
        base_offset = pen.dashOffset()
        walked = 0.0
        for a, b in pairwise(self._points):
            piece = QLineF(a, b)
            visible = clip_line(piece, exposed)
            if visible is not None:
                start, end = visible
                if dashed:
                    pen.setDashOffset(base_offset
                                      + (walked + QLineF(a, start).length()) / pen.widthF())
                painter.setPen(pen)
                painter.drawLine(QLineF(start, end))
            walked += piece.length()

    def _paint_arrow(self, painter: QPainter, colour: QColor) -> None:
        if len(self._points) < 2:
            return
        line = QLineF(self._points[-2], self._points[-1])
        painter.setPen(QPen(colour, ARROW_OUTLINE))
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(arrow_head(line, ARROW_SIZE * self.factor))


class SeatEdge(EdgeItem):
    """A seat: party ─ table. Kopgroep solid and strong, tweede ring thin, toehoorder dotted."""

    kind = EntityKind.SEAT


class MandateEdge(EdgeItem):
    """A mandate: holder ⇢ represented party (dashed arrow, labelled "namens …")."""

    kind = EntityKind.MANDATE


class RelationEdge(EdgeItem):
    """A typed relation (financiert, informeert, …): dotted arrow with its label."""

    kind = EntityKind.RELATION


class ParentEdge(EdgeItem):
    """A sub-table's link to its parent table."""

    kind = "parent"
