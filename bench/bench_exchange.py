"""Benchmark: writing and reading the formats of Gephi, yEd and Kumu at several sizes.

    .venv/bin/python bench/bench_exchange.py        # 50, 300, 1,000 and 3,000 parties

Each line gives the file size, the whole save (``save_map``) and the whole load
(``load_map``: safe XML parse, networkx, the importer's validation) of one format, next
to the peers measured in the same run: the app's own ``.regiokaart`` and ``.xlsx`` and
networkx's plain reader of the same file (``nx.read_graphml`` / ``nx.read_gexf``, no
safety, no validation), the floor of what a graph format costs.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate_map
from bench.timing import fastest as timed
from stakeholders.io.formats import load_map, save_map
from stakeholders.rules.catalogue import known_rule_ids

SUFFIXES = (".regiokaart", ".xlsx", ".graphml", ".gexf", ".kumu.json", ".kumu.xlsx")
FLOORS: dict[str, Callable[[Path], object]] = {".graphml": nx.read_graphml,
                                               ".gexf": nx.read_gexf}




def main() -> None:
    print(f"{'parties':>8} {'format':>11} {'size':>9} {'save':>10} {'load':>10} "
          f"{'networkx':>10}")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for n in (50, 300, 1000, 3000):
            region = generate_map(n, seed=42)
            repeat = 5 if n <= 1000 else 3
            for suffix in SUFFIXES:
                path = root / f"m{n}{suffix}"
                save_map(region, path)
                load_map(path, known_rules=known_rule_ids)  # warm caches
                save = timed(lambda p=path, r=region: save_map(r, p), repeat)
                load = timed(lambda p=path: load_map(p, known_rules=known_rule_ids), repeat)
                floor = FLOORS.get(suffix)
                plain = (f"{timed(lambda p=path, f=floor: f(p), repeat) * 1000:>7.1f} ms"
                         if floor is not None else f"{'-':>10}")
                size = path.stat().st_size / 1024
                print(f"{n:>8} {suffix:>11} {size:>6.0f} kB {save * 1000:>7.1f} ms "
                      f"{load * 1000:>7.1f} ms {plain}")


if __name__ == "__main__":
    main()
