"""The worked examples give exactly the flags their hand-derived oracles list.

Each ``*.expected.json`` was derived by hand from ``rules.md``, independently of
the engine; the comparison is on the set of (rule, subject, waived).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from stakeholders.io.formats import load_map
from stakeholders.rules.engine import check_map, unused_waivers

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"

Key = tuple[str, str, bool]


def _expected(path: Path) -> set[Key]:
    records = json.loads(path.read_text(encoding="utf-8"))
    keys = [(r["rule"], r["subject"], bool(r["waived"])) for r in records]
    assert len(keys) == len(set(keys)), f"{path.name} lists a flag twice"
    return set(keys)


def _actual(source: Path) -> set[Key]:
    flags = check_map(load_map(source).map)
    keys = [(f.rule, f.subject, f.waived) for f in flags]
    assert len(keys) == len(set(keys)), "a rule flagged one subject twice"
    return set(keys)


def _assert_same(actual: set[Key], expected: set[Key]) -> None:
    assert actual == expected, (
        f"engine only: {sorted(actual - expected)}; oracle only: {sorted(expected - actual)}"
    )


def test_kustmarken_xlsx_matches_its_oracle(kustmarken_xlsx: Path):
    _assert_same(_actual(kustmarken_xlsx), _expected(DATA / "kustmarken.expected.json"))


def test_kustmarken_csv_folder_gives_the_same_flags(kustmarken_csv: Path):
    _assert_same(_actual(kustmarken_csv), _expected(DATA / "kustmarken.expected.json"))


def test_rivierenland_matches_its_oracle():
    folder = EXAMPLES / "rivierenland"
    oracle = EXAMPLES / "rivierenland.expected.json"
    if not (folder.is_dir() and oracle.is_file()):
        pytest.skip("the Rivierenland example is not (yet) in examples/")
    _assert_same(_actual(folder), _expected(oracle))


def test_rivierenland_flags_are_deterministic_over_the_check_date():
    """Kaart has a peildatum, so the date of the check does not change any flag."""
    folder = EXAMPLES / "rivierenland"
    if not folder.is_dir():
        pytest.skip("the Rivierenland example is not (yet) in examples/")
    region = load_map(folder).map
    early = {(f.rule, f.subject, f.waived) for f in check_map(region, today=date(2000, 1, 1))}
    late = {(f.rule, f.subject, f.waived) for f in check_map(region, today=date(2099, 1, 1))}
    assert early == late


def test_rivierenland_waiver_that_matches_nothing_is_unused():
    """Its Keuzes row R-ROAZ-01 / T-R1 matches no flag (T-R1 is chaired by a trauma centre)."""
    folder = EXAMPLES / "rivierenland"
    if not folder.is_dir():
        pytest.skip("the Rivierenland example is not (yet) in examples/")
    region = load_map(folder).map
    unused = unused_waivers(check_map(region), region.waivers)
    assert [(w.regel.upper(), w.onderwerp.upper()) for w in unused] == [("R-ROAZ-01", "T-R1")]
