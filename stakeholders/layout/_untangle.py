"""Fewer crossings after the overlap removal: move single items to where their lines cross less.

A local search on the finished, overlap-free drawing. Items whose lines
cross others are visited, most crossings first. For each, candidate spots
are tried at once (vectorised): around its neighbours' centroid, around its
only neighbour for an item with one line (most parties sit at one table),
and near where it is. A spot counts only when the item's box, there, keeps
``gap`` from every other box and stays inside the drawing's bounding box
(so the drawing never grows and nothing is printed smaller). The item moves
to the free spot where its lines cross the fewest others, and only when
that is strictly fewer than now, so the total never rises and the drawing
stays free of overlap. A few passes are made while they still help.

Crossings are counted between item positions (where lines end), boxes
around box centres (position plus ``dy``), as everywhere in the layouts.
"""

from __future__ import annotations

import numpy as np

from stakeholders.layout._crossings import crossing_pairs
from stakeholders.layout._labelroom import LABEL_GAP, Labels
from stakeholders.layout._progress import Ticker

#: Passes over the items at most; a pass that moves nothing ends the search. An item is
#: visited again only when something moved near it.
PASSES = 1
_ANGLES = np.linspace(0.0, 2.0 * np.pi, 16, endpoint=False)
_RING = np.stack([np.cos(_ANGLES), np.sin(_ANGLES)], axis=1)
#: Radii of the candidate rings, in median edge lengths: around a single neighbour, around
#: the neighbours' centroid, around the item itself.
_LEAF_RINGS = (np.array([0.7, 1.0, 1.4, 1.9])[:, None, None] * _RING).reshape(-1, 2)
_CENTROID_RINGS = (np.array([0.0, 0.35, 0.7, 1.0, 1.4])[:, None, None] * _RING).reshape(-1, 2)
_OWN_RINGS = (np.array([0.5, 1.0])[:, None, None] * _RING).reshape(-1, 2)
#: Items with at least this many lines (tables, parties at several tables) also try spots on
#: a grid over the whole drawing (:data:`GRID` columns): a hub in the wrong place makes many
#: crossings, and its better place is often far away.
HUB = 3
GRID = 12
#: A spot's score is its crossings plus this much per median edge length of the item's lines,
#: so of the spots that cross less than now the one with short lines wins (even edge lengths).
LENGTH_COST = 1.0
#: A move never makes one of the item's lines longer than this many median edge lengths (or
#: than its longest line now): a far better spot for the crossings is no good for the reader.
LONGEST = 3.5
#: Above this many edges, the crossing test first drops edges far from the spots; above this
#: many boxes, the free test first drops boxes far from the spots.
FILTER_EDGES = 300
FILTER_BOXES = 150
#: The crossing test of one item tries at most ``SPOT_LINES // lines`` free spots (at least
#: ``MIN_SPOTS``): a hub with many lines is costly to test at each spot.
SPOT_LINES = 600
MIN_SPOTS = 12
#: The search stops after about ``WORK_BASE + WORK_PER_ITEM × items`` element tests (spots ×
#: boxes plus spots × lines × edges), so that its time grows in proportion to the map: the
#: examples (a full pass is about 0.4 million) never reach it, 300 parties (9 million) stop
#: at a fifth of a pass, 1,000 parties earlier.
WORK_BASE = 250_000
WORK_PER_ITEM = 5_000


