"""The worked examples give exactly the flags their hand-derived oracles list.

Each ``*.expected.json`` was derived by hand from ``rules.md`` (version 2),
independently of the engine; the comparison is on the set of (rule, subject,
waived). ``examples/rivierenland.md`` gives the derivation for Rivierenland.
Kustmarken's oracle is the contract's own, unchanged by version 2.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from stakeholders.io.formats import load_map
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.engine import check_map, unused_waivers
from stakeholders.rules.findings import group_findings, open_findings

ROOT_TOOLS = Path(__file__).resolve().parent.parent / "tools"
sys.path.insert(0, str(ROOT_TOOLS))
import rules_contract as contract  # noqa: E402  (tools/ is not a package)

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
    flags = check_map(load_map(source, known_rules=known_rule_ids).map)
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
    region = load_map(folder, known_rules=known_rule_ids).map
    early = {(f.rule, f.subject, f.waived) for f in check_map(region, today=date(2000, 1, 1))}
    late = {(f.rule, f.subject, f.waived) for f in check_map(region, today=date(2099, 1, 1))}
    assert early == late


def test_rivierenland_waiver_that_matches_nothing_is_unused():
    """Its Keuzes row R-ROAZ-01 / T-R1 matches no flag (T-R1 is chaired by a trauma centre)."""
    folder = EXAMPLES / "rivierenland"
    if not folder.is_dir():
        pytest.skip("the Rivierenland example is not (yet) in examples/")
    region = load_map(folder, known_rules=known_rule_ids).map
    unused = unused_waivers(check_map(region), region.waivers)
    assert [(w.regel.upper(), w.onderwerp.upper()) for w in unused] == [("R-ROAZ-01", "T-R1")]


def test_kustmarken_oracle_is_the_contracts_copy():
    theirs = contract.CONTRACT_DIR / "examples" / "kustmarken.expected.json"
    if not theirs.is_file():
        pytest.skip(f"the contract is not in this checkout: {theirs} is absent")
    ours = DATA / "kustmarken.expected.json"
    assert json.loads(ours.read_text(encoding="utf-8")) == json.loads(
        theirs.read_text(encoding="utf-8"))


def _rivierenland_flags():
    folder = EXAMPLES / "rivierenland"
    if not folder.is_dir():
        pytest.skip("the Rivierenland example is not (yet) in examples/")
    return check_map(load_map(folder, known_rules=known_rule_ids).map)


def test_rivierenland_sub_tables_repeat_no_gaps_of_their_parent():
    """T-R6 is a zorgtafel below the zorgtafel T-R4: no R-GOV-*/R-HINT-* rule runs on it; and
    the parties at T-R5 and T-R6 are involved at T-R4 for its R-HINT-* rules."""
    flags = _rivierenland_flags()
    assert not [f for f in flags if f.subject in ("T-R5", "T-R6")]
    on_t_r4 = {f.rule for f in flags if f.subject == "T-R4"}
    assert on_t_r4 == {"R-GOV-02", "R-HINT-REVALIDATIE"}


def test_rivierenland_messages_of_the_version_2_rules():
    flags = {(f.rule, f.subject): f for f in _rivierenland_flags()}
    assert flags["R-JR-01", "T-R9"].message_nl == (
        "Niet alle gemeenten van het werkgebied doen mee aan Jeugdregio Zuid: Gemeente Rietweerd "
        "ontbreken.")
    assert flags["R-MND-01", "R01"].message_nl == (
        "Mandaat van Zorgverzekeraar De Waard is verlopen en telt niet meer mee: namens "
        "Zorgverzekeraar Dijkgraaf (Regionaal Overleg Acute Psychiatrie Rivierenland, tot 31 maart "
        "2025).")
    assert flags["R-MND-01", "R05"].message_nl == (
        "Mandaat van Gemeente Lingestad verloopt binnen 90 dagen: namens Gemeente Appeldijk "
        "(Preventiecoalitie Gezond Rivierenland, tot 31 juli 2025).")
    assert flags["R-MND-01", "R29"].message_nl == (
        "Mandaat van Zorggroep Maaswaarden verloopt binnen 90 dagen: namens Woonzorgcentrum Het "
        "Veerhuis (Zorgtafel Ouderenzorg Zuid, tot 1 juni 2025).")
    assert flags["R-MND-01", "R32"].message_nl == (
        "Mandaat van Kraamzorg Lingestad is verlopen en telt niet meer mee: namens alle kraamzorg "
        "(VSV Lingestad-Appeldijk, tot 31 december 2024).")
    assert flags["R-MND-01", "R32"].waived


def test_rivierenland_findings_as_its_story_lists_them():
    findings = group_findings(_rivierenland_flags())
    assert [f.key for f in findings] == [
        ("T-R1", "samenstelling"), ("T-R2", "regie"), ("T-R3", "samenstelling"),
        ("T-R3", "governance"), ("T-R4", "governance"), ("T-R4", "samenstelling"),
        ("T-R7", "mandaten"), ("T-R9", "samenstelling"), ("R01", "mandaten"),
        ("R05", "mandaten"), ("R26", "samenstelling"), ("R27", "samenstelling"),
        ("R29", "mandaten"), ("R32", "mandaten")]
    assert open_findings(findings) == 11
    assert [p.rule for p in findings[2].parts] == ["R-PRV-01", "R-PRV-05"]


def test_rivierenland_jeugdregio_without_its_werkgebied_lists_every_other_gemeente():
    region = load_map(EXAMPLES / "rivierenland", known_rules=known_rule_ids).map
    region = replace(region, tables=[replace(t, werkgebied=()) if t.id == "T-R9" else t
                                     for t in region.tables])
    [flag] = [f for f in check_map(region) if f.rule == "R-JR-01"]
    assert flag.message_nl == (
        "Niet alle gemeenten op de kaart doen mee aan Jeugdregio Zuid: Gemeente Lingestad, "
        "Gemeente Appeldijk, Gemeente Rietweerd ontbreken. Vallen zij buiten deze jeugdregio, "
        "leg dan het werkgebied van de tafel vast.")
