"""Benchmark: comparing a map with a snapshot of itself after edits, on generated maps.

    .venv/bin/python bench/bench_diff.py          # 50, 500, 5,000 parties

While the window compares with a snapshot it compares again after every edit: the map
diff (:func:`~stakeholders.model.diff.diff_maps`) and the findings compared (the snapshot's
flags are computed once; the map's come from the live check). Printed per size: the
diff alone, the diff with the findings compared, and as the floor measured in the same
run the live check itself (``check_map``), which already runs after every edit.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate_map
from bench.timing import median as timed
from stakeholders.model import snapshots
from stakeholders.model.diff import diff_maps
from stakeholders.rules.changes import Side, compare, side_flags
from stakeholders.rules.engine import check_map


def main() -> None:
    print(f"{'parties':>8} {'changes':>8} {'diff':>10} {'diff+findings':>14} "
          f"{'live check (floor)':>19}")
    for n in (50, 500, 5000):
        region = generate_map(n, seed=1)
        old = snapshots.take(region, "voor", date(2025, 1, 1)).kaart
        # every tenth party renamed, every twentieth seat removed
        region.parties = [replace(p, naam=p.naam + " *") if i % 10 == 0 else p
                          for i, p in enumerate(region.parties)]
        region.seats = [s for i, s in enumerate(region.seats) if i % 20]
        today = date(2025, 6, 1)
        base = Side("voor", old, today)
        base = replace(base, flags=side_flags(base))
        now_flags = tuple(check_map(region, today=today))
        now = Side("nu", region, today, now_flags)
        repeat = 15 if n <= 500 else 5
        count = diff_maps(old, region).count()
        diff_s = timed(lambda old=old, region=region: diff_maps(old, region), repeat)
        both_s = timed(lambda base=base, now=now: compare(base, now), repeat)
        check_s = timed(lambda region=region, today=today: check_map(region, today=today),
                        repeat)
        print(f"{n:>8} {count:>8} {diff_s * 1000:>7.1f} ms {both_s * 1000:>11.1f} ms "
              f"{check_s * 1000:>16.1f} ms")


if __name__ == "__main__":
    main()
