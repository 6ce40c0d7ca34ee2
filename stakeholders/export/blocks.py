"""The text blocks of the overview page: what is missing, the tables, the domains per table.

:func:`missing_html` and :func:`draw_missing` take the findings as their input
(the flags of one subject and theme, ``rules.md`` §4). Every size is in page units (0.1 pt)
and never below 5 pt; what does not fit at 5 pt is left out and counted.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from stakeholders.export.changes_block import ChangesBlock, changes_html
from stakeholders.export.content import CoverageRow, TableRow
from stakeholders.export.textblocks import (
    MIN_TEXT,
    TEXT_COLOUR,
    draw_document,
    fit_document,
    heading,
    page_font,
    rich_document,
)
from stakeholders.i18n import translator
from stakeholders.look import style as S
from stakeholders.model import vocab
from stakeholders.model.dates import dutch_dates_in
from stakeholders.rules.catalogue import default_catalogue
from stakeholders.rules.findings import Finding, summary
from stakeholders.rules.sources import titles

_t = translator("overview")


def _e(text: str) -> str:
    return html.escape(dutch_dates_in(text))


def missing_html(findings: Sequence[Finding], names: dict[str, str], size: float,
                 limit: int | None = None, changes: ChangesBlock | None = None) -> str:
    """The "Wat ontbreekt" list: per subject its findings (at most ``limit`` of them),
    after the changes since a snapshot when the page shows them (``changes``).

    Each finding is one line (theme and summary, in the colour of its highest open level)
    with its parts below: the message, level and basis, and the source by its short title.
    """
    before = changes_html(changes, size) if changes is not None else ""
    if not findings:
        return before + "<p>" + _e(_t("Geen bevindingen: alles wat de regels vragen is er.")) \
            + "</p>"
    catalogue = default_catalogue()
    vocabulary = catalogue.vocabulary
    colours = {level: colour.name() for level, colour in S.LEVEL_COLOURS.items()}
    parts: list[str] = [before]
    subject = None
    shown = 0
    for finding in findings:
        if limit is not None and shown >= limit:
            break
        shown += 1
        if finding.subject != subject:
            subject = finding.subject
            parts.append(f"<p style='margin-top:{size * 0.5:.0f}px'><b>"
                         f"{_e(names.get(subject, subject))}</b></p>")
        level = finding.open_level
        colour = colours[level] if level else "#777777"
        theme = vocabulary.theme(finding.thema)
        items = []
        for flag in finding.parts:
            cited = "; ".join(titles(flag.source, vocabulary.sources))
            if flag.waived:
                who = f" ({_e(flag.waiver_by)})" if flag.waiver_by else ""
                text = (f"<i>{_e(_t('Bewuste keuze'))}: {_e(flag.waiver_reason)}{who}</i> — "
                        f"{_e(flag.message_nl)}")
            else:
                state = vocabulary.level_and_basis(flag.level, flag.basis)
                text = f"{_e(flag.message_nl)} <span style='color:#555'>{_e(state)}"
                text += f"; {_e(cited)}</span>" if cited else "</span>"
            items.append(f"<li>{text}</li>")
        parts.append(f"<p style='color:{colour}'><b>{_e(theme)}:</b> "
                     f"{_e(summary(finding, catalogue))}</p>"
                     f"<ul style='margin-left:{size * 0.8:.0f}px; -qt-list-indent:0'>"
                     f"{''.join(items)}</ul>")
    if shown < len(findings):
        parts.append("<p><i>" + _e(_t("… en {n} bevindingen meer: zie stakeholders check.")
                                   .format(n=len(findings) - shown)) + "</i></p>")
    return "".join(parts)


def draw_missing(painter: QPainter, area: QRectF, findings: Sequence[Finding],
                 names: dict[str, str], size: float, scale: float,
                 changes: ChangesBlock | None = None) -> bool:
    """The "Wat ontbreekt" block (after the changes since a snapshot, when given); returns
    whether findings had to be left out."""
    title = _t("Wijzigingen en wat ontbreekt") if changes is not None else _t("Wat ontbreekt")
    box = heading(painter, area, title, scale)
    doc = rich_document(missing_html(findings, names, size, changes=changes), box.width(),
                        size)
    truncated = False
    if doc.size().height() > box.height():
        truncated = True
        size = MIN_TEXT
        low, high = 0, len(findings)
        while low < high:  # the most findings that still fit
            middle = (low + high + 1) // 2
            candidate = rich_document(missing_html(findings, names, size, middle, changes),
                                      box.width(), size)
            if candidate.size().height() <= box.height():
                low = middle
            else:
                high = middle - 1
        doc = rich_document(missing_html(findings, names, size, low, changes), box.width(),
                            size)
    draw_document(painter, doc, box)
    return truncated


def tables_html(rows: Sequence[TableRow], size: float) -> str:
    """The table list: name, id, kind, ring sizes, chair and initiators."""
    out = []
    for row in rows:
        ring = _t("kopgroep {k} · tweede ring {t}").format(k=row.kopgroep, t=row.tweede_ring)
        if row.toehoorders:
            ring += " · " + _t("toehoorders {n}").format(n=row.toehoorders)
        out.append(
            f"<p style='margin-bottom:{size * 0.3:.0f}px'><b>{_e(row.naam)}</b> "
            f"<span style='color:#666'>({_e(row.id)}, {_e(row.kind)})</span> · {_e(ring)}<br>"
            + _e(_t("voorzitter: {naam}").format(naam=row.chair)) + " · "
            + _e(_t("initiatiefnemers: {namen}").format(namen=row.initiators))
            + ("<br>" + _e(_t("werkgebied: {gemeenten}").format(gemeenten=row.werkgebied))
               if row.werkgebied else "") + "</p>")
    return "".join(out) or "<p>" + _e(_t("Geen tafels.")) + "</p>"


def draw_tables(painter: QPainter, area: QRectF, rows: Sequence[TableRow], size: float,
                scale: float) -> None:
    box = heading(painter, area, _t("Tafels"), scale)
    doc, _fits = fit_document(lambda s: tables_html(rows, s), box, size)
    painter.save()
    painter.setClipRect(box)
    draw_document(painter, doc, box)
    painter.restore()


def draw_coverage(painter: QPainter, area: QRectF, rows: Sequence[CoverageRow],
                  scale: float) -> None:
    """Per table a row of domain cells: full (a member), hatched (a mandate), empty."""
    box = heading(painter, area, _t("Domeinen aan tafel"), scale)
    if not rows or box.height() <= 0:
        return
    note = _t("vol = zit aan tafel · gearceerd = alleen via mandaat · leeg = ontbreekt")
    note_doc, _fits = fit_document(lambda s: f"<p style='color:#555'>{_e(note)}</p>",
                                   QRectF(0, 0, box.width(), 200 * scale), 44 * scale)
    domains = list(vocab.domains())
    header_h = min(90 * scale, box.height() * 0.25)
    room = box.height() - header_h - note_doc.size().height() - 10
    min_row = MIN_TEXT * 1.25
    shown = list(rows) if len(rows) * min_row <= room else list(rows)[:max(0, int(room // min_row)
                                                                           - 1)]
    lines = len(shown) + (len(shown) < len(rows))
    row_h = min(room / max(lines, 1), 80 * scale)
    label_w = box.width() * 0.34
    cell_w = (box.width() - label_w) / len(domains)
    side = min(cell_w, header_h) * 0.8
    for index, domain in enumerate(domains):
        style = S.domain_style(domain)
        painter.save()
        painter.translate(QPointF(box.left() + label_w + (index + 0.5) * cell_w,
                                  box.top() + header_h / 2))
        factor = side / S.PARTY_SIZE
        painter.scale(factor, factor)
        painter.setPen(QPen(S.INK, 1.0))
        painter.setBrush(QColor(style.colour))
        painter.drawPath(S.shape_path(style.shape))
        painter.restore()
    size = max(MIN_TEXT, min(58 * scale, row_h * 0.6))
    painter.setFont(page_font(size))
    for r, row in enumerate(shown):
        top = box.top() + header_h + r * row_h
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
    bottom = box.top() + header_h + len(shown) * row_h
    if len(shown) < len(rows):
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(box.left(), bottom, box.width(), row_h),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         _t("… en {n} tafels meer").format(n=len(rows) - len(shown)))
        bottom += row_h
    draw_document(painter, note_doc, QRectF(box.left(), bottom + 10, box.width(),
                                            note_doc.size().height()))
