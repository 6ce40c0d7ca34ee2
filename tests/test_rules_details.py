"""The subtle definitions of ``rules.md`` §2 and the finer points of the rules of §7.

Members against "sits at", validity of mandates, ``type:T@S``, groups listed
in the rule's order, governance values and inheritance, thresholds, the
reference date and the display order. The maps are small variations of the
cases in ``rule_cases.py``. The terms that version 2 added (*involved*,
*top-level*, the new ways a field is *arranged*) are in ``test_rules_terms.py``.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from rule_cases import AGGZ_T, BY_RULE, IZA_T, ONE_PARTY, PREV_T, VSV_T, ZORG_T
from rulemaps import (
    PEILDATUM,
    RELATIES,
    Sheets,
    add,
    assert_raised_cleared_waived,
    edit,
    find,
    fired,
    flags_of,
    kaart,
    mandates,
    parties,
    seats,
    sheet,
    tables,
    the_flag,
)

from stakeholders.rules.catalogue import default_catalogue

ROOT = Path(__file__).resolve().parent.parent


# -- R-IZA-01 / R-IZA-02 ----------------------------------------------------------------------
def test_iza_01_without_any_marktleider_uses_the_fixed_text():
    sheets = edit(BY_RULE["R-IZA-01"].raising, "Partijen", "zorgverzekeraar;marktleider;\nP2",
                  "zorgverzekeraar;;\nP2")
    sheets = edit(sheets, "Partijen", "Duin;zorgverzekeraar;marktleider", "Duin;zorgverzekeraar;")
    flag = the_flag(sheets, "R-IZA-01", "T1")
    assert flag.message_nl == (
        "Initiatiefnemer ontbreekt bij IZA-tafel Kust: de marktleidende zorgverzekeraar (geen "
        "zorgverzekeraar heeft de rol marktleider) staat niet als initiatiefnemer vermeld.")
    assert flag.message_en == (
        "Initiator missing at IZA-tafel Kust: the market-leading health insurer (no insurer has "
        "the role marktleider) is not recorded as initiator.")


def test_iza_02_variant_a_with_two_designated_gemeenten_even_if_one_is_initiator():
    sheets = {
        "Partijen": parties("P1;Gemeente Havenstad;gemeente;aangewezen-gemeente;",
                            "P2;Zorgverzekeraar Kust;zorgverzekeraar;marktleider;",
                            "P3;Gemeente Duinwijk;gemeente;aangewezen-gemeente;"),
        "Tafels": IZA_T,
        "Zetels": seats("T1;P3;lid", "T1;P1;initiatiefnemer", "T1;P2;initiatiefnemer"),
    }
    flag = the_flag(sheets, "R-IZA-02", "T1")
    assert flag.message_nl == (
        "Meer dan één aangewezen gemeente (Gemeente Havenstad, Gemeente Duinwijk); het IZA gaat "
        "uit van één door de gemeenten aangewezen gemeente als initiatiefnemer van IZA-tafel Kust.")
    assert flag.message_en == (
        "More than one designated municipality (Gemeente Havenstad, Gemeente Duinwijk); the IZA "
        "expects one municipality, designated by the municipalities, as initiator of IZA-tafel "
        "Kust.")


def test_iza_02_variant_b_when_no_party_is_designated():
    sheets = edit(BY_RULE["R-IZA-02"].clearing, "Partijen", "gemeente;aangewezen-gemeente",
                  "gemeente;centrumgemeente")
    flag = the_flag(sheets, "R-IZA-02", "T1")
    assert (flag.message_nl, flag.message_en) == (BY_RULE["R-IZA-02"].nl, BY_RULE["R-IZA-02"].en)


# -- coverage (rules.md §2) -----------------------------------------------------------------
def _iza03(mandate: str, holder_role: str = "lid") -> Sheets:
    """R-IZA-03 with only the insurers missing, plus one mandate of gemeente P3."""
    base = BY_RULE["R-IZA-03"].raising
    base = edit(base, "Zetels", "T1;P3;lid", f"T1;P3;{holder_role}")
    base = add(base, "Zetels", "T1;P5;lid") if holder_role == "toehoorder" else base
    base = add(base, "Partijen", "P5;Gemeente Duinwijk;gemeente;;Noord")
    base = edit(base, "Partijen", "P4;Zorgverzekeraar Kust;zorgverzekeraar;;",
                "P4;Zorgverzekeraar Kust;zorgverzekeraar;;Zuid")
    return {**base, "Mandaten": mandates(mandate)}


@pytest.mark.parametrize(
    ("mandate", "holder_role", "covered"),
    [
        ("P3;P4;T1;", "lid", True),
        ("P3;P4;;", "lid", True),  # empty tafel: every table
        ("P3;P4;t1;", "lid", True),  # table ids are case-insensitive
        ("P3;P4;T2;", "lid", False),  # another table
        ("P3;P4;T1;2024-02-29", "lid", False),  # expired the day before the peildatum
        ("P3;P4;T1;2024-03-01", "lid", True),  # last day = peildatum: still valid
        ("P3;P4;T1;", "toehoorder", False),  # the holder is not a member
        ("P3;type:zorgverzekeraar;T1;", "lid", True),
        ("P3;type:zorgverzekeraar@Noord;T1;", "lid", True),  # @S names nobody, still covers T
        ("P3;type:zorgverzekeraar@Zuid;T1;", "lid", True),
        ("P3;type:zorgverzekeraar@Zuid;T1;2024-01-01", "lid", False),
    ],
)
def test_coverage_through_mandates(mandate: str, holder_role: str, covered: bool):
    assert fired(_iza03(mandate, holder_role), "R-IZA-03", "T1") is not covered


def test_coverage_is_not_inherited_in_either_direction():
    """A coverage rule (R-PRV-02, GGD) on a chain of preventie tables: only T2 seats the GGD."""
    sheets = {
        "Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGD Kust;ggd;;"),
        "Tafels": tables("T1;Preventie Kust;preventie;", "T2;Preventie Noord;preventie;T1",
                         "T3;Preventie Jeugd Noord;preventie;T2",
                         header="id;naam;soort;bovenliggende-tafel"),
        "Zetels": seats("T1;P1;lid", "T2;P1;lid", "T2;P2;lid", "T3;P1;lid"),
    }
    flags = flags_of(sheets)
    assert find(flags, "R-PRV-02", "T1") is not None
    assert find(flags, "R-PRV-02", "T2") is None
    assert find(flags, "R-PRV-02", "T3") is not None


def test_multiple_missing_groups_are_listed_in_the_rules_order():
    sheets = {"Partijen": ONE_PARTY, "Tafels": IZA_T, "Zetels": seats("T1;P1;lid")}
    flag = the_flag(sheets, "R-IZA-03", "T1")
    assert flag.message_nl == ("Niet alle partijen met gedeelde verantwoordelijkheid zitten bij "
                               "IZA-tafel Kust: zorgverzekeraars, zorgprofessionals, "
                               "zorgaanbieders ontbreken.")
    assert flag.message_en == ("Shared responsibility incomplete at IZA-tafel Kust: health "
                               "insurers, care professionals, care providers missing.")


def test_iza_03_first_and_last_group_missing():
    sheets = {"Partijen": parties("P1;Ziekenhuis Kust;ziekenhuis;;", "P2;Apotheek Kust;apotheek;;"),
              "Tafels": IZA_T, "Zetels": seats("T1;P2;lid", "T1;P1;lid")}
    flag = the_flag(sheets, "R-IZA-03", "T1")
    assert flag.message_nl.endswith(": zorgverzekeraars, gemeenten ontbreken.")
    assert flag.message_en.endswith(": health insurers, municipalities missing.")


# -- R-IZA-04 / 04b --------------------------------------------------------------------------
def test_iza_04b_does_not_flag_when_no_burger_party_at_all():
    sheets = {"Partijen": ONE_PARTY, "Tafels": IZA_T, "Zetels": seats("T1;P1;lid")}
    flags = flags_of(sheets)
    assert find(flags, "R-IZA-04", "T1") is not None
    assert find(flags, "R-IZA-04b", "T1") is None


@pytest.mark.parametrize(
    ("burger_type", "flag_04b"),
    [("clientenraad", True), ("ledenraad", True), ("burgerraad", False),
     ("patientenorganisatie", False)],
)
def test_iza_04b_by_type_of_the_only_burger_member(burger_type: str, flag_04b: bool):
    sheets = {"Partijen": parties(f"P1;Burgers;{burger_type};;"), "Tafels": IZA_T,
              "Zetels": seats("T1;P1;lid")}
    flags = flags_of(sheets)
    assert find(flags, "R-IZA-04", "T1") is None
    assert (find(flags, "R-IZA-04b", "T1") is not None) is flag_04b


def test_iza_04b_own_representation_through_a_type_mandate():
    sheets = {"Partijen": parties("P1;Ledenraad Kust;ledenraad;;"), "Tafels": IZA_T,
              "Zetels": seats("T1;P1;lid"), "Mandaten": mandates()}
    assert fired(sheets, "R-IZA-04b", "T1")
    assert not fired(add(sheets, "Mandaten", "P1;type:burgerraad;;"), "R-IZA-04b", "T1")


# -- R-IZA-07 --------------------------------------------------------------------------------
def test_iza_07_not_flagged_when_no_party_seated_and_no_mandate_anywhere():
    sheets = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                                  "A1;Apotheek Stad;apotheek;;Stad",
                                  "A2;Apotheek Dorp;apotheek;;Dorp",
                                  "F1;Fysio Stad;paramedie;;Stad",
                                  "F2;Fysio Dorp;paramedie;;Dorp"),
              "Tafels": IZA_T, "Zetels": seats("T1;P1;lid")}
    flags = flags_of(sheets)
    assert find(flags, "R-IZA-07", "T1") is None
    # that gap is R-HINT-APOTHEEK's and R-HINT-PARAMEDIE's
    assert find(flags, "R-HINT-APOTHEEK", "T1") is not None
    assert find(flags, "R-HINT-PARAMEDIE", "T1") is not None


def test_iza_07_condition_2_through_an_expired_mandate_for_another_table():
    sheets = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                                  "A1;Apotheek Stad;apotheek;;Stad",
                                  "A2;Apotheek Dorp;apotheek;;Dorp"),
              "Tafels": tables("T1;IZA-tafel Kust;iza-regiotafel", "T2;Werkgroep;werkgroep"),
              "Zetels": seats("T1;P1;lid", "T2;A1;lid"),
              "Mandaten": mandates("A1;type:apotheek@Dorp;T2;2020-01-01")}
    flag = the_flag(sheets, "R-IZA-07", "T1")
    assert flag.message_nl == (
        "apotheek niet volledig vertegenwoordigd bij IZA-tafel Kust: niet alle organisaties in "
        "de regio zitten aan tafel of hebben een mandaathouder die er zit.")
    assert flag.message_en.startswith("community pharmacy not (fully) represented by mandate")


def test_iza_07_condition_1_a_single_organisation_is_never_poorly_mandated():
    sheets = {"Partijen": parties("P1;Huisartsenkring Kust;huisartsen;;"), "Tafels": IZA_T,
              "Zetels": seats("T1;P1;toehoorder")}
    assert not fired(sheets, "R-IZA-07", "T1")


@pytest.mark.parametrize(
    ("other_subregio", "flagged"), [("Dorp", True), ("stad", False), ("", True), (" STAD ", False)]
)
def test_iza_07_partial_mandate_type_at_subregio(other_subregio: str, flagged: bool):
    sheets = {"Partijen": parties("F1;Paramedisch Netwerk Stad;paramedie;;Stad",
                                  f"F2;Fysio Elders;paramedie;;{other_subregio}"),
              "Tafels": IZA_T, "Zetels": seats("T1;F1;lid"),
              "Mandaten": mandates("F1;type:paramedie@Stad;T1;")}
    assert fired(sheets, "R-IZA-07", "T1") is flagged


def test_iza_07_lists_all_poorly_mandated_types_in_party_types_order():
    sheets = {"Partijen": parties("A1;Apotheek Stad;apotheek;;", "A2;Apotheek Dorp;apotheek;;",
                                  "F1;Fysio Stad;paramedie;;", "F2;Fysio Dorp;paramedie;;",
                                  "H1;Huisarts Stad;huisartsen;;", "H2;Huisarts Dorp;huisartsen;;"),
              "Tafels": IZA_T, "Zetels": seats("T1;A1;lid", "T1;F1;lid", "T1;H1;lid")}
    flag = the_flag(sheets, "R-IZA-07", "T1")
    assert flag.message_nl.startswith("huisartsen, paramedie, apotheek niet volledig ")
    assert flag.message_en.startswith(
        "general practitioners, allied health care, community pharmacy not (fully) ")


def test_iza_07_regional_holder_not_at_this_table():
    sheets = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                                  "H1;Huisartsenkring Kust;huisartsen;;",
                                  "H2;Huisarts Dorp;huisartsen;;"),
              "Tafels": tables("T1;IZA-tafel Kust;iza-regiotafel", "T2;Zorgtafel;zorgtafel"),
              "Zetels": seats("T1;P1;lid", "T2;H1;lid"),
              "Mandaten": mandates("H1;type:huisartsen;;")}
    assert fired(sheets, "R-IZA-07", "T1")
    assert not fired(add(sheets, "Zetels", "T1;H1;lid"), "R-IZA-07", "T1")


# -- R-IZA-09 --------------------------------------------------------------------------------
def test_iza_09_only_when_a_roaz_table_exists():
    c = BY_RULE["R-IZA-09"]
    no_roaz = edit(c.raising, "Tafels", "T2;Acute Zorg West;roaz", "T2;Acute Zorg West;werkgroep")
    assert not fired(no_roaz, "R-IZA-09", "T1")


def test_iza_09_runs_on_preventie_tables_too():
    c = BY_RULE["R-IZA-09"]
    prev = edit(c.raising, "Tafels", "IZA-tafel Kust;iza-regiotafel", "Preventie Kust;preventie")
    flag = the_flag(prev, "R-IZA-09", "T1")
    assert flag.message_nl.startswith("Geen koppelvlak tussen Preventie Kust en het ROAZ:")
    assert not fired(add(prev, "Zetels", "T2;P1;lid"), "R-IZA-09", "T1")


def test_iza_09_any_roaz_table_gives_a_link():
    c = BY_RULE["R-IZA-09"]
    two = add(c.raising, "Tafels", "T3;Acute Zorg Oost;roaz")
    assert fired(two, "R-IZA-09", "T1")
    assert not fired(add(two, "Zetels", "T3;P1;adviseur"), "R-IZA-09", "T1")


# -- R-PRV-01 / 03 / 04 / 05 ------------------------------------------------------------------
def test_prv_01_both_funders_missing():
    sheets = {"Partijen": parties("P1;GGD Kust;ggd;;"), "Tafels": PREV_T,
              "Zetels": seats("T1;P1;lid")}
    flag = the_flag(sheets, "R-PRV-01", "T1")
    assert flag.message_nl == (
        "Niet alle financiers van preventie zitten bij Preventiecoalitie Kust: gemeenten, "
        "zorgverzekeraars ontbreken.")
    assert flag.message_en == ("Prevention funders incomplete at Preventiecoalitie Kust: "
                               "municipalities, health insurers missing.")


@pytest.mark.parametrize(
    ("tafels", "zetels", "flagged"),
    [
        ("T1;Prev;preventie;", ("T1;P1;voorzitter", "T1;P2;initiatiefnemer"), False),
        ("T1;Prev;preventie;P1", ("T1;P1;lid", "T1;P2;initiatiefnemer"), False),
        ("T1;Prev;preventie;P2", ("T1;P2;initiatiefnemer", "T1;P1;lid"), True),
        ("T1;Prev;preventie;", ("T1;P1;lid", "T1;P2;voorzitter"), True),
        ("T1;Prev;preventie;", ("T1;P1;toehoorder", "T1;P2;lid"), True),
    ],
)
def test_prv_03_chair_from_tafels_or_from_a_voorzitter_seat(tafels, zetels, flagged):
    sheets = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGD Kust;ggd;;"),
              "Tafels": tables(tafels, header="id;naam;soort;voorzitter"),
              "Zetels": seats(*zetels)}
    assert fired(sheets, "R-PRV-03", "T1") is flagged


@pytest.mark.parametrize("kaart", [f"sleutel;waarde\npeildatum;{PEILDATUM}",
                                   f"sleutel;waarde\npeildatum;{PEILDATUM}\nregio;"])
def test_prv_04_empty_kaart_regio(kaart: str):
    c = BY_RULE["R-PRV-04"]
    both = the_flag({**c.raising, "Kaart": kaart}, "R-PRV-04", "T1")
    assert both.message_nl == ("Niet vastgelegd voor Preventiecoalitie Kust: gedeelde "
                               "regioanalyse, regioafbakening (Kaart: regio).")
    assert both.message_en == ("Not recorded for Preventiecoalitie Kust: shared regional "
                               "analysis, regional boundary (Map: region).")
    only_b = the_flag({**c.clearing, "Kaart": kaart}, "R-PRV-04", "T1")
    assert only_b.message_nl == ("Niet vastgelegd voor Preventiecoalitie Kust: regioafbakening "
                                 "(Kaart: regio).")
    assert only_b.message_en == ("Not recorded for Preventiecoalitie Kust: regional boundary "
                                 "(Map: region).")


def test_prv_04_regioanalyse_inherited_from_the_parent():
    sheets = {"Partijen": ONE_PARTY,
              "Tafels": tables("T0;Zorgtafel Kust;zorgtafel;;Regiobeeld 2023",
                               "T1;Preventiecoalitie Kust;preventie;T0;nee",
                               header="id;naam;soort;bovenliggende-tafel;regioanalyse")}
    assert not fired(sheets, "R-PRV-04", "T1")
    orphan = edit(sheets, "Tafels", "preventie;T0;nee", "preventie;;nee")
    assert fired(orphan, "R-PRV-04", "T1")


def test_prv_05_all_three_missing():
    sheets = {"Partijen": ONE_PARTY, "Tafels": PREV_T, "Zetels": seats("T1;P1;lid")}
    flag = the_flag(sheets, "R-PRV-05", "T1")
    assert flag.message_nl == (
        "Partijen uit het Preventiestatement ontbreken bij Preventiecoalitie Kust: zorgaanbieders "
        "en zorgprofessionals, sociale partners, opleidingsinstituten.")
    assert flag.message_en == (
        "Parties named in the Prevention Statement are missing at Preventiecoalitie Kust: care "
        "providers and professionals, social partners, training institutes.")


# -- ROAZ --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tafels", "zetels", "flagged"),
    [
        ("T1;ROAZ;roaz;", ("T1;P1;lid",), True),  # no chair
        ("T1;ROAZ;roaz;", ("T1;P1;voorzitter",), False),  # chair from the seat
        ("T1;ROAZ;roaz;P2", ("T1;P2;lid", "T1;P1;lid"), True),  # trauma centre only a member
    ],
)
def test_roaz_01_chair(tafels, zetels, flagged):
    sheets = {"Partijen": parties("P1;UMC Kust;traumacentrum;;", "P2;Ziekenhuis Kust;umc;;"),
              "Tafels": tables(tafels, header="id;naam;soort;voorzitter"),
              "Zetels": seats(*zetels)}
    assert fired(sheets, "R-ROAZ-01", "T1") is flagged


def test_roaz_02_all_parts_missing():
    sheets = {"Partijen": parties("P1;UMC Kust;traumacentrum;;"),
              "Tafels": tables("T1;Acute Zorg West;roaz"), "Zetels": seats("T1;P1;lid")}
    flag = the_flag(sheets, "R-ROAZ-02", "T1")
    assert flag.message_nl == ("Ketenpartners ontbreken bij Acute Zorg West: "
                               "zorgverzekeraars, huisartsen, verpleeghuizen.")
    assert flag.message_en == ("Chain partners missing at Acute Zorg West: health "
                               "insurers, general practitioners, nursing homes.")


@pytest.mark.parametrize(
    ("extra_sheets", "insurers_ok"),
    [
        ({}, False),
        ({"Relaties": sheet(RELATIES, "T1;P4;informeert")}, True),
        ({"Relaties": sheet(RELATIES, "T1;P4;financiert")}, False),
        ({"Relaties": sheet(RELATIES, "P4;T1;informeert")}, False),  # wrong direction
        ({"Relaties": sheet(RELATIES, "T1;P3;informeert")}, False),  # not an insurer
        ({"Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;P3;lid", "T1;P4;adviseur")}, True),
        ({"Mandaten": mandates("P1;type:zorgverzekeraar;T1;")}, True),
    ],
)
def test_roaz_02_insurers_involved_or_informed(extra_sheets: Sheets, insurers_ok: bool):
    base = {"Partijen": BY_RULE["R-ROAZ-02"].raising["Partijen"],
            "Tafels": tables("T1;Acute Zorg West;roaz"),
            "Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;P3;lid")}
    flag = find(flags_of({**base, **extra_sheets}), "R-ROAZ-02", "T1")
    if insurers_ok:
        assert flag is None
    else:
        assert flag is not None
        assert flag.message_nl.endswith(": zorgverzekeraars.")


def test_roaz_02_huisartsen_through_a_mandate():
    base = BY_RULE["R-ROAZ-02"].clearing
    without_hap = edit(base, "Zetels", "T1;P2;lid", "T1;P2;toehoorder")
    flag = the_flag(without_hap, "R-ROAZ-02", "T1")
    assert flag.message_nl.endswith(": huisartsen.")
    assert not fired({**without_hap, "Mandaten": mandates("P1;type:huisartsen;T1;")},
                     "R-ROAZ-02", "T1")


def test_roaz_03_ggz_covered_needs_no_link():
    c = BY_RULE["R-ROAZ-03"]
    assert not fired(add(c.raising, "Zetels", "T1;P2;lid;tweede-ring"), "R-ROAZ-03", "T1")
    mandate = {**c.raising, "Mandaten": mandates("P1;type:ggz;T1;")}
    assert not fired(mandate, "R-ROAZ-03", "T1")
    # a ggz toehoorder does not cover ggz, but it sits at both tables: a link
    assert not fired(add(c.raising, "Zetels", "T1;P2;toehoorder"), "R-ROAZ-03", "T1")
    unlinked = add(add(c.raising, "Partijen", "P9;GGZ Zee;ggz;;"), "Zetels", "T1;P9;toehoorder")
    assert fired(unlinked, "R-ROAZ-03", "T1")


# -- VSV ---------------------------------------------------------------------------------------
def test_vsv_01_lists_missing_parts_in_order():
    sheets = {"Partijen": parties("P1;Ziekenhuis Kust;ziekenhuis;;"), "Tafels": VSV_T,
              "Zetels": seats("T1;P1;lid")}
    flag = the_flag(sheets, "R-VSV-01", "T1")
    assert flag.message_nl == ("Geboortezorg Havenstad (VSV) is onvolledig: verloskundigen, "
                               "kraamzorg ontbreken.")
    empty = {"Partijen": ONE_PARTY, "Tafels": VSV_T}
    assert the_flag(empty, "R-VSV-01", "T1").message_nl == (
        "Geboortezorg Havenstad (VSV) is onvolledig: verloskundigen, gynaecologen (ziekenhuis), "
        "kraamzorg ontbreken.")


@pytest.mark.parametrize("gyn_type", ["ziekenhuis", "umc", "traumacentrum", "medisch-specialist"])
def test_vsv_01_gynaecologie_group(gyn_type: str):
    sheets = {"Partijen": parties("P1;Verloskundigen;verloskunde;;", "P2;Kraamzorg;kraamzorg;;",
                                  f"P3;Gynaecologie;{gyn_type};;"),
              "Tafels": VSV_T, "Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;P3;lid")}
    assert not fired(sheets, "R-VSV-01", "T1")


@pytest.mark.parametrize(
    ("mandate", "flagged"),
    [
        ("K1;type:kraamzorg;T1;2024-02-01", True),  # expired
        ("K1;type:kraamzorg;T2;", True),  # for another table
        ("K1;type:kraamzorg;;", False),  # every table
        ("K1;type:kraamzorg@Noord;T1;", False),  # any S
        ("K1;K2;T1;", False),  # names a kraamzorg party
        ("P1;type:kraamzorg;T1;", True),  # the holder is not one of the kraamzorg members
    ],
)
def test_vsv_02_ksv_mandate(mandate: str, flagged: bool):
    sheets = add(BY_RULE["R-VSV-02"].raising, "Tafels", "T2;Werkgroep Geboorte;werkgroep")
    sheets = {**sheets, "Mandaten": mandates(mandate)}
    assert fired(sheets, "R-VSV-02", "T1") is flagged


def test_vsv_02_counts_only_members_and_needs_two():
    base = BY_RULE["R-VSV-02"].raising
    two = edit(base, "Zetels", "T1;K3;lid", "T1;K3;toehoorder")
    assert "met 2 losse organisaties" in the_flag(two, "R-VSV-02", "T1").message_nl
    one = edit(two, "Zetels", "T1;K2;lid", "T1;K2;toehoorder")
    assert not fired(one, "R-VSV-02", "T1")


# -- R-AGGZ-01 ---------------------------------------------------------------------------------
AGGZ_B_NL = "Geen budgethouder (grootste ggz-instelling) bij Acute Psychiatrie West."
AGGZ_B_EN = "No budget holder (largest mental-health provider) at Acute Psychiatrie West."


def _aggz(partijen: tuple[str, ...], zetels: tuple[str, ...], *mandaten: str) -> Sheets:
    return {"Partijen": parties(*partijen), "Tafels": AGGZ_T, "Zetels": seats(*zetels),
            "Mandaten": mandates(*mandaten)}


def test_aggz_01_b_with_exactly_one_insurer_that_is_a_member():
    sheets = _aggz(("P1;Zorgverzekeraar Kust;zorgverzekeraar;;", "P3;GGZ Kust;ggz;;"),
                   ("T1;P1;lid", "T1;P3;lid"))
    flag = the_flag(sheets, "R-AGGZ-01", "T1")
    assert (flag.message_nl, flag.message_en) == (AGGZ_B_NL, AGGZ_B_EN)
    ok = edit(sheets, "Partijen", "P3;GGZ Kust;ggz;;", "P3;GGZ Kust;ggz;budgethouder;")
    assert not fired(ok, "R-AGGZ-01", "T1")


@pytest.mark.parametrize(
    ("zetels", "mandaten", "variant"),
    [
        (("T1;P1;toehoorder", "T1;P3;lid"), (), "a"),  # the only insurer is not a member
        (("T1;P3;lid",), (), "a"),  # no insurer at all at the table
        (("T1;P1;toehoorder", "T1;P3;toehoorder"), (), "a"),  # both fail: (a) first
        (("T1;P1;lid", "T1;P3;toehoorder"), (), "b"),  # budget holder only listening
    ],
)
def test_aggz_01_variants_with_one_insurer(zetels, mandaten, variant):
    sheets = _aggz(("P1;Zorgverzekeraar Kust;zorgverzekeraar;;", "P3;GGZ Kust;ggz;budgethouder;"),
                   zetels, *mandaten)
    flag = the_flag(sheets, "R-AGGZ-01", "T1")
    expected = AGGZ_B_NL if variant == "b" else BY_RULE["R-AGGZ-01"].nl
    assert flag.message_nl == expected


THREE_INSURERS = ("P1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                  "P2;Zorgverzekeraar Duin;zorgverzekeraar;;Noord",
                  "P4;Zorgverzekeraar Polder;zorgverzekeraar;;Zuid",
                  "P3;GGZ Kust;ggz;budgethouder;")


@pytest.mark.parametrize(
    ("mandaten", "negotiator"),
    [
        (("P1;type:zorgverzekeraar;;",), True),
        (("P1;P2;T1;", "P1;P4;;"), True),
        (("P1;P2;T1;", "P1;P4;T1;2024-02-29"), False),  # one expired
        (("P1;P2;T1;",), False),  # not for every other insurer
        (("P1;type:zorgverzekeraar@Noord;T1;",), False),  # names P2 only
        (("P1;type:zorgverzekeraar@Noord;T1;", "P1;type:zorgverzekeraar@zuid;T1;"), True),
        (("P1;P2;T1;", "P2;P4;T1;"), False),  # split over two holders
    ],
)
def test_aggz_01_a_negotiator_must_speak_for_every_other_insurer(mandaten, negotiator):
    sheets = _aggz(THREE_INSURERS, ("T1;P1;lid", "T1;P2;lid", "T1;P3;lid"), *mandaten)
    assert fired(sheets, "R-AGGZ-01", "T1") is not negotiator


# -- R-ZVH-01 / R-PRVR-01 ---------------------------------------------------------------------
def test_zvh_01_all_missing_in_order():
    sheets = {"Partijen": parties("P1;Jeugdhulp Kust;jeugdzorg;;"),
              "Tafels": tables("T1;ZVH Kust;zorg-en-veiligheidshuis"),
              "Zetels": seats("T1;P1;lid")}
    flag = the_flag(sheets, "R-ZVH-01", "T1")
    assert flag.message_nl == (
        "Vaste kern van ZVH Kust (Zorg- en Veiligheidshuis) onvolledig: gemeenten, politie en "
        "justitie (politie, OM, Raad voor de Kinderbescherming, reclassering), "
        "welzijnsorganisaties ontbreken.")
    assert flag.message_en.startswith(
        "Fixed core of ZVH Kust (care and safety house) incomplete: municipalities, ")
    assert flag.message_en.endswith(" missing.")


def test_prvr_01_four_missing_in_order():
    sheets = {"Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;;"),
              "Tafels": tables("T1;Gezondheidsraad;provinciale-raad"), "Zetels": seats("T1;P1;lid")}
    flag = the_flag(sheets, "R-PRVR-01", "T1")
    assert flag.message_nl == (
        "Gezondheidsraad (Provinciale Raad) onvolledig: gemeenten, gezondheidszorgorganisaties, "
        "gebruikers, maatschappelijke dienstverlening ontbreken.")
    assert flag.message_en.startswith("Gezondheidsraad (provincial health council) incomplete: "
                                      "municipalities, ")
    assert flag.message_en.endswith(", social services missing.")


# -- R-JR-01 / R-BW-01 ----------------------------------------------------------------------
def test_jr_01_member_and_party_mandate_represent():
    sheets = {"Partijen": parties("G1;Gemeente A;gemeente;;", "G2;Gemeente B;gemeente;;",
                                  "G3;Gemeente C;gemeente;;"),
              "Tafels": tables("T1;Jeugdregio Kust;jeugdregio"),
              "Zetels": seats("T1;G1;lid", "T1;G3;toehoorder"),
              "Mandaten": mandates("G1;G2;;")}
    assert the_flag(sheets, "R-JR-01", "T1").message_nl == (
        "Niet alle gemeenten op de kaart doen mee aan Jeugdregio Kust: Gemeente C ontbreken. "
        "Vallen zij buiten deze jeugdregio, leg dan het werkgebied van de tafel vast.")
    assert not fired(edit(sheets, "Zetels", "T1;G3;toehoorder", "T1;G3;lid"), "R-JR-01", "T1")


# -- governance (R-GOV-01 … 07) ------------------------------------------------------------------
GOV_FIELDS = [("R-GOV-01", "besluitvorming"), ("R-GOV-02", "verantwoordelijkheden"),
              ("R-GOV-03", "verantwoording"), ("R-GOV-04", "financiering"),
              ("R-GOV-05", "ondersteuning"), ("R-GOV-06", "burgerbetrokkenheid")]


@pytest.mark.parametrize(("rule", "column"), GOV_FIELDS)
@pytest.mark.parametrize(("value", "arranged"),
                         [("", False), ("-", False), ("nee", False), ("Nee", False),
                          ("ja", True), ("afgesproken", True), ("n", True)])
def test_gov_field_values(rule: str, column: str, value: str, arranged: bool):
    sheets = {"Partijen": ONE_PARTY,
              "Tafels": tables(f"T1;Zorgtafel Kust;zorgtafel;{value}",
                               f"T2;IZA Kust;iza-regiotafel;{value}",
                               header=f"id;naam;soort;{column}")}
    flags = flags_of(sheets)
    for table in ("T1", "T2"):
        assert (find(flags, rule, table) is None) is arranged


@pytest.mark.parametrize(("rule", "column"), GOV_FIELDS)
def test_gov_fields_inherited_recursively(rule: str, column: str):
    """Werkgroep parents keep the zorgtafels top-level, so the rules run on them."""
    sheets = {"Partijen": ONE_PARTY,
              "Tafels": tables("T1;Werkgroep Top;werkgroep;;afgesproken",
                               "T2;Werkgroep Midden;werkgroep;T1;",
                               "T3;Zorgtafel Kust;zorgtafel;T1;",
                               "T4;Zorgtafel Ouderen;zorgtafel;T2;-",
                               "T5;Zorgtafel Los;zorgtafel;;",
                               header=f"id;naam;soort;bovenliggende-tafel;{column}")}
    flags = flags_of(sheets)
    assert find(flags, rule, "T3") is None
    assert find(flags, rule, "T4") is None  # grandparent, through a "-" of its own
    assert find(flags, rule, "T5") is not None


GR_BASE = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                        "P2;Gemeenteraad Havenstad;gemeenteraad;;",
                        "P3;Zorgverzekeraar Kust;zorgverzekeraar;;"),
    "Tafels": tables("T0;Bestuurlijk Overleg;werkgroep;", "T1;Zorgtafel Kust;zorgtafel;",
                     header="id;naam;soort;bovenliggende-tafel"),
    "Zetels": seats("T1;P1;lid", "T1;P3;lid"),
}


@pytest.mark.parametrize(
    ("relatie", "flagged"),
    [
        ("T1;P2;legt-verantwoording-af", False),
        ("T1;P2;informeert", False),
        ("T1;P2;financiert", True),
        ("T1;P2;werkt-samen", True),
        ("T1;P1;legt-verantwoording-af", True),  # a gemeente, not a gemeenteraad
        ("P2;T1;informeert", True),  # wrong direction
        ("T0;P2;informeert", True),  # T0 is not yet T1's parent
    ],
)
def test_gov_07_gemeenteraad_relation(relatie: str, flagged: bool):
    sheets = {**GR_BASE, "Relaties": sheet(RELATIES, relatie)}
    assert fired(sheets, "R-GOV-07", "T1") is flagged


def test_gov_07_relation_of_the_parent_is_inherited():
    sheets = {**GR_BASE, "Relaties": sheet(RELATIES, "T0;P2;informeert")}
    sheets = edit(sheets, "Tafels", "T1;Zorgtafel Kust;zorgtafel;",
                  "T1;Zorgtafel Kust;zorgtafel;T0")
    assert not fired(sheets, "R-GOV-07", "T1")


@pytest.mark.parametrize(
    ("zetels", "mandaten", "applies"),
    [
        (("T1;P1;toehoorder", "T1;P3;lid"), (), False),  # gemeente not covered
        (("T1;P3;lid",), (), False),
        (("T1;P3;lid",), ("P3;P1;T1;",), True),  # covered through a mandate
        (("T1;P3;lid",), ("P3;type:gemeente;;2024-01-01",), False),  # expired
    ],
)
def test_gov_07_applies_only_when_gemeente_is_covered(zetels, mandaten, applies):
    sheets = {**GR_BASE, "Zetels": seats(*zetels), "Mandaten": mandates(*mandaten)}
    assert fired(sheets, "R-GOV-07", "T1") is applies


def test_gov_07_column_counts_and_no_value_does_not():
    sheets = {**GR_BASE, "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;jaarlijkse raadsbrief",
                                          header="id;naam;soort;gemeenteraad")}
    assert not fired(sheets, "R-GOV-07", "T1")
    assert fired(edit(sheets, "Tafels", "jaarlijkse raadsbrief", "NEE"), "R-GOV-07", "T1")


# -- R-GOV-08 -------------------------------------------------------------------------------------
def test_gov_08_needs_at_least_one_member_and_ignores_mandates():
    c = BY_RULE["R-GOV-08"]
    only_listeners = edit(c.raising, "Zetels", "T1;P1;lid", "T1;P1;toehoorder")
    only_listeners = edit(only_listeners, "Zetels", "T1;P2;lid", "T1;P2;toehoorder")
    assert not fired(only_listeners, "R-GOV-08", "T1")
    with_mandate = {**c.raising, "Mandaten": mandates("P1;P3;T1;")}
    assert fired(with_mandate, "R-GOV-08", "T1")


@pytest.mark.parametrize("other_type", ["ros", "politie-justitie", "anders", "gemeenteraad",
                                        "ggd", "burgerraad", "welzijn"])
def test_gov_08_any_non_market_member_prevents_it(other_type: str):
    c = BY_RULE["R-GOV-08"]
    sheets = add(add(c.raising, "Partijen", f"P9;Andere partij;{other_type};;"), "Zetels",
                 "T1;P9;lid")
    assert not fired(sheets, "R-GOV-08", "T1")


# -- R-GOV-09 -------------------------------------------------------------------------------------
GOV9 = {
    "Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                        "P2;Gemeente Havenstad;gemeente;;",
                        "P3;Zorgverzekeraar Duin;zorgverzekeraar;;",
                        "P4;Huisartsenkring Kust;huisartsen;;",
                        "P5;Apotheek Kust;apotheek;;",
                        "P6;Ziekenhuis Kust;ziekenhuis;;"),
    "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;P1;", "T2;Werkgroep;werkgroep;;",
                     header="id;naam;soort;voorzitter;secretariaat"),
    "Zetels": seats("T1;P1;initiatiefnemer", "T1;P2;lid", "T1;P6;lid", "T2;P1;lid"),
}


@pytest.mark.parametrize(
    ("mandaten", "flagged"),
    [
        ((), False),
        (("P1;P3;T1;",), True),  # 1 against 0: at least one and strictly more
        (("P1;P3;T1;", "P2;P5;T1;"), False),  # tie
        (("P1;P3;T1;", "P1;type:huisartsen;;", "P2;P5;T1;"), True),  # 2 against 1
        (("P1;P3;T1;", "P1;type:huisartsen;;2024-02-29", "P2;P5;T1;"), False),  # one expired
        (("P1;P3;T1;", "P1;type:huisartsen;T2;", "P2;P5;T1;"), False),  # one for another table
        (("P1;P3;T1;", "P1;P4;T1;", "P6;P5;T1;", "P6;P3;;", "P6;P4;;"), False),  # P6 holds more
    ],
)
def test_gov_09_largest_mandate_holder(mandaten, flagged: bool):
    sheets = {**GOV9, "Mandaten": mandates(*mandaten)}
    assert fired(sheets, "R-GOV-09", "T1") is flagged


def test_gov_09_a_non_member_holding_more_does_not_count():
    sheets = {**GOV9, "Mandaten": mandates("P1;P3;T1;", "P1;P4;T1;", "P5;P3;;", "P5;P4;;",
                                           "P5;P6;;")}
    sheets = add(sheets, "Zetels", "T1;P5;toehoorder")
    assert fired(sheets, "R-GOV-09", "T1")


@pytest.mark.parametrize(
    ("change", "flagged"),
    [
        (None, True),
        (("Zetels", "T1;P1;initiatiefnemer", "T1;P1;lid"), False),  # (i) fails
        (("Tafels", "zorgtafel;P1;P1", "zorgtafel;P6;P1"), False),  # (ii) fails: P6 chairs
        (("Partijen", "P1;Zorgverzekeraar Kust;zorgverzekeraar", "P1;GGD Kust;ggd"), False),
    ],
)
def test_gov_09_needs_a_market_party_that_is_initiator_and_chair(change, flagged: bool):
    sheets = edit(GOV9, "Tafels", "zorgtafel;P1;", "zorgtafel;P1;P1")
    if change:
        sheets = edit(sheets, *change)
    flag = find(flags_of(sheets), "R-GOV-09", "T1")
    assert (flag is not None) is flagged


def test_gov_09_seat_with_role_secretariaat_is_not_tafels_secretariaat():
    sheets = edit(GOV9, "Zetels", "T1;P2;lid", "T1;P2;secretariaat")
    assert not fired(sheets, "R-GOV-09", "T1")


def test_gov_09_variant_b_the_largest_mandate_holder_and_a_before_b():
    raising = {**GOV9, "Mandaten": mandates("P1;P3;T1;", "P1;P4;;", "P2;P5;T1;")}
    clearing = edit(raising, "Mandaten", "P1;P4;;", "P2;P4;;")  # now 1 against 2
    flag = assert_raised_cleared_waived(raising, clearing, "R-GOV-09", "T1")
    assert flag.message_nl == ("Veel rollen bij één partij aan Zorgtafel Kust: Zorgverzekeraar "
                               "Kust is initiatiefnemer, voorzitter én grootste mandaathouder.")
    assert flag.message_en == ("Many roles with one party at Zorgtafel Kust: Zorgverzekeraar Kust "
                               "is initiator, chair and largest mandate holder.")
    # when P is also the secretariat, variant (a) wins
    both = edit(raising, "Tafels", "zorgtafel;P1;", "zorgtafel;P1;P1")
    assert the_flag(both, "R-GOV-09", "T1").message_nl == BY_RULE["R-GOV-09"].nl


# -- R-GOV-11 / R-GOV-12 --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "flagged"),
    [("", True), ("nee", True), ("NEE", True), ("n", True), ("no", True), ("0", True),
     ("onwaar", True), ("false", True), ("ja", False), ("JA", False), ("x", False),
     ("drs. H. Brinkman", False), ("extern", False)],
)
def test_gov_11_independent_chair_values(value: str, flagged: bool):
    sheets = {"Partijen": ONE_PARTY,
              "Tafels": tables(f"T1;Zorgtafel Kust;zorgtafel;{value}",
                               header="id;naam;soort;onafhankelijke-voorzitter")}
    assert fired(sheets, "R-GOV-11", "T1") is flagged


def test_gov_11_and_12_are_not_inherited_but_tafels_secretariaat_needs_no_seat():
    sheets = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;ROS Kust;ros;;"),
              "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;;mr. A. de Vries;P2",
                               "T2;Werkgroep Kust;werkgroep;;mr. A. de Vries;P2",
                               "T3;Zorgtafel Ouderen;zorgtafel;T2;;",
                               header="id;naam;soort;bovenliggende-tafel;"
                                      "onafhankelijke-voorzitter;secretariaat"),
              "Zetels": seats("T1;P1;lid", "T3;P1;lid")}
    flags = flags_of(sheets)
    assert find(flags, "R-GOV-11", "T1") is None
    assert find(flags, "R-GOV-12", "T1") is None
    assert find(flags, "R-GOV-11", "T3") is not None
    assert find(flags, "R-GOV-12", "T3") is not None
    # the parent's secretariat does arrange ondersteuning, and that field is inherited
    assert find(flags, "R-GOV-05", "T3") is None


# -- R-HINT-MED ------------------------------------------------------------------------------------
MARKET = ["zorgverzekeraar", "ziekenhuis", "huisartsen", "ggz", "vvt", "apotheek",
          "zorgkantoor", "paramedie", "umc", "revalidatie"]
SOCIAL = ["ggd", "welzijn", "patientenorganisatie", "wijkteam"]


def _med_map(n_med: int, n_soc: int, others: tuple[str, ...] = ()) -> Sheets:
    rows, zetels = [], []
    for i in range(n_med):
        rows.append(f"M{i};Zorgpartij {i};{MARKET[i]};;")
        zetels.append(f"T1;M{i};lid")
    for i in range(n_soc):
        rows.append(f"S{i};Sociale partij {i};{SOCIAL[i]};;")
        zetels.append(f"T1;S{i};lid")
    for i, other in enumerate(others):
        rows.append(f"O{i};Andere partij {i};{other};;")
        zetels.append(f"T1;O{i};lid")
    return {"Partijen": parties(*rows), "Tafels": ZORG_T, "Zetels": seats(*zetels)}


@pytest.mark.parametrize(
    ("n_med", "n_soc", "flagged"),
    [(4, 0, True), (3, 0, False), (4, 1, True), (5, 2, False), (6, 2, False), (7, 2, True),
     (9, 3, False), (10, 3, True), (10, 4, False)],
)
def test_hint_med_thresholds(n_med: int, n_soc: int, flagged: bool):
    flag = find(flags_of(_med_map(n_med, n_soc)), "R-HINT-MED", "T1")
    assert (flag is not None) is flagged
    if flag is not None:
        assert flag.message_nl == (
            f"Medisch-curatief perspectief overheerst bij Zorgtafel Kust: {n_med} partijen uit "
            f"zorg en financiering tegenover {n_soc} uit sociaal domein, publieke gezondheid en "
            "burgers.")
        assert flag.message_en == (
            f"Medical-curative perspective dominates at Zorgtafel Kust: {n_med} care and payer "
            f"parties against {n_soc} from the social domain, public health and citizens.")


def test_hint_med_other_domains_are_not_counted():
    sheets = _med_map(4, 1, ("gemeente", "ros", "politie-justitie", "anders", "provincie"))
    assert "4 partijen uit zorg en financiering tegenover 1 uit" in the_flag(
        sheets, "R-HINT-MED", "T1").message_nl


def test_hint_med_toehoorders_are_not_counted():
    sheets = add(add(_med_map(6, 2), "Partijen", "M9;Extra;ziekenhuis;;"), "Zetels",
                 "T1;M9;toehoorder")
    assert not fired(sheets, "R-HINT-MED", "T1")
    assert fired(edit(sheets, "Zetels", "T1;M9;toehoorder", "T1;M9;adviseur"), "R-HINT-MED", "T1")


# -- covered-type hints ---------------------------------------------------------------------------
@pytest.mark.parametrize("member_type", ["jeugdzorg", "wijkteam"])
def test_hint_jeugd_wijk_either_type_suffices(member_type: str):
    sheets = {"Partijen": parties(f"P1;Partij;{member_type};;"), "Tafels": ZORG_T,
              "Zetels": seats("T1;P1;lid")}
    assert not fired(sheets, "R-HINT-JEUGD-WIJK", "T1")


@pytest.mark.parametrize("burger_type", ["patientenorganisatie", "clientenraad", "ledenraad",
                                         "burgerraad"])
def test_hint_burgers_any_burger_type_suffices(burger_type: str):
    sheets = {"Partijen": parties(f"P1;Partij;{burger_type};;"), "Tafels": ZORG_T,
              "Zetels": seats("T1;P1;lid")}
    assert not fired(sheets, "R-HINT-BURGERS", "T1")


# -- R-HINT-ZZP -----------------------------------------------------------------------------------
ZZP = {
    "Partijen": parties("P1;Huisartsenkring Kust;huisartsen;;",
                        "Z1;Praktijk Noord;zzp-professional;;Noord",
                        "Z2;Praktijk Zuid;zzp-professional;;Zuid",
                        "Z3;Praktijk Regio;zzp-professional;;",
                        "Z4;Praktijk Noord-Oost;zzp-professional;;noord"),
    "Tafels": ZORG_T,
    "Zetels": seats("T1;P1;lid"),
}


def _zzp_flagged(mandaten: tuple[str, ...], zetels: tuple[str, ...] = ()) -> list[str]:
    sheets = {**ZZP, "Mandaten": mandates(*mandaten)}
    for row in zetels:
        sheets = add(sheets, "Zetels", row)
    return [f.subject for f in flags_of(sheets) if f.rule == "R-HINT-ZZP"]


def test_hint_zzp_type_at_subregio_names_only_that_subregio():
    assert _zzp_flagged(("P1;type:zzp-professional@NOORD;T1;",)) == ["Z2", "Z3"]


def test_hint_zzp_type_mandate_names_all_and_subjects_follow_partijen_order():
    assert _zzp_flagged(()) == ["Z1", "Z2", "Z3", "Z4"]
    assert _zzp_flagged(("P1;type:zzp-professional;;2000-01-01",)) == []


def test_hint_zzp_active_seat_anywhere_or_party_mandate_anywhere():
    assert _zzp_flagged(("P1;Z2;;",), ("T1;Z1;adviseur", "T1;Z3;toehoorder")) == ["Z3", "Z4"]


def test_hint_zzp_flag_fields():
    flag = find(flags_of({**ZZP, "Mandaten": mandates()}), "R-HINT-ZZP", "Z3")
    assert flag is not None
    assert (flag.subject_kind, flag.level) == ("partij", "signaal")
    assert flag.message_nl == ("Praktijk Regio (zelfstandige zorgprofessional) heeft nergens een "
                               "actieve zetel (hooguit als toehoorder) en geen mandaathouder.")


# -- scope, reference date, display order ---------------------------------------------------------
def _kind_rules() -> dict[str, set[str]]:
    with (ROOT / "resources" / "table-kinds.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: set(row["rules"].split()) for row in csv.DictReader(handle)}


@pytest.mark.parametrize("kind", sorted(_kind_rules()))
def test_rules_run_only_on_their_table_kinds(kind: str):
    sheets = {"Partijen": parties("P1;Ziekenhuis Kust;ziekenhuis;;"),
              "Tafels": tables(f"T1;Tafel;{kind}"), "Zetels": seats("T1;P1;lid")}
    table_rules = {f.rule for f in flags_of(sheets) if f.subject == "T1"}
    assert table_rules <= _kind_rules()[kind]


def test_hints_for_burgers_gemeente_welzijn_do_not_run_on_iza():
    sheets = {"Partijen": parties("P1;Ziekenhuis Kust;ziekenhuis;;"),
              "Tafels": tables("T1;IZA;iza-regiotafel", "T2;Zorgtafel;zorgtafel"),
              "Zetels": seats("T1;P1;lid", "T2;P1;lid")}
    flags = flags_of(sheets)
    hints = {"R-HINT-BURGERS", "R-HINT-GEMEENTE", "R-HINT-WELZIJN"}
    assert {f.rule for f in flags if f.subject == "T2"} >= hints
    assert not {f.rule for f in flags if f.subject == "T1"} & hints
    assert {"R-IZA-04", "R-IZA-05"} <= {f.rule for f in flags if f.subject == "T1"}


def test_reference_date_is_today_when_peildatum_is_empty():
    sheets = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGD Kust;ggd;;"),
              "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid"),
              "Mandaten": mandates("P1;P2;T1;2024-06-30"),
              "Kaart": "sleutel;waarde\nregio;Kust\npeildatum;"}
    assert not fired(sheets, "R-HINT-GGD", "T1", today=date(2024, 6, 30))
    assert fired(sheets, "R-HINT-GGD", "T1", today=date(2024, 7, 1))
    without_row = {**sheets, "Kaart": "sleutel;waarde\nregio;Kust"}
    assert not fired(without_row, "R-HINT-GGD", "T1", today=date(2024, 1, 1))
    assert fired(without_row, "R-HINT-GGD", "T1", today=date(2025, 1, 1))


def test_peildatum_wins_over_today():
    sheets = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGD Kust;ggd;;"),
              "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid"),
              "Mandaten": mandates("P1;P2;T1;2024-06-30")}
    assert not fired(sheets, "R-HINT-GGD", "T1", today=date(2030, 1, 1))
    assert fired({**sheets, "Kaart": "sleutel;waarde\npeildatum;2024-07-01"}, "R-HINT-GGD", "T1",
                 today=date(2024, 1, 1))


def test_display_order_subject_then_level_then_theme_then_rule_order():
    """rules.md §4: the map, tables in Tafels row order, parties in Partijen row order; per
    subject by level, then theme, then the order of the rules in the file."""
    sheets = {
        "Kaart": kaart(regio_indeling="zorgkantoorregio"),
        "Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                            "Z2;Praktijk B;zzp-professional;;", "Z1;Praktijk A;zzp-professional;;"),
        "Tafels": tables("TB;Zorgtafel B;zorgtafel", "TA;Acute Zorg;roaz",
                         "T0;Preventie;preventie"),
        "Zetels": seats("TB;P1;lid", "TA;P1;lid", "T0;P1;lid"),
        "Mandaten": mandates("P1;Z2;T0;2024-03-31"),
    }
    flags = flags_of(sheets)
    subjects_in_order = list(dict.fromkeys(f.subject for f in flags))
    assert subjects_in_order == ["kaart", "TB", "TA", "T0", "P1", "Z1"]  # row order, not ids
    catalogue = default_catalogue()
    levels = ["vereist", "aanbevolen", "signaal"]
    themes = ["samenstelling", "regie", "governance", "mandaten", "samenhang"]
    for subject in subjects_in_order:
        keys = [(levels.index(f.level), themes.index(f.thema), catalogue.order[f.rule])
                for f in flags if f.subject == subject]
        assert keys == sorted(keys), subject
    tb = [f.rule for f in flags if f.subject == "TB"]
    # every aanbevolen part (samenstelling, then governance) before any signaal part, and
    # among the signaal parts samenstelling, regie, governance
    assert tb[:2] == ["R-GOV-08", "R-GOV-01"]
    assert tb.index("R-GOV-05") < tb.index("R-HINT-GGD") < tb.index("R-GOV-11") < tb.index(
        "R-GOV-06")
