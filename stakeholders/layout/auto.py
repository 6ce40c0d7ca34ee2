"""``auto_layout``: the default drawing of a map, table-centred and label-aware.

How it works:

1. Every party and table gets its true footprint (:mod:`stakeholders.layout.boxes`:
   shape, wrapped name, and for a mandate holder the row of its "alle ‹type›"
   targets), so the layout reserves room for all of it.
2. The multilevel spring–electrical engine of :func:`force_directed` gives the
   drawing its shape (one run, a short schedule): kopgroep seats pull twice as
   hard as tweede-ring seats, so each table ends up with its parties around it
   (a "flower") and a party at two tables between them. Items that stay put
   (pinned, or outside the selection ``only``) are anchors. A small map whose
   drawing comes out tangled (more crossings than lines) is drawn once more
   from a spectral start (:mod:`stakeholders.layout._spectral`); the drawing
   with clearly fewer crossings is kept.
3. A free drawing is turned so its long axis is horizontal (a screen and a
   landscape page are wide), scaled to a density where boxes begin to touch,
   and then made free of overlap *and* compact by a PRISM-style pass
   (:mod:`stakeholders.layout._prism`); a last push removes what overlap is left.
4. **Mandate labels.** Every mandate line between two parties carries its label
   ("namens (Zorgtafel …)" with "· verlopen"/"· informeel", text and size from
   :func:`~stakeholders.layout.boxes.mandate_labels`, as the canvas draws it:
   9/11 of the name size, the text's width + 4 by a line + 2) on the midpoint
   of the holder's and the party's positions. That box is reserved: it is kept
   clear of every footprint (shape, name, "alle ‹type›" targets) and of every
   other mandate label (:mod:`stakeholders.layout._labelroom`: too short lines
   are lengthened, the rest pushed). Labels of seats and relations are not
   reserved (the canvas may hide them; the page places them where free).
5. **Room for every name at fit** (:mod:`stakeholders.layout._screenfit`): on a
   map whose names the canvas must draw at two or three times their size when
   the whole map fits the window (up to 200 items), the items are spread
   evenly along both axes (order kept; a PRISM pass clears what that made
   overlap) and, at the end, the drawing is stretched along its short axis to
   the window's shape (no crossing or overlap changes), so the crowded middle
   opens up and the empty corners fill.
6. **Fewer crossings** (:mod:`stakeholders.layout._untangle`): items whose
   lines cross others move, one at a time, to the free spot (box and labels
   clear) where their lines cross fewest, never more than now; on large maps
   within a work budget.

The result has no overlapping boxes; its crossings are compared with Graphviz's
by ``tests/test_layout_auto.py`` and ``bench/bench_layout_quality.py``.

With ``seed`` positions for every item (the page, laid out at print size
from the screen's positions) step 2 is skipped (the seed is the shape) and so
are steps 4 to 6 (the page places its line labels itself and should look like
the screen).

The result depends only on the map (including current positions, used to
keep the drawing's orientation), ``boxes``, ``seed`` and ``only``; running it
twice moves nothing the second time.
"""

from __future__ import annotations

import numpy as np

from stakeholders.layout import force as _force
from stakeholders.layout._forces import QUICK, QUICK_SPECTRAL
from stakeholders.layout._geometry import GAP, remove_overlaps
from stakeholders.layout._graph import LayoutGraph, build_graph, moving_and_fixed
from stakeholders.layout._labelroom import Labels, make_room
from stakeholders.layout._prism import prism
from stakeholders.layout._progress import ProgressFn, Ticker
from stakeholders.layout._screenfit import crowded, equalize, stretch
from stakeholders.layout._threads import one_blas_thread
from stakeholders.layout._untangle import untangle
from stakeholders.layout.boxes import BoxSizes, LineLabel, mandate_labels, map_boxes
from stakeholders.layout.quality import crossings
from stakeholders.layout.types import Positions
from stakeholders.model.regionmap import RegionMap

#: The force drawing is scaled to this share of the size at which its boxes mostly clear
#: each other (small maps, large maps); PRISM then opens it up where boxes overlap.
SMALL_SCALE = 0.7
LARGE_SCALE = 0.55
#: A small map's force drawing with more crossings than this per line counts as tangled: it
#: is drawn once more from a spectral start, and that drawing is kept when it crosses less
#: than :data:`UNTWISTED` times as often (measured on 67 maps of 50-80 parties: the worst
#: ratio of crossings to the better of sfdp and neato went from 2.7 to 1.3; the examples,
#: at about 0.5 per line, are not drawn twice).
TANGLED = 1.0
UNTWISTED = 0.8
#: Share of a seeded drawing's extent its boxes cover before the overlap removal.
SEED_DENSITY = 0.3
#: Maps with at most this many items count as small (see the scales above).
SMALL_MAP = 160


