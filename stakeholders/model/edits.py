"""Plan user edits as operations that keep the map valid.

Every function takes the current :class:`RegionMap`, checks the edit against the same
invariants the importer enforces (:mod:`stakeholders.model.edit_checks` with
:mod:`stakeholders.model.invariants`: valid and unique ids, known references, the values
each column's kind allows, one seat per party and table, a seated chair, no parent cycle,
no self-mandate, …) and returns the operations to apply, or raises :class:`EditError`
with a Dutch message. The columns come from
:mod:`stakeholders.model.schema`, so a new field is checked, and followed by renames, as
its kind says. Removing something also removes or clears what refers to it, so a map
that was valid stays valid and can always be saved and re-imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Any

from stakeholders.i18n import translator
from stakeholders.model import invariants as inv
from stakeholders.model import schema
from stakeholders.model.chairs import CHAIR, CHAIR_ALSO
from stakeholders.model.edit_checks import (
    EditError,
    check_entity,
    check_waiver,
    find_seat,
    find_table,
    id_index,
    refuse,
)
from stakeholders.model.entities import Mandate, Party, Relation, Seat, Table, Waiver
from stakeholders.model.kinds import NODE_KINDS, EntityKind
from stakeholders.model.ops import Delete, Insert, Op, Replace, SetInfo, SetRules
from stakeholders.model.regionmap import KnownRules, RegionMap, fold
from stakeholders.model.schema import Column, Kind

ItemRef = tuple[str, str]  # (kind, uid)
_Gone = dict[EntityKind, set[str]]  # the ids of the parties and tables being removed
#: Smaller position changes (scene units) are rounding, not moves.
MIN_MOVE = 0.01


_t = translator("edits")


class _Plan:
    """Collects operations; repeated changes to one entity chain on its latest version."""

    def __init__(self) -> None:
        self.ops: list[Op] = []
        self._latest: dict[str, Any] = {}

    def latest(self, entity: Any) -> Any:
        return self._latest.get(entity.uid, entity)

    def change(self, kind: str, entity: Any, **changes: Any) -> None:
        old = self.latest(entity)
        new = replace(old, **changes)
        if new != old or getattr(new, "pos", None) != getattr(old, "pos", None) \
                or getattr(new, "pinned", None) != getattr(old, "pinned", None):
            self.ops.append(Replace(kind, old, new))
            self._latest[entity.uid] = new


# -- lookups ------------------------------------------------------------------------
def find(region: RegionMap, kind: str, uid: str) -> tuple[int, Any]:
    """Index and entity of ``uid`` in its list; :class:`EditError` when it is gone."""
    for index, item in enumerate(region.items(kind)):
        if item.uid == uid:
            return index, item
    raise EditError(_t("dit onderdeel bestaat niet meer"))


def new_id(region: RegionMap, prefix: str) -> str:
    """A fresh id like ``P12`` / ``T3`` that is free in the shared namespace."""
    taken = set(id_index(region))
    number = 1
    while fold(f"{prefix}{number}") in taken:
        number += 1
    return f"{prefix}{number}"


# -- adding -------------------------------------------------------------------------
def add_party(region: RegionMap, party: Party) -> list[Op]:
    """Add a party (its id must be free; type and roles must fit)."""
    check_entity(region, EntityKind.PARTY, party)
    return [Insert(EntityKind.PARTY, party, len(region.parties))]


def add_table(region: RegionMap, table: Table) -> list[Op]:
    """Add a table without seats (so without a chair; the secretariat refers to a party)."""
    check_entity(region, EntityKind.TABLE, table)
    return [Insert(EntityKind.TABLE, table, len(region.tables))]


def add_seat(region: RegionMap, seat: Seat) -> list[Op]:
    """Seat a party at a table (one seat per pair); a chair seat takes over the chair."""
    check_entity(region, EntityKind.SEAT, seat)
    if find_seat(region, seat.tafel, seat.partij) is not None:
        refuse(inv.violation("E-SEAT-DUPLICATE", partij=seat.partij, tafel=seat.tafel))
    ops: list[Op] = [Insert(EntityKind.SEAT, seat, len(region.seats))]
    if seat.rol == CHAIR:
        ops = _demote_other_chairs(region, find_table(region, seat.tafel), seat.partij) + ops
    return ops


def add_mandate(region: RegionMap, mandate: Mandate) -> list[Op]:
    """Record a mandate (holder ≠ named party; type and table must exist)."""
    check_entity(region, EntityKind.MANDATE, mandate)
    return [Insert(EntityKind.MANDATE, mandate, len(region.mandates))]


def add_relation(region: RegionMap, relation: Relation) -> list[Op]:
    """Record a typed relation between two parties or tables."""
    check_entity(region, EntityKind.RELATION, relation)
    return [Insert(EntityKind.RELATION, relation, len(region.relations))]


def add_waiver(region: RegionMap, waiver: Waiver, known_rules: Iterable[str]) -> list[Op]:
    """Record a deliberate choice (rule and subject must exist; one per pair)."""
    return add_waivers(region, [waiver], known_rules)


def add_waivers(region: RegionMap, waivers: list[Waiver], known_rules: Iterable[str]
                ) -> list[Op]:
    """Record several deliberate choices at once (a whole finding); each as add_waiver."""
    known = list(known_rules)
    ops: list[Op] = []
    planned: list[Waiver] = []
    for waiver in waivers:
        check_waiver(region, waiver, known, others=planned)
        ops.append(Insert(EntityKind.WAIVER, waiver, len(region.waivers) + len(planned)))
        planned.append(waiver)
    return ops


def _demote_other_chairs(region: RegionMap, table: Table, chair: str) -> list[Op]:
    """Make ``chair`` the only chair of ``table``: other chair seats become ``lid`` and the
    table's chair cell names ``chair`` (the cell and the seats are one fact)."""
    ops: list[Op] = []
    for seat in region.seats:
        if seat.tafel == table.id and seat.rol == CHAIR and seat.partij != chair:
            ops.append(Replace(EntityKind.SEAT, seat, replace(seat, rol="lid")))
    if table.voorzitter != chair:
        ops.append(Replace(EntityKind.TABLE, table, replace(table, voorzitter=chair)))
    return ops


