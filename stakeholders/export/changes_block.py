""""Wijzigingen sinds {momentopname}" on the overview page (``--wijzigingen-sinds NAAM``).

:func:`changes_block` compares a snapshot of the map with the map as it is (the same
comparison as the window's *Wijzigingen* panel and ``stakeholders diff``:
:func:`stakeholders.rules.changes.compare`) and keeps what the page prints: a heading, the
counts, one line per change (kind, what and how) and the findings resolved and new.
:func:`changes_html` writes it as rich text for the column with *Wat ontbreekt*; green,
orange and red as on the screen (:mod:`stakeholders.look.change_style`).

With *anoniem* both sides are anonymised first, so a changed contact person is neither
named nor counted.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from stakeholders.export.options import ExportError
from stakeholders.i18n import translator
from stakeholders.look import change_style as C
from stakeholders.model import schema, snapshots
from stakeholders.model.dates import dutch_dates_in
from stakeholders.model.diff import RULE_KIND, Change
from stakeholders.model.diff_text import Names, field_text, kind_title, line
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.change_report import KINDS, counts_text, finding_text
from stakeholders.rules.changes import Side, compare

_t = translator("overview")


@dataclass(frozen=True)
class ChangesBlock:
    """What the page prints about the changes since a snapshot."""

    title: str  #: "Wijzigingen sinds Zorgtafel maart (12 maart 2025)"
    counts: str  #: "8 wijziging(en) in de kaart; bevindingen: 2 opgelost, …"
    lines: tuple[tuple[Change, str], ...]  #: (how, text), kinds in sheet order


def changes_block(region: RegionMap, name: str, today: date,
                  prepare: Callable[[RegionMap], RegionMap] = lambda r: r) -> ChangesBlock:
    """The changes of ``region`` since its snapshot ``name``; :class:`ExportError` (Dutch)
    when the map has no such snapshot. ``prepare`` is applied to both sides (anonymising)."""
    found = snapshots.find(region.snapshots, name)
    if found is None:
        known = ", ".join(f"'{s.naam}'" for s in region.snapshots) or _t("geen")
        raise ExportError(_t("de kaart heeft geen momentopname '{naam}' (momentopnamen: "
                             "{bekend})").format(naam=name, bekend=known))
    old = Side(found.label, prepare(found.kaart), found.reference_date(), snapshot=found.naam)
    now = prepare(region)
    comparison = compare(old, Side(_t("de kaart nu"), now, now.reference_date(today)))
    names = Names(old.region, now)
    out: list[tuple[Change, str]] = []
    diff = comparison.diff
    out += [(Change.CHANGED, f"{kind_title(schema.INFO)}: {field_text(f, names)}")
            for f in diff.info]
    for kind in KINDS:
        changes = diff.rules if kind == RULE_KIND else diff.of_kind(kind)
        out += [(c.change, f"{kind_title(kind)}: {line(c, names)}") for c in changes]
    words = {Change.REMOVED: _t("opgelost"), Change.ADDED: _t("nieuw"),
             Change.CHANGED: _t("gewijzigd")}
    for finding in comparison.findings:
        # resolved is good news: green; a new finding red
        how = {Change.REMOVED: Change.ADDED, Change.ADDED: Change.REMOVED}.get(
            finding.change, Change.CHANGED)
        out.append((how, _t("Bevinding {hoe}: {tekst}").format(
            hoe=words[finding.change], tekst=finding_text(finding, comparison))))
    title = _t("Wijzigingen sinds {naam}").format(naam=found.label)
    return ChangesBlock(title, counts_text(comparison), tuple(out))


def changes_html(block: ChangesBlock, size: float) -> str:
    """The block as rich text: heading, counts, and a line per change in its colour."""
    e = html.escape
    parts = [f"<p style='font-size:{size * 1.15:.0f}px'><b>{e(block.title)}</b></p>",
             f"<p style='color:#555'>{e(block.counts)}</p>"]
    if not block.lines:
        parts.append("<p>" + e(_t("Geen verschillen.")) + "</p>")
    items = [f"<li style='color:{C.mark_colour(how).darker(135).name()}'>"
             f"{e(dutch_dates_in(text))}</li>" for how, text in block.lines]
    if items:
        parts.append(f"<ul style='margin-left:{size * 0.8:.0f}px; -qt-list-indent:0'>"
                     f"{''.join(items)}</ul>")
    parts.append(f"<p style='margin-top:{size * 0.8:.0f}px; font-size:{size * 1.15:.0f}px'>"
                 f"<b>{e(_t('Wat ontbreekt nu'))}</b></p>")
    return "".join(parts)
