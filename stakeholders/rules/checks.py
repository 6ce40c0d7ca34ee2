"""The check kinds that rule specs refer to (``[rules.check] kind = …``).

Each kind is a small function that evaluates one rule on one table (or, for
map rules, on the whole map) and returns a :class:`Hit` when the rule fires.
The parameters come from the rule file, so the same kind serves many rules,
and a region's own rules reuse them. Conditions follow ``rules.md`` §7.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from stakeholders.model import schema, vocab
from stakeholders.model.dates import dutch_date
from stakeholders.model.entities import Table
from stakeholders.model.normalize import normalize_name
from stakeholders.model.regionmap import RESERVED_SUBJECT
from stakeholders.rules.context import CheckContext

# ``Catalogue`` and ``RuleSpec`` are only used for annotations here.


@dataclass
class Hit:
    """A rule fired: which message variant, and the values of its placeholders."""

    variant: str | None = None
    nl: dict[str, Any] = field(default_factory=dict)
    en: dict[str, Any] = field(default_factory=dict)

    def both(self, key: str, value: Any) -> Hit:
        self.nl[key] = value
        self.en[key] = value
        return self


TableCheck = Callable[[CheckContext, Any, Any, Table], Hit | None]
MapCheck = Callable[[CheckContext, Any, Any], list[tuple[str, Hit]]]

TABLE_CHECKS: dict[str, TableCheck] = {}
MAP_CHECKS: dict[str, MapCheck] = {}
#: Parameters each kind needs (validated when a rule file is loaded).
PARAMETERS: dict[str, tuple[str, ...]] = {}


def _table_check(kind: str, *params: str) -> Callable[[TableCheck], TableCheck]:
    def register(function: TableCheck) -> TableCheck:
        TABLE_CHECKS[kind] = function
        PARAMETERS[kind] = params
        return function

    return register


def _map_check(kind: str, *params: str) -> Callable[[MapCheck], MapCheck]:
    def register(function: MapCheck) -> MapCheck:
        MAP_CHECKS[kind] = function
        PARAMETERS[kind] = params
        return function

    return register


# -- parts: groups or explicit type lists with labels ------------------------
def part_types(part: dict[str, Any], catalogue: Any) -> frozenset[str]:
    """The types of a part: its ``types`` list or its ``group``."""
    if "types" in part:
        return frozenset(part["types"])
    return catalogue.group(part["group"]).type_set


def part_label(part: dict[str, Any], catalogue: Any, language: str) -> str:
    """The label of a part: an explicit label, else the group's label."""
    key = f"label_{language}"
    if key in part:
        return str(part[key])
    if "group" in part:
        group = catalogue.group(part["group"])
        return group.label_nl if language == "nl" else group.label_en
    return ", ".join(part.get("types", []))