class _Search:
    """The drawing being untangled, with its adjacency in CSR form."""

    def __init__(self, pos: np.ndarray, dy: np.ndarray, half_w: np.ndarray,
                 half_h: np.ndarray, ei: np.ndarray, ej: np.ndarray, gap: float,
                 labels: Labels | None = None) -> None:
        self.pos = np.array(pos, dtype=float)
        self.labels = labels if labels is not None and len(labels) else None
        if self.labels is not None:
            self.label_at = self.labels.centres(self.pos)
            #: Room between a label and a box: half the boxes' gap, half the labels'.
            self.label_gap = (gap + LABEL_GAP) / 2
        self.dy, self.half_w, self.half_h = dy, half_w, half_h
        self.ei, self.ej = ei, ej
        self.gap = gap
        n = len(pos)
        src = np.concatenate([ei, ej])
        order = np.argsort(src, kind="stable")
        self.neighbours = np.concatenate([ej, ei])[order]
        self.start = np.searchsorted(src[order], np.arange(n + 1))
        lengths = np.hypot(*(self.pos[ei] - self.pos[ej]).T)
        self.length = float(np.median(lengths)) if len(lengths) else 1.0
        box_y = self.pos[:, 1] + dy
        self.bounds = (float((self.pos[:, 0] - half_w).min()), float((box_y - half_h).min()),
                       float((self.pos[:, 0] + half_w).max()), float((box_y + half_h).max()))
        # Every box, then four walls just outside the drawing's bounding box, so that one
        # test says whether a spot is free and inside.
        x0, y0, x1, y1 = self.bounds
        wall = 1e9
        self.box_x = np.concatenate([self.pos[:, 0], [x0 - wall, x1 + wall, x0, x0]])
        self.box_y = np.concatenate([box_y, [y0, y0, y0 - wall, y1 + wall]])
        self.reach_x = np.concatenate([half_w + gap, [wall, wall, 2 * wall, 2 * wall]])
        self.reach_y = np.concatenate([half_h + gap, [2 * wall, 2 * wall, wall, wall]])
        # Bounding boxes of the edges, kept up to date as items move.
        self.edge_lo = np.minimum(self.pos[ei], self.pos[ej])
        self.edge_hi = np.maximum(self.pos[ei], self.pos[ej])
        edge_src = np.concatenate([np.arange(len(ei))] * 2)[order]
        self.incident = edge_src
        self.z = self.pos[:, 0] + 1j * self.pos[:, 1]
        self.work = 0
        #: Only edges whose bounding box meets the spots' are tested (pays off on large maps).
        self.filter = len(ei) > FILTER_EDGES
        self.own = _OWN_RINGS * self.length
        x0, y0, x1, y1 = self.bounds
        gx, gy = np.meshgrid(np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID * 2 // 3))
        self.grid = np.column_stack([gx.ravel(), gy.ravel()])

    def candidates(self, v: int) -> np.ndarray:
        """Spots to try for item ``v``; the first one is where it is now."""
        near = self.neighbours[self.start[v]:self.start[v + 1]]
        here = self.pos[v]
        if len(near) == 1:
            centre, radii = self.pos[near[0]], _LEAF_RINGS
        else:
            centre, radii = self.pos[near].mean(axis=0), _CENTROID_RINGS
        spots = [here[None], centre + radii * self.length, here + self.own]
        if len(near) >= HUB:
            spots.append(self.grid)
        return np.concatenate(spots)

    def free(self, v: int, spots: np.ndarray) -> np.ndarray:
        """Which spots leave ``v``'s box clear of all other boxes and inside the drawing (the
        first spot, where ``v`` is now, always counts as free). The line labels are checked
        later, by :meth:`_labels_clear`, only for the spots that would cross less."""
        sx = spots[:, 0, None]
        sy = spots[:, 1, None] + self.dy[v]
        box_x, box_y, reach_x, reach_y = self.box_x, self.box_y, self.reach_x, self.reach_y
        hw, hh = self.half_w[v], self.half_h[v]
        if len(box_x) > FILTER_BOXES:  # only the boxes near the spots can be in the way
            lo_x, hi_x, lo_y, hi_y = sx.min(), sx.max(), sy.min(), sy.max()
            near = ((box_x + reach_x + hw > lo_x) & (box_x - reach_x - hw < hi_x)
                    & (box_y + reach_y + hh > lo_y) & (box_y - reach_y - hh < hi_y))
            near[v] = False
            keep = np.flatnonzero(near)
            box_x, box_y, reach_x, reach_y = box_x[keep], box_y[keep], reach_x[keep], \
                reach_y[keep]
            hit = ((np.abs(sx - box_x) < reach_x + hw) & (np.abs(sy - box_y) < reach_y + hh))
        else:
            hit = ((np.abs(sx - box_x) < reach_x + hw) & (np.abs(sy - box_y) < reach_y + hh))
            hit[:, v] = False
        clear = ~hit.any(axis=1)
        clear[0] = True
        self.work += hit.size
        return clear

    def _labels_clear(self, v: int, spots: np.ndarray) -> np.ndarray:
        """Which spots keep the line labels clear: ``v``'s box off every other label, and the
        labels of ``v``'s own lines (which move with it) off every box and label."""
        lab = self.labels
        assert lab is not None  # called only when there are line labels
        own = (lab.a == v) | (lab.b == v)
        dy, hw, hh = self.dy[v], self.half_w[v], self.half_h[v]
        others = ~own
        ok = ~((np.abs(spots[:, 0, None] - self.label_at[others, 0])
                < hw + lab.half_w[others] + self.label_gap)
               & (np.abs(spots[:, 1, None] + dy - self.label_at[others, 1])
                  < hh + lab.half_h[others] + self.label_gap)).any(axis=1)
        n = len(self.pos)
        box_x, box_y = self.box_x[:n].copy(), self.box_y[:n].copy()
        for k in np.flatnonzero(own).tolist():
            other = lab.b[k] if lab.a[k] == v else lab.a[k]
            centre = (spots + self.pos[other]) / 2
            lw, lh = lab.half_w[k], lab.half_h[k]
            # Every box but v's own at its old place: v's box at the spot instead.
            near_box = ((np.abs(centre[:, 0, None] - box_x) < lw + self.half_w + self.label_gap)
                        & (np.abs(centre[:, 1, None] - box_y)
                           < lh + self.half_h + self.label_gap))
            near_box[:, v] = False
            at_spot = ((np.abs(centre[:, 0] - spots[:, 0]) < lw + hw + self.label_gap)
                       & (np.abs(centre[:, 1] - spots[:, 1] - dy) < lh + hh + self.label_gap))
            rest = others.copy()
            rest[k] = False
            near_label = ((np.abs(centre[:, 0, None] - self.label_at[rest, 0])
                           < lw + lab.half_w[rest] + LABEL_GAP)
                          & (np.abs(centre[:, 1, None] - self.label_at[rest, 1])
                             < lh + lab.half_h[rest] + LABEL_GAP))
            ok &= ~near_box.any(axis=1) & ~at_spot & ~near_label.any(axis=1)
        return ok

    def hits_at(self, v: int, spots: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which other lines ``v``'s lines cross with ``v`` at each spot: a boolean array
        (spots, lines of v, edges) and the edge numbers of its last axis.

        Points are complex numbers: the side of line u→w that point p lies on is the sign
        of Im(conj(w − u)·(p − u)).
        """
        first, last = self.start[v], self.start[v + 1]
        near = self.neighbours[first:last]
        z = self.z
        if self.filter:
            ends = self.pos[near]
            lo = np.minimum(spots.min(axis=0), ends.min(axis=0))
            hi = np.maximum(spots.max(axis=0), ends.max(axis=0))
            keep = ((self.edge_hi[:, 0] >= lo[0]) & (self.edge_lo[:, 0] <= hi[0])
                    & (self.edge_hi[:, 1] >= lo[1]) & (self.edge_lo[:, 1] <= hi[1]))
        else:
            keep = np.ones(len(self.ei), dtype=bool)
        keep[self.incident[first:last]] = False
        edges = np.flatnonzero(keep)
        a, b = self.ei[edges], self.ej[edges]
        p, q = z[a], z[b]
        along = (q - p).conj()
        base = (along * p).imag
        s = (spots[:, 0] + 1j * spots[:, 1])[:, None]
        ends_z = z[near][:, None]
        side_s = (along * s).imag - base  # (spots, edges): side of each edge the spot is on
        side_u = (along * ends_z).imag - base  # (lines, edges): ... and the neighbour
        towards = (ends_z.T - s).conj()[:, :, None]  # (spots, lines, 1): the new line s→u
        side_p = (towards * (p - s)[:, None, :]).imag
        side_q = (towards * (q - s)[:, None, :]).imag
        hit = (side_p * side_q < 0) & (side_s[:, None, :] * side_u[None, :, :] < 0)
        hit &= (a != near[:, None]) & (b != near[:, None])
        return hit, edges

    def move(self, v: int, spot: np.ndarray) -> None:
        """Put ``v`` at ``spot`` and update its box and its edges' bounding boxes."""
        self.pos[v] = spot
        self.z[v] = spot[0] + 1j * spot[1]
        self.box_x[v] = spot[0]
        self.box_y[v] = spot[1] + self.dy[v]
        if self.labels is not None:
            own = (self.labels.a == v) | (self.labels.b == v)
            self.label_at[own] = self.labels.centres(self.pos)[own]
        edges = self.incident[self.start[v]:self.start[v + 1]]
        ends = np.stack([self.pos[self.ei[edges]], self.pos[self.ej[edges]]])
        self.edge_lo[edges] = ends.min(axis=0)
        self.edge_hi[edges] = ends.max(axis=0)

    def reach(self, v: int) -> np.ndarray:
        """The region (x0, y0, x1, y1) covered by ``v``'s box and lines."""
        near = self.neighbours[self.start[v]:self.start[v + 1]]
        ends = self.pos[near]
        x, y = self.pos[v, 0], self.box_y[v]
        return np.array([min(ends[:, 0].min(), x - self.half_w[v]),
                         min(ends[:, 1].min(), y - self.half_h[v], self.pos[v, 1]),
                         max(ends[:, 0].max(), x + self.half_w[v]),
                         max(ends[:, 1].max(), y + self.half_h[v], self.pos[v, 1])])

    def count(self, v: int) -> int:
        """How many crossings ``v``'s lines have now."""
        return int(self.crossed[self.incident[self.start[v]:self.start[v + 1]]].sum())

    def recount(self) -> None:
        """Count the crossings of every edge afresh."""
        a, b = crossing_pairs(self.pos, self.ei, self.ej)
        self.crossed = np.bincount(np.concatenate([a, b]), minlength=len(self.ei))

    def improve(self, v: int) -> bool:
        """Move ``v`` to the free spot where its lines cross least, if that is fewer than now;
        return whether it moved."""
        spots = self.candidates(v)
        spots = spots[self.free(v, spots)]
        if len(spots) < 2:
            return False
        lines = self.start[v + 1] - self.start[v]
        most = max(MIN_SPOTS, SPOT_LINES // lines)
        if len(spots) > most:  # an item with many lines: try the free spots nearest its place
            order = np.argsort(np.abs(spots[1:, 0] - spots[0, 0])
                               + np.abs(spots[1:, 1] - spots[0, 1]), kind="stable")
            spots = np.concatenate([spots[:1], spots[1 + order[:most - 1]]])
        hit, edges = self.hits_at(v, spots)
        self.work += hit.size
        per_spot = hit.sum(axis=(1, 2))
        near = self.neighbours[self.start[v]:self.start[v + 1]]
        length = np.abs((spots[:, 0] + 1j * spots[:, 1])[:, None] - self.z[near])
        longest = max(float(length[0].max()), LONGEST * self.length)
        better = np.flatnonzero((per_spot < per_spot[0]) & (length.max(axis=1) <= longest))
        if not len(better):
            return False
        score = per_spot[better] + LENGTH_COST / self.length * length[better].sum(axis=1)
        if self.labels is not None:  # of these, only the spots that keep every label clear
            clear = self._labels_clear(v, spots[better])
            better, score = better[clear], score[clear]
            if not len(better):
                return False
        choice = better[int(np.argmin(score))]
        self.crossed[edges] += hit[choice].sum(axis=0) - hit[0].sum(axis=0)
        self.crossed[self.incident[self.start[v]:self.start[v + 1]]] = hit[choice].sum(axis=1)
        self.move(v, spots[choice])
        return True

    def region(self, v: int) -> np.ndarray:
        """The region (x0, y0, x1, y1) that :meth:`improve`'s answer for ``v`` depends on:
        its candidate spots with its box around them, and its neighbours."""
        spots = self.candidates(v)
        near = self.pos[self.neighbours[self.start[v]:self.start[v + 1]]]
        hw, hh, dy = self.half_w[v] + self.gap, self.half_h[v] + self.gap, self.dy[v]
        lo = np.minimum(spots.min(axis=0), near.min(axis=0))
        hi = np.maximum(spots.max(axis=0), near.max(axis=0))
        return np.array([lo[0] - hw, min(lo[1], lo[1] + dy - hh),
                         hi[0] + hw, max(hi[1], hi[1] + dy + hh)])


def untangle(pos: np.ndarray, dy: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
             ei: np.ndarray, ej: np.ndarray, movable: np.ndarray, gap: float, *,
             labels: Labels | None = None, passes: int = PASSES,
             ticker: Ticker | None = None) -> np.ndarray:
    """Item positions with fewer (never more) edge crossings and no new overlap.

    ``pos`` are item positions, boxes ``2·half_w × 2·half_h`` centred ``dy``
    below them; only ``movable`` items move.
    """
    search = _Search(pos, dy, half_w, half_h, ei, ej, gap, labels)
    has_lines = np.diff(search.start) > 0
    budget = WORK_BASE + WORK_PER_ITEM * len(pos)
    # Items that found no better spot, with the region their answer depends on: they are
    # visited again only when something moved there.
    settled: dict[int, np.ndarray] = {}
    for done in range(passes):
        search.recount()
        per_item = (np.bincount(ei, search.crossed, len(pos))
                    + np.bincount(ej, search.crossed, len(pos)))
        todo = np.flatnonzero((per_item > 0) & movable & has_lines)
        todo = todo[np.argsort(-per_item[todo], kind="stable")]
        changed: list[np.ndarray] = []
        track = done + 1 < passes  # whether a later pass needs to know what changed where
        for k, v in enumerate(todo.tolist()):
            if search.work > budget:
                break
            if v in settled or not search.count(v):
                continue
            if ticker is not None:
                ticker((done + k / len(todo)) / passes)
            before = search.reach(v) if track else None
            if search.improve(v):
                if before is not None:
                    after = search.reach(v)
                    changed.append(np.concatenate([np.minimum(before[:2], after[:2]),
                                                   np.maximum(before[2:], after[2:])]))
            elif track:
                settled[v] = search.region(v)
        if not changed:
            break
        _unsettle(settled, np.array(changed))
    return search.pos


def _unsettle(settled: dict[int, np.ndarray], changed: np.ndarray) -> None:
    """Forget the settled items whose region meets a region where something changed."""
    if not settled:
        return
    items = list(settled)
    regions = np.array([settled[v] for v in items])
    lo, hi = regions[:, None, :2], regions[:, None, 2:]
    meets = np.any(np.all((lo <= changed[None, :, 2:]) & (changed[None, :, :2] <= hi), axis=2),
                   axis=1)
    for v, hit in zip(items, meets.tolist(), strict=True):
        if hit:
            del settled[v]
