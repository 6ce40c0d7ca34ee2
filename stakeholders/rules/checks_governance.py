"""Check kinds about agreements recorded for a table (``governance``, ``rules.md`` §7)."""

from __future__ import annotations

from typing import Any

from stakeholders.model.entities import Table
from stakeholders.rules.context import CheckContext
from stakeholders.rules.registry import (
    Hit,
    labels_hit,
    table_check,
)


@table_check("prevention-basis", "parts")
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
    return labels_hit(missing, catalogue) if missing else None

@table_check("arranged", "field")
def arranged(ctx: CheckContext, rule: Any, catalogue: Any, table: Table) -> Hit | None:
    """R-GOV-01…07: a governance field is not arranged (inherited from the parent)."""
    only_if = rule.check.get("only_if_covered")
    if only_if and not ctx.is_covered(table.id, frozenset(only_if)):
        return None
    return None if ctx.arranged(table, rule.check["field"]) else Hit()
