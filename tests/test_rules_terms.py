"""The terms that ``rules.md`` version 2 added to §2: *involved*, *top-level* and the new
ways a governance field is *arranged* (facts on the map), with their inheritance.

Each behaviour is shown on a map that raises a flag and a minimally different
map that does not; where the difference is the point of the term, the flag is
also waived (on its subject and on ``kaart``).
"""

from __future__ import annotations

import pytest
from rulemaps import (
    add,
    assert_raised_cleared_waived,
    edit,
    find,
    fired,
    flags_of,
    mandates,
    parties,
    relations,
    seats,
    tables,
)
from rules_summary import SUMMARY

GOV_AND_HINT = {r.rule for r in SUMMARY if r.top_level_only}
HINTS_ON_ZORGTAFEL = {r.rule for r in SUMMARY if r.rule.startswith("R-HINT-")
                      and "zorgtafel" in r.applies_to and r.rule != "R-HINT-MED"}
TAFELS = "id;naam;soort;bovenliggende-tafel"


# -- involved: sub-tables count for the R-HINT-* rules of their parents -------------------------
INVOLVED = {
    "Partijen": parties("G1;Gemeente Havenstad;gemeente;;", "P1;GGZ Kust;ggz;;",
                        "P2;Welzijn Kust;welzijn;;", "P3;GGD Kust;ggd;;",
                        "P4;Jeugdhulp Kust;jeugdzorg;;",
                        "P5;Zorgbelang Kust;patientenorganisatie;;",
                        "P6;Fysio Kust;paramedie;;"),
    "Tafels": tables("T1;IZA-tafel Kust;iza-regiotafel;", "T2;Zorgtafel Kust;zorgtafel;",
                     "T3;Werkgroep Welzijn;werkgroep;T1", "T4;Werkgroep Jeugd;werkgroep;T2",
                     header=TAFELS),
    "Zetels": seats("T1;G1;lid", "T2;G1;lid", "T3;P1;lid", "T3;P2;lid", "T3;P5;lid",
                    "T4;P2;lid", "T4;P4;lid", "T4;P5;lid", "T4;P3;adviseur"),
}


def test_a_type_at_a_sub_table_is_involved_for_hints_but_not_covered_for_coverage_rules():
    flags = flags_of(INVOLVED)
    on_iza = {f.rule for f in flags if f.subject == "T1"}
    on_zorg = {f.rule for f in flags if f.subject == "T2"}
    # the ggz at T3 counts for the IZA table's R-HINT-GGZ ...
    assert "R-HINT-GGZ" not in on_iza
    # ... but welzijn, social domain and citizens at T3 are not covered at T1 itself
    assert {"R-IZA-04", "R-IZA-05", "R-IZA-06"} <= on_iza
    # at the zorgtafel every hint the sub-table T4 satisfies is silent
    assert not {"R-HINT-WELZIJN", "R-HINT-JEUGD-WIJK", "R-HINT-BURGERS", "R-HINT-GGD"} & on_zorg
    assert {"R-HINT-GGZ", "R-HINT-PARAMEDIE", "R-HINT-APOTHEEK"} <= on_zorg


def test_involved_through_a_mandate_that_is_valid_at_the_sub_table():
    base = edit(INVOLVED, "Zetels", "T4;P3;adviseur", "T4;P3;toehoorder")
    assert fired(base, "R-HINT-GGD", "T2")  # a toehoorder at the sub-table is not involved
    with_mandate = {**base, "Mandaten": mandates("P2;P3;T4;")}
    assert not fired(with_mandate, "R-HINT-GGD", "T2")
    for_the_parent_only = {**base, "Mandaten": mandates("P2;P3;T2;")}  # P2 sits only at T4
    assert fired(for_the_parent_only, "R-HINT-GGD", "T2")
    expired = {**base, "Mandaten": mandates("P2;P3;T4;2024-02-29")}
    assert fired(expired, "R-HINT-GGD", "T2")


def test_involved_comes_from_descendants_only_not_from_parents_or_siblings():
    sheets = {
        "Partijen": parties("G1;Gemeente Havenstad;gemeente;;", "P1;GGD Kust;ggd;;"),
        "Tafels": tables("T1;Werkgroep Kust;werkgroep;", "T2;Zorgtafel Noord;zorgtafel;T1",
                         "T3;Zorgtafel Zuid;zorgtafel;T1", header=TAFELS),
        "Zetels": seats("T1;P1;lid", "T2;G1;lid", "T3;G1;lid", "T3;P1;lid"),
    }
    # T2 is a top-level zorgtafel (its parent is a werkgroep); the GGD sits at its parent and
    # at its sibling, neither of which is its descendant
    flag = assert_raised_cleared_waived(
        sheets, edit(sheets, "Tafels", "T3;Zorgtafel Zuid;zorgtafel;T1",
                     "T3;Zorgtafel Zuid;zorgtafel;T2"), "R-HINT-GGD", "T2")
    assert flag.message_nl.startswith("GGD ontbreekt bij Zorgtafel Noord")
    assert not fired(sheets, "R-HINT-GGD", "T3")


