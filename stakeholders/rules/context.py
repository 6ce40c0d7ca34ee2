"""Indexes over one map for the rule checks: the terms of ``rules.md`` §2.

A :class:`CheckContext` is built once per check run in linear time; the
per-table answers (members, valid mandates, covered types, represented
parties, arranged fields) are computed on first use and cached, so a full
check stays linear in the size of the map.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from stakeholders.model.chairs import chair_from
from stakeholders.model.entities import Mandate, Party, Seat, Table
from stakeholders.model.regionmap import RegionMap
from stakeholders.model.schema import GOVERNANCE_FIELDS
from stakeholders.model.yesno import is_no_value

INACTIVE_ROLE = "toehoorder"
_NOT_ARRANGED = frozenset({"", "-", "nee"})
_GEMEENTERAAD_RELATIONS = frozenset({"legt-verantwoording-af", "informeert"})
#: A sub-table of these kinds inherits its parent's governance (``rules.md`` §2, top-level).
BESTUURLIJKE_KINDS = frozenset({"iza-regiotafel", "zorgtafel"})
GEMEENTE_TYPE = "gemeente"


class CheckContext:
    """Read-only answers about one map, for one reference date."""

    def __init__(self, region: RegionMap, reference: date) -> None:
        self.region = region
        self.reference = reference
        self.parties: list[Party] = region.parties
        self.tables: list[Table] = region.tables
        self.party = {p.id: p for p in region.parties}
        self.table = {t.id: t for t in region.tables}
        self.party_order = {p.id: i for i, p in enumerate(region.parties)}
        self.table_order = {t.id: i for i, t in enumerate(region.tables)}
        self.type_of = {p.id: p.type for p in region.parties}
        self.parties_of_type: dict[str, list[Party]] = defaultdict(list)
        for party in region.parties:
            self.parties_of_type[party.type].append(party)
        self.tables_of_kind: dict[str, list[Table]] = defaultdict(list)
        for table in region.tables:
            self.tables_of_kind[table.soort].append(table)

        self.seats_at: dict[str, list[Seat]] = defaultdict(list)
        self.tables_of_party: dict[str, set[str]] = defaultdict(set)
        self.active_tables_of_party: dict[str, set[str]] = defaultdict(set)
        for seat in region.seats:
            self.seats_at[seat.tafel].append(seat)
            self.tables_of_party[seat.partij].add(seat.tafel)
            if seat.rol != INACTIVE_ROLE:
                self.active_tables_of_party[seat.partij].add(seat.tafel)

        # Mandates that have not expired: per table, and region-wide per holder.
        self.current_at: dict[str, list[Mandate]] = defaultdict(list)
        self.current_everywhere: dict[str, list[Mandate]] = defaultdict(list)
        for mandate in region.mandates:
            if not mandate.is_valid_on(reference):
                continue
            if mandate.tafel:
                self.current_at[mandate.tafel].append(mandate)
            else:
                self.current_everywhere[mandate.houder].append(mandate)

        self.relations_from: dict[str, list] = defaultdict(list)
        self.relations_to: dict[str, list] = defaultdict(list)
        for relation in region.relations:
            self.relations_from[relation.van].append(relation)
            self.relations_to[relation.naar].append(relation)
        self.children: dict[str, list[str]] = defaultdict(list)
        for table in region.tables:
            if table.bovenliggende_tafel:
                self.children[table.bovenliggende_tafel].append(table.id)

        self._members: dict[str, list[str]] = {}
        self._valid: dict[str, list[Mandate]] = {}
        self._covered: dict[str, frozenset[str]] = {}
        self._arranged: dict[tuple[str, str], bool] = {}
        self._roles: dict[str, list[str]] | None = None

    # -- seats -----------------------------------------------------------
    def members(self, table_id: str) -> list[str]:
        """Parties with an active seat at the table, in seat order."""
        cached = self._members.get(table_id)
        if cached is None:
            cached = [s.partij for s in self.seats_at.get(table_id, ()) if s.rol != INACTIVE_ROLE]
            self._members[table_id] = cached
        return cached

    def sits_at(self, table_id: str) -> set[str]:
        """Parties with a seat of any role (including ``toehoorder``)."""
        return {s.partij for s in self.seats_at.get(table_id, ())}

    def chair(self, table: Table) -> str:
        """chair(X): Tafels ``voorzitter``, else the seat with role ``voorzitter``, else ``""``
        (:func:`stakeholders.model.chairs.chair_from`)."""
        return chair_from(table, self.seats_at.get(table.id, ()))

    def initiators(self, table_id: str) -> list[str]:
        """Parties whose seat has role ``initiatiefnemer``."""
        return [s.partij for s in self.seats_at.get(table_id, ()) if s.rol == "initiatiefnemer"]

    def secretariat(self, table: Table) -> set[str]:
        """Tafels ``secretariaat`` plus parties seated with role ``secretariaat``."""
        result = {s.partij for s in self.seats_at.get(table.id, ()) if s.rol == "secretariaat"}
        if table.secretariaat:
            result.add(table.secretariaat)
        return result

    @staticmethod
    def has_independent_chair(table: Table) -> bool:
        """Whether ``onafhankelijke-voorzitter`` is neither empty nor a *nee*-value."""
        text = table.onafhankelijke_voorzitter.strip()
        return bool(text) and not is_no_value(text)

    # -- mandates ---------------------------------------------------------
    def effective_mandates(self, table_id: str) -> list[Mandate]:
        """Mandates valid for the table whose holder is a member of it."""
        cached = self._valid.get(table_id)
        if cached is None:
            members = self.members(table_id)
            member_set = set(members)
            cached = [m for m in self.current_at.get(table_id, ()) if m.houder in member_set]
            for holder in members:
                cached.extend(self.current_everywhere.get(holder, ()))
            self._valid[table_id] = cached
        return cached

    def held_by(self, table_id: str, holder: str) -> list[Mandate]:
        """The effective mandates at the table that ``holder`` holds."""
        return [m for m in self.effective_mandates(table_id) if m.houder == holder]

    def names(self, mandate: Mandate, party: Party) -> bool:
        """Whether the mandate names the party (``rules.md`` §2)."""
        if mandate.namens_partij:
            return mandate.namens_partij == party.id
        if mandate.namens_type != party.type:
            return False
        if not mandate.namens_subregio:
            return True
        subregio = party.subregio.strip().lower()
        return bool(subregio) and subregio == mandate.namens_subregio.strip().lower()

    def named_parties(self, mandate: Mandate) -> list[Party]:
        """Every party the mandate names."""
        if mandate.namens_partij:
            party = self.party.get(mandate.namens_partij)
            return [party] if party else []
        return [p for p in self.parties_of_type.get(mandate.namens_type, ())
                if self.names(mandate, p)]

    def mandate_type(self, mandate: Mandate) -> str:
        """The party type a mandate is on behalf of (for coverage)."""
        if mandate.namens_type:
            return mandate.namens_type
        return self.type_of.get(mandate.namens_partij, "")

    # -- coverage ---------------------------------------------------------
    def covered_types(self, table_id: str) -> frozenset[str]:
        """Party types covered at the table: by a member or by an effective mandate."""
        cached = self._covered.get(table_id)
        if cached is None:
            types = {self.type_of[p] for p in self.members(table_id) if p in self.type_of}
            for mandate in self.effective_mandates(table_id):
                kind = self.mandate_type(mandate)
                if kind:
                    types.add(kind)
            cached = frozenset(types)
            self._covered[table_id] = cached
        return cached

    def is_covered(self, table_id: str, types: frozenset[str] | set[str]) -> bool:
        """Whether at least one of ``types`` is covered at the table."""
        return not self.covered_types(table_id).isdisjoint(types)

    def descendants(self, table_id: str) -> list[str]:
        """The sub-tables of the table, their sub-tables, and so on (cycle-safe)."""
        seen: list[str] = []
        stack = list(self.children.get(table_id, ()))
        while stack:
            child = stack.pop()
            if child in seen or child == table_id:
                continue
            seen.append(child)
            stack.extend(self.children.get(child, ()))
        return seen

    def is_involved(self, table_id: str, types: frozenset[str] | set[str]) -> bool:
        """*Involved*: covered at the table or at one of its descendants (R-HINT-* only)."""
        return self.is_covered(table_id, types) or any(
            self.is_covered(child, types) for child in self.descendants(table_id)
        )

    def is_top_level(self, table: Table) -> bool:
        """No parent, or a parent that is not a bestuurlijke tafel (``rules.md`` §2)."""
        parent = self.table.get(table.bovenliggende_tafel)
        return parent is None or parent.soort not in BESTUURLIJKE_KINDS

    def represented(self, table_id: str, type_id: str | None = None) -> set[str]:
        """Parties represented at the table (members, or named by an effective mandate).

        With ``type_id`` only parties of that type are considered.
        """
        result = {
            p for p in self.members(table_id)
            if type_id is None or self.type_of.get(p) == type_id
        }
        for mandate in self.effective_mandates(table_id):
            if type_id is not None and self.mandate_type(mandate) != type_id:
                continue
            result.update(p.id for p in self.named_parties(mandate))
        return result

    # -- governance ---------------------------------------------------------
    def arranged(self, table: Table, field_name: str) -> bool:
        """Whether a governance field is arranged at the table (with inheritance)."""
        if field_name not in GOVERNANCE_FIELDS:
            raise KeyError(field_name)
        key = (table.id, field_name)
        cached = self._arranged.get(key)
        if cached is not None:
            return cached
        self._arranged[key] = False  # guards against a cycle in a hand-edited map
        value = (getattr(table, field_name).strip().lower() not in _NOT_ARRANGED
                 or self._arranged_by_the_map(table, field_name))
        if not value and table.bovenliggende_tafel in self.table:
            value = self.arranged(self.table[table.bovenliggende_tafel], field_name)
        self._arranged[key] = value
        return value

    def _arranged_by_the_map(self, table: Table, field_name: str) -> bool:
        """Facts on the map that arrange a governance field (``rules.md`` §2, *arranged*)."""
        outgoing = self.relations_from.get(table.id, ())
        if field_name == "gemeenteraad":
            return any(r.soort in _GEMEENTERAAD_RELATIONS
                       and self.type_of.get(r.naar) == "gemeenteraad" for r in outgoing)
        if field_name == "verantwoording":
            return any(r.soort == "legt-verantwoording-af" for r in outgoing)
        if field_name == "financiering":
            return any(r.soort == "financiert" for r in self.relations_to.get(table.id, ()))
        if field_name == "ondersteuning":
            return bool(self.secretariat(table))
        return False

    # -- gemeenten ---------------------------------------------------------------
    def gemeenten_missing(self, table: Table) -> tuple[bool, list[str]]:
        """*The gemeenten of X* that are not represented at X, by name (``rules.md`` §2).

        Returns ``(by_werkgebied, names)``: with a werkgebied the codes of it are
        checked (in its order); without one every party of type ``gemeente``.
        """
        represented = self.represented(table.id, GEMEENTE_TYPE)
        if not table.werkgebied:
            parties = self.parties_of_type.get(GEMEENTE_TYPE, [])
            return False, [p.naam for p in parties if p.id not in represented]
        covered = {code for party in self.parties_of_type.get(GEMEENTE_TYPE, [])
                   if party.id in represented for code in party.gemeenten}
        missing = [code for code in table.werkgebied if code not in covered]
        return True, [self.region.gemeente_name(c) for c in missing]

    def with_role(self, role: str) -> list[str]:
        """Parties whose ``rollen`` include ``role``, in Partijen order (indexed once)."""
        if self._roles is None:
            self._roles = defaultdict(list)
            for party in self.parties:
                for party_role in party.rollen:
                    self._roles[party_role].append(party.id)
        return self._roles.get(role, [])

    # -- helpers ------------------------------------------------------------
    def names_of(self, party_ids: set[str] | list[str]) -> str:
        """Party names in Partijen row order, joined with ", "."""
        ordered = sorted(set(party_ids), key=lambda p: self.party_order.get(p, 1 << 30))
        return ", ".join(self.party[p].naam for p in ordered if p in self.party)
