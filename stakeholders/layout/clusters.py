"""``domain_clusters`` ("domeinclusters"): the parties grouped by domain, tables among them.

Each domain's parties form one compact grid. The grids stand on a circle
around the centre, starting at the top and going clockwise, as close
together as they can without touching, in an order that puts domains with
many links between them (shared tables, mandates, relations) side by side
(:mod:`stakeholders.layout._linkorder`; ties keep ``resources/domains.csv``
order). In its grid each party takes the cell nearest to where its lines go;
parties without lines fill the cells left, sorted by party type (in the
order of ``resources/party-types.csv``) and then by name. Each table goes to
the free spot nearest the centroid of its seated parties, and then, like in
the automatic layout, to a free spot where its lines cross fewer others
(:mod:`stakeholders.layout._untangle`). Pinned items keep their place; the
others are moved off them.

Measured (bench/bench_layout_quality.py): 65 → 47 crossings on Kustmarken,
176 → 89 on Rivierenland, 23,933 → 20,406 at 300 parties.

:func:`domain_grids` and :func:`arrange_around` are reused by
:func:`~stakeholders.layout.initial.initial_positions`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from stakeholders.layout._geometry import (
    GAP,
    PARTY_DY,
    PARTY_H,
    PARTY_W,
    TABLE_H,
    TABLE_W,
    BoxIndex,
    box_arrays,
    keep_mean,
    remove_overlaps,
)
from stakeholders.layout._graph import build_graph
from stakeholders.layout._linkorder import assign_cells, circular_order, domain_weights
from stakeholders.layout._progress import ProgressFn, Ticker
from stakeholders.layout._untangle import untangle
from stakeholders.layout.boxes import BoxSizes, map_boxes
from stakeholders.layout.rings import START_ANGLE, domain_order, party_domain
from stakeholders.layout.types import Positions, nodes
from stakeholders.model.entities import Party
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.vocab import party_types

#: Free room between two clusters.
CLUSTER_GAP = 3 * (PARTY_W + GAP + 8.0)


class Cluster:
    """One domain's parties on a grid: offsets from the grid's centre, and its size.

    ``sizes`` (uid -> width, height, dy) gives the parties' true boxes; the
    grid's cells are as large as its largest box. Without it every party has
    the standard box.
    """

    def __init__(self, domain: str, parties: Sequence[Party],
                 sizes: BoxSizes | None = None) -> None:
        self.domain = domain
        self.parties = list(parties)
        count = len(self.parties)
        boxes = [sizes[p.uid] if sizes and p.uid in sizes else (PARTY_W, PARTY_H, PARTY_DY)
                 for p in self.parties]
        cell_w = max((b[0] for b in boxes), default=PARTY_W) + GAP + 8.0
        cell_h = max((b[1] for b in boxes), default=PARTY_H) + GAP + 8.0
        # Slightly wider than high: a party box is wider than high too.
        self.cols = max(1, math.ceil(math.sqrt(count * cell_h / cell_w)))
        self.rows = max(1, math.ceil(count / self.cols))
        self.width = self.cols * cell_w
        self.height = self.rows * cell_h
        #: Centre of each cell (of the boxes in it), relative to the grid's centre.
        self.cells = np.zeros((count, 2))
        #: How far each party's box centre lies below its position.
        self.dys = np.array([b[2] for b in boxes], dtype=float)
        for k in range(count):
            row, col = divmod(k, self.cols)
            self.cells[k] = ((col + 0.5) * cell_w - self.width / 2,
                             (row + 0.5) * cell_h - self.height / 2)
        # In the given order, party k in cell k (the box centred, not the shape).
        self.offsets: list[tuple[float, float]] = [
            (float(x), float(y - dy)) for (x, y), dy in zip(self.cells, self.dys, strict=True)]

    @property
    def radius(self) -> float:
        """Half the grid's diagonal: the grid fits in a circle of this radius."""
        return math.hypot(self.width, self.height) / 2


def domain_grids(parties: Sequence[Party], sizes: BoxSizes | None = None) -> list[Cluster]:
    """One grid per domain that has parties, in ``domains.csv`` order (unknown domains last)."""
    order = domain_order()
    type_rank = {entry.id: k for k, entry in enumerate(party_types())}
    by_domain: dict[str, list[Party]] = {}
    for party in parties:
        by_domain.setdefault(party_domain(party), []).append(party)
    clusters = []
    for domain in sorted(by_domain, key=lambda d: (order.get(d, len(order)), d)):
        members = sorted(by_domain[domain], key=lambda p: (
            type_rank.get(p.type, len(type_rank)), p.type, p.naam.casefold(), p.id.casefold()))
        clusters.append(Cluster(domain, members, sizes))
    return clusters


