"""Where the guides of a layout stand, and whether they still describe the map (Qt-free).

The layouts say where their guides go (:mod:`stakeholders.layout.guides`);
this module adds what the canvas needs besides:

* :func:`wedge_captions` – after *Tafelringen*, the name of each domain's
  wedge, outside the outer ring in the middle of the wedge;
* :func:`still_valid` – whether guides computed again from the current
  positions still match the ones the layout made. A ring whose radius
  changed (the table was moved alone, the layout was undone) or domain
  hulls that spread out over the map no longer explain anything: the
  canvas then drops them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from stakeholders.layout.guides import Caption, LayoutGuides
from stakeholders.model import vocab
from stakeholders.model.regionmap import RegionMap, fold

#: A ring stays while its radius is within this share of the radius the layout made.
RING_TOLERANCE = 0.03
#: Domain hulls stay while their total area is at most this many times the layout's.
HULL_GROWTH = 1.5
#: Wedge captions stand this far outside the outer ring (beyond the names on it).
WEDGE_OFFSET = 80.0


@dataclass(frozen=True)
class WedgeCaption:
    """A domain's name outside its wedge of the rings, at ``angle`` (radians, y down)."""

    caption: Caption
    angle: float


def wedge_captions(region: RegionMap, guides: LayoutGuides) -> list[WedgeCaption]:
    """One caption per domain among the ring's parties, outside the outer ring."""
    if not guides.rings:
        return []
    ring = guides.rings[0]
    centre = ring.centre
    outer = max(r.radius for r in guides.rings)
    table = next((t for t in region.tables if t.uid == ring.table_uid), None)
    if table is None:
        return []
    seated = {fold(s.partij) for s in region.seats if fold(s.tafel) == fold(table.id)}
    angles: dict[str, list[float]] = {}
    for party in region.parties:
        if fold(party.id) not in seated or party.pos is None:
            continue
        angle = math.atan2(party.pos[1] - centre[1], party.pos[0] - centre[0])
        angles.setdefault(vocab.domain_of(party.type), []).append(angle)
    labels = {d.id: d.label for d in vocab.domains().values()}
    result = []
    for domain, members in angles.items():
        mean = math.atan2(sum(math.sin(a) for a in members), sum(math.cos(a) for a in members))
        radius = outer + WEDGE_OFFSET
        pos = (centre[0] + radius * math.cos(mean), centre[1] + radius * math.sin(mean))
        result.append(WedgeCaption(Caption(labels.get(domain, domain), pos), mean))
    return result


def _hull_area(points: tuple[tuple[float, float], ...]) -> float:
    area = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        area += x0 * y1 - x1 * y0
    return abs(area) / 2.0


def still_valid(made: LayoutGuides, now: LayoutGuides) -> bool:
    """Whether ``now`` (computed again from the current map) still matches ``made``."""
    if made.rings:
        if len(now.rings) != len(made.rings):
            return False
        return all(a.ring == b.ring and abs(a.radius - b.radius) <= RING_TOLERANCE * a.radius
                   for a, b in zip(made.rings, now.rings, strict=True))
    if made.domains:
        before = sum(_hull_area(d.hull) for d in made.domains)
        after = sum(_hull_area(d.hull) for d in now.domains)
        return bool(now.domains) and after <= HULL_GROWTH * max(before, 1.0)
    return False
