"""A small schematic of where an area's gemeenten lie: one coloured group per region.

No map tiles: per region of the chosen division a heading with a colour swatch ("GGD
Gelderland-Zuid — 2 van 14 gemeenten") and the area's gemeenten as chips in that colour,
flowing left to right. A gemeente outside the map (a table's werkgebied reaching beyond
it) gets a dashed red outline. A derived division (the GGD-regio) says so under the
groups. The same :func:`draw_schematic` draws the view on screen and the block on the
overview page (:func:`draw_page_block`), at the largest text size that fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from stakeholders.i18n import translator
from stakeholders.look import style as S
from stakeholders.model.congruence import Area, Congruence
from stakeholders.model.congruence_report import region_title

#: Paul Tol's muted qualitative palette (colour-blind safe), one colour per region.
PALETTE = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99",
           "#999933", "#AA4499", "#6699CC")
OUTSIDE = QColor("#CC3311")


_t = translator("schematic")


@dataclass(frozen=True)
class Group:
    """One region: heading, colour and the area's gemeenten in it ((name, outside map))."""

    title: str
    note: str
    colour: str
    chips: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Schematic:
    """What the schematic shows: a title, the groups and an optional note (derived data)."""

    title: str
    groups: tuple[Group, ...]
    note: str = ""


def build_schematic(report: Congruence, area: Area, slug: str, page: bool = False
                    ) -> Schematic:
    """The groups of ``area`` for the division ``slug`` (``page``: a short title and note)."""
    division = report.data.divisions[slug]
    title = (_t("Per {indeling}") if page else _t("{gebied} per {indeling}")).format(
        gebied=area.name, indeling=division.label)
    spread = area.spreads.get(slug)
    if spread is None:
        return Schematic(title, (), _t("geen gemeenten bekend"))
    outside = set(area.outside)
    groups = []
    for index, part in enumerate(spread.parts):
        note = (_t("alle {m} gemeenten").format(m=part.total) if part.whole
                else _t("{k} van {m} gemeenten").format(k=len(part.inside), m=part.total))
        chips = tuple((report.name(c), c in outside) for c in part.inside)
        groups.append(Group(region_title(division, part.region), note,
                            PALETTE[index % len(PALETTE)], chips))
    if spread.unplaced:
        groups.append(Group(_t("zonder {indeling}").format(indeling=division.label),
                            _t("niet in de gegevens"), "#BBBBBB",
                            tuple((report.name(c), c in outside) for c in spread.unplaced)))
    note = division.derived
    if note and page:
        note = _t("De {meervoud} zijn afgeleid (zie Over de gegevens in de app).").format(
            meervoud=division.plural)
    if outside:
        note = " ".join(x for x in (_t("Rode stippellijn: buiten {kaart}.").format(
            kaart=report.map_label), note) if x)
    return Schematic(title, tuple(groups), note)


# -- drawing ----------------------------------------------------------------------------------
def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(S.FONT_FAMILY)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _flow(schematic: Schematic, width: float, size: float, painter: QPainter | None,
          origin: QPointF, limit: float | None = None) -> float:
    """Lay out (and draw when ``painter`` is given) at text ``size``; return the height.
    With ``limit`` nothing is drawn that would end lower than that (no cut words)."""
    metrics = QFontMetricsF(_font(size))
    line = metrics.height()
    bottom = origin.y() + limit if limit is not None else float("inf")
    pad, gap = size * 0.35, size * 0.3
    y = origin.y()
    for group in schematic.groups:
        head_painter = painter if y + 2 * line <= bottom else None
        y = _group_head(head_painter, group, origin.x(), y, width, size)
        x = origin.x()
        for name, outside in group.chips:
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - 2 * pad)
            chip_w = metrics.horizontalAdvance(text) + 2 * pad
            if x > origin.x() and x + chip_w > origin.x() + width:
                x = origin.x()
                y += line + pad + gap
            if painter is not None and y + line + pad <= bottom:
                _chip(painter, QRectF(x, y, chip_w, line + pad), text, group.colour, outside,
                      pad, size)
            x += chip_w + gap
        y += line + pad + gap * 3
    if schematic.note:
        lines = _wrap(schematic.note, metrics, width)
        if painter is not None:
            painter.setFont(_font(size))
            painter.setPen(QColor("#555555"))
            for index, text in enumerate(lines):
                if y + (index + 1) * line <= bottom:
                    painter.drawText(QPointF(origin.x(), y + metrics.ascent() + index * line),
                                     text)
        y += line * len(lines)
    return y - origin.y()


