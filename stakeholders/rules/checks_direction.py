"""Check kinds about direction (``regie``) and links between tables (``samenhang``).

Initiators, chairs, roles held by one party, secretariat, and parties that
sit at two tables (``rules.md`` §7).
"""

from __future__ import annotations

from typing import Any

from stakeholders.model.entities import Table
from stakeholders.rules.context import CheckContext
from stakeholders.rules.registry import (
    Hit,
    table_check,
)


def _with_role(ctx: CheckContext, role: str) -> list[str]:
    return ctx.with_role(role)

@table_check("initiator-role", "role")
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

@table_check("designated-initiator", "role")
def designated_initiator(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-IZA-02: (a) more than one designated party; (b) none of them is an initiator."""
    designated = _with_role(ctx, rule.check["role"])
    if len(designated) >= 2:
        return Hit("a").both("partijen", ctx.names_of(designated))
    if not set(designated) & set(ctx.initiators(table.id)):
        return Hit("b").both("partijen", ctx.names_of(designated))
    return None

@table_check("directed-by", "types")
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

@table_check("chair-type", "types")
def chair_type(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-ROAZ-01: no chair, or the chair is not of the expected type."""
    chair = ctx.chair(table)
    if chair and ctx.type_of.get(chair) in set(rule.check["types"]):
        return None
    return Hit()

@table_check("negotiator-and-budget-holder", "type", "role")
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

@table_check("concentration", "group")
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

@table_check("independent-chair")
def independent_chair(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-11: no independent chair recorded."""
    return None if ctx.has_independent_chair(table) else Hit()

@table_check("secretariat")
def secretariat(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-12: nobody owns secretariat and logistics."""
    return None if ctx.secretariat(table) else Hit()

@table_check("linked-to-kind", "kind_id")
def linked_to_kind(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-IZA-09: tables of the kind exist, but no party sits both here and there."""
    others = [t for t in ctx.tables_of_kind.get(rule.check["kind_id"], ()) if t.id != table.id]
    if not others:
        return None
    here = ctx.sits_at(table.id)
    for other in others:
        if here & ctx.sits_at(other.id):
            return None
    return Hit()

@table_check("covered-or-linked", "types", "kind_id")
def covered_or_linked(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-ROAZ-03: the types are not covered and no party also sits at a table of the kind."""
    if ctx.is_covered(table.id, frozenset(rule.check["types"])):
        return None
    here = ctx.sits_at(table.id)
    for other in ctx.tables_of_kind.get(rule.check["kind_id"], ()):
        if other.id != table.id and here & ctx.sits_at(other.id):
            return None
    return Hit()
