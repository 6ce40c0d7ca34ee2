"""Graphviz sfdp / neato as a peer for the layout benchmarks and tests (never used by the app).

The graph goes to Graphviz as a subprocess (DOT in, ``-Tplain`` out) with
every node a fixed-size box of the item's true footprint and
``overlap=prism sep=+6 pack=true``; the box centres that come back are turned
into item positions (minus each box's ``dy``).
"""

from __future__ import annotations

import shutil
import subprocess
import time

import numpy as np

POINTS_PER_INCH = 72.0


def available(engine: str = "sfdp") -> bool:
    """Whether the Graphviz program ``engine`` is installed."""
    return shutil.which(engine) is not None


def graphviz_layout(engine: str, n: int, ei: np.ndarray, ej: np.ndarray, width: np.ndarray,
                    height: np.ndarray, dy: np.ndarray) -> tuple[np.ndarray, float]:
    """Item positions (n, 2) from ``engine`` and the seconds the subprocess took."""
    lines = ["graph G {", 'graph [overlap=prism, sep="+6", pack=true, splines=false];',
             'node [shape=box, fixedsize=true, label=""];']
    for k in range(n):
        lines.append(f"n{k} [width={width[k] / POINTS_PER_INCH:.4f}, "
                     f"height={height[k] / POINTS_PER_INCH:.4f}];")
    for a, b in zip(ei.tolist(), ej.tolist(), strict=True):
        lines.append(f"n{a} -- n{b};")
    lines.append("}")
    start = time.perf_counter()
    out = subprocess.run([engine, "-Tplain"], input="\n".join(lines), capture_output=True,
                         text=True, check=True, timeout=600).stdout
    seconds = time.perf_counter() - start
    pos = np.zeros((n, 2))
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            k = int(parts[1][1:])
            # Graphviz's y axis points up; the canvas's points down.
            pos[k] = (float(parts[2]) * POINTS_PER_INCH, -float(parts[3]) * POINTS_PER_INCH)
    pos[:, 1] -= dy
    return pos, seconds


def layout_map(engine: str, region) -> float:
    """Seconds ``engine`` takes to lay out ``region`` with the app's true box sizes.

    The same graph and footprints as ``auto_layout`` gets (``build_graph``,
    ``map_boxes``); only the subprocess is timed (DOT in, positions out).
    """
    from stakeholders.layout._graph import build_graph
    from stakeholders.layout.boxes import map_boxes

    graph = build_graph(region)
    boxes = map_boxes(region)
    size = np.array([boxes.sizes[u] for u in graph.uids])
    _pos, seconds = graphviz_layout(engine, graph.n, graph.ei, graph.ej, size[:, 0],
                                    size[:, 1], size[:, 2])
    return seconds
