"""A graph's spectral drawing: the start of the automatic layout's second try on a tangled map.

Koren, "Drawing graphs by eigenvectors: theory and practice" (2005): the
degree-normalized eigenvectors of the second and third smallest eigenvalues of
the weighted graph Laplacian place every node near the weighted mean of its
neighbours, so the drawing has no twists (a force layout from random positions
can fold over itself and keep its crossings). Dense ``numpy.linalg.eigh``:
meant for the coarsest level of a multilevel layout (at most a few hundred
nodes).
"""

from __future__ import annotations

import numpy as np


def spectral_layout(n: int, ei: np.ndarray, ej: np.ndarray, ew: np.ndarray, radius: float,
              jitter: np.ndarray) -> np.ndarray:
    """Positions (n, 2) from the degree-normalized eigenvectors of the second and third
    smallest eigenvalues of the weighted graph Laplacian (Koren, "Drawing graphs by
    eigenvectors", 2005), spread over about ``radius``, plus 5 % of ``jitter`` (random
    positions) so that no two nodes coincide. ``jitter`` alone for a degenerate graph."""
    lap = np.zeros((n, n))
    np.add.at(lap, (ei, ej), -ew)
    np.add.at(lap, (ej, ei), -ew)
    degree = -lap.sum(axis=1)
    lap[np.arange(n), np.arange(n)] = degree
    inv = 1.0 / np.sqrt(np.maximum(degree, 1e-9))
    _values, vectors = np.linalg.eigh(lap * inv[:, None] * inv[None, :])
    pos = vectors[:, 1:3] * inv[:, None]
    spread = pos.std(axis=0)
    if (spread < 1e-9).any():
        return jitter
    return pos / spread * (0.5 * radius) + 0.05 * jitter
