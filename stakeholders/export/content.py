"""What goes on the overview page, computed from the model (no Qt).

:func:`build_content` decides the scope (whole region or one table), the
title block, the findings (flags per subject and theme), the table list, the
coverage per table and domain, and the legend entries that actually occur.
Whether the map must be aggregated is decided when the page is laid out
(:mod:`stakeholders.export.plan`), which swaps the drawn map with
:func:`with_drawn`. Dates are written the Dutch way. With ``anonymous`` every
person's name is left out: contact persons, independent chairs, the author
and who made a deliberate choice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from stakeholders import __version__
from stakeholders.export.options import ExportOptions
from stakeholders.i18n import translator
from stakeholders.model import vocab
from stakeholders.model.dates import dutch_date
from stakeholders.model.regionmap import RESERVED_SUBJECT, RegionMap
from stakeholders.model.yesno import is_yes_value
from stakeholders.placement import with_positions
from stakeholders.rules.catalogue import LEVELS, default_catalogue
from stakeholders.rules.context import CheckContext
from stakeholders.rules.engine import check_map
from stakeholders.rules.findings import Finding, group_findings, open_findings
from stakeholders.rules.flags import Flag
from stakeholders.rules.sources import titles

_t = translator("overview")


@dataclass(frozen=True)
class TableRow:
    """One line of the table list."""

    id: str
    naam: str
    kind: str
    chair: str
    initiators: str
    kopgroep: int
    tweede_ring: int
    toehoorders: int
    werkgebied: str = ""  #: the names of the gemeenten it covers ("" when not recorded)


@dataclass(frozen=True)
class CoverageRow:
    """Per table: domain -> "lid" (a member), "mandaat" (only via a mandate) or absent."""

    table: str
    cells: dict[str, str]


@dataclass
class OverviewContent:
    """Everything the page shows, as plain data."""

    title: str
    subtitle: str
    drawn: RegionMap  #: what the map drawing shows (maybe aggregated)
    flags: list[Flag]
    findings: list[Finding]  #: the flags as findings (subject, theme), in display order
    subject_names: dict[str, str]
    tables: list[TableRow]
    coverage: list[CoverageRow]
    domains_used: list[str]
    seat_kinds: list[str]  #: kopgroep, tweede-ring, toehoorder
    line_kinds: list[str]  #: mandaat-formeel, mandaat-informeel, mandaat-verlopen, relatie, ...
    badge_levels: list[str]
    aggregated_note: str = ""
    footer: str = ""
    anonymous: bool = False
    open_count: int = 0
    waived_count: int = 0
    reference: date | None = None  #: the map's reference date (which mandates are valid)
    scoped: RegionMap | None = None  #: what the page is about, before any aggregation
    extra: dict = field(default_factory=dict)


def _scope(region: RegionMap, table_id: str) -> RegionMap:
    """Only one table, its seated parties, and the mandates and relations among them."""
    if not table_id:
        return region
    tables = [t for t in region.tables if t.id == table_id]
    seats = [s for s in region.seats if s.tafel == table_id]
    seated = {s.partij for s in seats}
    parties = [p for p in region.parties if p.id in seated]
    mandates = [m for m in region.mandates if m.houder in seated
                and (not m.tafel or m.tafel == table_id)
                and (m.namens_type or m.namens_partij in seated)]
    ids = seated | {table_id}
    relations = [r for r in region.relations if r.van in ids and r.naar in ids]
    tables = [replace(t, bovenliggende_tafel="") for t in tables]
    return replace(region, parties=parties, tables=tables, seats=seats, mandates=mandates,
                   relations=relations, waivers=list(region.waivers))


def _anonymise(region: RegionMap) -> RegionMap:
    return replace(
        region,
        info=replace(region.info, auteur=""),
        parties=[replace(p, contactpersoon="") for p in region.parties],
        tables=[replace(t, onafhankelijke_voorzitter=(
            "ja" if t.onafhankelijke_voorzitter.strip()
            and t.onafhankelijke_voorzitter.strip().lower() not in ("nee", "n", "no", "false",
                                                                   "onwaar", "0")
            else t.onafhankelijke_voorzitter)) for t in region.tables],
        waivers=[replace(w, door="") for w in region.waivers],
    )


def _chair_text(ctx: CheckContext, table, anonymous: bool) -> str:
    names = []
    chair = ctx.chair(table)
    if chair and chair in ctx.party:
        names.append(ctx.party[chair].naam)
    if ctx.has_independent_chair(table):
        person = table.onafhankelijke_voorzitter.strip()
        if anonymous or is_yes_value(person):
            names.append(_t("onafhankelijke voorzitter"))
        else:
            names.append(_t("{naam} (onafhankelijk)").format(naam=person))
    return "; ".join(names) or _t("geen")


def build_content(region: RegionMap, options: ExportOptions, today: date | None = None
                  ) -> OverviewContent:
    """Compute the page content for ``region`` with ``options``."""
    today = today or date.today()
    region = with_positions(region)
    changes = None
    if options.changes_since:
        from stakeholders.export.changes_block import changes_block

        changes = changes_block(region, options.changes_since, today,
                                _anonymise if options.anonymous else lambda r: r)
    if options.anonymous:
        region = _anonymise(region)
    all_flags = check_map(region, today=today)
    scoped = _scope(region, options.table)
    if options.table:
        flags = [f for f in all_flags if f.subject == options.table]
    else:
        flags = all_flags
    ctx = CheckContext(scoped, region.reference_date(today))
    info = region.info

    title = options.title or info.naam or _t("Regiokaart")
    if options.table and not options.title:
        table = next((t for t in region.tables if t.id == options.table), None)
        if table is not None:
            title = f"{table.naam} — {info.naam}" if info.naam else table.naam
    if options.subtitle:
        subtitle = options.subtitle
    else:
        bits = []
        if info.regio_indeling or info.regio:
            division = vocab.division_label(info.regio_indeling)
            bits.append(" ".join(x for x in (division, info.regio) if x))
        bits.append(_t("peildatum {datum}").format(datum=dutch_date(info.peildatum or today)))
        if info.versie:
            bits.append(_t("versie {versie}").format(versie=info.versie))
        if info.auteur:
            bits.append(_t("auteur {naam}").format(naam=info.auteur))
        subtitle = " · ".join(bits)

    names = ({t.id: t.naam for t in region.tables} | {p.id: p.naam for p in region.parties}
             | {RESERVED_SUBJECT: info.naam or _t("de kaart")})
    findings = group_findings(flags)

    kinds = vocab.table_kinds()
    table_rows = []
    coverage = []
    domain_of = vocab.domain_of
    for table in scoped.tables:
        seats = ctx.seats_at.get(table.id, [])
        table_rows.append(TableRow(
            id=table.id,
            naam=table.naam,
            kind=kinds.by_id[table.soort].label_nl if table.soort in kinds else table.soort,
            chair=_chair_text(ctx, table, options.anonymous),
            initiators=ctx.names_of(ctx.initiators(table.id)) or _t("geen"),
            kopgroep=sum(1 for s in seats if s.ring == "kopgroep" and s.rol != "toehoorder"),
            tweede_ring=sum(1 for s in seats if s.ring == "tweede-ring" and s.rol != "toehoorder"),
            toehoorders=sum(1 for s in seats if s.rol == "toehoorder"),
            werkgebied=", ".join(region.gemeente_name(code) for code in table.werkgebied),
        ))
        member_domains = {domain_of(ctx.type_of[p]) for p in ctx.members(table.id)
                          if p in ctx.type_of}
        covered_domains = {domain_of(t) for t in ctx.covered_types(table.id)}
        cells = {d: "lid" for d in member_domains}
        cells.update({d: "mandaat" for d in covered_domains - member_domains})
        coverage.append(CoverageRow(table.naam, cells))

    open_flags = [f for f in flags if not f.waived]
    badge_levels = [level for level in LEVELS if any(f.level == level for f in open_flags)]
    catalogue = default_catalogue()
    cited: list[str] = []
    for flag in flags:
        for document in titles(flag.source, catalogue.vocabulary.sources, short=False):
            if document not in cited:
                cited.append(document)
    sources = (_t("Bronnen van de signaleringen: {bronnen}. ").format(bronnen="; ".join(cited))
               if cited else "")
    footer = (_t("Gemaakt op {datum} met stakeholders {versie}. ").format(
                  datum=dutch_date(today), versie=__version__)
              + (_t("Namen van personen zijn weggelaten (anoniem). ") if options.anonymous
                 else "")
              + sources + _t("Gemeentecodes: CBS, CC BY 4.0."))
    content = OverviewContent(
        title=title,
        subtitle=subtitle,
        drawn=scoped,
        flags=flags,
        findings=findings,
        subject_names=names,
        tables=table_rows,
        coverage=coverage,
        domains_used=[],
        seat_kinds=[],
        line_kinds=[],
        badge_levels=badge_levels,
        footer=footer,
        anonymous=options.anonymous,
        open_count=open_findings(findings),
        waived_count=len(flags) - len(open_flags),
        reference=region.reference_date(today),
        scoped=scoped,
    )
    if changes is not None:
        content.extra["changes"] = changes
    return with_drawn(content, scoped)


def with_drawn(content: OverviewContent, drawn: RegionMap, note: str = "") -> OverviewContent:
    """The same content with ``drawn`` as the map (an aggregate, say) and its legend entries."""
    domain_of = vocab.domain_of
    domains_used = [d for d in vocab.domains() if any(domain_of(p.type) == d
                                                     for p in drawn.parties)]
    for mandate in drawn.mandates:
        if mandate.namens_type and domain_of(mandate.namens_type) not in domains_used:
            domains_used.append(domain_of(mandate.namens_type))
    seat_kinds = []
    if any(s.rol != "toehoorder" and s.ring == "kopgroep" for s in drawn.seats):
        seat_kinds.append("kopgroep")
    if any(s.rol != "toehoorder" and s.ring == "tweede-ring" for s in drawn.seats):
        seat_kinds.append("tweede-ring")
    if any(s.rol == "toehoorder" for s in drawn.seats):
        seat_kinds.append("toehoorder")
    reference = content.reference or date.today()
    line_kinds = []
    current = [m for m in drawn.mandates if m.is_valid_on(reference)]
    if any(m.formeel for m in current):
        line_kinds.append("mandaat-formeel")
    if any(not m.formeel for m in current):
        line_kinds.append("mandaat-informeel")
    if any(not m.is_valid_on(reference) for m in drawn.mandates):
        line_kinds.append("mandaat-verlopen")
    if drawn.relations:
        line_kinds.append("relatie")
    if any(t.bovenliggende_tafel for t in drawn.tables):
        line_kinds.append("onderdeel")
    return replace(content, drawn=drawn, aggregated_note=note, domains_used=domains_used,
                   seat_kinds=seat_kinds, line_kinds=line_kinds)
