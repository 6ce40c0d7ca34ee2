"""``force_directed``: the whole map (or a selection) as a spring–electrical drawing.

How it works:

1. The map becomes a weighted graph (:mod:`stakeholders.layout._graph`):
   seats, one-party mandates, relations and parent tables are the springs.
2. Which items move: all of them, or the selection ``only``; pinned items
   never move (a pinned item without a position gets one, since it has no
   place to keep). Items that don't move but have a position are anchors:
   they attract and repel like the others. Items outside the selection
   without a position take no part.
3. Every connected group of moving items is laid out from scratch by the
   multilevel engine (:mod:`stakeholders.layout._forces`) and then scaled
   so that its boxes mostly clear each other
   (:func:`~stakeholders.layout._geometry.spacing_scale`): a spring layout
   has a shape but no size in box units. A group tied to anchors is then
   rotated/mirrored and shifted onto them (least squares) and refined with
   the anchors fixed; a free group keeps its shape and is packed beside
   the others (and beside the anchored part of the drawing).
4. A last pass pushes overlapping boxes apart
   (:func:`~stakeholders.layout._geometry.remove_overlaps`).

The result depends only on the map, ``only`` and ``seed``.
"""

from __future__ import annotations

import numpy as np

from stakeholders.layout._forces import THOROUGH, Engine, Schedule, multilevel
from stakeholders.layout._geometry import GAP, keep_mean, remove_overlaps, shelf_pack, spacing_scale
from stakeholders.layout._graph import LayoutGraph, build_graph, components, moving_and_fixed
from stakeholders.layout._progress import ProgressFn, Ticker
from stakeholders.layout._threads import one_blas_thread
from stakeholders.layout.types import Positions
from stakeholders.model.regionmap import RegionMap

#: Natural edge length (canvas units). A party's footprint (``labels.node_box``: shape and
#: name at 11 px) is 50-110 wide and 70-85 high, a table's about 170 × 75.
EDGE_LENGTH = 130.0
#: Mass of a table relative to a party (its box is about twice as large).
TABLE_MASS = 2.0


def force_directed(region: RegionMap, *, only: set[str] | None = None,
                   progress: ProgressFn = None, seed: int = 1) -> Positions:
    """Force-directed layout of the parties and tables of ``region``.

    Connected items end up close (a kopgroep seat pulls twice as hard as a
    tweede-ring seat), boxes don't overlap, and groups that are not
    connected to each other are packed side by side.

    Args:
        region: the map; it is not changed.
        only: uids of the items that may move (a selection); every other item
            stays where it is and acts as a fixed anchor. ``None``: all items.
            Pinned items never move, selected or not. An item without a position
            gets one when it may move (a pinned one too: it has no place to keep);
            outside the selection, items without a position take no part.
        progress: called now and then with the fraction done; return ``False``
            to cancel.
        seed: the same map, selection and seed give the same drawing.

    Returns:
        The new position of every item that moved, by uid.

    Raises:
        Cancelled: when ``progress`` returned ``False``.
    """
    with one_blas_thread():
        return _force_directed(region, only, progress, seed)


def _force_directed(region: RegionMap, only: set[str] | None, progress: ProgressFn,
                    seed: int) -> Positions:
    ticker = Ticker(progress)
    ticker.start()
    graph = build_graph(region, tick=lambda: ticker(0.0))
    if graph.n == 0:
        ticker.done()
        return {}
    movable, fixed = moving_and_fixed(graph, only)
    if not movable.any():
        ticker.done()
        return {}
    active = np.flatnonzero(movable | fixed)
    pos = _layout(graph, active, movable[active], only is not None, seed, ticker.sub(0.0, 0.93))
    centres_x = pos[:, 0]
    centres_y = pos[:, 1] + graph.box_dy[active]
    cx, cy = remove_overlaps(centres_x, centres_y, graph.half_w[active], graph.half_h[active],
                             movable[active], gap=GAP, ticker=ticker.sub(0.93, 1.0))
    ticker.done()
    result: Positions = {}
    for local, node in enumerate(active.tolist()):
        if movable[node]:
            result[graph.uids[node]] = (float(cx[local]), float(cy[local] - graph.box_dy[node]))
    return result if fixed.any() else keep_mean(region, result)


