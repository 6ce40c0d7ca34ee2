"""Run the rule catalogue on a map and apply the deliberate choices (``rules.md`` §4-§5).

:func:`check_map` returns every flag, waived ones included, in display
order: the map first, then tables in Tafels row order, then parties in
Partijen row order; per subject by level, theme and rule order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from stakeholders.model.entities import Waiver
from stakeholders.model.regionmap import RESERVED_SUBJECT, RegionMap
from stakeholders.rules.catalogue import LEVELS, THEMES, Catalogue, RuleSpec, default_catalogue
from stakeholders.rules.checks import MAP_CHECKS, TABLE_CHECKS, Hit
from stakeholders.rules.context import CheckContext
from stakeholders.rules.flags import SUBJECT_KIND_ORDER, Flag, SubjectKind

log = logging.getLogger(__name__)


class _SafeDict(dict):
    """Leaves unknown placeholders visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(template: str, values: dict) -> str:
    """Fill a message's ``{placeholders}``; a template that cannot be filled is shown as it
    is (the catalogue refuses such templates on load: this is the last line of defence)."""
    try:
        return template.format_map(_SafeDict(values))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        return template


def _flag(
    rule: RuleSpec, subject: str, subject_kind: SubjectKind, hit: Hit, base: dict, order: tuple
) -> Flag:
    nl = {**base, **hit.nl}
    en = {**base, **hit.en}
    return Flag(
        rule=rule.id,
        level=rule.level,
        basis=rule.basis,
        thema=rule.thema,
        subject=subject,
        subject_kind=subject_kind,
        message_nl=_render(rule.message(hit.variant, "nl"), nl),
        message_en=_render(rule.message(hit.variant, "en"), en),
        fix_nl=rule.fix_nl,
        source=rule.source,
        params={"variant": hit.variant, **hit.nl, "en": dict(hit.en)},  # "en": English values
        order=order,
    )


class _Order:
    """Display-order keys: subject kind and row, level, theme, rule (``rules.md`` §4)."""

    def __init__(self, catalogue: Catalogue, ctx: CheckContext) -> None:
        self.catalogue = catalogue
        self.ctx = ctx
        self.level = {level: i for i, level in enumerate(LEVELS)}
        self.theme = {theme: i for i, theme in enumerate(THEMES)}

    def __call__(self, rule: RuleSpec, subject_kind: SubjectKind, subject: str) -> tuple[int, ...]:
        if subject_kind == SubjectKind.TABLE:
            row = self.ctx.table_order.get(subject, 0)
        else:
            row = self.ctx.party_order.get(subject, 0)
        return (SUBJECT_KIND_ORDER.index(subject_kind), row, self.level[rule.level],
                self.theme.get(rule.thema, 0), self.catalogue.order[rule.id])


def evaluate(
    region: RegionMap,
    catalogue: Catalogue,
    reference: date,
    tables: Iterable[str] | None = None,
    include_map_rules: bool = True,
) -> list[Flag]:
    """Evaluate the rules without waivers; ``tables`` limits the table rules to those ids."""
    ctx = CheckContext(region, reference)
    order = _Order(catalogue, ctx)
    wanted = None if tables is None else set(tables)
    flags: list[Flag] = []
    for table in region.tables:
        if wanted is not None and table.id not in wanted:
            continue
        base = {"tafel": table.naam, "tafel_id": table.id}
        top_level = ctx.is_top_level(table)
        for rule in catalogue.rules_for(table.soort):
            function = TABLE_CHECKS.get(rule.check["kind"])  # type: ignore[index]
            if function is None or (rule.top_level_only and not top_level):
                continue
            hit = function(ctx, rule, catalogue, table)
            if hit is not None:
                key = order(rule, SubjectKind.TABLE, table.id)
                flags.append(_flag(rule, table.id, SubjectKind.TABLE, hit, base, key))
    if include_map_rules:
        for rule in catalogue.rules_for("map"):
            map_check = MAP_CHECKS.get(rule.check["kind"])  # type: ignore[index]
            if map_check is None:
                continue
            kind = SubjectKind.MAP if rule.subject == SubjectKind.MAP else SubjectKind.PARTY
            for subject, map_hit in map_check(ctx, rule, catalogue):
                key = order(rule, kind, subject)
                flags.append(_flag(rule, subject, kind, map_hit, {}, key))
    flags.sort(key=lambda f: f.order)
    return flags


@dataclass(frozen=True)
class WaiverIndex:
    """Keuzes rows by (rule, subject) for matching flags (``rules.md`` §5)."""

    by_key: dict[tuple[str, str], Waiver]

    @classmethod
    def build(cls, waivers: Iterable[Waiver]) -> WaiverIndex:
        return cls({(w.regel.upper(), w.onderwerp.lower()): w for w in waivers})

    def match(self, flag: Flag) -> Waiver | None:
        """The subject row wins over a ``kaart`` row."""
        rule = flag.rule.upper()
        return self.by_key.get((rule, flag.subject.lower())) or self.by_key.get(
            (rule, RESERVED_SUBJECT)
        )


def apply_waivers(flags: list[Flag], waivers: Iterable[Waiver]) -> list[Flag]:
    """Mark the flags that a Keuzes row matches; never add, drop or re-level a flag."""
    index = WaiverIndex.build(waivers)
    if not index.by_key:
        return flags
    result = []
    for flag in flags:
        waiver = index.match(flag)
        if waiver is None:
            result.append(flag)
        else:
            result.append(
                replace(
                    flag,
                    waived=True,
                    waiver_reason=waiver.reden,
                    waiver_date=waiver.datum,
                    waiver_by=waiver.door,
                )
            )
    return result


def unused_waivers(flags: list[Flag], waivers: Iterable[Waiver]) -> list[Waiver]:
    """Keuzes rows that match no flag: "niet (meer) van toepassing"."""
    used: set[tuple[str, str]] = set()
    for flag in flags:
        used.add((flag.rule.upper(), flag.subject.lower()))
        used.add((flag.rule.upper(), RESERVED_SUBJECT))
    return [w for w in waivers if (w.regel.upper(), w.onderwerp.lower()) not in used]


def check_map(
    region: RegionMap,
    *,
    today: date | None = None,
    catalogue: Catalogue | None = None,
    own_rules_included: bool = False,
) -> list[Flag]:
    """All flags of the map, waived ones included, in display order.

    ``today`` is the date of the check; it is the reference date for mandate
    validity when Kaart has no ``peildatum``. ``own_rules_included`` says that
    ``catalogue`` already holds the region's own rules.
    """
    catalogue = catalogue or default_catalogue()
    if not own_rules_included:
        catalogue = catalogue.with_region_rules(region.custom_rules)
    flags = evaluate(region, catalogue, region.reference_date(today))
    return apply_waivers(flags, region.waivers)


def open_count(flags: Iterable[Flag]) -> int:
    """The number of flags that are not waived (badges, overview)."""
    return sum(1 for f in flags if not f.waived)


def fails_at(flags: Iterable[Flag], level: str) -> bool:
    """Whether an unwaived flag at or above ``level`` exists (for ``--fail-on``)."""
    threshold = LEVELS.index(level)
    return any(not f.waived and LEVELS.index(f.level) <= threshold for f in flags)
