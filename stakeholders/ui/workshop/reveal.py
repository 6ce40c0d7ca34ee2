"""The steps of the story a facilitator tells with the map (plain Python, no Qt).

Tables one by one (in map order), then every table's kopgroep, then the tweede
ring, then the mandates (and the parties not at a table yet), then the findings.
Each step shows everything of the steps before it. Items are named by uid.
:func:`table_focus` is the one picture of a single table (the table focus view).
"""

from __future__ import annotations

from dataclasses import dataclass

from stakeholders.model.regionmap import RegionMap

KOPGROEP = "kopgroep"
TWEEDE_RING = "tweede-ring"


@dataclass(frozen=True)
class RevealStep:
    """What one step shows: ``what`` is a step kind, ``name`` a table's name (table steps)."""

    what: str  #: "table", "kopgroep", "tweede-ring", "mandates" or "findings"
    nodes: frozenset[str]  #: uids of the parties and tables shown
    lines: frozenset[str]  #: uids of the seats, mandates and relations shown
    findings: bool = False
    name: str = ""
    number: int = 0  #: a table step's table number (1-based)


def reveal_steps(region: RegionMap) -> list[RevealStep]:
    """The steps of ``region``'s story; the last one shows the whole map with its findings."""
    steps: list[RevealStep] = []
    nodes: set[str] = set()
    lines: set[str] = set()
    party_uid = {p.id: p.uid for p in region.parties}
    for number, table in enumerate(region.tables, start=1):
        nodes.add(table.uid)
        steps.append(RevealStep("table", frozenset(nodes), frozenset(lines), name=table.naam,
                                number=number))
    for ring in (KOPGROEP, TWEEDE_RING):
        seats = [s for s in region.seats if s.ring == ring]
        if not seats:
            continue
        for seat in seats:
            lines.add(seat.uid)
            if seat.partij in party_uid:
                nodes.add(party_uid[seat.partij])
        steps.append(RevealStep(ring, frozenset(nodes), frozenset(lines)))
    for mandate in region.mandates:
        lines.add(mandate.uid)
        for party in (mandate.houder, mandate.namens_partij):
            if party in party_uid:
                nodes.add(party_uid[party])
    nodes.update(p.uid for p in region.parties)  # the parties not at a table yet
    lines.update(r.uid for r in region.relations)
    steps.append(RevealStep("mandates", frozenset(nodes), frozenset(lines)))
    steps.append(RevealStep("findings", frozenset(nodes), frozenset(lines), findings=True))
    return steps


def table_focus(region: RegionMap, table_uid: str) -> RevealStep:
    """One table with its seats (kopgroep and tweede ring), the mandates held at it (or at
    every table by a party seated there) with the parties they speak for, and the relations
    between what is shown; ``findings``: the table's own."""
    table = next(t for t in region.tables if t.uid == table_uid)
    party_uid = {p.id: p.uid for p in region.parties}
    nodes = {table.uid}
    lines: set[str] = set()
    seated = set()
    for seat in region.seats:
        if seat.tafel == table.id and seat.partij in party_uid:
            seated.add(seat.partij)
            nodes.add(party_uid[seat.partij])
            lines.add(seat.uid)
    for mandate in region.mandates:
        if mandate.tafel == table.id or (not mandate.tafel and mandate.houder in seated):
            lines.add(mandate.uid)
            for party in (mandate.houder, mandate.namens_partij):
                if party in party_uid:
                    nodes.add(party_uid[party])
    ids = {p.uid: p.id for p in region.parties} | {table.uid: table.id}
    shown = {ids[u] for u in nodes}
    lines.update(r.uid for r in region.relations if r.van in shown and r.naar in shown)
    return RevealStep("focus", frozenset(nodes), frozenset(lines), findings=True,
                      name=table.naam)
