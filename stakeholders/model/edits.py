"""Plan user edits as operations that keep the map valid.

Every function takes the current :class:`RegionMap`, checks the edit against
the same rules the importer enforces (unique ids, known references, one seat
per party and table, one chair, no parent cycle, no self-mandate, …) and
returns the operations to apply, or raises :class:`EditError` with a Dutch
message. Removing something also removes or clears what refers to it, so a
map that was valid stays valid and can always be saved and re-imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Any

from stakeholders.i18n import tr
from stakeholders.model import vocab
from stakeholders.model.chairs import CHAIR, CHAIR_ALSO
from stakeholders.model.entities import Mandate, MapInfo, Party, Relation, Seat, Table, Waiver
from stakeholders.model.ops import LISTS, Delete, Insert, Op, Replace, SetInfo, SetRules
from stakeholders.model.regionmap import RESERVED_SUBJECT, RegionMap, fold, is_valid_id

ItemRef = tuple[str, str]  # (kind, uid)
#: Smaller position changes (scene units) are rounding, not moves.
MIN_MOVE = 0.01


class EditError(ValueError):
    """An edit that would make the map invalid; the message is for the user (Dutch)."""


def _t(text: str) -> str:
    return tr("edits", text)


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
    for index, item in enumerate(getattr(region, LISTS[kind])):
        if item.uid == uid:
            return index, item
    raise EditError(_t("dit onderdeel bestaat niet meer"))


def _ids(region: RegionMap) -> dict[str, Any]:
    ids: dict[str, Any] = {fold(p.id): p for p in region.parties}
    ids.update({fold(t.id): t for t in region.tables})
    return ids


def new_id(region: RegionMap, prefix: str) -> str:
    """A fresh id like ``P12`` / ``T3`` that is free in the shared namespace."""
    taken = set(_ids(region))
    number = 1
    while fold(f"{prefix}{number}") in taken:
        number += 1
    return f"{prefix}{number}"


def _check_new_id(region: RegionMap, identifier: str, own_uid: str | None = None) -> None:
    if not is_valid_id(identifier):
        raise EditError(
            _t("ongeldige id '{waarde}' (alleen letters, cijfers, '-', '_' en '.'; niet 'kaart')")
            .format(waarde=identifier)
        )
    existing = _ids(region).get(fold(identifier))
    if existing is not None and existing.uid != own_uid:
        raise EditError(_t("id '{waarde}' komt al voor").format(waarde=identifier))


def _party(region: RegionMap, party_id: str) -> Party:
    for party in region.parties:
        if party.id == party_id:
            return party
    raise EditError(_t("onbekende partij '{waarde}'").format(waarde=party_id))


def _table(region: RegionMap, table_id: str) -> Table:
    for table in region.tables:
        if table.id == table_id:
            return table
    raise EditError(_t("onbekende tafel '{waarde}'").format(waarde=table_id))


def _seat(region: RegionMap, table_id: str, party_id: str) -> Seat | None:
    for seat in region.seats:
        if seat.tafel == table_id and seat.partij == party_id:
            return seat
    return None


# -- adding -------------------------------------------------------------------------
def add_party(region: RegionMap, party: Party) -> list[Op]:
    """Add a party (its id must be free; type and roles must fit)."""
    _check_new_id(region, party.id)
    _check_party_values(party)
    return [Insert("party", party, len(region.parties))]


def add_table(region: RegionMap, table: Table) -> list[Op]:
    """Add a table without seats (chair and secretariat refer to parties)."""
    _check_new_id(region, table.id)
    if table.soort not in vocab.table_kinds():
        raise EditError(_t("onbekende soort '{waarde}'").format(waarde=table.soort))
    if table.voorzitter:
        raise EditError(_t("een nieuwe tafel heeft nog geen zetels, dus geen voorzitter"))
    if table.secretariaat:
        _party(region, table.secretariaat)
    if table.bovenliggende_tafel:
        _table(region, table.bovenliggende_tafel)
    return [Insert("table", table, len(region.tables))]


def add_seat(region: RegionMap, seat: Seat) -> list[Op]:
    """Seat a party at a table (one seat per pair); a chair seat takes over the chair."""
    _party(region, seat.partij)
    table = _table(region, seat.tafel)
    if _seat(region, seat.tafel, seat.partij) is not None:
        raise EditError(
            _t("partij '{partij}' heeft al een zetel aan tafel '{tafel}'").format(
                partij=seat.partij, tafel=seat.tafel
            )
        )
    _check_enum(vocab.SEAT_ROLES, seat.rol)
    _check_enum(vocab.RINGS, seat.ring)
    ops: list[Op] = [Insert("seat", seat, len(region.seats))]
    if seat.rol == CHAIR:
        ops = _demote_other_chairs(region, table, seat.partij) + ops
    return ops


def add_mandate(region: RegionMap, mandate: Mandate) -> list[Op]:
    """Record a mandate (holder ≠ named party; type and table must exist)."""
    _check_mandate(region, mandate)
    return [Insert("mandate", mandate, len(region.mandates))]


def add_relation(region: RegionMap, relation: Relation) -> list[Op]:
    """Record a typed relation between two parties or tables."""
    ids = _ids(region)
    for end in (relation.van, relation.naar):
        if fold(end) not in ids:
            raise EditError(_t("onbekende partij of tafel '{waarde}'").format(waarde=end))
    _check_enum(vocab.RELATION_KINDS, relation.soort)
    return [Insert("relation", relation, len(region.relations))]


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
        _check_waiver(region, waiver, known, others=planned)
        ops.append(Insert("waiver", waiver, len(region.waivers) + len(planned)))
        planned.append(waiver)
    return ops


def _check_enum(enumeration: vocab.Enumeration, value: str) -> None:
    if value not in enumeration.ids:
        raise EditError(_t("onbekende {wat} '{waarde}'").format(wat=enumeration.noun_nl,
                                                                 waarde=value))


def _check_party_values(party: Party) -> None:
    if not party.naam.strip():
        raise EditError(_t("een partij heeft een naam nodig"))
    if party.type not in vocab.party_types():
        raise EditError(_t("onbekend type '{waarde}'").format(waarde=party.type))
    for role in party.rollen:
        if role not in vocab.PARTY_ROLES.ids:
            raise EditError(_t("onbekende rol '{waarde}'").format(waarde=role))
        allowed = vocab.ROLE_TYPES.get(role)
        if allowed is not None and party.type not in allowed:
            raise EditError(
                _t("rol '{rol}' past niet bij type '{type}' (alleen: {typen})").format(
                    rol=role, type=party.type, typen=", ".join(allowed)
                )
            )
    _check_gemeente_codes(party.gemeenten)
    for score in (party.invloed, party.belang):
        if score is not None and not 1 <= score <= 5:
            raise EditError(_t("'{waarde}' is geen geheel getal van 1 tot en met 5").format(
                waarde=score))


def _check_mandate(region: RegionMap, mandate: Mandate) -> None:
    _party(region, mandate.houder)
    if bool(mandate.namens_partij) == bool(mandate.namens_type):
        raise EditError(_t("een mandaat is namens één partij of namens een type"))
    if mandate.namens_partij:
        _party(region, mandate.namens_partij)
        if mandate.namens_partij == mandate.houder:
            raise EditError(_t("houder en namens zijn dezelfde partij"))
    elif mandate.namens_type not in vocab.party_types():
        raise EditError(_t("onbekend type '{waarde}'").format(waarde=mandate.namens_type))
    if mandate.namens_subregio and not mandate.namens_type:
        raise EditError(_t("een subregio kan alleen bij een mandaat namens een type"))
    if mandate.tafel:
        _table(region, mandate.tafel)


def _check_waiver(
    region: RegionMap, waiver: Waiver, known_rules: Iterable[str], own_uid: str | None = None,
    others: Iterable[Waiver] = (),
) -> None:
    if waiver.regel not in set(known_rules):
        raise EditError(_t("onbekende regel '{waarde}'").format(waarde=waiver.regel))
    if waiver.onderwerp != RESERVED_SUBJECT and fold(waiver.onderwerp) not in _ids(region):
        raise EditError(_t("onbekende partij of tafel '{waarde}'").format(
            waarde=waiver.onderwerp))
    if not waiver.reden.strip():
        raise EditError(_t("een bewuste keuze heeft een reden nodig"))
    for other in [*region.waivers, *others]:
        if (other.uid != own_uid and other.regel == waiver.regel
                and fold(other.onderwerp) == fold(waiver.onderwerp)):
            raise EditError(_t("keuze voor {regel} / {onderwerp} bestaat al").format(
                regel=waiver.regel, onderwerp=waiver.onderwerp))


def _demote_other_chairs(region: RegionMap, table: Table, chair: str) -> list[Op]:
    """Make ``chair`` the only chair of ``table``: other chair seats become ``lid`` and the
    table's chair cell names ``chair`` (the cell and the seats are one fact)."""
    ops: list[Op] = []
    for seat in region.seats:
        if seat.tafel == table.id and seat.rol == CHAIR and seat.partij != chair:
            ops.append(Replace("seat", seat, replace(seat, rol="lid")))
    if table.voorzitter != chair:
        ops.append(Replace("table", table, replace(table, voorzitter=chair)))
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
    touches_chair = (kind == "seat" and "rol" in changes) or (
        kind == "table" and "voorzitter" in changes)
    if not plan.ops and not touches_chair:
        return []
    if kind == "party":
        _check_party_values(new)
        if new.id != old.id:
            _check_new_id(region, new.id, own_uid=uid)
            _rename_references(region, plan, old.id, new.id)
    elif kind == "table":
        _table_changes(region, plan, old, new, chair_chosen="voorzitter" in changes)
    elif kind == "seat":
        _seat_changes(region, plan, old, new, role_chosen="rol" in changes)
    elif kind == "mandate":
        _check_mandate(region, new)
    elif kind == "relation":
        add_relation(RegionMap(region.info, region.parties, region.tables), new)
    elif kind == "waiver":
        _check_waiver(region, new, known_rules, own_uid=uid)
    return plan.ops


