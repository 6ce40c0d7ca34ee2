"""``table_rings`` ("tafelringen"): one table with its kopgroep and tweede ring around it.

The table sits in the centre, its kopgroep on an inner ring and its tweede
ring on an outer ring. Both rings are cut into the same wedges, one per
domain in the order of ``resources/domains.csv`` starting at the top and
going clockwise, so a domain points the same way on both rings; within a
wedge the parties are sorted by name. The radii are the smallest for which
neighbouring boxes on a ring keep :data:`~stakeholders.layout._geometry.GAP`
apart, so a ring grows with its number of parties.

:func:`ring_offsets` is the geometry alone; :func:`initial_positions
<stakeholders.layout.initial.initial_positions>` uses it too.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

import numpy as np

from stakeholders.layout._geometry import (
    GAP,
    PARTY_DY,
    PARTY_H,
    PARTY_W,
    TABLE_H,
    TABLE_W,
    remove_overlaps,
)
from stakeholders.layout._progress import ProgressFn, Ticker
from stakeholders.layout.types import Positions
from stakeholders.model.entities import Party
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.vocab import domain_of, domains

#: Start of the first wedge: straight up (canvas y grows downwards).
START_ANGLE = -math.pi / 2
#: Smallest inner radius: a party box clears the table box in every direction.
_INNER_MIN = math.hypot(TABLE_W / 2 + PARTY_W / 2 + GAP,
                        TABLE_H / 2 + PARTY_H / 2 + PARTY_DY + GAP) + 4.0
#: Radial distance between the two rings: boxes at the same angle never touch.
_RING_STEP = math.hypot(PARTY_W + GAP, PARTY_H + GAP) + 8.0


def domain_order() -> dict[str, int]:
    """Position of every domain in ``domains.csv`` (unknown domains sort last, with overig)."""
    return {domain: k for k, domain in enumerate(domains())}


def party_domain(party: Party) -> str:
    """The domain of a party's type (``overig`` for an unknown type)."""
    return domain_of(party.type)


def _separation(angle: float) -> float:
    """Centre distance two neighbouring boxes need along a ring, at the ring's ``angle``.

    Neighbours on a ring lie along the tangent (−sin, cos); two boxes are
    clear of each other when they are apart by the box width (plus gap) in
    x or by the box height (plus gap) in y.
    """
    tx, ty = abs(math.sin(angle)), abs(math.cos(angle))
    along_x = (PARTY_W + GAP) / tx if tx > 1e-9 else math.inf
    along_y = (PARTY_H + GAP) / ty if ty > 1e-9 else math.inf
    return min(along_x, along_y)


def _ring_radius(angles: Sequence[float]) -> float:
    """Smallest radius at which boxes at these (sorted) angles don't touch their neighbours."""
    count = len(angles)
    if count < 2:
        return 0.0
    radius = 0.0
    for k in range(count):
        a = angles[k]
        b = angles[(k + 1) % count] + (2 * math.pi if k + 1 == count else 0.0)
        delta = b - a
        if delta >= math.pi:
            # Two boxes at most half a turn apart: they only need to clear each other.
            delta = math.pi
        chord = 2.0 * math.sin(delta / 2.0)
        radius = max(radius, _separation((a + b) / 2.0) / max(chord, 1e-9))
    return radius


def ring_offsets(inner: Sequence[Sequence[Hashable]], outer: Sequence[Sequence[Hashable]],
                 ) -> tuple[dict[Hashable, tuple[float, float]], float]:
    """Offsets from the table's centre for two rings of wedges; and the outer radius used.

    ``inner`` and ``outer`` hold, per wedge (domain) in order, the keys of
    the parties on that ring in their order. Every wedge gets the same
    angle range on both rings, in proportion to the larger of its shares
    of the two rings.
    """
    total_in = sum(len(w) for w in inner)
    total_out = sum(len(w) for w in outer)
    wedges = max(len(inner), len(outer))
    shares = []
    for k in range(wedges):
        a = len(inner[k]) / total_in if total_in and k < len(inner) else 0.0
        b = len(outer[k]) / total_out if total_out and k < len(outer) else 0.0
        shares.append(max(a, b))
    total_share = sum(shares) or 1.0
    starts = []
    spans = []
    angle = START_ANGLE
    for share in shares:
        span = 2 * math.pi * share / total_share
        starts.append(angle)
        spans.append(span)
        angle += span

    def angles_of(ring: Sequence[Sequence[Hashable]]) -> list[tuple[Hashable, float]]:
        placed = []
        for k, members in enumerate(ring):
            count = len(members)
            for m, key in enumerate(members):
                placed.append((key, starts[k] + spans[k] * (m + 0.5) / count))
        return placed

    inner_angles = angles_of(inner)
    outer_angles = angles_of(outer)
    r_in = max(_INNER_MIN, _ring_radius([a for _, a in inner_angles]))
    r_out = max(r_in + _RING_STEP if inner_angles else _INNER_MIN,
                _ring_radius([a for _, a in outer_angles]))
    offsets: dict[Hashable, tuple[float, float]] = {}
    for placed, radius in ((inner_angles, r_in), (outer_angles, r_out)):
        for key, a in placed:
            offsets[key] = (radius * math.cos(a), radius * math.sin(a))
    outer_radius = r_out if outer_angles else (r_in if inner_angles else 0.0)
    return offsets, outer_radius