# -- changing fields ----------------------------------------------------------------
def set_fields(
    region: RegionMap,
    kind: str,
    uid: str,
    changes: dict[str, Any],
    known_rules: Iterable[str] = (),
) -> list[Op]:
    """Change fields of one entity, keeping references and invariants intact.

    Renaming a party or table id also renames every reference to it.
    """
    _index, old = find(region, kind, uid)
    valid = {f.name for f in fields(old)} - {"uid"}
    unknown = set(changes) - valid
    if unknown:
        raise EditError(_t("onbekend veld: {velden}").format(velden=", ".join(sorted(unknown))))
    new = replace(old, **changes)
    plan = _Plan()
    plan.change(kind, old, **changes)
    # Choosing a chair (on the table or a seat) may change the other half of the fact only.
    touches_chair = (kind == EntityKind.SEAT and "rol" in changes) or (
        kind == EntityKind.TABLE and "voorzitter" in changes)
    if not plan.ops and not touches_chair:
        return []
    if kind == EntityKind.SEAT and (new.tafel, new.partij) != (old.tafel, old.partij):
        raise EditError(_t("verplaats een zetel door hem te verwijderen en opnieuw te maken"))
    if kind == EntityKind.WAIVER:
        check_waiver(region, new, known_rules, old)
    else:
        check_entity(region, kind, new, old, known_rules)
    if kind == EntityKind.TABLE:
        _table_changes(region, plan, old, new, chair_chosen="voorzitter" in changes)
    elif kind == EntityKind.SEAT:
        _seat_changes(region, plan, old, new, role_chosen="rol" in changes)
    if kind in NODE_KINDS and new.id != old.id:
        _rename_references(region, plan, old.id, new.id)
    return plan.ops


def _table_changes(region: RegionMap, plan: _Plan, old: Table, new: Table, *,
                   chair_chosen: bool = False) -> None:
    """The seats follow the table's chair: the chair's seat says voorzitter (or stays
    initiatiefnemer: chair and initiator), no other seat does."""
    if not (chair_chosen or (new.voorzitter and new.voorzitter != old.voorzitter)):
        return
    for seat in region.seats:
        if seat.tafel != old.id:
            continue
        if seat.partij == new.voorzitter and seat.rol not in (CHAIR, *CHAIR_ALSO):
            plan.change(EntityKind.SEAT, seat, rol=CHAIR)
        elif seat.partij != new.voorzitter and seat.rol == CHAIR:
            plan.change(EntityKind.SEAT, seat, rol="lid")


def _seat_changes(region: RegionMap, plan: _Plan, old: Seat, new: Seat, *,
                  role_chosen: bool = False) -> None:
    """A seat that becomes the chair takes over the chair; the chair's seat that gets a role
    that is not the chair's leaves the table without a chair."""
    table = find_table(region, new.tafel)
    if new.rol == CHAIR and old.rol != CHAIR:
        plan.ops += _demote_other_chairs(region, table, new.partij)
    elif table.voorzitter == new.partij and new.rol != CHAIR and (
            old.rol == CHAIR or (role_chosen and new.rol not in CHAIR_ALSO)):
        plan.change(EntityKind.TABLE, table, voorzitter="")


