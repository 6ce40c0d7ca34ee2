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
import random
from collections.abc import Sequence
from dataclasses import dataclass

#: A box as (left, top, right, bottom).
Box = tuple[float, float, float, float]

#: The local search runs when at most this share of the names is left over by the greedy
#: placement, and makes at most this many moves per label (and in all).
SEARCH_SHARE = 0.25
SEARCH_MOVES = 10
SEARCH_MAX_MOVES = 1500


@dataclass(frozen=True)
class LabelRequest:
    """One label: its candidate boxes (best first) and the node it belongs to.

    ``owners`` are the obstacles the label may cover (its own node's shape).
    A label never covers another node's shape: a click there must reach that
    node, and a map must never hide a party behind a name.
    """

    candidates: Sequence[Box]
    owners: frozenset[int] = frozenset()
    #: Importance class (0 first: tables; 1: names; 2: captions and line labels).
    rank: int = 1


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
        self.owner_of: dict[int, int] = {}  # shape -> the request of its node's label
        for i, request in enumerate(requests):
            for k in request.owners:
                self.owner_of.setdefault(k, i)
        self.covering: set[int] = set()  # labels placed over lesser nodes' shapes
        self.covered: set[int] = set()  # requests whose node lies under such a label

    def free(self, i: int, k: int, ignore: frozenset[int] = frozenset()) -> bool:
        request = self.requests[i]
        return not (self.labels.hits(self.grown[i][k], ignore)
                    or self.shapes.hits(request.candidates[k], request.owners))

    def put(self, i: int, k: int) -> None:
        self.chosen[i] = k
        self.labels.add(i, self.grown[i][k])

    def first_free(self, i: int) -> int:
        return next((k for k in range(len(self.grown[i])) if self.free(i, k)), -1)

    def over_lesser(self, i: int) -> bool:
        """Place ``i`` over the shapes of less important nodes without a name shown (as few
        as it can): not over a table, a node shown or more important, or a label. Those
        nodes stay unnamed.
        """
        request = self.requests[i]
        requests, chosen, owner_of = self.requests, self.chosen, self.owner_of

        def protected(k: int) -> bool:
            j = owner_of.get(k)
            if j is None:
                return False  # an "alle …" target
            return requests[j].rank == 0 or j < i or chosen[j] >= 0

        best: tuple[int, int, set[int]] | None = None  # (nodes covered, candidate, shapes)
        for m, box in enumerate(request.candidates):
            if self.labels.hits(self.grown[i][m]):
                continue
            under = self.shapes.hitting(box, request.owners)
            if any(protected(k) for k in under):
                continue
            if best is None or len(under) < best[0]:
                best = (len(under), m, under)
        if best is None:
            return False
        _count, m, under = best
        self.put(i, m)
        self.covering.add(i)
        self.covered.update(owner_of[k] for k in under if k in owner_of)
        return True

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


def _greedy(requests: Sequence[LabelRequest], shapes: Sequence[Box], gap: float,
            repair: bool) -> _Placer:
    """Every label in order at its first free candidate; a table that finds none may lie
    over less important nodes (before any of them is named); then ``repair``."""
    placer = _Placer(requests, shapes, gap)
    left: list[int] = []
    for i, request in enumerate(requests):
        if not request.candidates or i in placer.covered:
            continue
        pick = placer.first_free(i)
        if pick >= 0:
            placer.put(i, pick)
        elif not (request.rank == 0 and placer.over_lesser(i)):
            left.append(i)
    if repair:
        for i in left:
            if i not in placer.covered:
                placer.repair(i)
    return placer


