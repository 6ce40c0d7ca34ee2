"""Draw the overview page with a QPainter, identically on PDF, PNG and SVG.

Page coordinates are in units of 0.1 point (720 per inch); every device is
set up so that one unit is 0.1 pt, and every font is sized in pixels of
those units, so text and shapes keep their proportions on each device.
The map is rendered from a fresh off-screen scene built from the model,
never from the live, selected canvas.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
    QTextOption,
)

from stakeholders.export.content import OverviewContent
from stakeholders.export.options import ExportOptions
from stakeholders.i18n import tr
from stakeholders.model import vocab
from stakeholders.model.document import Document
from stakeholders.rules.catalogue import default_catalogue
from stakeholders.ui.canvas import style as S
from stakeholders.ui.canvas.scene import MapScene

UNITS_PER_POINT = 10
UNITS_PER_INCH = 72 * UNITS_PER_POINT
MARGIN = 250.0
GAP = 140.0
TEXT_COLOUR = "#222222"
#: Smallest size of the flag list (units of 0.1 pt); only below it are flags left out.
MIN_FLAG_TEXT = 30.0
#: Smallest label size on the printed map, in points; smaller gets enlarged.
MIN_MAP_LABEL_PT = 4.5


def _t(text: str) -> str:
    return tr("overview", text)


def page_size(options: ExportOptions) -> QSizeF:
    """The page size in units (0.1 pt) for the paper and orientation."""
    size = QPageSize(QPageSize.PageSizeId.A3 if options.paper == "A3"
                     else QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
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
        QPageSize(QPageSize.PageSizeId.A3 if options.paper == "A3" else QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if options.orientation == "landscape"
        else QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(S.FONT_FAMILY)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    S.searchable(font)
    return font


def _document(body: str, width: float, size: float) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(size))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setUseDesignMetrics(True)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(f"body {{ color: {TEXT_COLOUR}; }} p {{ margin: 0; }}")
    doc.setHtml(f"<body>{body}</body>")
    doc.setTextWidth(width)
    return doc


def _fit(make_html, box: QRectF, largest: float, smallest: float) -> tuple[QTextDocument, bool]:
    """The largest font size (in units) at which the text fits the box."""
    size = largest
    while True:
        doc = _document(make_html(size), box.width(), size)
        if doc.size().height() <= box.height() or size <= smallest:
            return doc, doc.size().height() <= box.height()
        size = max(smallest, size * 0.9)


def _draw_doc(painter: QPainter, doc: QTextDocument, box: QRectF) -> None:
    painter.save()
    painter.translate(box.topLeft())
    doc.drawContents(painter, QRectF(0, 0, box.width(), box.height()))
    painter.restore()


@dataclass
class _Boxes:
    title: QRectF
    map: QRectF
    legend: QRectF
    flags: QRectF
    tables: QRectF
    coverage: QRectF
    footer: QRectF


def _boxes(size: QSizeF, options: ExportOptions) -> _Boxes:
    width, height = size.width(), size.height()
    scale = width / 8419.0 if options.orientation == "landscape" else width / 5953.0
    title_h = 430.0 * scale
    footer_h = 230.0 * scale
    top = MARGIN + title_h
    bottom = height - MARGIN - footer_h
    body_h = bottom - top
    inner_w = width - 2 * MARGIN
    title = QRectF(MARGIN, MARGIN, inner_w, title_h - GAP / 2)
    footer = QRectF(MARGIN, bottom + GAP / 2, inner_w, footer_h - GAP / 2)
    if options.orientation == "landscape":
        left_w = inner_w * 0.62
        right_x = MARGIN + left_w + GAP
        right_w = inner_w - left_w - GAP
        map_h = body_h * 0.78
        map_box = QRectF(MARGIN, top, left_w, map_h)
        band_top = top + map_h + GAP
        band_h = body_h - map_h - GAP
        legend_w = left_w * 0.56
        legend = QRectF(MARGIN, band_top, legend_w, band_h)
        coverage = QRectF(MARGIN + legend_w + GAP, band_top, left_w - legend_w - GAP, band_h)
        flags = QRectF(right_x, top, right_w, body_h)
        tables = QRectF(right_x, top + body_h, right_w, 0)  # sized by _split_right()
    else:
        map_h = body_h * 0.46
        map_box = QRectF(MARGIN, top, inner_w, map_h)
        lower_top = top + map_h + GAP
        lower_h = body_h - map_h - GAP
        col_w = (inner_w - GAP) / 2
        legend_h = lower_h * 0.40
        legend = QRectF(MARGIN, lower_top, col_w, legend_h)
        coverage = QRectF(MARGIN, legend.bottom() + GAP, col_w, lower_h - legend_h - GAP)
        flags = QRectF(MARGIN + col_w + GAP, lower_top, col_w, lower_h)
        tables = QRectF(MARGIN + col_w + GAP, lower_top + lower_h, col_w, 0)
    return _Boxes(title, map_box, legend, flags, tables, coverage, footer)


class OverviewPainter:
    """Draws one overview page for a content object."""

    def __init__(self, content: OverviewContent, options: ExportOptions) -> None:
        self.content = content
        self.options = options
        self.size = page_size(options)
        self.boxes = _boxes(self.size, options)
        self.scale = self.size.width() / (8419.0 if options.orientation == "landscape"
                                          else 5953.0)
        self.truncated = False
        self._split_right()

    def _split_right(self) -> None:
        """Size the flag list and the table list together at the largest common font size.

        Both get the same size; the table list gets the height it needs and the flags the
        rest. Only when even the smallest size is too big are flags left out (and the
        page says how many).
        """
        column = self.boxes.flags
        heading = 140 * self.scale
        width = column.width()

        def heights(size: float) -> tuple[float, float]:
            flags = _document(self._flags_html(size), width, size).size().height()
            tables = _document(self._tables_html(size), width, size).size().height()
            return flags + heading, tables + heading

        def fits(size: float) -> bool:
            flags, tables = heights(size)
            return flags + tables + GAP <= column.height()

        low, high = MIN_FLAG_TEXT, 68 * self.scale
        if fits(high):
            low = high
        elif fits(low):
            for _ in range(12):
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
        self._legend(painter)
        self._flags(painter)
        self._tables(painter)
        self._coverage(painter)
        self._footer(painter)

    def _heading(self, painter: QPainter, box: QRectF, text: str) -> QRectF:
        painter.setFont(_font(78 * self.scale, bold=True))
        painter.setPen(QColor(S.TABLE_BORDER))
        height = 110 * self.scale
        painter.drawText(QRectF(box.left(), box.top(), box.width(), height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(QColor("#cccccc"), 4))
        painter.drawLine(QPointF(box.left(), box.top() + height),
                         QPointF(box.right(), box.top() + height))
        return QRectF(box.left(), box.top() + height + 30 * self.scale, box.width(),
                      box.height() - height - 30 * self.scale)

    def _title(self, painter: QPainter) -> None:
        box = self.boxes.title
        content = self.content
        painter.setPen(QColor(TEXT_COLOUR))
        title_rect = QRectF(box.left(), box.top(), box.width() * 0.72, box.height() * 0.58)
        size = 210 * self.scale
        while True:  # shrink a long title until it fits on one line
            painter.setFont(_font(size, bold=True))
            if painter.fontMetrics().horizontalAdvance(content.title) <= title_rect.width() \
                    or size <= 110 * self.scale:
                break
            size *= 0.92
        title = painter.fontMetrics().elidedText(content.title, Qt.TextElideMode.ElideRight,
                                                 int(title_rect.width()))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         title)
        sub_rect = QRectF(box.left(), title_rect.bottom() + 20 * self.scale,
                          box.width() * 0.72, box.height() * 0.35)
        size = 95 * self.scale
        while True:  # one line: shrink a long subtitle, then elide what still does not fit
            painter.setFont(_font(size))
            if painter.fontMetrics().horizontalAdvance(content.subtitle) <= sub_rect.width() \
                    or size <= 60 * self.scale:
                break
            size *= 0.93
        painter.setPen(QColor("#444444"))
        subtitle = painter.fontMetrics().elidedText(content.subtitle, Qt.TextElideMode.ElideRight,
                                                    int(sub_rect.width()))
        painter.drawText(sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         subtitle)
        summary = (f"{content.open_count} open signalering(en)\n"
                   f"{content.waived_count} bewuste keuze(s)")
        painter.setFont(_font(100 * self.scale, bold=True))
        colour = S.LEVEL_COLOURS["vereist"] if any(
            f.level == "vereist" and not f.waived for f in content.flags) else QColor(TEXT_COLOUR)
        painter.setPen(colour)
        painter.drawText(QRectF(box.left() + box.width() * 0.72, box.top(), box.width() * 0.28,
                                box.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, summary)
        painter.setPen(QPen(QColor(S.TABLE_BORDER), 12))
        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))

    # -- map ------------------------------------------------------------------
    def _map(self, painter: QPainter) -> None:
        box = self.boxes.map
        painter.setPen(QPen(QColor("#bbbbbb"), 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        inner = box.adjusted(40, 40, -40, -40)
        note = self.content.aggregated_note
        if note:
            painter.setFont(_font(70 * self.scale, bold=True))
            painter.setPen(QColor(S.LEVEL_COLOURS["aanbevolen"]))
            note_rect = QRectF(inner.left(), inner.bottom() - 160 * self.scale, inner.width(),
                               160 * self.scale)
            painter.drawText(note_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                             note)
            inner = inner.adjusted(0, 0, 0, -180 * self.scale)
        drawn = self.content.drawn
        if not drawn.parties and not drawn.tables:
            painter.setFont(_font(90 * self.scale))
            painter.setPen(QColor("#777777"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, _t("(lege kaart)"))
            return
        document = Document(drawn)
        scene = MapScene(document, interactive=False)
        scene.set_flags(self.content.flags)
        source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        scale = min(inner.width() / source.width(), inner.height() / source.height())
        minimum = MIN_MAP_LABEL_PT * UNITS_PER_POINT / 11.0  # scene labels are 11 px
        if scale < minimum:
            scene.set_label_scale(min(1.8, minimum / scale))
            source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        target = QRectF(inner)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        scene.clear()
        document.deleteLater()

    # -- legend ------------------------------------------------------------------
    def _legend(self, painter: QPainter) -> None:
        box = self._heading(painter, self.boxes.legend, _t("Legenda"))
        entries: list[tuple[str, str]] = []  # (kind, label)
        domains = vocab.domains()
        for domain in self.content.domains_used:
            entries.append((f"domain:{domain}", domains[domain].label_nl))
        if self.content.tables:
            entries.append(("table", _t("tafel")))
        labels = {"kopgroep": _t("zetel, kopgroep"), "tweede-ring": _t("zetel, tweede ring"),
                  "toehoorder": _t("toehoorder"), "mandaat-formeel": _t("mandaat (formeel)"),
                  "mandaat-informeel": _t("mandaat (informeel)"),
                  "mandaat-verlopen": _t("mandaat (verlopen)"), "relatie": _t("relatie"),
                  "onderdeel": _t("onderdeel van (subtafel)")}
        for kind in (*self.content.seat_kinds, *self.content.line_kinds):
            entries.append((kind, labels[kind]))
        for level in self.content.badge_levels:
            entries.append((f"badge:{level}", _t("open signalering: {niveau}").format(
                niveau=level)))
        if not entries:
            return
        columns = 3 if self.options.orientation == "landscape" else 2
        rows = math.ceil(len(entries) / columns)
        row_h = min(box.height() / max(rows, 1), 95 * self.scale)
        col_w = box.width() / columns
        font_size = max(30.0, min(62 * self.scale, row_h * 0.62))
        text_w = col_w - row_h * 1.6 - 50
        longest = max((label for _kind, label in entries), key=len)
        while font_size > 30.0:
            painter.setFont(_font(font_size))
            if painter.fontMetrics().horizontalAdvance(longest) <= text_w:
                break
            font_size *= 0.93
        painter.setFont(_font(font_size))
        for index, (kind, label) in enumerate(entries):
            column, row = divmod(index, rows)
            cell = QRectF(box.left() + column * col_w, box.top() + row * row_h, col_w, row_h)
            icon = QRectF(cell.left(), cell.top() + row_h * 0.1, row_h * 1.6, row_h * 0.8)
            self._legend_icon(painter, kind, icon)
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(QRectF(icon.right() + 30, cell.top(), col_w - icon.width() - 40,
                                    row_h), Qt.AlignmentFlag.AlignVCenter, label)

    def _legend_icon(self, painter: QPainter, kind: str, rect: QRectF) -> None:
        painter.save()
        centre = rect.center()
        if kind.startswith("domain:"):
            style = S.domain_style(kind.split(":", 1)[1])
            path = S.shape_path(style.shape)
            factor = rect.height() / S.PARTY_SIZE
            painter.translate(centre)
            painter.scale(factor, factor)
            painter.setPen(QPen(S.INK, 1.2))
            painter.setBrush(QColor(style.colour))
            painter.drawPath(path)
        elif kind == "table":
            painter.setPen(QPen(S.TABLE_BORDER, 6))
            painter.setBrush(S.TABLE_FILL)
            painter.drawRoundedRect(rect.adjusted(0, rect.height() * 0.1, 0, -rect.height() * 0.1),
                                    12, 12)
        elif kind.startswith("badge:"):
            level = kind.split(":", 1)[1]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(S.LEVEL_COLOURS[level])
            side = rect.height()
            painter.drawEllipse(QRectF(centre.x() - side / 2, rect.top(), side, side))
        else:
            pens = {
                "kopgroep": (S.SEAT_COLOUR, 2.4, None),
                "tweede-ring": (S.SEAT_SECOND_RING_COLOUR, 1.4, [6.0, 2.5, 1.0, 2.5]),
                "toehoorder": (S.SEAT_SECOND_RING_COLOUR, 1.2, [1.0, 3.0]),
                "mandaat-formeel": (S.MANDATE_COLOUR, 1.8, [6.0, 3.0]),
                "mandaat-informeel": (S.MANDATE_COLOUR, 1.5, [2.5, 2.5]),
                "mandaat-verlopen": (S.MANDATE_EXPIRED_COLOUR, 1.4, [5.0, 3.0]),
                "relatie": (S.RELATION_COLOUR, 1.3, [1.0, 2.5]),
                "onderdeel": (S.PARENT_LINK_COLOUR, 3.0, None),
            }
            colour, width, dashes = pens[kind]
            factor = 7.0 * self.scale
            pen = QPen(colour, width * factor)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if dashes:
                pen.setDashPattern(dashes)
            painter.setPen(pen)
            painter.drawLine(QPointF(rect.left(), centre.y()), QPointF(rect.right(), centre.y()))
        painter.restore()

    # -- flags ------------------------------------------------------------------
    def _flags_html(self, size: float, limit: int | None = None) -> str:
        content = self.content
        if not content.flags:
            return "<p>Geen signaleringen: alles wat de regels vragen is er.</p>"
        parts = []
        shown = 0
        colours = {level: colour.name() for level, colour in S.LEVEL_COLOURS.items()}
        for subject, levels in content.flag_groups:
            if limit is not None and shown >= limit:
                break
            name = content.subject_names.get(subject, subject)
            parts.append(f"<p style='margin-top:{size * 0.5:.0f}px'><b>{html.escape(name)}</b> "
                         f"<span style='color:#666'>({html.escape(subject)})</span></p>")
            for level, flags in levels:
                title = (_t("Bewuste keuze") if level == "bewuste keuze"
                         else default_catalogue().vocabulary.level(level))
                colour = "#777777" if level == "bewuste keuze" else colours[level]
                items = []
                for flag in flags:
                    if limit is not None and shown >= limit:
                        break
                    shown += 1
                    text = html.escape(flag.message_nl)
                    if flag.waived:
                        who = f" ({html.escape(flag.waiver_by)})" if flag.waiver_by else ""
                        text += (f" <i>Bewuste keuze: {html.escape(flag.waiver_reason)}"
                                 f"{who}</i>")
                    items.append(f"<li><span style='color:#555'>{html.escape(flag.rule)}</span> "
                                 f"{text}</li>")
                if items:
                    parts.append(f"<p style='color:{colour}'><b>{html.escape(title)}</b></p>"
                                 f"<ul style='margin-left:{size * 0.8:.0f}px; "
                                 f"-qt-list-indent:0'>{''.join(items)}</ul>")
        if limit is not None and shown < len(content.flags):
            parts.append(f"<p><i>… en {len(content.flags) - shown} signaleringen meer: zie "
                         "stakeholders check.</i></p>")
        return "".join(parts)

    def _flags(self, painter: QPainter) -> None:
        box = self._heading(painter, self.boxes.flags, _t("Wat ontbreekt"))
        size = self.text_size
        doc = _document(self._flags_html(size), box.width(), size)
        if doc.size().height() > box.height():
            self.truncated = True
            size = MIN_FLAG_TEXT
            low, high = 0, len(self.content.flags)
            while low < high:  # the most flags that still fit
                middle = (low + high + 1) // 2
                candidate = _document(self._flags_html(size, middle), box.width(), size)
                if candidate.size().height() <= box.height():
                    low = middle
                else:
                    high = middle - 1
            doc = _document(self._flags_html(size, low), box.width(), size)
        _draw_doc(painter, doc, box)

    # -- tables ------------------------------------------------------------------
    def _tables_html(self, size: float) -> str:
        rows = []
        for row in self.content.tables:
            ring = f"kopgroep {row.kopgroep} · tweede ring {row.tweede_ring}"
            if row.toehoorders:
                ring += f" · toehoorders {row.toehoorders}"
            rows.append(
                f"<p style='margin-bottom:{size * 0.3:.0f}px'><b>{html.escape(row.naam)}</b> "
                f"<span style='color:#666'>({html.escape(row.id)}, {html.escape(row.kind)})"
                f"</span> · {ring}<br>voorzitter: {html.escape(row.chair)} · "
                f"initiatiefnemers: {html.escape(row.initiators)}</p>")
        return "".join(rows) or "<p>Geen tafels.</p>"

    def _tables(self, painter: QPainter) -> None:
        box = self._heading(painter, self.boxes.tables, _t("Tafels"))
        doc = _document(self._tables_html(self.text_size), box.width(), self.text_size)
        painter.save()
        painter.setClipRect(box)
        _draw_doc(painter, doc, box)
        painter.restore()

    # -- coverage ------------------------------------------------------------------
    def _coverage(self, painter: QPainter) -> None:
        box = self._heading(painter, self.boxes.coverage, _t("Domeinen aan tafel"))
        rows = self.content.coverage
        if not rows:
            return
        domains = list(vocab.domains())
        header_h = min(90 * self.scale, box.height() * 0.25)
        row_h = min((box.height() - header_h) / len(rows), 80 * self.scale)
        label_w = box.width() * 0.34
        cell_w = (box.width() - label_w) / len(domains)
        side = min(cell_w, header_h) * 0.8
        for index, domain in enumerate(domains):
            style = S.domain_style(domain)
            centre = QPointF(box.left() + label_w + (index + 0.5) * cell_w,
                             box.top() + header_h / 2)
            painter.save()
            painter.translate(centre)
            factor = side / S.PARTY_SIZE
            painter.scale(factor, factor)
            painter.setPen(QPen(S.INK, 1.0))
            painter.setBrush(QColor(style.colour))
            painter.drawPath(S.shape_path(style.shape))
            painter.restore()
        font_size = max(34.0, min(58 * self.scale, row_h * 0.6))
        for r, row in enumerate(rows):
            top = box.top() + header_h + r * row_h
            painter.setFont(_font(font_size))
            painter.setPen(QColor(TEXT_COLOUR))
            name = painter.fontMetrics().elidedText(row.table, Qt.TextElideMode.ElideRight,
                                                    int(label_w - 20))
            painter.drawText(QRectF(box.left(), top, label_w - 20, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
            for index, domain in enumerate(domains):
                cell = QRectF(box.left() + label_w + index * cell_w + cell_w * 0.15,
                              top + row_h * 0.15, cell_w * 0.7, row_h * 0.7)
                state = row.cells.get(domain)
                colour = QColor(S.domain_style(domain).colour)
                painter.setPen(QPen(QColor("#999999"), 3))
                if state == "lid":
                    painter.setBrush(colour)
                elif state == "mandaat":
                    painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                else:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell)
        painter.setFont(_font(max(32.0, 44 * self.scale)))
        painter.setPen(QColor("#555555"))
        bottom = box.top() + header_h + len(rows) * row_h + 10
        if bottom + 60 * self.scale <= self.boxes.coverage.bottom() + 1:
            painter.drawText(QRectF(box.left(), bottom, box.width(), 60 * self.scale),
                             Qt.AlignmentFlag.AlignLeft,
                             "vol = zit aan tafel · gearceerd = alleen via mandaat · leeg = "
                             "ontbreekt")

    # -- footer ------------------------------------------------------------------
    def _footer(self, painter: QPainter) -> None:
        box = self.boxes.footer
        painter.setPen(QPen(QColor("#cccccc"), 4))
        painter.drawLine(box.topLeft(), box.topRight())
        doc, _fits = _fit(lambda size: f"<p style='color:#555'>{html.escape(self.content.footer)}"
                          "</p>", box.adjusted(0, 30, 0, 0), 50 * self.scale, 32.0)
        _draw_doc(painter, doc, box.adjusted(0, 30, 0, 0))
