"""The new map rules of ``rules.md`` version 2: R-IZA-11 (subject ``kaart``) and R-MND-01
(expired or expiring mandates, on the holder). R-HINT-ZZP is in ``test_rules_details.py``.
"""

from __future__ import annotations

from datetime import date

import pytest
from rule_cases import BY_RULE
from rulemaps import (
    add,
    assert_raised_cleared_waived,
    choices,
    edit,
    flags_of,
    kaart,
    mandates,
    parties,
    seats,
    sheet,
    tables,
    the_flag,
)

# -- R-IZA-11 ------------------------------------------------------------------------------------
IZA11 = BY_RULE["R-IZA-11"].raising


@pytest.mark.parametrize(
    ("indeling", "applies"),
    [
        ("zorgkantoorregio", True),
        ("Zorgkantoorregio", True),
        ("  ZORGKANTOORREGIO ", True),
        ("zorgkantoor regio", False),  # normalises to zorgkantoor-regio: another name
        ("roaz-regio", False),
        ("subregio", False),
        ("", False),
    ],
)
def test_iza_11_only_on_a_map_of_a_zorgkantoorregio(indeling: str, applies: bool):
    sheets = {**IZA11, "Kaart": kaart(regio_indeling=indeling)}
    flags = [f for f in flags_of(sheets) if f.rule == "R-IZA-11"]
    assert [(f.subject, f.subject_kind) for f in flags] == ([("kaart", "kaart")] if applies
                                                            else [])


def test_iza_11_an_iza_table_anywhere_clears_it_even_as_a_sub_table():
    sheets = {**IZA11, "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;",
                                        "T2;Regiobeeldtafel;iza-regiotafel;T1",
                                        header="id;naam;soort;bovenliggende-tafel")}
    assert not [f for f in flags_of(sheets) if f.rule == "R-IZA-11"]
    assert_raised_cleared_waived(IZA11, sheets, "R-IZA-11", "kaart")


def test_iza_11_on_a_map_without_tables():
    sheets = {"Kaart": IZA11["Kaart"], "Partijen": parties("P1;Gemeente Havenstad;gemeente;;")}
    assert the_flag(sheets, "R-IZA-11", "kaart").message_nl.startswith(
        "Geen IZA-regiotafel op de kaart van Kust: ")


def test_iza_11_regio_falls_back_to_the_name_of_the_map():
    sheets = {**IZA11, "Kaart": kaart(regio_indeling="zorgkantoorregio", regio="",
                                      naam="Zorgkantoorregio Kustmarken")}
    flag = the_flag(sheets, "R-IZA-11", "kaart")
    assert flag.message_nl.startswith(
        "Geen IZA-regiotafel op de kaart van Zorgkantoorregio Kustmarken: het IZA vraagt ")
    assert flag.message_en.startswith(
        "No IZA regional table on the map of Zorgkantoorregio Kustmarken: the IZA asks ")


def test_iza_11_is_the_first_finding_and_its_record_names_the_map():
    flags = flags_of(IZA11)
    assert flags[0].rule == "R-IZA-11"
    record = flags[0].as_dict()
    assert (record["subject"], record["subject_kind"], record["basis"], record["thema"]) == (
        "kaart", "kaart", "akkoord", "samenhang")


def test_iza_11_a_choice_for_another_rule_on_kaart_does_not_waive_it():
    sheets = {**IZA11, "Keuzes": choices("R-IZA-12;kaart;geen IZA-tafel;;")}
    assert the_flag(sheets, "R-IZA-11", "kaart").waived is False


# -- R-MND-01 ------------------------------------------------------------------------------------
#: peildatum 2024-03-01; 90 days later is 2024-05-30.
MND = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;Noord",
                        "P2;GGD Kust;ggd;;", "P3;Huisartsenkring Kust;huisartsen;;Noord",
                        "P4;Huisarts Dorp;huisartsen;;Zuid", "P5;Welzijn Kust;welzijn;;"),
    "Tafels": tables("T1;Zorgtafel Kust;zorgtafel", "T2;Preventiecoalitie Kust;preventie"),
    "Zetels": seats("T1;P1;lid", "T2;P3;lid"),
}


def _mnd(*rows: str, today: date | None = None) -> list:
    flags = flags_of({**MND, "Mandaten": mandates(*rows)}, today)
    return [f for f in flags if f.rule == "R-MND-01"]


@pytest.mark.parametrize(
    ("geldig_tot", "variant"),
    [
        ("2024-02-29", "a"),  # the day before the peildatum: expired
        ("2024-03-01", "b"),  # the peildatum itself: still valid, expires within 90 days
        ("2024-05-30", "b"),  # 90 days after: inclusive
        ("2024-05-31", None),  # 91 days after
        ("", None),  # no end date
    ],
)
def test_mnd_01_boundaries(geldig_tot: str, variant: str | None):
    flags = _mnd(f"P1;P2;T1;{geldig_tot}")
    assert [f.params["variant"] for f in flags] == ([variant] if variant else [])


