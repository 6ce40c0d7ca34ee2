"""How changes since a snapshot look, on the canvas, in the panel and on the page.

*Nieuw* is green and drawn solid, *gewijzigd* orange and dashed, *weg* red and dotted
(where something that is gone is shown at all): the pattern tells them apart without
colour. Mandates on the timeline use the same idea: expired red, expiring within the
window of R-MND-01 orange, later grey-blue. Colours from Paul Tol's bright and vibrant
palettes, like the rest of the map (:mod:`stakeholders.look.style`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from stakeholders.model.diff import Change
from stakeholders.rules.expiry import Band

CHANGE_COLOURS: dict[Change, QColor] = {
    Change.ADDED: QColor("#228833"),
    Change.CHANGED: QColor("#EE7733"),
    Change.REMOVED: QColor("#CC3311"),
}
CHANGE_PENS: dict[Change, Qt.PenStyle] = {
    Change.ADDED: Qt.PenStyle.SolidLine,
    Change.CHANGED: Qt.PenStyle.DashLine,
    Change.REMOVED: Qt.PenStyle.DotLine,
}
#: The marks' outline width around a node and along a line (scene units at 1:1).
MARK_WIDTH = 5.0
#: How far a node's mark stands outside its shape.
MARK_GAP = 6.0
#: The opacity of a line's mark under the line itself.
LINE_MARK_ALPHA = 110

BAND_COLOURS: dict[Band, QColor] = {
    Band.EXPIRED: QColor("#CC3311"),
    Band.SOON: QColor("#EE7733"),
    Band.LATER: QColor("#4477AA"),
}
#: The light fill of each band's zone on the timeline.
BAND_ZONES: dict[Band, QColor] = {
    Band.EXPIRED: QColor("#f6dcd6"),
    Band.SOON: QColor("#fbe5d3"),
    Band.LATER: QColor("#e3eaf2"),
}


def mark_colour(change: Change, alpha: int = 255) -> QColor:
    """The colour of ``change`` with ``alpha``."""
    colour = QColor(CHANGE_COLOURS[change])
    colour.setAlpha(alpha)
    return colour


def mark_pen(change: Change, width: float, alpha: int = 255) -> QPen:
    """The pen of a mark of ``change``: its colour and pattern, flat ends."""
    pen = QPen(mark_colour(change, alpha), width)
    pen.setStyle(CHANGE_PENS[change])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen
