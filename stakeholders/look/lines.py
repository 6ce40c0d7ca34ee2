"""How each kind of line looks: colour, width, dash pattern and arrow, as named constants.

The canvas, the printed map and the page's legend draw lines with these
styles, so a dashed mandate on screen is the same dashed mandate on paper
and in the legend. Widths are in scene units for 11 px names (the page
scales them to its own font). Dash patterns are in line widths (Qt's unit).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF

from stakeholders.look import style as S

#: The line ends: round on the canvas and the printed map (a dotted line shows dots).
PEN_CAP = Qt.PenCapStyle.RoundCap
#: The chair's and the initiators' seats are drawn this much wider.
LEADING_SEAT_EXTRA_WIDTH = 1.6


@dataclass(frozen=True)
class LineStyle:
    """One kind of line: colour, width, dash pattern (``()``: solid) and arrow head."""

    colour: QColor
    width: float
    dashes: tuple[float, ...] = ()
    arrow: bool = False

    def pen(self, width: float | None = None,
            cap: Qt.PenCapStyle = PEN_CAP) -> QPen:
        """A pen of this style (``width``: instead of the style's own width)."""
        pen = QPen(self.colour, self.width if width is None else width, Qt.PenStyle.SolidLine)
        pen.setCapStyle(cap)
        if self.dashes:
            pen.setDashPattern(list(self.dashes))
        return pen

    def wider(self, extra: float) -> LineStyle:
        """The same style ``extra`` units wider."""
        return LineStyle(self.colour, self.width + extra, self.dashes, self.arrow)


#: A seat in the kopgroep: solid and strong.
SEAT = LineStyle(S.SEAT_COLOUR, 2.4)
#: A seat in the tweede ring: thinner, dash-dotted.
SEAT_SECOND_RING = LineStyle(S.SEAT_SECOND_RING_COLOUR, 1.4, (6.0, 2.5, 1.0, 2.5))
#: A toehoorder's seat: thin and dotted.
SEAT_LISTENER = LineStyle(S.SEAT_SECOND_RING_COLOUR, 1.2, (1.0, 3.0))
#: A formal mandate: long dashes with an arrow towards whom the holder speaks for.
MANDATE_FORMAL = LineStyle(S.MANDATE_COLOUR, 1.8, (6.0, 3.0), arrow=True)
#: An informal mandate: short dashes with an arrow.
MANDATE_INFORMAL = LineStyle(S.MANDATE_COLOUR, 1.5, (2.5, 2.5), arrow=True)
#: A mandate none of whose rows is valid on the reference date: grey dashes.
MANDATE_EXPIRED = LineStyle(S.MANDATE_EXPIRED_COLOUR, 1.4, (5.0, 3.0), arrow=True)
#: A typed relation (financiert, informeert, …): dotted with an arrow.
RELATION = LineStyle(S.RELATION_COLOUR, 1.3, (1.0, 2.5), arrow=True)
#: A sub-table's link to its parent table.
PARENT_LINK = LineStyle(S.PARENT_LINK_COLOUR, 3.0, arrow=True)
#: The line that follows the mouse while the user connects two nodes.
CONNECTING = LineStyle(S.SELECTION, 2.0, (4.0, 2.0))

# -- outlines on the canvas (scene units; "cosmetic": screen pixels whatever the zoom) --------
#: A party's shape, and a selected one.
PARTY_OUTLINE = 1.2
PARTY_SELECTED_OUTLINE = 3.0
#: A table's outer border (selected: wider), its inner border, and their corner radii.
TABLE_BORDER = 2.5
TABLE_SELECTED_BORDER = 4.0
TABLE_INNER_BORDER = 0.8
TABLE_CORNER = 14.0
TABLE_INNER_CORNER = 10.0
#: An "alle ‹type›" target: a dashed border in its domain's colour, and its corner radius.
TARGET_BORDER = 1.4
TARGET_CORNER = 12.0
#: A pinned node's pin.
PIN_OUTLINE = 1.2
#: A selected line is drawn this much wider, in the selection colour.
SELECTED_LINE_EXTRA = 2.0
#: The outline of an arrow head.
ARROW_OUTLINE = 1.0
#: Guides: ring circles and domain hulls (dashed, cosmetic).
GUIDE_RING = 1.6
GUIDE_HULL = 1.4
#: A name's leader line to its node, and a framed table name (selected: wider).
LEADER = 0.9
NAME_FRAME = 2.0
NAME_SELECTED_FRAME = 3.0

#: Length of an arrow head on the canvas (scene units).
ARROW_SIZE = 9.0
#: Half the angle at an arrow's tip (radians).
ARROW_HALF_ANGLE = math.pi / 7


def arrow_head(line: QLineF, size: float) -> QPolygonF:
    """The arrow head at the end of ``line``: tip, then its two back corners."""
    angle = math.atan2(-line.dy(), line.dx())
    tip = line.p2()
    points = [tip]
    for turn in (-ARROW_HALF_ANGLE, ARROW_HALF_ANGLE):
        points.append(tip - QPointF(math.cos(angle + turn) * size,
                                    -math.sin(angle + turn) * size))
    return QPolygonF(points)
