"""Which straight edges cross: exact, vectorised, and fast on large drawings.

Two segments cross when each one's ends lie strictly on both sides of the
other (touching, collinear overlap and segments sharing an end do not
count), the measure of :func:`~stakeholders.layout.quality.crossings`.

Small edge sets are tested pair by pair. Large ones first bucket the edges
into a uniform grid by their bounding boxes, so only edges that share a cell
are tested; an edge whose box spans many cells (a hub's long line) is tested
against all others instead. Either way the answer is exact.
"""

from __future__ import annotations

import numpy as np

from stakeholders.layout._geometry import expand_pairs

#: Up to this many edges every pair is tested (in chunks).
DENSE_EDGES = 700
#: An edge whose bounding box covers more grid cells than this is tested against all edges.
_LONG_CELLS = 64
_CHUNK = 1_000_000
_EMPTY = np.zeros(0, dtype=np.int64)


def orient(ax: np.ndarray, ay: np.ndarray, bx: np.ndarray, by: np.ndarray, cx: np.ndarray,
           cy: np.ndarray) -> np.ndarray:
    """Twice the signed area of the triangle a, b, c (> 0: c lies left of a→b)."""
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)


def _proper(pos: np.ndarray, ei: np.ndarray, ej: np.ndarray, a: np.ndarray,
            b: np.ndarray) -> np.ndarray:
    """Mask over the candidate pairs ``(a, b)`` of edges that properly cross."""
    if not len(a):
        return np.zeros(0, dtype=bool)
    pa, qa, pb, qb = pos[ei[a]], pos[ej[a]], pos[ei[b]], pos[ej[b]]
    shared = (ei[a] == ei[b]) | (ei[a] == ej[b]) | (ej[a] == ei[b]) | (ej[a] == ej[b])
    d1 = orient(pa[:, 0], pa[:, 1], qa[:, 0], qa[:, 1], pb[:, 0], pb[:, 1])
    d2 = orient(pa[:, 0], pa[:, 1], qa[:, 0], qa[:, 1], qb[:, 0], qb[:, 1])
    d3 = orient(pb[:, 0], pb[:, 1], qb[:, 0], qb[:, 1], pa[:, 0], pa[:, 1])
    d4 = orient(pb[:, 0], pb[:, 1], qb[:, 0], qb[:, 1], qa[:, 0], qa[:, 1])
    return (d1 * d2 < 0) & (d3 * d4 < 0) & ~shared


def crossing_pairs(pos: np.ndarray, ei: np.ndarray, ej: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs ``(a, b)``, ``a < b``, of the edges ``pos[ei]–pos[ej]`` that cross."""
    m = len(ei)
    if m < 2:
        return _EMPTY, _EMPTY
    lo = np.minimum(pos[ei], pos[ej])
    hi = np.maximum(pos[ei], pos[ej])
    found_a, found_b = [], []
    for a, b in _candidates(lo, hi):
        keep = ((lo[a, 0] <= hi[b, 0]) & (lo[b, 0] <= hi[a, 0])
                & (lo[a, 1] <= hi[b, 1]) & (lo[b, 1] <= hi[a, 1]))
        a, b = a[keep], b[keep]
        hit = _proper(pos, ei, ej, a, b)
        found_a.append(a[hit])
        found_b.append(b[hit])
    if not found_a:
        return _EMPTY, _EMPTY
    a, b = np.concatenate(found_a), np.concatenate(found_b)
    return np.minimum(a, b), np.maximum(a, b)


def _candidates(lo: np.ndarray, hi: np.ndarray):
    """Chunks of candidate pairs ``(a, b)``, ``a < b``, each pair once, that hold every
    pair whose bounding boxes meet."""
    m = len(lo)
    if m <= DENSE_EDGES:
        rows = max(1, _CHUNK // m)
        for start in range(0, m, rows):
            a = np.arange(start, min(m, start + rows))
            ia = np.repeat(a, m)
            ib = np.tile(np.arange(m), len(a))
            keep = ib > ia
            yield ia[keep], ib[keep]
        return
    span = hi - lo
    cell = max(float(np.median(span.max(axis=1))) * 2.0,
               float(np.ptp(np.concatenate([lo, hi]), axis=0).max()) / 512.0, 1e-6)
    origin = lo.min(axis=0)
    c0 = np.floor((lo - origin) / cell).astype(np.int64)
    c1 = np.floor((hi - origin) / cell).astype(np.int64)
    nx = c1[:, 0] - c0[:, 0] + 1
    ny = c1[:, 1] - c0[:, 1] + 1
    cells = nx * ny
    long = cells > _LONG_CELLS
    short = np.flatnonzero(~long)
    # Every (edge, cell) of the short edges.
    edge, k = expand_pairs(short, np.zeros(len(short), dtype=np.int64), cells[short])
    width = int(c1[:, 0].max()) + 1
    kx = c0[edge, 0] + k % nx[edge]
    ky = c0[edge, 1] + k // nx[edge]
    key = ky * width + kx
    order = np.lexsort((edge, key))
    key, edge = key[order], edge[order]
    _, cell_first, count = np.unique(key, return_index=True, return_counts=True)
    # Pairs within each cell: member t with the members after it. A pair of edges shares
    # every cell their bounding boxes' intersection covers; it is kept only in the cell that
    # holds the intersection's lower corner, so each pair comes once.
    here = np.arange(len(key))
    cell_start = np.repeat(cell_first, count)
    after = cell_start + np.repeat(count, count) - here - 1
    left, right = expand_pairs(here, here + 1, after)
    a, b = edge[left], edge[right]
    corner = np.floor((np.maximum(lo[a], lo[b]) - origin) / cell).astype(np.int64)
    first = (corner[:, 1] * width + corner[:, 0]) == key[left]
    yield np.minimum(a, b)[first], np.maximum(a, b)[first]
    # Long edges against every edge (each pair once).
    for edge_a in np.flatnonzero(long).tolist():
        others = np.arange(m)
        others = others[(others != edge_a) & (~long | (others > edge_a))]
        yield np.full(len(others), edge_a, dtype=np.int64), others