def _search(requests: Sequence[LabelRequest], shapes: Sequence[Box], gap: float,
            chosen: list[int], budget: int) -> list[int]:
    """Min-conflicts local search from the greedy ``chosen``: hidden labels are put at their
    least crowded allowed candidate, then labels that overlap others move to the candidate
    with the fewest overlaps, until none overlap or ``budget`` moves are spent. Overlaps
    left at the end are settled in order of importance (the less important label hides).
    Deterministic: ties go to the better candidate, and a fixed sequence breaks stalemates.
    """
    placer = _Placer(requests, shapes, gap)
    allowed = [[k for k, box in enumerate(r.candidates)
                if not placer.shapes.hits(box, r.owners)] for r in requests]
    overlaps: dict[int, set[int]] = {}  # placed label -> the placed labels it overlaps

    def put(i: int, k: int) -> None:
        others = placer.labels.hitting(placer.grown[i][k], frozenset((i,)))
        placer.put(i, k)
        overlaps[i] = others
        for j in others:
            overlaps[j].add(i)

    def take(i: int) -> None:
        placer.labels.remove(i)
        for j in overlaps.pop(i):
            overlaps[j].discard(i)

    for i, pick in enumerate(chosen):
        if pick >= 0:
            put(i, pick)
    for i, pick in enumerate(chosen):
        if pick < 0 and allowed[i]:
            put(i, min(allowed[i], key=lambda k, i=i: (len(placer.labels.hitting(
                placer.grown[i][k])), k)))
    rng = random.Random(7)
    for _move in range(budget):
        crowded = sorted(i for i, others in overlaps.items() if others)
        if not crowded:
            break
        i = crowded[rng.randrange(len(crowded))]
        take(i)
        costs = {k: len(placer.labels.hitting(placer.grown[i][k])) for k in allowed[i]}
        best = min(costs.values())
        options = [k for k in allowed[i] if costs[k] == best]
        pick = options[0] if rng.random() < 0.8 else options[rng.randrange(len(options))]
        if best > 0 and rng.random() < 0.1:
            pick = allowed[i][rng.randrange(len(allowed[i]))]  # shake a stalemate loose
        put(i, pick)
    # Settle what still overlaps: the more important label keeps its place.
    kept = _Grid(placer.labels.cell)
    result = [-1] * len(requests)
    for i, pick in enumerate(placer.chosen):
        if pick >= 0 and not kept.hits(placer.grown[i][pick]):
            kept.add(i, placer.grown[i][pick])
            result[i] = pick
    return result


def place_labels(requests: Sequence[LabelRequest], shapes: Sequence[Box], *,
                 gap: float = 0.0, repair: bool = True, search: bool = False,
                 ) -> tuple[list[int], set[int]]:
    """For each request (taken in the given order), the chosen candidate or ``-1`` (hidden);
    and the requests whose label covers the shapes of less important nodes.

    ``shapes`` are the node shapes no label may cover (except its owners');
    ``gap`` is the space kept between two labels. With ``repair``, labels left
    over get the second chance described above. With ``search``, labels still
    left over start a local search (:func:`_search`) that moves labels around
    until everything fits, for maps where every name should be shown; it is
    kept only when it shows more (tables first, then names, then the rest).
    A table's name, and at the end any name still hidden, may lie over the
    shapes of less important nodes that are not named
    (:meth:`_Placer.over_lesser`): on a crowded map the tables and the
    best-connected parties are named, not the leaves at its edge.
    """
    placer = _greedy(requests, shapes, gap, repair)
    best = list(placer.chosen)
    names = [k for k, r in zip(best, requests, strict=True) if r.candidates and r.rank <= 1]
    hidden = sum(1 for k in names if k < 0)
    # Worth a search when only a few names are left over; on a crowded view it can't win.
    if search and not placer.covering and 0 < hidden <= max(5, SEARCH_SHARE * len(names)):
        budget = min(SEARCH_MAX_MOVES, SEARCH_MOVES * len(requests))
        attempt = _search(requests, shapes, gap, best, budget=budget)
        if _score(requests, attempt) > _score(requests, best):
            placer = _Placer(requests, shapes, gap)
            for i, pick in enumerate(attempt):
                if pick >= 0:
                    placer.put(i, pick)
    for i, request in enumerate(requests):
        if (placer.chosen[i] < 0 and request.rank <= 1 and request.candidates
                and i not in placer.covered):
            placer.over_lesser(i)
    return placer.chosen, placer.covering


def _score(requests: Sequence[LabelRequest], chosen: list[int]) -> tuple[int, ...]:
    """Labels shown per importance class, most important class first."""
    counts = [0, 0, 0]
    for request, pick in zip(requests, chosen, strict=True):
        if pick >= 0:
            counts[min(request.rank, 2)] += 1
    return tuple(counts)
