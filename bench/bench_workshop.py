"""Benchmark: a step of workshop mode's story and the table focus at several map sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_workshop.py   # 50, 300, 1,000

A step (→ or PageDown) plans the story (``reveal_steps``) once and then shows a step:
every node and line made visible or not, and the names placed anew. Its floor, measured
in the same run on the same scene, is placing the names alone (``scene.relabel``), which
every zoom costs too; the difference is what showing a step adds.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from bench.generate import generate_map
from bench.timing import fastest as timed
from stakeholders.model.document import Document
from stakeholders.placement import with_positions
from stakeholders.ui.canvas.scene import MapScene
from stakeholders.ui.workshop.reveal import reveal_steps, table_focus
from stakeholders.ui.workshop.stage import show_step


def main() -> None:
    app = QApplication.instance() or QApplication([])
    print(f"{'parties':>8} {'steps':>6} {'plan':>9} {'step':>9} {'focus':>9} "
          f"{'relabel (floor)':>16}")
    for n in (50, 300, 1000):
        region = with_positions(generate_map(n, seed=42))
        scene = MapScene(Document(region))
        steps = reveal_steps(region)
        middle = steps[len(steps) // 2]
        repeat = 7 if n <= 300 else 3
        plan = timed(lambda r=region: reveal_steps(r), repeat)
        step = timed(lambda s=scene, m=middle: show_step(s, m), repeat)
        table = region.tables[0].uid
        focus = timed(lambda s=scene, r=region, t=table: show_step(s, table_focus(r, t)), repeat)
        floor = timed(scene.relabel, repeat)
        print(f"{n:>8} {len(steps):>6} {plan * 1000:>7.1f}ms {step * 1000:>7.1f}ms "
              f"{focus * 1000:>7.1f}ms {floor * 1000:>14.1f}ms")
    del app


if __name__ == "__main__":
    main()
