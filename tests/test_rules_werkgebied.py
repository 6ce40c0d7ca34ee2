"""*The gemeenten of X* (``rules.md`` §2, version 2): R-JR-01, R-BW-01 and R-IZA-12.

With a werkgebied (Tafels ``werkgebied``, CBS codes) only its gemeenten are
checked, variant (a), and a missing one is named by the ``naam`` of the first
gemeente party that serves it, else by its CBS name, else by its code. Without a
werkgebied every gemeente party on the map is checked, variant (b), and the
message says the werkgebied is not recorded.
"""

from __future__ import annotations

import pytest
from rule_cases import BY_RULE
from rulemaps import (
    add,
    assert_raised_cleared_waived,
    edit,
    fired,
    flags_of,
    mandates,
    seats,
    sheet,
    tables,
    the_flag,
)

PARTIJEN = "id;naam;type;rollen;subregio;gemeenten"
WERKGEBIED = "id;naam;soort;werkgebied"


def _gemeenten(kind: str, werkgebied: str, *zetels: str) -> dict[str, str]:
    """Three gemeente parties (G2 serves two codes), a GGD serving them all, one table."""
    return {
        "Partijen": sheet(PARTIJEN,
                          "P0;GGD Kust;ggd;;;GM0363, GM0518, GM0599",
                          "G1;Gemeente Havenstad;gemeente;aangewezen-gemeente;Noord;GM0363",
                          "G2;Gemeente Duinwijk;gemeente;;Zuid;GM0518, GM0014",
                          "G3;Gemeente Zeedorp;gemeente;;Zuid;GM0599"),
        "Tafels": tables(f"T1;Regio Kust;{kind};{werkgebied}", header=WERKGEBIED),
        "Zetels": seats(*zetels) if zetels else seats("T1;G1;initiatiefnemer"),
        "Mandaten": mandates(),
    }


# -- R-JR-01 ---------------------------------------------------------------------------------
def test_jr_01_a_checks_only_the_werkgebied_and_names_the_gemeente_party():
    raising = _gemeenten("jeugdregio", "GM0363, GM0518")
    flag = assert_raised_cleared_waived(raising, add(raising, "Zetels", "T1;G2;lid"),
                                        "R-JR-01", "T1")
    assert flag.message_nl == ("Niet alle gemeenten van het werkgebied doen mee aan Regio Kust: "
                               "Gemeente Duinwijk ontbreken.")
    assert flag.message_en == ("Not every municipality of the service area takes part in Regio "
                               "Kust: Gemeente Duinwijk missing.")
    assert flag.params["variant"] == "a"


def test_jr_01_recording_the_werkgebied_clears_gemeenten_outside_it():
    """Without a werkgebied the gemeenten outside the jeugdregio are flagged, variant (b)."""
    raising = add(_gemeenten("jeugdregio", ""), "Mandaten", "G1;G2;T1;")
    clearing = edit(raising, "Tafels", "jeugdregio;", "jeugdregio;GM0363, GM0518, GM0014")
    flag = assert_raised_cleared_waived(raising, clearing, "R-JR-01", "T1")
    assert flag.message_nl == (
        "Niet alle gemeenten op de kaart doen mee aan Regio Kust: Gemeente Zeedorp ontbreken. "
        "Vallen zij buiten deze jeugdregio, leg dan het werkgebied van de tafel vast.")


def test_name_of_a_code_party_first_then_cbs_name_then_the_code():
    """GM0599 is served by G3 (not by the GGD, which is no gemeente); GM0599 and GM0014 by
    no seated gemeente; GM0344 by no party at all (CBS: Utrecht); GM9999 is not in the CBS
    list (a warning on import)."""
    sheets = _gemeenten("jeugdregio", "GM0363, GM0599, GM0344, GM9999")
    flag = the_flag(sheets, "R-JR-01", "T1")
    assert flag.message_nl == ("Niet alle gemeenten van het werkgebied doen mee aan Regio Kust: "
                               "Gemeente Zeedorp, Utrecht, GM9999 ontbreken.")


def test_the_first_gemeente_party_serving_a_code_gives_its_name():
    sheets = _gemeenten("jeugdregio", "GM0363, GM0599")
    sheets = add(sheets, "Partijen", "G4;Gemeente Zeedorp-Oost;gemeente;;Zuid;GM0599")
    sheets = edit(sheets, "Partijen", "G3;Gemeente Zeedorp;gemeente;;Zuid;GM0599",
                  "G3;Gemeente Zeedorp;gemeente;;Zuid;GM0518")
    assert the_flag(sheets, "R-JR-01", "T1").message_nl.endswith(
        ": Gemeente Zeedorp-Oost ontbreken.")


