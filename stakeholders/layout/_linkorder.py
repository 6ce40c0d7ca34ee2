"""Orders that follow the map's links, for *Domeinclusters*: fewer lines cross.

* :func:`domain_weights` – how strongly each pair of domains is linked (they
  share tables, or their parties have mandates and relations between them);
* :func:`circular_order` – an order of the domains around the circle that puts
  strongly linked domains close together (so a table's lines to its members
  stay short and do not cut across the map);
* :func:`assign_cells` – which party goes to which cell of its domain's grid:
  each party as close as possible to where its lines go (linear assignment,
  scipy), the parties without lines in their usual order in the cells left.

Everything is deterministic: ties keep the order of ``domains.csv`` and of the
grids.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.vocab import domain_of


def domain_weights(region: RegionMap, domains: Sequence[str]) -> np.ndarray:
    """Symmetric ``len(domains)²`` link weights: per table, every pair of its members from
    two domains adds ``1 / members``; every mandate or relation between parties of two
    domains adds 1."""
    index = {d: k for k, d in enumerate(domains)}
    domain_of_party = {fold(p.id): index.get(domain_of(p.type)) for p in region.parties}
    weights = np.zeros((len(domains), len(domains)))
    members: dict[str, list[int]] = {}
    for seat in region.seats:
        k = domain_of_party.get(fold(seat.partij))
        if k is not None:
            members.setdefault(fold(seat.tafel), []).append(k)
    for ks in members.values():
        counts = np.bincount(ks, minlength=len(domains)).astype(float)
        weights += np.outer(counts, counts) / max(len(ks), 1)
    pairs = [(m.houder, m.namens_partij) for m in region.mandates if m.namens_partij]
    pairs += [(r.van, r.naar) for r in region.relations]
    for a, b in pairs:
        ka, kb = domain_of_party.get(fold(a)), domain_of_party.get(fold(b))
        if ka is not None and kb is not None:
            weights[ka, kb] += 1.0
            weights[kb, ka] += 1.0
    np.fill_diagonal(weights, 0.0)
    return weights


def _cost(order: list[int], weights: np.ndarray) -> float:
    """Σ weight × steps apart around the circle, for the domains in ``order``."""
    count = len(order)
    place = np.empty(count, dtype=np.int64)
    place[order] = np.arange(count)
    steps = np.abs(place[:, None] - place[None, :])
    steps = np.minimum(steps, count - steps)
    return float((weights * steps).sum())


def circular_order(weights: np.ndarray) -> list[int]:
    """An order of ``0..k-1`` around a circle with strongly linked items close together.

    Starts from the given order (``domains.csv``) and takes any improving move
    of one item to another place or reversal of a stretch, until none
    improves (k is at most a dozen domains, so this is instant).
    """
    count = len(weights)
    order = list(range(count))
    if count < 4:
        return order
    best = _cost(order, weights)
    improved = True
    while improved:
        improved = False
        for i in range(count):
            for j in range(count):
                if i == j:
                    continue
                for candidate in (_moved(order, i, j), _reversed(order, i, j)):
                    if candidate is None:
                        continue
                    cost = _cost(candidate, weights)
                    if cost < best - 1e-9:
                        order, best, improved = candidate, cost, True
    return order


def _moved(order: list[int], i: int, j: int) -> list[int]:
    rest = order[:i] + order[i + 1:]
    return [*rest[:j], order[i], *rest[j:]]


def _reversed(order: list[int], i: int, j: int) -> list[int] | None:
    if j <= i + 1:
        return None
    return order[:i] + order[i:j][::-1] + order[j:]


def assign_cells(cells: np.ndarray, targets: np.ndarray, linked: np.ndarray) -> np.ndarray:
    """Cell index for each party: parties with lines (``linked``) go to the cells nearest
    their ``targets`` (minimum total squared distance); the others fill the remaining
    cells in their given order. ``cells`` and ``targets`` are (n, 2) positions."""
    from scipy.optimize import linear_sum_assignment

    n = len(cells)
    result = np.full(n, -1, dtype=np.int64)
    rows = np.flatnonzero(linked)
    if len(rows):
        cost = ((targets[rows, None, :] - cells[None, :, :]) ** 2).sum(axis=2)
        chosen_rows, chosen_cells = linear_sum_assignment(cost)
        result[rows[chosen_rows]] = chosen_cells
    free_cells = np.setdiff1d(np.arange(n), result[result >= 0])
    result[np.flatnonzero(result < 0)] = free_cells
    return result
