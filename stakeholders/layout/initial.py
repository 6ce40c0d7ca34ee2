"""``initial_positions``: a quick first arrangement for items without a position.

A map read from a spreadsheet has no positions (or only some). This gives
every item without one a readable place, fast and without any iteration:

* each party gets a home table: the first table where it sits in the
  kopgroep, else the first where it sits at all;
* each table is drawn as a "flower": the table with its home parties on
  :func:`~stakeholders.layout.rings.ring_offsets` rings (kopgroep inside,
  tweede ring outside, wedges by domain);
* flowers of tables without a position are packed in rows in the centre
  (to the right of the existing drawing when there is one); a table that
  has a position keeps it and gets its flower around it;
* parties without a seat form one grid per domain, on a ring around all of
  that (:func:`~stakeholders.layout.clusters.arrange_around`).

Items that have a position keep it; a last overlap pass moves only the new ones.
"""

from __future__ import annotations

import math

import numpy as np

from stakeholders.layout._geometry import (
    GAP,
    PARTY_DY,
    PARTY_H,
    PARTY_W,
    TABLE_W,
    box_arrays,
    overlapping_pairs,
    shelf_pack,
)
from stakeholders.layout._progress import Ticker
from stakeholders.layout.clusters import arrange_around, clear_of_fixed, domain_grids
from stakeholders.layout.rings import group_by_domain, ring_offsets
from stakeholders.layout.types import Positions, nodes
from stakeholders.model.entities import Party, Table
from stakeholders.model.regionmap import RegionMap, fold

#: Room between two flowers.
FLOWER_GAP = 2 * (PARTY_W + GAP)


def initial_positions(region: RegionMap) -> Positions:
    """Positions for the parties and tables of ``region`` that have none.

    Returns:
        Positions of exactly the items whose ``pos`` is ``None``.
    """
    missing_parties = [p for p in region.parties if p.pos is None]
    missing_tables = [t for t in region.tables if t.pos is None]
    if not missing_parties and not missing_tables:
        return {}
    table_at: dict[str, Table] = {}
    for table in region.tables:
        table_at.setdefault(fold(table.id), table)
    party_at: dict[str, Party] = {}
    for party in region.parties:
        party_at.setdefault(fold(party.id), party)

    # Home table and ring of every party without a position.
    home: dict[str, tuple[Table, str]] = {}
    for seat in region.seats:
        guest = party_at.get(fold(seat.partij))
        host = table_at.get(fold(seat.tafel))
        if guest is None or host is None or guest.pos is not None:
            continue
        ring = "tweede-ring" if seat.ring == "tweede-ring" else "kopgroep"
        known = home.get(guest.uid)
        if known is None or (known[1] == "tweede-ring" and ring == "kopgroep"):
            home[guest.uid] = (host, ring)
    guests: dict[str, tuple[list[Party], list[Party]]] = {t.uid: ([], []) for t in region.tables}
    for party in missing_parties:
        if party.uid in home:
            table, ring = home[party.uid]
            guests[table.uid][0 if ring == "kopgroep" else 1].append(party)

    # One flower per table: offsets of its guests and the flower's half size.
    flowers: dict[str, tuple[dict, float]] = {}
    for table in region.tables:
        inner, outer = guests[table.uid]
        if not inner and not outer and table.pos is not None:
            continue
        offsets, radius = ring_offsets(
            [[p.uid for p in g] for g in group_by_domain(inner)],
            [[p.uid for p in g] for g in group_by_domain(outer)],
        )
        reach = radius + math.hypot(PARTY_W / 2, PARTY_H / 2 + PARTY_DY) if offsets else 0.0
        flowers[table.uid] = (offsets, max(reach, TABLE_W / 2))

    existing = [i.pos for i in nodes(region) if i.pos is not None]
    result: Positions = {}
    centres: dict[str, tuple[float, float]] = {
        t.uid: t.pos for t in region.tables if t.pos is not None
    }
    if missing_tables:
        sides = [2 * flowers[t.uid][1] for t in missing_tables]
        packed = shelf_pack(sides, sides, gap=FLOWER_GAP)
        shift = (0.0, 0.0)
        if existing:
            xs = [p[0] for p in existing]
            ys = [p[1] for p in existing]
            left = min(c[0] - s / 2 for c, s in zip(packed, sides, strict=True))
            shift = (max(xs) + TABLE_W + FLOWER_GAP - left, (min(ys) + max(ys)) / 2)
        for table, (x, y) in zip(missing_tables, packed, strict=True):
            centres[table.uid] = (x + shift[0], y + shift[1])
            result[table.uid] = centres[table.uid]
    for table_uid, (offsets, _) in flowers.items():
        cx, cy = centres[table_uid]
        for uid, (dx, dy) in offsets.items():
            result[uid] = (cx + dx, cy + dy)

    # Parties without a seat: grids per domain on a ring around everything placed so far.
    loners = [p for p in missing_parties if p.uid not in home]
    if loners:
        points = [*existing, *result.values()]
        if points:
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
            hole = math.hypot(max(xs) - min(xs), max(ys) - min(ys)) / 2 + TABLE_W
        else:
            centre, hole = (0.0, 0.0), 0.0
        clusters = domain_grids(loners)
        for cluster, (cx, cy) in zip(clusters, arrange_around(clusters, centre, hole),
                                     strict=True):
            for party, (dx, dy) in zip(cluster.parties, cluster.offsets, strict=True):
                result[party.uid] = (cx + dx, cy + dy)

    if existing and _any_overlap(region, result):
        result = clear_of_fixed(region, result, Ticker(None))
    return result


def _any_overlap(region: RegionMap, result: Positions) -> bool:
    """Whether any two boxes (new or kept positions) come closer than the gap."""
    points = []
    tables = []
    for items, is_table in ((region.parties, False), (region.tables, True)):
        for item in items:
            pos = result.get(item.uid, item.pos)
            if pos is not None:
                points.append(pos)
                tables.append(is_table)
    if len(points) < 2:
        return False
    xy = np.array(points, dtype=float)
    half_w, half_h, dy = box_arrays(np.array(tables, dtype=bool))
    i, _ = overlapping_pairs(xy[:, 0], xy[:, 1] + dy, half_w, half_h, gap=GAP / 2)
    return bool(len(i))

