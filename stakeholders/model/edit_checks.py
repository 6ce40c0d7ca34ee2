"""What an edit must keep: an entity checked column by column against the map.

:func:`check_entity` runs, in column order, the check each column's kind calls for: the
value on its own (:func:`stakeholders.model.invariants.column_violations`) and what it
names in the map (a free id, an existing party or table, a seated chair, a parent that
closes no cycle, a known rule, a valid ``namens``). The first fault is raised as an
:class:`EditError` with the invariant's Dutch message; the edit planner
(:mod:`stakeholders.model.edits`) calls these before it plans any operation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stakeholders.i18n import translator
from stakeholders.model import invariants as inv
from stakeholders.model import schema, vocab
from stakeholders.model.entities import Mandate, Party, Seat, Table, Waiver
from stakeholders.model.invariants import Violation
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RESERVED_SUBJECT, RegionMap, fold
from stakeholders.model.schema import Column, Kind

_t = translator("edits")


class EditError(ValueError):
    """An edit that would make the map invalid; the message is for the user (Dutch)."""


def refuse(violation: Violation | None) -> None:
    """Raise a found violation as an :class:`EditError` (``None``: nothing to refuse)."""
    if violation is not None:
        raise EditError(violation.message)


def id_index(region: RegionMap) -> dict[str, Any]:
    """Parties and tables by folded id: the one namespace they share."""
    ids: dict[str, Any] = {fold(p.id): p for p in region.parties}
    ids.update({fold(t.id): t for t in region.tables})
    return ids


def check_new_id(region: RegionMap, identifier: str, own_uid: str | None = None) -> None:
    """A valid id that no other party or table (than ``own_uid``) has."""
    refuse(inv.id_violation(identifier))
    existing = id_index(region).get(fold(identifier))
    if existing is not None and existing.uid != own_uid:
        refuse(inv.violation("E-ID-DUPLICATE", waarde=identifier))


def find_party(region: RegionMap, party_id: str) -> Party:
    """The party with ``party_id``; E-REF-PARTY's message when there is none."""
    for party in region.parties:
        if party.id == party_id:
            return party
    raise EditError(inv.unknown_reference(EntityKind.PARTY, party_id).message)


def find_table(region: RegionMap, table_id: str) -> Table:
    """The table with ``table_id``; E-REF-TABLE's message when there is none."""
    for table in region.tables:
        if table.id == table_id:
            return table
    raise EditError(inv.unknown_reference(EntityKind.TABLE, table_id).message)


def find_seat(region: RegionMap, table_id: str, party_id: str) -> Seat | None:
    """The seat of a party at a table, if any."""
    for seat in region.seats:
        if seat.tafel == table_id and seat.partij == party_id:
            return seat
    return None


def check_entity(region: RegionMap, kind: str, entity: Any, old: Any = None,
                 known_rules: Iterable[str] = ()) -> None:
    """Refuse ``entity`` (new, or ``old`` changed) unless each column's value is allowed and
    each reference resolves, in column order: the schema's kinds say what to check."""
    spec = schema.spec_of(kind)
    for column in spec.columns:
        for found in inv.column_violations(spec, column, entity):
            raise EditError(found.message)
        _check_reference(region, column, entity, old, known_rules)


def _check_reference(region: RegionMap, column: Column, entity: Any, old: Any,
                     known_rules: Iterable[str]) -> None:
    """What a column names must exist: an id that is free, the party or table a reference
    names, a chair with a seat, a parent that closes no cycle, a known rule."""
    value, kind = getattr(entity, column.attr), column.kind
    if kind is Kind.ID:
        if old is None or value != old.id:
            check_new_id(region, value, own_uid=None if old is None else old.uid)
        return
    if kind is Kind.NAMENS:
        _check_namens(region, entity)
        return
    if not (kind.is_reference or kind is Kind.RULE) or (not value and not column.required):
        return  # no reference, or an optional one left empty
    if kind is Kind.CHAIR:
        if old is None:
            raise EditError(_t("een nieuwe tafel heeft nog geen zetels, dus geen voorzitter"))
        if value != old.voorzitter and find_seat(region, old.id, value) is None:
            refuse(inv.chair_not_seated(value, old.id))
    elif kind is Kind.PARENT:
        check_parent(region, entity, value)
    elif kind is Kind.RULE:
        if value not in set(known_rules):
            refuse(inv.violation("E-REF-RULE", waarde=value))
    elif kind.target is EntityKind.PARTY:
        find_party(region, value)
    elif kind.target is EntityKind.TABLE:
        find_table(region, value)
    elif not (kind is Kind.SUBJECT and value == RESERVED_SUBJECT) and fold(value) not in id_index(
            region):
        refuse(inv.unknown_reference(None, value))


def _check_namens(region: RegionMap, mandate: Mandate) -> None:
    """On behalf of one existing party (not the holder) or of a known type (and subregio)."""
    if bool(mandate.namens_partij) == bool(mandate.namens_type):
        raise EditError(_t("een mandaat is namens één partij of namens een type"))
    if mandate.namens_partij:
        find_party(region, mandate.namens_partij)
        refuse(inv.self_mandate(mandate.houder, mandate.namens_partij))
    elif mandate.namens_type not in vocab.party_types():
        refuse(inv.violation("E-REF-TYPE", waarde=mandate.namens_type))
    if mandate.namens_subregio and not mandate.namens_type:
        raise EditError(_t("een subregio kan alleen bij een mandaat namens een type"))


def check_waiver(
    region: RegionMap, waiver: Waiver, known_rules: Iterable[str], old: Waiver | None = None,
    others: Iterable[Waiver] = (),
) -> None:
    """A choice: its columns, and no other choice (nor one of ``others``) for its pair."""
    check_entity(region, EntityKind.WAIVER, waiver, old, known_rules)
    own_uid = None if old is None else old.uid
    for other in [*region.waivers, *others]:
        if (other.uid != own_uid and other.regel == waiver.regel
                and fold(other.onderwerp) == fold(waiver.onderwerp)):
            refuse(inv.violation("E-KEUZE-DUPLICATE", regel=waiver.regel,
                                 onderwerp=waiver.onderwerp))


def check_parent(region: RegionMap, table: Table, parent: str) -> None:
    """The parent must exist (or be the table itself) and must not lead back to ``table``."""
    if fold(parent) != fold(table.id):
        find_table(region, parent)
    parents = {t.id: t.bovenliggende_tafel for t in region.tables}
    parents[table.id] = parent
    walk = inv.parent_walk(parents, table.id)
    if walk is not None:
        refuse(inv.cycle_violation(walk))
