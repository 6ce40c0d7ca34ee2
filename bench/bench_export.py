"""Benchmark: one-page overview export (PDF and PNG) at 50, 300 and 1,000 parties.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export.py

Target (issue 5): <= 0.3 s for the PDF of 1,000 parties. The times include building the page
content (rules), laying the map out at print size, choosing the paper and, where even A3
cannot hold the names at 5 pt, aggregating (see stakeholders/export/plan.py). The columns
after the times say what the page became: paper, smallest name size, drawn nodes.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate_map
from stakeholders.layout import force_directed
from stakeholders.model import edits
from stakeholders.model.ops import apply_to
from stakeholders.qtenv import ensure_gui_application


def main() -> None:
    ensure_gui_application(headless=True)
    from stakeholders.export.options import ExportOptions
    from stakeholders.export.overview import export_overview

    print(f"{'parties':>8} {'PDF':>9} {'PDF size':>9} {'PNG 150dpi':>11} {'PNG size':>9} "
          f"{'paper':>6} {'names':>8} {'nodes':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for n in (50, 300, 1000):
            region = generate_map(n, seed=11)
            for op in edits.move(region, force_directed(region)):
                apply_to(region, op)
            row = [f"{n:>8}"]
            result = None
            for suffix in ("pdf", "png"):
                path = Path(folder) / f"page.{suffix}"
                result = export_overview(region, path, ExportOptions())  # warm-up
                samples = []
                for _ in range(3):
                    start = time.perf_counter()
                    export_overview(region, path, ExportOptions())
                    samples.append(time.perf_counter() - start)
                row.append(f"{statistics.median(samples):>7.2f} s")
                row.append(f"{path.stat().st_size / 1024:>6.0f} KiB")
            page = result.pages[0]
            row.append(f"{page.options.paper:>6}")
            row.append(f"{page.name_pt:>5.1f} pt")
            row.append(f"{len(page.content.drawn.parties) + len(page.content.drawn.tables):>6}")
            print(" ".join(row))


if __name__ == "__main__":
    main()
