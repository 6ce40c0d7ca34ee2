"""Check kinds that run once per map: unconnected parties, a missing table kind, mandates
that expire (``rules.md`` §7, ``applies_to: map``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from stakeholders.model import vocab
from stakeholders.model.dates import dutch_date
from stakeholders.model.normalize import normalize_name
from stakeholders.model.regionmap import RESERVED_SUBJECT
from stakeholders.rules.context import CheckContext
from stakeholders.rules.registry import (
    Hit,
    map_check,
)


@map_check("unconnected", "type")
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

@map_check("missing-table-kind", "kind_id", "division")
def missing_table_kind(ctx: CheckContext, rule: Any, catalogue: Any) -> list[tuple[str, Hit]]:
    """R-IZA-11: a map of the division has no table of the kind (subject ``kaart``)."""
    info = ctx.region.info
    if normalize_name(info.regio_indeling) != normalize_name(rule.check["division"]):
        return []
    if ctx.tables_of_kind.get(rule.check["kind_id"]):
        return []
    return [(RESERVED_SUBJECT, Hit().both("regio", info.regio.strip() or info.naam))]

@map_check("mandate-expiry", "days")
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
