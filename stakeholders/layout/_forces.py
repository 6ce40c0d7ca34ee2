"""The spring–electrical engine: multilevel force-directed placement in numpy.

The model is Fruchterman–Reingold's as used by sfdp: an edge of weight
``w`` pulls its ends together with ``w·d²/K``, every pair of nodes pushes
apart with ``C·K²·mᵢ·mⱼ/d``, where ``m`` is a node's mass (a table weighs
more than a party, a coarse node as much as the nodes it stands for) and
``K`` the natural edge length.

Repulsion between all pairs is computed

* exactly (O(n²), vectorised) for up to :data:`EXACT_LIMIT` nodes;
* above that with a particle–mesh method: masses are spread over a grid,
  convolved with the ``r/|r|²`` kernel by FFT and interpolated back
  (O(n + G² log G)), plus an exact short-range correction for the pairs the
  grid smooths away, found with the spatial hash of
  :func:`~stakeholders.layout._geometry.near_pairs`. Like Barnes–Hut, this
  is an approximation with a controlled error, but it is all array
  operations, with no Python loop over nodes.

Graphs are laid out multilevel (Walshaw 2003; Hu 2005): the graph is
coarsened by heavy-edge matching (leaves of a star join their hub at
once), the coarsest graph is laid out from random positions, and each finer
level starts from the coarser layout and needs only a few refinement
steps. The step length follows Hu's adaptive cooling. All randomness comes
from one seeded generator, so a layout is reproducible.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from stakeholders.layout._geometry import near_pairs
from stakeholders.layout._progress import Ticker
from stakeholders.layout._spectral import spectral_layout

#: Up to this many nodes, repulsion is computed exactly between all pairs.
EXACT_LIMIT = 400
#: Up to this many nodes the exact repulsion uses full n × n arrays (fewer calls).
_SMALL_EXACT = 64
#: Up to this many nodes a level is refined with complex numbers (see ``_refine_small``).
_COMPLEX_LIMIT = 48


@dataclass(frozen=True)
class Schedule:
    """Refinement steps on the coarsest level, on levels in between and on the finest, and
    the tolerance (mean step in edge lengths) at which a level stops early."""

    coarsest: int = 300
    intermediate: int = 80
    finest: int = 60
    tol: float = 0.005
    #: Coarsen down to at most this many nodes.
    coarsest_nodes: int = 40
    #: Start the coarsest level from the graph's spectral drawing (the two smoothest
    #: eigenvectors of its normalized Laplacian, as Koren's "Drawing graphs by eigenvectors")
    #: instead of random positions: slower for large coarsest levels, untwisted.
    spectral: bool = False


#: The schedule of :func:`~stakeholders.layout.force_directed`.
THOROUGH = Schedule()
#: A third of the coarsest steps and a looser tolerance: the automatic layout's shape, which
#: its crossing reduction then tidies (measured: as few crossings in the end, in half the
#: time). Several random starts of the coarsest level, keeping the one that crosses least
#: there, were tried on 68 maps like the examples and gave more crossings in the end.
QUICK = Schedule(coarsest=100, intermediate=60, finest=40, tol=0.01)
#: :data:`QUICK` from a spectral start: the automatic layout's second try on a small map
#: whose first drawing came out tangled.
QUICK_SPECTRAL = Schedule(coarsest=100, intermediate=60, finest=40, tol=0.01, spectral=True)
#: Repulsion strength relative to attraction (FR's C).
REPULSION = 0.2
#: Softening of the grid kernel, in grid cells.
_SOFT = 1.0
_SHORT_RANGE = 2.5  # cells within which the exact short-range correction applies


def _nothing() -> None:
    """A tick that reports nothing."""


class Engine:
    """Force computation and refinement for one graph (one level of the hierarchy)."""

    def __init__(self, n: int, ei: np.ndarray, ej: np.ndarray, ew: np.ndarray,
                 mass: np.ndarray, k: float) -> None:
        self.n = n
        self.ei, self.ej, self.ew = ei, ej, ew
        self.mass = mass
        self.k = k
        self.c = REPULSION
        self._tick: Callable[[], None] = _nothing

    # -- forces ------------------------------------------------------------------------
    def accelerations(self, pos: np.ndarray) -> np.ndarray:
        """Net force on every node divided by its mass, shape (n, 2)."""
        acc = self._repulsion(pos)
        if len(self.ei):
            d = pos[self.ej] - pos[self.ei]
            length = np.sqrt((d * d).sum(axis=1))
            f = d * (self.ew * length / self.k)[:, None]
            n = self.n
            fx = np.bincount(self.ei, f[:, 0], n) - np.bincount(self.ej, f[:, 0], n)
            fy = np.bincount(self.ei, f[:, 1], n) - np.bincount(self.ej, f[:, 1], n)
            acc[:, 0] += fx / self.mass
            acc[:, 1] += fy / self.mass
        return acc

    def _repulsion(self, pos: np.ndarray) -> np.ndarray:
        if self.n <= EXACT_LIMIT:
            return self._repulsion_exact(pos)
        return self._repulsion_mesh(pos)

    def _repulsion_exact(self, pos: np.ndarray) -> np.ndarray:
        """Σⱼ mⱼ (xᵢ − xⱼ) / |xᵢ − xⱼ|² for every node: with n × n arrays for a small graph,
        else from the condensed distances (scipy's ``pdist``) and one matrix product."""
        scale = self.c * self.k * self.k
        soft = (1e-2 * self.k) ** 2  # coincident nodes: a large but finite push
        if self.n <= _SMALL_EXACT:
            x, y = pos[:, 0], pos[:, 1]
            dx = x[:, None] - x
            dy = y[:, None] - y
            q = dx * dx
            q += dy * dy
            q += soft
            np.divide(self.mass, q, out=q)
            # Row i: xᵢ·Σⱼ qᵢⱼ − Σⱼ qᵢⱼ xⱼ; the diagonal adds xᵢqᵢᵢ − qᵢᵢxᵢ = 0.
            out = pos * q.sum(axis=1)[:, None]
            out -= q @ pos
            out *= scale
            return out
        from scipy.spatial.distance import pdist, squareform

        q = pdist(pos, "sqeuclidean")
        q += soft
        np.reciprocal(q, out=q)
        sums = squareform(q, checks=False) @ np.column_stack([self.mass, self.mass[:, None] * pos])
        out = pos * sums[:, :1]
        out -= sums[:, 1:]
        out *= scale
        return out

    def _repulsion_mesh(self, pos: np.ndarray) -> np.ndarray:
        n = self.n
        g = _grid_size(n)
        lo = pos.min(axis=0)
        span = float((pos.max(axis=0) - lo).max())
        h = max(span, self.k) / (g - 3)
        gx = (pos[:, 0] - lo[0]) / h + 1.0
        gy = (pos[:, 1] - lo[1]) / h + 1.0
        ix = np.minimum(gx.astype(np.int64), g - 2)
        iy = np.minimum(gy.astype(np.int64), g - 2)
        fx = gx - ix
        fy = gy - iy
        w00 = (1 - fx) * (1 - fy)
        w10 = fx * (1 - fy)
        w01 = (1 - fx) * fy
        w11 = fx * fy
        idx = iy * g + ix
        m = self.mass
        size = g * g
        rho = (np.bincount(idx, m * w00, size) + np.bincount(idx + 1, m * w10, size)
               + np.bincount(idx + g, m * w01, size) + np.bincount(idx + g + 1, m * w11, size))
        kx_hat, ky_hat = _kernel_hat(g)
        rho_hat = np.fft.rfft2(rho.reshape(g, g), s=(2 * g, 2 * g))
        ex = np.fft.irfft2(rho_hat * kx_hat, s=(2 * g, 2 * g))[:g, :g].ravel()
        ey = np.fft.irfft2(rho_hat * ky_hat, s=(2 * g, 2 * g))[:g, :g].ravel()
        ax = ex[idx] * w00 + ex[idx + 1] * w10 + ex[idx + g] * w01 + ex[idx + g + 1] * w11
        ay = ey[idx] * w00 + ey[idx + 1] * w10 + ey[idx + g] * w01 + ey[idx + g + 1] * w11
        scale = self.c * self.k * self.k
        acc = np.stack([ax, ay], axis=1) * (scale / h)
        self._tick()
        # Short range: add what the softened grid kernel leaves out, exactly per pair.
        i, j = near_pairs(pos[:, 0], pos[:, 1], _SHORT_RANGE * h)
        if len(i):
            d = pos[i] - pos[j]
            d2 = (d * d).sum(axis=1) + 1e-6 * self.k * self.k
            s2 = (_SOFT * h) ** 2
            extra = s2 / (d2 * (d2 + s2))  # 1/d² − 1/(d² + s²), per unit of direction d
            extra *= d2 < (_SHORT_RANGE * h) ** 2
            px = d[:, 0] * extra
            py = d[:, 1] * extra
            cx = np.bincount(i, px * m[j], n) - np.bincount(j, px * m[i], n)
            cy = np.bincount(i, py * m[j], n) - np.bincount(j, py * m[i], n)
            acc[:, 0] += cx * scale
            acc[:, 1] += cy * scale
        return acc

    # -- refinement ----------------------------------------------------------------------
    def refine(self, pos: np.ndarray, movable: np.ndarray | None, iterations: int, step: float,
               ticker: Ticker | None = None, tol: float = 0.005) -> np.ndarray:
        """Move the ``movable`` nodes (all when ``None``) by the forces; return new positions.

        Stops early when the mean step falls below ``tol`` times the edge length.
        """
        if self.n <= _COMPLEX_LIMIT:
            return self._refine_small(pos, movable, iterations, step, ticker, tol)
        pos = pos.copy()
        cooling = _Cooling(step)
        still = None if movable is None else ~movable
        limit = tol * self.k * self.n
        for it in range(iterations):
            if ticker is not None:
                ticker(it / iterations)
                self._tick = functools.partial(ticker, (it + 0.25) / iterations)
            acc = self.accelerations(pos)
            if ticker is not None:
                ticker((it + 0.5) / iterations)
            if still is not None:
                acc[still] = 0.0
            norm = np.sqrt(np.einsum("ij,ij->i", acc, acc))
            factor = np.minimum(1.0, cooling.next(float(norm @ norm)) / np.maximum(norm, 1e-12))
            acc *= factor[:, None]
            pos += acc
            if float(norm @ factor) < limit:
                break
        return pos

    def _refine_small(self, pos: np.ndarray, movable: np.ndarray | None, iterations: int,
                      step: float, ticker: Ticker | None, tol: float) -> np.ndarray:
        """:meth:`refine` for a small graph: the same model with positions as complex numbers
        and the edges as a dense incidence matrix, in about half the numpy calls (at this
        size the calls, not the arithmetic, take the time)."""
        n, m = self.n, len(self.ei)
        z = pos[:, 0] + 1j * pos[:, 1]
        # Row i of ``incidence`` adds the pull of each edge on node i, divided by its mass.
        incidence = np.zeros((n, m), dtype=complex)
        incidence[self.ei, np.arange(m)] = 1.0 / self.mass[self.ei]
        incidence[self.ej, np.arange(m)] = -1.0 / self.mass[self.ej]
        spans = np.zeros((m, n), dtype=complex)  # spans @ z = z[ej] - z[ei]
        spans[np.arange(m), self.ej] = 1.0
        spans[np.arange(m), self.ei] = -1.0
        pull = self.ew / self.k
        push = self.mass * (self.c * self.k * self.k)
        soft = (1e-2 * self.k) ** 2
        still = None if movable is None else ~movable
        cooling = _Cooling(step)
        limit = tol * self.k * n
        for it in range(iterations):
            if ticker is not None:
                ticker(it / iterations)
            dz = z[:, None] - z
            q = np.abs(dz)
            q *= q
            q += soft
            np.divide(push, q, out=q)
            acc = (dz * q).sum(axis=1)
            d = spans @ z
            d *= pull * np.abs(d)
            acc += incidence @ d
            if still is not None:
                acc[still] = 0.0
            norm = np.abs(acc)
            factor = np.minimum(1.0, cooling.next(float(norm @ norm)) / np.maximum(norm, 1e-12))
            acc *= factor
            z += acc
            if float(norm @ factor) < limit:
                break
        return np.column_stack([z.real, z.imag])


class _Cooling:
    """Hu's adaptive step length: 10 % longer after five steps in a row that lowered the
    energy, 10 % shorter after any step that did not."""

    def __init__(self, step: float) -> None:
        self.step = step
        self._energy = np.inf
        self._progress = 0

    def next(self, energy: float) -> float:
        """The step length to take now that the energy is ``energy``."""
        if energy < self._energy:
            self._progress += 1
            if self._progress >= 5:
                self._progress = 0
                self.step /= 0.9
        else:
            self._progress = 0
            self.step *= 0.9
        self._energy = energy
        return self.step


def _grid_size(n: int) -> int:
    """Mesh size: about two cells per node spacing, a fast FFT size."""
    target = 2.0 * np.sqrt(n)
    for size in (32, 48, 64, 96, 128, 192, 256):
        if size >= target:
            return size
    return 256


@functools.cache
def _kernel_hat(g: int) -> tuple[np.ndarray, np.ndarray]:
    """FFT of the softened ``r/|r|²`` kernel on a zero-padded ``2g × 2g`` grid."""
    offsets = np.arange(2 * g)
    offsets = np.where(offsets < g, offsets, offsets - 2 * g).astype(float)
    ux = offsets[None, :]
    uy = offsets[:, None]
    d2 = ux * ux + uy * uy + _SOFT * _SOFT
    kx = ux / d2
    ky = uy / d2
    return np.fft.rfft2(kx), np.fft.rfft2(ky)


# -- multilevel -------------------------------------------------------------------------------
def coarsen(n: int, ei: np.ndarray, ej: np.ndarray, ew: np.ndarray,
            mass: np.ndarray) -> tuple[np.ndarray, int]:
    """Group the nodes for the next coarser level; return group per node and group count.

    Heavy-edge matching: each node, in order, pairs with its free neighbour
    with the largest ``w / (mᵢ·mⱼ)`` (light, strongly linked nodes merge
    first). A node left without a free neighbour joins the group of its
    best neighbour, so the leaves of a star merge into their hub at once.
    """
    src = np.concatenate([ei, ej])
    dst = np.concatenate([ej, ei])
    w = np.concatenate([ew, ew])
    score = w / (mass[src] * mass[dst])
    # Per node its neighbours, best first; ties go to the smaller index (deterministic).
    order = np.lexsort((dst, -score, src))
    neighbours = dst[order].tolist()
    starts = np.searchsorted(src[order], np.arange(n + 1)).tolist()
    group = [-1] * n
    count = 0
    for u in range(n):
        if group[u] >= 0:
            continue
        for v in neighbours[starts[u]:starts[u + 1]]:
            if group[v] < 0:
                group[u] = group[v] = count
                count += 1
                break
    for u in range(n):
        if group[u] < 0:
            if starts[u] < starts[u + 1]:
                group[u] = group[neighbours[starts[u]]]
            if group[u] < 0:
                group[u] = count
                count += 1
    return np.asarray(group, dtype=np.int64), count


def multilevel(n: int, ei: np.ndarray, ej: np.ndarray, ew: np.ndarray, mass: np.ndarray,
               k: float, rng: np.random.Generator, ticker: Ticker,
               schedule: Schedule = THOROUGH) -> np.ndarray:
    """Lay out one connected graph from scratch; return positions (n, 2) around the origin.
    """
    from stakeholders.layout._graph import merge_edges

    if n == 1:
        return np.zeros((1, 2))
    levels = [(n, ei, ej, ew, mass)]
    groups: list[np.ndarray] = []
    while levels[-1][0] > schedule.coarsest_nodes and len(levels) < 40:
        cn, cei, cej, cew, cmass = levels[-1]
        ticker(0.0)
        group, count = coarsen(cn, cei, cej, cew, cmass)
        if count > 0.9 * cn:
            break
        gi, gj, gw = merge_edges(count, group[cei], group[cej], cew)
        groups.append(group)
        levels.append((count, gi, gj, gw, np.bincount(group, cmass, count)))
    # Work per level is about its node count times its iterations: share the ticker that way.
    # The coarsest level starts from random positions and needs many steps; every finer level
    # starts from a good layout and needs few.
    iterations = [schedule.finest] + [schedule.intermediate] * (len(levels) - 1)
    iterations[-1] = max(iterations[-1], schedule.coarsest if levels[-1][0] <= EXACT_LIMIT
                         else schedule.intermediate * 2)
    work = np.array([lv[0] * it for lv, it in zip(levels, iterations, strict=True)], dtype=float)
    done = 0.0
    total = float(work.sum())

    cn, cei, cej, cew, cmass = levels[-1]
    radius = k * np.sqrt(cmass.sum())
    pos = _coarsest(levels[-1], k, rng, schedule, iterations[-1], radius,
                    ticker.sub(0.0, work[-1] / total))
    done = float(work[-1])
    for level in range(len(levels) - 2, -1, -1):
        cn, cei, cej, cew, cmass = levels[level]
        group = groups[level]
        parent_mass = levels[level + 1][4][group]
        jitter = rng.normal(0.0, 1.0, (cn, 2)) * (0.3 * k * np.sqrt(parent_mass))[:, None]
        pos = pos[group] + jitter
        step = 0.5 * k
        engine = Engine(cn, cei, cej, cew, cmass, k)
        sub = ticker.sub(done / total, (done + work[level]) / total)
        pos = engine.refine(pos, None, iterations[level], step, sub, schedule.tol)
        done += work[level]
    return pos - pos.mean(axis=0)


def _coarsest(level: tuple, k: float, rng: np.random.Generator, schedule: Schedule,
              iterations: int, radius: float, ticker: Ticker) -> np.ndarray:
    """The coarsest level laid out from random positions."""
    cn, cei, cej, cew, cmass = level
    angle = rng.uniform(0, 2 * np.pi, cn)
    r = radius * np.sqrt(rng.uniform(0, 1, cn))
    pos = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    if schedule.spectral and cn >= 3:
        pos = spectral_layout(cn, cei, cej, cew, radius, pos)
    engine = Engine(cn, cei, cej, cew, cmass, k)
    return engine.refine(pos, None, iterations, radius * 0.5, ticker, schedule.tol)


