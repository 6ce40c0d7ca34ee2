"""The registry of check kinds and the helpers they share.

A rule spec names its check kind (``[rules.check] kind = …``); each kind is a
function registered here with the parameters it needs, so the same kind
serves many rules and a region's own rules reuse them. The kinds themselves
live in ``checks_*.py`` by theme; :mod:`stakeholders.rules.checks` loads them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stakeholders.model import vocab
from stakeholders.model.entities import Table
from stakeholders.rules.context import CheckContext


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


def table_check(kind: str, *params: str) -> Callable[[TableCheck], TableCheck]:
    def register(function: TableCheck) -> TableCheck:
        TABLE_CHECKS[kind] = function
        PARAMETERS[kind] = params
        return function

    return register

def map_check(kind: str, *params: str) -> Callable[[MapCheck], MapCheck]:
    def register(function: MapCheck) -> MapCheck:
        MAP_CHECKS[kind] = function
        PARAMETERS[kind] = params
        return function

    return register

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

def missing_parts(
    ctx: CheckContext, catalogue: Any, table: Table, parts: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    return [p for p in parts if not ctx.is_covered(table.id, part_types(p, catalogue))]

def labels_hit(parts: list[dict[str, Any]], catalogue: Any) -> Hit:
    hit = Hit()
    for key_nl, key_en in (("groepen", "groups"), ("onderdelen", "elements")):
        hit.nl[key_nl] = ", ".join(part_label(p, catalogue, "nl") for p in parts)
        hit.en[key_en] = ", ".join(part_label(p, catalogue, "en") for p in parts)
        hit.en[key_nl] = hit.en[key_en]
    hit.nl["missing"] = [part_label(p, catalogue, "nl") for p in parts]
    hit.en["missing"] = [part_label(p, catalogue, "en") for p in parts]
    return hit

def type_labels(type_ids: list[str], language: str) -> str:
    types = vocab.party_types()
    order = {t.id: i for i, t in enumerate(types)}
    ordered = sorted(type_ids, key=lambda t: order.get(t, 1 << 30))
    return ", ".join(
        types[t].label_nl if language == "nl" else types[t].label_en for t in ordered
    )