def _layout(graph: LayoutGraph, active: np.ndarray, movable: np.ndarray, selection: bool,
            seed: int, ticker: Ticker, schedule: Schedule = THOROUGH) -> np.ndarray:
    """Positions (len(active), 2) for the active nodes; fixed ones keep theirs."""
    rng = np.random.default_rng(seed)
    n = len(active)
    local = np.full(graph.n, -1, dtype=np.int64)
    local[active] = np.arange(n)
    keep = (local[graph.ei] >= 0) & (local[graph.ej] >= 0)
    ei, ej, ew = local[graph.ei[keep]], local[graph.ej[keep]], graph.ew[keep]
    mass = np.where(graph.is_table[active], TABLE_MASS, 1.0)
    half_w, half_h = graph.half_w[active], graph.half_h[active]
    box_dy = graph.box_dy[active]
    scales: list[tuple[float, int]] = []
    old = graph.pos[active]
    has_old = graph.has_pos[active]
    fixed = ~movable
    pos = np.where(fixed[:, None], old, 0.0)
    k = EDGE_LENGTH

    # Groups to lay out from scratch: components of the whole graph (no selection), or of the
    # moving items alone (a selection, whose anchors were placed by hand).
    ticker(0.0)
    if selection:
        inner = movable[ei] & movable[ej]
        labels = components(n, ei[inner], ej[inner])
    else:
        labels = components(n, ei, ej)
    labels = np.where(movable | ~selection, labels, -1)
    ticker(0.0)
    groups, group_edges = _split_groups(labels, ei, ej, movable)
    sizes = np.array([len(g) for g in groups], dtype=float)
    budget = np.cumsum(sizes) / max(sizes.sum(), 1.0)

    free: list[np.ndarray] = []
    free_layouts: list[np.ndarray] = []
    anchored: list[np.ndarray] = []
    anchors = bool(fixed.any())
    adjacency_w = _neighbour_sums(n, ei, ej, ew, fixed, pos)
    for index, group in enumerate(groups):
        start = budget[index - 1] if index else 0.0
        sub = ticker.sub(0.6 * start, 0.6 * budget[index])
        gi, gj, edge_rows = group_edges[index]
        if len(group) == 1:
            layout = np.zeros((1, 2))
        else:
            layout = multilevel(len(group), gi, gj, ew[edge_rows], mass[group], k, rng, sub,
                                schedule)
            scale = spacing_scale(layout[:, 0], layout[:, 1] + box_dy[group], half_w[group],
                                  half_h[group])
            layout *= scale
            scales.append((scale, len(group)))
        if anchors:
            targets, weights = _targets(group, fixed, pos, adjacency_w)
        else:
            targets, weights = np.zeros((0, 3)), np.zeros(0)
        if len(targets):
            pos[group[movable[group]]] = _align(layout, targets, weights)[movable[group]]
            anchored.append(group)
        elif selection and has_old[group].any():
            shift = old[group][has_old[group]].mean(axis=0) - layout.mean(axis=0)
            pos[group] = layout + shift
            anchored.append(group)
        else:
            free.append(group)
            free_layouts.append(layout)

    ticker(0.6)
    if free:
        _pack(free, free_layouts, pos, fixed, anchored, old[movable & has_old],
              graph.half_w[active], graph.half_h[active])
    if anchored:
        # Refine the anchored groups together, with every fixed item in place.
        # A force layout's size scales with its edge length: refine at the size chosen above.
        weights = np.array([w for _, w in scales], dtype=float)
        values = np.array([s for s, _ in scales], dtype=float)
        k_eff = k * float((values * weights).sum() / weights.sum()) if len(scales) else k
        engine = Engine(n, ei, ej, ew, mass, k_eff)
        moving = movable & ~np.isin(np.arange(n), np.concatenate(free) if free else [])
        pos = engine.refine(pos, moving, schedule.finest, 0.3 * k_eff, ticker.sub(0.6, 1.0),
                            schedule.tol)
    ticker(1.0)
    return pos


