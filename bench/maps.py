"""The map files ``python -m bench`` opens: generated regions saved as ``.regiokaart``.

A map of N parties comes from :func:`bench.generate.generate_map` (tables,
seats, mandates and relations in the proportions of real maps) with the
positions a user's saved file would have: the app's own first drawing
(:func:`stakeholders.placement.with_positions`, i.e. ``auto_layout``) up to
:data:`AUTO_LAYOUT_UP_TO` parties; above that ``force_directed`` (the engine
under ``auto_layout``), because ``auto_layout`` itself takes minutes there (the
bench's layout row says how long). Size 0 is an empty map (the empty window).

Files are cached in ``bench/out/maps`` under a key of the generator's and the
file format's source, the size and the seed, so a second run does not lay out
20,000 parties again; ``--fresh-maps`` (or deleting the folder) regenerates them.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "out" / "maps"
#: Larger maps get their positions from ``force_directed`` instead of ``auto_layout``.
AUTO_LAYOUT_UP_TO = 5_000
SEED = 42

log = logging.getLogger(__name__)


def _key(parties: int, seed: int) -> str:
    digest = hashlib.sha256(f"{parties}:{seed}:{AUTO_LAYOUT_UP_TO}".encode())
    for source in (ROOT / "bench" / "generate.py", ROOT / "stakeholders" / "io" / "regiokaart.py"):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def positioned(parties: int, seed: int = SEED):
    """The generated map of ``parties`` parties with every item placed."""
    from bench.generate import generate_map
    from stakeholders.model.regionmap import RegionMap

    if parties == 0:
        return RegionMap()
    region = generate_map(parties, seed)
    if parties <= AUTO_LAYOUT_UP_TO:
        from stakeholders.placement import with_positions

        return with_positions(region)
    from stakeholders.layout import force_directed

    at = force_directed(region)
    return replace(region,
                   parties=[replace(p, pos=at.get(p.uid, p.pos)) for p in region.parties],
                   tables=[replace(t, pos=at.get(t.uid, t.pos)) for t in region.tables])


def map_file(parties: int, *, seed: int = SEED, folder: Path = CACHE,
             fresh: bool = False) -> Path:
    """The ``.regiokaart`` of the generated map of ``parties`` parties (made when missing)."""
    from stakeholders.io import regiokaart

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"parties-{parties}-{_key(parties, seed)}.regiokaart"
    if fresh or not path.exists():
        log.info("generating the map of %d parties (positions %s) …", parties,
                 "auto_layout" if parties <= AUTO_LAYOUT_UP_TO else "force_directed")
        regiokaart.save(positioned(parties, seed), path)
    return path


SECTIONS = {"parties": "partijen", "tables": "tafels", "seats": "zetels",
            "mandates": "mandaten", "relations": "relaties"}


def describe(path: Path) -> dict[str, int]:
    """Counts of a map file: parties, tables, seats, mandates, relations (and its size)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    counts = {name: len(data.get(section) or []) for name, section in SECTIONS.items()}
    counts["bytes"] = path.stat().st_size
    return counts


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.maps N …``: make the map files (the suite runs this in a process of
    its own, so laying out 5,000 parties does not make the suite itself large)."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for parties in args.sizes:
        print(map_file(parties, fresh=args.fresh))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
