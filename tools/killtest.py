"""Kill -9 during saves of a 5,000-party map, in each format, repeatedly; count losses.

    PYTHONPATH=. .venv/bin/python tools/killtest.py --rounds 40

For each format (``.regiokaart``, ``.xlsx``, CSV folder) a child process saves two
versions of a generated 5,000-party map over the same target, alternately and without
end; the parent kills it with SIGKILL at a random moment and then opens the target as a
user would. Every result must load and equal the old or the new version (a CSV folder
stopped between its two renames counts when the complete new version is offered, as the
window does, and put in place). Prints kills, whole results, recovered swaps, losses and
the temporary files left for the next save to clean; exits 1 on any loss.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate_map  # noqa: E402
from stakeholders.io import atomic, regiokaart  # noqa: E402
from stakeholders.io.formats import load_map, save_map  # noqa: E402
from stakeholders.io.problems import MapLoadError  # noqa: E402
from stakeholders.placement import with_positions  # noqa: E402
from stakeholders.rules.catalogue import known_rule_ids  # noqa: E402

FORMATS = {"regiokaart": "kaart.regiokaart", "xlsx": "kaart.xlsx", "csv-map": "kaart/"}

_CHILD = """
import sys
from pathlib import Path
from stakeholders.io import regiokaart
from stakeholders.io.formats import save_map
from stakeholders.rules.catalogue import known_rule_ids
versions = [regiokaart.load(Path(p), known_rules=known_rule_ids).map for p in sys.argv[2:4]]
print("klaar", flush=True)
turn = 0
while True:
    save_map(versions[turn % 2], sys.argv[1])
    turn += 1
"""


def versions(folder: Path) -> list[Path]:
    """Two versions of a 5,000-party map as .regiokaart files (the second renamed and
    with one party changed)."""
    old = with_positions(generate_map(5000, seed=7))
    new = with_positions(generate_map(5000, seed=7))
    new.info = type(new.info)(**{**new.info.__dict__, "naam": "Nieuwe versie"})
    new.parties[0] = type(new.parties[0])(**{**new.parties[0].__dict__, "naam": "Gewijzigd"})
    paths = [folder / "oud.regiokaart", folder / "nieuw.regiokaart"]
    regiokaart.save(old, paths[0])
    regiokaart.save(new, paths[1])
    return paths


def expected(folder: Path, sources: list[Path], target_name: str) -> list:
    """The two versions as they load back from the target's format."""
    out = []
    for number, source in enumerate(sources):
        region = regiokaart.load(source, known_rules=known_rule_ids).map
        target = folder / f"verwacht{number}-{target_name}"
        save_map(region, str(target) + ("/" if target_name.endswith("/") else ""))
        out.append(load_map(target, known_rules=known_rule_ids).map)
    return out


def one_kill(rng: random.Random, target: str, sources: list[Path], wait: float) -> str:
    """Start a saving child and kill it; ``""``, or what went wrong before the kill."""
    child = subprocess.Popen([sys.executable, "-c", _CHILD, target, *map(str, sources)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None and child.stderr is not None
    ready = child.stdout.readline()  # loaded both versions: from now on it only saves
    time.sleep(rng.uniform(0, wait))
    child.send_signal(signal.SIGKILL)
    child.wait()
    if ready.strip() != "klaar" or child.returncode != -signal.SIGKILL:
        return f"het opslaan stopte zelf (exit {child.returncode}): {child.stderr.read()[-300:]}"
    return ""


def check(target: Path, wanted: list) -> str:
    """``heel``, ``hersteld`` (a stopped swap put in place) or ``verloren``/``gemengd``."""
    recovered = False
    try:
        region = load_map(target, known_rules=known_rule_ids).map
    except MapLoadError as exc:
        if [e.code for e in exc.errors] != ["E-FILE-INTERRUPTED"] or \
                not atomic.finish_swap(target):
            return "verloren: " + exc.errors[0].text()[:120]
        recovered = True
        region = load_map(target, known_rules=known_rule_ids).map
    if region not in wanted:
        return "gemengd"
    return "hersteld" if recovered else "heel"


def save_seconds(target: str, source: Path) -> float:
    region = regiokaart.load(source, known_rules=known_rule_ids).map
    start = time.perf_counter()
    save_map(region, target)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40, help="kills per format")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sources = versions(folder)
        print(f"kill -9 tijdens opslaan van een kaart met 5000 partijen, {args.rounds} keer "
              f"per formaat")
        print(f"{'formaat':<11} {'opslaan s':>9} {'kills':>6} {'heel':>5} {'hersteld':>9} "
              f"{'verloren':>9} {'tijdelijk':>10}")
        for kind, target_name in FORMATS.items():
            wanted = expected(folder, sources, target_name)
            target_dir = folder / kind
            target_dir.mkdir()
            target = str(target_dir / target_name.rstrip("/")) + \
                ("/" if target_name.endswith("/") else "")
            seconds = save_seconds(target, sources[0])
            counts = {"heel": 0, "hersteld": 0, "verloren": 0}
            for _round in range(args.rounds):
                outcome = one_kill(rng, target, sources, wait=2.5 * seconds) or \
                    check(Path(target), wanted)
                if outcome in counts:
                    counts[outcome] += 1
                else:
                    counts["verloren"] += 1
                    print(f"  {kind}: {outcome}")
            left = len([p for p in target_dir.iterdir() if p.name.startswith(".")
                        and not p.name.startswith(".~lock")])
            failures += counts["verloren"]
            print(f"{kind:<11} {seconds:>9.2f} {args.rounds:>6} {counts['heel']:>5} "
                  f"{counts['hersteld']:>9} {counts['verloren']:>9} {left:>10}")
    print(f"verloren of gemengd: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
