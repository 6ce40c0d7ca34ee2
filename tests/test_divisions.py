"""Regional divisions against the shipped CBS data: lookups, historic codes, regions."""

from __future__ import annotations

import csv

from stakeholders import paths
from stakeholders.model.divisions import bundled


def test_current_gemeente_lies_in_its_regions() -> None:
    data = bundled()
    assert data.name("GM0281") == "Tiel"
    assert data.region_of("GM0281", "provincie").name == "Gelderland"
    assert data.region_of("GM0281", "veiligheidsregio").name == "Gelderland-Zuid"
    assert data.region_of("GM0281", "ggd-regio").name == "GGD Gelderland-Zuid"
    assert data.region_of("GM0281", "rav-regio").code == "VR08"
    assert data.region_of("GM0363", "arbeidsmarktregio").name == "Groot Amsterdam"
    assert data.region_of("GM0363", "corop").code == "CR23"


def test_counts_match_the_cbs_2026_list() -> None:
    data = bundled()
    assert len(data.gemeenten) == 342
    assert {d: len(data.regions_of(d)) for d in ("provincie", "corop", "arbeidsmarktregio",
                                                  "veiligheidsregio", "ggd-regio")} == {
        "provincie": 12, "corop": 40, "arbeidsmarktregio": 35, "veiligheidsregio": 25,
        "ggd-regio": 25}
    assert all(len(data.placement[d]) == 342 for d in data.divisions)


def test_historic_codes_resolve_to_their_successor() -> None:
    data = bundled()
    assert data.current("GM0048") == "GM1950"  # Vlagtwedde -> Westerwolde (2018)
    assert data.region_of("GM0048", "provincie").name == "Groningen"
    assert data.current("gm0545") == "GM1961"  # Leerdam -> Vijfheerenlanden (Utrecht)
    assert data.region_of("GM0545", "provincie").name == "Utrecht"
    assert data.current("GM0457") == "GM0363"  # Weesp -> Amsterdam (2022)
    assert data.current("GM0083") == "GM1949"  # Menaldumadeel -> Menameradiel -> Waadhoeke
    assert data.current("GM0788") == "GM0824"  # Haaren, split: largest part Oisterwijk
    assert set(data.successors["GM0788"].also) == {"GM0757", "GM0865", "GM0855"}
    assert data.historic_note("GM0048") == (
        "Vlagtwedde (GM0048, tot 2017) telt als Westerwolde (GM1950)")
    assert data.current("GM9999") is None
    assert data.current("GM0363") == "GM0363"


def test_every_historic_code_of_the_cbs_list_has_a_successor_in_the_same_provincie() -> None:
    data = bundled()
    path = paths.resource("regio-indelingen",
                          "cbs_gemeenten_corop_arbeidsmarktregio_provincie_2010-2026.csv")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    moved = {"GM0545", "GM0707"}  # Leerdam and Zederik: Vijfheerenlanden went to Utrecht
    historic = [r for r in rows if r["year"] != "2026" and r["code"] not in data.gemeenten]
    assert len(historic) == 121
    for row in historic:
        now = data.current(row["code"])
        assert now in data.gemeenten, row
        if row["code"] not in moved:
            assert data.region_of(now, "provincie").name == row["province"], row


def test_renames_with_the_same_code_are_found_in_the_data() -> None:
    data = bundled()
    assert data.renamed["GM0888"] == ("Beek", 2023)
    assert data.name("GM0888") == "Beek (L.)"
    assert data.current("GM0888") == "GM0888"


def test_members_and_region_search() -> None:
    data = bundled()
    region = data.find_region("ggd-regio", "Gelderland-Zuid")
    assert region is not None and region.code == "GG2014"
    members = data.members("ggd-regio", region.code)
    assert {"GM0281", "GM0216", "GM0297", "GM0263"} <= set(members)
    assert data.find_region("veiligheidsregio", "vr08").name == "Gelderland-Zuid"
    assert data.find_region("provincie", "fryslan").code == "PV21"
    assert data.find_region("provincie", "Atlantis") is None


def test_the_ggd_mapping_says_it_is_derived() -> None:
    data = bundled()
    assert data.divisions["ggd-regio"].derived
    assert not data.divisions["veiligheidsregio"].derived
    hart = data.find_region("ggd-regio", "Hart voor Brabant")
    assert data.region_of("GM0855", "ggd-regio") == hart  # Tilburg: the Brabant exception
    assert len(data.members("ggd-regio", hart.code)) == 19