def test_mnd_01_b_expires_soon_raise_clear_and_waive():
    raising = {**MND, "Mandaten": mandates("P1;P2;T1;2024-05-30")}
    flag = assert_raised_cleared_waived(
        raising, edit(raising, "Mandaten", "2024-05-30", "2024-05-31"), "R-MND-01", "P1")
    assert flag.message_nl == ("Mandaat van Gemeente Havenstad verloopt binnen 90 dagen: namens "
                               "GGD Kust (Zorgtafel Kust, tot 30 mei 2024).")
    assert flag.message_en == ("Mandate of Gemeente Havenstad expires within 90 days: namens "
                               "GGD Kust (Zorgtafel Kust, tot 30 mei 2024).")
    assert (flag.level, flag.basis, flag.thema, flag.subject_kind) == (
        "signaal", "app", "mandaten", "partij")


def test_mnd_01_a_expired_wins_over_b_and_lists_only_the_expired_ones():
    [flag] = _mnd("P1;P2;T1;2024-04-01", "P1;P5;;2023-12-31",
                  "P1;type:huisartsen@Noord;;2024-01-15")
    assert flag.message_nl == (
        "Mandaat van Gemeente Havenstad is verlopen en telt niet meer mee: namens Welzijn Kust "
        "(alle tafels, tot 31 december 2023); namens alle huisartsen in Noord (alle tafels, tot "
        "15 januari 2024).")


def test_mnd_01_b_lists_every_expiring_mandate_in_row_order():
    [flag] = _mnd("P1;type:huisartsen;T2;2024-04-30", "P1;P2;;", "P1;P5;T1;2024-03-01")
    assert flag.message_nl == (
        "Mandaat van Gemeente Havenstad verloopt binnen 90 dagen: namens alle huisartsen "
        "(Preventiecoalitie Kust, tot 30 april 2024); namens Welzijn Kust (Zorgtafel Kust, tot "
        "1 maart 2024).")


def test_mnd_01_one_flag_per_holder_in_partijen_order_seated_or_not():
    flags = _mnd("P5;P2;;2024-01-01", "P3;P4;T2;2024-04-01", "P3;P2;T2;2024-04-02",
                 "P2;P1;;")
    assert [(f.subject, f.params["variant"]) for f in flags] == [("P3", "b"), ("P5", "a")]
    assert flags[0].message_nl.endswith(
        ": namens Huisarts Dorp (Preventiecoalitie Kust, tot 1 april 2024); namens GGD Kust "
        "(Preventiecoalitie Kust, tot 2 april 2024).")


def test_mnd_01_uses_the_date_of_the_check_without_a_peildatum():
    sheets = {**MND, "Kaart": kaart(peildatum=""), "Mandaten": mandates("P1;P2;T1;2024-06-30")}
    def variant(today: date) -> list:
        return [f.params["variant"] for f in flags_of(sheets, today) if f.rule == "R-MND-01"]
    assert variant(date(2024, 3, 1)) == []
    assert variant(date(2024, 4, 1)) == ["b"]
    assert variant(date(2024, 6, 30)) == ["b"]
    assert variant(date(2024, 7, 1)) == ["a"]


def test_mnd_01_an_expired_mandate_no_longer_counts_for_the_other_rules():
    sheets = {**MND, "Mandaten": mandates("P1;P2;T1;2024-02-29")}
    rules = {(f.rule, f.subject) for f in flags_of(sheets)}
    assert {("R-MND-01", "P1"), ("R-HINT-GGD", "T1")} <= rules
    renewed = {**MND, "Mandaten": mandates("P1;P2;T1;2025-02-28")}
    rules = {(f.rule, f.subject) for f in flags_of(renewed)}
    assert not {("R-MND-01", "P1"), ("R-HINT-GGD", "T1")} & rules


def test_mnd_01_names_a_table_by_its_name_and_a_type_by_its_label():
    sheets = add({**MND, "Mandaten": mandates("P3;type:paramedie;T2;2024-03-02")}, "Partijen",
                 "P6;Fysio Kust;paramedie;;")
    flag = the_flag(sheets, "R-MND-01", "P3")
    assert flag.message_nl == ("Mandaat van Huisartsenkring Kust verloopt binnen 90 dagen: "
                               "namens alle paramedie (Preventiecoalitie Kust, tot 2 maart "
                               "2024).")
    assert "T2" not in flag.message_nl and "2024-03-02" not in flag.message_nl


def test_mnd_01_waived_for_one_holder_only():
    sheets = {**MND, "Mandaten": mandates("P1;P2;T1;2024-02-29", "P3;P4;T2;2024-03-31"),
              "Keuzes": sheet("regel;onderwerp;reden", "R-MND-01;P3;verlenging loopt")}
    flags = [f for f in flags_of(sheets) if f.rule == "R-MND-01"]
    assert [(f.subject, f.waived) for f in flags] == [("P1", False), ("P3", True)]
