"""Display-only canvas items: parties, tables, and the lines between them.

Items hold display values only (name, colour, shape, badge); they never read
or change the model. The scene creates them from the Document, feeds them
new display values when the model changes, and owns the uid ↔ item maps.
Nodes tell their lines when they move so the lines follow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from stakeholders.ui.canvas import style as S

# -- text helpers ----------------------------------------------------------------------


def wrap_text(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Wrap ``text`` into at most ``max_lines`` lines of ``width``; the last gets an ellipsis."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        while metrics.horizontalAdvance(word) > width and len(word) > 1:
            # A word longer than the line: break it.
            cut = len(word)
            while cut > 1 and metrics.horizontalAdvance(word[:cut] + "-") > width:
                cut -= 1
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:cut] + "-")
            word = word[cut:]
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
        else:
            if current:
                lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = metrics.elidedText(
            " ".join([kept[-1], *lines[max_lines:]]), Qt.TextElideMode.ElideRight, width
        )
        lines = kept
    return lines or [""]


@dataclass
class _Label:
    """A wrapped label cached as static text lines."""

    lines: list[QStaticText]
    widths: list[float]
    line_height: float

    @classmethod
    def build(cls, text: str, font, width: float, max_lines: int) -> _Label:
        metrics = QFontMetricsF(font)
        lines = wrap_text(text, metrics, width, max_lines)
        statics = []
        for line in lines:
            static = QStaticText(line)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            statics.append(static)
        return cls(statics, [metrics.horizontalAdvance(x) for x in lines], metrics.height())

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)

    def paint(self, painter: QPainter, centre_x: float, top: float) -> None:
        y = top
        for static, width in zip(self.lines, self.widths, strict=True):
            painter.drawStaticText(QPointF(centre_x - width / 2.0, y), static)
            y += self.line_height


def _lod(item: QGraphicsItem, option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    """The zoom level for level-of-detail decisions; an export scene always draws in full."""
    if getattr(item.scene(), "full_detail", False):
        return 1.0
    return option.levelOfDetailFromTransform(painter.worldTransform())


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
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    def centre(self) -> QPointF:
        return self.pos()

    def anchor_towards(self, target: QPointF) -> QPointF:
        """Where a line towards ``target`` leaves this node's outline."""
        return self.pos()

    def set_badge(self, count: int, level: str) -> None:
        """Show the number of open flags (0 hides the badge) and the highest level."""
        if (count, level) != (self.badge_count, self.badge_level):
            self.badge_count, self.badge_level = count, level
            self.update()

    def set_pinned(self, pinned: bool) -> None:
        if pinned != self.pinned:
            self.pinned = pinned
            self.update()

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)

    def _paint_badge(self, painter: QPainter, centre: QPointF) -> None:
        if self.badge_count <= 0:
            return
        colour = S.LEVEL_COLOURS.get(self.badge_level, S.WAIVED_COLOUR)
        rect = QRectF(centre.x() - S.BADGE_SIZE / 2, centre.y() - S.BADGE_SIZE / 2,
                      S.BADGE_SIZE, S.BADGE_SIZE)
        painter.setPen(QPen(S.PAPER, 1.5))
        painter.setBrush(colour)
        if self.badge_level == "vereist":  # octagon: "stop"
            painter.drawPolygon(_octagon(rect))
        elif self.badge_level == "aanbevolen":  # rounded square
            painter.drawRoundedRect(rect, 4, 4)
        else:
            painter.drawEllipse(rect)
        painter.setPen(S.PAPER)
        painter.setFont(S.label_font(9, bold=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self.badge_count))

    def _paint_pin(self, painter: QPainter, at: QPointF) -> None:
        if not self.pinned:
            return
        painter.setPen(QPen(S.INK, 1.2))
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


