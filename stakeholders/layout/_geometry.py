"""Box sizes, neighbour search, overlap removal and packing: the geometry all layouts share.

Positions are the canvas positions of the items (the centre of a party's
shape, the centre of a table). For overlap the layouts treat a party as a
:data:`PARTY_W` × :data:`PARTY_H` box whose centre lies :data:`PARTY_DY`
below its position (the name is wrapped below the shape), and a table as a
:data:`TABLE_W` × :data:`TABLE_H` box centred on its position. Layouts keep
at least :data:`GAP` units between boxes, so a drawing stays free of overlap
even when the canvas draws a label a little wider than assumed here.

Everything here is plain numpy; the neighbour search is a uniform grid
(spatial hash) that finds all pairs of points closer than a cell size in
time proportional to the number of points plus pairs.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

import numpy as np

from stakeholders.layout._progress import Ticker
from stakeholders.layout.types import nodes

#: Width of a party's box (shape plus wrapped label), canvas units.
PARTY_W = 108.0
#: Height of a party's box (shape plus two or three label lines), canvas units.
PARTY_H = 92.0
#: How far the centre of a party's box lies below the party's position.
PARTY_DY = 22.0
#: Width of a table's box, canvas units.
TABLE_W = 180.0
#: Height of a table's box, canvas units.
TABLE_H = 90.0
#: Clearance the layouts keep between two boxes.
GAP = 12.0

_FORWARD_CELLS = ((1, 0), (-1, 1), (0, 1), (1, 1))
_STALL_WINDOW = 20  # rounds of pushing over which the overlaps must drop by a fifth
_EMPTY = np.zeros(0, dtype=np.int64)
#: Up to this many boxes the overlap tests look at every pair.
DENSE_PAIRS = 250


def box_arrays(is_table: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Half widths, half heights and centre offsets (dy) of the boxes of parties and tables."""
    half_w = np.where(is_table, TABLE_W / 2, PARTY_W / 2)
    half_h = np.where(is_table, TABLE_H / 2, PARTY_H / 2)
    dy = np.where(is_table, 0.0, PARTY_DY)
    return half_w, half_h, dy


