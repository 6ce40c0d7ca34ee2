"""How readable is each layout? Crossings, overlaps, edge lengths, label size and time, with peers.

Usage::

    .venv/bin/python bench/bench_layout_quality.py                 # both examples, 300, 1,000
    .venv/bin/python bench/bench_layout_quality.py --maps kustmarken 300 --repeat 1

Per map (the two bundled examples with their positions removed, as a
spreadsheet gives them, and generated maps of 150, 300 and 1,000 parties,
``bench/generate.py``) and per
layout it prints one Markdown row:

* **crossings** of straight centre-to-centre edges (exact count);
* **overlaps** node/node, label/label, label/node, with every item's true
  footprint (``stakeholders.layout.labels.node_box``);
* **CV** of the edge lengths (lower: more even);
* **px @1080p**: the party-name size (11 px at zoom 1) when the whole map
  is fitted to 1920 × 1080 (the canvas hides names below 0.35 zoom, 3.9 px);
* **px @window**: the same in the map area of a 1920 × 1080 window with the
  side panels open (1224 × 946 after the fit margins, the first start; the
  shape ``auto_layout`` fills on a crowded map, ``layout._screenfit.WINDOW``);
* **pt @A4**: the same when fitted to the one-page overview's map box
  (170 × 129 mm) at screen box sizes;
* **ms**: median wall time of ``--repeat`` runs after a warm-up (the warm-up
  also fills the memo of the names' text measurement, as opening a map does in
  the app; Graphviz gets the box sizes ready-made, outside its time).

Layouts: *import* (``initial_positions``, the old first drawing), *automatic*
(``auto_layout``, the default now, with room reserved for the mandate labels),
*force* (``force_directed``), *rings* (the automatic drawing, then
``table_rings`` of the busiest table; time of the rings only), *clusters*
(``domain_clusters``); peers Graphviz *sfdp* and *neato* as subprocesses with
``overlap=prism`` and the same box sizes. Without Graphviz the peers are
skipped with a note.

With ``--names`` it also opens the automatic, sfdp and neato drawings of the
generated 150-party maps of seeds 1-5 in the real main window at 1920 × 1080
(offscreen, panels as on a first start) and counts the party names the canvas
shows when the map is fitted (each at 12 px at least): the measure of issue 9's
"every name of a map up to 150 parties at fit".

This is a script for people; it prints.
"""

from __future__ import annotations

import argparse
import datetime
import logging
import os
import platform
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate_map  # noqa: E402
from bench.graphviz_peer import available, graphviz_layout  # noqa: E402
from stakeholders.io.formats import load_map  # noqa: E402
from stakeholders.layout import (  # noqa: E402
    auto_layout,
    domain_clusters,
    force_directed,
    initial_positions,
    table_rings,
)
from stakeholders.layout._graph import build_graph  # noqa: E402
from stakeholders.layout._screenfit import WINDOW  # noqa: E402
from stakeholders.layout.boxes import map_boxes  # noqa: E402
from stakeholders.layout.labels import FONT_PX  # noqa: E402
from stakeholders.layout.quality import crossings, edge_length_cv, fit_scale, overlaps  # noqa: E402
from stakeholders.model.regionmap import RegionMap  # noqa: E402
from stakeholders.rules.catalogue import known_rule_ids  # noqa: E402

log = logging.getLogger("bench_layout_quality")

SCREEN = (1920.0, 1080.0)
MM = 72.0 / 25.4
A4_MAP_BOX = (170.0 * MM, 129.0 * MM)  # points


def unplaced(region: RegionMap) -> RegionMap:
    """The map as a spreadsheet gives it: no positions, nothing pinned."""
    return replace(region, parties=[replace(p, pos=None, pinned=False) for p in region.parties],
                   tables=[replace(t, pos=None, pinned=False) for t in region.tables])


def load(name: str) -> RegionMap:
    if name.isdigit():
        return generate_map(int(name), seed=42)
    path = ROOT / "examples" / f"{name}.regiokaart"
    return unplaced(load_map(path, known_rules=known_rule_ids).map)


def placed(region: RegionMap, positions: dict) -> RegionMap:
    return replace(region,
                   parties=[replace(p, pos=positions.get(p.uid, p.pos)) for p in region.parties],
                   tables=[replace(t, pos=positions.get(t.uid, t.pos)) for t in region.tables])


def timed(function, repeat: int) -> tuple[dict, float]:
    """Result and median seconds of ``repeat`` runs after one warm-up run."""
    result = function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times) if times else float("nan")


def busiest_table(region: RegionMap) -> str:
    counts = {t.id: 0 for t in region.tables}
    for seat in region.seats:
        if seat.tafel in counts:
            counts[seat.tafel] += 1
    best = max(counts, key=lambda k: counts[k])
    return next(t.uid for t in region.tables if t.id == best)