def test_hint_med_counts_members_only_not_the_members_of_sub_tables():
    sheets = {
        "Partijen": parties("M1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                            "M2;Ziekenhuis Kust;ziekenhuis;;", "M3;Huisartsen Kust;huisartsen;;",
                            "M4;GGZ Kust;ggz;;", "S1;GGD Kust;ggd;;"),
        "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;", "T2;Werkgroep Preventie;werkgroep;T1",
                         header=TAFELS),
        "Zetels": seats("T1;M1;lid", "T1;M2;lid", "T1;M3;lid", "T1;M4;lid", "T2;S1;lid"),
    }
    flag = assert_raised_cleared_waived(sheets, edit(sheets, "Zetels", "T1;M4;lid", "T2;M4;lid"),
                                        "R-HINT-MED", "T1")
    assert "4 partijen uit zorg en financiering tegenover 0 uit" in flag.message_nl
    assert not fired(sheets, "R-HINT-GGD", "T1")  # yet the GGD is involved


# -- top-level: sub-tables of bestuurlijke tafels get no R-GOV-*/R-HINT-* flags -----------------
def _bare_sub_table(parent_kind: str, kind: str = "zorgtafel") -> dict[str, str]:
    return {"Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                                "P2;Ziekenhuis Kust;ziekenhuis;;"),
            "Tafels": tables(f"T1;Bovenliggend;{parent_kind};", f"T2;Subtafel Ouderen;{kind};T1",
                             header=TAFELS),
            "Zetels": seats("T1;P1;lid", "T2;P1;initiatiefnemer", "T2;P2;lid")}


@pytest.mark.parametrize("parent_kind", ["zorgtafel", "iza-regiotafel"])
def test_a_sub_table_of_a_bestuurlijke_tafel_gets_no_gov_or_hint_flags(parent_kind: str):
    on_sub = {f.rule for f in flags_of(_bare_sub_table(parent_kind)) if f.subject == "T2"}
    assert not on_sub & GOV_AND_HINT
    assert on_sub == set()


@pytest.mark.parametrize("parent_kind", ["werkgroep", "preventie", "roaz", "zorgnetwerk",
                                         "anders"])
def test_a_sub_table_of_another_kind_is_top_level_and_checked_like_one(parent_kind: str):
    flags = flags_of(_bare_sub_table(parent_kind))
    on_sub = {f.rule for f in flags if f.subject == "T2"}
    standalone = edit(_bare_sub_table(parent_kind), "Tafels", "zorgtafel;T1", "zorgtafel;")
    assert on_sub == {f.rule for f in flags_of(standalone) if f.subject == "T2"}
    assert {"R-GOV-01", "R-GOV-08", "R-GOV-11", "R-GOV-12", "R-HINT-GGD"} <= on_sub


def test_top_level_raise_clear_and_waive_through_the_parent_kind():
    raising = _bare_sub_table("werkgroep")
    clearing = edit(raising, "Tafels", "T1;Bovenliggend;werkgroep;",
                    "T1;Bovenliggend;zorgtafel;")
    for rule in ("R-GOV-11", "R-GOV-08", "R-HINT-WELZIJN"):
        assert_raised_cleared_waived(raising, clearing, rule, "T2")


def test_an_iza_table_below_a_zorgtafel_keeps_its_iza_rules():
    flags = flags_of(_bare_sub_table("zorgtafel", kind="iza-regiotafel"))
    on_sub = {f.rule for f in flags if f.subject == "T2"}
    assert {"R-IZA-01", "R-IZA-03", "R-IZA-04", "R-IZA-05", "R-IZA-08"} <= on_sub
    assert not on_sub & GOV_AND_HINT


def test_top_level_looks_at_the_direct_parent_only():
    """A zorgtafel below a werkgroep below a zorgtafel is top-level again."""
    sheets = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;"),
              "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;", "T2;Werkgroep Zorg;werkgroep;T1",
                               "T3;Zorgtafel Wijk;zorgtafel;T2", header=TAFELS),
              "Zetels": seats("T1;P1;lid", "T3;P1;lid")}
    assert fired(sheets, "R-GOV-11", "T3")
    assert not fired(edit(sheets, "Tafels", "zorgtafel;T2", "zorgtafel;T1"), "R-GOV-11", "T3")


def test_the_parents_gaps_are_reported_once_at_the_parent():
    flags = flags_of(_bare_sub_table("zorgtafel"))
    gov_rules = [f.rule for f in flags if f.rule in GOV_AND_HINT]
    assert gov_rules and all(f.subject == "T1" for f in flags if f.rule in GOV_AND_HINT)
    assert len(gov_rules) == len(set(gov_rules))