def _group_head(painter: QPainter | None, group: Group, left: float, y: float, width: float,
                size: float) -> float:
    """The swatch, the region's name and "2 van 14 gemeenten" (on the next line when the
    two do not fit side by side); returns the y below it."""
    metrics, bold = QFontMetricsF(_font(size)), QFontMetricsF(_font(size, True))
    line = metrics.height()
    indent = line * 0.9
    title = bold.elidedText(group.title, Qt.TextElideMode.ElideRight, width - indent)
    note = f"— {group.note}"
    beside = bold.horizontalAdvance(title) + size * 0.6 + metrics.horizontalAdvance(note) \
        <= width - indent
    if painter is not None:
        painter.setBrush(QColor(group.colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(QRectF(left, y + line * 0.2, line * 0.6, line * 0.6))
        painter.setFont(_font(size, True))
        painter.setPen(S.INK)
        painter.drawText(QPointF(left + indent, y + bold.ascent()), title)
        painter.setFont(_font(size))
        painter.setPen(QColor("#555555"))
        if beside:
            painter.drawText(QPointF(left + indent + bold.horizontalAdvance(title) + size * 0.6,
                                     y + metrics.ascent()), note)
        else:
            painter.drawText(QPointF(left + indent, y + line + metrics.ascent()),
                             metrics.elidedText(group.note, Qt.TextElideMode.ElideRight,
                                                width - indent))
    return y + line * (1 if beside else 2) + size * 0.3


def _chip(painter: QPainter, box: QRectF, name: str, colour: str, outside: bool, pad: float,
          size: float) -> None:
    fill = QColor(colour)
    fill.setAlphaF(0.28)
    painter.setBrush(fill)
    pen = QPen(OUTSIDE, max(1.0, size * 0.12), Qt.PenStyle.DashLine) if outside \
        else QPen(QColor(colour), max(1.0, size * 0.08))
    painter.setPen(pen)
    painter.drawRoundedRect(box, pad, pad)
    painter.setFont(_font(size))
    painter.setPen(S.INK)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def fitting_size(schematic: Schematic, box: QRectF, largest: float, smallest: float) -> float:
    """The largest text size (between the bounds) at which the schematic fits ``box``."""
    low, high = smallest, largest
    if _flow(schematic, box.width(), high, None, box.topLeft()) <= box.height():
        return high
    for _ in range(12):
        middle = (low + high) / 2
        if _flow(schematic, box.width(), middle, None, box.topLeft()) <= box.height():
            low = middle
        else:
            high = middle
    return low


def draw_schematic(painter: QPainter, box: QRectF, schematic: Schematic, largest: float,
                   smallest: float) -> float:
    """Draw the groups into ``box`` at the largest size that fits; return the size used."""
    size = fitting_size(schematic, box, largest, smallest)
    painter.save()
    painter.setClipRect(box)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _flow(schematic, box.width(), size, painter, box.topLeft(), box.height())
    painter.restore()
    return size


def draw_page_block(painter: QPainter, box: QRectF, schematic: Schematic, scale: float) -> None:
    """The schematic as a block of the overview page (heading, then the groups)."""
    from stakeholders.export.textblocks import MIN_TEXT, heading

    inner = heading(painter, box, schematic.title, scale)
    if inner.height() > 0:
        draw_schematic(painter, inner, schematic, 58 * scale, MIN_TEXT)
