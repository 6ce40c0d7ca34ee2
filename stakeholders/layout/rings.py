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
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

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
from stakeholders.layout.boxes import BoxSizes, map_boxes
from stakeholders.layout.types import Positions, nodes
from stakeholders.model.entities import Party
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.vocab import domain_of, domains

#: Width of the band around the rings that items from inside the rings are moved into.
BAND = 240.0
#: Start of the first wedge: straight up (canvas y grows downwards).
START_ANGLE = -math.pi / 2


def domain_order() -> dict[str, int]:
    """Position of every domain in ``domains.csv`` (unknown domains sort last, with overig)."""
    return {domain: k for k, domain in enumerate(domains())}


def party_domain(party: Party) -> str:
    """The domain of a party's type (``overig`` for an unknown type)."""
    return domain_of(party.type)


def _separation(angle: float, width: float = PARTY_W, height: float = PARTY_H) -> float:
    """Centre distance two neighbouring boxes need along a ring, at the ring's ``angle``.

    Neighbours on a ring lie along the tangent (−sin, cos); two boxes are
    clear of each other when they are apart by their mean width (plus gap)
    in x or by their mean height (plus gap) in y.
    """
    tx, ty = abs(math.sin(angle)), abs(math.cos(angle))
    along_x = (width + GAP) / tx if tx > 1e-9 else math.inf
    along_y = (height + GAP) / ty if ty > 1e-9 else math.inf
    return min(along_x, along_y)


def _ring_radius(angles: Sequence[float],
                 sizes: Sequence[tuple[float, float]] | None = None) -> float:
    """Smallest radius at which boxes at these (sorted) angles don't touch their neighbours
    (``sizes``: width and height of each box; default: the standard party box)."""
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
        if sizes is None:
            need = _separation((a + b) / 2.0)
        else:
            (wa, ha), (wb, hb) = sizes[k], sizes[(k + 1) % count]
            need = _separation((a + b) / 2.0, (wa + wb) / 2, (ha + hb) / 2)
        radius = max(radius, need / max(chord, 1e-9))
    return radius


