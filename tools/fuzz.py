"""Long fuzz run of every loader, with figures: inputs tried, loaded, refused, internal errors.

    PYTHONPATH=. .venv/bin/python tools/fuzz.py --inputs 5000 --seed 1

Each input is made by :mod:`bench.fuzz_inputs` (a mutation of the example map in one of
the five formats) and loaded in-process the way the window and the command line load it.
Every :data:`--cli-every`-th input also goes through ``stakeholders check`` in a child
process, whose exit code must be 0, 1 or 2 (never 3, an internal error) and whose output
must hold no traceback. ``--budget`` adds pathological inputs near 10 MB (a huge name, deep
nesting, a zip bomb, a CSV of long cells, a 10,000-character name without spaces), each
loaded in a child process whose time and peak memory are measured against the issue's
budget (answered in <= 10 s of CPU time and <= 1 GB; wall time is printed too, it grows
with the machine's load). Prints a table; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import random
import resource
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fuzz_inputs import EXAMPLE, KINDS, WORKBOOK, make_input, try_input  # noqa: E402

log = logging.getLogger("fuzz")
BUDGET_SECONDS = 10.0
BUDGET_MB = 1024


def run_inputs(count: int, seed: int, cli_every: int) -> tuple[collections.Counter, list, float]:
    rng = random.Random(seed)
    outcomes: collections.Counter = collections.Counter()
    failures: list[str] = []
    slowest = 0.0
    for number in range(count):
        with tempfile.TemporaryDirectory() as folder:
            kind, path = make_input(rng, Path(folder))
            start = time.perf_counter()
            try:
                outcome = try_input(kind, path)
            except Exception as exc:  # an internal error: what this script hunts for
                outcome = "interne fout"
                failures.append(f"#{number} {kind}: {type(exc).__name__}: {str(exc)[:200]}\n"
                                + "".join(traceback.format_exc(limit=-3)))
            elapsed = time.perf_counter() - start
            slowest = max(slowest, elapsed)
            if elapsed > BUDGET_SECONDS:
                failures.append(f"#{number} {kind}: {elapsed:.1f} s (budget {BUDGET_SECONDS} s)")
            outcomes[(kind, outcome)] += 1
            if cli_every and number % cli_every == 0 and kind != "regels":
                problem = _cli_check(path)
                outcomes[("cli", "fout" if problem else "goed")] += 1
                if problem:
                    failures.append(f"#{number} {kind} via check: {problem}")
    return outcomes, failures, slowest


def _cli_check(path: Path) -> str:
    run = subprocess.run([sys.executable, "-m", "stakeholders", "check", str(path)],
                         capture_output=True, text=True, timeout=60, cwd=ROOT,
                         env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                              "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    if run.returncode not in (0, 1, 2):
        return f"exit {run.returncode}: {run.stderr[-300:]}"
    if "Traceback" in run.stderr or "interne fout" in run.stderr:
        return run.stderr[-300:]
    return ""


# -- pathological inputs near 10 MB, each measured in a child process ---------------------
def budget_inputs(folder: Path) -> dict[str, Path]:
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    made: dict[str, Path] = {}

    def regiokaart(name: str, change) -> None:
        data = json.loads(json.dumps(example))
        change(data)
        made[name] = folder / f"{name}.regiokaart"
        made[name].write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    regiokaart("naam-van-10-MB", lambda d: d["partijen"][0].update(naam="W" * 10_000_000))
    regiokaart("naam-10000-tekens", lambda d: d["partijen"][0].update(naam="W" * 10_000))
    regiokaart("type-100000-tekens", lambda d: d["partijen"][0].update(type="z" * 100_000))
    regiokaart("10000-notities", lambda d: d["partijen"].extend(
        {**d["partijen"][0], "id": f"N{i}", "notities": "n" * 1000} for i in range(10_000)))
    made["nesting-10-MB"] = folder / "nesting.regiokaart"
    made["nesting-10-MB"].write_text("[" * 5_000_000 + "]" * 5_000_000, encoding="utf-8")
    made["getal-10-MB"] = folder / "getal.regiokaart"
    made["getal-10-MB"].write_text('{"formaatversie": ' + "9" * 10_000_000 + "}",
                                   encoding="utf-8")
    for name, cells in (("zip-bom-5M-cellen", 5_000_000), ("zip-bom-590k-cellen", 590_000)):
        made[name] = folder / f"{name}.xlsx"
        with zipfile.ZipFile(WORKBOOK) as source, \
                zipfile.ZipFile(made[name], "w", zipfile.ZIP_DEFLATED) as out:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename.endswith("sheet2.xml"):
                    rows = b"".join(b"<row r='%d'>" % (9 + r) + b"<c/>" * (cells // 1000)
                                    + b"</row>" for r in range(1000))
                    data = data.replace(b"</sheetData>", rows + b"</sheetData>")
                out.writestr(info.filename, data)
    made["csv-lange-cellen"] = folder / "Partijen.csv"
    made["csv-lange-cellen"].write_text(
        "id;naam;type;notities\n" + "".join(f"P{i};Partij {i};gemeente;{'x' * 30_000}\n"
                                            for i in range(330)), encoding="utf-8")
    return made


_CHILD = """
import resource, sys, time
from pathlib import Path
start, cpu = time.perf_counter(), time.process_time()
from stakeholders.io.formats import load_map
from stakeholders.io.problems import MapLoadError
from stakeholders.rules.catalogue import known_rule_ids
try:
    load_map(Path(sys.argv[1]), known_rules=known_rule_ids)
    outcome = "geladen"
