"""Display-only canvas items: parties, tables and "alle ‹type›" targets (lines: ``edges``).

Items hold display values only (name, colour, shape, badge); they never read
or change the model. The scene creates them from the Document, feeds them
new display values when the model changes, and owns the uid ↔ item maps.
Nodes tell their lines when they move so the lines follow.

Every size comes from :func:`stakeholders.layout.labels.node_box`, the one
place where the layouts, the canvas and the page measure a party, table or
target with its name. Names are separate
:class:`~stakeholders.ui.canvas.label_item.LabelItem` objects (above all
lines, on a halo), placed by the scene's label placer.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from stakeholders.layout import labels as L
from stakeholders.look import lines
from stakeholders.look import style as S
from stakeholders.look.badges import paint_badge
from stakeholders.model.kinds import EntityKind
from stakeholders.ui.canvas.label_item import LabelItem
from stakeholders.ui.plain import rich

#: A label slot: the text block's top-left corner relative to the owner's anchor (x, y), its
#: alignment, and whether it is far enough from the node to need a leader line. Plain floats:
#: the placer computes thousands of these on every zoom.
Slot = tuple[float, float, Qt.AlignmentFlag, bool]

_CENTRE = Qt.AlignmentFlag.AlignHCenter
_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight


def _lod(item: QGraphicsItem, option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    """The zoom for level-of-detail decisions; an export scene always draws in full."""
    if getattr(item.scene(), "full_detail", False):
        return 1.0
    return option.levelOfDetailFromTransform(painter.worldTransform())


def _paint_centred(painter: QPainter, lines: tuple[str, ...], font_px: float, top: float,
                   colour: QColor, bold: bool = False) -> None:
    """Centred ``lines`` (already wrapped) from ``top`` down, at ``font_px``."""
    font = S.label_font(round(font_px), bold)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(colour)
    height = L.line_height(font_px)
    for k, line in enumerate(lines):
        width = L.text_width(line, font_px, bold)
        painter.drawText(QPointF(-width / 2, top + k * height + metrics.ascent()), line)


# -- nodes ---------------------------------------------------------------------------------
class NodeItem(QGraphicsItem):
    """Common behaviour of parties and tables: uid, lines that follow, badge, dimming."""

    kind = "node"

    def __init__(self, uid: str) -> None:
        super().__init__()
        self.uid = uid
        self.edges: list[EdgeItem] = []
        self.badge_count = 0
        self.badge_level = ""
        self.pinned = False
        #: The node's name on the map (None: the node draws its own text).
        self.label: LabelItem | None = None
        self.box = L.node_box(L.BoxKind.PARTY, "")
        self._label_rect = QRectF()  # the shown label, item coordinates
        self._bounds_cache: QRectF | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    def centre(self) -> QPointF:
        return self.pos()

    def anchor_towards(self, target: QPointF) -> QPointF:
        """Where a line towards ``target`` leaves this node's outline."""
        return self.pos()

    def footprint(self) -> QRectF:
        """The node's whole box (shape and name at their own size), scene coordinates."""
        box, factor = self.box, self.scale()
        return QRectF(-box.width / 2 * factor, box.top * factor, box.width * factor,
                      box.height * factor).translated(self.scenePos())

    def obstacle(self) -> QRectF:
        """The node's shape, scene coordinates: what no other label may cover."""
        box, factor = self.box, self.scale()
        return QRectF(-box.shape_w / 2 * factor, -box.shape_h / 2 * factor,
                      box.shape_w * factor, box.shape_h * factor).translated(self.scenePos())

    def label_slots(self, scale: float, grown: bool, far: bool = False) -> list[Slot]:
        """Where the label may go when drawn ``scale`` times (``grown``: larger than the
        node's own size, to stay readable), best first, as offsets from :meth:`pos`;
        ``far``: also places farther away, with a leader line."""
        return []

    def set_badge(self, count: int, level: str) -> None:
        """Show the number of open flags (0 hides the badge) and the highest level."""
        if (count, level) != (self.badge_count, self.badge_level):
            self.badge_count, self.badge_level = count, level
            self.update()
            if self.label is not None:
                self.label.update()  # a framed table name carries the badge

    def set_pinned(self, pinned: bool) -> None:
        if pinned != self.pinned:
            self.pinned = pinned
            self.update()

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            moving = getattr(self.scene(), "node_moving", None)
            if moving is not None:
                moving(self)  # before the move: the scene notes where the node was
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            if self.label is not None:
                self.label.update()  # a table's framed name shows the selection too
        elif change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.node_moved()
            for child in self.childItems():
                for edge in getattr(child, "edges", ()):
                    edge.node_moved()
            if self.label is not None:
                self.label.follow(self.scenePos())
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:
        scene = self.scene()
        if self.label is not None and hasattr(scene, "labels"):
            scene.labels.hover(self.label, True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        scene = self.scene()
        if self.label is not None and hasattr(scene, "labels"):
            scene.labels.hover(self.label, False)
        super().hoverLeaveEvent(event)

    def label_moved(self) -> None:
        """The label was placed, shown or hidden: a click on the name selects this node."""
        label = self.label
        rect = QRectF()
        if label is not None and label.isVisible() and not label.is_empty() and not label.covers:
            w, h = label.text_size()
            factor = label.scale() / (self.scale() or 1.0)
            rect = QRectF(label.offset / (self.scale() or 1.0), QSizeF(w * factor, h * factor))
        if rect != self._label_rect:
            self.prepareGeometryChange()
            self._label_rect = rect
            self._bounds_cache = None

    def _own_bounds(self) -> QRectF:
        return QRectF()

    def boundingRect(self) -> QRectF:
        # Asked for thousands of times per repaint: computed once per change.
        if self._bounds_cache is None:
            own = self._own_bounds()
            self._bounds_cache = own.united(self._label_rect) if not self._label_rect.isEmpty() \
                else own
        return self._bounds_cache

    def prepareGeometryChange(self) -> None:
        self._bounds_cache = None
        super().prepareGeometryChange()

    def _label_shape(self, path: QPainterPath) -> QPainterPath:
        """``path`` plus the label's box while it is shown (a click on a name hits the node)."""
        if not self._label_rect.isEmpty():
            # Winding fill: where the name lies over the shape is inside, not a hole.
            path.setFillRule(Qt.FillRule.WindingFill)
            path.addRect(self._label_rect)
        return path

    def _paint_badge(self, painter: QPainter, centre: QPointF) -> None:
        if self.badge_count <= 0:
            return
        rect = QRectF(centre.x() - S.BADGE_SIZE / 2, centre.y() - S.BADGE_SIZE / 2,
                      S.BADGE_SIZE, S.BADGE_SIZE)
        paint_badge(painter, rect, self.badge_count, self.badge_level, border=1.5, corner=4,
                    font=S.label_font(9, bold=True))

    def _paint_pin(self, painter: QPainter, at: QPointF) -> None:
        if not self.pinned:
            return
        painter.setPen(QPen(S.INK, lines.PIN_OUTLINE))
        painter.setBrush(S.HIGHLIGHT)
        painter.drawEllipse(at, 4.0, 4.0)
        painter.drawLine(at + QPointF(0, 4), at + QPointF(0, 10))


def _rect_anchor(centre: QPointF, target: QPointF, half_w: float, half_h: float) -> QPointF:
    """Where the line from ``centre`` to ``target`` crosses a rectangle's border."""
    dx, dy = target.x() - centre.x(), target.y() - centre.y()
    if abs(dx) < 1e-6 and abs(dy) < 1e-6:
        return centre
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


class PartyItem(NodeItem):
    """A party: a shape in its domain's colour and shape, its name (a label) below."""

    kind = EntityKind.PARTY

    def __init__(self, uid: str) -> None:
        super().__init__(uid)
        self.setZValue(S.Z_PARTY)
        self._shape = S.shape_path("circle")
        self._fill = QColor(S.FALLBACK_STYLE.colour)
        self.label = LabelItem(self)
        self.name = ""
        self.caption = ""
        self._bounds = QRectF()
        self._update_bounds()

    def fill_colour(self) -> QColor:
        """The colour of the party's shape (its domain's)."""
        return QColor(self._fill)

    def set_display(self, name: str, domain: str, caption: str = "") -> None:
        """Show ``name`` (wrapped as the layouts measure it) in the style of ``domain``."""
        domain_style = S.domain_style(domain)
        self.prepareGeometryChange()
        self.name = name
        self.caption = caption
        self.box = L.node_box(L.BoxKind.PARTY, name, S.FONT_PX)
        self._shape = S.shape_path(domain_style.shape)
        self._fill = QColor(domain_style.colour)
        self.label.set_lines(self.box.lines, self.box.line_widths, self.box.line_height,
                             self.box.font_px)
        self.setToolTip(rich(f"{name}\n{caption}" if caption else name))
        self._update_bounds()
        self.update()

    def _update_bounds(self) -> None:
        half = S.PARTY_SIZE / 2 + 4
        self._bounds = QRectF(-half, -half - S.BADGE_SIZE / 2, 2 * half + S.BADGE_SIZE / 2,
                              2 * half + S.BADGE_SIZE / 2)
        self._bounds_cache = None

    def label_slots(self, scale: float, grown: bool, far: bool = False) -> list[Slot]:
        """Below the shape (where the layouts keep room), above, right, left, then the four
        diagonal places; with ``far`` the same eight places farther out."""
        w, h = (v * scale for v in self.label.text_size())
        half = S.PARTY_SIZE / 2 * self.scale()
        gap = (self.box.label_top - S.PARTY_SIZE / 2) * scale
        side = half * 0.35  # a diagonal slot starts this far beside the centre line
        below, above = half + gap, -half - gap - h
        near = [
            (-w / 2, below, _CENTRE, 0.0, 1.0),
            (-w / 2, above, _CENTRE, 0.0, -1.0),
            (half + gap, -h / 2, _LEFT, 1.0, 0.0),
            (-half - gap - w, -h / 2, _RIGHT, -1.0, 0.0),
            (side, below, _LEFT, 0.7, 0.7),
            (-side - w, below, _RIGHT, -0.7, 0.7),
            (side, above, _LEFT, 0.7, -0.7),
            (-side - w, above, _RIGHT, -0.7, -0.7),
        ]
        slots: list[Slot] = [(x, y, align, False) for x, y, align, _dx, _dy in near]
        if not far:
            return slots
        # Farther out, with a leader line to the node: where a crowded map still has room.
        line = self.box.line_height * scale
        for steps in (1.2 * line, 2.4 * line, 3.6 * line):
            slots.extend((x + dx * steps, y + dy * steps, align, True)
                         for x, y, align, dx, dy in near)
        return slots

    def _own_bounds(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._label_shape(QPainterPath(self._shape))

    def anchor_towards(self, target: QPointF) -> QPointF:
        centre = self.pos()
        line = QLineF(centre, target)
        if line.length() < 1:
            return centre
        line.setLength(S.PARTY_SIZE / 2 * self.scale())
        return line.p2()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(S.SELECTION if selected else S.INK,
                            lines.PARTY_SELECTED_OUTLINE if selected else lines.PARTY_OUTLINE))
        painter.setBrush(self._fill)
        painter.drawPath(self._shape)
        if S.BADGE_SIZE * _lod(self, option, painter) < 2 * S.MIN_DRAWN_PX:
            return
        self._paint_badge(painter, QPointF(S.PARTY_SIZE / 2, -S.PARTY_SIZE / 2))
        self._paint_pin(painter, QPointF(-S.PARTY_SIZE / 2, -S.PARTY_SIZE / 2))


class TableItem(NodeItem):
    """A table: a large rounded rectangle with a double border, its name and kind inside."""

    kind = EntityKind.TABLE

    def __init__(self, uid: str) -> None:
        super().__init__(uid)
        self.setZValue(S.Z_TABLE)
        self.name = ""
        self.kind_label = ""
        self.label = LabelItem(self, bold=True, halo=S.TABLE_HALO, frame=S.TABLE_BORDER)
        self.box = L.node_box(L.BoxKind.TABLE, "")
        self._rect = QRectF()
        self._set_box(self.box)

    def _set_box(self, box: L.NodeBox) -> None:
        self.prepareGeometryChange()
        self.box = box
        self._rect = QRectF(-box.width / 2, -box.height / 2, box.width, box.height)
        self._bounds_cache = None
        self.label.set_lines(box.lines, box.line_widths, box.line_height, box.font_px)

    def set_display(self, name: str, kind_label: str, extra: str = "") -> None:
        """Show the table's name and kind (``extra``: e.g. the independent chair)."""
        self.name, self.kind_label = name, kind_label
        self._set_box(L.node_box(L.BoxKind.TABLE, name, S.FONT_PX, subtitle=kind_label))
        self.setToolTip(rich("\n".join(x for x in (name, kind_label, extra) if x)))
        self.update()

    def label_slots(self, scale: float, grown: bool, far: bool = False) -> list[Slot]:
        """Inside the table (with its kind below the name at its own size); above; below;
        right; left; with ``far`` also farther above and below, with a leader line."""
        w, h = (v * scale for v in self.label.text_size())
        half_w = self.box.width / 2 * self.scale()
        half_h = self.box.height / 2 * self.scale()
        gap = 4.0 * scale
        inside_top = -h / 2 if grown else self.box.label_top * scale
        slots: list[Slot] = [
            (-w / 2, inside_top, _CENTRE, False),
            (-w / 2, -half_h - gap - h, _CENTRE, False),
            (-w / 2, half_h + gap, _CENTRE, False),
            (half_w + gap, -h / 2, _LEFT, False),
            (-half_w - gap - w, -h / 2, _RIGHT, False),
        ]
        if far:
            for steps in (1.0, 2.0, 3.0, 4.0):
                shift = steps * self.label.line_height * scale
                slots.append((-w / 2, -half_h - gap - h - shift, _CENTRE, True))
                slots.append((-w / 2, half_h + gap + shift, _CENTRE, True))
                slots.append((half_w + gap + shift, -h / 2, _LEFT, True))
                slots.append((-half_w - gap - w - shift, -h / 2, _RIGHT, True))
        return slots

    def _own_bounds(self) -> QRectF:
        return self._rect.adjusted(-4, -S.BADGE_SIZE / 2 - 2, S.BADGE_SIZE / 2 + 2, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, lines.TABLE_CORNER, lines.TABLE_CORNER)
        return self._label_shape(path)

    def anchor_towards(self, target: QPointF) -> QPointF:
        return _rect_anchor(self.pos(), target, self._rect.width() / 2 * self.scale(),
                            self._rect.height() / 2 * self.scale())

    def _title_inside(self) -> bool:
        label = self.label
        return (label.isVisible() and abs(label.scale() - self.scale()) < 1e-6
                and abs(label.offset.y() - self.box.label_top * self.scale()) < 1e-6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(S.TABLE_FILL)
        painter.setPen(QPen(S.SELECTION if selected else S.TABLE_BORDER,
                            lines.TABLE_SELECTED_BORDER if selected else lines.TABLE_BORDER))
        painter.drawRoundedRect(self._rect, lines.TABLE_CORNER, lines.TABLE_CORNER)
        painter.setPen(QPen(S.TABLE_BORDER, lines.TABLE_INNER_BORDER))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect.adjusted(4, 4, -4, -4), lines.TABLE_INNER_CORNER,
                                lines.TABLE_INNER_CORNER)
        lod = _lod(self, option, painter)
        box = self.box
        if box.sublines and box.sub_px * lod >= S.MIN_DRAWN_PX and self._title_inside():
            top = box.label_top + box.line_height * len(box.lines)
            _paint_centred(painter, box.sublines, box.sub_px, top, S.MUTED_INK)
        if S.BADGE_SIZE * lod >= 2 * S.MIN_DRAWN_PX:
            framed = self.label is not None and self.label.is_framed()
            if not framed:  # a framed name carries the badge itself: never show it twice
                self._paint_badge(painter, self._rect.topRight())
            self._paint_pin(painter, self._rect.topLeft() + QPointF(6, 6))


class TypeTargetItem(NodeItem):
    """The target of a mandate on behalf of a whole type: "alle huisartsen @Noord"."""

    kind = "type-target"

    def __init__(self, uid: str) -> None:
        super().__init__(uid)
        self.setZValue(S.Z_TYPE_TARGET)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.box = L.node_box(L.BoxKind.TARGET, "")
        self._rect = QRectF(-self.box.width / 2, -self.box.height / 2, self.box.width,
                            self.box.height)
        self._colour = QColor(S.FALLBACK_STYLE.colour)
        self.text = ""

    def set_display(self, text: str, domain: str) -> None:
        self.prepareGeometryChange()
        self.text = text
        self.box = L.node_box(L.BoxKind.TARGET, text, S.FONT_PX)
        self._rect = QRectF(-self.box.width / 2, -self.box.height / 2, self.box.width,
                            self.box.height)
        self._bounds_cache = None
        self._colour = QColor(S.domain_style(domain).colour)
        self.setToolTip(rich(text))
        self.update()

    def _own_bounds(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def footprint(self) -> QRectF:
        return self.sceneTransform().mapRect(self._rect)

    def obstacle(self) -> QRectF:
        return self.footprint()

    def anchor_towards(self, target: QPointF) -> QPointF:
        factor = self.sceneTransform().m11()
        return _rect_anchor(self.scenePos(), target, self._rect.width() / 2 * factor,
                            self._rect.height() / 2 * factor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pen = QPen(self._colour.darker(140), lines.TARGET_BORDER, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(self._colour)
        fill.setAlpha(60)
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, lines.TARGET_CORNER, lines.TARGET_CORNER)
        if self.box.font_px * _lod(self, option, painter) >= S.MIN_DRAWN_PX:
            _paint_centred(painter, self.box.lines, self.box.font_px, self.box.label_top, S.INK)


# The lines live in their own module; their classes are part of this one's interface.
from stakeholders.ui.canvas.edges import (  # noqa: E402
    EdgeItem,
    MandateEdge,
    ParentEdge,
    RelationEdge,
    SeatEdge,
    clip_line,
)

__all__ = [
    "EdgeItem",
    "MandateEdge",
    "NodeItem",
    "ParentEdge",
    "PartyItem",
    "RelationEdge",
    "SeatEdge",
    "TableItem",
    "TypeTargetItem",
    "clip_line",
]
