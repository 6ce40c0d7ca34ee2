"""Which labels to show, and where, so that no two of them overlap (Qt-free).

Every label offers a few candidate boxes (below its node, above, to the
right, …) in order of preference. Labels are taken in order of importance;
each gets its first candidate that overlaps neither a label placed before
it nor the shape of another node. This is the greedy point-feature
labelling of cartography; with the important labels first, what a
zoomed-out map shows is the tables and the best-connected parties.

A label that finds no free candidate gets a second chance: if a single
placed label is in the way of one of its candidates and that label can move
to another of its own free candidates, it moves and both are shown. What is
still left over stays hidden.

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

    ``owners`` are the obstacles the label may cover (its own node's shape).
    A label never covers another node's shape: a click there must reach that
    node, and a map must never hide a party behind a name.
    """

    candidates: Sequence[Box]
    owners: frozenset[int] = frozenset()


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Grid:
    """Boxes by key in the cells of a uniform grid; boxes can be taken out again."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], set[int]] = {}
        self.boxes: dict[int, Box] = {}

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        c = self.cell
        gx0, gx1 = math.floor(box[0] / c), math.floor(box[2] / c)
        gy0, gy1 = math.floor(box[1] / c), math.floor(box[3] / c)
        if gx0 == gx1 and gy0 == gy1:
            return [(gx0, gy0)]
        return [(gx, gy) for gx in range(gx0, gx1 + 1) for gy in range(gy0, gy1 + 1)]

    def add(self, key: int, box: Box) -> None:
        self.boxes[key] = box
        for cell in self._keys(box):
            self.cells.setdefault(cell, set()).add(key)

    def remove(self, key: int) -> None:
        box = self.boxes.pop(key)
        for cell in self._keys(box):
            self.cells[cell].discard(key)

    def hitting(self, box: Box, ignore: frozenset[int] = frozenset()) -> set[int]:
        """Keys of the boxes that overlap ``box`` (except ``ignore``)."""
        found: set[int] = set()
        for cell in self._keys(box):
            for key in self.cells.get(cell, ()):
                if key not in ignore and key not in found and _overlap(self.boxes[key], box):
                    found.add(key)
        return found

    def hits(self, box: Box, ignore: frozenset[int] = frozenset()) -> bool:
        x0, y0, x1, y1 = box
        boxes, cells = self.boxes, self.cells
        for cell in self._keys(box):
            for key in cells.get(cell, ()):
                b = boxes[key]
                if b[0] < x1 and x0 < b[2] and b[1] < y1 and y0 < b[3] and key not in ignore:
                    return True
        return False


class _Placer:
    """The state of one placement: labels placed so far and the node shapes."""

    def __init__(self, requests: Sequence[LabelRequest], shapes: Sequence[Box],
                 gap: float) -> None:
        sizes = [max(c[2] - c[0], c[3] - c[1]) for r in requests for c in r.candidates[:1]]
        sizes.extend(max(b[2] - b[0], b[3] - b[1]) for b in shapes)
        cell = max(20.0, sorted(sizes)[len(sizes) // 2] * 1.5) if sizes else 100.0
        self.requests = requests
        self.labels = _Grid(cell)
        self.shapes = _Grid(cell)
        for index, box in enumerate(shapes):
            self.shapes.add(index, box)
        half = gap / 2.0
        self.grown = [[(b[0] - half, b[1] - half, b[2] + half, b[3] + half)
                       for b in r.candidates] for r in requests]
        self.chosen = [-1] * len(requests)

    def free(self, i: int, k: int, ignore: frozenset[int] = frozenset()) -> bool:
        request = self.requests[i]
        return not (self.labels.hits(self.grown[i][k], ignore)
                    or self.shapes.hits(request.candidates[k], request.owners))

    def put(self, i: int, k: int) -> None:
        self.chosen[i] = k
        self.labels.add(i, self.grown[i][k])

    def first_free(self, i: int) -> int:
        return next((k for k in range(len(self.grown[i])) if self.free(i, k)), -1)

    def repair(self, i: int) -> bool:
        """Place ``i`` by moving the one label in the way of one of its candidates."""
        request = self.requests[i]
        for k, box in enumerate(self.grown[i]):
            if self.shapes.hits(request.candidates[k], request.owners):
                continue
            blockers = self.labels.hitting(box)
            if len(blockers) != 1:
                continue
            (j,) = blockers
            self.labels.remove(j)
            for m in range(len(self.grown[j])):
                if m != self.chosen[j] and not _overlap(self.grown[j][m], box) \
                        and self.free(j, m):
                    self.put(j, m)
                    self.put(i, k)
                    return True
            self.labels.add(j, self.grown[j][self.chosen[j]])
        return False


def place_labels(requests: Sequence[LabelRequest], shapes: Sequence[Box], *,
                 gap: float = 0.0, repair: bool = True) -> list[int]:
    """For each request (taken in the given order), the chosen candidate or ``-1`` (hidden).

    ``shapes`` are the node shapes no label may cover (except its owners');
    ``gap`` is the space kept between two labels. With ``repair``, labels left
    over get the second chance described above.
    """
    placer = _Placer(requests, shapes, gap)
    left: list[int] = []
    for i, request in enumerate(requests):
        if not request.candidates:
            continue
        pick = placer.first_free(i)
        if pick >= 0:
            placer.put(i, pick)
        else:
            left.append(i)
    if repair:
        for i in left:
            placer.repair(i)
    return placer.chosen