def _check_gemeente_codes(codes: Iterable[str]) -> None:
    for code in codes:
        if not vocab.is_gemeente_code(code):
            raise EditError(_t("'{waarde}' is geen CBS-gemeentecode (vorm GM0000)").format(
                waarde=code))


def _table_changes(region: RegionMap, plan: _Plan, old: Table, new: Table, *,
                   chair_chosen: bool = False) -> None:
    if not new.naam.strip():
        raise EditError(_t("een tafel heeft een naam nodig"))
    _check_gemeente_codes(new.werkgebied)
    if new.soort not in vocab.table_kinds():
        raise EditError(_t("onbekende soort '{waarde}'").format(waarde=new.soort))
    if new.id != old.id:
        _check_new_id(region, new.id, own_uid=old.uid)
    if new.secretariaat:
        _party(region, new.secretariaat)
    if new.bovenliggende_tafel:
        parent_id = old.id if fold(new.bovenliggende_tafel) == fold(new.id) else None
        if parent_id is None:
            _table(region, new.bovenliggende_tafel)
        _check_parent(region, new)
    if chair_chosen or (new.voorzitter and new.voorzitter != old.voorzitter):
        _chair_seats(region, plan, old.id, new.voorzitter)
    if new.id != old.id:
        _rename_references(region, plan, old.id, new.id)


