"""Choose the paper and, only when even A3 cannot hold the names, how far to aggregate.

The measure is the size the names get on the page: the map is laid out at
print size and scaled into the page's map box; the first combination (from
the map itself on A4, the map itself on A3, then ever coarser aggregates)
whose names come out at :data:`MIN_NAME_PT` (one page per table:
:data:`MIN_TABLE_NAME_PT`) or more is used. A combination that cannot reach
the size even with perfect packing (an upper bound from the footprints'
total area) is skipped without laying it out.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace

from stakeholders.export.aggregate import LEVELS, aggregate
from stakeholders.export.content import OverviewContent, with_drawn
from stakeholders.export.mapgeom import (
    FONT,
    GAP,
    NAME_WIDTH,
    SHAPE,
    TABLE_TEXT_WIDTH,
    TITLE_FONT,
    metrics,
    wrap_words,
)
from stakeholders.export.options import ExportOptions
from stakeholders.export.page import OverviewPainter, PageSpec, map_area
from stakeholders.export.printmap import UNITS_PER_POINT, build_print_map
from stakeholders.i18n import translator
from stakeholders.model.regionmap import RegionMap

log = logging.getLogger(__name__)

#: No word on the default page is smaller than this.
MIN_NAME_PT = 5.0
#: On a page per table, names are at least this large.
MIN_TABLE_NAME_PT = 8.0


_t = translator("overview")


def _fmt(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def largest_possible_pt(drawn: RegionMap, area_units: float) -> float:
    """An upper bound of the name size: all footprints packed without any waste."""
    height = metrics().height()
    total = 0.0
    for party in drawn.parties:
        lines = wrap_words(party.naam, NAME_WIDTH)
        width = max([SHAPE] + [metrics().horizontalAdvance(x) for x in lines])
        total += (width + GAP) * (SHAPE + len(lines) * height + GAP)
    for table in drawn.tables:
        lines = wrap_words(table.naam, TABLE_TEXT_WIDTH, TITLE_FONT, True)
        width = max(metrics(TITLE_FONT, True).horizontalAdvance(x) for x in lines)
        total += (width + 1.2 * FONT + GAP) * ((len(lines) + 1) * height + 0.9 * FONT + GAP)
    if total <= 0:
        return math.inf
    return FONT * math.sqrt(area_units / total) / UNITS_PER_POINT


def _paper_note(options: ExportOptions, chosen: str, pt: float, minimum: float,
                tried_a4: bool) -> str:
    if options.paper != "auto":
        return _t("Papier {papier}; namen {pt} pt.").format(papier=chosen, pt=_fmt(pt))
    if chosen == "A3" and tried_a4:
        return _t("Papier A3, automatisch gekozen: op A4 zou tekst kleiner dan {min} pt worden "
                  "(namen nu {pt} pt).").format(min=_fmt(minimum), pt=_fmt(pt))
    return _t("Papier {papier}, automatisch gekozen; namen {pt} pt.").format(papier=chosen,
                                                                             pt=_fmt(pt))


def plan_page(content: OverviewContent, options: ExportOptions,
              minimum_pt: float = MIN_NAME_PT) -> PageSpec:
    """The page for ``content``: paper, drawn map (maybe aggregated) and its layout."""
    papers = ("A4", "A3") if options.paper == "auto" else (options.paper,)
    scoped = content.scoped or content.drawn
    best: PageSpec | None = None
    done = False
    for level in (None, *LEVELS):
        if level is None:
            candidate = content
        else:
            drawn, note = aggregate(scoped, level)
            candidate = with_drawn(content, drawn, note)
        aggregated = level is not None
        largest = map_area(replace(options, paper=papers[-1]), aggregated)
        bound = largest_possible_pt(candidate.drawn, largest.width() * largest.height())
        if bound < minimum_pt and level != LEVELS[-1]:
            log.info("skip %s: at most %.2f pt on %s", level or "map", bound, papers[-1])
            continue
        printed = build_print_map(candidate.drawn, content.flags,
                                  largest.width() / max(largest.height(), 1.0))
        for paper in papers:
            chosen = replace(options, paper=paper)
            pt = printed.name_pt(map_area(chosen, aggregated))
            log.info("%s on %s: names %.2f pt", level or "map", paper, pt)
            spec = PageSpec(candidate, chosen, printed, pt)
            readable = pt >= minimum_pt
            if readable and paper != papers[-1] and not OverviewPainter(spec).text_fits:
                readable = False  # the names fit, but what is missing would not: larger paper
            if readable or best is None or pt > best.name_pt:
                best = spec
            if readable:
                done = True
                break
        if done:
            break
    assert best is not None
    best.paper_note = _paper_note(options, best.options.paper, best.name_pt, minimum_pt,
                                  "A4" in papers)
    log.info("page: %s, names %.2f pt, %s", best.options.paper, best.name_pt,
             "aggregated" if best.content.aggregated_note else "every party")
    return best
