"""Where the region lies: which divisions the gemeenten of the map and of each table fall
into, and where they cut across.

An :class:`Area` is a set of current gemeenten: the map's own, or a table's werkgebied.
For every division (:mod:`stakeholders.model.divisions`) it knows the regions it touches
(:class:`Part`: which of the area's gemeenten lie there, and whether the whole region is
inside). :func:`analyse` adds what cuts across: tables that lie partly outside the map,
parties serving gemeenten outside the map, and tables whose werkgebieden overlap.

**The map's own gemeenten** (decided here, the contract is silent):

1. when Kaart ``regio-indeling`` is a division the app has data for and Kaart ``regio``
   names one of its regions (by name or code), the gemeenten of that region;
2. otherwise the union of the ``gemeenten`` of the map's parties of type ``gemeente``
   (the definition rules.md §2 uses for "the gemeenten of X" without a werkgebied);
3. otherwise the union of the tables' werkgebieden.

Historic codes count as their successor (and are reported); codes the data does not know
are left out and reported. Qt-free; the texts are Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from stakeholders.i18n import translator
from stakeholders.model import vocab
from stakeholders.model.divisions import Division, Divisions, Region
from stakeholders.model.regionmap import RegionMap

MAP_ID = "kaart"


_t = translator("congruence")


@dataclass(frozen=True)
class Part:
    """One region an area touches: the area's gemeenten in it, and the region's size."""

    region: Region
    inside: tuple[str, ...]
    total: int

    @property
    def whole(self) -> bool:
        return len(self.inside) == self.total


@dataclass(frozen=True)
class Spread:
    """How an area's gemeenten fall into the regions of one division."""

    division: Division
    parts: tuple[Part, ...]
    unplaced: tuple[str, ...] = ()  #: gemeenten this division's data does not place

    @property
    def crosses(self) -> bool:
        return len(self.parts) > 1


@dataclass
class Area:
    """The map or one table, with its gemeenten and how they spread over the divisions."""

    id: str
    name: str
    gemeenten: tuple[str, ...]
    spreads: dict[str, Spread] = field(default_factory=dict)
    basis: str = ""  #: how the gemeenten were determined
    historic: tuple[str, ...] = ()  #: notes on historic codes that were resolved
    unknown: tuple[str, ...] = ()  #: codes the data does not know
    outside: tuple[str, ...] = ()  #: (tables) gemeenten outside the map's


@dataclass
class Congruence:
    """Everything the view, the CLI and the page show."""

    data: Divisions
    map_area: Area
    map_label: str  #: "de zorgkantoorregio Kustmarken", or "de kaart"
    map_region: Region | None
    tables: list[Area]
    #: (id, naam, type, codes outside) of parties serving gemeenten outside the map's
    parties_outside: list[tuple[str, str, str, tuple[str, ...]]]
    overlaps: list[tuple[str, str, tuple[str, ...]]]  #: (table id, table id, shared codes)

    def name(self, code: str) -> str:
        return self.data.name(code) or code

    def names(self, codes) -> str:
        return ", ".join(self.name(c) for c in codes)

    def area(self, area_id: str) -> Area | None:
        return next((a for a in [self.map_area, *self.tables] if a.id == area_id), None)


# -- analysis ----------------------------------------------------------------------------------
def _resolve(data: Divisions, codes) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(current codes sorted by name, notes on historic ones, unknown codes)."""
    current: list[str] = []
    notes: list[str] = []
    unknown: list[str] = []
    for code in codes:
        now = data.current(code)
        if now is None:
            unknown.append(code)
            continue
        if now != code.strip().upper():
            notes.append(data.historic_note(code))
        if now not in current:
            current.append(now)
    current.sort(key=lambda c: data.name(c).lower())
    return tuple(current), tuple(notes), tuple(unknown)


def spread(data: Divisions, gemeenten: tuple[str, ...], division: Division) -> Spread:
    """How ``gemeenten`` (current codes) fall into the regions of ``division``."""
    by_region: dict[str, list[str]] = {}
    unplaced = []
    for code in gemeenten:
        region = data.region_of(code, division.slug)
        if region is None:
            unplaced.append(code)
        else:
            by_region.setdefault(region.code, []).append(code)
    parts = [Part(data.regions[division.slug][rc], tuple(codes),
                  len(data.members(division.slug, rc))) for rc, codes in by_region.items()]
    parts.sort(key=lambda p: (-len(p.inside), p.region.name.lower()))
    return Spread(division, tuple(parts), tuple(unplaced))


def _area(data: Divisions, area_id: str, name: str, codes, basis: str = "") -> Area:
    current, notes, unknown = _resolve(data, codes)
    area = Area(area_id, name, current, basis=basis, historic=notes, unknown=unknown)
    if current:
        area.spreads = {d.slug: spread(data, current, d) for d in data.ordered()}
    return area


def _map_gemeenten(region: RegionMap, data: Divisions) -> tuple[list[str], str, Region | None]:
    info = region.info
    slug = vocab.REGION_DIVISIONS.resolve(info.regio_indeling) or info.regio_indeling
    if slug in data.divisions and info.regio:
        found = data.find_region(slug, info.regio)
        if found is not None:
            division = data.divisions[slug]
            return list(data.members(slug, found.code)), _t(
                "de gemeenten van de {indeling} {naam} (bron: {bron})").format(
                indeling=division.label, naam=found.name, bron=division.source), found
    codes = [c for p in region.parties if p.type == "gemeente" for c in p.gemeenten]
    if codes:
        count = sum(1 for p in region.parties if p.type == "gemeente" and p.gemeenten)
        return codes, _t("de gemeenten van de {n} gemeentepartij(en) op de kaart").format(
            n=count), None
    codes = [c for t in region.tables for c in t.werkgebied]
    if codes:
        return codes, _t("de werkgebieden van de tafels (geen gemeentepartijen met "
                         "gemeenten)"), None
    return [], _t("geen: leg de gemeenten vast bij de gemeentepartijen of in het werkgebied "
                  "van een tafel"), None


def _map_label(region: RegionMap) -> str:
    info = region.info
    if info.regio and info.regio_indeling:
        return _t("de {indeling} {regio}").format(
            indeling=vocab.division_label(info.regio_indeling), regio=info.regio)
    return _t("de kaart")


def analyse(region: RegionMap, data: Divisions) -> Congruence:
    """The congruence of the map ``region`` with the divisions in ``data``."""
    codes, basis, found = _map_gemeenten(region, data)
    map_area = _area(data, MAP_ID, region.info.naam or _t("de kaart"), codes, basis)
    inside = set(map_area.gemeenten)
    tables = []
    for table in region.tables:
        if not table.werkgebied:
            continue
        area = _area(data, table.id, table.naam, table.werkgebied)
        if inside:
            area.outside = tuple(c for c in area.gemeenten if c not in inside)
        tables.append(area)
    parties = []
    if inside:
        for party in region.parties:
            current, _notes, _unknown = _resolve(data, party.gemeenten)
            outside = tuple(c for c in current if c not in inside)
            if outside:
                parties.append((party.id, party.naam, party.type, outside))
    overlaps = []
    for a, b in combinations(tables, 2):
        shared = tuple(c for c in a.gemeenten if c in set(b.gemeenten))
        if shared:
            overlaps.append((a.id, b.id, shared))
    return Congruence(data, map_area, _map_label(region), found, tables, parties, overlaps)
