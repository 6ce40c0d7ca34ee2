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
from stakeholders.model.entities import MapInfo, Position, new_uid
from stakeholders.model.kinds import NODE_KINDS, EntityKind
from stakeholders.model.ops import Insert, Op
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.schema import Kind

PASTE_OFFSET = 60.0


def extract(region: RegionMap, uids: set[str]) -> RegionMap:
    """The fragment of ``region`` made of the parties/tables in ``uids`` and their links.

    Parties and tables keep the references that point into the fragment (a chair also
    needs its seat there); seats, mandates and relations are kept when everything they
    name is in the fragment. Choices are not copied.
    """
    nodes: dict[str, list[Any]] = {kind: [n for n in region.items(kind) if n.uid in uids]
                                   for kind in NODE_KINDS}
    inside = {EntityKind(kind): {n.id for n in items} for kind, items in nodes.items()}
    links = {spec.kind: [item for item in region.items(spec.kind)
                         if all(_inside(c, item, inside) for c in spec.columns)]
             for spec in (schema.ZETELS, schema.MANDATEN, schema.RELATIES)}
    seated = {(s.tafel, s.partij) for s in links[EntityKind.SEAT]}
    for spec in (schema.PARTIJEN, schema.TAFELS):
        nodes[spec.kind] = [replace(n, **{
            c.attr: "" for c in spec.columns
            if not _inside(c, n, inside)
            or (c.kind is Kind.CHAIR and getattr(n, c.attr) and (n.id, n.voorzitter) not in seated)
        }) for n in nodes[spec.kind]]
    return RegionMap(MapInfo(naam="fragment"), nodes[EntityKind.PARTY], nodes[EntityKind.TABLE],
                     links[EntityKind.SEAT], links[EntityKind.MANDATE],
                     links[EntityKind.RELATION], [])


def _inside(column: schema.Column, item: Any, inside: dict[EntityKind, set[str]]) -> bool:
    """Whether the party or table ``column`` of ``item`` names (if any) is in the fragment."""
    if column.kind is Kind.NAMENS:
        return not item.namens_partij or item.namens_partij in inside[EntityKind.PARTY]
    if not column.kind.is_reference or not getattr(item, column.attr):
        return True
    target = column.kind.target
    ids = inside[EntityKind.PARTY] | inside[EntityKind.TABLE] if target is None else inside[target]
    return getattr(item, column.attr) in ids


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