@pytest.mark.parametrize(
    ("zetels", "mandaten", "missing"),
    [
        (("T1;G1;lid", "T1;G2;lid"), (), None),  # G2 serves both GM0518 and GM0014
        (("T1;G1;lid", "T1;G2;toehoorder"), (), "Gemeente Duinwijk"),
        (("T1;G1;lid",), ("G1;G2;T1;",), None),  # a mandate naming the party
        (("T1;G1;lid",), ("G1;G2;;",), None),  # ... for every table
        (("T1;G1;lid",), ("G1;G2;T1;2024-02-29",), "Gemeente Duinwijk"),  # expired
        (("T1;G1;lid",), ("G1;type:gemeente@zuid;T1;",), None),
        (("T1;G1;lid",), ("G1;type:gemeente@Noord;T1;",), "Gemeente Duinwijk"),
        (("T1;G1;toehoorder", "T1;P0;lid"), ("P0;type:gemeente;T1;",), None),  # any holder
    ],
)
def test_a_code_is_represented_when_a_gemeente_party_serving_it_is(zetels, mandaten, missing):
    sheets = {**_gemeenten("jeugdregio", "GM0363, GM0014", *zetels),
              "Mandaten": mandates(*mandaten)}
    flags = [f for f in flags_of(sheets) if f.rule == "R-JR-01"]
    if missing is None:
        assert flags == []
    else:
        assert [f.message_nl for f in flags] == [
            f"Niet alle gemeenten van het werkgebied doen mee aan Regio Kust: {missing} "
            "ontbreken."]


def test_a_type_gemeente_mandate_names_every_gemeente_party_but_not_a_code_without_one():
    sheets = {**_gemeenten("jeugdregio", "GM0363, GM0518, GM0599, GM0344"),
              "Mandaten": mandates("G1;type:gemeente;T1;")}
    assert the_flag(sheets, "R-JR-01", "T1").message_nl.endswith(": Utrecht ontbreken.")
    without_werkgebied = edit(sheets, "Tafels", "GM0363, GM0518, GM0599, GM0344", "")
    assert not fired(without_werkgebied, "R-JR-01", "T1")


# -- R-BW-01 ---------------------------------------------------------------------------------
def test_bw_01_a_with_a_werkgebied():
    raising = _gemeenten("beschermd-wonen", "GM0363, GM0599")
    clearing = add(raising, "Mandaten", "G1;G3;T1;2024-03-01")
    flag = assert_raised_cleared_waived(raising, clearing, "R-BW-01", "T1")
    assert flag.message_nl == ("Niet alle gemeenten van het werkgebied nemen deel aan de "
                               "gezamenlijke besluitvorming van Regio Kust: Gemeente Zeedorp "
                               "ontbreken.")
    assert flag.message_en == ("Not every municipality of the service area takes part in the "
                               "joint decisions of Regio Kust: Gemeente Zeedorp missing.")


def test_bw_01_b_without_a_werkgebied_lists_parties_in_partijen_order():
    flag = the_flag(_gemeenten("beschermd-wonen", ""), "R-BW-01", "T1")
    assert flag.message_nl == (
        "Niet alle gemeenten op de kaart nemen deel aan de gezamenlijke besluitvorming van Regio "
        "Kust: Gemeente Duinwijk, Gemeente Zeedorp ontbreken. Vallen zij buiten deze regio, leg "
        "dan het werkgebied van de tafel vast.")


# -- R-IZA-12 --------------------------------------------------------------------------------
def test_iza_12_a_with_a_werkgebied():
    raising = _gemeenten("iza-regiotafel", "GM0363, GM0518, GM0599",
                         "T1;G1;initiatiefnemer", "T1;G2;lid")
    clearing = add(raising, "Mandaten", "G2;G3;T1;")
    flag = assert_raised_cleared_waived(raising, clearing, "R-IZA-12", "T1")
    assert flag.message_nl == (
        "Niet alle gemeenten van het werkgebied zijn vertegenwoordigd bij Regio Kust: Gemeente "
        "Zeedorp zitten niet aan tafel en hebben geen mandaat gegeven aan een partij die er zit.")
    assert flag.message_en == (
        "Not every municipality of the service area is represented at Regio Kust: Gemeente "
        "Zeedorp are not seated and have given no mandate to a party that is.")
    assert (flag.level, flag.basis, flag.thema) == ("aanbevolen", "akkoord", "mandaten")


def test_iza_12_b_without_a_werkgebied():
    flag = the_flag(_gemeenten("iza-regiotafel", ""), "R-IZA-12", "T1")
    assert flag.message_nl == (
        "Niet alle gemeenten op de kaart zijn vertegenwoordigd bij Regio Kust: Gemeente Duinwijk, "
        "Gemeente Zeedorp zitten niet aan tafel en hebben geen mandaat gegeven aan een partij die "
        "er zit.")


def test_iza_12_only_when_gemeenten_are_covered_at_the_table():
    no_gemeente = _gemeenten("iza-regiotafel", "", "T1;P0;lid", "T1;G1;toehoorder")
    flags = flags_of(no_gemeente)
    assert not [f for f in flags if f.rule == "R-IZA-12"]
    [iza03] = [f for f in flags if f.rule == "R-IZA-03"]
    assert iza03.message_nl.endswith(
        ": zorgverzekeraars, zorgprofessionals, zorgaanbieders, gemeenten ontbreken.")
    # covered through a mandate held by a member of another type: the rule applies
    partial = {**no_gemeente, "Mandaten": mandates("P0;type:gemeente@Zuid;T1;")}
    assert the_flag(partial, "R-IZA-12", "T1").message_nl.endswith(
        ": Gemeente Havenstad zitten niet aan tafel en hebben geen mandaat gegeven aan een "
        "partij die er zit.")
    everyone = {**no_gemeente, "Mandaten": mandates("P0;type:gemeente;T1;")}
    assert not fired(everyone, "R-IZA-12", "T1")


def test_iza_12_case_is_variant_b():
    c = BY_RULE["R-IZA-12"]
    assert the_flag(c.raising, "R-IZA-12", "T1").params["variant"] == "b"