def row(name: str, layout: str, region: RegionMap, pos: np.ndarray, seconds: float) -> str:
    graph = build_graph(region)
    boxes = map_boxes(region)
    items = [boxes.items[u] for u in graph.uids]
    size = np.array([boxes.sizes[u] for u in graph.uids])
    found = overlaps(pos, items)
    half_w, half_h, dy = size[:, 0] / 2, size[:, 1] / 2, size[:, 2]
    screen = FONT_PX * fit_scale(pos, half_w, half_h, dy, *SCREEN)
    window = FONT_PX * fit_scale(pos, half_w, half_h, dy, *WINDOW)
    page = FONT_PX * fit_scale(pos, half_w, half_h, dy, *A4_MAP_BOX)
    return (f"| {name} | {layout} | {crossings(pos, graph.ei, graph.ej)} | "
            f"{found.node_node}/{found.label_label}/{found.label_node} | "
            f"{edge_length_cv(pos, graph.ei, graph.ej):.2f} | {screen:.1f} | {window:.1f} | "
            f"{page:.1f} | "
            f"{seconds * 1000:.0f} |")


def bench_map(name: str, repeat: int, peers: list[str]) -> list[str]:
    region = load(name)
    graph = build_graph(region)
    rows = []

    def ours(layout: str, function, base: RegionMap = region) -> None:
        result, seconds = timed(function, repeat)
        after = placed(base, result)
        pos = _positions(after, graph.uids)
        rows.append(row(name, layout, region, pos, seconds))

    ours("import", lambda: initial_positions(region))
    ours("automatic", lambda: auto_layout(region))
    ours("force", lambda: force_directed(region))
    laid = placed(region, auto_layout(region))
    table = busiest_table(region)
    ours("rings", lambda: table_rings(laid, table), base=laid)
    ours("clusters", lambda: domain_clusters(region))
    boxes = map_boxes(region)
    size = np.array([boxes.sizes[u] for u in graph.uids])
    for engine in peers:
        runs = [graphviz_layout(engine, graph.n, graph.ei, graph.ej, size[:, 0], size[:, 1],
                                size[:, 2]) for _ in range(max(1, repeat))]
        pos = runs[-1][0]
        rows.append(row(name, engine, region, pos, statistics.median(s for _, s in runs)))
    return rows


def names_at_fit(app, region: RegionMap, folder: Path) -> tuple[int, int]:
    """Party names shown (and parties) when ``region``, with its positions, is opened in a
    1920 × 1080 main window and fitted."""
    from PySide6.QtCore import Qt

    from stakeholders.io import regiokaart
    from stakeholders.ui.canvas.items import PartyItem
    from stakeholders.ui.main_window import MainWindow

    path = folder / "map.regiokaart"
    regiokaart.save(region, path)
    window = MainWindow()
    window.files.show_problems = lambda *args: None
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*(int(v) for v in SCREEN))
    window.show()
    app.processEvents()
    window.files.open_path(path, ask=False)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)
    window.view.zoom_to_fit()
    parties = [n for n in window.scene.nodes.values() if isinstance(n, PartyItem)]
    shown = sum(n.label.isVisible() for n in parties)
    window.files.ask_unsaved = lambda: None
    window.close()
    window.deleteLater()
    app.processEvents()
    return shown, len(parties)


def bench_names(peers: list[str]) -> list[str]:
    """Rows: names shown at fit per seed and layout (see the module's description)."""
    import tempfile

    from bench.bench_canvas_labels import isolate_settings
    from stakeholders.qtenv import ensure_gui_application

    app = ensure_gui_application(headless=True)
    rows = ["| 150 parties, seed | " + " | ".join(["automatic", *peers]) + " |",
            "|---|" + "---:|" * (1 + len(peers))]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        isolate_settings(folder / "settings")
        for seed in range(1, 6):
            region = generate_map(150, seed=seed)
            graph = build_graph(region)
            boxes = map_boxes(region)
            size = np.array([boxes.sizes[u] for u in graph.uids])
            drawings = [auto_layout(region)]
            for engine in peers:
                pos = graphviz_layout(engine, graph.n, graph.ei, graph.ej, size[:, 0],
                                      size[:, 1], size[:, 2])[0]
                drawings.append({u: (float(pos[k, 0]), float(pos[k, 1]))
                                 for k, u in enumerate(graph.uids)})
            cells = []
            for drawing in drawings:
                shown, total = names_at_fit(app, placed(region, drawing), folder)
                cells.append(f"{shown}/{total}")
            rows.append(f"| {seed} | " + " | ".join(cells) + " |")
    return rows


def _positions(region: RegionMap, uids: list[str]) -> np.ndarray:
    at = {i.uid: i.pos for i in (*region.parties, *region.tables)}
    return np.array([at[u] for u in uids], dtype=float)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maps", nargs="+",
                        default=["kustmarken", "rivierenland", "150", "300", "1000"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--names", action="store_true",
                        help="also count the names shown at fit in the main window")
    args = parser.parse_args(argv)
    peers = [e for e in ("sfdp", "neato") if available(e)]
    missing = [e for e in ("sfdp", "neato") if e not in peers]
    lines = [f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}, "
             f"{platform.system()}; times are medians of {args.repeat} runs.", ""]
    if missing:
        lines += [f"Graphviz {', '.join(missing)} not installed: peers skipped "
                  "(Debian: apt-get install graphviz).", ""]
    lines += ["| map | layout | crossings | overlaps n/l/ln | CV | px @1080p | px @window | pt @A4 "
              "| ms |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name in args.maps:
        lines += bench_map(name, args.repeat, peers)
    if args.names:
        lines += ["", *bench_names(peers)]
    log.info("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
