"""The page's legend: one entry for each domain, line kind and badge that occurs on the map."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from stakeholders.export.content import OverviewContent
from stakeholders.export.textblocks import MIN_TEXT, TEXT_COLOUR, heading, page_font
from stakeholders.i18n import translator
from stakeholders.look import lines
from stakeholders.look import style as S
from stakeholders.look.lines import LineStyle
from stakeholders.model import vocab
from stakeholders.model.kinds import EntityKind
from stakeholders.rules.catalogue import default_catalogue

_t = translator("overview")

#: The line of each legend entry, drawn as the map draws it.
LEGEND_LINES: dict[str, LineStyle] = {
    "kopgroep": lines.SEAT,
    "tweede-ring": lines.SEAT_SECOND_RING,
    "toehoorder": lines.SEAT_LISTENER,
    "mandaat-formeel": lines.MANDATE_FORMAL,
    "mandaat-informeel": lines.MANDATE_INFORMAL,
    "mandaat-verlopen": lines.MANDATE_EXPIRED,
    "relatie": lines.RELATION,
    "onderdeel": lines.PARENT_LINK,
}
#: Legend lines are this many times as wide as on the map (per page unit of scale).
LINE_FACTOR = 7.0


def legend_entries(content: OverviewContent) -> list[tuple[str, str]]:
    """(kind, label) of every legend entry, in order."""
    entries: list[tuple[str, str]] = []
    domains = vocab.domains()
    for domain in content.domains_used:
        entries.append((f"domain:{domain}", domains[domain].label_nl))
    if content.tables:
        entries.append((EntityKind.TABLE, _t("tafel")))
    labels = {"kopgroep": _t("zetel, kopgroep"), "tweede-ring": _t("zetel, tweede ring"),
              "toehoorder": _t("toehoorder"), "mandaat-formeel": _t("mandaat (formeel)"),
              "mandaat-informeel": _t("mandaat (informeel)"),
              "mandaat-verlopen": _t("mandaat (verlopen)"), "relatie": _t("relatie"),
              "onderdeel": _t("onderdeel van (subtafel)")}
    for kind in (*content.seat_kinds, *content.line_kinds):
        entries.append((kind, labels[kind]))
    for level in content.badge_levels:
        entries.append((f"badge:{level}", _t("open bevinding: {niveau}").format(
            niveau=default_catalogue().vocabulary.level(level).lower())))
    return entries


def draw_legend(painter: QPainter, area: QRectF, content: OverviewContent, scale: float,
                columns: int) -> None:
    """The legend in ``area``: more columns when needed to keep its text at 5 pt or more."""
    box = heading(painter, area, _t("Legenda"), scale)
    entries = legend_entries(content)
    if not entries or box.height() <= 0:
        return
    rows = max(1, min(math.ceil(len(entries) / columns), int(box.height() // (MIN_TEXT * 1.3))))
    columns = math.ceil(len(entries) / rows)
    row_h = min(box.height() / rows, 95 * scale)
    col_w = box.width() / columns
    icon_w = row_h * 1.6
    text_w = col_w - icon_w - 50
    size = max(MIN_TEXT, min(62 * scale, row_h * 0.62))
    longest = max((label for _kind, label in entries), key=len)
    while size > MIN_TEXT:
        painter.setFont(page_font(size))
        if painter.fontMetrics().horizontalAdvance(longest) <= text_w:
            break
        size = max(MIN_TEXT, size * 0.93)
    painter.setFont(page_font(size))
    for index, (kind, label) in enumerate(entries):
        column, row = divmod(index, rows)
        cell = QRectF(box.left() + column * col_w, box.top() + row * row_h, col_w, row_h)
        icon = QRectF(cell.left(), cell.top() + row_h * 0.1, icon_w, row_h * 0.8)
        legend_icon(painter, kind, icon, scale)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.setFont(page_font(size))
        text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(text_w))
        painter.drawText(QRectF(icon.right() + 30, cell.top(), text_w, row_h),
                         Qt.AlignmentFlag.AlignVCenter, text)


def legend_icon(painter: QPainter, kind: str, rect: QRectF, scale: float) -> None:
    """The little picture of a legend entry: a shape, a table, a badge or a line."""
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
    elif kind == EntityKind.TABLE:
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
        style = LEGEND_LINES[kind]
        painter.setPen(style.pen(width=style.width * LINE_FACTOR * scale,
                                 cap=Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(rect.left(), centre.y()), QPointF(rect.right(), centre.y()))
    painter.restore()

