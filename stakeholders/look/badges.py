"""The flag badge: a count of open findings in the colour and shape of the worst level.

*vereist* is an octagon ("stop"), *aanbevolen* a rounded square, *signaal*
a circle, so the level never depends on colour alone. The canvas and the
page draw it with :func:`paint_badge`, each at its own size.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen, QPolygonF

from stakeholders.look import style as S


def octagon(rect: QRectF) -> QPolygonF:
    """The regular octagon inscribed in ``rect`` (a flat side on top)."""
    c = rect.center()
    r = rect.width() / 2
    return QPolygonF([
        QPointF(c.x() + r * math.cos(math.radians(22.5 + 45 * i)),
                c.y() + r * math.sin(math.radians(22.5 + 45 * i)))
        for i in range(8)
    ])


def paint_badge(painter: QPainter, rect: QRectF, count: int, level: str, *, border: float,
                corner: float, font: QFont) -> None:
    """Draw a badge with ``count`` in ``rect``: ``border`` wide in paper colour, ``corner``
    the radius of the rounded square, ``font`` for the number."""
    painter.setPen(QPen(S.PAPER, border))
    painter.setBrush(S.LEVEL_COLOURS.get(level, S.WAIVED_COLOUR))
    if level == "vereist":
        painter.drawPolygon(octagon(rect))
    elif level == "aanbevolen":
        painter.drawRoundedRect(rect, corner, corner)
    else:
        painter.drawEllipse(rect)
    painter.setPen(S.PAPER)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
