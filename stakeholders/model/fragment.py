"""Copy and paste a part of a map, within one map or between maps.

A fragment holds the chosen parties and tables plus the seats, mandates and
relations *between them* (a mandate on behalf of a type is kept when its
holder is copied). On the clipboard it is ``.regiokaart`` JSON
(:mod:`stakeholders.io.clipboard`), so pasting validates it like any file. On
paste, ids that already exist get a fresh id, references follow (every
reference column of the schema), positions shift so the copy is visible next to
the original, and the result is planned as operations (one undo step).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from stakeholders.model import schema
from stakeholders.model.edits import new_id
from stakeholders.model.entities import MapInfo, Position, Table, new_uid
from stakeholders.model.kinds import NODE_KINDS, EntityKind
from stakeholders.model.ops import Insert, Op
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.schema import Kind

PASTE_OFFSET = 60.0


def extract(region: RegionMap, uids: set[str]) -> RegionMap:
    """The fragment of ``region`` made of the parties/tables in ``uids`` and their links."""
    parties = [p for p in region.parties if p.uid in uids]
    tables = [t for t in region.tables if t.uid in uids]
    party_ids = {p.id for p in parties}
    table_ids = {t.id for t in tables}
    ids = party_ids | table_ids
    inside = {Kind.PARTY_REF: party_ids, Kind.CHAIR: party_ids, Kind.TABLE_REF: table_ids,
              Kind.PARENT: table_ids}
    # A table keeps the references that point into the fragment.
    tables = [replace(t, **_cleared(t, inside)) for t in tables]
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


def _cleared(table: Table, inside: dict[Kind, set[str]]) -> dict[str, Any]:
    """The references of ``table`` that point outside the fragment, cleared."""
    return {c.attr: "" for c in schema.TAFELS.columns
            if c.kind in inside and getattr(table, c.attr) not in inside[c.kind]}


def plan_paste(region: RegionMap, fragment: RegionMap, offset: float = PASTE_OFFSET,
               name_suffix: str = "") -> tuple[list[Op], list[str]]:
    """Operations that add the fragment to ``region``; also the uids of the new nodes.

    ``name_suffix`` (e.g. " (kopie)") is added to the names of the copied parties and tables.
    """
    rename = _fresh_ids(region, fragment)

    def shift(pos: Position | None) -> Position | None:
        return None if pos is None else (pos[0] + offset, pos[1] + offset)

    ops: list[Op] = []
    new_nodes: list[str] = []
    for spec in schema.SHEETS:
        if spec.key_value:
            continue
        attrs = schema.reference_attrs(spec)
        start = len(region.items(spec.kind))
        for index, item in enumerate(fragment.items(spec.kind)):
            changes: dict[str, Any] = {a: rename.get(getattr(item, a), getattr(item, a))
                                       for a in attrs}
            if spec.kind in NODE_KINDS:
                changes.update(id=rename[item.id], naam=item.naam + name_suffix,
                               pos=shift(item.pos))
            copy = replace(item, **changes, uid=new_uid())
            ops.append(Insert(spec.kind, copy, start + index))
            if spec.kind in NODE_KINDS:
                new_nodes.append(copy.uid)
    return ops, new_nodes


def _fresh_ids(region: RegionMap, fragment: RegionMap) -> dict[str, str]:
    """Fragment id -> the id of its copy: the same id while it is free, else a fresh one."""
    taken = {fold(p.id) for p in region.parties} | {fold(t.id) for t in region.tables}
    rename: dict[str, str] = {}
    working = RegionMap(region.info, list(region.parties), list(region.tables))
    for kind, prefix in ((EntityKind.PARTY, "P"), (EntityKind.TABLE, "T")):
        for item in fragment.items(kind):
            fresh = new_id(working, prefix) if fold(item.id) in taken else item.id
            rename[item.id] = fresh
            taken.add(fold(fresh))
            working.items(kind).append(replace(item, id=fresh))
    return rename