def _chair_seats(region: RegionMap, plan: _Plan, table_id: str, chair: str) -> None:
    """The seats follow the table's chair: the chair's seat says voorzitter (or stays
    initiatiefnemer: chair and initiator), no other seat does."""
    if chair and _seat(region, table_id, chair) is None:
        raise EditError(_t("voorzitter '{partij}' heeft geen zetel aan tafel '{tafel}'").format(
            partij=chair, tafel=table_id))
    for seat in region.seats:
        if seat.tafel != table_id:
            continue
        if seat.partij == chair and seat.rol not in (CHAIR, *CHAIR_ALSO):
            plan.change("seat", seat, rol=CHAIR)
        elif seat.partij != chair and seat.rol == CHAIR:
            plan.change("seat", seat, rol="lid")


def _check_parent(region: RegionMap, table: Table) -> None:
    parent = {t.id: t.bovenliggende_tafel for t in region.tables}
    parent[table.id] = table.bovenliggende_tafel
    seen = [table.id]
    current = table.bovenliggende_tafel
    while current:
        if current in seen:
            path = " → ".join([*seen, current])
            raise EditError(_t("kringverwijzing in bovenliggende tafels: {pad}").format(pad=path))
        seen.append(current)
        current = parent.get(current, "")


def _seat_changes(region: RegionMap, plan: _Plan, old: Seat, new: Seat, *,
                  role_chosen: bool = False) -> None:
    if (new.tafel, new.partij) != (old.tafel, old.partij):
        raise EditError(_t("verplaats een zetel door hem te verwijderen en opnieuw te maken"))
    _check_enum(vocab.SEAT_ROLES, new.rol)
    _check_enum(vocab.RINGS, new.ring)
    table = _table(region, new.tafel)
    if new.rol == CHAIR and old.rol != CHAIR:
        plan.ops += _demote_other_chairs(region, table, new.partij)
    elif table.voorzitter == new.partij and new.rol != CHAIR and (
            old.rol == CHAIR or (role_chosen and new.rol not in CHAIR_ALSO)):
        # The chair's seat gets a role that is not the chair's: the table has no chair.
        plan.change("table", table, voorzitter="")


