"""The check kinds that rule specs refer to, and the validation of a rule's check spec.

Importing this module registers every kind (:mod:`stakeholders.rules.registry`):
composition and mandates, direction and links, governance, and the map rules,
each in its own ``checks_*`` module. Conditions follow ``rules.md`` §7.
"""

from __future__ import annotations

from typing import Any

from stakeholders.model import schema, vocab
from stakeholders.rules import (  # noqa: F401 - importing them registers the kinds
    checks_composition,
    checks_direction,
    checks_governance,
    checks_map,
)
from stakeholders.rules.registry import MAP_CHECKS, PARAMETERS, TABLE_CHECKS, Hit

__all__ = ["MAP_CHECKS", "PARAMETERS", "TABLE_CHECKS", "Hit", "validate_check"]


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
