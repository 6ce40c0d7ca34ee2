"""Benchmark: canvas build and the drag frame (move a hub party with all its lines).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_canvas.py   # 100, 1,000, 5,000

Offscreen raster painting into a 1920x1080 view at 1:1 zoom centred on the hub,
like the anchor measurements in ../shared/guides/performance-anchors.md. One frame =
move the hub (its lines follow) + a synchronous repaint of the dirty region.
Targets (issue 4): <= 16.7 ms at 1,000 parties, <= 50 ms at 5,000.
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate_map
from stakeholders.layout import force_directed
from stakeholders.model import edits
from stakeholders.model.document import Document
from stakeholders.model.ops import apply_to
from stakeholders.qtenv import ensure_gui_application


def main() -> None:
    app = ensure_gui_application(headless=True)
    from stakeholders.ui.canvas.scene import MapScene
    from stakeholders.ui.canvas.view import MapView

    print(f"{'parties':>8} {'items':>7} {'build':>9} {'1st paint':>10} {'drag frame':>11} "
          f"{'fit frame':>10}")
    for n in (100, 1000, 5000):
        region = generate_map(n, seed=7)
        for op in edits.move(region, force_directed(region)):
            apply_to(region, op)
        document = Document(region)
        start = time.perf_counter()
        scene = MapScene(document)
        view = MapView(scene)
        view.resize(1920, 1080)
        view.show()
        build = time.perf_counter() - start
        start = time.perf_counter()
        view.viewport().repaint()
        app.processEvents()
        first = time.perf_counter() - start
        seats = {}
        for seat in region.seats:
            seats[seat.partij] = seats.get(seat.partij, 0) + 1
        hub_id = max(seats, key=seats.get)
        hub = scene.nodes[document.uid_of(hub_id)]
        frames = {}
        for mode in ("1:1", "fit"):
            if mode == "1:1":
                view.set_zoom(1.0)
                view.centerOn(hub)
            else:
                view.zoom_to_fit()
            centre = hub.pos()
            view.set_dragging(True)  # what a mouse drag of a node switches on
            samples = []
            for step in range(60):
                angle = step / 60 * 2 * math.pi
                t0 = time.perf_counter()
                hub.setPos(centre.x() + 40 * math.cos(angle), centre.y() + 40 * math.sin(angle))
                view.viewport().repaint()
                samples.append(time.perf_counter() - t0)
            hub.setPos(centre)
            view.set_dragging(False)
            frames[mode] = statistics.mean(samples)
        print(f"{n:>8} {len(scene.items()):>7} {build * 1000:>6.0f} ms {first * 1000:>7.0f} ms "
              f"{frames['1:1'] * 1000:>8.1f} ms {frames['fit'] * 1000:>7.1f} ms   "
              f"(hub {hub_id}: {seats[hub_id]} seats)")
        view.close()
        scene.clear()


if __name__ == "__main__":
    main()
