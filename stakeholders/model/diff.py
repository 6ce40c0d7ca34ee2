"""What changed between two maps: entities added, removed and changed, field by field.

:func:`diff_maps` compares an older and a newer :class:`RegionMap` (two snapshots, a
snapshot and the map as it is now, or two files). Entities are matched by what
identifies them in the interchange format, ignoring the case of ids
(:data:`IDENTITY`): a party or table by its id, a seat by its table and party, a mandate
by its holder, ``namens`` and table, a relation by its ends and kind, a deliberate choice
by its rule and subject. Two rows with the same identity (a repeated relation) are
matched in row order. A matched pair whose other fields differ is *changed*, with one
:class:`FieldChange` per column of the schema (:mod:`stakeholders.model.schema`), so a
field added there is compared too; the governance fields of a table say so
(:attr:`FieldChange.governance`). The Kaart fields and the region's own rules (by id)
are compared as well.

Canvas positions and pins are not compared: where a party stands is drawing, not a fact
about the region. An entity whose identity changes (a party's id renamed, a mandate moved
to another table) is removed and added. Findings are compared in
:mod:`stakeholders.rules.changes`, which builds on this module. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from stakeholders.model import schema, vocab
from stakeholders.model.dates import dutch_date
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.schema import Column, Kind, SheetSpec

#: The kind of an own-rule change (the rules have no entity kind of their own).
RULE_KIND = "eigen-regel"

#: The columns that identify an entity of each kind (all other columns are its fields).
IDENTITY: dict[EntityKind, tuple[str, ...]] = {
    EntityKind.PARTY: ("id",),
    EntityKind.TABLE: ("id",),
    EntityKind.SEAT: ("tafel", "partij"),
    EntityKind.MANDATE: ("houder", "namens", "tafel"),
    EntityKind.RELATION: ("van", "naar", "soort"),
    EntityKind.WAIVER: ("regel", "onderwerp"),
}


class Change(StrEnum):
    """What happened to an entity (the values are the JSON words)."""

    ADDED = "nieuw"
    REMOVED = "weg"
    CHANGED = "gewijzigd"


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: its column and the old and new values (entity values)."""

    column: Column
    old: Any
    new: Any

    @property
    def name(self) -> str:
        """The canonical column name (``besluitvorming``, ``geldig-tot``)."""
        return self.column.name

    @property
    def governance(self) -> bool:
        """Whether the field is one of a table's governance fields (``rules.md`` §2)."""
        return self.column.name in schema.GOVERNANCE_FIELDS


@dataclass(frozen=True)
class EntityChange:
    """One entity added, removed or changed (``old``/``new``: the entities, or rule dicts)."""

    kind: str
    change: Change
    old: Any = None
    new: Any = None
    fields: tuple[FieldChange, ...] = ()

    @property
    def entity(self) -> Any:
        """The newer version, or the removed one."""
        return self.new if self.new is not None else self.old

    @property
    def ids(self) -> tuple[str, ...]:
        """The party and table ids this change is about (a seat: its table and party)."""
        return entity_ids(self.kind, self.entity)

    @property
    def key(self) -> str:
        """A readable identity: ``P1``, ``T1/P3``, ``H1/type:huisartsen/T1``."""
        if self.kind == RULE_KIND:
            return str(self.entity.get("id", ""))
        return "/".join(str(getattr(self.entity, attr_of(self.kind, c)))
                        for c in IDENTITY[EntityKind(self.kind)]
                        if getattr(self.entity, attr_of(self.kind, c)))


@dataclass(frozen=True)
class MapDiff:
    """Everything that differs between two maps, kinds in sheet order."""

    info: tuple[FieldChange, ...] = ()
    entities: tuple[EntityChange, ...] = ()
    rules: tuple[EntityChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.info or self.entities or self.rules)

    def of_kind(self, kind: str, change: Change | None = None) -> list[EntityChange]:
        """The changes of one entity kind (optionally only added, removed or changed)."""
        return [c for c in self.entities
                if c.kind == kind and (change is None or c.change == change)]

    def count(self) -> int:
        """How many things changed (each entity, Kaart field and own rule counts once)."""
        return len(self.info) + len(self.entities) + len(self.rules)

    def node_ids(self) -> set[str]:
        """Every party and table id a change is about (folded), for highlighting."""
        return {fold(i) for change in self.entities for i in change.ids}


# -- identity ------------------------------------------------------------------------------
def attr_of(kind: str, column_name: str) -> str:
    """The entity attribute of a column of ``kind``'s sheet."""
    return next(c.attr for c in schema.spec_of(kind).columns if c.name == column_name)


def entity_ids(kind: str, entity: Any) -> tuple[str, ...]:
    """The party and table ids an entity names in its identity (not ``kaart``, no types)."""
    if kind == RULE_KIND or entity is None:
        return ()
    spec = schema.spec_of(kind)
    out: list[str] = []
    for column in spec.columns:
        if column.name not in IDENTITY[EntityKind(kind)]:
            continue
        if column.kind is Kind.NAMENS:
            value = entity.namens_partij
        elif column.kind.is_reference or column.kind is Kind.ID:
            value = getattr(entity, column.attr)
        else:
            continue
        if value and value.lower() != "kaart":
            out.append(value)
    return tuple(out)