def arrange_around(clusters: Sequence[Cluster], centre: tuple[float, float],
                   hole: float) -> list[tuple[float, float]]:
    """Centres for the clusters on a circle around ``centre``, in order, clockwise from the top.

    The circle is the smallest on which neighbouring clusters keep
    :data:`CLUSTER_GAP` apart and that leaves a free disc of radius
    ``hole`` in the middle. A single cluster without a hole sits on the centre.
    """
    count = len(clusters)
    if count == 0:
        return []
    if count == 1 and hole <= 0:
        return [centre]
    radii = [c.radius for c in clusters]
    needs = [radii[k] + radii[(k + 1) % count] + CLUSTER_GAP for k in range(count)]

    def turn(radius: float) -> float:
        return sum(2 * math.asin(min(1.0, need / (2 * radius))) for need in needs)

    low = max(hole + max(radii), max(needs) / 2)
    if count == 1:
        radius = low
    else:
        high = max(low, sum(needs))
        while turn(high) > 2 * math.pi:
            high *= 2
        radius = high
        if turn(low) <= 2 * math.pi:
            radius = low
        else:
            for _ in range(60):
                mid = (low + high) / 2
                if turn(mid) > 2 * math.pi:
                    low = mid
                else:
                    high = mid
            radius = high
    steps = [2 * math.asin(min(1.0, need / (2 * radius))) for need in needs]
    spare = (2 * math.pi - sum(steps)) / count if count > 1 else 0.0
    # The first cluster is centred at the top; the spare angle is shared out evenly.
    angle = START_ANGLE
    out = []
    for k in range(count):
        out.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
        angle += steps[k] + spare
    return out


def place_tables(region: RegionMap, placed: dict[str, tuple[float, float]],
                 centre: tuple[float, float], ticker: Ticker,
                 sizes: BoxSizes | None = None) -> Positions:
    """Put every table that is not pinned at the free spot nearest its seated parties' centroid.

    ``placed`` holds the positions of all parties (new or kept); pinned
    tables stay and are obstacles. Busy tables are placed first.
    """
    sizes = sizes or {}
    index = BoxIndex(cell=2 * TABLE_W)
    for uid, (x, y) in placed.items():
        w, h, dy = sizes.get(uid, (PARTY_W, PARTY_H, PARTY_DY))
        index.add(x, y + dy, w / 2, h / 2)
    for table in region.tables:
        if table.pinned and table.pos is not None:
            w, h, _ = sizes.get(table.uid, (TABLE_W, TABLE_H, 0.0))
            index.add(table.pos[0], table.pos[1], w / 2, h / 2)
    party_uid = {fold(p.id): p.uid for p in reversed(region.parties)}
    members: dict[str, list[str]] = {}
    for seat in region.seats:
        member = party_uid.get(fold(seat.partij))
        if member is not None:
            members.setdefault(fold(seat.tafel), []).append(member)
    free = [t for t in region.tables if not (t.pinned and t.pos is not None)]
    free.sort(key=lambda t: -len(members.get(fold(t.id), ())))
    result: Positions = {}
    for k, table in enumerate(free):
        ticker(k / max(len(free), 1))
        seated = [placed[u] for u in members.get(fold(table.id), ()) if u in placed]
        if seated:
            target = (sum(p[0] for p in seated) / len(seated),
                      sum(p[1] for p in seated) / len(seated))
        else:
            target = centre
        w, h, _ = sizes.get(table.uid, (TABLE_W, TABLE_H, 0.0))
        x, y = index.free_spot(target[0], target[1], w / 2, h / 2, GAP)
        index.add(x, y, w / 2, h / 2)
        result[table.uid] = (x, y)
    return result


def _centre_of(region: RegionMap) -> tuple[float, float]:
    """Mean position of the items that have one, or the origin."""
    points = [i.pos for i in nodes(region) if i.pos is not None]
    if not points:
        return (0.0, 0.0)
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def domain_clusters(region: RegionMap, *, progress: ProgressFn = None) -> Positions:
    """Parties grouped by domain around the centre, tables among their parties.

    The arrangement is centred on the mean position of the items that have
    one (the origin if none has). Pinned items keep their place.

    Returns:
        New positions of all parties and tables that are not pinned.

    Raises:
        Cancelled: when ``progress`` returned ``False``.
    """
    ticker = Ticker(progress)
    ticker.start()
    centre = _centre_of(region)
    free = [p for p in region.parties if not (p.pinned and p.pos is not None)]
    sizes = map_boxes(region).sizes
    clusters = domain_grids(free, sizes)
    order = circular_order(domain_weights(region, [c.domain for c in clusters]))
    clusters = [clusters[k] for k in order]
    n_tables = len(region.tables)
    # Leave room in the middle for the tables that sit between several domains.
    hole = math.sqrt(2 * n_tables * (TABLE_W + GAP) * (TABLE_H + GAP) / math.pi)
    centres = arrange_around(clusters, centre, hole)
    pinned = {p.uid: p.pos for p in region.parties if p.pinned and p.pos is not None}
    result = _seat_parties(region, clusters, centres, pinned)
    ticker(0.3)
    placed = {**result, **pinned}
    result.update(place_tables(region, placed, centre, ticker.sub(0.3, 0.6), sizes))
    result = _untangle_tables(region, result, sizes, ticker.sub(0.6, 0.8))
    if any(i.pinned and i.pos is not None for i in nodes(region)):
        result = clear_of_fixed(region, result, ticker.sub(0.8, 1.0), sizes)
    else:
        result = keep_mean(region, result)
    ticker.done()
    return result


