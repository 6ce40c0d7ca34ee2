"""The region's map as one plain container, and id helpers.

:class:`RegionMap` holds the entities in row order (the order matters for
messages and display, ``rules.md`` §4). It is plain data: the I/O layer
builds it, the rules read it, and the :class:`~stakeholders.model.document.Document`
owns the one that is being edited.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from stakeholders.model import vocab
from stakeholders.model.entities import (
    Mandate,
    MapInfo,
    Party,
    Relation,
    Seat,
    Table,
    Waiver,
)
from stakeholders.model.kinds import EntityKind

if TYPE_CHECKING:
    from stakeholders.model.snapshots import Snapshot

#: Every rule id a deliberate choice may name, given a map's own rules (``custom_rules``);
#: raises :class:`ValueError` with a Dutch message when those rules are not valid. The rules
#: layer provides it (:func:`stakeholders.rules.catalogue.known_rule_ids`); the model and the
#: readers receive it from their caller, so they never import the rules.
KnownRules = Callable[[Sequence[Mapping[str, Any]]], list[str]]

_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
RESERVED_SUBJECT = "kaart"


def is_valid_id(text: str) -> bool:
    """Whether ``text`` is a valid party or table id (``spreadsheet-format.md`` §2)."""
    return bool(_ID_PATTERN.match(text)) and text.lower() != RESERVED_SUBJECT


def fold(identifier: str) -> str:
    """The case-insensitive comparison key of an id."""
    return identifier.lower()


@dataclass
class RegionMap:
    """Everything a map holds: the Kaart info, the six lists of entities, the region's own
    rules and its snapshots."""

    info: MapInfo = field(default_factory=MapInfo)
    parties: list[Party] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    seats: list[Seat] = field(default_factory=list)
    mandates: list[Mandate] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    waivers: list[Waiver] = field(default_factory=list)
    #: The region's own rules, in the schema of ``resources/rules.toml`` (``.regiokaart`` only).
    custom_rules: list[dict[str, Any]] = field(default_factory=list)
    #: Named snapshots of the map as it was (``.regiokaart`` only; see ``model.snapshots``).
    snapshots: list[Snapshot] = field(default_factory=list)

    def reference_date(self, today: date | None = None) -> date:
        """Kaart ``peildatum``, or ``today`` (the date of the check) when it is empty."""
        return self.info.peildatum or today or date.today()

    def items(self, kind: str) -> list[Any]:
        """The list of entities of ``kind`` (``party`` → :attr:`parties`, …)."""
        items: list[Any] = getattr(self, EntityKind(kind).list_name)
        return items

    def table_index(self) -> dict[str, Table]:
        """Tables by canonical id."""
        return {t.id: t for t in self.tables}

    def gemeente_name(self, code: str) -> str:
        """The name of a CBS gemeente code (``rules.md`` §2): the ``naam`` of the first party
        of type ``gemeente`` that lists the code, else the name in the app's CBS list, else
        the code itself."""
        for party in self.parties:
            if party.type == "gemeente" and code in party.gemeenten:
                return party.naam
        return vocab.gemeente_name(code) or code

    def without_layout(self) -> RegionMap:
        """A copy without canvas positions and pins (what a spreadsheet can hold)."""
        return replace(
            self,
            parties=[replace(p, pos=None, pinned=False) for p in self.parties],
            tables=[replace(t, pos=None, pinned=False) for t in self.tables],
            seats=list(self.seats),
            mandates=list(self.mandates),
            relations=list(self.relations),
            waivers=list(self.waivers),
            custom_rules=list(self.custom_rules),
            snapshots=list(self.snapshots),
        )

    def spreadsheet_part(self) -> RegionMap:
        """What a spreadsheet can hold: no layout, no own rules, no choices about them,
        no snapshots."""
        own = {str(r.get("id", "")).upper() for r in self.custom_rules}
        part = self.without_layout()
        part.custom_rules = []
        part.snapshots = []
        part.waivers = [w for w in self.waivers if w.regel.upper() not in own]
        return part

    def counts(self) -> dict[str, int]:
        """Number of entities per kind, for status lines and logs."""
        return {
            "partijen": len(self.parties),
            "tafels": len(self.tables),
            "zetels": len(self.seats),
            "mandaten": len(self.mandates),
            "relaties": len(self.relations),
            "keuzes": len(self.waivers),
        }