def _keyed(kind: EntityKind, items: Iterable[Any]) -> dict[tuple[str, ...], Any]:
    """Entities by identity; a repeated identity gets its occurrence number appended."""
    attrs = [attr_of(kind, name) for name in IDENTITY[kind]]
    folded: dict[str, str] = {}  # ids repeat across rows: fold each once
    out: dict[tuple[str, ...], Any] = {}
    seen: dict[tuple[str, ...], int] = {}
    for item in items:
        parts = []
        for attr in attrs:
            value = str(getattr(item, attr) or "")
            if value not in folded:
                folded[value] = fold(value)
            parts.append(folded[value])
        key = tuple(parts)
        seen[key] = seen.get(key, 0) + 1
        out[(*key, str(seen[key]))] = item
    return out


# -- comparing -------------------------------------------------------------------------------
def field_changes(spec: SheetSpec, old: Any, new: Any,
                  skip: Sequence[str] = ()) -> tuple[FieldChange, ...]:
    """The columns of ``spec`` whose values differ between ``old`` and ``new``."""
    changes = []
    for column in spec.columns:
        if column.name in skip:
            continue
        before, after = getattr(old, column.attr), getattr(new, column.attr)
        if before != after:
            changes.append(FieldChange(column, before, after))
    return tuple(changes)


def _entity_changes(kind: EntityKind, old: Sequence[Any], new: Sequence[Any]
                    ) -> list[EntityChange]:
    spec = schema.spec_of(kind)
    before, after = _keyed(kind, old), _keyed(kind, new)
    added = [EntityChange(kind, Change.ADDED, new=item)
             for key, item in after.items() if key not in before]
    removed = [EntityChange(kind, Change.REMOVED, old=item)
               for key, item in before.items() if key not in after]
    changed = []
    for key, item in after.items():
        # A snapshot shares the map's unchanged (immutable) entities: nothing to compare.
        if key in before and before[key] is not item:
            fields = field_changes(spec, before[key], item, IDENTITY[kind])
            if fields:
                changed.append(EntityChange(kind, Change.CHANGED, before[key], item, fields))
    return [*added, *removed, *changed]


def _rule_changes(old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]
                  ) -> list[EntityChange]:
    def by_id(rules: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {str(r.get("id", "")).upper(): r for r in rules}

    before, after = by_id(old), by_id(new)
    out = [EntityChange(RULE_KIND, Change.ADDED, new=r) for k, r in after.items()
           if k not in before]
    out += [EntityChange(RULE_KIND, Change.REMOVED, old=r) for k, r in before.items()
            if k not in after]
    out += [EntityChange(RULE_KIND, Change.CHANGED, before[k], r) for k, r in after.items()
            if k in before and before[k] != r]
    return out


def diff_maps(old: RegionMap, new: RegionMap) -> MapDiff:
    """What changed from ``old`` to ``new`` (see the module docstring)."""
    entities: list[EntityChange] = []
    for spec in schema.SHEETS:
        if spec.key_value:
            continue
        kind = EntityKind(spec.kind)
        entities += _entity_changes(kind, old.items(kind), new.items(kind))
    return MapDiff(field_changes(schema.KAART, old.info, new.info), tuple(entities),
                   tuple(_rule_changes(old.custom_rules, new.custom_rules)))


# -- values ------------------------------------------------------------------------------------
def json_value(column: Column, value: Any) -> Any:
    """A field's value as JSON (dates ISO, lists as lists, empty as ``None``)."""
    if value in (None, "", ()):
        return None
    if isinstance(value, date):
        return value.isoformat()
    if column.kind.is_list:
        return list(value)
    return value


def display_value(column: Column, value: Any, region: RegionMap | None = None,
                  name_of: Callable[[str], str] | None = None) -> str:
    """A field's value as a user reads it: labels for types and kinds, gemeente names,
    party and table names (``name_of``), ja/nee, Dutch dates; ``""`` when empty."""
    if value in (None, "", ()):
        return ""
    if name_of is not None and (column.kind.is_reference or column.kind is Kind.NAMENS) \
            and isinstance(value, str) and not value.lower().startswith("type:"):
        return name_of(value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return dutch_date(value)
    if column.kind is Kind.GEMEENTEN:
        name = region.gemeente_name if region is not None else (
            lambda code: vocab.gemeente_name(code) or code)
        return ", ".join(name(code) for code in value)
    if column.kind.is_list:
        return ", ".join(value)
    if column.kind is Kind.PARTY_TYPE and value in vocab.party_types():
        return vocab.party_types()[value].label_nl
    if column.kind is Kind.TABLE_KIND and value in vocab.table_kinds():
        return vocab.table_kinds()[value].label_nl
    if column.enum is not None:
        return column.enum.label(value)
    return str(value)