# -- arranged: facts on the map ---------------------------------------------------------------
ARRANGED = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                        "P2;Gemeenteraad Havenstad;gemeenteraad;;", "P3;ROS Kust;ros;;"),
    "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;", "T2;Werkgroep Kust;werkgroep;",
                     "T3;Stuurgroep Kust;werkgroep;", header=TAFELS),
    "Zetels": seats("T1;P1;lid"),
    "Relaties": relations(),
}


@pytest.mark.parametrize(
    ("relatie", "arranged"),
    [
        ("T1;P2;legt-verantwoording-af", True),  # to a party
        ("T1;T3;legt-verantwoording-af", True),  # to a table
        ("T1;P1;legt-verantwoording-af", True),  # to any party, not only a gemeenteraad
        ("P2;T1;legt-verantwoording-af", False),  # towards the table
        ("T2;T3;legt-verantwoording-af", False),  # another table
        ("T1;P2;informeert", False),
        ("T1;P2;escaleert-naar", False),
    ],
)
def test_accountability_relation_from_the_table_arranges_verantwoording(relatie, arranged):
    sheets = add(ARRANGED, "Relaties", relatie)
    assert fired(sheets, "R-GOV-03", "T1") is not arranged


@pytest.mark.parametrize(
    ("relatie", "arranged"),
    [
        ("P1;T1;financiert", True),  # from a party
        ("T3;T1;financiert", True),  # from a table
        ("T1;P1;financiert", False),  # the table funds someone else
        ("P1;T2;financiert", False),  # another table is funded
        ("P1;T1;contracteert", False),
    ],
)
def test_funding_relation_to_the_table_arranges_financiering(relatie, arranged):
    sheets = add(ARRANGED, "Relaties", relatie)
    assert fired(sheets, "R-GOV-04", "T1") is not arranged


@pytest.mark.parametrize(
    ("tafels", "zetel", "arranged"),
    [
        ("T1;Zorgtafel Kust;zorgtafel;;P3", None, True),  # Tafels secretariaat, no seat
        ("T1;Zorgtafel Kust;zorgtafel;;", "T1;P3;secretariaat", True),  # a secretariat seat
        ("T1;Zorgtafel Kust;zorgtafel;;", "T1;P3;adviseur", False),
        ("T1;Zorgtafel Kust;zorgtafel;;", "T2;P3;secretariaat", False),  # at another table
        ("T1;Zorgtafel Kust;zorgtafel;;", None, False),
    ],
)
def test_a_recorded_secretariat_arranges_ondersteuning(tafels, zetel, arranged):
    sheets = {**ARRANGED, "Tafels": tables(tafels, "T2;Werkgroep Kust;werkgroep;;",
                                           header=TAFELS + ";secretariaat")}
    if zetel:
        sheets = add(sheets, "Zetels", zetel)
    flags = flags_of(sheets)
    assert (find(flags, "R-GOV-05", "T1") is None) is arranged
    assert (find(flags, "R-GOV-12", "T1") is None) is arranged  # the same fact, R-GOV-12


@pytest.mark.parametrize(
    ("rule", "fact"),
    [
        ("R-GOV-03", ("Relaties", "T2;P2;legt-verantwoording-af")),
        ("R-GOV-04", ("Relaties", "P1;T2;financiert")),
        ("R-GOV-05", ("Zetels", "T2;P3;secretariaat")),
        ("R-GOV-07", ("Relaties", "T2;P2;informeert")),
    ],
)
def test_facts_on_the_parent_are_inherited_by_its_sub_tables(rule, fact):
    """T1 (a top-level zorgtafel below the werkgroep T2) and its own sub-table T4."""
    sheets = {**ARRANGED, "Tafels": tables("T2;Werkgroep Kust;werkgroep;",
                                           "T1;Zorgtafel Kust;zorgtafel;T2",
                                           "T4;Werkgroep Wijk;werkgroep;T1",
                                           "T5;Zorgtafel Wijk;zorgtafel;T4", header=TAFELS),
              "Zetels": seats("T1;P1;lid", "T5;P1;lid")}
    with_fact = add(sheets, *fact)
    assert_raised_cleared_waived(sheets, with_fact, rule, "T1")
    assert fired(sheets, rule, "T5")
    assert not fired(with_fact, rule, "T5")  # grandparent, recursively


@pytest.mark.parametrize(
    ("rule", "fact"),
    [
        ("R-GOV-03", ("Relaties", "T5;P2;legt-verantwoording-af")),
        ("R-GOV-04", ("Relaties", "P1;T5;financiert")),
        ("R-GOV-05", ("Zetels", "T5;P3;secretariaat")),
    ],
)
def test_facts_on_a_sub_table_do_not_arrange_its_parent(rule, fact):
    sheets = {**ARRANGED, "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;",
                                           "T5;Werkgroep Wijk;werkgroep;T1", header=TAFELS),
              "Zetels": seats("T1;P1;lid", "T5;P1;lid")}
    assert fired(add(sheets, *fact), rule, "T1")
