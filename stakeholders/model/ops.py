"""Primitive operations on a map: the only way a :class:`RegionMap` changes while editing.

A user's edit is planned (:mod:`stakeholders.model.edits`) as a list of
operations. Applying the list does the edit; applying :func:`invert` of it
undoes the edit exactly, including list order. Operations are plain data,
so undo, redo, tests and a future change log all use the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stakeholders.model.entities import MapInfo
from stakeholders.model.regionmap import RegionMap


@dataclass(frozen=True)
class Insert:
    """Insert ``entity`` at ``index`` of its kind's list."""

    kind: str
    entity: Any
    index: int


@dataclass(frozen=True)
class Delete:
    """Delete ``entity``, which sits at ``index`` of its kind's list."""

    kind: str
    entity: Any
    index: int


@dataclass(frozen=True)
class Replace:
    """Replace ``old`` by ``new`` (same ``uid``) in place."""

    kind: str
    old: Any
    new: Any


@dataclass(frozen=True)
class SetInfo:
    """Replace the Kaart info."""

    old: MapInfo
    new: MapInfo


@dataclass(frozen=True)
class SetRules:
    """Replace the region's own rules (a tuple of rule specs)."""

    old: tuple[dict[str, Any], ...]
    new: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class SetSnapshots:
    """Replace the map's snapshots (a tuple of :class:`~stakeholders.model.snapshots.Snapshot`)."""

    old: tuple[Any, ...]
    new: tuple[Any, ...]


Op = Insert | Delete | Replace | SetInfo | SetRules | SetSnapshots


def invert(ops: list[Op]) -> list[Op]:
    """The operations that undo ``ops`` (in reverse order)."""
    inverted: list[Op] = []
    for op in reversed(ops):
        if isinstance(op, Insert):
            inverted.append(Delete(op.kind, op.entity, op.index))
        elif isinstance(op, Delete):
            inverted.append(Insert(op.kind, op.entity, op.index))
        elif isinstance(op, Replace):
            inverted.append(Replace(op.kind, op.new, op.old))
        elif isinstance(op, SetRules):
            inverted.append(SetRules(op.new, op.old))
        elif isinstance(op, SetSnapshots):
            inverted.append(SetSnapshots(op.new, op.old))
        else:
            inverted.append(SetInfo(op.new, op.old))
    return inverted


class OpError(RuntimeError):
    """An operation does not fit the map it is applied to (a programming error)."""


def apply_to(region: RegionMap, op: Op) -> None:
    """Apply one operation to a plain map (the Document does this and also signals)."""
    if isinstance(op, SetInfo):
        region.info = op.new
        return
    if isinstance(op, SetRules):
        region.custom_rules = [dict(rule) for rule in op.new]
        return
    if isinstance(op, SetSnapshots):
        region.snapshots = list(op.new)
        return
    items = region.items(op.kind)
    if isinstance(op, Insert):
        if not 0 <= op.index <= len(items):
            raise OpError(f"insert {op.kind} at {op.index} of {len(items)}")
        items.insert(op.index, op.entity)
    elif isinstance(op, Delete):
        if not (0 <= op.index < len(items)) or items[op.index].uid != op.entity.uid:
            raise OpError(f"delete {op.kind} {op.entity.uid} not at {op.index}")
        del items[op.index]
    else:
        for index, item in enumerate(items):
            if item.uid == op.old.uid:
                items[index] = op.new
                return
        raise OpError(f"replace: {op.kind} {op.old.uid} not found")
