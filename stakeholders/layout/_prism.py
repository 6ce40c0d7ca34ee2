"""Overlap removal that keeps a drawing's shape and compacts it (PRISM style), in numpy.

After Gansner & Hu, "Efficient, proximity-preserving node overlap removal"
(JGAA 2010), the method behind Graphviz's ``overlap=prism``: every round
takes a proximity graph of the box centres (the edges of their Delaunay
triangulation plus every overlapping pair) and solves a
stress model on it whose ideal length for each pair is its current length
times how far the pair must grow to clear each other (at most ``grow``) or
may shrink until the boxes touch (at least ``shrink``: the compaction that
Graphviz calls ``overlap_shrink``). Neighbours keep their relative places,
so the drawing's shape and its edge crossings mostly survive, and free
space is taken out rather than added.

Positions here are box centres.
"""

from __future__ import annotations

import numpy as np

from stakeholders.layout._geometry import overlapping_pairs
from stakeholders.layout._progress import Ticker

_EMPTY = np.zeros(0, dtype=np.int64)
#: The Delaunay triangulation is computed afresh every this many rounds (the boxes move
#: little per round, so a recent one serves as the proximity graph; overlapping pairs are
#: always added afresh).
RETRIANGULATE = 3


def majorize(x: np.ndarray, pairs: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
             movable: np.ndarray, iterations: int) -> np.ndarray:
    """Localized stress majorization (Gansner, Koren & North, GD 2004), Jacobi form.

    ``pairs`` are ``(i, j, ideal distance, weight)``, each unordered pair once: every moving
    node goes to the weighted mean of where its partners say it should be. Fixed nodes stay.
    Positions are complex numbers inside (fewer numpy calls: at PRISM's sizes the calls,
    not the arithmetic, take the time).
    """
    i, j, d, w = pairs
    n = len(x)
    if not len(i):
        return x
    both = np.concatenate([i, j])
    wsum = np.bincount(both, np.concatenate([w, w]), n)
    ok = movable & (wsum > 0)
    inv = np.where(ok, 1.0 / np.where(wsum > 0, wsum, 1.0), 0.0)
    keep = np.where(ok, 0.0, 1.0)
    wd = w * d
    z = x[:, 0] + 1j * x[:, 1]
    for _ in range(iterations):
        zi, zj = z[i], z[j]
        dz = zi - zj
        dz *= wd / np.maximum(np.abs(dz), 1e-9)
        # Partner j says i belongs at z_j + d·(z_i − z_j)/|z_i − z_j|, and the other way round.
        towards = np.concatenate([w * zj + dz, w * zi - dz])
        total = np.bincount(both, towards.real, n) + 1j * np.bincount(both, towards.imag, n)
        z = total * inv + z * keep
    return np.column_stack([z.real, z.imag])


def clearance(x: np.ndarray, i: np.ndarray, j: np.ndarray, half_w: np.ndarray,
              half_h: np.ndarray, gap: float) -> tuple[np.ndarray, np.ndarray]:
    """Per pair: current centre distance, and the factor by which it must change for the two
    boxes to just clear each other by ``gap`` (> 1: they overlap)."""
    dx = np.abs(x[j, 0] - x[i, 0])
    dy = np.abs(x[j, 1] - x[i, 1])
    dist = np.sqrt(dx * dx + dy * dy)
    need = np.minimum((half_w[i] + half_w[j] + gap) / np.maximum(dx, 1e-9),
                      (half_h[i] + half_h[j] + gap) / np.maximum(dy, 1e-9))
    return dist, need


def overlapping(x: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
                gap: float) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of boxes (centres ``x``) that come closer than ``gap``."""
    return overlapping_pairs(x[:, 0], x[:, 1], half_w, half_h, gap)


def delaunay_edges(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The edges ``(a, b)``, ``a < b``, of the Delaunay triangulation of the points ``x``
    (scipy), each once; for degenerate input the neighbours in x order."""
    from scipy.spatial import Delaunay, QhullError

    n = len(x)
    if n == 2:
        return np.array([0]), np.array([1])
    try:
        simplices = Delaunay(x, qhull_options="QJ").simplices.astype(np.int64)
        a = simplices[:, [0, 1, 2]].reshape(-1)
        b = simplices[:, [1, 2, 0]].reshape(-1)
    except QhullError:  # degenerate input: fall back to neighbours in x order
        order = np.argsort(x[:, 0], kind="stable")
        a, b = order[:-1], order[1:]
    key = np.unique(np.minimum(a, b) * n + np.maximum(a, b))
    return key // n, key % n


