"""Benchmark the layouts on synthetic maps, and compare with Graphviz sfdp when it is installed.

Usage::

    .venv/bin/python bench/bench_layout.py            # 100, 1,000 and 5,000 parties
    .venv/bin/python bench/bench_layout.py --big      # also 20,000
    .venv/bin/python bench/bench_layout.py --sizes 300 2000 --no-sfdp

For every map size it times each layout and prints, per row: seconds,
the overlap share (fraction of items whose box intersects another box),
the edge-crossing share (fraction of crossing pairs among a random sample
of pairs of edges without a common end) and the edge-length ratio (mean
length of the links divided by the mean distance between two random
items: lower means connected items are closer). sfdp gets the same graph
with the same box sizes, once with its defaults and once with
``overlap=prism`` (its own overlap removal), timed as a subprocess.

This is a script, not a test: it is for people, and prints.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate_map
from stakeholders.layout import (
    domain_clusters,
    force_directed,
    initial_positions,
    table_rings,
)
from stakeholders.layout._geometry import PARTY_DY, overlap_share
from stakeholders.layout._graph import LayoutGraph, build_graph
from stakeholders.model.regionmap import RegionMap

log = logging.getLogger("bench_layout")

POINTS_PER_INCH = 72.0
CROSSING_SAMPLE = 200_000


# -- measures -------------------------------------------------------------------------------------
def node_array(graph: LayoutGraph, positions: dict[str, tuple[float, float]]) -> np.ndarray:
    """Positions (n, 2) in graph order; NaN for items without one."""
    pos = graph.pos.copy()
    for k, uid in enumerate(graph.uids):
        if uid in positions:
            pos[k] = positions[uid]
    return pos


def measure(graph: LayoutGraph, pos: np.ndarray, seed: int = 7) -> dict[str, float]:
    """Overlap share, crossing share and edge-length ratio of a drawing."""
    ok = ~np.isnan(pos).any(axis=1)
    overlap = overlap_share(pos[ok, 0], pos[ok, 1] + graph.box_dy[ok], graph.half_w[ok],
                            graph.half_h[ok])
    ei, ej = graph.ei, graph.ej
    keep = ok[ei] & ok[ej]
    ei, ej = ei[keep], ej[keep]
    rng = np.random.default_rng(seed)
    crossing = float("nan")
    if len(ei) >= 2:
        a = rng.integers(0, len(ei), CROSSING_SAMPLE)
        b = rng.integers(0, len(ei), CROSSING_SAMPLE)
        distinct = ((ei[a] != ei[b]) & (ei[a] != ej[b]) & (ej[a] != ei[b]) & (ej[a] != ej[b]))
        a, b = a[distinct], b[distinct]
        p1, p2, q1, q2 = pos[ei[a]], pos[ej[a]], pos[ei[b]], pos[ej[b]]

        def orient(u, v, w):
            return np.sign((v[:, 0] - u[:, 0]) * (w[:, 1] - u[:, 1])
                           - (v[:, 1] - u[:, 1]) * (w[:, 0] - u[:, 0]))

        crosses = ((orient(p1, p2, q1) * orient(p1, p2, q2) < 0)
                   & (orient(q1, q2, p1) * orient(q1, q2, p2) < 0))
        crossing = float(crosses.mean()) if len(a) else float("nan")
    idx = np.flatnonzero(ok)
    ratio = float("nan")
    if len(ei) and len(idx) > 1:
        edge_len = np.linalg.norm(pos[ei] - pos[ej], axis=1).mean()
        r1 = rng.choice(idx, 20_000)
        r2 = rng.choice(idx, 20_000)
        random_len = np.linalg.norm(pos[r1] - pos[r2], axis=1).mean()
        ratio = float(edge_len / random_len)
    return {"overlap": overlap, "crossing": crossing, "edge_ratio": ratio}


# -- sfdp -----------------------------------------------------------------------------------------
def to_dot(graph: LayoutGraph) -> str:
    """The graph as DOT with boxes of the layout's sizes (1 canvas unit = 1 point)."""
    lines = ["graph G {", "  node [shape=box, fixedsize=true, label=\"\"];"]
    for k in range(graph.n):
        w = 2 * graph.half_w[k] / POINTS_PER_INCH
        h = 2 * graph.half_h[k] / POINTS_PER_INCH
        lines.append(f"  n{k} [width={w:.3f}, height={h:.3f}];")
    for a, b, w in zip(graph.ei.tolist(), graph.ej.tolist(), graph.ew.tolist(), strict=True):
        lines.append(f"  n{a} -- n{b} [weight={w:g}];")
    lines.append("}")
    return "\n".join(lines)


