"""The nearest free place for a new item: where its box overlaps no other box.

A party added with N lands where the mouse is; when something is there, it goes
to the nearest place around it where its whole footprint (shape and name) stays
clear of every other footprint, so a new item never hides an old one. Places are
tried on rings of a grid around the wanted point, nearest first. Plain Python,
no Qt: boxes are ``(left, top, width, height)`` tuples.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Box = tuple[float, float, float, float]

#: Rings of candidate places tried before giving up (then: right of everything).
MAX_RINGS = 40


def _clear(box: Box, others: Sequence[Box], gap: float) -> bool:
    left, top, width, height = box
    right, bottom = left + width + gap, top + height + gap
    left, top = left - gap, top - gap
    for x, y, w, h in others:
        if x < right and left < x + w and y < bottom and top < y + h:
            return False
    return True


def _ring(ring: int) -> list[tuple[int, int]]:
    cells = [(dx, dy) for dx in range(-ring, ring + 1) for dy in range(-ring, ring + 1)
             if max(abs(dx), abs(dy)) == ring]
    return sorted(cells, key=lambda d: (d[0] * d[0] + d[1] * d[1], d[1], d[0]))


def nearest_free(shape: Box, near: tuple[float, float], taken: Iterable[Box],
                 gap: float = 12.0) -> tuple[float, float]:
    """Where to put an item whose box, relative to its position, is ``shape`` (left, top,
    width, height), so that the box overlaps none of ``taken`` (with ``gap`` between): at
    ``near`` when that is free, else at the nearest free place of a grid around it."""
    others = list(taken)
    dx0, dy0, width, height = shape
    step_x = max(width / 2 + gap, 20.0)
    step_y = max(height / 2 + gap, 20.0)
    x0, y0 = near
    for ring in range(MAX_RINGS):
        found: list[tuple[float, float, float]] = []
        for i, j in _ring(ring):
            x, y = x0 + i * step_x, y0 + j * step_y
            if _clear((x + dx0, y + dy0, width, height), others, gap):
                found.append((math.hypot(x - x0, y - y0), x, y))
        if found:
            _distance, x, y = min(found)
            return x, y
    right = max((x + w for x, _y, w, _h in others), default=x0)
    return right + gap - dx0, y0