def _seat_parties(region: RegionMap, clusters: Sequence[Cluster],
                  centres: Sequence[tuple[float, float]],
                  pinned: dict[str, tuple[float, float]]) -> Positions:
    """Each party in the cell of its domain's grid nearest to where its lines go.

    Where a line goes is first guessed: a table lies at the mean of its members'
    grid centres, another party at its grid's centre (or where it is pinned).
    """
    near: dict[str, tuple[float, float]] = dict(pinned)
    for cluster, point in zip(clusters, centres, strict=True):
        for party in cluster.parties:
            near[party.uid] = point
    uid_of = {fold(p.id): p.uid for p in reversed(region.parties)}
    lines: dict[str, list[tuple[float, float]]] = {}
    members: dict[str, list[str]] = {}
    for seat in region.seats:
        uid = uid_of.get(fold(seat.partij))
        if uid is not None:
            members.setdefault(fold(seat.tafel), []).append(uid)
    for table_members in members.values():
        points = [near[u] for u in table_members if u in near]
        if points:
            guess = (sum(p[0] for p in points) / len(points),
                     sum(p[1] for p in points) / len(points))
            for uid in table_members:
                lines.setdefault(uid, []).append(guess)
    pairs = [(m.houder, m.namens_partij) for m in region.mandates if m.namens_partij]
    pairs += [(r.van, r.naar) for r in region.relations]
    for a, b in pairs:
        ua, ub = uid_of.get(fold(a)), uid_of.get(fold(b))
        if ua in near and ub in near:
            lines.setdefault(ua, []).append(near[ub])
            lines.setdefault(ub, []).append(near[ua])
    result: Positions = {}
    for cluster, (cx, cy) in zip(clusters, centres, strict=True):
        cells = cluster.cells + np.array([cx, cy])
        targets = np.array([np.mean(lines[p.uid], axis=0) if p.uid in lines else (cx, cy)
                            for p in cluster.parties], dtype=float).reshape(-1, 2)
        linked = np.array([p.uid in lines for p in cluster.parties], dtype=bool)
        for party, cell, dy in zip(cluster.parties, assign_cells(cells, targets, linked),
                                   cluster.dys, strict=True):
            result[party.uid] = (float(cells[cell, 0]), float(cells[cell, 1] - dy))
    return result


def _untangle_tables(region: RegionMap, result: Positions, sizes: BoxSizes,
                     ticker: Ticker) -> Positions:
    """Move tables (not pinned ones) to free spots where their lines cross fewer others."""
    graph = build_graph(region)
    at = {i.uid: i.pos for i in nodes(region)}
    at.update(result)
    if not graph.n or not graph.is_table.any() or any(at.get(u) is None for u in graph.uids):
        return result
    pos = np.array([at[u] for u in graph.uids], dtype=float)
    box = np.array([sizes.get(u, (TABLE_W, TABLE_H, 0.0)) for u in graph.uids], dtype=float)
    movable = graph.is_table & np.array([u in result for u in graph.uids], dtype=bool)
    pos = untangle(pos, box[:, 2], box[:, 0] / 2, box[:, 1] / 2, graph.ei, graph.ej, movable,
                   GAP, ticker=ticker)
    out = dict(result)
    for k in np.flatnonzero(movable).tolist():
        out[graph.uids[k]] = (float(pos[k, 0]), float(pos[k, 1]))
    return out


def clear_of_fixed(region: RegionMap, result: Positions, ticker: Ticker,
                   sizes: BoxSizes | None = None) -> Positions:
    """Push the items of ``result`` apart and off the items that keep their place.

    Items that keep their place: those not in ``result`` that have a position.
    """
    uids: list[str] = []
    points: list[tuple[float, float]] = []
    tables: list[bool] = []
    movable: list[bool] = []
    for items, is_table in ((region.parties, False), (region.tables, True)):
        for item in items:
            if item.uid in result:
                uids.append(item.uid)
                points.append(result[item.uid])
                movable.append(True)
            elif item.pos is not None:
                uids.append(item.uid)
                points.append(item.pos)
                movable.append(False)
            else:
                continue
            tables.append(is_table)
    if not points:
        return result
    xy = np.array(points, dtype=float)
    half_w, half_h, dy = box_arrays(np.array(tables, dtype=bool))
    if sizes:
        for k, uid in enumerate(uids):
            if uid in sizes:
                half_w[k], half_h[k], dy[k] = sizes[uid][0] / 2, sizes[uid][1] / 2, sizes[uid][2]
    move = np.array(movable, dtype=bool)
    x, y = remove_overlaps(xy[:, 0], xy[:, 1] + dy, half_w, half_h, move, ticker=ticker)
    out = dict(result)
    for k, uid in enumerate(uids):
        if move[k]:
            out[uid] = (float(x[k]), float(y[k] - dy[k]))
    return out