def clip_line(line: QLineF, rect: QRectF) -> tuple[QPointF, QPointF] | None:
    """The part of ``line`` inside ``rect`` (Liang-Barsky), or ``None`` when outside.

    Stroking a long dashed line costs time along its whole length even where it is
    clipped away; drawing only the exposed part keeps a drag frame fast.
    """
    x0, y0, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - rect.left()), (dx, rect.right() - x0),
                 (-dy, y0 - rect.top()), (dy, rect.bottom() - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return None
    return (QPointF(x0 + low * dx, y0 + low * dy), QPointF(x0 + high * dx, y0 + high * dy))


def _octagon(rect: QRectF) -> QPolygonF:
    c = rect.center()
    r = rect.width() / 2
    return QPolygonF([
        QPointF(c.x() + r * math.cos(math.radians(22.5 + 45 * i)),
                c.y() + r * math.sin(math.radians(22.5 + 45 * i)))
        for i in range(8)
    ])


class PartyItem(NodeItem):
    """A party: a shape in its domain's colour and shape, its name wrapped below."""

    kind = "party"

    def __init__(self, uid: str) -> None:
        super().__init__(uid)
        self.setZValue(S.Z_PARTY)
        self._shape = S.shape_path("circle")
        self._fill = QColor(S.FALLBACK_STYLE.colour)
        self._label = _Label.build("", S.label_font(), S.LABEL_WIDTH, S.LABEL_MAX_LINES)
        self._bounds = QRectF()
        self.name = ""
        self.caption = ""
        self._update_bounds()

    def set_display(self, name: str, domain: str, caption: str = "") -> None:
        """Show ``name`` (wrapped) in the colour and shape of ``domain``."""
        domain_style = S.domain_style(domain)
        self.prepareGeometryChange()
        self.name = name
        self.caption = caption
        self._shape = S.shape_path(domain_style.shape)
        self._fill = QColor(domain_style.colour)
        self._label = _Label.build(name, S.label_font(), S.LABEL_WIDTH, S.LABEL_MAX_LINES)
        self.setToolTip(f"{name}\n{caption}" if caption else name)
        self._update_bounds()
        self.update()

    def _update_bounds(self) -> None:
        half = S.PARTY_SIZE / 2 + 4
        label_top = half + 2
        width = max(S.PARTY_SIZE + 8, max(self._label.widths or [0]) + 4)
        self._bounds = QRectF(-width / 2, -half - S.BADGE_SIZE / 2,
                              width, half + S.BADGE_SIZE / 2 + label_top + self._label.height + 2)

    def label_top(self) -> float:
        return S.PARTY_SIZE / 2 + 6

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._shape)
        width = max(self._label.widths or [0])
        path.addRect(QRectF(-width / 2, self.label_top(), width, self._label.height))
        return path

    def anchor_towards(self, target: QPointF) -> QPointF:
        centre = self.pos()
        line = QLineF(centre, target)
        if line.length() < 1:
            return centre
        line.setLength(S.PARTY_SIZE / 2 * self.scale())
        return line.p2()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = _lod(self, option, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(S.SELECTION if selected else S.INK, 3.0 if selected else 1.2))
        painter.setBrush(self._fill)
        painter.drawPath(self._shape)
        if lod < S.LOD_LABELS:
            return
        painter.setPen(S.INK)
        painter.setFont(S.label_font())
        self._label.paint(painter, 0.0, self.label_top())
        self._paint_badge(painter, QPointF(S.PARTY_SIZE / 2, -S.PARTY_SIZE / 2))
        self._paint_pin(painter, QPointF(-S.PARTY_SIZE / 2, -S.PARTY_SIZE / 2))


