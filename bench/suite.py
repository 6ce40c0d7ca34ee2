"""``python -m bench``: the app's speed at every map size, beside floors and peers of the same run.

    .venv/bin/python -m bench                      # empty, 50, 300, 1,000, 5,000, 20,000 parties
    .venv/bin/python -m bench --quick              # empty, 50, 300 (a minute or two)
    .venv/bin/python -m bench --sizes 1000 5000 --json > run.json
    .venv/bin/python -m bench --table-from run.json

Per size it generates a map (``bench/maps.py``) and measures:

* whole processes (``bench/startup.py``): ``stakeholders --smoke MAP`` to the
  settled window, interleaved with the floor, a bare PySide6 window doing the
  same show-and-settle; medians of several runs; peak memory;
* in the app (``bench/probe.py``, one process per size): open, check, search,
  edit, drag frames, export and auto_layout, beside ``json.load`` of the same
  file, Graphviz ``sfdp`` (skipped with a note when it is not installed) and
  matplotlib drawing the same page (``pip install -e ".[bench]"``).

Sizes run from small to large. A figure whose single run is estimated (from
the two sizes before, as a power law) to take longer than ``--budget``
seconds is skipped and its estimate printed, except the start-up figures
(window, open), which get one run instead; a probe still running after
``--timeout`` seconds is stopped and keeps what it had measured. Last, the
import chain until the window shows the 50-party map (``python -X importtime``).
The output is a Markdown table (as in the README's "Speed" section) or JSON.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import maps, report, startup
from bench.probe import STEPS

log = logging.getLogger("bench")

SIZES = (50, 300, 1_000, 5_000, 20_000)
#: Never skipped for an estimate (the other figures need the open window); --timeout guards.
ESSENTIAL = ("open",)
QUICK = (50, 300)


def estimate(previous: dict[int, float], parties: int) -> float | None:
    """One run's seconds at ``parties``, from earlier sizes' seconds (power law).

    The exponent comes from the two largest earlier sizes (between 1 and 3);
    with one earlier size it is taken as 2. ``None`` without earlier sizes.
    """
    known = sorted((n, s) for n, s in previous.items() if n and s and s > 0)
    if not known:
        return None
    n1, s1 = known[-1]
    exponent = 2.0
    if len(known) >= 2:
        n0, s0 = known[-2]
        exponent = min(3.0, max(1.0, math.log(s1 / s0) / math.log(n1 / n0)))
    return s1 * (parties / n1) ** exponent


def _seconds(entry: dict | None) -> float | None:
    if not entry:
        return None
    return entry.get("seconds") or entry.get("estimate")


def machine() -> str:
    """Date and machine, for the table's heading."""
    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # pragma: no cover - Qt is a dependency
        pyside = "?"
    return (f"{datetime.date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} cores, "
            f"{platform.system()} {platform.release().split('-')[0]}, Python "
            f"{platform.python_version()}, PySide6 {pyside}, offscreen 1920×1080")