def expand_pairs(src: np.ndarray, first: np.ndarray,
                 count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (src[k], first[k] + 0..count[k]-1) for every k, vectorised."""
    total = int(count.sum())
    if total == 0:
        return _EMPTY, _EMPTY
    left = np.repeat(src, count)
    offsets = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    right = np.repeat(first, count) + offsets
    return left, right


def near_pairs(x: np.ndarray, y: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs ``(i, j)`` of points in the same or adjacent grid cells of size ``cell``.

    Every pair of points closer than ``cell`` (in both x and y) is among them,
    each unordered pair exactly once. Cost: O(points + pairs).
    """
    n = len(x)
    if n < 2:
        return _EMPTY, _EMPTY
    cx = np.floor((x - x.min()) / cell).astype(np.int64)
    cy = np.floor((y - y.min()) / cell).astype(np.int64)
    ncx = int(cx.max()) + 2  # one empty column, so x-1 / x+1 never wraps onto a real cell
    key = cy * ncx + cx
    order = np.argsort(key, kind="stable")
    skey = key[order]
    uniq, start, counts = np.unique(skey, return_index=True, return_counts=True)
    here = np.arange(n)
    cell_of = np.searchsorted(uniq, skey)
    same = start[cell_of] + counts[cell_of] - here - 1
    lefts, rights = [], []
    left, right = expand_pairs(here, here + 1, same)
    lefts.append(left)
    rights.append(right)
    last = len(uniq) - 1
    for dx, dy in _FORWARD_CELLS:
        target = skey + dy * ncx + dx
        k = np.minimum(np.searchsorted(uniq, target), last)
        count = np.where(uniq[k] == target, counts[k], 0)
        left, right = expand_pairs(here, start[k], count)
        lefts.append(left)
        rights.append(right)
    left = np.concatenate(lefts)
    right = np.concatenate(rights)
    return order[left], order[right]


def candidate_pairs(x: np.ndarray, y: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Pairs that hold every pair of points closer than ``cell``: all pairs of a small set
    (cheaper than hashing), else :func:`near_pairs`."""
    n = len(x)
    if n <= DENSE_PAIRS:
        return _all_pairs(n)
    return near_pairs(x, y, cell)


@functools.cache
def _all_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    i, j = np.triu_indices(n, 1)
    i.flags.writeable = False
    j.flags.writeable = False
    return i, j


def overlapping_pairs(cx: np.ndarray, cy: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
                      gap: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of boxes (centres ``cx, cy``) that intersect, or come closer than ``gap``."""
    if len(cx) < 2:
        return _EMPTY, _EMPTY
    cell = 2.0 * float(max(half_w.max(), half_h.max())) + gap
    i, j = candidate_pairs(cx, cy, cell)
    hit = ((np.abs(cx[j] - cx[i]) < half_w[i] + half_w[j] + gap)
           & (np.abs(cy[j] - cy[i]) < half_h[i] + half_h[j] + gap))
    return i[hit], j[hit]


def overlap_share(cx: np.ndarray, cy: np.ndarray, half_w: np.ndarray,
                  half_h: np.ndarray) -> float:
    """Fraction of boxes that intersect at least one other box."""
    n = len(cx)
    if n < 2:
        return 0.0
    i, j = overlapping_pairs(cx, cy, half_w, half_h)
    hit = np.zeros(n, dtype=bool)
    hit[i] = True
    hit[j] = True
    return float(hit.mean())


def spacing_scale(x: np.ndarray, y: np.ndarray, half_w: np.ndarray, half_h: np.ndarray, *,
                  gap: float = GAP, quantile: float = 50.0, low: float = 1.0,
                  high: float = 5.0) -> float:
    """By how much to scale a drawing (about its centre) so that its boxes mostly don't touch.

    For every box the factor that would separate it from its nearest
    overlapping neighbour is computed; the ``quantile`` percent point of
    these is returned, clipped to ``low..high``. A force layout has a shape
    but no natural size in box units; this gives it one, and leaves the
    remaining overlaps to :func:`remove_overlaps`.

    A first guess from the areas (boxes versus bounding box) brings the
    drawing near its final density, so the neighbour search stays cheap.
    """
    n = len(x)
    if n < 2:
        return 1.0
    # The boxes' own extent counts in the span, so a thin drawing isn't guessed too small.
    span = ((float(x.max() - x.min()) + 2 * float(half_w.max()) + gap)
            * (float(y.max() - y.min()) + 2 * float(half_h.max()) + gap))
    boxes = float(((2 * half_w + gap) * (2 * half_h + gap)).sum())
    guess = float(np.clip(math.sqrt(boxes / span), low, high))
    sx, sy = x * guess, y * guess
    reach = 2.0 * float(max(half_w.max(), half_h.max())) + gap
    i, j = near_pairs(sx, sy, reach)
    per_box = np.ones(n)  # no neighbour within reach: this box is fine at the guessed size
    if len(i):
        dx = np.abs(sx[j] - sx[i])
        dy = np.abs(sy[j] - sy[i])
        need = np.minimum((half_w[i] + half_w[j] + gap) / np.maximum(dx, 1e-9),
                          (half_h[i] + half_h[j] + gap) / np.maximum(dy, 1e-9))
        # Per box: the factor its nearest neighbour needs.
        np.maximum.at(per_box, i, need)
        np.maximum.at(per_box, j, need)
        # Boxes whose neighbours are all clear at the guess can shrink back towards them.
        lonely = np.ones(n, dtype=bool)
        lonely[i] = False
        lonely[j] = False
        nearest = np.full(n, np.inf)
        np.minimum.at(nearest, i, 1.0 / need)
        np.minimum.at(nearest, j, 1.0 / need)
        clear = ~lonely & (nearest > 1.0)
        per_box[clear] = 1.0 / nearest[clear]
    return float(np.clip(guess * np.percentile(per_box, quantile), low, high))


def push_apart(x: np.ndarray, y: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
               share: np.ndarray, gap: float) -> int:
    """One round of overlap removal, in place; return the number of overlapping pairs found.

    Overlapping pairs (closer than ``gap``) move apart along the axis where
    they overlap least, by the full overlap; ``share`` (0..1 per box) says how
    much of a push a box takes (0: fixed, its partner moves the whole way).
    """
    cell = 2.0 * float(max(half_w.max(), half_h.max())) + gap
    i, j = candidate_pairs(x, y, cell)
    disp_x, disp_y, count = pushes(x, y, half_w, half_h, share, gap, i, j)
    x += disp_x * share
    y += disp_y * share
    return count


def pushes(x: np.ndarray, y: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
           share: np.ndarray, gap: float, i: np.ndarray, j: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray, int]:
    """How far each box would move (before its ``share``) to part the overlapping ones among
    the candidate pairs ``(i, j)``, and how many pairs overlap (see :func:`push_apart`)."""
    n = len(x)
    dx = x[j] - x[i]
    dy = y[j] - y[i]
    over_x = half_w[i] + half_w[j] + gap - np.abs(dx)
    over_y = half_h[i] + half_h[j] + gap - np.abs(dy)
    hit = (over_x > 0) & (over_y > 0) & (share[i] + share[j] > 0)
    count = int(hit.sum())
    if not count:
        return np.zeros(n), np.zeros(n), 0
    i, j, dx, dy, over_x, over_y = (a[hit] for a in (i, j, dx, dy, over_x, over_y))
    # Tie-break for boxes on top of each other: a direction from the pair's indices.
    tie = np.where((i * 7 + j * 13) % 2 == 0, 1.0, -1.0)
    sx = np.where(dx == 0, tie, np.sign(dx))
    sy = np.where(dy == 0, tie, np.sign(dy))
    along_x = over_x <= over_y
    amount = np.where(along_x, over_x, over_y) + 0.5
    total = share[i] + share[j]
    move_i = amount * share[i] / total
    move_j = amount * share[j] / total
    px_i = np.where(along_x, -sx * move_i, 0.0)
    py_i = np.where(along_x, 0.0, -sy * move_i)
    px_j = np.where(along_x, sx * move_j, 0.0)
    py_j = np.where(along_x, 0.0, sy * move_j)
    disp_x = np.bincount(i, px_i, n) + np.bincount(j, px_j, n)
    disp_y = np.bincount(i, py_i, n) + np.bincount(j, py_j, n)
    hits = np.bincount(i, minlength=n) + np.bincount(j, minlength=n)
    # A box pushed by several others moves by a damped sum, which avoids overshooting.
    damp = 1.0 / np.sqrt(np.maximum(hits, 1))
    return disp_x * damp, disp_y * damp, count


def remove_overlaps(cx: np.ndarray, cy: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
                    movable: np.ndarray, *, gap: float = GAP, ticker: Ticker | None = None,
                    max_iter: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """Push overlapping boxes apart until none comes closer than ``gap``; return new centres.

    Repeats :func:`push_apart`. Boxes move as little as needed, so the
    arrangement the layout made is kept; fixed boxes (``movable`` False)
    don't move at all. Boxes that rounds of pushing can't free (caught
    between fixed boxes) go to the nearest free spot instead.
    """
    x = np.array(cx, dtype=float)
    y = np.array(cy, dtype=float)
    if len(x) < 2 or not movable.any():
        return x, y
    share = movable.astype(float)
    history: list[int] = []
    for it in range(max_iter):
        if ticker is not None:
            ticker(0.9 * it / max_iter)
        count = push_apart(x, y, half_w, half_h, share, gap)
        if not count:
            return x, y
        history.append(count)
        if len(history) > _STALL_WINDOW and count > 0.8 * history[-_STALL_WINDOW - 1]:
            break  # pushing no longer helps much: the few boxes left go to free spots
    # Still overlapping: a box caught between fixed ones, say. Move each box that is still in
    # the way to the nearest free spot, one at a time (few boxes by now).
    i, j = overlapping_pairs(x, y, half_w, half_h, gap)
    stuck = np.zeros(len(x), dtype=bool)
    pick = np.where(movable[i], i, j)
    stuck[pick[movable[pick]]] = True
    index = BoxIndex(cell=2.0 * float(max(half_w.max(), half_h.max())))
    # Only boxes near a stuck one can be in its way.
    near = np.zeros(len(x), dtype=bool)
    reach = 8.0 * float(max(half_w.max(), half_h.max()))
    for k in np.flatnonzero(stuck).tolist():
        near |= (np.abs(x - x[k]) < reach) & (np.abs(y - y[k]) < reach)
        if ticker is not None:
            ticker(0.9)
    near &= ~stuck
    for k in np.flatnonzero(near).tolist():
        index.add(x[k], y[k], half_w[k], half_h[k])
    far = ~near & ~stuck
    stuck_list = np.flatnonzero(stuck).tolist()
    for done, k in enumerate(stuck_list):
        if ticker is not None:
            ticker(0.9 + 0.1 * done / len(stuck_list))
        x[k], y[k] = index.free_spot(x[k], y[k], half_w[k], half_h[k], gap)
        # A spot outside the neighbourhood: check it against the far boxes too.
        while _hits_any(x, y, half_w, half_h, k, far, gap):
            for m in np.flatnonzero(far & (np.abs(x - x[k]) < reach)
                                    & (np.abs(y - y[k]) < reach)).tolist():
                index.add(x[m], y[m], half_w[m], half_h[m])
                far[m] = False
            x[k], y[k] = index.free_spot(x[k], y[k], half_w[k], half_h[k], gap)
        index.add(x[k], y[k], half_w[k], half_h[k])
    return x, y


def _hits_any(x: np.ndarray, y: np.ndarray, half_w: np.ndarray, half_h: np.ndarray, k: int,
              among: np.ndarray, gap: float) -> bool:
    """Whether box ``k`` comes within ``gap`` of any box in the mask ``among``."""
    hit = ((np.abs(x - x[k]) < half_w + half_w[k] + gap)
           & (np.abs(y - y[k]) < half_h + half_h[k] + gap) & among)
    return bool(hit.any())


def shelf_pack(widths: Sequence[float], heights: Sequence[float], *, gap: float,
               aspect: float = 1.4) -> list[tuple[float, float]]:
    """Pack rectangles in rows (tallest first); return each rectangle's centre.

    The result is centred on the origin and roughly ``aspect`` times as wide
    as high. Equal heights keep their given order, so the packing is stable.
    """
    count = len(widths)
    if count == 0:
        return []
    area = sum((w + gap) * (h + gap) for w, h in zip(widths, heights, strict=True))
    row_width = max(max(widths), math.sqrt(area * aspect))
    order = sorted(range(count), key=lambda k: -heights[k])
    centres: list[tuple[float, float]] = [(0.0, 0.0)] * count
    x = y = row_height = 0.0
    right = 0.0
    for k in order:
        w, h = widths[k], heights[k]
        if x > 0 and x + w > row_width:
            y += row_height + gap
            x = row_height = 0.0
        centres[k] = (x + w / 2, y + h / 2)
        x += w + gap
        right = max(right, x - gap)
        row_height = max(row_height, h)
    bottom = y + row_height
    return [(cx - right / 2, cy - bottom / 2) for cx, cy in centres]


class BoxIndex:
    """A spatial hash of placed boxes, to find a free spot for one more box at a time."""

    def __init__(self, cell: float = 200.0) -> None:
        self._cell = cell
        self._grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def _cells(self, x0: float, y0: float, x1: float, y1: float):
        c = self._cell
        for gx in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for gy in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                yield gx, gy

    def add(self, cx: float, cy: float, half_w: float, half_h: float) -> None:
        """Add the box with centre ``(cx, cy)``."""
        box = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
        for key in self._cells(*box):
            self._grid.setdefault(key, []).append(box)

    def collides(self, cx: float, cy: float, half_w: float, half_h: float, gap: float) -> bool:
        """Whether a box with centre ``(cx, cy)`` comes within ``gap`` of a placed box."""
        x0, y0 = cx - half_w - gap, cy - half_h - gap
        x1, y1 = cx + half_w + gap, cy + half_h + gap
        for key in self._cells(x0, y0, x1, y1):
            for bx0, by0, bx1, by1 in self._grid.get(key, ()):
                if bx0 < x1 and x0 < bx1 and by0 < y1 and y0 < by1:
                    return True
        return False

    def free_spot(self, cx: float, cy: float, half_w: float, half_h: float,
                  gap: float) -> tuple[float, float]:
        """The free spot nearest to ``(cx, cy)`` on an outward spiral of candidate spots."""
        if not self.collides(cx, cy, half_w, half_h, gap):
            return cx, cy
        step = min(half_w, half_h)
        ring = 1
        while True:
            radius = ring * step
            samples = max(8, int(2 * math.pi * radius / step))
            for k in range(samples):
                angle = -math.pi / 2 + 2 * math.pi * k / samples
                px = cx + radius * math.cos(angle)
                py = cy + radius * math.sin(angle)
                if not self.collides(px, py, half_w, half_h, gap):
                    return px, py
            ring += 1


def keep_mean(region, result: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Shift a free layout so the mean of the moved items stays where it was.

    A layout centred on the current drawing would otherwise drift a little on every
    run; with the mean kept, running the same layout twice moves nothing the second time.
    """
    before = [item.pos for item in nodes(region)
              if item.uid in result and item.pos is not None]
    if not before or len(before) != len(result):
        return result
    bx = sum(p[0] for p in before) / len(before)
    by = sum(p[1] for p in before) / len(before)
    ax = sum(p[0] for p in result.values()) / len(result)
    ay = sum(p[1] for p in result.values()) / len(result)
    dx, dy = bx - ax, by - ay
    return {uid: (x + dx, y + dy) for uid, (x, y) in result.items()}
