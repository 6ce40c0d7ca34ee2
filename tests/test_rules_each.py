"""Every checkable rule of ``rules.md`` v2 §7, one by one.

For each of the 50 checkable rules ``rule_cases.py`` holds a :class:`Case`: a
small map that raises the rule on one subject (with the exact messages that
``rules.md`` prescribes), and a minimally different map that does not. Three
parametrized tests run on every case: it raises (level, basis, theme, subject
kind, messages and the JSON record as §4 and §6 say), it clears, and a Keuzes
row (on the subject, and on ``kaart``) waives it. The waiver semantics of §5
follow. The subtle definitions of §2 are tested in ``test_rules_terms.py``,
``test_rules_details.py`` and the files per new rule.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from rule_cases import BY_RULE, CASES, IDS, Case
from rulemaps import (
    KEUZES,
    add,
    build,
    choices,
    find,
    fired,
    flags_of,
    sheet,
    the_flag,
)
from rules_summary import BY_ID, NOT_CHECKABLE, SUMMARY

from stakeholders.rules.catalogue import default_catalogue
from stakeholders.rules.engine import check_map, unused_waivers

ROOT = Path(__file__).resolve().parent.parent
RECORD_FIELDS = {"rule", "level", "basis", "thema", "subject", "subject_kind", "message_nl",
                 "message_en", "fix_nl", "source", "waived"}
WAIVER_FIELDS = {"waiver_reason", "waiver_date", "waiver_by"}


def test_every_checkable_rule_has_a_case():
    with (ROOT / "resources" / "table-kinds.csv").open(encoding="utf-8", newline="") as handle:
        table_rules = {r for row in csv.DictReader(handle) for r in row["rules"].split()}
    map_rules = {row.rule for row in SUMMARY if row.applies_to == ("map",)}
    checkable = (table_rules | map_rules) - set(NOT_CHECKABLE)
    assert map_rules == {"R-IZA-11", "R-HINT-ZZP", "R-MND-01"}
    assert len(CASES) == len(BY_RULE) == 50
    assert set(BY_RULE) == checkable


def test_the_cases_follow_the_summary_of_section_6():
    for c in CASES:
        assert c.level == BY_ID[c.rule].level, c.rule
        assert c.subject_kind == BY_ID[c.rule].subject, c.rule


# -- the three tests per rule --------------------------------------------------------------
@pytest.mark.parametrize("c", CASES, ids=IDS)
def test_rule_raises(c: Case):
    flag = the_flag(c.raising, c.rule, c.subject)
    row = BY_ID[c.rule]
    assert (flag.level, flag.basis, flag.thema) == (c.level, row.basis, row.thema)
    assert flag.subject_kind == c.subject_kind
    assert flag.message_nl == c.nl
    assert flag.message_en == c.en
    rule = default_catalogue().lookup(c.rule)
    assert rule is not None
    assert (flag.fix_nl, flag.source) == (rule.fix_nl, rule.source)  # checked against rules.md
    assert flag.waived is False
    record = flag.as_dict()
    assert set(record) == RECORD_FIELDS
    assert record == {
        "rule": c.rule, "level": c.level, "basis": row.basis, "thema": row.thema,
        "subject": c.subject, "subject_kind": c.subject_kind, "message_nl": c.nl,
        "message_en": c.en, "fix_nl": rule.fix_nl, "source": rule.source, "waived": False,
    }


@pytest.mark.parametrize("c", CASES, ids=IDS)
def test_rule_does_not_raise_after_a_minimal_change(c: Case):
    assert c.raising != c.clearing
    assert not fired(c.clearing, c.rule, c.subject), c.why


@pytest.mark.parametrize("onderwerp", ["subject", "kaart"])
@pytest.mark.parametrize("c", CASES, ids=IDS)
def test_rule_waived_by_a_keuzes_row(c: Case, onderwerp: str):
    target = c.subject.lower() if onderwerp == "subject" else "kaart"
    rule = c.rule if onderwerp == "subject" else c.rule.lower()
    waived_sheets = {**c.raising, "Keuzes": sheet(
        KEUZES, f"{rule};{target};Bewust lokaal belegd;2024-02-15;Stuurgroep Kust")}
    plain = the_flag(c.raising, c.rule, c.subject)
    flag = the_flag(waived_sheets, c.rule, c.subject)
    assert flag.waived is True
    assert flag.waiver_reason == "Bewust lokaal belegd"
    assert flag.waiver_date == date(2024, 2, 15)
    assert flag.waiver_by == "Stuurgroep Kust"
    assert (flag.level, flag.message_nl, flag.message_en) == (
        plain.level, plain.message_nl, plain.message_en)
    record = flag.as_dict()
    assert set(record) == RECORD_FIELDS | WAIVER_FIELDS
    assert record["waived"] is True
    assert record["waiver_reason"] == "Bewust lokaal belegd"
    assert record["waiver_date"] == "2024-02-15"
    assert record["waiver_by"] == "Stuurgroep Kust"
    plain_record = plain.as_dict()
    assert plain_record["waived"] is False
    assert not WAIVER_FIELDS & set(plain_record)
    assert {k: v for k, v in record.items() if not k.startswith("waive")} == {
        k: v for k, v in plain_record.items() if not k.startswith("waive")}


# -- waivers (rules.md §5) -------------------------------------------------------------------
def test_subject_row_wins_over_kaart_row_and_other_subjects_stay_open():
    c = BY_RULE["R-GOV-11"]
    two = add(c.raising, "Tafels", "T2;Zorgtafel Ouderen;zorgtafel;")
    flags = flags_of({**two, "Keuzes": choices(
        "R-GOV-11;KAART;Regio kiest bewust;2024-01-01;Regiegroep",
        "R-GOV-11;T1;Voorzitter roteert;2024-02-01;Bestuur")})
    t1, t2 = find(flags, "R-GOV-11", "T1"), find(flags, "R-GOV-11", "T2")
    assert t1 is not None and t2 is not None
    assert (t1.waiver_reason, t1.waiver_date, t1.waiver_by) == (
        "Voorzitter roteert", date(2024, 2, 1), "Bestuur")
    assert (t2.waiver_reason, t2.waiver_by) == ("Regio kiest bewust", "Regiegroep")


def test_a_kaart_row_waives_a_rule_on_tables_and_parties_alike():
    c = BY_RULE["R-MND-01"]
    two = add(add(c.raising, "Partijen", "P3;Gemeente Duinwijk;gemeente;;"), "Mandaten",
              "P3;P2;;2023-12-31")
    flags = flags_of({**two, "Keuzes": choices("R-MND-01;kaart;wordt verlengd;;")})
    assert [(f.subject, f.waived) for f in flags if f.rule == "R-MND-01"] == [
        ("P1", True), ("P3", True)]


def test_waiver_for_another_subject_or_rule_does_not_waive():
    c = BY_RULE["R-GOV-11"]
    two = add(c.raising, "Tafels", "T2;Zorgtafel Ouderen;zorgtafel;")
    flags = flags_of({**two, "Keuzes": choices("R-GOV-11;T2;reden;;", "R-GOV-12;T1;reden;;")})
    assert find(flags, "R-GOV-11", "T1").waived is False  # type: ignore[union-attr]
    assert find(flags, "R-GOV-11", "T2").waived is True  # type: ignore[union-attr]


def test_waiver_rows_that_match_no_flag_are_listed_as_unused():
    c = BY_RULE["R-GOV-11"]
    sheets = {**c.clearing, "Keuzes": choices("R-GOV-11;T1;reden;;", "R-GOV-12;kaart;reden;;",
                                              "R-GOV-01;kaart;reden;;", "R-IZA-11;kaart;reden;;")}
    reg = build(sheets)
    flags = check_map(reg)
    assert find(flags, "R-GOV-12", "T1") is not None
    assert find(flags, "R-GOV-01", "T1") is not None
    unused = unused_waivers(flags, reg.waivers)
    assert [(w.regel, w.onderwerp) for w in unused] == [("R-GOV-11", "T1"), ("R-IZA-11", "kaart")]


def test_a_waiver_never_creates_or_removes_a_flag():
    c = BY_RULE["R-GOV-11"]
    keuze = choices("R-GOV-11;T1;reden;;", "R-GOV-12;kaart;reden;;")
    assert not fired({**c.clearing, "Keuzes": keuze}, "R-GOV-11", "T1")
    before = {(f.rule, f.subject, f.level) for f in flags_of(c.raising)}
    after = {(f.rule, f.subject, f.level) for f in flags_of({**c.raising, "Keuzes": keuze})}
    assert before == after


def test_every_flag_record_carries_basis_and_thema_of_section_6():
    """All flags of all raising maps (not only the rule under test) carry §6's basis and theme."""
    seen = set()
    for c in CASES:
        for flag in flags_of(c.raising):
            record = flag.as_dict()
            row = BY_ID[flag.rule]
            assert (record["level"], record["basis"], record["thema"]) == (
                row.level, row.basis, row.thema), flag.rule
            assert record["subject_kind"] == row.subject, flag.rule
            seen.add(flag.rule)
    assert len(seen) == 50