def _rename_references(region: RegionMap, plan: _Plan, old_id: str, new_id: str) -> None:
    """Replace every reference to ``old_id`` by ``new_id``."""

    def swap(value: str) -> str:
        return new_id if value == old_id else value

    for table in region.tables:
        current = plan.latest(table)
        plan.change("table", table, bovenliggende_tafel=swap(current.bovenliggende_tafel),
                    voorzitter=swap(current.voorzitter), secretariaat=swap(current.secretariaat))
    for seat in region.seats:
        current = plan.latest(seat)
        plan.change("seat", seat, tafel=swap(current.tafel), partij=swap(current.partij))
    for mandate in region.mandates:
        plan.change("mandate", mandate, houder=swap(mandate.houder),
                    namens_partij=swap(mandate.namens_partij), tafel=swap(mandate.tafel))
    for relation in region.relations:
        plan.change("relation", relation, van=swap(relation.van), naar=swap(relation.naar))
    for waiver in region.waivers:
        plan.change("waiver", waiver, onderwerp=swap(waiver.onderwerp))


def set_info(region: RegionMap, changes: dict[str, Any]) -> list[Op]:
    """Change Kaart fields (naam, regio-indeling, regio, peildatum, auteur, versie)."""
    new = replace(region.info, **changes)
    return [] if new == region.info else [SetInfo(region.info, new)]


def move(region: RegionMap, positions: dict[str, tuple[float, float]]) -> list[Op]:
    """Move parties and tables (uid -> new position) in one edit."""
    ops: list[Op] = []
    for kind in ("party", "table"):
        for item in getattr(region, LISTS[kind]):
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
    for kind in ("party", "table"):
        for item in getattr(region, LISTS[kind]):
            if item.uid in wanted and item.pinned != pinned:
                ops.append(Replace(kind, item, replace(item, pinned=pinned)))
    return ops


