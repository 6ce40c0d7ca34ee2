"""Benchmark: full rule check and re-check after one edit, on generated maps.

    .venv/bin/python bench/bench_rules.py          # 50, 500, 5,000 and 20,000 parties

Targets (issue 3): <= 50 ms for a full check of 5,000 parties, growing linearly;
<= 5 ms to re-check after one edit on a 500-party map. Note: R-JR-01/R-BW-01 list
every missing gemeente by name, and in these generated maps both the number of
jeugdregio tables and of gemeenten grow with N, so the message text (not the
check) grows faster than linearly at 20,000.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate_map
from bench.timing import median as timed
from stakeholders.model import edits
from stakeholders.model.entities import Seat
from stakeholders.model.ops import apply_to, invert
from stakeholders.rules.engine import check_map


def main() -> None:
    print(f"{'parties':>8} {'tables':>7} {'seats':>7} {'mandates':>9} {'flags':>6} "
          f"{'full check':>11} {'per party':>10}")
    for n in (50, 500, 5000, 20000):
        region = generate_map(n, seed=1)
        flags = check_map(region)
        repeat = 15 if n <= 5000 else 3
        seconds = timed(lambda region=region: check_map(region), repeat)
        print(f"{n:>8} {len(region.tables):>7} {len(region.seats):>7} "
              f"{len(region.mandates):>9} {len(flags):>6} {seconds * 1000:>8.1f} ms "
              f"{seconds / n * 1e6:>7.1f} µs")

    region = generate_map(500, seed=1)
    party = next(p for p in region.parties if not any(s.partij == p.id and s.tafel ==
                                                      region.tables[0].id for s in region.seats))
    ops = edits.add_seat(region, Seat(region.tables[0].id, party.id))

    def edit_and_check() -> None:
        for op in ops:
            apply_to(region, op)
        check_map(region)
        for op in invert(ops):
            apply_to(region, op)

    seconds = timed(edit_and_check, 30)
    print(f"\nre-check after one edit (add a seat), 500 parties: {seconds * 1000:.2f} ms "
          "(edit + full check + undo)")


if __name__ == "__main__":
    main()
