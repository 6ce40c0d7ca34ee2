"""Benchmark: what the matrix and the power–interest view cost after an edit, at several sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_views.py   # 50, 300, 1,000

After each edit of the Document an open matrix reads the map again (``build_matrix``) and
its model updates the grid; an open power–interest view lays its grid out anew
(``PowerGrid``). The floor, measured in the same run, is reading every seat and mandate of
the map once (a plain pass over both lists), which any view of seats must pay.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSizeF
from PySide6.QtWidgets import QApplication

from bench.generate import generate_map
from bench.timing import fastest as timed
from stakeholders.export.power_interest import PowerGrid
from stakeholders.model.document import Document
from stakeholders.model.matrix import build_matrix
from stakeholders.ui.views.matrix_model import MatrixModel


def _floor(region) -> int:
    holders = {m.houder for m in region.mandates}
    return sum(1 for s in region.seats if s.partij in holders)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    print(f"{'parties':>8} {'tables':>7} {'seats':>6} {'matrix':>9} {'model':>9} "
          f"{'grid':>9} {'floor':>9}")
    for n in (50, 300, 1000):
        region = generate_map(n, seed=42)
        document = Document(region)
        model = MatrixModel(document, lambda *_a: False)
        repeat = 7 if n <= 300 else 3
        matrix = timed(lambda r=region: build_matrix(r), repeat)
        refresh = timed(model.refresh, repeat)
        grid = timed(lambda r=region: PowerGrid(r, QSizeF(1600, 900)), repeat)
        floor = timed(lambda r=region: _floor(r), repeat)
        print(f"{n:>8} {len(region.tables):>7} {len(region.seats):>6} {matrix * 1000:>7.1f}ms "
              f"{refresh * 1000:>7.1f}ms {grid * 1000:>7.1f}ms {floor * 1000:>7.1f}ms")
    del app


if __name__ == "__main__":
    main()