class TableItem(NodeItem):
    """A table: a large rounded rectangle with a double border, its name and kind inside."""

    kind = "table"

    def __init__(self, uid: str) -> None:
        super().__init__(uid)
        self.setZValue(S.Z_TABLE)
        self.name = ""
        self.kind_label = ""
        self._rect = QRectF(-S.TABLE_WIDTH / 2, -S.TABLE_HEIGHT / 2, S.TABLE_WIDTH,
                            S.TABLE_HEIGHT)
        self._title = _Label.build("", S.label_font(12, True), S.TABLE_WIDTH - 16, 2)
        self._kind = _Label.build("", S.label_font(9), S.TABLE_WIDTH - 16, 1)

    def set_display(self, name: str, kind_label: str, extra: str = "") -> None:
        """Show the table's name and kind (``extra``: e.g. the independent chair)."""
        self.name, self.kind_label = name, kind_label
        self._title = _Label.build(name, S.label_font(12, True), S.TABLE_WIDTH - 16, 2)
        self._kind = _Label.build(kind_label, S.label_font(9), S.TABLE_WIDTH - 16, 1)
        self.setToolTip("\n".join(x for x in (name, kind_label, extra) if x))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -S.BADGE_SIZE / 2 - 2, S.BADGE_SIZE / 2 + 2, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 14, 14)
        return path

    def anchor_towards(self, target: QPointF) -> QPointF:
        return _rect_anchor(self.pos(), target, S.TABLE_WIDTH / 2 * self.scale(),
                            S.TABLE_HEIGHT / 2 * self.scale())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(S.TABLE_FILL)
        painter.setPen(QPen(S.SELECTION if selected else S.TABLE_BORDER,
                            4.0 if selected else 2.5))
        painter.drawRoundedRect(self._rect, 14, 14)
        painter.setPen(QPen(S.TABLE_BORDER, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect.adjusted(4, 4, -4, -4), 10, 10)
        if _lod(self, option, painter) >= S.LOD_LABELS / 2:
            painter.setPen(S.INK)
            total = self._title.height + self._kind.height
            top = -total / 2
            painter.setFont(S.label_font(12, True))
            self._title.paint(painter, 0.0, top)
            painter.setPen(S.MUTED_INK)
            painter.setFont(S.label_font(9))
            self._kind.paint(painter, 0.0, top + self._title.height)
        self._paint_badge(painter, self._rect.topRight())
        self._paint_pin(painter, self._rect.topLeft() + QPointF(6, 6))


class TypeTargetItem(NodeItem):
    """The target of a mandate on behalf of a whole type: "alle huisartsen @Noord"."""

    kind = "type-target"

    def __init__(self, uid: str) -> None:
        super().__init__(uid)
        self.setZValue(S.Z_TYPE_TARGET)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self._rect = QRectF(-S.TYPE_TARGET_WIDTH / 2, -S.TYPE_TARGET_HEIGHT / 2,
                            S.TYPE_TARGET_WIDTH, S.TYPE_TARGET_HEIGHT)
        self._label = _Label.build("", S.label_font(9), S.TYPE_TARGET_WIDTH - 10, 2)
        self._colour = QColor(S.FALLBACK_STYLE.colour)

    def set_display(self, text: str, domain: str) -> None:
        self._label = _Label.build(text, S.label_font(9), S.TYPE_TARGET_WIDTH - 10, 2)
        self._colour = QColor(S.domain_style(domain).colour)
        self.setToolTip(text)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def anchor_towards(self, target: QPointF) -> QPointF:
        factor = self.sceneTransform().m11()
        return _rect_anchor(self.scenePos(), target, S.TYPE_TARGET_WIDTH / 2 * factor,
                            S.TYPE_TARGET_HEIGHT / 2 * factor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pen = QPen(self._colour.darker(140), 1.4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(self._colour)
        fill.setAlpha(60)
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, 12, 12)
        if _lod(self, option, painter) >= S.LOD_LABELS:
            painter.setPen(S.INK)
            painter.setFont(S.label_font(9))
            self._label.paint(painter, 0.0, -self._label.height / 2)


# -- lines ---------------------------------------------------------------------------------
class EdgeItem(QGraphicsItem):
    """A line between two nodes that follows them; pen, arrow and label per kind."""

    kind = "edge"

    def __init__(self, uid: str, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.uid = uid
        self.source = source
        self.target = target
        source.edges.append(self)
        target.edges.append(self)
        self.pen = QPen(S.SEAT_COLOUR, 1.5)
        self.pen.setCapStyle(S.PEN_CAP)
        self.arrow = False
        self.label = ""
        self._label_static: QStaticText | None = None
        self._line = QLineF()
        self._path = QPainterPath()
        self._bounds = QRectF()
        self.factor = 1.0  #: line and label scale (enlarged on a printed page)
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
        self._label_static = QStaticText(label) if label else None
        if self._label_static is not None:
            self._label_static.prepare(font=S.label_font(9))
        self.adjust()

    def adjust(self) -> None:
        """Recompute the geometry after a node moved."""
        start = self.source.anchor_towards(self.target.scenePos())
        end = self.target.anchor_towards(self.source.scenePos())
        line = QLineF(start, end)
        self.prepareGeometryChange()
        self._line = line
        path = QPainterPath(line.p1())
        path.lineTo(line.p2())
        self._path = path
        extra = (12.0 if (self.arrow or self.label) else 3.0) * self.factor
        wide = 40.0 * bool(self.label) * self.factor
        self._bounds = QRectF(line.p1(), line.p2()).normalized().adjusted(
            -extra - wide, -extra, extra + wide, extra
        )

    def set_factor(self, factor: float) -> None:
        """Draw lines, arrows and labels ``factor`` times larger."""
        self.factor = factor
        if self._label_static is not None:
            self._label_static.prepare(font=S.label_font(round(9 * factor)))
        self.adjust()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(8.0, self.pen.widthF() + 6))
        return stroker.createStroke(self._path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._line.length() < 1:
            return
        if getattr(self.scene(), "dragging", False):
            # during a drag: a thin solid line, no arrow, no label (full quality on release)
            painter.setPen(QPen(self.pen.color(), 0))
            painter.drawLine(self._line)
            return
        pen = QPen(self.pen)
        pen.setWidthF(pen.widthF() * self.factor)
        if option.state & QStyle.StateFlag.State_Selected:
            pen.setColor(S.SELECTION)
            pen.setWidthF(pen.widthF() + 2)
        visible = clip_line(self._line, option.exposedRect.adjusted(-4, -4, 4, 4))
        if visible is not None:
            start, end = visible
            if pen.style() != Qt.PenStyle.SolidLine and pen.widthF() > 0:
                # keep the dash phase of the whole line, so clipped dashes don't shimmer
                pen.setDashOffset(pen.dashOffset()
                                  + QLineF(self._line.p1(), start).length() / pen.widthF())
            painter.setPen(pen)
            painter.drawLine(QLineF(start, end))
        if self.arrow:
            self._paint_arrow(painter, pen.color())
        if self._label_static is not None and _lod(self, option, painter) >= S.LOD_EDGE_LABELS:
            mid = self._line.center()
            size = self._label_static.size()
            box = QRectF(mid.x() - size.width() / 2 - 2, mid.y() - size.height() / 2 - 1,
                         size.width() + 4, size.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawRect(box)
            painter.setPen(pen.color())
            painter.setFont(S.label_font(round(9 * self.factor)))
            painter.drawStaticText(box.topLeft() + QPointF(2, 1), self._label_static)

    def _paint_arrow(self, painter: QPainter, colour: QColor) -> None:
        line = self._line
        angle = math.atan2(-line.dy(), line.dx())
        size = 9.0 * self.factor
        tip = line.p2()
        left = tip - QPointF(math.cos(angle - math.pi / 7) * size,
                             -math.sin(angle - math.pi / 7) * size)
        right = tip - QPointF(math.cos(angle + math.pi / 7) * size,
                              -math.sin(angle + math.pi / 7) * size)
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(QPolygonF([tip, left, right]))


class SeatEdge(EdgeItem):
    """A seat: party ─ table. Kopgroep solid and strong, tweede ring thin, toehoorder dotted."""

    kind = "seat"


class MandateEdge(EdgeItem):
    """A mandate: holder ⇢ represented party (dashed arrow, labelled "namens …")."""

    kind = "mandate"


class RelationEdge(EdgeItem):
    """A typed relation (financiert, informeert, …): dotted arrow with its label."""

    kind = "relation"


class ParentEdge(EdgeItem):
    """A sub-table's link to its parent table."""

    kind = "parent"
