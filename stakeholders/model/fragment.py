"""Copy and paste a part of a map, within one map or between maps.

A fragment holds the chosen parties and tables plus the seats, mandates and
relations *between them* (a mandate on behalf of a type is kept when its
holder is copied). It is serialised as ``.regiokaart`` JSON, so pasting
validates it like any file. On paste, ids that already exist get a fresh
id, references follow, positions shift so the copy is visible next to the
original, and the result is planned as operations (one undo step).
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from stakeholders.io import regiokaart
from stakeholders.io.problems import MapLoadError
from stakeholders.model.edits import EditError, new_id
from stakeholders.model.entities import MapInfo, new_uid
from stakeholders.model.ops import Insert, Op
from stakeholders.model.regionmap import RegionMap, fold

MIME_TYPE = "application/x-stakeholders-fragment"
PASTE_OFFSET = 60.0


def extract(region: RegionMap, uids: set[str]) -> RegionMap:
    """The fragment of ``region`` made of the parties/tables in ``uids`` and their links."""
    parties = [p for p in region.parties if p.uid in uids]
    tables = [t for t in region.tables if t.uid in uids]
    ids = {p.id for p in parties} | {t.id for t in tables}
    table_ids = {t.id for t in tables}
    party_ids = {p.id for p in parties}
    tables = [replace(t,
                      bovenliggende_tafel=t.bovenliggende_tafel if t.bovenliggende_tafel in ids
                      else "",
                      voorzitter=t.voorzitter if t.voorzitter in party_ids else "",
                      secretariaat=t.secretariaat if t.secretariaat in party_ids else "")
              for t in tables]
    seats = [s for s in region.seats if s.tafel in table_ids and s.partij in party_ids]
    seated = {(s.tafel, s.partij) for s in seats}
    tables = [t if not t.voorzitter or (t.id, t.voorzitter) in seated
              else replace(t, voorzitter="") for t in tables]
    mandates = [m for m in region.mandates
                if m.houder in party_ids
                and (m.namens_type or m.namens_partij in party_ids)
                and (not m.tafel or m.tafel in table_ids)]
    relations = [r for r in region.relations if r.van in ids and r.naar in ids]
    return RegionMap(MapInfo(naam="fragment"), parties, tables, seats, mandates, relations, [])


def to_text(fragment: RegionMap) -> str:
    """The fragment as clipboard text (``.regiokaart`` JSON)."""
    return regiokaart.dumps(fragment)


def from_text(text: str) -> RegionMap:
    """Read clipboard text back; :class:`EditError` when it is not a valid fragment."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EditError("het klembord bevat geen kaartonderdelen") from exc
    if not isinstance(data, dict) or data.get("formaat") != regiokaart.FORMAT_NAME:
        raise EditError("het klembord bevat geen kaartonderdelen")
    try:
        return regiokaart.parse(text, _ClipboardPath()).map
    except MapLoadError as exc:
        raise EditError("kaartonderdelen op het klembord zijn ongeldig: "
                        + "; ".join(p.text() for p in exc.errors[:3])) from exc


class _ClipboardPath:
    """Stands in for a path in messages about clipboard content."""

    name = "klembord"
    stem = "klembord"


def plan_paste(region: RegionMap, fragment: RegionMap, offset: float = PASTE_OFFSET,
               name_suffix: str = "") -> tuple[list[Op], list[str]]:
    """Operations that add the fragment to ``region``; also the uids of the new nodes.

    ``name_suffix`` (e.g. " (kopie)") is added to the names of the copied parties and tables.
    """
    taken = {fold(p.id) for p in region.parties} | {fold(t.id) for t in region.tables}
    rename: dict[str, str] = {}
    working = RegionMap(region.info, list(region.parties), list(region.tables))
    for item, prefix in [*((p, "P") for p in fragment.parties),
                         *((t, "T") for t in fragment.tables)]:
        if fold(item.id) in taken:
            fresh = new_id(working, prefix)
        else:
            fresh = item.id
        rename[item.id] = fresh
        taken.add(fold(fresh))
        if prefix == "P":
            working.parties.append(replace(item, id=fresh))
        else:
            working.tables.append(replace(item, id=fresh))

    def ref(value: str) -> str:
        return rename.get(value, value)

    def shift(pos: Any) -> Any:
        return None if pos is None else (pos[0] + offset, pos[1] + offset)

    ops: list[Op] = []
    new_nodes: list[str] = []
    for party in fragment.parties:
        copy = replace(party, id=ref(party.id), naam=party.naam + name_suffix,
                       pos=shift(party.pos), uid=new_uid())
        ops.append(Insert("party", copy, len(region.parties) + len(new_nodes)))
        new_nodes.append(copy.uid)
    for table_count, table in enumerate(fragment.tables):
        copy = replace(table, id=ref(table.id), naam=table.naam + name_suffix,
                       pos=shift(table.pos), uid=new_uid(),
                       bovenliggende_tafel=ref(table.bovenliggende_tafel),
                       voorzitter=ref(table.voorzitter), secretariaat=ref(table.secretariaat))
        ops.append(Insert("table", copy, len(region.tables) + table_count))
        new_nodes.append(copy.uid)
    for index, seat in enumerate(fragment.seats):
        ops.append(Insert("seat", replace(seat, tafel=ref(seat.tafel), partij=ref(seat.partij),
                                          uid=new_uid()), len(region.seats) + index))
    for index, mandate in enumerate(fragment.mandates):
        ops.append(Insert("mandate", replace(mandate, houder=ref(mandate.houder),
                                             namens_partij=ref(mandate.namens_partij),
                                             tafel=ref(mandate.tafel), uid=new_uid()),
                          len(region.mandates) + index))
    for index, relation in enumerate(fragment.relations):
        ops.append(Insert("relation", replace(relation, van=ref(relation.van),
                                              naar=ref(relation.naar), uid=new_uid()),
                          len(region.relations) + index))
    return ops, new_nodes