def group_by_domain(parties: Sequence[Party]) -> list[list[Party]]:
    """Parties per domain in ``domains.csv`` order (empty domains included), each by name."""
    order = domain_order()
    groups: list[list[Party]] = [[] for _ in range(len(order) + 1)]
    for party in parties:
        groups[order.get(party_domain(party), len(order))].append(party)
    for group in groups:
        group.sort(key=lambda p: (p.naam.casefold(), p.id.casefold()))
    return groups


def table_rings(region: RegionMap, table_uid: str, *, progress: ProgressFn = None) -> Positions:
    """The table ``table_uid`` in the centre, its kopgroep on an inner ring, tweede ring outside.

    The table keeps its position if it has one (else it goes to (0, 0)).
    Pinned parties keep their place; the others are placed. A party with
    two seats at the table counts in the kopgroep.

    Returns:
        Positions of the table (unless pinned) and of its seated parties that
        are not pinned; nothing else.

    Raises:
        KeyError: when no table has ``table_uid``.
        Cancelled: when ``progress`` returned ``False``.
    """
    ticker = Ticker(progress)
    ticker.start()
    table = next((t for t in region.tables if t.uid == table_uid), None)
    if table is None:
        raise KeyError(table_uid)
    centre = table.pos if table.pos is not None else (0.0, 0.0)
    parties = {fold(p.id): p for p in reversed(region.parties)}  # first of a duplicate id wins
    ring_of: dict[str, str] = {}
    key = fold(table.id)
    for seat in region.seats:
        if fold(seat.tafel) != key:
            continue
        party = parties.get(fold(seat.partij))
        if party is None:
            continue
        if ring_of.get(party.uid) != "kopgroep":
            ring_of[party.uid] = "kopgroep" if seat.ring != "tweede-ring" else "tweede-ring"
    seated = [p for p in region.parties if p.uid in ring_of]
    free = [p for p in seated if not (p.pinned and p.pos is not None)]
    inner = group_by_domain([p for p in free if ring_of[p.uid] == "kopgroep"])
    outer = group_by_domain([p for p in free if ring_of[p.uid] != "kopgroep"])
    offsets, _ = ring_offsets([[p.uid for p in g] for g in inner],
                              [[p.uid for p in g] for g in outer])
    ticker(0.5)
    result: Positions = {}
    if not (table.pinned and table.pos is not None):
        result[table.uid] = (float(centre[0]), float(centre[1]))
    for party in free:
        dx, dy = offsets[party.uid]
        result[party.uid] = (centre[0] + dx, centre[1] + dy)
    pinned = [p for p in seated if p.pinned and p.pos is not None]
    if pinned:
        result = _clear_of_pinned(result, table.uid, centre, pinned, ticker)
    ticker.done()
    return result


def _clear_of_pinned(result: Positions, table_uid: str, centre: tuple[float, float],
                     pinned: list[Party], ticker: Ticker) -> Positions:
    """Push the placed parties off pinned parties (which stay) and off the table."""
    uids = [u for u in result if u != table_uid]
    points = [result[u] for u in uids] + [p.pos for p in pinned] + [centre]
    xy = np.array(points, dtype=float)
    count = len(uids)
    is_table = np.zeros(len(points), dtype=bool)
    is_table[-1] = True
    half_w = np.where(is_table, TABLE_W / 2, PARTY_W / 2)
    half_h = np.where(is_table, TABLE_H / 2, PARTY_H / 2)
    dy = np.where(is_table, 0.0, PARTY_DY)
    movable = np.zeros(len(points), dtype=bool)
    movable[:count] = True
    x, y = remove_overlaps(xy[:, 0], xy[:, 1] + dy, half_w, half_h, movable,
                           ticker=ticker.sub(0.5, 1.0))
    out = dict(result)
    for k, uid in enumerate(uids):
        out[uid] = (float(x[k]), float(y[k] - dy[k]))
    return out
