"""The bundle's start time against the source install's, and its size (run by ``.ci/bundle``).

    .venv/bin/python -m bench.bundle dist/stakeholders/stakeholders [--runs 5] [--max-ratio 3]

Whole-process runs, interleaved, of ``python -m stakeholders --smoke MAP`` (the
source install) and ``BUNDLE --smoke MAP`` to the settled window
(``bench/startup.py``), on the empty map and on the Kustmarken example; medians.
Prints one Markdown row per map, then the bundle's size. Exit 1 when the bundle
takes more than ``--max-ratio`` times as long as the source install on any map.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
from pathlib import Path

from bench import maps, startup

log = logging.getLogger("bench.bundle")


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under ``folder``."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def median_seconds(runs: list[startup.Run]) -> float:
    good = [r.seconds for r in runs if r.seconds is not None]
    if not good:
        raise SystemExit(f"no run showed a window: {runs[0].error if runs else ''}")
    return statistics.median(good)


def compare(bundle: Path, runs: int, env: dict[str, str]) -> list[tuple[str, float, float]]:
    """(map, source seconds, bundle seconds) for the empty map and the example."""
    example = startup.ROOT / "examples" / "kustmarken.regiokaart"
    rows = []
    for name, path in (("empty map", maps.map_file(0)), ("Kustmarken (49 parties)", example)):
        source, bundled = [], []
        for command in (startup.app_command(path), startup.app_command(path, [str(bundle)])):
            startup.time_to_window(command, env, 120)  # warm-up: .pyc files, disk cache
        for _ in range(runs):
            source.append(startup.time_to_window(startup.app_command(path), env, 120))
            bundled.append(startup.time_to_window(startup.app_command(path, [str(bundle)]),
                                                  env, 120))
        rows.append((name, median_seconds(source), median_seconds(bundled)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle's executable")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--max-ratio", type=float, default=3.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    with tempfile.TemporaryDirectory(prefix="stakeholders-bundle-") as temp:
        rows = compare(args.bundle.resolve(), args.runs, startup.environment(Path(temp)))
    log.info("| map | source install | bundle | bundle ÷ source |")
    log.info("|---|---:|---:|---:|")
    worst = 0.0
    for name, source, bundled in rows:
        ratio = bundled / source
        worst = max(worst, ratio)
        log.info("| %s | %.2f s | %.2f s | %.1f× |", name, source, bundled, ratio)
    size, files = folder_size(args.bundle.resolve().parent)
    log.info("\nbundle: %s, %.0f MB in %d files", args.bundle.parent, size / 1e6, files)
    if worst > args.max_ratio:
        log.info("the bundle starts %.1f× slower than the source install (limit %.1f×)",
                 worst, args.max_ratio)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
