"""Lines that bend around the nodes they do not belong to.

A straight line from one node to another may run through a third node; on a
map that makes an unseated party look seated. :func:`route_edges` keeps the
straight line where it is clear and otherwise bends it: around the first
box it would cross, via one corner of that box (or two, along one side),
then the same again for each new piece, a few times at most. The boxes are
the nodes' full footprints (shape and name), grown by a clearance.

Qt-free and fast enough for every drag: a uniform grid (spatial hash) finds
the boxes near a line by walking the cells the line passes through, so a
map of 1,000 parties routes in tens of milliseconds.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

Point = tuple[float, float]
#: A box as (left, top, right, bottom).
Box = tuple[float, float, float, float]

#: How many times a piece of a line may be bent again, and how many obstacles one line may
#: go around in all (where nodes overlap, there is no way around them).
MAX_DEPTH = 10
MAX_DETOURS = 24
#: Space kept between a bent line and the box it goes around (less than half the layouts'
#: gap between boxes, so a line can still pass between two neighbours).
CLEARANCE = 5.0
_EPS = 1e-6


def clip_segment(p: Point, q: Point, box: Box, margin: float = 0.0,
                 ) -> tuple[float, float] | None:
    """The part of the segment ``p``→``q`` inside ``box`` as fractions ``(enter, leave)``
    along it (Liang–Barsky), or ``None``; with a ``margin``, a segment that only touches the
    box, or runs along its border, counts as outside."""
    x0, y0 = p
    dx, dy = q[0] - x0, q[1] - y0
    low, high = 0.0, 1.0
    for pk, qk in ((-dx, x0 - box[0]), (dx, box[2] - x0), (-dy, y0 - box[1]), (dy, box[3] - y0)):
        if abs(pk) < 1e-12:
            if qk < margin:
                return None
            continue
        t = qk / pk
        if pk < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if high - low < margin:
            return None
    return low, high


def segment_hits_box(p: Point, q: Point, box: Box) -> float | None:
    """Where (0..1 along ``p``→``q``) the segment enters the open ``box``; ``None`` if never.

    Touching the border does not count, so a line along a box's edge is clear.
    """
    part = clip_segment(p, q, box, _EPS)
    return part[0] if part is not None else None


def _inside(point: Point, box: Box) -> bool:
    return box[0] < point[0] < box[2] and box[1] < point[1] < box[3]


class _Grid:
    """Boxes registered in the cells of a uniform grid they overlap."""

    def __init__(self, boxes: Sequence[Box], cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[int]] = {}
        for index, (x0, y0, x1, y1) in enumerate(boxes):
            for gx in range(math.floor(x0 / cell), math.floor(x1 / cell) + 1):
                for gy in range(math.floor(y0 / cell), math.floor(y1 / cell) + 1):
                    self.cells.setdefault((gx, gy), []).append(index)

    def within(self, box: Box) -> set[int]:
        """Indices of the boxes in every cell that ``box`` overlaps."""
        c = self.cell
        found: set[int] = set()
        for gx in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for gy in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                found.update(self.cells.get((gx, gy), ()))
        return found

    def along(self, p: Point, q: Point) -> set[int]:
        """Indices of the boxes in every cell the segment ``p``→``q`` passes through."""
        c = self.cell
        gx, gy = math.floor(p[0] / c), math.floor(p[1] / c)
        ex, ey = math.floor(q[0] / c), math.floor(q[1] / c)
        dx, dy = q[0] - p[0], q[1] - p[1]
        step_x = 1 if dx > 0 else -1
        step_y = 1 if dy > 0 else -1
        # Distance along the segment (0..1) to the next vertical / horizontal cell border.
        if abs(dx) > _EPS:
            border = (gx + (step_x > 0)) * c
            t_x, dt_x = (border - p[0]) / dx, c / abs(dx)
        else:
            t_x, dt_x = math.inf, math.inf
        if abs(dy) > _EPS:
            border = (gy + (step_y > 0)) * c
            t_y, dt_y = (border - p[1]) / dy, c / abs(dy)
        else:
            t_y, dt_y = math.inf, math.inf
        found: set[int] = set()
        cells = self.cells
        for _ in range(abs(ex - gx) + abs(ey - gy) + 2):
            found.update(cells.get((gx, gy), ()))
            if gx == ex and gy == ey:
                break
            if t_x < t_y:
                gx += step_x
                t_x += dt_x
            else:
                gy += step_y
                t_y += dt_y
        return found


class _Router:
    """Routes one line after another against the same boxes."""

    def __init__(self, boxes: Sequence[Box], clearance: float) -> None:
        self.boxes = [(b[0] - clearance, b[1] - clearance, b[2] + clearance, b[3] + clearance)
                      for b in boxes]
        self.clearance = clearance
        self.budget = MAX_DETOURS
        sizes = [max(b[2] - b[0], b[3] - b[1]) for b in self.boxes] or [1.0]
        self.grid = _Grid(self.boxes, max(40.0, sorted(sizes)[len(sizes) // 2] * 1.5))

    def first_hit(self, p: Point, q: Point, skip: frozenset[int]) -> int | None:
        """The box the segment runs into first (ignoring ``skip``), or ``None``."""
        best, best_t = None, math.inf
        left, right = (p[0], q[0]) if p[0] < q[0] else (q[0], p[0])
        top, bottom = (p[1], q[1]) if p[1] < q[1] else (q[1], p[1])
        boxes = self.boxes
        for index in self.grid.along(p, q):
            box = boxes[index]
            # Cheap rejection first: the box lies beside the segment's bounding box.
            if box[0] >= right or box[2] <= left or box[1] >= bottom or box[3] <= top:
                continue
            if index in skip:
                continue
            t = segment_hits_box(p, q, box)
            if t is not None and t < best_t:
                best, best_t = index, t
        return best

    def touching(self, index: int, skip: frozenset[int]) -> list[int]:
        """Box ``index`` and the boxes that overlap it: one obstacle to go around."""
        x0, y0, x1, y1 = self.boxes[index]
        found = [index]
        for other in self.grid.within(self.boxes[index]):
            b = self.boxes[other]
            if other != index and other not in skip and b[0] < x1 and x0 < b[2] \
                    and b[1] < y1 and y0 < b[3]:
                found.append(other)
        return found

    def detour(self, p: Point, q: Point, index: int, skip: frozenset[int]) -> list[Point]:
        """The bends of the shorter way around box ``index`` from ``p`` to ``q``.

        The way follows the convex hull of the two ends and the corners of the
        box (and of the boxes that overlap it), on one side of the line: it
        hugs the obstacle and never enters it.
        """
        pad = 1.0  # just outside the grown box, so the new pieces don't touch it
        corners = []
        for k in self.touching(index, skip):
            x0, y0, x1, y1 = self.boxes[k]
            corners += [(x0 - pad, y0 - pad), (x1 + pad, y0 - pad), (x1 + pad, y1 + pad),
                        (x0 - pad, y1 + pad)]
        dx, dy = q[0] - p[0], q[1] - p[1]
        left: list[tuple[float, Point]] = []
        right: list[tuple[float, Point]] = []
        for c in corners:
            side = dx * (c[1] - p[1]) - dy * (c[0] - p[0])
            along = dx * (c[0] - p[0]) + dy * (c[1] - p[1])
            (left if side < 0 else right).append((along, c))
        best: list[Point] = []
        best_length = math.inf
        for group, side in ((left, -1.0), (right, 1.0)):
            chain = _hull_chain(p, q, [c for _a, c in sorted(group)], side)
            length = _length([p, *chain, q])
            if chain and length < best_length:
                best, best_length = chain, length
        return best

    def route(self, p: Point, q: Point, skip: frozenset[int], depth: int = 0) -> list[Point]:
        """A polyline from ``p`` to ``q`` that avoids the boxes where it can."""
        if depth >= MAX_DEPTH or self.budget <= 0:
            return [p, q]
        hit = self.first_hit(p, q, skip)
        if hit is None:
            return [p, q]
        self.budget -= 1
        way = self.detour(p, q, hit, skip)
        if not way:
            return [p, q]
        points = [p, *way, q]
        result: list[Point] = [p]
        for a, b in itertools.pairwise(points):
            piece = self.route(a, b, skip, depth + 1)
            result.extend(piece[1:])
        return result


def _hull_chain(p: Point, q: Point, corners: list[Point], side: float) -> list[Point]:
    """The taut string from ``p`` to ``q`` around ``corners`` (all on one ``side`` of the
    line p→q, sorted along it): the convex hull's chain on that side, without its ends."""
    chain: list[Point] = [p]
    for c in [*corners, q]:
        # Drop a corner that lies inside the string from its neighbours (no outward bend).
        while len(chain) >= 2 and _turn(chain[-2], chain[-1], c) * side >= 0:
            chain.pop()
        chain.append(c)
    return chain[1:-1]