def _rename_references(region: RegionMap, plan: _Plan, old_id: str, new_id: str) -> None:
    """Replace every reference to ``old_id`` by ``new_id`` (the schema's reference columns)."""
    for spec in schema.SHEETS:
        attrs = schema.reference_attrs(spec)
        if spec.key_value or not attrs:
            continue
        for item in region.items(spec.kind):
            current = plan.latest(item)
            plan.change(spec.kind, item, **{
                attr: new_id if getattr(current, attr) == old_id else getattr(current, attr)
                for attr in attrs
            })


def set_info(region: RegionMap, changes: dict[str, Any]) -> list[Op]:
    """Change Kaart fields (naam, regio-indeling, regio, peildatum, auteur, versie)."""
    new = replace(region.info, **changes)
    return [] if new == region.info else [SetInfo(region.info, new)]


def move(region: RegionMap, positions: dict[str, tuple[float, float]]) -> list[Op]:
    """Move parties and tables (uid -> new position) in one edit."""
    ops: list[Op] = []
    for kind in NODE_KINDS:
        for item in region.items(kind):
            target = positions.get(item.uid)
            if target is not None and (item.pos is None or abs(target[0] - item.pos[0])
                                       + abs(target[1] - item.pos[1]) > MIN_MOVE):
                ops.append(Replace(kind, item, replace(item, pos=(float(target[0]),
                                                                  float(target[1])))))
    return ops


def set_pinned(region: RegionMap, uids: Iterable[str], pinned: bool) -> list[Op]:
    """Pin or unpin parties and tables (a pinned item keeps its place in layouts)."""
    wanted = set(uids)
    ops: list[Op] = []
    for kind in NODE_KINDS:
        for item in region.items(kind):
            if item.uid in wanted and item.pinned != pinned:
                ops.append(Replace(kind, item, replace(item, pinned=pinned)))
    return ops


# -- removing -----------------------------------------------------------------------
def remove(region: RegionMap, refs: Iterable[ItemRef]) -> list[Op]:
    """Remove entities and everything that depends on them, as the schema's references say.

    A row that needs a removed party or table goes too: seats, mandates (as holder, as
    named party, or at a removed table), relations and choices about it. An optional
    reference to it is cleared: a table's chair, secretariat and parent. A removed chair
    seat clears the table's chair.
    """
    doomed: dict[str, set[str]] = {kind: set() for kind in EntityKind}
    for kind, uid in refs:
        doomed[kind].add(uid)
    gone = {
        kind: {n.id for n in region.items(kind) if n.uid in doomed[kind]} for kind in NODE_KINDS
    }
    gone_any = gone[EntityKind.PARTY] | gone[EntityKind.TABLE]
    lists = [(spec, region.items(spec.kind)) for spec in schema.SHEETS if not spec.key_value]
    for spec, items in lists:
        for item in items:
            if any(_needs(column, item, gone, gone_any) for column in spec.columns):
                doomed[spec.kind].add(item.uid)
    unseated = {(s.tafel, s.partij) for s in region.seats if s.uid in doomed[EntityKind.SEAT]}
    ops: list[Op] = []
    for spec, items in lists:
        for item in items:
            if item.uid in doomed[spec.kind]:
                continue
            cleared = {c.attr: "" for c in spec.columns
                       if _loses(c, item, gone, gone_any, unseated)}
            if cleared:
                ops.append(Replace(spec.kind, item, replace(item, **cleared)))
    # Delete from the end of each list so every recorded index stays valid.
    for kind in reversed(EntityKind):
        items = region.items(kind)
        for index in range(len(items) - 1, -1, -1):
            if items[index].uid in doomed[kind]:
                ops.append(Delete(kind, items[index], index))
    return ops


def _removed(column: Column, value: str, gone: _Gone, gone_any: set[str]) -> bool:
    target = column.kind.target
    return bool(value) and value in (gone_any if target is None else gone[target])


def _needs(column: Column, item: Any, gone: _Gone, gone_any: set[str]) -> bool:
    """Whether ``item`` cannot stay without a removed party or table it names in ``column``:
    a required reference, the table a row holds at, or the party a mandate is on behalf of."""
    if column.kind is Kind.NAMENS:
        return item.namens_partij in gone[EntityKind.PARTY]
    return (column.kind.is_reference and (column.required or column.kind is Kind.TABLE_SCOPE)
            and _removed(column, getattr(item, column.attr), gone, gone_any))


def _loses(column: Column, item: Any, gone: _Gone, gone_any: set[str],
           unseated: set[tuple[str, str]]) -> bool:
    """Whether an optional reference of ``item`` is cleared: its target goes, or (a chair)
    its seat goes."""
    if not column.kind.is_reference or column.required or column.kind is Kind.TABLE_SCOPE:
        return False
    value = getattr(item, column.attr)
    if column.kind is Kind.CHAIR and value and (item.id, value) in unseated:
        return True
    return _removed(column, value, gone, gone_any)


