"""A small timeline of dated mandates: expired, expiring within R-MND-01's window, later.

:class:`TimelineWidget` draws a :class:`~stakeholders.rules.expiry.MandateTimeline`: a
strip with the three zones (verlopen, binnenkort, later), the reference date, a dot per
mandate, and under it one line per mandate (date and who holds it for whom) in the colour
of its zone. Colours from :mod:`stakeholders.look.change_style`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stakeholders.i18n import translator
from stakeholders.look import change_style as C
from stakeholders.look import style as S
from stakeholders.model.dates import dutch_date
from stakeholders.rules.expiry import Band, MandateTimeline

_t = translator("timeline")

STRIP_H = 34.0
ROW_PX = 13.0
MARGIN = 8.0


def band_word(band: Band) -> str:
    return {Band.EXPIRED: _t("verlopen"), Band.SOON: _t("binnenkort"),
            Band.LATER: _t("later")}[band]


def span_of(timeline: MandateTimeline) -> tuple[date, date]:
    """The dates the strip runs between: every entry, and the window around the reference."""
    ref = timeline.reference
    dates = [e.until for e in timeline.entries]
    start = min([ref - timedelta(days=30), *dates])
    end = max([ref + timedelta(days=timeline.window + 60), *dates])
    return start - timedelta(days=7), end + timedelta(days=7)


class TimelineWidget(QWidget):
    """Draws a mandate timeline (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mandateTimeline")
        self.timeline: MandateTimeline | None = None
        self.font_ = QFont(S.FONT_FAMILY)
        self.font_.setPixelSize(int(ROW_PX) - 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_timeline(self, timeline: MandateTimeline | None) -> None:
        self.timeline = timeline
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 300)))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[str]:
        """The lines under the strip, as drawn (date, zone and mandate)."""
        if self.timeline is None:
            return []
        return [f"{dutch_date(e.until)} · {band_word(e.band)} · {e.text}"
                for e in self.timeline.entries]

    def _row_rects(self, width: float) -> list[QRectF]:
        """Where each row's text goes at ``width``: wrapped, one under the other."""
        metrics = QFontMetricsF(self.font_)
        text_w = max(60.0, width - 2 * MARGIN - 14)
        top = MARGIN + STRIP_H + 2 * ROW_PX + 8
        out = []
        for text in self.rows():
            rect = metrics.boundingRect(QRectF(0, 0, text_w, 10000),
                                        int(Qt.TextFlag.TextWordWrap), text)
            out.append(QRectF(MARGIN + 14, top, text_w, rect.height()))
            top += rect.height() + 4
        return out

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = self._row_rects(width)
        bottom = rects[-1].bottom() if rects else MARGIN + STRIP_H + 2 * ROW_PX
        return int(bottom + MARGIN)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 300)
        return QSize(300, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def _x(self, day: date, start: date, end: date, left: float, width: float) -> float:
        total = max(1, (end - start).days)
        return left + width * (day - start).days / total

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setFont(self.font_)
        timeline = self.timeline
        if timeline is None or not timeline.entries:
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                             int(Qt.TextFlag.TextWordWrap),
                             _t("Geen mandaten met een einddatum (geldig-tot)."))
            painter.end()
            return
        self._paint_strip(painter, timeline)
        self._paint_rows(painter, timeline)
        painter.end()

    def _paint_strip(self, painter: QPainter, timeline: MandateTimeline) -> None:
        start, end = span_of(timeline)
        left, width = MARGIN, self.width() - 2 * MARGIN
        top = MARGIN + 14
        ref = timeline.reference
        soon_end = ref + timedelta(days=timeline.window)
        zones = ((Band.EXPIRED, start, ref), (Band.SOON, ref, soon_end), (Band.LATER, soon_end,
                                                                          end))
        metrics = QFontMetricsF(self.font_)
        for band, a, b in zones:
            x0, x1 = self._x(a, start, end, left, width), self._x(b, start, end, left, width)
            painter.fillRect(QRectF(x0, top, x1 - x0, STRIP_H - 14), C.BAND_ZONES[band])
            painter.setPen(C.BAND_COLOURS[band].darker(130))
            word = band_word(band)
            if metrics.horizontalAdvance(word) < x1 - x0 - 4:
                painter.drawText(QPointF(x0 + 2, top - 3), word)
        x_ref = self._x(ref, start, end, left, width)
        painter.setPen(QPen(Qt.GlobalColor.black, 1.5))
        painter.drawLine(QPointF(x_ref, top - 2), QPointF(x_ref, top + STRIP_H - 12))
        mid = top + (STRIP_H - 14) / 2
        for entry in timeline.entries:
            x = self._x(entry.until, start, end, left, width)
            painter.setPen(QPen(Qt.GlobalColor.white, 1.5))
            painter.setBrush(C.BAND_COLOURS[entry.band])
            painter.drawEllipse(QPointF(x, mid), 5.0, 5.0)
        painter.setPen(Qt.GlobalColor.black)
        axis = top + STRIP_H - 14 + ROW_PX
        painter.drawText(QPointF(left, axis), dutch_date(start))
        text = dutch_date(end)
        painter.drawText(QPointF(left + width - metrics.horizontalAdvance(text), axis), text)
        ref_text = _t("peildatum {datum}").format(datum=dutch_date(ref))
        ref_w = metrics.horizontalAdvance(ref_text)
        ref_x = min(max(x_ref - ref_w / 2, left), left + width - ref_w)
        painter.drawText(QPointF(ref_x, axis + ROW_PX + 2), ref_text)

    def _paint_rows(self, painter: QPainter, timeline: MandateTimeline) -> None:
        rects = self._row_rects(self.width())
        metrics = QFontMetricsF(self.font_)
        for entry, text, rect in zip(timeline.entries, self.rows(), rects, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(C.BAND_COLOURS[entry.band])
            painter.drawEllipse(QPointF(MARGIN + 5, rect.top() + metrics.ascent() * 0.6),
                                4.5, 4.5)
            painter.setPen(C.BAND_COLOURS[entry.band].darker(150))
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
