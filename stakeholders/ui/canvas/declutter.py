"""Which labels to show, and where, so that no two of them overlap (Qt-free).

Every label offers a few candidate boxes (below its node, above, to the
right, …) in order of preference. Labels are taken in order of importance;
each gets its first candidate that overlaps neither a label placed before
it nor the shape of another node, or stays hidden. This is the greedy
point-feature labelling of cartography; with the important labels first,
what a zoomed-out map shows is the tables and the best-connected parties.

A uniform grid keeps each test local, so a thousand labels take a few
milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: A box as (left, top, right, bottom).
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class LabelRequest:
    """One label: its candidate boxes (best first) and the node it belongs to.

    ``owners`` are the obstacles the label may cover (its own node's shape,
    or a line's two ends). ``always`` labels are placed at their first
    candidate whatever they overlap (a hovered or selected node's name).
    """

    candidates: Sequence[Box]
    owners: frozenset[int] = frozenset()
    always: bool = False


class _Grid:
    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _keys(self, box: Box):
        c = self.cell
        for gx in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for gy in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield gx, gy

    def add(self, box: Box) -> None:
        for key in self._keys(box):
            self.cells.setdefault(key, []).append(box)

    def hits(self, box: Box) -> bool:
        x0, y0, x1, y1 = box
        for key in self._keys(box):
            for b in self.cells.get(key, ()):
                if b[0] < x1 and x0 < b[2] and b[1] < y1 and y0 < b[3]:
                    return True
        return False


class _Obstacles:
    """Node shapes by owner index, in a grid, skipping a label's own nodes."""

    def __init__(self, shapes: Sequence[Box], cell: float) -> None:
        self.shapes = shapes
        self.cell = cell
        self.cells: dict[tuple[int, int], list[int]] = {}
        for index, box in enumerate(shapes):
            for key in self._keys(box):
                self.cells.setdefault(key, []).append(index)

    def _keys(self, box: Box):
        c = self.cell
        for gx in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for gy in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield gx, gy

    def hits(self, box: Box, owners: frozenset[int]) -> bool:
        x0, y0, x1, y1 = box
        for key in self._keys(box):
            for index in self.cells.get(key, ()):
                if index in owners:
                    continue
                b = self.shapes[index]
                if b[0] < x1 and x0 < b[2] and b[1] < y1 and y0 < b[3]:
                    return True
        return False


def place_labels(requests: Sequence[LabelRequest], shapes: Sequence[Box], *,
                 gap: float = 0.0) -> list[int]:
    """For each request (taken in the given order), the chosen candidate or ``-1`` (hidden).

    ``shapes`` are the node shapes no label may cover (except its owners');
    ``gap`` is the space kept between two labels.
    """
    sizes = [max(c[2] - c[0], c[3] - c[1]) for r in requests for c in r.candidates[:1]]
    sizes.extend(max(b[2] - b[0], b[3] - b[1]) for b in shapes)
    cell = max(20.0, sorted(sizes)[len(sizes) // 2] * 1.5) if sizes else 100.0
    placed = _Grid(cell)
    obstacles = _Obstacles(shapes, cell)
    half = gap / 2.0
    chosen: list[int] = []
    for request in requests:
        pick = -1
        for k, box in enumerate(request.candidates):
            grown = (box[0] - half, box[1] - half, box[2] + half, box[3] + half)
            if request.always or not (placed.hits(grown) or obstacles.hits(box, request.owners)):
                pick = k
                placed.add(grown)
                break
        chosen.append(pick)
    return chosen
