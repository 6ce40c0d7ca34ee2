"""Check kinds about who sits at a table (``samenstelling``) and who speaks for whom.

Coverage of groups and types, represented gemeenten, mandate structures and
the balance between market and public parties (``rules.md`` §7).
"""

from __future__ import annotations

from typing import Any

from stakeholders.model.entities import Table
from stakeholders.rules.context import CheckContext
from stakeholders.rules.registry import (
    Hit,
    labels_hit,
    missing_parts,
    part_types,
    table_check,
    type_labels,
)


@table_check("covered", "parts")
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
        missing = missing_parts(ctx, catalogue, table, parts)
    return labels_hit(missing, catalogue) if missing else None

@table_check("covered-only-through", "group", "own_group")
def covered_only_through(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-IZA-04b: the group is covered, but not through its own representation."""
    group = catalogue.group(rule.check["group"]).type_set
    own = catalogue.group(rule.check["own_group"]).type_set
    if ctx.is_covered(table.id, group) and not ctx.is_covered(table.id, own):
        return Hit()
    return None

@table_check("mandate-completeness", "group")
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
    hit.nl["typen"] = type_labels(poorly, "nl")
    hit.en["typen"] = hit.en["types"] = type_labels(poorly, "en")
    return hit

@table_check("roaz-chain", "parts")
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
    return labels_hit(missing, catalogue) if missing else None

@table_check("separate-without-mandate", "type")
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

@table_check("all-represented", "type")
def all_represented(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-JR-01 / R-BW-01: some party of the type is not represented at the table."""
    type_id = rule.check["type"]
    represented = ctx.represented(table.id, type_id)
    missing = [p.id for p in ctx.parties_of_type.get(type_id, []) if p.id not in represented]
    if not missing:
        return None
    return Hit().both("partijen", ctx.names_of(missing))

@table_check("gemeenten-represented")
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

@table_check("market-only", "group")
def market_only(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-08: the table has members and all of them are market parties."""
    members = ctx.members(table.id)
    market = catalogue.group(rule.check["group"]).type_set
    if members and all(ctx.type_of.get(p) in market for p in members):
        return Hit()
    return None

@table_check("balance", "heavy", "light", "minimum", "factor")
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
