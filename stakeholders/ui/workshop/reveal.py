"""The steps of the story a facilitator tells with the map (plain Python, no Qt).

Tables one by one (in map order), then every table's kopgroep, then the tweede
ring, then the mandates (and the parties not at a table yet), then the findings.
Each step shows everything of the steps before it. Items are named by uid.
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