def auto_layout(region: RegionMap, *, boxes: BoxSizes | None = None,
                seed: Positions | None = None, only: set[str] | None = None,
                progress: ProgressFn = None) -> Positions:
    """The default layout of the parties and tables of ``region``.

    Args:
        region: the map; it is not changed.
        boxes: ``uid -> (width, height, dy)`` footprints to lay out with (the
            page passes its print-size boxes); default: the screen's
            (:func:`~stakeholders.layout.boxes.map_boxes`).
        seed: starting positions (the page seeds with the screen positions so
            the printed map resembles the screen). Used only when every item
            that moves has one; the mandate labels are then not reserved.
        only: uids of the items that may move (a selection); the others stay
            put and act as anchors. ``None``: all items.
        progress: called now and then with the fraction done; return ``False``
            to cancel (raises :class:`~stakeholders.layout.Cancelled`).

    Pinned items never move (a pinned item without a position gets one).

    Returns:
        The new position of every item that moved, by uid.
    """
    with one_blas_thread():
        return _auto_layout(region, boxes, seed, only, progress)


def _auto_layout(region: RegionMap, boxes: BoxSizes | None, seed: Positions | None,
                 only: set[str] | None, progress: ProgressFn) -> Positions:
    ticker = Ticker(progress)
    ticker.start()
    graph = build_graph(region, tick=lambda: ticker(0.0))
    if graph.n == 0:
        ticker.done()
        return {}
    sizes = boxes if boxes is not None else map_boxes(region).sizes
    half_w, half_h, dy = _box_arrays(graph, sizes)
    movable, fixed = moving_and_fixed(graph, only)
    if not movable.any():
        ticker.done()
        return {}
    active = np.flatnonzero(movable | fixed)
    labels = mandate_labels(region) if seed is None else []
    pos = _layout(graph, active, movable, fixed, half_w, half_h, dy, seed, labels,
                  only is not None, ticker.sub(0.02, 1.0))
    ticker.done()
    result: Positions = {}
    for local, node in enumerate(active.tolist()):
        if movable[node]:
            result[graph.uids[node]] = (round(float(pos[local, 0]), 2),
                                        round(float(pos[local, 1]), 2))
    return result


def _local_labels(graph: LayoutGraph, active: np.ndarray, labels: list[LineLabel]) -> Labels:
    """The mandate labels whose two ends are active, by the ends' places in ``active``."""
    local = {graph.uids[node]: k for k, node in enumerate(active.tolist())}
    rows = [(local[lb.holder], local[lb.party], lb.width / 2, lb.height / 2) for lb in labels
            if lb.holder in local and lb.party in local]
    a, b, hw, hh = (np.array(col) for col in zip(*rows, strict=True)) if rows else (
        np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0))
    return Labels(a.astype(np.int64), b.astype(np.int64), hw.astype(float), hh.astype(float))


