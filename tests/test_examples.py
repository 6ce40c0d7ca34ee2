"""Every bundled example loads, round-trips unchanged, checks as its oracle says, and exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stakeholders.export.overview import export_overview
from stakeholders.io import regiokaart
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.rows import sheet_rows
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.engine import check_map

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MAPS = sorted(EXAMPLES.glob("*.regiokaart"))
ORACLES = {
    "kustmarken": Path(__file__).resolve().parent / "data" / "kustmarken.expected.json",
    "rivierenland": EXAMPLES / "rivierenland.expected.json",
}


def test_there_are_at_least_two_differently_shaped_examples():
    assert {p.stem for p in MAPS} >= {"kustmarken", "rivierenland"}
    kinds = [{t.soort for t in load_map(p, known_rules=known_rule_ids).map.tables} for p in MAPS]
    assert kinds[0] != kinds[1]


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_example_loads_without_warnings_except_intended_ones(path):
    result = load_map(path, known_rules=known_rule_ids)
    assert {w.code for w in result.warnings} <= {"W-MANDATE-EXPIRED"}
    assert all(p.pos is not None for p in result.map.parties)  # arranged, not piled up
    assert all(t.pos is not None for t in result.map.tables)


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_example_flags_match_the_oracle(path):
    oracle = json.loads(ORACLES[path.stem].read_text(encoding="utf-8"))
    flags = check_map(load_map(path, known_rules=known_rule_ids).map)
    assert {(f.rule, f.subject, f.waived) for f in flags} == {
        (e["rule"], e["subject"], e["waived"]) for e in oracle}


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_example_survives_save_and_conversions_unchanged(path, tmp_path):
    original = load_map(path, known_rules=known_rule_ids).map
    saved = tmp_path / "again.regiokaart"
    regiokaart.save(original, saved)
    assert saved.read_bytes() == path.read_bytes()  # stable, diff-friendly text
    assert load_map(saved, known_rules=known_rule_ids).map == original
    save_map(original, tmp_path / "m.xlsx")
    xlsx = load_map(tmp_path / "m.xlsx", known_rules=known_rule_ids).map
    save_map(xlsx, str(tmp_path / "csv") + "/")
    back = load_map(tmp_path / "csv", known_rules=known_rule_ids).map
    assert sheet_rows(back) == sheet_rows(original)
    assert back == original.without_layout()
    assert [f.as_dict() for f in check_map(back)] == [f.as_dict() for f in check_map(original)]


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
@pytest.mark.parametrize("suffix", ["pdf", "png", "svg"])
def test_example_exports(qapp, path, suffix, tmp_path):
    out = tmp_path / f"page.{suffix}"
    export_overview(load_map(path, known_rules=known_rule_ids).map, out)
    assert out.stat().st_size > 10_000


def test_the_rivierenland_csv_folder_is_the_regiokaart_without_layout():
    folder = load_map(EXAMPLES / "rivierenland", known_rules=known_rule_ids).map
    native = load_map(EXAMPLES / "rivierenland.regiokaart", known_rules=known_rule_ids).map
    assert native.without_layout() == folder


def test_the_spreadsheet_example_is_the_contract_example():
    ours = load_map(EXAMPLES / "kustmarken.xlsx", known_rules=known_rule_ids).map
    contract = Path(__file__).resolve().parent / "data" / "kustmarken.xlsx"
    theirs = load_map(contract, known_rules=known_rule_ids).map
    assert ours == theirs
    native = load_map(EXAMPLES / "kustmarken.regiokaart", known_rules=known_rule_ids).map
    assert native.without_layout() == ours
