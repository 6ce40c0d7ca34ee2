"""Benchmark: how long an autosave blocks the window, before and after it moved to a worker.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_autosave.py   # 1,000 and 5,000

On the real main window with a generated map open and one unsaved edit:

- *before*: the whole autosave in the window's thread (``autosave(background=False)``,
  the path autosave took until it moved to a worker, and still takes after a restore);
- *after*: what the window's thread does now (``autosave()``: the snapshot of the map and
  starting the worker);
- *write*: the worker's time from the start until the recovery file is written;
- *max gap*: the longest pause between the ticks of a 5 ms timer while the worker writes
  (what a user would feel as a stutter; the floor is the timer's own 5 ms).
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from bench.generate import generate_map
from stakeholders.io import regiokaart
from stakeholders.placement import with_positions
from stakeholders.ui import safety
from stakeholders.ui.main_window import MainWindow


def open_big(n: int, folder: Path) -> MainWindow:
    """A main window with a generated map of ``n`` parties open and one unsaved edit."""
    path = folder / f"kaart-{n}.regiokaart"
    regiokaart.save(with_positions(generate_map(n, seed=42)), path)
    window = MainWindow()
    window.files.show_problems = lambda *_args: None  # a generated map: no dialog
    window.show()
    window.files.open_path(path, ask=False)
    window.editor.set_info({"naam": f"Bank {n}"})
    spin(500)
    window.files.safety.idle.stop()
    return window


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def measure(window: MainWindow, repeat: int = 3) -> tuple[float, float, float, float]:
    """(before, after, write, max gap) in ms, each the best of ``repeat``."""
    guard = window.files.safety
    before, after, write, gap = [], [], [], []
    for round_ in range(repeat):
        window.editor.set_info({"naam": f"Voor {round_}"})
        start = time.perf_counter()
        assert guard.autosave(background=False)
        before.append(time.perf_counter() - start)
        window.editor.set_info({"naam": f"Na {round_}"})
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda t=ticks: t.append(time.perf_counter()))
        start = time.perf_counter()
        assert guard.autosave()
        after.append(time.perf_counter() - start)
        timer.start()
        while guard.writing:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        write.append(time.perf_counter() - start)
        timer.stop()
        points = [start, *ticks, time.perf_counter()]
        gap.append(max(b - a for a, b in itertools.pairwise(points)))
    best = [min(values) * 1000 for values in (before, after, write, gap)]
    return best[0], best[1], best[2], best[3]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-autosave-"))
    safety.recovery_dir = lambda: folder / "herstel"  # never the user's own folder
    print(f"{'parties':>8} {'before (GUI)':>13} {'after (GUI)':>12} {'write (worker)':>15} "
          f"{'max gap':>9}")
    for n in (1000, 5000):
        window = open_big(n, folder)
        before, after, write, gap = measure(window)
        print(f"{n:>8} {before:>11.1f}ms {after:>10.2f}ms {write:>13.1f}ms {gap:>7.1f}ms")
        window.files.safety.close()
    del app


if __name__ == "__main__":
    main()
