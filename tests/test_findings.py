"""Findings (``rules.md`` v2 §4): the flags of one subject and one theme shown as one entry.

Grouping per (subject, theme), the display order (the map, tables in Tafels
order, parties in Partijen order; then the highest level; then the theme),
open findings (open while one part is open) and the one-line summary a chair
reads, e.g. Kustmarken's zorgtafel.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rulemaps import choices, flags_of, kaart, mandates, parties, seats, tables

from stakeholders.io.formats import load_map
from stakeholders.rules.catalogue import LEVELS, THEMES, default_catalogue, known_rule_ids
from stakeholders.rules.engine import check_map
from stakeholders.rules.findings import group_findings, headline, open_findings, summary

DATA = Path(__file__).resolve().parent / "data"
CATALOGUE = default_catalogue()


@pytest.fixture(scope="module")
def kustmarken():
    return check_map(load_map(DATA / "kustmarken.xlsx", known_rules=known_rule_ids).map)


def _finding(findings, subject: str, theme: str):
    [finding] = [f for f in findings if f.key == (subject, theme)]
    return finding


# -- grouping -----------------------------------------------------------------------------------
def test_every_flag_is_in_exactly_one_finding_of_its_subject_and_theme(kustmarken):
    findings = group_findings(kustmarken)
    assert [f.key for f in findings] == [("T-A1", "samenstelling"), ("T-A1", "regie"),
                                         ("T-A1", "governance")]
    parts = [p for f in findings for p in f.parts]
    assert sorted(p.key for p in parts) == sorted(f.key for f in kustmarken)
    for finding in findings:
        assert {(p.subject, p.thema) for p in finding.parts} == {finding.key}
        assert {p.subject_kind for p in finding.parts} == {finding.subject_kind}


def test_kustmarken_zorgtafel_composition_is_one_finding_with_its_summary(kustmarken):
    finding = _finding(group_findings(kustmarken), "T-A1", "samenstelling")
    assert [p.rule for p in finding.parts] == [
        "R-IZA-04", "R-IZA-05", "R-IZA-06", "R-HINT-MED", "R-HINT-GGD", "R-HINT-PARAMEDIE",
        "R-HINT-APOTHEEK", "R-HINT-JEUGD-WIJK"]
    assert finding.level == "vereist"
    assert summary(finding, CATALOGUE) == (
        "ontbreekt inwoner- en patiëntenperspectief (vereist · akkoord), welzijn en sociaal "
        "domein (aanbevolen), GGD, paramedie en apotheken (signaal · onderzoek), jeugdzorg en "
        "wijkteams (bewuste keuze); medisch-curatief perspectief overheerst (signaal · onderzoek)")
    assert headline(finding, "Zorgtafel Kustmarken", CATALOGUE).startswith(
        "Zorgtafel Kustmarken · samenstelling: ontbreekt inwoner- en patiëntenperspectief ")


def test_governance_summary_names_the_fields_after_its_lead(kustmarken):
    finding = _finding(group_findings(kustmarken), "T-A1", "governance")
    assert [p.rule for p in finding.parts] == ["R-GOV-02", "R-GOV-03", "R-GOV-06", "R-GOV-07"]
    text = summary(finding, CATALOGUE)
    assert text.startswith("geen afspraken over verantwoordelijkheidsverdeling en verantwoording "
                           "(aanbevolen · advies), ")
    assert text.endswith(" (signaal · advies)")


def test_the_english_summary_uses_english_labels_throughout(kustmarken):
    finding = _finding(group_findings(kustmarken), "T-A1", "samenstelling")
    assert summary(finding, CATALOGUE, "en") == (
        "missing citizen and patient perspective (required · agreement), social welfare and "
        "social domain (recommended), GGD, allied health care and pharmacies (signal · research), "
        "youth care and neighbourhood teams (deliberate choice); medical-curative perspective "
        "dominates (signal · research)")


def test_a_short_label_with_a_placeholder_is_filled_in_both_languages():
    sheets = {"Partijen": parties("P1;Huisartsenkring Kust;huisartsen;;",
                                  "P2;Huisarts Dorp;huisartsen;;"),
              "Tafels": tables("T1;IZA-tafel Kust;iza-regiotafel"), "Zetels": seats("T1;P1;lid")}
    finding = _finding(group_findings(flags_of(sheets)), "T1", "mandaten")
    assert summary(finding, CATALOGUE) == "huisartsen niet volledig vertegenwoordigd (aanbevolen " \
                                          "· beleid)"
    assert summary(finding, CATALOGUE, "en") == (
        "general practitioners not fully represented (recommended · policy)")


# -- display order --------------------------------------------------------------------------------
ORDER = {
    "Kaart": kaart(regio_indeling="zorgkantoorregio"),
    "Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                        "Z2;Praktijk B;zzp-professional;;", "P2;Ziekenhuis Kust;ziekenhuis;;",
                        "Z1;Praktijk A;zzp-professional;;"),
    "Tafels": tables("TB;Zorgtafel Kust;zorgtafel", "TA;Acute Zorg Kust;roaz"),
    "Zetels": seats("TB;P1;lid", "TB;P2;lid", "TA;P2;lid"),
    "Mandaten": mandates("Z2;P1;;2024-04-01"),
}


def test_display_order_map_then_tables_then_parties_in_row_order():
    findings = group_findings(flags_of(ORDER))
    assert [f.key for f in findings] == [
        ("kaart", "samenhang"),
        # a level first: aanbevolen samenstelling (R-GOV-08) and governance before signaal regie
        ("TB", "samenstelling"), ("TB", "governance"), ("TB", "regie"),
        # vereist samenstelling (R-ROAZ-02), vereist regie (R-ROAZ-01), aanbevolen samenhang
        ("TA", "samenstelling"), ("TA", "regie"), ("TA", "samenhang"),
        # Partijen order (Z2 before Z1); same level, then theme
        ("Z2", "samenstelling"), ("Z2", "mandaten"), ("Z1", "samenstelling"),
    ]
    for finding in findings:
        keys = [(LEVELS.index(p.level), CATALOGUE.order[p.rule]) for p in finding.parts]
        assert keys == sorted(keys), finding.key
        assert finding.level == finding.parts[0].level
    assert [f.thema for f in findings[1:4]] == ["samenstelling", "governance", "regie"]
    assert THEMES.index("regie") < THEMES.index("governance")  # so the level decided


def test_parts_follow_level_then_the_order_of_the_rules():
    findings = group_findings(flags_of(ORDER))
    finding = _finding(findings, "TB", "samenstelling")
    assert finding.parts[0].rule == "R-GOV-08"  # aanbevolen, before the signaal hints
    assert [p.rule for p in finding.parts[1:]] == [
        r.id for r in CATALOGUE.rules if r.id in {p.rule for p in finding.parts[1:]}]
    assert {p.level for p in finding.parts[1:]} == {"signaal"}


# -- open findings --------------------------------------------------------------------------------
def test_a_finding_is_open_while_one_part_is_open():
    waived_hints = choices("R-HINT-GGD;TB;bewust;;", "R-HINT-GGZ;kaart;bewust;;")
    findings = group_findings(flags_of({**ORDER, "Keuzes": waived_hints}))
    composition = _finding(findings, "TB", "samenstelling")
    assert composition.is_open and len(composition.open_parts) == len(composition.parts) - 2
    assert composition.open_level == "aanbevolen"
    everything = choices(*(f"{p.rule};TB;bewust;;" for p in composition.parts))
    findings = group_findings(flags_of({**ORDER, "Keuzes": everything}))
    composition = _finding(findings, "TB", "samenstelling")
    assert not composition.is_open and composition.open_level is None
    assert composition.level == "aanbevolen"  # still shown at its highest level
    assert open_findings(findings) == len(findings) - 1


def test_open_findings_of_kustmarken(kustmarken):
    findings = group_findings(kustmarken)
    assert open_findings(findings) == 3  # the waived jeugd-wijk part leaves its finding open
    assert sum(1 for f in kustmarken if f.waived) == 1


def test_a_fully_waived_finding_is_summarised_as_a_deliberate_choice():
    keuze = choices("R-GOV-11;TB;onafhankelijk voorzitter volgt;;",
                    "R-GOV-12;TB;secretariaat volgt;;")
    finding = _finding(group_findings(flags_of({**ORDER, "Keuzes": keuze})), "TB", "regie")
    assert summary(finding, CATALOGUE) == (
        "geen onafhankelijke voorzitter en geen secretariaat (bewuste keuze)")
