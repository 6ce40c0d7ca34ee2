"""The region's map as arrays for the layouts: nodes, weighted edges, boxes, pins.

Nodes are the parties (in map order) followed by the tables. Edges are
undirected and merged (the weights of parallel links add up):

* a seat links its party and table, weight :data:`KOPGROEP_WEIGHT` in the
  kopgroep and :data:`SECOND_RING_WEIGHT` in the tweede ring;
* a mandate for one party (``namens_partij``) links holder and party;
* a relation links ``van`` and ``naar`` (parties or tables);
* a table links to its ``bovenliggende_tafel``.

References that point nowhere (a broken map while it is being edited) are
skipped. Ids compare case-insensitively, as everywhere in the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from stakeholders.layout._geometry import box_arrays
from stakeholders.layout.types import nodes
from stakeholders.model.regionmap import RegionMap, fold

KOPGROEP_WEIGHT = 2.0
SECOND_RING_WEIGHT = 1.0
MANDATE_WEIGHT = 1.0
RELATION_WEIGHT = 1.0
PARENT_WEIGHT = 1.0


@dataclass
class LayoutGraph:
    """Nodes and edges of a map as numpy arrays (see the module docstring)."""

    uids: list[str]
    is_table: np.ndarray  #: bool per node
    pos: np.ndarray  #: (n, 2) float; NaN where an item has no position
    has_pos: np.ndarray  #: bool per node
    pinned: np.ndarray  #: bool per node
    ei: np.ndarray  #: edge endpoints (int64), ei < ej
    ej: np.ndarray
    ew: np.ndarray  #: edge weights (float)
    half_w: np.ndarray
    half_h: np.ndarray
    box_dy: np.ndarray

    @property
    def n(self) -> int:
        """Number of nodes."""
        return len(self.uids)


def merge_edges(n: int, ei: np.ndarray, ej: np.ndarray,
                ew: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Drop self-loops, orient every edge ``i < j`` and add up the weights of parallel edges."""
    keep = ei != ej
    ei, ej, ew = ei[keep], ej[keep], ew[keep]
    lo = np.minimum(ei, ej)
    hi = np.maximum(ei, ej)
    key = lo * np.int64(n) + hi
    uniq, inverse = np.unique(key, return_inverse=True)
    weights = np.bincount(inverse, ew, len(uniq))
    return uniq // n, uniq % n, weights


def build_graph(region: RegionMap, tick: Callable[[], None] | None = None) -> LayoutGraph:
    """Read the nodes and edges of ``region`` (which is not changed).

    ``tick`` is called between the steps (for progress reports on big maps).
    """
    tick = tick or (lambda: None)
    parties = region.parties
    tables = region.tables
    uids = [p.uid for p in parties] + [t.uid for t in tables]
    n_parties = len(parties)
    n = len(uids)
    party_at: dict[str, int] = {}
    for k, party in enumerate(parties):
        party_at.setdefault(fold(party.id), k)
    table_at: dict[str, int] = {}
    for k, table in enumerate(tables):
        table_at.setdefault(fold(table.id), n_parties + k)

    def either(ref: str) -> int | None:
        key = fold(ref)
        found = party_at.get(key)
        return found if found is not None else table_at.get(key)

    src: list[int] = []
    dst: list[int] = []
    weight: list[float] = []

    def link(a: int | None, b: int | None, w: float) -> None:
        if a is not None and b is not None and a != b:
            src.append(a)
            dst.append(b)
            weight.append(w)

    for seat in region.seats:
        w = SECOND_RING_WEIGHT if seat.ring == "tweede-ring" else KOPGROEP_WEIGHT
        link(party_at.get(fold(seat.partij)), table_at.get(fold(seat.tafel)), w)
    tick()
    for mandate in region.mandates:
        if mandate.namens_partij:
            link(party_at.get(fold(mandate.houder)), party_at.get(fold(mandate.namens_partij)),
                 MANDATE_WEIGHT)
    for relation in region.relations:
        link(either(relation.van), either(relation.naar), RELATION_WEIGHT)
    for k, table in enumerate(tables):
        if table.bovenliggende_tafel:
            link(n_parties + k, table_at.get(fold(table.bovenliggende_tafel)), PARENT_WEIGHT)

    tick()
    ei, ej, ew = merge_edges(n, np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64),
                             np.asarray(weight, dtype=float))
    is_table = np.zeros(n, dtype=bool)
    is_table[n_parties:] = True
    pos = np.full((n, 2), np.nan)
    pinned = np.zeros(n, dtype=bool)
    for k, item in enumerate(nodes(region)):
        if item.pos is not None:
            pos[k] = item.pos
        pinned[k] = item.pinned
    tick()
    has_pos = ~np.isnan(pos).any(axis=1)
    half_w, half_h, box_dy = box_arrays(is_table)
    return LayoutGraph(uids, is_table, pos, has_pos, pinned, ei, ej, ew, half_w, half_h, box_dy)


def moving_and_fixed(graph: LayoutGraph, only: set[str] | None
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Which nodes a layout moves and which stay put as anchors.

    Moving: in ``only`` (all when ``None``) and not pinned, or without a position
    (it has no place to keep). Fixed: every other node that has a position.
    """
    in_scope = (np.ones(graph.n, dtype=bool) if only is None
                else np.array([uid in only for uid in graph.uids], dtype=bool))
    movable = in_scope & (~graph.pinned | ~graph.has_pos)
    return movable, ~movable & graph.has_pos


def components(n: int, ei: np.ndarray, ej: np.ndarray) -> np.ndarray:
    """Connected component label per node (0, 1, … in order of each component's first node)."""
    parent = list(range(n))

    def find(a: int) -> int:
        root = a
        while parent[root] != root:
            root = parent[root]
        while parent[a] != root:
            parent[a], a = root, parent[a]
        return root

    for a, b in zip(ei.tolist(), ej.tolist(), strict=True):
        ra, rb = find(a), find(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    roots = np.array([find(a) for a in range(n)], dtype=np.int64)
    _, labels = np.unique(roots, return_inverse=True)
    return labels
