"""Aggregate a map whose names cannot be printed readably, even on A3.

Three levels, from fine to coarse (:data:`LEVELS`): per table, its seated
parties merged per type and ring into one node ("12× huisartsen"), parties
without a seat per type; per table and domain; per domain for the whole
region. Tables stay as they are; the aggregated map gets the default layout
(:func:`~stakeholders.layout.auto_layout`). The page decides which level it needs (the
finest whose names it can print large enough, see
:mod:`stakeholders.export.plan`) and says that it shows an aggregate.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from stakeholders.i18n import translator
from stakeholders.model import vocab
from stakeholders.model.entities import Party, Seat
from stakeholders.model.regionmap import RegionMap

_t = translator("overview")


#: The aggregation levels, from fine to coarse.
LEVELS = ("type", "domain", "region")


def _group_key(level: str, table: str, type_id: str, ring: str) -> tuple[str, str, str]:
    if level == "type":
        return (table, type_id, ring)
    if level == "domain":
        return (table, vocab.domain_of(type_id), "")
    return ("", vocab.domain_of(type_id), "")


def _label(level: str, key: str) -> str:
    if level == "type":
        types = vocab.party_types()
        return types[key].label_nl if key in types else key
    return vocab.domains()[key].label_nl if key in vocab.domains() else key


def _representative_type(domain: str) -> str:
    """A party type of the domain, so the aggregated node gets the domain's colour and shape."""
    return next((t.id for t in vocab.party_types() if t.domain == domain), "anders")


def _groups(region: RegionMap, level: str, by_id: dict[str, Party]
            ) -> tuple[dict[tuple[str, str, str], set[str]], dict[str, set[str]]]:
    """Seated parties per (table, type or domain, ring) and unseated parties per type/domain."""
    groups: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    seated: set[str] = set()
    for seat in region.seats:
        party = by_id.get(seat.partij)
        if party is None:
            continue
        ring = "toehoorder" if seat.rol == "toehoorder" else seat.ring
        groups[_group_key(level, seat.tafel, party.type, ring)].add(party.id)
        seated.add(party.id)
    loose: dict[str, set[str]] = defaultdict(set)
    for party in region.parties:
        if party.id not in seated:
            key = party.type if level == "type" else vocab.domain_of(party.type)
            loose[key].add(party.id)
    return groups, loose


def aggregate(region: RegionMap, level: str) -> tuple[RegionMap, str]:
    """The map aggregated at ``level`` (one of :data:`LEVELS`, with fresh positions) and
    the note for the page."""
    from stakeholders.layout import auto_layout

    by_id = {p.id: p for p in region.parties}
    wordings = {"type": _t("per tafel en type"), "domain": _t("per tafel en domein"),
                "region": _t("per domein")}
    if level not in wordings:
        raise ValueError(f"unknown aggregation level {level!r}")
    groups, loose = _groups(region, level, by_id)
    parties: list[Party] = []
    seats: list[Seat] = []
    if level == "region":
        # One node per domain; a seat to every table where that domain sits.
        members: dict[str, set[str]] = defaultdict(set)
        for (_table, domain, _ring), ids in groups.items():
            members[domain] |= ids
        for index, domain in enumerate(sorted(members)):
            node = f"agg{index}"
            label = _label("domain", domain)
            parties.append(Party(id=node, naam=f"{len(members[domain])}× {label}",
                                 type=_representative_type(domain)))
            tables_of_domain = {s.tafel for s in region.seats
                                if by_id.get(s.partij) is not None
                                and vocab.domain_of(by_id[s.partij].type) == domain}
            seats.extend(Seat(tafel=t, partij=node) for t in sorted(tables_of_domain))
    else:
        for index, ((table, key, ring), ids) in enumerate(sorted(groups.items())):
            node = f"agg{index}"
            type_id = key if level == "type" else _representative_type(key)
            parties.append(Party(id=node, naam=f"{len(ids)}× {_label(level, key)}", type=type_id))
            seats.append(Seat(tafel=table, partij=node,
                              rol="toehoorder" if ring == "toehoorder" else "lid",
                              ring="tweede-ring" if ring in ("toehoorder", "tweede-ring")
                              else "kopgroep"))
    for index, (key, ids) in enumerate(sorted(loose.items())):
        name_level = "type" if level == "type" else "domain"
        type_id = key if level == "type" else _representative_type(key)
        parties.append(Party(id=f"los{index}",
                             naam=f"{len(ids)}× {_label(name_level, key)} (zonder zetel)",
                             type=type_id))
    tables = [replace(t, voorzitter="", secretariaat="", pos=None) for t in region.tables]
    drawn = RegionMap(region.info, parties, tables, seats, [], [], [])
    positions = auto_layout(drawn)
    drawn.parties = [replace(p, pos=positions.get(p.uid)) for p in drawn.parties]
    drawn.tables = [replace(t, pos=positions.get(t.uid)) for t in drawn.tables]
    note = _t("Geaggregeerd: de {n} partijen staan {hoe} samengevoegd ({k} knopen); de kaart "
              "per partij staat in het programma.").format(n=len(region.parties),
                                                          hoe=wordings[level], k=len(parties))
    return drawn, note