def proximity(x: np.ndarray, half_w: np.ndarray, half_h: np.ndarray, gap: float,
              over: tuple[np.ndarray, np.ndarray] | None = None,
              triangulation: tuple[np.ndarray, np.ndarray] | None = None
              ) -> tuple[np.ndarray, np.ndarray]:
    """PRISM's proximity graph: the edges of the Delaunay triangulation of the centres
    (``triangulation``, each unordered pair once; computed here when not given) plus every
    overlapping pair (``over``, likewise). An overlapping pair that is also a Delaunay edge
    comes twice and so pulls apart twice as hard, which does no harm (it must grow)."""
    n = len(x)
    oi, oj = over if over is not None else overlapping(x, half_w, half_h, gap)
    if n < 2:
        return _EMPTY, _EMPTY
    a, b = triangulation if triangulation is not None else delaunay_edges(x)
    return np.concatenate([a, oi]), np.concatenate([b, oj])


def prism(x: np.ndarray, half_w: np.ndarray, half_h: np.ndarray, movable: np.ndarray,
          gap: float, *, shrink: float = 0.95, grow: float = 1.5, rounds: int = 30,
          ticker: Ticker | None = None) -> np.ndarray:
    """Remove most overlaps (closer than ``gap``) and take out free space; return new centres.

    Three phases: open up overlapping pairs; let every proximity pair shrink
    towards touching (at most to ``shrink`` times its length per round) for a
    few rounds; open up again what that closed. An opening phase ends when at
    most :func:`tail` pairs still overlap: those few are left to
    :func:`~stakeholders.layout._geometry.remove_overlaps`, which frees them
    with a few small pushes, more cheaply than more rounds here. With
    ``shrink`` 1 there is no compaction. At most ``rounds`` rounds.
    """
    x = np.array(x, dtype=float)
    if len(x) < 2 or not movable.any():
        return x
    left = tail(len(x))
    spent = 0
    triangulation = None
    phases = [(False, rounds // 2), (True, 4 if shrink < 1.0 else 0), (False, rounds)]
    for compact, limit in phases:
        for _ in range(limit):
            if spent >= rounds:
                return x
            if ticker is not None:
                ticker(spent / rounds)
            over = overlapping(x, half_w, half_h, gap)
            if not compact and len(over[0]) <= left:
                break
            if spent % RETRIANGULATE == 0:
                triangulation = delaunay_edges(x)
            spent += 1
            assert triangulation is not None  # made in the first round
            x = _round(x, half_w, half_h, movable, gap, shrink if compact else 1.0, grow,
                       compact, over, triangulation)
    return x


def tail(n: int) -> int:
    """How many overlapping pairs PRISM leaves to the final push (a few per hundred boxes)."""
    return n // 10


def _round(x: np.ndarray, half_w: np.ndarray, half_h: np.ndarray, movable: np.ndarray,
           gap: float, low: float, grow: float, compact: bool,
           over: tuple[np.ndarray, np.ndarray],
           triangulation: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """One PRISM round on the proximity graph of ``x`` (``over``: the overlapping pairs,
    ``triangulation``: the Delaunay edges of a recent round)."""
    i, j = proximity(x, half_w, half_h, gap, over, triangulation)
    # Pairs are pulled in to a little more than the gap, so that a pair shrunk to
    # "just clear" does not count as overlapping in the next round.
    dist, need = clearance(x, i, j, half_w, half_h, gap + 2.0)
    factor = np.clip(need, low if compact else 1.0, grow)
    d = np.maximum(dist * factor, 1.0)
    return majorize(x, (i, j, d, 1.0 / (d * d)), movable, 6)