def ring_offsets(inner: Sequence[Sequence[Hashable]], outer: Sequence[Sequence[Hashable]],
                 sizes: Mapping[Any, tuple[float, float, float]] | None = None,
                 table_size: tuple[float, float] = (TABLE_W, TABLE_H),
                 ) -> tuple[dict[Any, tuple[float, float]], float]:
    """Offsets from the table's centre for two rings of wedges; and the outer radius used.

    ``inner`` and ``outer`` hold, per wedge (domain) in order, the keys of
    the parties on that ring in their order. Every wedge gets the same
    angle range on both rings, in proportion to the larger of its shares
    of the two rings. ``sizes`` gives each party's true box (width, height,
    dy); without it every party has the standard box.
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

    def box(key: Hashable) -> tuple[float, float]:
        if sizes is None or key not in sizes:
            return (PARTY_W, PARTY_H)
        return sizes[key][0], sizes[key][1]

    widest = max((box(k) for k, _ in (*inner_angles, *outer_angles)),
                 default=(PARTY_W, PARTY_H), key=lambda wh: wh[0] * wh[1])
    dy = max((sizes[k][2] for k, _ in (*inner_angles, *outer_angles)
              if sizes is not None and k in sizes), default=PARTY_DY)
    inner_min = math.hypot(table_size[0] / 2 + widest[0] / 2 + GAP,
                           table_size[1] / 2 + widest[1] / 2 + (0.0 if sizes else dy) + GAP) + 4.0
    step = math.hypot(widest[0] + GAP, widest[1] + GAP) + 8.0
    r_in = max(inner_min, _ring_radius([a for _, a in inner_angles],
                                       [box(k) for k, _ in inner_angles] if sizes else None))
    r_out = max(r_in + step if inner_angles else inner_min,
                _ring_radius([a for _, a in outer_angles],
                             [box(k) for k, _ in outer_angles] if sizes else None))
    offsets: dict[Hashable, tuple[float, float]] = {}
    for placed, radius in ((inner_angles, r_in), (outer_angles, r_out)):
        for key, a in placed:
            # With true boxes the box centre (not the shape) sits on the ring.
            shift = sizes[key][2] if sizes is not None and key in sizes else 0.0
            offsets[key] = (radius * math.cos(a), radius * math.sin(a) - shift)
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
    sizes = map_boxes(region).sizes
    table_box = sizes[table.uid]
    offsets, _ = ring_offsets([[p.uid for p in g] for g in inner],
                              [[p.uid for p in g] for g in outer], sizes,
                              (table_box[0], table_box[1]))
    ticker(0.3)
    result: Positions = {}
    if not (table.pinned and table.pos is not None):
        result[table.uid] = (float(centre[0]), float(centre[1]))
    for party in free:
        dx, dy = offsets[party.uid]
        result[party.uid] = (centre[0] + dx, centre[1] + dy)
    result = _clear_around(region, result, table.uid, {p.uid for p in seated}, centre, sizes,
                           ticker.sub(0.3, 1.0))
    ticker.done()
    return result


def _disc_cells(centre: tuple[float, float], radius: float) -> np.ndarray:
    """Square cells ``(x, y, half side)`` that together cover the disc (and a little more)."""
    half = radius / 6
    steps = np.arange(-6, 6) * 2 * half + half
    gx, gy = np.meshgrid(steps, steps)
    # Keep the cells that reach into the disc.
    nx = np.clip(0.0, gx - half, gx + half)
    ny = np.clip(0.0, gy - half, gy + half)
    keep = np.hypot(nx, ny) < radius
    return np.column_stack([gx[keep] + centre[0], gy[keep] + centre[1],
                            np.full(int(keep.sum()), half)])


def _reach(pos: tuple[float, float], size: tuple[float, float, float],
           centre: tuple[float, float]) -> float:
    """Farthest point of a box (item at ``pos``) from ``centre``."""
    w, h, dy = size
    return math.hypot(abs(pos[0] - centre[0]) + w / 2, abs(pos[1] + dy - centre[1]) + h / 2)


def _clear_around(region: RegionMap, result: Positions, table_uid: str, seated: set[str],
                  centre: tuple[float, float], sizes: BoxSizes, ticker: Ticker) -> Positions:
    """Keep the rings free: other tables and parties go outside the rings' disc; then every
    overlap is removed, the table and its ring parties (and pinned items) staying put.

    Items inside the disc move radially outwards into a band :data:`BAND` wide
    around it, keeping their order of distance; items outside keep their place.
    """
    ring = [result.get(p.uid, p.pos) for p in region.parties if p.uid in seated]
    ring_sizes = [sizes[p.uid] for p in region.parties if p.uid in seated]
    disc = max([_reach(xy, size, centre) for xy, size in zip(ring, ring_sizes, strict=True)
                if xy is not None] + [_reach(centre, sizes[table_uid], centre)]) + 2 * GAP
    items = [i for i in nodes(region) if i.pos is not None
             or i.uid in result]
    out = dict(result)
    inside = []
    for k, item in enumerate(items):
        if item.uid in seated or item.uid == table_uid or item.pinned or item.pos is None:
            continue
        w, h, dy = sizes[item.uid]
        x, y = item.pos[0] - centre[0], item.pos[1] + dy - centre[1]
        inner = disc + math.hypot(w, h) / 2
        if math.hypot(x, y) < inner:
            inside.append((k, item, x, y, inner))
    # The band is wide enough to hold the displaced boxes at about half density.
    area = sum((sizes[i.uid][0] + GAP) * (sizes[i.uid][1] + GAP) for _, i, _, _, _ in inside)
    band = max(BAND, math.sqrt(disc * disc + 2.0 * area / math.pi) - disc)
    for k, item, x, y, inner in inside:
        dy = sizes[item.uid][2]
        d = math.hypot(x, y)
        angle = math.atan2(y, x) if d > 1e-6 else -math.pi / 2 + 2.399963 * k
        new_d = inner + d / inner * band
        out[item.uid] = (centre[0] + new_d * math.cos(angle),
                         centre[1] + new_d * math.sin(angle) - dy)
    uids = [i.uid for i in items]
    size = np.array([sizes[u] for u in uids], dtype=float)
    # Ring parties move only to get off a pinned party (which stays, like the table).
    pinned_ring = any(i.pinned for i in items if i.uid in seated)
    movable = np.array([not (i.pinned or i.uid == table_uid
                             or (i.uid in seated and not pinned_ring)) for i in items],
                       dtype=bool)
    xy = np.array([out.get(i.uid, i.pos) for i in items], dtype=float)
    xy[:, 1] += size[:, 2]
    # The rings' disc is an obstacle made of fixed cells, so that pushing apart never moves
    # an item back onto the rings (unless ring parties must move too: off a pinned one).
    cells = _disc_cells(centre, disc) if not pinned_ring else np.zeros((0, 3))
    n = len(items)
    all_xy = np.vstack([xy, cells[:, :2]])
    half = np.concatenate([size[:, :2] / 2, np.repeat(cells[:, 2:3], 2, axis=1)])
    xs, ys = remove_overlaps(all_xy[:, 0], all_xy[:, 1], half[:, 0], half[:, 1],
                             np.concatenate([movable, np.zeros(len(cells), dtype=bool)]),
                             ticker=ticker)
    xy = np.column_stack([xs[:n], ys[:n]])
    for k, item in enumerate(items):
        new = (float(xy[k, 0]), float(xy[k, 1] - size[k, 2]))
        if movable[k] and (item.uid in out or item.pos is None or new != tuple(item.pos)):
            out[item.uid] = new
    return out
