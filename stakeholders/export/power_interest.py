"""The power–interest grid: invloed (up) × belang (right), drawn for the window and for files.

:class:`PowerGrid` places the parties of a map in a 5 × 5 grid of their scores (1-5),
several parties of one cell as a list in that cell, and those without both scores in a
strip below ("nog niet gescoord"); a row is as high as its fullest cell needs, so every
name can be read. The four quadrants (scores 4-5 are much, 1-2 little; the middle row and
column, score 3, stay neutral) carry the usual advice: *nauw betrekken* (much influence,
much interest), *tevreden houden* (much influence, little interest), *informeren* (little
influence, much interest) and *monitoren*. The window's view (``ui/views/power.py``)
paints it and asks it where a drop lands; :func:`write_power_interest` writes it as PNG
or SVG, atomically.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from stakeholders.i18n import translator
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.look import style
from stakeholders.model import vocab
from stakeholders.model.entities import Party
from stakeholders.model.regionmap import RegionMap

_t = translator("power")

#: The lowest and highest score.
LOW, HIGH = 1, 5
#: Line height of a party in a cell, and the text size (pixels).
LINE_PX = 20.0
FONT_PX = 13
#: The size a file is drawn at (pixels; SVG units); taller when the names need it.
FILE_SIZE = QSize(1600, 1100)
_MARGIN_LEFT, _MARGIN_TOP, _MARGIN_RIGHT = 64.0, 30.0, 16.0
_AXIS_BOTTOM = 48.0
#: The lowest a row of the grid gets (pixels).
MIN_ROW_PX = 56.0
_QUADRANT_FILL = (QColor("#e8eef7"), QColor("#f4f1e8"), QColor("#eef5ee"), QColor("#f5f5f5"))


def quadrant_captions() -> dict[tuple[bool, bool], str]:
    """The advice per quadrant: (much influence, much interest) -> caption."""
    return {(True, True): _t("nauw betrekken"), (True, False): _t("tevreden houden"),
            (False, True): _t("informeren"), (False, False): _t("monitoren")}


def is_scored(party: Party) -> bool:
    return party.invloed is not None and party.belang is not None


@dataclass(frozen=True)
class Placed:
    """Where one party is drawn: its dot and the rectangle of dot and name."""

    uid: str
    naam: str
    domain: str
    dot: QPointF
    box: QRectF


class PowerGrid:
    """The grid of one map at one size."""

    def __init__(self, region: RegionMap, size: QSizeF) -> None:
        """Lay out for ``size``; rows grow beyond it (``self.size``) so every name fits."""
        self.font = QFont("DejaVu Sans")
        self.font.setPixelSize(FONT_PX)
        self.metrics = QFontMetricsF(self.font)
        scored = [p for p in region.parties if is_scored(p)]
        self.unscored = [p for p in region.parties if not is_scored(p)]
        strip = self._strip_height(size.width()) if self.unscored else 0.0
        cells: dict[tuple[int, int], list[Party]] = {}
        for party in scored:
            cells.setdefault((_clamp(party.invloed), _clamp(party.belang)), []).append(party)
        scores = range(LOW, HIGH + 1)
        needed = {i: max([len(cells.get((i, b), [])) for b in scores]) * LINE_PX + 8
                  for i in scores}
        #: The smallest height at which every name fits (a window scrolls beyond it).
        self.natural_height = (_MARGIN_TOP + _AXIS_BOTTOM + strip
                               + sum(max(h, MIN_ROW_PX) for h in needed.values()))
        spare = max(size.height() - self.natural_height, 0.0) / len(needed)
        self.row_height = {i: max(needed[i], MIN_ROW_PX) + spare for i in scores}
        self.size = QSizeF(size.width(), max(size.height(), self.natural_height))
        self.plot = QRectF(_MARGIN_LEFT, _MARGIN_TOP,
                           max(size.width() - _MARGIN_LEFT - _MARGIN_RIGHT, 50.0),
                           sum(self.row_height.values()))
        self.strip = QRectF(0, self.plot.bottom() + _AXIS_BOTTOM, size.width(), strip)
        self.placed: list[Placed] = []
        for (invloed, belang), parties in cells.items():
            self._place_in(self.cell_rect(invloed, belang), parties)
        self._place_strip()

    # -- geometry ----------------------------------------------------------------------
    def cell_rect(self, invloed: int, belang: int) -> QRectF:
        """The cell of a score pair (invloed grows upwards, belang to the right)."""
        width = self.plot.width() / (HIGH - LOW + 1)
        bottom = self.plot.bottom() - sum(self.row_height[i] for i in range(LOW, invloed))
        height = self.row_height[invloed]
        return QRectF(self.plot.left() + (belang - LOW) * width, bottom - height, width, height)

    def scores_at(self, point: QPointF) -> tuple[int, int] | None:
        """The (invloed, belang) of the cell under ``point``; ``None`` outside the grid."""
        if not self.plot.contains(point):
            return None
        for invloed in range(LOW, HIGH + 1):
            for belang in range(LOW, HIGH + 1):
                if self.cell_rect(invloed, belang).contains(point):
                    return invloed, belang
        return None

    def quadrant_rect(self, much_influence: bool, much_interest: bool) -> QRectF:
        """A quadrant's cells: scores 4-5 are much, 1-2 little; 3 is the neutral middle."""
        rows = (HIGH - 1, HIGH) if much_influence else (LOW, LOW + 1)
        columns = (HIGH - 1, HIGH) if much_interest else (LOW, LOW + 1)
        return self.cell_rect(rows[0], columns[0]).united(self.cell_rect(rows[1], columns[1]))

    def party_at(self, point: QPointF) -> str | None:
        """The uid of the party drawn under ``point``."""
        return next((p.uid for p in self.placed if p.box.contains(point)), None)

    def _strip_height(self, width: float) -> float:
        per_row = max(1, int(width // 220))
        return 28.0 + math.ceil(len(self.unscored) / per_row) * LINE_PX

    def _place_in(self, rect: QRectF, parties: list[Party]) -> None:
        inner = rect.adjusted(6, 4, -4, -4)
        per_column = max(1, int(inner.height() // LINE_PX))
        columns = math.ceil(len(parties) / per_column)
        width = inner.width() / columns
        for number, party in enumerate(parties):
            column, row = divmod(number, per_column)
            top_left = QPointF(inner.left() + column * width, inner.top() + row * LINE_PX)
            self._add(party, QRectF(top_left, QSizeF(width, LINE_PX)))

    def _place_strip(self) -> None:
        width = 220.0
        per_row = max(1, int(self.strip.width() // width))
        for number, party in enumerate(self.unscored):
            row, column = divmod(number, per_row)
            top_left = QPointF(self.strip.left() + 8 + column * width,
                               self.strip.top() + 24 + row * LINE_PX)
            self._add(party, QRectF(top_left, QSizeF(width - 8, LINE_PX)))

    def _add(self, party: Party, box: QRectF) -> None:
        dot = QPointF(box.left() + 6, box.center().y())
        self.placed.append(Placed(party.uid, party.naam or party.id,
                                  vocab.domain_of(party.type), dot, box))

    # -- drawing -------------------------------------------------------------------------
    def paint(self, painter: QPainter, selected: frozenset[str] = frozenset(),
              dragged: tuple[str, QPointF] | None = None) -> None:
        """Draw the grid; ``selected`` parties highlighted, ``dragged`` drawn at a point."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(QRectF(QPointF(0, 0), self.size), style.PAPER)
        self._paint_quadrants(painter)
        self._paint_axes(painter)
        painter.setFont(self.font)
        for placed in self.placed:
            if dragged is not None and placed.uid == dragged[0]:
                continue
            self._paint_party(painter, placed, placed.uid in selected, placed.dot)
        if dragged is not None:
            found = next((p for p in self.placed if p.uid == dragged[0]), None)
            if found is not None:
                self._paint_party(painter, found, True, dragged[1])

    def _paint_quadrants(self, painter: QPainter) -> None:
        captions = quadrant_captions()
        caption_font = QFont(self.font)
        caption_font.setPixelSize(16)
        caption_font.setBold(True)
        painter.setFont(caption_font)
        keys = ((True, False), (True, True), (False, False), (False, True))
        for fill, key in zip(_QUADRANT_FILL, keys, strict=True):
            box = self.quadrant_rect(*key)
            painter.fillRect(box, fill)
            # Above the grid for much influence, below it for little: never over a name.
            painter.setPen(QColor(style.GUIDE_INK))
            place = (QRectF(box.left(), 2, box.width(), _MARGIN_TOP - 4) if key[0] else
                     QRectF(box.left(), self.plot.bottom() + 1, box.width(), 22))
            flags = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if key[1] else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(place, int(flags), captions[key])
        painter.setPen(QPen(QColor(style.GUIDE_COLOUR), 1, Qt.PenStyle.DotLine))
        for score in range(LOW + 1, HIGH + 1):
            x = self.cell_rect(LOW, score).left()
            y = self.cell_rect(score, LOW).bottom()
            painter.drawLine(QPointF(x, self.plot.top()), QPointF(x, self.plot.bottom()))
            painter.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
        painter.setPen(QPen(QColor(style.GUIDE_INK), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.plot)

    def _paint_axes(self, painter: QPainter) -> None:
        painter.setFont(self.font)
        painter.setPen(style.INK)
        for score in range(LOW, HIGH + 1):
            column = self.cell_rect(LOW, score)
            painter.drawText(QRectF(column.left(), self.plot.bottom() + 2, column.width(), 18),
                             int(Qt.AlignmentFlag.AlignCenter), str(score))
            row = self.cell_rect(score, LOW)
            painter.drawText(QRectF(_MARGIN_LEFT - 22, row.top(), 18, row.height()),
                             int(Qt.AlignmentFlag.AlignCenter), str(score))
        painter.drawText(QRectF(self.plot.left(), self.plot.bottom() + 20, self.plot.width(),
                                22), int(Qt.AlignmentFlag.AlignCenter),
                         _t("Belang →"))
        painter.save()
        painter.translate(QPointF(16, self.plot.center().y()))
        painter.rotate(-90)
        painter.drawText(QRectF(-self.plot.height() / 2, -10, self.plot.height(), 22),
                         int(Qt.AlignmentFlag.AlignCenter), _t("Invloed →"))
        painter.restore()
        if self.unscored:
            painter.setPen(style.MUTED_INK)
            painter.drawText(QRectF(8, self.strip.top() + 2, self.strip.width() - 16, 20),
                             int(Qt.AlignmentFlag.AlignLeft),
                             _t("Nog niet gescoord (sleep een partij naar het raster):"))

    def _paint_party(self, painter: QPainter, placed: Placed, selected: bool,
                     dot: QPointF) -> None:
        colour = QColor(style.domain_style(placed.domain).colour)
        painter.setPen(QPen(style.SELECTION if selected else style.INK, 2 if selected else 1))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(dot, 5, 5)
        width = placed.box.width() - 16
        text = self.metrics.elidedText(placed.naam, Qt.TextElideMode.ElideRight, width)
        box = QRectF(dot.x() + 9, dot.y() - LINE_PX / 2, width, LINE_PX)
        if selected:
            font = QFont(self.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(style.SELECTION)
        else:
            painter.setPen(style.INK)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         text)
        painter.setFont(self.font)


def _clamp(score: int | None) -> int:
    return min(max(int(score or LOW), LOW), HIGH)


def grid_bytes(region: RegionMap, suffix: str) -> bytes:
    """The grid of ``region`` as a PNG (``.png``) or SVG (``.svg``) file's bytes."""
    grid = PowerGrid(region, QSizeF(FILE_SIZE))
    size = QSize(FILE_SIZE.width(), math.ceil(grid.size.height()))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(_t("Invloed en belang"))
        painter = QPainter(generator)
        try:
            grid.paint(painter)
        finally:
            painter.end()
    else:
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(style.PAPER)
        painter = QPainter(image)
        try:
            grid.paint(painter)
        finally:
            painter.end()
        image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_power_interest(path: Path, region: RegionMap) -> None:
    """Write the grid to ``path`` (PNG or SVG by its suffix), atomically."""
    path = Path(path)
    write_bytes_atomic(path, grid_bytes(region, path.suffix))