class Suite:
    """Runs every size and keeps the results."""

    def __init__(self, args: argparse.Namespace, folder: Path) -> None:
        self.args = args
        self.folder = folder
        self.env = startup.environment(folder)
        self.results: dict[int, dict] = {}

    # -- whole processes ---------------------------------------------------------------------
    def windows(self, parties: int, path: Path) -> None:
        """Interleaved runs of the app and the bare window; medians and peak memory."""
        result = self.results[parties]
        runs = self.args.runs if parties <= 1_000 else max(1, min(3, self.args.runs))
        guess = estimate({n: _seconds(r.get("window")) for n, r in self.results.items()
                          if n < parties}, parties)
        if guess and guess > self.args.budget:
            runs = 1  # the start-up figure is never skipped: one run, with a time limit
        timeout = min(self.args.timeout, max(120.0, 3 * (guess or 0)))
        app, floor = [], []
        for _ in range(runs):
            floor.append(startup.time_to_window(startup.bare_command(), self.env, 60))
            app.append(startup.time_to_window(startup.app_command(path), self.env, timeout))
        result["window"] = self._summary(app)
        result["floor"] = self._summary(floor)

    @staticmethod
    def _summary(runs: list[startup.Run]) -> dict:
        good = [r for r in runs if r.seconds is not None]
        if not good:
            return {"error": runs[0].error if runs else "no run"}
        memory = [r.rss_mib for r in good if r.rss_mib is not None]
        return {"seconds": statistics.median(r.seconds for r in good), "runs": len(good),
                "min": min(r.seconds for r in good), "max": max(r.seconds for r in good),
                "rss_mib": statistics.median(memory) if memory else None}

    # -- in the app --------------------------------------------------------------------------
    def probe(self, parties: int, path: Path) -> None:
        skips: dict[str, float] = {}
        for step in STEPS:
            guess = estimate({n: _seconds((r.get("probe") or {}).get(step))
                              for n, r in self.results.items() if 0 < n < parties}, parties)
            if guess and guess > self.args.budget and step not in ESSENTIAL:
                skips[step] = guess
        out = self.folder / f"probe-{parties}.json"
        command = [sys.executable, "-m", "bench.probe", str(path), str(out),
                   "--budget", str(self.args.repeat_budget)]
        if skips:
            command += ["--skip", *skips]
        stopped = ""
        try:
            subprocess.run(command, env=self.env, cwd=startup.ROOT, timeout=self.args.timeout,
                           check=False, preexec_fn=self._limit_memory if os.name == "posix"
                           else None)
        except subprocess.TimeoutExpired:
            stopped = f"stopped after {self.args.timeout:.0f} s (--timeout)"
        figures = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        for step, guess in skips.items():
            figures[step] = {"skipped": "over the budget", "estimate": guess}
        for step in STEPS:
            if step not in figures:
                figures[step] = {"error": stopped or "the probe ended early", "stopped": True}
        self.results[parties]["probe"] = figures

    def _limit_memory(self) -> None:
        """In the probe's process: an allocation beyond the limit fails instead of swapping."""
        import resource

        limit = int(self.args.memory_limit * 1024 ** 3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    # -- all ---------------------------------------------------------------------------------
    def run(self) -> dict:
        sizes = [0, *sorted(set(self.args.sizes))]
        subprocess.run([sys.executable, "-m", "bench.maps", *map(str, sizes),
                        *(["--fresh"] if self.args.fresh_maps else [])],
                       cwd=startup.ROOT, env=self.env, check=True, stdout=subprocess.DEVNULL)
        files = {n: maps.map_file(n) for n in sizes}
        log.info("warming up (first start compiles .pyc files) …")
        startup.time_to_window(startup.bare_command(), self.env, 60)
        startup.time_to_window(startup.app_command(files[sizes[1] if len(sizes) > 1 else 0]),
                               self.env, 120)
        for n in sizes:
            log.info("%s parties …", report.size_label(n))
            self.results[n] = {"map": maps.describe(files[n])}
            self.windows(n, files[n])
            if n:
                self.probe(n, files[n])
        chain_map = files[50] if 50 in files else files[sizes[-1]]
        return {"machine": machine(), "sizes": self.results,
                "imports": startup.import_chain(chain_map, self.env)}


def print_text(outcome: dict) -> None:
    results = {int(n): r for n, r in outcome["sizes"].items()}
    lines = [f"Measured {outcome['machine']}.", ""]
    for n, r in results.items():
        if n:
            m = r["map"]
            lines.append(f"- {n:,} parties: {m['tables']} tables, {m['seats']} seats, "
                         f"{m['mandates']} mandates, {m['relations']} relations "
                         f"({m['bytes'] / 1024:,.0f} KiB)")
    lines += ["", *report.table(results), "", *report.notes(results), ""]
    imports = outcome["imports"]
    lines.append(f"Imports until the window shows the 50-party map ({imports['modules']} "
                 f"modules, {imports['total_ms']:.0f} ms of import time):")
    top = list(imports["packages_ms"].items())[:8]
    lines.append("- by package: " + ", ".join(f"{k} {v:.0f} ms" for k, v in top))
    lines.append("- slowest own modules: " + ", ".join(
        f"{k.removeprefix('stakeholders.')} {v:.0f} ms"
        for k, v in list(imports["own_modules_ms"].items())[:6]))
    for package, chain in imports["heavy_via"].items():
        lines.append(f"- {package} arrives via " + " ← ".join(chain[1:] or ["(directly)"]))
    print("\n".join(lines))


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES),
                        help="party counts (default: 50 300 1000 5000 20000)")
    parser.add_argument("--quick", action="store_true", help="only 50 and 300 parties")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--runs", type=int, default=5, help="whole-process runs per size")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="skip a figure whose one run is estimated over this (s)")
    parser.add_argument("--repeat-budget", type=float, default=20.0,
                        help="no further run of a figure after this many seconds")
    parser.add_argument("--timeout", type=float, default=900.0,
                        help="stop a size's in-app probe after this many seconds")
    parser.add_argument("--memory-limit", type=float, default=12.0,
                        help="address-space limit of a probe, GiB (Linux, macOS)")
    parser.add_argument("--fresh-maps", action="store_true", help="regenerate the map files")
    parser.add_argument("--table-from", type=Path, metavar="JSON",
                        help="print the table of an earlier --json run and stop")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = list(QUICK)
    if any(n <= 0 for n in args.sizes):
        parser.error("sizes are party counts above 0 (the empty window is always measured)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.table_from:
        print_text(json.loads(args.table_from.read_text(encoding="utf-8")))
        return 0
    with tempfile.TemporaryDirectory(prefix="stakeholders-bench-") as temp:
        outcome = Suite(args, Path(temp)).run()
    if args.json:
        json.dump(outcome, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print_text(outcome)
    return 0