@dataclass(frozen=True)
class Removal:
    """What a removal takes away: the chosen parties and tables, and what goes with them."""

    names: tuple[str, ...]  #: names of the removed parties and tables, in map order
    parties: int
    tables: int
    #: Entities removed because they depended on the chosen ones, per kind.
    dependants: dict[str, int]
    #: (role, table name) the removed parties had on tables that stay: voorzitter,
    #: secretariaat; and ("bovenliggende tafel", name) of sub-tables that lose their parent.
    roles: tuple[tuple[str, str], ...]


def describe_removal(region: RegionMap, refs: Iterable[ItemRef], ops: list[Op]) -> Removal:
    """What ``ops`` (planned by :func:`remove` for ``refs`` on ``region``) take away."""
    chosen = {uid for _kind, uid in refs}
    removed = [op for op in ops if isinstance(op, Delete)]
    nodes: list[Any] = [op.entity for op in removed if op.kind in NODE_KINDS]
    everything: list[Any] = [*region.parties, *region.tables]
    order = {e.uid: i for i, e in enumerate(everything)}
    nodes.sort(key=lambda e: order.get(e.uid, 0))
    dependants: dict[str, int] = {}
    for deleted in removed:
        if deleted.kind not in NODE_KINDS and deleted.entity.uid not in chosen:
            dependants[deleted.kind] = dependants.get(deleted.kind, 0) + 1
    roles: list[tuple[str, str]] = []
    for op in ops:
        if isinstance(op, Replace) and op.kind == EntityKind.TABLE:
            for attribute in ("voorzitter", "secretariaat", "bovenliggende_tafel"):
                if getattr(op.old, attribute) and not getattr(op.new, attribute):
                    roles.append((attribute, op.old.naam))
    return Removal(tuple(e.naam or e.id for e in nodes),
                   sum(1 for op in removed if op.kind == EntityKind.PARTY),
                   sum(1 for op in removed if op.kind == EntityKind.TABLE), dependants,
                   tuple(roles))


# -- the region's own rules ----------------------------------------------------------------
def expectation_rule(
    rule_id: str,
    level: str,
    kinds: Iterable[str],
    types: Iterable[str],
    label_nl: str,
    *,
    fix_nl: str = "",
    source: str = "",
) -> dict[str, Any]:
    """A rule spec "at tables of these kinds, one of these party types is expected".

    It uses the catalogue's ``covered`` check, so members and valid mandates count,
    exactly as for the built-in rules.
    """
    types = list(types)
    label = label_nl.strip() or ", ".join(types)
    return {
        "id": rule_id.strip(),
        "level": level,
        "applies_to": list(kinds),
        "subject": "tafel",
        "checkable": True,
        "message_nl": "{groepen} ontbreken aan {tafel} (verwachting van de regio).",
        "message_en": "{groups} missing at {tafel} (the region's own expectation).",
        "fix_nl": fix_nl or f"Nodig {label} uit of leg een mandaat vast.",
        "source": source or "Eigen afspraak van de regio (vastgelegd in deze kaart).",
        "check": {"kind": "covered",
                  "parts": [{"types": types, "label_nl": label, "label_en": label}]},
    }


def set_region_rules(region: RegionMap, rules: list[dict[str, Any]], known_rules: KnownRules
                     ) -> list[Op]:
    """Replace the region's own rules after validating them with ``known_rules`` (the
    catalogue's :func:`~stakeholders.rules.catalogue.known_rule_ids`, from the caller).

    Choices (Keuzes) about a rule that disappears are removed too.
    """
    ids = [str(r.get("id", "")).strip() for r in rules]
    if len({i.upper() for i in ids}) != len(ids):
        raise EditError(_t("twee eigen regels hebben dezelfde id"))
    for rule_id in ids:
        if not rule_id.upper().startswith("R-") or inv.id_violation(rule_id) is not None:
            raise EditError(_t("een eigen regel heeft een id als R-REGIO-01 nodig"))
    try:
        known_rules(rules)
    except ValueError as exc:
        raise EditError(str(exc)) from exc
    new = tuple(dict(r) for r in rules)
    old = tuple(dict(r) for r in region.custom_rules)
    if new == old:
        return []
    ops: list[Op] = [SetRules(old, new)]
    kept = {i.upper() for i in ids}
    gone = {str(r.get("id", "")).upper() for r in old} - kept
    for index in range(len(region.waivers) - 1, -1, -1):
        waiver = region.waivers[index]
        if waiver.regel.upper() in gone:
            ops.append(Delete(EntityKind.WAIVER, waiver, index))
    return ops