except MapLoadError as exc:
    outcome = "geweigerd: " + exc.errors[0].text()[:90]
print(outcome)
print(time.perf_counter() - start, time.process_time() - cpu)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def run_budget(folder: Path) -> tuple[list[tuple[str, float, str, float, float, int]],
                                      list[str]]:
    rows, failures = [], []
    for name, path in budget_inputs(folder).items():
        size = path.stat().st_size / 1024 / 1024
        try:
            run = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True,
                                 text=True, timeout=60, cwd=ROOT,
                                 env={"PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"})
            outcome, times, peak = run.stdout.strip().splitlines()[-3:]
            seconds, cpu = map(float, times.split())
        except (subprocess.TimeoutExpired, ValueError):
            failures.append(f"{name}: no answer within 60 s")
            continue
        rows.append((name, size, outcome, seconds, cpu, int(peak)))
        if cpu > BUDGET_SECONDS or int(peak) > BUDGET_MB:
            failures.append(f"{name}: {cpu:.1f} s CPU, {peak} MB (over budget)")
    return rows, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cli-every", type=int, default=100,
                        help="also run every N-th input through `stakeholders check` (0: never)")
    parser.add_argument("--budget", action="store_true",
                        help="also measure pathological inputs near 10 MB")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    started = time.perf_counter()
    outcomes, failures, slowest = run_inputs(args.inputs, args.seed, args.cli_every)
    print(f"fuzz: {args.inputs} inputs (seed {args.seed}) in "
          f"{time.perf_counter() - started:.0f} s; slowest {slowest:.2f} s; peak memory "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    print(f"{'soort':<12} {'geladen':>8} {'geweigerd':>10} {'interne fout':>13}")
    for kind in KINDS:
        print(f"{kind:<12} {outcomes[(kind, 'geladen')]:>8} {outcomes[(kind, 'geweigerd')]:>10} "
              f"{outcomes[(kind, 'interne fout')]:>13}")
    print(f"via `stakeholders check`: {outcomes[('cli', 'goed')]} goed, "
          f"{outcomes[('cli', 'fout')]} fout (exit 3 of traceback)")
    if args.budget:
        with tempfile.TemporaryDirectory() as folder:
            rows, more = run_budget(Path(folder))
        failures += more
        print(f"\n{'pathologische invoer':<22} {'MB':>5} {'s':>6} {'s CPU':>6} "
              f"{'MB geheugen':>12}  antwoord")
        for name, size, outcome, seconds, cpu, peak in rows:
            print(f"{name:<22} {size:>5.1f} {seconds:>6.2f} {cpu:>6.2f} {peak:>12}  {outcome}")
    print(f"\nfailures: {len(failures)}")
    for failure in failures[:20]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
