"""Draw a page of the overview with a QPainter, identically on PDF, PNG and SVG.

Page coordinates are in units of 0.1 point (720 per inch); every device is
set up so that one unit is 0.1 pt, and every font is sized in pixels of
those units, so text and shapes keep their proportions on each device.

Two kinds of page (:data:`~stakeholders.export.options.PAGES`): the
*overzicht* (map, legend and domains per table on the left; what is missing
and the tables on the right) and the *kaart* (the map over the whole page,
the legend under it). The map is a :class:`~stakeholders.export.printmap.PrintMap`
laid out at print size, chosen with the paper by :mod:`stakeholders.export.plan`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPen

from stakeholders.export import divisions_page
from stakeholders.export.blocks import (
    draw_coverage,
    draw_missing,
    draw_tables,
    missing_html,
    tables_html,
)
from stakeholders.export.content import OverviewContent
from stakeholders.export.legend import draw_legend
from stakeholders.export.mapdraw import draw_map
from stakeholders.export.options import ExportOptions
from stakeholders.export.printmap import PrintMap
from stakeholders.export.textblocks import (
    MIN_TEXT,
    TEXT_COLOUR,
    UNITS_PER_INCH,
    UNITS_PER_POINT,
    draw_document,
    fit_document,
    one_line_size,
    page_font,
    rich_document,
)
from stakeholders.i18n import translator
from stakeholders.look import style as S

__all__ = ["UNITS_PER_INCH", "UNITS_PER_POINT", "OverviewPainter", "PageSpec", "map_area",
           "page_layout", "page_size"]

MARGIN = 250.0
GAP = 140.0
#: The room an aggregation note takes under the map (relative to the page scale).
NOTE_HEIGHT = 170.0


_t = translator("overview")


def _page_id(options: ExportOptions) -> QPageSize.PageSizeId:
    return QPageSize.PageSizeId.A3 if options.paper == "A3" else QPageSize.PageSizeId.A4


def page_size(options: ExportOptions) -> QSizeF:
    """The page size in units (0.1 pt) for the paper and orientation."""
    size = QPageSize(_page_id(options)).size(QPageSize.Unit.Millimeter)
    per_mm = UNITS_PER_INCH / 25.4  # exact: A4 is 210 x 297 mm, not 595 x 842 points
    width, height = size.width() * per_mm, size.height() * per_mm
    if options.orientation == "landscape":
        width, height = max(width, height), min(width, height)
    else:
        width, height = min(width, height), max(width, height)
    return QSizeF(width, height)


def page_layout(options: ExportOptions) -> QPageLayout:
    """The QPageLayout (no margins: the page draws its own) for a PDF writer."""
    return QPageLayout(
        QPageSize(_page_id(options)),
        QPageLayout.Orientation.Landscape if options.orientation == "landscape"
        else QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )


def _scale(size: QSizeF, options: ExportOptions) -> float:
    """Text sizes are designed for A4; larger paper gets proportionally larger text."""
    return size.width() / (8419.0 if options.orientation == "landscape" else 5953.0)


@dataclass
class _Boxes:
    title: QRectF
    map: QRectF
    legend: QRectF
    footer: QRectF
    flags: QRectF | None = None
    tables: QRectF | None = None
    coverage: QRectF | None = None


def _boxes(size: QSizeF, options: ExportOptions) -> _Boxes:
    width, height = size.width(), size.height()
    scale = _scale(size, options)
    title_h = 430.0 * scale
    footer_h = 260.0 * scale
    top = MARGIN + title_h
    bottom = height - MARGIN - footer_h
    body_h = bottom - top
    inner_w = width - 2 * MARGIN
    title = QRectF(MARGIN, MARGIN, inner_w, title_h - GAP / 2)
    footer = QRectF(MARGIN, bottom + GAP / 2, inner_w, footer_h - GAP / 2)
    landscape = options.orientation == "landscape"
    if options.page == "kaart":
        legend_h = body_h * (0.15 if landscape else 0.12)
        map_box = QRectF(MARGIN, top, inner_w, body_h - legend_h - GAP)
        legend = QRectF(MARGIN, map_box.bottom() + GAP, inner_w, legend_h)
        return _Boxes(title, map_box, legend, footer)
    if landscape:
        left_w = inner_w * 0.64
        right_x = MARGIN + left_w + GAP
        right_w = inner_w - left_w - GAP
        map_h = body_h * 0.77
        map_box = QRectF(MARGIN, top, left_w, map_h)
        band_top = top + map_h + GAP
        band_h = body_h - map_h - GAP
        legend_w = left_w * 0.56
        legend = QRectF(MARGIN, band_top, legend_w, band_h)
        coverage = QRectF(MARGIN + legend_w + GAP, band_top, left_w - legend_w - GAP, band_h)
        flags = QRectF(right_x, top, right_w, body_h)
    else:
        map_h = body_h * 0.5
        map_box = QRectF(MARGIN, top, inner_w, map_h)
        lower_top = top + map_h + GAP
        lower_h = body_h - map_h - GAP
        col_w = (inner_w - GAP) / 2
        legend_h = lower_h * 0.40
        legend = QRectF(MARGIN, lower_top, col_w, legend_h)
        coverage = QRectF(MARGIN, legend.bottom() + GAP, col_w, lower_h - legend_h - GAP)
        flags = QRectF(MARGIN + col_w + GAP, lower_top, col_w, lower_h)
    return _Boxes(title, map_box, legend, footer, flags, QRectF(flags.left(), flags.bottom(),
                                                                flags.width(), 0), coverage)


def map_area(options: ExportOptions, aggregated: bool = False) -> QRectF:
    """Where the map drawing goes on a page with ``options`` (units)."""
    size = page_size(options)
    inner = _boxes(size, options).map.adjusted(40, 40, -40, -40)
    if aggregated:
        inner.adjust(0, 0, 0, -(NOTE_HEIGHT + 20) * _scale(size, options))
    return inner


@dataclass
class PageSpec:
    """One page: its content, options (paper decided), the laid-out map and what was chosen."""

    content: OverviewContent
    options: ExportOptions
    printed: PrintMap | None
    name_pt: float = 0.0
    paper_note: str = ""  #: why this paper, said on the page


class OverviewPainter:
    """Draws one page for a :class:`PageSpec`."""

    def __init__(self, spec: PageSpec) -> None:
        self.spec = spec
        self.content = spec.content
        self.options = spec.options
        self.size = page_size(self.options)
        self.boxes = _boxes(self.size, self.options)
        self.scale = _scale(self.size, self.options)
        self.truncated = False
        self.text_size = MIN_TEXT
        #: Whether every flag and table fits its column at 5 pt or more.
        self.text_fits = True
        if self.boxes.flags is not None:
            self._split_right()

    def _split_right(self) -> None:
        """Size the flag list and the table list together at the largest common font size.

        Both get the same size; the table list gets the height it needs and the flags the
        rest. Only when even 5 pt is too big are flags left out (and the page says how many).
        """
        column = self.boxes.flags
        heading_h = 140 * self.scale
        width = column.width()
        content = self.content

        def heights(size: float) -> tuple[float, float]:
            flags = rich_document(missing_html(content.findings, content.subject_names, size,
                                               changes=content.extra.get("changes")),
                                  width, size).size().height()
            tables = rich_document(tables_html(content.tables, size), width, size).size().height()
            return flags + heading_h, tables + heading_h

        def fits(size: float) -> bool:
            flags, tables = heights(size)
            return flags + tables + GAP <= column.height()

        low, high = MIN_TEXT, 68 * self.scale
        self.text_fits = fits(low)
        if fits(high):
            low = high
        elif fits(low):
            for _ in range(10):
                middle = (low + high) / 2
                if fits(middle):
                    low = middle
                else:
                    high = middle
        self.text_size = low
        _flags, tables = heights(low)
        tables = min(tables, column.height() * 0.45)
        self.boxes.tables = QRectF(column.left(), column.bottom() - tables, width, tables)
        self.boxes.flags = QRectF(column.left(), column.top(), width,
                                  column.height() - tables - GAP)

    # -- whole page ----------------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        """Draw the page; the painter's coordinates must be units of 0.1 pt from the top left."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(QPointF(0, 0), self.size), QColor("#ffffff"))
        self._title(painter)
        self._map(painter)
        columns = (5 if self.options.orientation == "landscape" else 3) \
            if self.options.page == "kaart" else (3 if self.options.orientation == "landscape"
                                                  else 2)
        draw_legend(painter, self.boxes.legend, self.content, self.scale, columns)
        if self.boxes.flags is not None:
            self.truncated = draw_missing(painter, self.boxes.flags, self.content.findings,
                                          self.content.subject_names, self.text_size,
                                          self.scale, self.content.extra.get("changes"))
            draw_tables(painter, self.boxes.tables, self.content.tables, self.text_size,
                        self.scale)
            coverage = self.boxes.coverage
            schematic = divisions_page.page_schematic(self.content, self.options)
            if schematic is not None:  # the regio-indeling option (export/divisions_page.py)
                coverage, box = divisions_page.split(coverage)
                divisions_page.draw(painter, box, schematic, self.scale)
            draw_coverage(painter, coverage, self.content.coverage, self.scale)
        self._footer(painter)

    def _title(self, painter: QPainter) -> None:
        box = self.boxes.title
        content = self.content
        painter.setPen(QColor(TEXT_COLOUR))
        title_rect = QRectF(box.left(), box.top(), box.width() * 0.72, box.height() * 0.58)
        size = one_line_size(painter, content.title, title_rect.width(), 210 * self.scale,
                             110 * self.scale, bold=True)
        painter.setFont(page_font(size, bold=True))
        title = painter.fontMetrics().elidedText(content.title, Qt.TextElideMode.ElideRight,
                                                 int(title_rect.width()))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         title)
        sub_rect = QRectF(box.left(), title_rect.bottom() + 20 * self.scale,
                          box.width() * 0.72, box.height() * 0.35)
        size = one_line_size(painter, content.subtitle, sub_rect.width(), 95 * self.scale,
                             60 * self.scale)
        painter.setFont(page_font(size))
        painter.setPen(QColor("#444444"))
        subtitle = painter.fontMetrics().elidedText(content.subtitle, Qt.TextElideMode.ElideRight,
                                                    int(sub_rect.width()))
        painter.drawText(sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         subtitle)
        summary = "\n".join((_t("{n} open bevinding(en)").format(n=content.open_count),
                             _t("{n} bewuste keuze(s)").format(n=content.waived_count)))
        painter.setFont(page_font(100 * self.scale, bold=True))
        colour = S.LEVEL_COLOURS["vereist"] if any(
            f.level == "vereist" and not f.waived for f in content.flags) else QColor(TEXT_COLOUR)
        painter.setPen(colour)
        painter.drawText(QRectF(box.left() + box.width() * 0.72, box.top(), box.width() * 0.28,
                                box.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, summary)
        painter.setPen(QPen(QColor(S.TABLE_BORDER), 12))
        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))

    def _map(self, painter: QPainter) -> None:
        box = self.boxes.map
        painter.setPen(QPen(QColor("#bbbbbb"), 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        note = self.content.aggregated_note
        inner = map_area(self.options, bool(note))
        if note:
            doc, _fits = fit_document(
                lambda size: f"<p style='color:{S.LEVEL_COLOURS['aanbevolen'].name()}'><b>"
                             f"{html.escape(note)}</b></p>",
                QRectF(0, 0, inner.width(), NOTE_HEIGHT * self.scale), 70 * self.scale)
            draw_document(painter, doc, QRectF(inner.left(), inner.bottom() + 20 * self.scale,
                                               inner.width(), NOTE_HEIGHT * self.scale))
        printed = self.spec.printed
        if printed is None or printed.empty:
            painter.setFont(page_font(90 * self.scale))
            painter.setPen(QColor("#777777"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, _t("(lege kaart)"))
            return
        draw_map(painter, printed, inner)

    def _footer(self, painter: QPainter) -> None:
        box = self.boxes.footer
        painter.setPen(QPen(QColor("#cccccc"), 4))
        painter.drawLine(box.topLeft(), box.topRight())
        text = " ".join(x for x in (self.spec.paper_note, self.content.footer) if x)
        area = box.adjusted(0, 30, 0, 0)
        doc, _fits = fit_document(lambda size: f"<p style='color:#555'>{html.escape(text)}</p>",
                                  area,
                                  50 * self.scale)
        draw_document(painter, doc, area)