def _turn(a: Point, b: Point, c: Point) -> float:
    """Twice the signed area of the triangle a, b, c (its sign: left or right turn)."""
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _dist(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def _length(points: Sequence[Point]) -> float:
    return sum(_dist(a, b) for a, b in itertools.pairwise(points))


def _simplify(points: list[Point], router: _Router, skip: frozenset[int]) -> list[Point]:
    """Drop waypoints the line can do without (the pieces around them stay clear)."""
    k = 1
    while k < len(points) - 1:
        if router.first_hit(points[k - 1], points[k + 1], skip) is None:
            del points[k]
            k = max(1, k - 1)
        else:
            k += 1
    return points


def route_edges(boxes: Sequence[Box], centres: Sequence[Point],
                edges: Sequence[tuple[int, int]], *, clearance: float = CLEARANCE,
                ) -> list[list[Point]]:
    """For every edge ``(i, j)`` between nodes, the polyline from centre ``i`` to centre ``j``.

    ``boxes[k]`` is node ``k``'s footprint and ``centres[k]`` where its lines
    meet. A line never counts its own two nodes as obstacles, nor a box
    that contains one of its ends (overlapping nodes cannot be avoided).
    Each result starts at ``centres[i]`` and ends at ``centres[j]``; the
    points in between are the bends (none for a clear straight line).
    """
    router = _Router(boxes, clearance)
    routes: list[list[Point]] = []
    for i, j in edges:
        p, q = centres[i], centres[j]
        skip = {i, j}
        for end in (p, q):
            skip.update(k for k in router.grid.along(end, end) if _inside(end, router.boxes[k]))
        frozen = frozenset(skip)
        router.budget = MAX_DETOURS
        points = router.route(p, q, frozen)
        if len(points) > 2:
            points = _simplify(points, router, frozen)
        routes.append(points)
    return routes


def crossings_of_unrelated(boxes: Sequence[Box], routes: Sequence[Sequence[Point]],
                           edges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(edge, box) pairs where a polyline runs through a box that is not one of its ends.

    Boxes that contain an end of the line are not counted. Used by tests and benches.
    """
    grid = _Grid(boxes, 200.0)
    found = []
    for e, ((i, j), points) in enumerate(zip(edges, routes, strict=True)):
        ends = (points[0], points[-1])
        for a, b in itertools.pairwise(points):
            for k in grid.along(a, b):
                if k in (i, j) or any(_inside(end, boxes[k]) for end in ends):
                    continue
                if segment_hits_box(a, b, boxes[k]) is not None and (e, k) not in found:
                    found.append((e, k))
    return found