# -- removing -----------------------------------------------------------------------
def remove(region: RegionMap, refs: Iterable[ItemRef]) -> list[Op]:
    """Remove entities and everything that depends on them.

    A removed party takes its seats, its mandates (as holder or as named
    party), its relations and the choices about it along, and is cleared as
    chair or secretariat. A removed table takes its seats, its mandates, its
    relations and choices along, and sub-tables lose it as parent. A removed
    chair seat clears the table's chair.
    """
    doomed: dict[str, set[str]] = {kind: set() for kind in LISTS}
    for kind, uid in refs:
        doomed[kind].add(uid)
    party_ids = {p.id for p in region.parties if p.uid in doomed["party"]}
    table_ids = {t.id for t in region.tables if t.uid in doomed["table"]}
    gone_ids = party_ids | table_ids
    for seat in region.seats:
        if seat.partij in party_ids or seat.tafel in table_ids:
            doomed["seat"].add(seat.uid)
    for mandate in region.mandates:
        if (mandate.houder in party_ids or mandate.namens_partij in party_ids
                or mandate.tafel in table_ids):
            doomed["mandate"].add(mandate.uid)
    for relation in region.relations:
        if relation.van in gone_ids or relation.naar in gone_ids:
            doomed["relation"].add(relation.uid)
    for waiver in region.waivers:
        if waiver.onderwerp in gone_ids:
            doomed["waiver"].add(waiver.uid)

    ops: list[Op] = []
    unseated = {(s.tafel, s.partij) for s in region.seats if s.uid in doomed["seat"]}
    for table in region.tables:
        if table.uid in doomed["table"]:
            continue
        updated = table
        if table.voorzitter and (table.voorzitter in party_ids
                                 or (table.id, table.voorzitter) in unseated):
            updated = replace(updated, voorzitter="")
        if table.secretariaat in party_ids:
            updated = replace(updated, secretariaat="")
        if table.bovenliggende_tafel in table_ids:
            updated = replace(updated, bovenliggende_tafel="")
        if updated != table:
            ops.append(Replace("table", table, updated))
    # Delete from the end of each list so every recorded index stays valid.
    for kind in ("waiver", "relation", "mandate", "seat", "table", "party"):
        items = getattr(region, LISTS[kind])
        for index in range(len(items) - 1, -1, -1):
            if items[index].uid in doomed[kind]:
                ops.append(Delete(kind, items[index], index))
    return ops


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
    nodes: list[Any] = [op.entity for op in removed if op.kind in ("party", "table")]
    everything: list[Any] = [*region.parties, *region.tables]
    order = {e.uid: i for i, e in enumerate(everything)}
    nodes.sort(key=lambda e: order.get(e.uid, 0))
    dependants: dict[str, int] = {}
    for deleted in removed:
        if deleted.kind not in ("party", "table") and deleted.entity.uid not in chosen:
            dependants[deleted.kind] = dependants.get(deleted.kind, 0) + 1
    roles: list[tuple[str, str]] = []
    for op in ops:
        if isinstance(op, Replace) and op.kind == "table":
            for attribute in ("voorzitter", "secretariaat", "bovenliggende_tafel"):
                if getattr(op.old, attribute) and not getattr(op.new, attribute):
                    roles.append((attribute, op.old.naam))
    return Removal(tuple(e.naam or e.id for e in nodes),
                   sum(1 for op in removed if op.kind == "party"),
                   sum(1 for op in removed if op.kind == "table"), dependants, tuple(roles))


def info_fields() -> tuple[str, ...]:
    """The editable Kaart fields."""
    return tuple(f.name for f in fields(MapInfo))


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


def set_region_rules(region: RegionMap, rules: list[dict[str, Any]]) -> list[Op]:
    """Replace the region's own rules after validating them against the catalogue.

    Choices (Keuzes) about a rule that disappears are removed too.
    """
    from stakeholders.rules.catalogue import CatalogueError, default_catalogue

    ids = [str(r.get("id", "")).strip() for r in rules]
    if len({i.upper() for i in ids}) != len(ids):
        raise EditError(_t("twee eigen regels hebben dezelfde id"))
    for rule_id in ids:
        if not rule_id.upper().startswith("R-") or not is_valid_id(rule_id):
            raise EditError(_t("een eigen regel heeft een id als R-REGIO-01 nodig"))
    try:
        default_catalogue().with_region_rules(rules)
    except CatalogueError as exc:
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
            ops.append(Delete("waiver", waiver, index))
    return ops
