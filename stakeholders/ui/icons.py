"""The tool bar's icons, drawn as vectors (sharp at any size, no image files, no theme).

Each icon is a few strokes in the map's own vocabulary: a party is a circle, a
table a rounded rectangle, a seat the line between them, a mandate a dashed
arrow. Buttons show only their icon and keep their width whatever the action's
text (Undo says what it undoes in its tooltip), so the tool bar never moves.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)

from stakeholders.look import style as S

INK = QColor("#2b2b2b")
ACCENT = S.SELECTION
DISABLED = QColor("#a0a0a0")

Painter = Callable[[QPainter, QColor], None]


def _pen(colour: QColor, width: float = 1.6, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _arrow_head(p: QPainter, tip: QPointF, angle: float, size: float = 4.0) -> None:
    path = QPainterPath(tip)
    for side in (-0.5, 0.5):
        path.moveTo(tip)
        path.lineTo(tip - QPointF(math.cos(angle + side) * size, math.sin(angle + side) * size))
    p.drawPath(path)


def _plus(p: QPainter, centre: QPointF, colour: QColor) -> None:
    p.setPen(_pen(colour, 2.0))
    p.drawLine(centre + QPointF(-3, 0), centre + QPointF(3, 0))
    p.drawLine(centre + QPointF(0, -3), centre + QPointF(0, 3))


# -- the drawings, on a 24 × 24 grid ------------------------------------------------------------
def _open(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    path = QPainterPath(QPointF(3, 7))
    for x, y in ((9, 7), (11, 9), (20, 9), (20, 19), (3, 19)):
        path.lineTo(x, y)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(3, 12), QPointF(20, 12))


def _save(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    p.drawRoundedRect(QRectF(4, 4, 16, 16), 2, 2)
    p.drawRect(QRectF(8, 4, 8, 5))
    p.drawRect(QRectF(7, 13, 10, 7))


def _turn(p: QPainter, c: QColor, mirror: bool) -> None:
    p.save()
    if mirror:
        p.setTransform(QTransform(-1, 0, 0, 1, 24, 0), True)  # mirrored about x = 12
    p.setPen(_pen(c, 1.8))
    path = QPainterPath(QPointF(6, 10))
    path.cubicTo(QPointF(10, 5), QPointF(19, 6), QPointF(19, 13))
    path.cubicTo(QPointF(19, 17), QPointF(16, 19), QPointF(12, 19))
    p.drawPath(path)
    p.drawLine(QPointF(6, 10), QPointF(6, 5))
    p.drawLine(QPointF(6, 10), QPointF(11, 10))
    p.restore()


def _party(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    p.drawEllipse(QRectF(3, 6, 12, 12))
    _plus(p, QPointF(18.5, 6.5), ACCENT)


def _table(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    p.drawRoundedRect(QRectF(2, 8, 16, 10), 3, 3)
    p.drawRoundedRect(QRectF(4, 10, 12, 6), 2, 2)
    _plus(p, QPointF(19.5, 5.5), ACCENT)


def _seat(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    p.drawEllipse(QRectF(2, 13, 8, 8))
    p.drawRoundedRect(QRectF(13, 3, 9, 7), 2, 2)
    p.drawLine(QPointF(8.5, 14.5), QPointF(14.5, 9.5))


def _mandate(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    p.drawEllipse(QRectF(2, 13, 8, 8))
    p.drawEllipse(QRectF(14, 3, 8, 8))
    p.setPen(_pen(S.MANDATE_COLOUR, 1.6, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(9, 14), QPointF(14.5, 9.5))
    p.setPen(_pen(S.MANDATE_COLOUR, 1.6))
    _arrow_head(p, QPointF(15, 9), -math.pi / 4 + math.pi, 4.5)


def _fit(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    for x, y, dx, dy in ((3, 3, 1, 1), (21, 3, -1, 1), (3, 21, 1, -1), (21, 21, -1, -1)):
        p.drawLine(QPointF(x, y), QPointF(x + 5 * dx, y))
        p.drawLine(QPointF(x, y), QPointF(x, y + 5 * dy))
    p.drawEllipse(QRectF(8, 8, 8, 8))


def _find(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 2.0))
    p.drawEllipse(QRectF(4, 4, 11, 11))
    p.drawLine(QPointF(13.5, 13.5), QPointF(20, 20))


def _export(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    path = QPainterPath(QPointF(5, 3))
    for x, y in ((14, 3), (19, 8), (19, 21), (5, 21)):
        path.lineTo(x, y)
    path.closeSubpath()
    p.drawPath(path)
    p.setPen(_pen(ACCENT, 1.8))
    p.drawLine(QPointF(12, 9), QPointF(12, 17))
    _arrow_head(p, QPointF(12, 17.5), math.pi / 2)


def _workshop(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c))
    p.drawRect(QRectF(3, 4, 18, 12))
    p.drawLine(QPointF(12, 16), QPointF(8, 21))
    p.drawLine(QPointF(12, 16), QPointF(16, 21))
    p.setPen(_pen(ACCENT))
    p.drawEllipse(QRectF(6, 7, 4, 4))
    p.drawRoundedRect(QRectF(12, 9, 6, 4), 1, 1)


ICONS: dict[str, Painter] = {
    "open": _open,
    "save": _save,
    "undo": lambda p, c: _turn(p, c, False),
    "redo": lambda p, c: _turn(p, c, True),
    "party": _party,
    "table": _table,
    "seat": _seat,
    "mandate": _mandate,
    "fit": _fit,
    "find": _find,
    "export": _export,
    "workshop": _workshop,
}


class _VectorEngine(QIconEngine):
    """Paints one of :data:`ICONS` at whatever size and state is asked for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(rect.topLeft())
        side = min(rect.width(), rect.height())
        painter.scale(side / 24.0, side / 24.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ICONS[self.name](painter, DISABLED if mode == QIcon.Mode.Disabled else INK)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _VectorEngine(self.name)


def icon(name: str) -> QIcon:
    """The icon ``name`` (one of :data:`ICONS`)."""
    if name not in ICONS:
        raise KeyError(f"no icon {name!r}")
    return QIcon(_VectorEngine(name))