def run_sfdp(graph: LayoutGraph, extra: list[str]) -> tuple[float, np.ndarray] | None:
    """Run sfdp on the graph; return (seconds, positions), None when it failed."""
    with tempfile.TemporaryDirectory() as folder:
        dot = Path(folder) / "g.dot"
        dot.write_text(to_dot(graph), encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run(["sfdp", *extra, "-Tplain", str(dot)], capture_output=True,
                              text=True, check=False)
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        log.warning("sfdp failed: %s", done.stderr.strip()[:300])
        return None
    pos = np.full((graph.n, 2), np.nan)
    for line in done.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            k = int(parts[1][1:])
            # sfdp puts the box centre at the node; our party position lies PARTY_DY above it.
            dy = 0.0 if graph.is_table[k] else PARTY_DY
            pos[k] = (float(parts[2]) * POINTS_PER_INCH,
                      -float(parts[3]) * POINTS_PER_INCH - dy)
    return seconds, pos


# -- main -----------------------------------------------------------------------------------------
def timed(fn, *args, **kwargs):
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def bench_size(n: int, use_sfdp: bool) -> list[tuple[str, float, dict[str, float]]]:
    """Rows (name, seconds, measures) for one map size."""
    region: RegionMap = generate_map(n)
    graph = build_graph(region)
    rows = []
    seconds, result = timed(initial_positions, region)
    rows.append(("initial_positions", seconds, measure(graph, node_array(graph, result))))
    seconds, result = timed(force_directed, region)
    rows.append(("force_directed", seconds, measure(graph, node_array(graph, result))))
    seconds, result = timed(domain_clusters, region)
    rows.append(("domain_clusters", seconds, measure(graph, node_array(graph, result))))
    busiest = max(region.tables, key=lambda t: sum(s.tafel == t.id for s in region.seats))
    seconds, result = timed(table_rings, region, busiest.uid)
    sub = {uid: p for uid, p in result.items()}
    rows.append((f"table_rings ({len(sub)} items)", seconds,
                 {"overlap": _overlap_of(graph, sub), "crossing": float("nan"),
                  "edge_ratio": float("nan")}))
    if use_sfdp:
        for label, extra in (("sfdp (defaults)", []), ("sfdp -Goverlap=prism",
                                                       ["-Goverlap=prism"])):
            out = run_sfdp(graph, extra)
            if out is not None:
                rows.append((label, out[0], measure(graph, out[1])))
    return rows


def _overlap_of(graph: LayoutGraph, positions: dict[str, tuple[float, float]]) -> float:
    keep = [k for k, uid in enumerate(graph.uids) if uid in positions]
    pos = np.array([positions[graph.uids[k]] for k in keep])
    idx = np.array(keep)
    return overlap_share(pos[:, 0], pos[:, 1] + graph.box_dy[idx], graph.half_w[idx],
                         graph.half_h[idx])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="also 20,000 parties")
    parser.add_argument("--sizes", type=int, nargs="*", help="party counts to run instead")
    parser.add_argument("--no-sfdp", action="store_true", help="skip the sfdp comparison")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sizes = args.sizes or [100, 1_000, 5_000, *([20_000] if args.big else [])]
    use_sfdp = not args.no_sfdp and shutil.which("sfdp") is not None
    if not args.no_sfdp and not use_sfdp:
        print("sfdp not installed")
    header = f"{'parties':>8}  {'layout':<34} {'seconds':>8} {'overlap':>8} {'crossing':>9} " \
             f"{'edge/rand':>9}"
    print(header)
    print("-" * len(header))
    for n in sizes:
        for name, seconds, m in bench_size(n, use_sfdp):
            print(f"{n:>8}  {name:<34} {seconds:>8.3f} {m['overlap']:>8.1%} "
                  f"{m['crossing']:>9.2%} {m['edge_ratio']:>9.3f}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
