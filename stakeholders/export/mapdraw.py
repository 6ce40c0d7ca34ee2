"""Draw a :class:`~stakeholders.export.printmap.PrintMap` into a box of the page.

The whole drawing is scaled by one factor (so every name has the same size);
lines go first, then tables and parties, then the line labels. Each name has
a white halo, so a line that passes behind it never runs through letters.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from stakeholders.export.mapgeom import FONT, SHAPE, PrintNode, Text, font, metrics
from stakeholders.export.maplayout import edge_line
from stakeholders.export.printmap import PrintMap
from stakeholders.look import style as S
from stakeholders.look.badges import paint_badge
from stakeholders.look.lines import arrow_head
from stakeholders.model.kinds import EntityKind

#: An arrow head on the page, map units.
ARROW_SIZE = 0.8 * FONT

_HALO = QColor(255, 255, 255, 225)


def draw_map(painter: QPainter, printed: PrintMap, box: QRectF) -> float:
    """Draw ``printed`` centred in ``box``; return the scale used (page units per map unit)."""
    scale = printed.scale_for(box)
    painter.save()
    try:
        painter.translate(box.center())
        painter.scale(scale, scale)
        painter.translate(-printed.bounds.center())
        _edges(painter, printed)
        tables_last = sorted(printed.geometry.nodes.values(),
                             key=lambda n: n.kind == EntityKind.TABLE)
        for node in tables_last:
            _node(painter, node, QPointF(*printed.positions[node.uid]))
        _edge_labels(painter, printed)
    finally:
        painter.restore()
    return scale


def _text(painter: QPainter, text: Text, at: QPointF, colour: QColor, halo: bool = True) -> None:
    rect = text.rect.translated(at)
    if halo:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_HALO)
        painter.drawRect(rect.adjusted(-0.1 * FONT, 0, 0.1 * FONT, 0))
    painter.setFont(font(text.size, text.bold))
    painter.setPen(colour)
    painter.drawText(QPointF(rect.left(), rect.top() + metrics(text.size, text.bold).ascent()),
                     text.text)


def _edges(painter: QPainter, printed: PrintMap) -> None:
    geometry = printed.geometry
    for index, edge in enumerate(geometry.edges):
        line = edge_line(geometry, printed.positions, index)
        if line.length() < 1:
            continue
        painter.setPen(edge.pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(line)
        if edge.arrow:
            _arrow(painter, line, edge.pen.color())


def _arrow(painter: QPainter, line: QLineF, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawPolygon(arrow_head(line, ARROW_SIZE))


def _node(painter: QPainter, node: PrintNode, at: QPointF) -> None:
    if node.kind == EntityKind.TABLE:
        body = node.body.translated(at)
        radius = 0.6 * FONT
        painter.setPen(QPen(S.TABLE_BORDER, 0.22 * FONT))
        painter.setBrush(S.TABLE_FILL)
        painter.drawRoundedRect(body, radius, radius)
        painter.setPen(QPen(S.TABLE_BORDER, 0.07 * FONT))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = 0.3 * FONT
        painter.drawRoundedRect(body.adjusted(inset, inset, -inset, -inset), radius * 0.7,
                                radius * 0.7)
        for text in node.texts:
            _text(painter, text, at, S.INK if text.bold else S.MUTED_INK, halo=False)
    else:
        painter.save()
        painter.translate(at)
        painter.setPen(QPen(S.INK, 0.07 * FONT))
        painter.setBrush(QColor(node.colour))
        painter.drawPath(S.shape_path(node.shape, SHAPE))
        painter.restore()
        for text in node.texts:
            _text(painter, text, at, S.INK)
    for target in node.targets:
        rect = target.rect.translated(at)
        colour = QColor(target.colour)
        pen = QPen(colour.darker(140), 0.1 * FONT, Qt.PenStyle.DashLine)
        fill = QColor(colour)
        fill.setAlpha(60)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 0.5 * FONT, 0.5 * FONT)
        for text in target.texts:
            _text(painter, text, at, S.INK, halo=False)
    if node.badge[0]:
        _badge(painter, node, at)


def _badge(painter: QPainter, node: PrintNode, at: QPointF) -> None:
    count, level = node.badge
    paint_badge(painter, node.badge_rect().translated(at), count, level, border=0.1 * FONT,
                corner=0.25 * FONT, font=font(FONT, True))


def _edge_labels(painter: QPainter, printed: PrintMap) -> None:
    for label in printed.labels:
        edge = printed.geometry.edges[label.edge]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_HALO)
        painter.drawRect(label.rect)
        text = Text(label.text, label.rect.left() + 0.15 * FONT, label.rect.top(),
                    label.rect.width() - 0.3 * FONT)
        _text(painter, text, QPointF(0, 0), edge.pen.color(), halo=False)