def _split_groups(labels: np.ndarray, ei: np.ndarray, ej: np.ndarray, movable: np.ndarray
                  ) -> tuple[list[np.ndarray], list[tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    """Nodes of each group with a moving member, and its edges in group-local numbering."""
    n = len(labels)
    count = int(labels.max()) + 1 if n else 0
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    starts = np.searchsorted(sorted_labels, np.arange(count + 1))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    edge_label = np.where((labels[ei] == labels[ej]) & (labels[ei] >= 0), labels[ei], -1)
    edge_order = np.argsort(edge_label, kind="stable")
    edge_starts = np.searchsorted(edge_label[edge_order], np.arange(count + 1))
    groups = []
    edges = []
    for c in range(count):
        group = order[starts[c]:starts[c + 1]]
        if not movable[group].any():
            continue
        rows = edge_order[edge_starts[c]:edge_starts[c + 1]]
        base = starts[c]
        groups.append(group)
        edges.append((rank[ei[rows]] - base, rank[ej[rows]] - base, rows))
    return groups, edges


def _neighbour_sums(n: int, ei: np.ndarray, ej: np.ndarray, ew: np.ndarray, fixed: np.ndarray,
                    pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per node: total weight of links to fixed nodes and the weighted sum of their positions."""
    to_fixed_j = fixed[ej]
    to_fixed_i = fixed[ei]
    weight = (np.bincount(ei, ew * to_fixed_j, n) + np.bincount(ej, ew * to_fixed_i, n))
    sx = (np.bincount(ei, ew * to_fixed_j * pos[ej, 0], n)
          + np.bincount(ej, ew * to_fixed_i * pos[ei, 0], n))
    sy = (np.bincount(ei, ew * to_fixed_j * pos[ej, 1], n)
          + np.bincount(ej, ew * to_fixed_i * pos[ei, 1], n))
    return weight, np.stack([sx, sy], axis=1)


def _targets(group: np.ndarray, fixed: np.ndarray, pos: np.ndarray,
             sums: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Where the free layout of ``group`` should be moved to: pairs (node, target point).

    Fixed members target their own position. A group without fixed members
    (part of a selection) targets, for each member linked to fixed items,
    the weighted mean position of those items.
    """
    weight, wsum = sums
    rows = []
    targets = []
    weights = []
    has_fixed = bool(fixed[group].any())
    for idx, node in enumerate(group.tolist()):
        if fixed[node]:
            rows.append(idx)
            targets.append(pos[node])
            weights.append(1.0)
        elif not has_fixed and weight[node] > 0:
            rows.append(idx)
            targets.append(wsum[node] / weight[node])
            weights.append(float(weight[node]))
    if not rows:
        return np.zeros((0, 3)), np.zeros(0)
    out = np.column_stack([np.array(rows, dtype=float), np.array(targets)])
    return out, np.array(weights)


def _align(layout: np.ndarray, targets: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Rotate (or mirror) and shift ``layout`` so the target rows land on their targets.

    Weighted least squares (Procrustes, without scaling: the edge length
    stays the natural one). With one target only the shift applies.
    """
    rows = targets[:, 0].astype(np.int64)
    goal = targets[:, 1:]
    source = layout[rows]
    w = weights / weights.sum()
    source_mean = (source * w[:, None]).sum(axis=0)
    goal_mean = (goal * w[:, None]).sum(axis=0)
    a = source - source_mean
    b = goal - goal_mean
    rotation = np.eye(2)
    if len(rows) >= 2 and np.abs(b).max() > 1e-9 and np.abs(a).max() > 1e-9:
        u, _, vt = np.linalg.svd((a * w[:, None]).T @ b)
        rotation = u @ vt  # maps row vectors: x @ rotation
    return (layout - source_mean) @ rotation + goal_mean


def _pack(free: list[np.ndarray], layouts: list[np.ndarray], pos: np.ndarray, fixed: np.ndarray,
          anchored: list[np.ndarray], old_moving: np.ndarray, half_w: np.ndarray,
          half_h: np.ndarray) -> None:
    """Pack the free groups side by side and put the pack beside the rest (in place)."""
    widths, heights, lows = [], [], []
    for group, layout in zip(free, layouts, strict=True):
        lo = (layout - np.stack([half_w[group], half_h[group]], axis=1)).min(axis=0)
        hi = (layout + np.stack([half_w[group], half_h[group]], axis=1)).max(axis=0)
        widths.append(float(hi[0] - lo[0]))
        heights.append(float(hi[1] - lo[1]))
        lows.append(lo)
    gap = 3 * GAP
    centres = shelf_pack(widths, heights, gap=gap)
    placed = [np.flatnonzero(fixed), *anchored]
    others = np.concatenate(placed) if placed else np.zeros(0, dtype=np.int64)
    pack_lo = np.array([min(c[0] - w / 2 for c, w in zip(centres, widths, strict=True)),
                        min(c[1] - h / 2 for c, h in zip(centres, heights, strict=True))])
    pack_hi = np.array([max(c[0] + w / 2 for c, w in zip(centres, widths, strict=True)),
                        max(c[1] + h / 2 for c, h in zip(centres, heights, strict=True))])
    if len(others):
        lo = (pos[others] - np.stack([half_w[others], half_h[others]], axis=1)).min(axis=0)
        hi = (pos[others] + np.stack([half_w[others], half_h[others]], axis=1)).max(axis=0)
        offset = np.array([hi[0] + 4 * gap - pack_lo[0], (lo[1] + hi[1]) / 2
                           - (pack_lo[1] + pack_hi[1]) / 2])
    elif len(old_moving):
        offset = old_moving.mean(axis=0) - (pack_lo + pack_hi) / 2
    else:
        offset = -(pack_lo + pack_hi) / 2
    for group, layout, centre, w, h, lo in zip(free, layouts, centres, widths, heights, lows,
                                              strict=True):
        shift = np.array(centre) - np.array([w / 2, h / 2]) - lo
        pos[group] = layout + shift + offset
