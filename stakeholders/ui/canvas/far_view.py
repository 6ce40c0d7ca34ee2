"""Level of detail far out on a large map: every line and party drawn as one picture.

Zoomed out until a party is a few pixels wide (``labelling.FAR_SHAPE_PX``) on a map of
more than ``FAR_PICTURE_FROM_LINES`` lines (a province, the country), painting tens of
thousands of lines and parties one by one (a Python call each) takes seconds a frame.
The scene then hides those items and shows one :class:`FarPicture` instead: the lines
as one thin path per colour, the parties as dots in their domain's colour, kept as one
cached image (panning copies it). Tables keep their own items and names. As soon as the
view is nearer, the items come back and the picture goes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from stakeholders.look import style as S

#: A map with more lines than this is drawn as one picture when far out.
FAR_PICTURE_FROM_LINES = 2_500
#: Alpha of the far lines: thousands of them overlap into a grey haze, not a black blot.
LINE_ALPHA = 90


class FarPicture(QGraphicsItem):
    """The lines and parties of a scene as a few paths (display only, not selectable)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(S.Z_RELATION)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.lines: dict[int, QPainterPath] = {}
        self.dots: dict[int, QPainterPath] = {}
        self.line_count = 0
        self.dot_count = 0
        self._rect = QRectF()

    def rebuild(self, lines, parties) -> None:
        """Draw ``lines`` (edge items, straight from centre to centre) and ``parties``."""
        self.prepareGeometryChange()
        self.lines, self.dots = {}, {}
        for edge in lines:
            path = self.lines.setdefault(edge.pen.color().rgb(), QPainterPath())
            path.moveTo(edge.source.scenePos())
            path.lineTo(edge.target.scenePos())
        half = S.PARTY_SIZE / 2
        for party in parties:
            path = self.dots.setdefault(party.fill_colour().rgb(), QPainterPath())
            path.addRect(QRectF(party.scenePos() - QPointF(half, half),
                                QPointF(party.scenePos() + QPointF(half, half))))
        self.line_count, self.dot_count = len(lines), len(parties)
        rect = QRectF()
        for path in [*self.lines.values(), *self.dots.values()]:
            rect = rect.united(path.boundingRect())
        self._rect = rect.adjusted(-half, -half, half, half)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rgb, path in self.lines.items():
            colour = QColor.fromRgb(rgb)
            colour.setAlpha(LINE_ALPHA)
            pen = QPen(colour, 0)  # cosmetic: one pixel whatever the zoom
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for rgb, path in self.dots.items():
            painter.fillPath(path, QColor.fromRgb(rgb))
