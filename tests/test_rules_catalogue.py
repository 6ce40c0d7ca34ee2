"""The rule catalogue (``resources/rules.toml``) agrees with the contract ``rules.md`` v2.

The scope tests compare the catalogue with the §6 summary written out in
``rules_summary.py``, so they run without the contract. The contract tests read
``rules.md`` at ``../shared/domain/`` relative to the repository root (where CI
has it; ``STAKEHOLDERS_CONTRACT_DIR`` points elsewhere) through the same parser
that ``tools/sync_rules.py`` uses, and are skipped when that folder is absent.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from builders import region
from rules_summary import BY_ID, LEVEL_COUNTS, NOT_CHECKABLE, SUMMARY

from stakeholders.rules.catalogue import LEVELS, THEMES, default_catalogue
from stakeholders.rules.engine import check_map

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import rules_contract as contract  # noqa: E402  (tools/ is not a package)

RESOURCE_KINDS = ROOT / "resources" / "table-kinds.csv"
PARTY_TYPES = ROOT / "resources" / "party-types.csv"


def _contract_text() -> str:
    if not contract.RULES_MD.is_file():
        pytest.skip(f"the contract is not in this checkout: {contract.RULES_MD} is absent "
                    "(../shared/domain relative to the repository root)")
    return contract.RULES_MD.read_text(encoding="utf-8")


def _kinds_rules(path: Path) -> dict[str, set[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: set(row["rules"].split()) for row in csv.DictReader(handle)}


# -- the catalogue against the written-out §6 -------------------------------------------
def test_catalogue_has_the_52_rules_of_the_contract_in_its_order():
    catalogue = default_catalogue()
    assert [r.id for r in catalogue.rules] == [row.rule for row in SUMMARY]
    assert len(catalogue.rules) == 52


def test_level_basis_and_theme_per_rule():
    catalogue = default_catalogue()
    actual = {r.id: (r.level, r.basis, r.thema) for r in catalogue.rules}
    assert actual == {row.rule: (row.level, row.basis, row.thema) for row in SUMMARY}


def test_level_counts_are_9_23_20():
    counts = Counter(r.level for r in default_catalogue().rules)
    assert counts == LEVEL_COUNTS
    assert sum(counts.values()) == 52


def test_levels_that_moved_to_signaal_in_version_2():
    catalogue = default_catalogue()
    for rule_id in ("R-IZA-04b", "R-PRV-05", "R-VSV-02", "R-GOV-06", "R-GOV-07"):
        assert catalogue.lookup(rule_id).level == "signaal", rule_id  # type: ignore[union-attr]


def test_applies_to_and_top_level_only_per_rule():
    for rule in default_catalogue().rules:
        row = BY_ID[rule.id]
        assert set(rule.applies_to) == set(row.applies_to), rule.id
        assert rule.top_level_only is row.top_level_only, rule.id


def test_top_level_only_is_exactly_the_gov_and_hint_table_rules():
    top = {r.id for r in default_catalogue().rules if r.top_level_only}
    expected = {r.rule for r in SUMMARY
                if r.rule.startswith(("R-GOV-", "R-HINT-")) and r.rule != "R-HINT-ZZP"}
    assert top == expected
    assert len(top) == 22


def test_subject_kind_per_rule():
    catalogue = default_catalogue()
    for rule in catalogue.rules:
        assert rule.subject == BY_ID[rule.id].subject, rule.id
    assert catalogue.lookup("R-IZA-11").subject == "kaart"  # type: ignore[union-attr]
    assert {r.id for r in catalogue.rules if r.subject == "partij"} == {"R-HINT-ZZP", "R-MND-01"}


def test_only_r_iza_10_and_r_gov_10_are_not_checkable():
    catalogue = default_catalogue()
    assert [r.id for r in catalogue.not_checkable()] == list(NOT_CHECKABLE)
    for rule in catalogue.rules:
        assert rule.checkable == BY_ID[rule.id].checkable, rule.id


def test_every_rule_with_variants_names_them_a_b():
    with_variants = {r.id: [v.key for v in r.variants] for r in default_catalogue().rules
                     if r.variants}
    assert with_variants == {"R-IZA-02": ["a", "b"], "R-IZA-12": ["a", "b"],
                             "R-AGGZ-01": ["a", "b"], "R-JR-01": ["a", "b"],
                             "R-BW-01": ["a", "b"], "R-GOV-09": ["a", "b"],
                             "R-MND-01": ["a", "b"]}


def test_labels_of_levels_bases_and_themes():
    vocabulary = default_catalogue().vocabulary
    assert [vocabulary.level(level) for level in LEVELS] == ["Vereist", "Aanbevolen", "Signaal"]
    assert list(vocabulary.themes) == list(THEMES)
    assert THEMES == ("samenstelling", "regie", "governance", "mandaten", "samenhang")
    assert vocabulary.level_and_basis("vereist", "wet") == "Vereist · wet"
    assert vocabulary.level_and_basis("aanbevolen", "advies") == "Aanbevolen · advies"
    assert vocabulary.level_and_basis("signaal", "app") == "Signaal · werkwijze"


@pytest.mark.parametrize("where", ["resources", "contract"])
def test_applies_to_equals_the_rules_column_of_table_kinds(where: str):
    path = RESOURCE_KINDS if where == "resources" else contract.CONTRACT_DIR / "table-kinds.csv"
    if not path.is_file():
        pytest.skip(f"the contract is not in this checkout: {path} is absent")
    catalogue = default_catalogue()
    per_kind = _kinds_rules(path)
    for kind, listed in per_kind.items():
        assert {r.id for r in catalogue.rules if kind in r.applies_to} == listed, kind
    for rule in catalogue.rules:
        assert set(rule.applies_to) - {"map"} <= set(per_kind), rule.id
    assert "R-IZA-12" in per_kind["iza-regiotafel"]


def test_not_checkable_rules_never_flag_even_on_an_empty_bestuurlijke_table():
    """Bare IZA and zorgtafel tables raise many rules, but never R-IZA-10 or R-GOV-10."""
    reg = region(
        Partijen="id;naam;type\nP1;Zorgverzekeraar Kust;zorgverzekeraar",
        Tafels="id;naam;soort\nT1;IZA Kust;iza-regiotafel\nT2;Zorgtafel Kust;zorgtafel",
        Zetels="tafel;partij;rol\nT1;P1;lid\nT2;P1;lid",
        Keuzes="regel;onderwerp;reden\nR-GOV-10;kaart;bewust\nR-IZA-10;T1;bewust",
        Kaart="sleutel;waarde\npeildatum;2024-03-01",
    )
    fired = {f.rule for f in check_map(reg)}
    assert {"R-GOV-11", "R-IZA-03"} <= fired  # the tables were checked
    assert not fired & set(NOT_CHECKABLE)


def test_lookup_is_case_insensitive_but_keeps_the_contract_spelling():
    rule = default_catalogue().lookup("r-iza-04B")
    assert rule is not None and rule.id == "R-IZA-04b"


# -- rules.md itself ------------------------------------------------------------------------
def test_summary_table_of_rules_md_is_the_one_written_out_here():
    rows = contract.summary(_contract_text())
    subject = {"table": "tafel", "party": "partij", "`kaart`": "kaart"}
    parsed = [
        (r["rule"], r["level"], r["basis"], r["thema"],
         {a.strip() for a in r["applies_to"].split(",")}, r["top-level only"] == "yes",
         subject[r["subject"]], r["checkable"].startswith("yes"))
        for r in rows
    ]
    assert parsed == [(r.rule, r.level, r.basis, r.thema, set(r.applies_to), r.top_level_only,
                       r.subject, r.checkable) for r in SUMMARY]


def test_the_counts_sentence_of_rules_md():
    text = _contract_text()
    match = re.search(r"Counts: (\d+) `vereist`, (\d+) `aanbevolen` and (\d+) `signaal`, "
                      r"(\d+) rules in all", text)
    assert match, "the counts sentence of §6 is missing"
    assert [int(n) for n in match.groups()] == [*LEVEL_COUNTS.values(), 52]


def test_section_7_fields_agree_with_the_catalogue():
    rules = contract.rules(_contract_text())
    catalogue = default_catalogue()
    assert list(rules) == [r.id for r in catalogue.rules]
    for rule in catalogue.rules:
        written = rules[rule.id]
        assert written.fields["level"] == rule.level, rule.id
        assert written.fields["basis"] == rule.basis, rule.id
        assert written.fields["thema"] == rule.thema, rule.id
        assert set(written.applies_to) == set(rule.applies_to), rule.id
        assert written.top_level_only is rule.top_level_only, rule.id
        assert written.checkable is rule.checkable, rule.id


def test_message_texts_variants_and_fixes_equal_rules_md_verbatim():
    rules = contract.rules(_contract_text())
    for rule in default_catalogue().rules:
        written = rules[rule.id]
        if written.variants_nl:
            assert [v.key for v in rule.variants] == list(written.variants_nl), rule.id
            for variant in rule.variants:
                assert variant.message_nl == written.variants_nl[variant.key], rule.id
                assert variant.message_en == written.variants_en[variant.key], rule.id
        else:
            assert not rule.variants, rule.id
            assert rule.message_nl == written.text("message_nl"), rule.id
            assert rule.message_en == written.text("message_en"), rule.id
        assert rule.fix_nl == written.text("fix_nl"), rule.id


def test_sources_equal_rules_md_without_markdown_code_marks():
    rules = contract.rules(_contract_text())
    for rule in default_catalogue().rules:
        assert rule.source == rules[rule.id].source, rule.id
        assert "`" not in rule.source, rule.id


def test_source_documents_have_the_titles_of_the_contract_table():
    titles = contract.source_titles(_contract_text())
    assert len(titles) == 5
    sources = default_catalogue().vocabulary.sources
    assert {f: (s.title, s.short) for f, s in sources.items()} == {
        f: (title, short) for f, title, short in titles}


def test_basis_labels_are_the_shown_as_column_of_section_1():
    levels = contract.section(_contract_text(), "## 1. Levels")
    rows = contract.table_rows(levels[levels.index("| basis |"):])
    vocabulary = default_catalogue().vocabulary
    assert {b.strip("`"): shown for b, shown, _meaning in rows} == {
        b: vocabulary.basis(b) for b in ("wet", "akkoord", "beleid", "advies", "onderzoek", "app")}


def test_fixed_placeholder_values_of_r_iza_01_are_those_of_rules_md():
    text = _contract_text()
    block = text[text.index("### R-IZA-01"):text.index("### R-IZA-02")]
    nl, en = re.search(r'it is "([^"]+)" / "([^"]+)"', block).groups()  # type: ignore[union-attr]
    rule = default_catalogue().lookup("R-IZA-01")
    assert rule is not None
    assert (rule.placeholders["partijen_leeg_nl"], rule.placeholders["partijen_leeg_en"]) == (
        nl, en)


def test_groups_match_section_3():
    text = _contract_text()
    with PARTY_TYPES.open(encoding="utf-8", newline="") as handle:
        domain_of = {row["id"]: row["domain"] for row in csv.DictReader(handle)}
    catalogue = default_catalogue()
    rows = contract.groups(text)
    assert [row[0] for row in rows] == list(catalogue.groups)
    for group_id, label_nl, label_en, types_cell in rows:
        group = catalogue.group(group_id)
        if group_id != "G-MANDAAT":  # its labels are "(see R-IZA-07)"
            assert (group.label_nl, group.label_en) == (label_nl, label_en), group_id
        if "∪" in types_cell:
            expected: set[str] = set()
            for part in types_cell.split("∪"):
                expected |= catalogue.group(part.strip()).type_set
        elif types_cell.startswith("every type of domain"):
            # "every type of domain `a`, `b` or `c`[: t1, t2, …]": the list must be complete
            head, _, listed = types_cell.partition(":")
            domains = re.findall(r"`([a-z-]+)`", head)
            expected = {t for t, d in domain_of.items() if d in domains}
            if listed:
                assert {t.strip() for t in listed.split(",")} == expected, group_id
        else:
            expected = {t.strip() for t in types_cell.split(",")}
        assert group.type_set == expected, group_id


def test_sync_rules_check_says_rules_toml_is_up_to_date():
    _contract_text()  # skips without the contract
    env = dict(os.environ, STAKEHOLDERS_CONTRACT_DIR=str(contract.CONTRACT_DIR))
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "sync_rules.py"), "--check"],
                            cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "rules.toml is up to date" in result.stdout + result.stderr