def _local_edges(graph: LayoutGraph, active: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The edges between active nodes, numbered by their place in ``active``."""
    local = np.full(graph.n, -1, dtype=np.int64)
    local[active] = np.arange(len(active))
    inside = (local[graph.ei] >= 0) & (local[graph.ej] >= 0)
    return local[graph.ei[inside]], local[graph.ej[inside]]


def _box_arrays(graph: LayoutGraph, sizes: BoxSizes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Half widths, half heights and centre offsets per node (the graph's own default boxes
    for an item missing from ``sizes``)."""
    half_w = graph.half_w.copy()
    half_h = graph.half_h.copy()
    dy = graph.box_dy.copy()
    for k, uid in enumerate(graph.uids):
        size = sizes.get(uid)
        if size is not None:
            half_w[k], half_h[k], dy[k] = size[0] / 2, size[1] / 2, size[2]
    return half_w, half_h, dy


def _layout(graph: LayoutGraph, active: np.ndarray, movable: np.ndarray, fixed: np.ndarray,
            half_w: np.ndarray, half_h: np.ndarray, dy: np.ndarray, seed: Positions | None,
            labels: list[LineLabel], selection: bool, ticker: Ticker) -> np.ndarray:
    """Item positions (len(active), 2) of the active nodes, free of overlap and compact."""
    a_move, a_fixed = movable[active], fixed[active]
    a_hw, a_hh, a_dy = half_w[active], half_h[active], dy[active]
    offset = np.column_stack([np.zeros(len(active)), a_dy])
    seeds = _seed_array(graph, active, seed)
    anchored = bool(a_fixed.any())
    seeded = not np.isnan(seeds[a_move]).any()
    if seeded:
        pos = np.where(a_fixed[:, None], graph.pos[active], seeds)
    else:
        pos = _force_shape(graph, active, a_move, half_w, half_h, dy, selection,
                           ticker.sub(0.0, 0.4))
    centres = pos + offset
    shrink = 1.0
    if not anchored:
        if seeded:  # keep the seed's arrangement, at the density of these boxes
            centres = centres * _density_scale(centres, a_hw, a_hh)
        else:
            centres = _landscape(centres)
            centres = centres * (SMALL_SCALE if len(active) <= SMALL_MAP else LARGE_SCALE)
        shrink = 0.95
    centres = prism(centres, a_hw, a_hh, a_move, GAP, shrink=shrink,
                    ticker=ticker.sub(0.4, 0.6))
    spread = not anchored and not seeded and crowded(centres - offset, a_hw, a_hh, a_dy)
    if spread:  # names will grow at fit: spread the items evenly over the window
        centres = prism(equalize(centres, a_hw, a_hh), a_hw, a_hh, a_move, GAP, shrink=1.0,
                        ticker=ticker.sub(0.6, 0.7))
    cx, cy = remove_overlaps(centres[:, 0], centres[:, 1], a_hw, a_hh, a_move, gap=GAP,
                             ticker=ticker.sub(0.7, 0.75))
    pos = np.column_stack([cx, cy - a_dy])
    room = _local_labels(graph, active, labels)
    pos = make_room(pos, a_dy, a_hw, a_hh, a_move, room, GAP)
    if not seeded:
        ei, ej = _local_edges(graph, active)
        pos = untangle(pos, a_dy, a_hw, a_hh, ei, ej, a_move, GAP, labels=room,
                       ticker=ticker.sub(0.75, 1.0))
    if spread:
        pos = stretch(pos, a_hw, a_hh, a_dy)
    if not anchored and not seeded:
        pos = _like_before(pos, graph.pos[active], graph.has_pos[active])
    return pos


def _force_shape(graph: LayoutGraph, active: np.ndarray, movable: np.ndarray,
                 half_w: np.ndarray, half_h: np.ndarray, dy: np.ndarray, selection: bool,
                 ticker: Ticker) -> np.ndarray:
    """Positions of the active nodes from the force engine, sized for the true boxes."""
    sized = LayoutGraph(**{**graph.__dict__, "half_w": half_w, "half_h": half_h, "box_dy": dy})
    first = _force._layout(sized, active, movable, selection, 1, ticker, QUICK)
    if len(active) > SMALL_MAP:
        return first
    ei, ej = _local_edges(graph, active)
    tangled = crossings(first, ei, ej)
    if tangled <= TANGLED * len(ei):
        return first
    second = _force._layout(sized, active, movable, selection, 1, ticker, QUICK_SPECTRAL)
    return second if crossings(second, ei, ej) < UNTWISTED * tangled else first


def _density_scale(x: np.ndarray, half_w: np.ndarray, half_h: np.ndarray) -> float:
    """The factor that makes the boxes cover :data:`SEED_DENSITY` of the drawing's extent."""
    span = np.ptp(x, axis=0) + 2 * np.array([half_w.mean(), half_h.mean()])
    covered = float((4 * half_w * half_h).sum())
    area = float(span[0] * span[1])
    return float(np.sqrt(covered / SEED_DENSITY / area)) if area > 0 else 1.0


def _seed_array(graph: LayoutGraph, active: np.ndarray, seed: Positions | None) -> np.ndarray:
    """Seed positions per active node (NaN where there is none)."""
    out = np.full((len(active), 2), np.nan)
    if seed:
        for k, node in enumerate(active.tolist()):
            point = seed.get(graph.uids[node])
            if point is not None:
                out[k] = point
    return out


def _landscape(x: np.ndarray) -> np.ndarray:
    """``x`` centred on the origin and turned so its long axis (the principal axis of the
    points, from their 2 × 2 covariance in closed form) is horizontal."""
    c = x - x.mean(axis=0)
    if len(x) < 2:
        return c
    sxx, syy = float(c[:, 0] @ c[:, 0]), float(c[:, 1] @ c[:, 1])
    sxy = float(c[:, 0] @ c[:, 1])
    angle = 0.5 * np.arctan2(2.0 * sxy, sxx - syy)
    cos, sin = np.cos(angle), np.sin(angle)
    return c @ np.array([[cos, -sin], [sin, cos]])


def _like_before(x: np.ndarray, old: np.ndarray, has_old: np.ndarray) -> np.ndarray:
    """``x`` mirrored (of its four mirror images) to lie closest to the items' old positions,
    and moved onto their centre, so that the drawing doesn't flip or wander: run twice, the
    layout moves nothing the second time."""
    if not has_old.any():
        return x
    centre = x.mean(axis=0)
    target = old[has_old].mean(axis=0)
    c = x - centre
    best, best_cost = c, np.inf
    for sx in (1.0, -1.0):
        for sy in (1.0, -1.0):
            candidate = c * (sx, sy)
            cost = float((((candidate + target)[has_old] - old[has_old]) ** 2).sum())
            if cost < best_cost - 1e-6:
                best, best_cost = candidate, cost
    shift = target - centre if np.abs(target - centre).max() >= 0.5 else np.zeros(2)
    return best + centre + shift
