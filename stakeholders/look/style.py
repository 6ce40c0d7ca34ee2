"""The visual language of the map: colours, shapes, sizes and z-values as named constants.

Colours come from Paul Tol's colour-blind-safe palettes, and every domain
also has its own shape, so a party's domain never depends on colour alone.
Lines encode their kind by pattern as well as colour: seats solid (the
second ring thinner and dashed-dotted), mandates dashed with an arrow,
relations dotted with an arrow (the line styles: :mod:`stakeholders.look.lines`).
The same constants draw the screen and the exported overview.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPolygonF

from stakeholders.layout import labels as L

# -- sizes (scene units) ---------------------------------------------------------
#: Sizes of names, shapes, tables and targets come from ``stakeholders.layout.labels``
#: (``node_box``), so the canvas draws exactly the boxes the layouts reserve.
FONT_PX = L.FONT_PX
PARTY_SIZE = L.SHAPE_PX
EDGE_LABEL_PX = 9.0
BADGE_SIZE = 20.0

# -- z-values -------------------------------------------------------------------
Z_GUIDE = -10.0
Z_RELATION = -3.0
Z_SEAT = -2.0
Z_MANDATE = -1.0
Z_TYPE_TARGET = 0.5
Z_PARTY = 1.0
Z_TABLE = 2.0
Z_GUIDE_TEXT = 3.5
Z_LABEL = 4.0
Z_DRAGGED = 10.0
Z_LABEL_HOVER = 12.0

# -- level of detail: by the size of text on screen, in pixels -----------------------
#: Text sizes on offer in Beeld > Tekstgrootte: the smallest size of a name on screen.
LABEL_SIZES = (10, 12, 14, 16, 20)
#: A line's label is shown at (setting - this) pixels at least.
EDGE_LABEL_SMALLER = 3
#: A line's label grows at most this much beyond its own size to stay readable.
EDGE_LABEL_MAX_GROWTH = 1.6
#: Texts inside a shape (a table's kind, "alle …") are left out below this many pixels.
MIN_DRAWN_PX = 5.0
#: Space between two labels on screen, pixels.
LABEL_GAP_PX = 2.0

# -- colours ----------------------------------------------------------------------
INK = QColor("#222222")
MUTED_INK = QColor("#555555")
PAPER = QColor("#ffffff")
CANVAS_BACKGROUND = QColor("#fbfbf8")
HALO = QColor(251, 251, 248, 225)  #: behind each line of a label, so lines don't cut letters
SELECTION = QColor("#0077BB")
HIGHLIGHT = QColor("#EE7733")
DIM_OPACITY = 0.18

SEAT_COLOUR = QColor("#4d4d4d")
SEAT_SECOND_RING_COLOUR = QColor("#8c8c8c")
MANDATE_COLOUR = QColor("#AA3377")
MANDATE_EXPIRED_COLOUR = QColor("#bbbbbb")
RELATION_COLOUR = QColor("#117733")
TABLE_FILL = QColor("#f2efe6")
TABLE_HALO = QColor(242, 239, 230, 235)  #: behind a table's name when it is drawn outside
TABLE_BORDER = QColor("#332288")
PARENT_LINK_COLOUR = QColor("#332288")
GUIDE_COLOUR = QColor("#a9a496")  #: ring circles
GUIDE_INK = QColor("#6b665a")  #: ring and wedge captions

LEVEL_COLOURS = {
    "vereist": QColor("#CC3311"),
    "aanbevolen": QColor("#EE7733"),
    "signaal": QColor("#0077BB"),
}
WAIVED_COLOUR = QColor("#999999")


@dataclass(frozen=True)
class DomainStyle:
    """How parties of one domain look: fill colour and shape name."""

    colour: str
    shape: str


#: One colour *and* one shape per domain (resources/domains.csv ids).
DOMAIN_STYLES: dict[str, DomainStyle] = {
    "financier": DomainStyle("#332288", "diamond"),
    "overheid": DomainStyle("#882255", "pentagon"),
    "publieke-gezondheid": DomainStyle("#117733", "cross"),
    "curatief": DomainStyle("#CC6677", "circle"),
    "eerstelijn": DomainStyle("#DDCC77", "rounded-square"),
    "ggz": DomainStyle("#AA4499", "hexagon"),
    "langdurig": DomainStyle("#44AA99", "octagon"),
    "sociaal-domein": DomainStyle("#999933", "triangle-up"),
    "burger": DomainStyle("#88CCEE", "star"),
    "kennis": DomainStyle("#BBBBBB", "triangle-down"),
    "veiligheid": DomainStyle("#555555", "square"),
    "overig": DomainStyle("#EEEEEE", "pill"),
}
FALLBACK_STYLE = DOMAIN_STYLES["overig"]


def domain_style(domain: str) -> DomainStyle:
    """The style of a domain (grey pill for an unknown one)."""
    return DOMAIN_STYLES.get(domain, FALLBACK_STYLE)


def _regular_polygon(sides: int, radius: float, rotation: float = -90.0) -> QPolygonF:
    points = []
    for i in range(sides):
        angle = math.radians(rotation + 360.0 * i / sides)
        points.append(QPointF(radius * math.cos(angle), radius * math.sin(angle)))
    return QPolygonF(points)


def _star(radius: float) -> QPolygonF:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.48
        angle = math.radians(-90.0 + 36.0 * i)
        points.append(QPointF(r * math.cos(angle), r * math.sin(angle)))
    return QPolygonF(points)


def shape_path(shape: str, size: float = PARTY_SIZE) -> QPainterPath:
    """The outline of a party shape, centred on (0, 0), about ``size`` across."""
    r = size / 2.0
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), r, r)
    elif shape == "rounded-square":
        path.addRoundedRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8), r * 0.35, r * 0.35)
    elif shape == "square":
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7))
    elif shape == "diamond":
        path.addPolygon(_regular_polygon(4, r * 1.1))
    elif shape == "triangle-up":
        path.addPolygon(_regular_polygon(3, r * 1.15))
    elif shape == "triangle-down":
        path.addPolygon(_regular_polygon(3, r * 1.15, rotation=90.0))
    elif shape == "pentagon":
        path.addPolygon(_regular_polygon(5, r * 1.02))
    elif shape == "hexagon":
        path.addPolygon(_regular_polygon(6, r, rotation=0.0))
    elif shape == "octagon":
        path.addPolygon(_regular_polygon(8, r, rotation=22.5))
    elif shape == "star":
        path.addPolygon(_star(r * 1.15))
    elif shape == "cross":
        arm = r * 0.38
        # Winding fill: the square where the bars overlap is inside, not a hole.
        path.setFillRule(Qt.FillRule.WindingFill)
        path.addRect(QRectF(-arm, -r, 2 * arm, 2 * r))
        path.addRect(QRectF(-r, -arm, 2 * r, 2 * arm))
        path = path.simplified()
    else:  # pill
        path.addRoundedRect(QRectF(-r * 1.1, -r * 0.6, r * 2.2, r * 1.2), r * 0.6, r * 0.6)
    path.closeSubpath()
    return path


# -- fonts ---------------------------------------------------------------------------
FONT_FAMILY = "DejaVu Sans"


@functools.cache
def _cached_font(pixel_size: int, bold: bool) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return searchable(font)


def label_font(pixel_size: int = 11, bold: bool = False) -> QFont:
    """A label font sized in scene units (pixels), so text scales exactly like the shapes
    on screen, in PNG and in PDF (point sizes would follow each device's DPI instead)."""
    return QFont(_cached_font(max(1, pixel_size), bold))


def searchable(font: QFont) -> QFont:
    """Switch off ligatures so "fi" stays two letters in a PDF (searchable, copyable)."""
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font