def _missing_parts(
    ctx: CheckContext, catalogue: Any, table: Table, parts: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    return [p for p in parts if not ctx.is_covered(table.id, part_types(p, catalogue))]


def _labels_hit(parts: list[dict[str, Any]], catalogue: Any) -> Hit:
    hit = Hit()
    for key_nl, key_en in (("groepen", "groups"), ("onderdelen", "elements")):
        hit.nl[key_nl] = ", ".join(part_label(p, catalogue, "nl") for p in parts)
        hit.en[key_en] = ", ".join(part_label(p, catalogue, "en") for p in parts)
        hit.en[key_nl] = hit.en[key_en]
    hit.nl["missing"] = [part_label(p, catalogue, "nl") for p in parts]
    hit.en["missing"] = [part_label(p, catalogue, "en") for p in parts]
    return hit


def _type_labels(type_ids: list[str], language: str) -> str:
    types = vocab.party_types()
    order = {t.id: i for i, t in enumerate(types)}
    ordered = sorted(type_ids, key=lambda t: order.get(t, 1 << 30))
    return ", ".join(
        types[t].label_nl if language == "nl" else types[t].label_en for t in ordered
    )


# -- the kinds ----------------------------------------------------------------
@_table_check("covered", "parts")
def covered(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """Flag when a part (group or types) is not covered; list the missing parts.

    With ``involved = true`` (the R-HINT-* rules) a part also counts when it is
    covered at one of the table's sub-tables (``rules.md`` §2, *involved*).
    """
    parts = rule.check["parts"]
    if rule.check.get("involved"):
        missing = [p for p in parts
                   if not ctx.is_involved(table.id, part_types(p, catalogue))]
    else:
        missing = _missing_parts(ctx, catalogue, table, parts)
    return _labels_hit(missing, catalogue) if missing else None


@_table_check("covered-only-through", "group", "own_group")
def covered_only_through(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-IZA-04b: the group is covered, but not through its own representation."""
    group = catalogue.group(rule.check["group"]).type_set
    own = catalogue.group(rule.check["own_group"]).type_set
    if ctx.is_covered(table.id, group) and not ctx.is_covered(table.id, own):
        return Hit()
    return None


def _with_role(ctx: CheckContext, role: str) -> list[str]:
    return ctx.with_role(role)


@_table_check("initiator-role", "role")
def initiator_role(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-IZA-01: no party with the role is among the initiators."""
    holders = _with_role(ctx, rule.check["role"])
    if set(holders) & set(ctx.initiators(table.id)):
        return None
    hit = Hit()
    if holders:
        hit.both("partijen", ctx.names_of(holders))
    else:
        hit.nl["partijen"] = rule.placeholders.get("partijen_leeg_nl", "")
        hit.en["partijen"] = rule.placeholders.get("partijen_leeg_en", "")
    return hit


@_table_check("designated-initiator", "role")
def designated_initiator(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-IZA-02: (a) more than one designated party; (b) none of them is an initiator."""
    designated = _with_role(ctx, rule.check["role"])
    if len(designated) >= 2:
        return Hit("a").both("partijen", ctx.names_of(designated))
    if not set(designated) & set(ctx.initiators(table.id)):
        return Hit("b").both("partijen", ctx.names_of(designated))
    return None


@_table_check("mandate-completeness", "group")
def mandate_completeness(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-IZA-07: types with several organisations, in a mandate structure, not all represented."""
    poorly: list[str] = []
    for type_id in catalogue.group(rule.check["group"]).types:
        parties = ctx.parties_of_type.get(type_id, [])
        if len(parties) < 2:
            continue
        involved = type_id in ctx.covered_types(table.id) or any(
            ctx.mandate_type(m) == type_id for m in ctx.region.mandates
        )
        if not involved:
            continue
        represented = ctx.represented(table.id, type_id)
        if any(p.id not in represented for p in parties):
            poorly.append(type_id)
    if not poorly:
        return None
    hit = Hit()
    hit.nl["typen"] = _type_labels(poorly, "nl")
    hit.en["typen"] = hit.en["types"] = _type_labels(poorly, "en")
    return hit


@_table_check("linked-to-kind", "kind_id")
def linked_to_kind(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-IZA-09: tables of the kind exist, but no party sits both here and there."""
    others = [t for t in ctx.tables_of_kind.get(rule.check["kind_id"], ()) if t.id != table.id]
    if not others:
        return None
    from stakeholders.model.graph import shared_parties  # networkx: only when needed

    graph = ctx.seat_graph(frozenset({rule.check["kind_id"], *rule.applies_to}))
    for other in others:
        if shared_parties(graph, table.id, other.id):
            return None
    return Hit()


@_table_check("directed-by", "types")
def directed_by(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-PRV-03: no party of the types is chair or initiator."""
    types = set(rule.check["types"])
    leaders = set(ctx.initiators(table.id))
    chair = ctx.chair(table)
    if chair:
        leaders.add(chair)
    if any(ctx.type_of.get(p) in types for p in leaders):
        return None
    return Hit()


@_table_check("prevention-basis", "parts")
def prevention_basis(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-PRV-04: the shared regional analysis (table field) or the region (Kaart) is missing."""
    missing = []
    for part in rule.check["parts"]:
        if "field" in part:
            ok = ctx.arranged(table, part["field"])
        else:
            value = getattr(ctx.region.info, part["map_field"].replace("-", "_"), "")
            ok = bool(str(value or "").strip())
        if not ok:
            missing.append(part)
    return _labels_hit(missing, catalogue) if missing else None


@_table_check("chair-type", "types")
def chair_type(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-ROAZ-01: no chair, or the chair is not of the expected type."""
    chair = ctx.chair(table)
    if chair and ctx.type_of.get(chair) in set(rule.check["types"]):
        return None
    return Hit()


@_table_check("roaz-chain", "parts")
def roaz_chain(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-ROAZ-02: chain partners missing; insurers also count when merely informed."""
    missing = []
    sitting = ctx.sits_at(table.id)
    for part in rule.check["parts"]:
        types = part_types(part, catalogue)
        ok = ctx.is_covered(table.id, types)
        informed = part.get("informed_type")
        if not ok and informed:
            ok = any(ctx.type_of.get(p) == informed for p in sitting) or any(
                r.soort == "informeert" and ctx.type_of.get(r.naar) == informed
                for r in ctx.relations_from.get(table.id, ())
            )
        if not ok:
            missing.append(part)
    return _labels_hit(missing, catalogue) if missing else None


@_table_check("covered-or-linked", "types", "kind_id")
def covered_or_linked(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-ROAZ-03: the types are not covered and no party also sits at a table of the kind."""
    if ctx.is_covered(table.id, frozenset(rule.check["types"])):
        return None
    here = ctx.sits_at(table.id)
    for other in ctx.tables_of_kind.get(rule.check["kind_id"], ()):
        if other.id != table.id and here & ctx.sits_at(other.id):
            return None
    return Hit()


@_table_check("separate-without-mandate", "type")
def separate_without_mandate(
    ctx: CheckContext, rule: Any, catalogue: Any, table: Table
) -> Hit | None:
    """R-VSV-02: several members of the type, and none holds a mandate for the type."""
    type_id = rule.check["type"]
    group = [p for p in ctx.members(table.id) if ctx.type_of.get(p) == type_id]
    if len(group) < 2:
        return None
    holders = set(group)
    for mandate in ctx.effective_mandates(table.id):
        if mandate.houder in holders and ctx.mandate_type(mandate) == type_id:
            return None
    return Hit().both("aantal", len(group))


@_table_check("negotiator-and-budget-holder", "type", "role")
def negotiator_and_budget_holder(
    ctx: CheckContext, rule: Any, catalogue: Any, table: Table
) -> Hit | None:
    """R-AGGZ-01: (a) no insurer speaks for all others; (b) no budget holder at the table."""
    type_id = rule.check["type"]
    insurers = ctx.parties_of_type.get(type_id, [])
    members = ctx.members(table.id)
    negotiator = False
    for holder in members:
        if ctx.type_of.get(holder) != type_id:
            continue
        held = ctx.held_by(table.id, holder)
        others = [q for q in insurers if q.id != holder]
        if all(any(ctx.names(m, q) for m in held) for q in others):
            negotiator = True
            break
    if not negotiator:
        return Hit("a")
    role = rule.check["role"]
    if not any(role in ctx.party[p].rollen for p in members if p in ctx.party):
        return Hit("b")
    return None


@_table_check("all-represented", "type")
def all_represented(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-JR-01 / R-BW-01: some party of the type is not represented at the table."""
    type_id = rule.check["type"]
    represented = ctx.represented(table.id, type_id)
    missing = [p.id for p in ctx.parties_of_type.get(type_id, []) if p.id not in represented]
    if not missing:
        return None
    return Hit().both("partijen", ctx.names_of(missing))


@_table_check("gemeenten-represented")
def gemeenten_represented(
    ctx: CheckContext, rule: Any, catalogue: Any, table: Table
) -> Hit | None:
    """R-JR-01, R-BW-01, R-IZA-12: some of *the gemeenten of X* are not represented.

    Variant (a) checks the table's werkgebied, (b) every gemeente on the map.
    ``only_if_covered`` (R-IZA-12) limits the rule to tables where those types are covered.
    """
    only_if = rule.check.get("only_if_covered")
    if only_if and not ctx.is_covered(table.id, frozenset(only_if)):
        return None
    by_werkgebied, missing = ctx.gemeenten_missing(table)
    if not missing:
        return None
    return Hit("a" if by_werkgebied else "b").both("partijen", ", ".join(missing))


@_table_check("arranged", "field")
def arranged(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-01…07: a governance field is not arranged (inherited from the parent)."""
    only_if = rule.check.get("only_if_covered")
    if only_if and not ctx.is_covered(table.id, frozenset(only_if)):
        return None
    return None if ctx.arranged(table, rule.check["field"]) else Hit()


@_table_check("market-only", "group")
def market_only(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-08: the table has members and all of them are market parties."""
    members = ctx.members(table.id)
    market = catalogue.group(rule.check["group"]).type_set
    if members and all(ctx.type_of.get(p) in market for p in members):
        return Hit()
    return None


@_table_check("concentration", "group")
def concentration(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-09: one market party is initiator, chair and secretariat or largest mandate holder."""
    chair = ctx.chair(table)
    market = catalogue.group(rule.check["group"]).type_set
    if not chair or ctx.type_of.get(chair) not in market:
        return None
    if chair not in ctx.initiators(table.id):
        return None
    third = table.secretariaat == chair
    variant = "a"
    if not third:
        variant = "b"
        counts = {p: len(ctx.held_by(table.id, p)) for p in set(ctx.members(table.id))}
        own = counts.get(chair, 0)
        third = own >= 1 and all(own > n for p, n in counts.items() if p != chair)
    if not third:
        return None
    return Hit(variant).both("partij", ctx.party[chair].naam)


@_table_check("independent-chair")
def independent_chair(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-11: no independent chair recorded."""
    return None if ctx.has_independent_chair(table) else Hit()


@_table_check("secretariat")
def secretariat(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-12: nobody owns secretariat and logistics."""
    return None if ctx.secretariat(table) else Hit()


@_table_check("balance", "heavy", "light", "minimum", "factor")
def balance(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-HINT-MED: the heavy group outnumbers the light group by more than the factor."""
    heavy = catalogue.group(rule.check["heavy"]).type_set
    light = catalogue.group(rule.check["light"]).type_set
    members = ctx.members(table.id)
    n_heavy = sum(1 for p in members if ctx.type_of.get(p) in heavy)
    n_light = sum(1 for p in members if ctx.type_of.get(p) in light)
    if n_heavy >= rule.check["minimum"] and n_heavy > rule.check["factor"] * n_light:
        return Hit().both("n_med", n_heavy).both("n_soc", n_light)
    return None


@_map_check("unconnected", "type")
def unconnected(ctx: CheckContext, rule: Any, catalogue: Any) -> list[tuple[str, Hit]]:
    """R-HINT-ZZP: parties of the type with no active seat and named by no mandate at all."""
    hits = []
    for party in ctx.parties_of_type.get(rule.check["type"], []):
        if ctx.active_tables_of_party.get(party.id):
            continue
        if any(ctx.names(m, party) for m in ctx.region.mandates):
            continue
        hits.append((party.id, Hit().both("partij", party.naam)))
    return hits


@_map_check("missing-table-kind", "kind_id", "division")
def missing_table_kind(ctx: CheckContext, rule: Any, catalogue: Any) -> list[tuple[str, Hit]]:
    """R-IZA-11: a map of the division has no table of the kind (subject ``kaart``)."""
    info = ctx.region.info
    if normalize_name(info.regio_indeling) != normalize_name(rule.check["division"]):
        return []
    if ctx.tables_of_kind.get(rule.check["kind_id"]):
        return []
    return [(RESERVED_SUBJECT, Hit().both("regio", info.regio.strip() or info.naam))]


@_map_check("mandate-expiry", "days")
def mandate_expiry(ctx: CheckContext, rule: Any, catalogue: Any) -> list[tuple[str, Hit]]:
    """R-MND-01: (a) a holder's mandate has expired; (b) otherwise one expires within the days."""
    soon = ctx.reference + timedelta(days=int(rule.check["days"]))
    by_holder: dict[str, list[Any]] = {}
    for mandate in ctx.region.mandates:
        by_holder.setdefault(mandate.houder, []).append(mandate)
    hits = []
    for party in ctx.parties:
        held = by_holder.get(party.id)
        if not held:
            continue
        dated = [m for m in held if m.geldig_tot is not None]
        expired = [m for m in dated if m.geldig_tot < ctx.reference]
        expiring = [m for m in dated if ctx.reference <= m.geldig_tot <= soon]
        if expired:
            hit = Hit("a")
        elif expiring:
            hit = Hit("b")
        else:
            continue
        listed = "; ".join(_mandate_text(ctx, m) for m in (expired or expiring))
        hits.append((party.id, hit.both("partij", party.naam).both("mandaten", listed)))
    return hits


def _mandate_text(ctx: CheckContext, mandate: Any) -> str:
    """"namens {name} ({tafel or 'alle tafels'}, tot {date})" (``rules.md`` §4)."""
    if mandate.namens_type:
        label = vocab.party_types()[mandate.namens_type].label_nl
        name = f"alle {label}" + (f" in {mandate.namens_subregio}"
                                  if mandate.namens_subregio else "")
    else:
        party = ctx.party.get(mandate.namens_partij)
        name = party.naam if party else mandate.namens_partij
    table = ctx.table.get(mandate.tafel)
    where = table.naam if table else "alle tafels"
    return f"namens {name} ({where}, tot {dutch_date(mandate.geldig_tot)})"


# -- validation of rule files -----------------------------------------------------
def validate_check(check: dict[str, Any], groups: dict[str, Any]) -> str | None:
    """Return a Dutch description of what is wrong with a check spec, or ``None``."""
    kind = check.get("kind")
    if kind not in PARAMETERS:
        known = ", ".join(sorted(PARAMETERS))
        return f"onbekende controle '{kind}' (bekend: {known})"
    for name in PARAMETERS[kind]:
        if name not in check:
            return f"controle '{kind}' mist parameter '{name}'"
    types = vocab.party_types()
    referenced_groups = [check[k] for k in ("group", "own_group", "heavy", "light") if k in check]
    referenced_types = list(check.get("types", [])) + (
        [check["type"]] if "type" in check else []
    )
    for part in check.get("parts", []):
        if not isinstance(part, dict):
            return "elk onderdeel moet een tabel zijn"
        if "group" in part:
            referenced_groups.append(part["group"])
        elif "types" in part:
            referenced_types.extend(part["types"])
        elif "field" in part:
            if part["field"] not in schema.GOVERNANCE_FIELDS:
                return f"onbekend governance-veld '{part['field']}'"
        elif "map_field" not in part:
            return "een onderdeel heeft 'group', 'types', 'field' of 'map_field' nodig"
    for group in referenced_groups:
        if group not in groups:
            return f"onbekende groep '{group}'"
    for type_id in [*referenced_types, *check.get("only_if_covered", [])]:
        if type_id not in types:
            return f"onbekend type '{type_id}'"
    if "kind_id" in check and check["kind_id"] not in vocab.table_kinds():
        return f"onbekende tafelsoort '{check['kind_id']}'"
    if kind == "arranged" and check["field"] not in schema.GOVERNANCE_FIELDS:
        return f"onbekend governance-veld '{check['field']}'"
    return None
