"""Benchmark: opening a map (reading and validating it) at several sizes, in every format.

    .venv/bin/python bench/bench_import.py          # 50, 300, 1,000 and 3,000 parties

Each line gives the whole load (``load_map``: read, recognise sheets, parse every cell by
its column's kind, cross-sheet checks, build the map) next to its floor measured in the
same run: reading the raw cells alone (``json.loads`` for ``.regiokaart``, openpyxl for
XLSX, the CSV decoder for a CSV folder). The difference is what validation costs.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate_map
from bench.timing import fastest as timed
from stakeholders.io import workbook
from stakeholders.io.formats import load_map, save_map
from stakeholders.rules.catalogue import known_rule_ids


def main() -> None:
    print(f"{'parties':>8} {'rows':>6} {'format':>11} {'load':>10} {'raw cells':>10} "
          f"{'validation':>11} {'per row':>8}")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for n in (50, 300, 1000, 3000):
            region = generate_map(n, seed=42)
            rows = (len(region.parties) + len(region.tables) + len(region.seats)
                    + len(region.mandates) + len(region.relations))
            native, xlsx, csv = root / f"m{n}.regiokaart", root / f"m{n}.xlsx", root / f"c{n}"
            save_map(region, native)
            save_map(region, xlsx)
            save_map(region, str(csv) + "/")
            floors: dict[str, tuple[Path, Callable[[], object]]] = {
                "regiokaart": (native, lambda p=native: json.loads(p.read_text("utf-8"))),
                "xlsx": (xlsx, lambda p=xlsx: workbook.read_xlsx(p)),
                "csv folder": (csv, lambda p=csv: workbook.read_csv_folder(p)),
            }
            repeat = 11 if n <= 1000 else 5
            for name, (path, floor) in floors.items():
                load_map(path, known_rules=known_rule_ids)  # warm caches (vocabularies, rules)
                whole = timed(lambda p=path: load_map(p, known_rules=known_rule_ids), repeat)
                raw = timed(floor, repeat)
                print(f"{n:>8} {rows:>6} {name:>11} {whole * 1000:>7.1f} ms {raw * 1000:>7.1f} ms"
                      f" {(whole - raw) * 1000:>8.1f} ms {(whole - raw) / rows * 1e6:>5.1f} µs")


if __name__ == "__main__":
    main()
