"""Congruence: a map with a werkgebied crossing divisions, as text and JSON (CLI)."""

from __future__ import annotations

import json

from builders import region
from congruence_maps import SHEETS, stroomdal_folder

from stakeholders.cli import main
from stakeholders.model.congruence import analyse
from stakeholders.model.congruence_report import facts, summary
from stakeholders.model.divisions import bundled


def test_the_map_is_its_veiligheidsregio_and_the_jeugdregio_crosses_it() -> None:
    report = analyse(region(**SHEETS), bundled())
    assert report.map_region.code == "VR08"
    assert "GM1961" not in report.map_area.gemeenten
    assert len(report.map_area.gemeenten) == 14
    jeugd = report.area("T1")
    assert summary(jeugd) == ("deze 3 gemeenten liggen in 2 GGD-regio's, 2 veiligheidsregio's, "
                              "2 arbeidsmarktregio's en 2 provincies")
    assert jeugd.outside == ("GM1961",)
    assert report.area("T3") is None  # no werkgebied: not an area of its own
    found = facts(report)
    assert ("Jeugdregio Stroomdal valt deels buiten de veiligheidsregio Gelderland-Zuid: "
            "Vijfheerenlanden liggen erbuiten") in found
    assert ("Jeugdregio Stroomdal ligt in 2 veiligheidsregio's: Gelderland-Zuid (2 van 14), "
            "Utrecht (1 van 26)") in found
    assert any(f.startswith("Jeugdregio Stroomdal ligt in 2 GGD-regio's") and
               f.endswith("(afgeleide indeling)") for f in found)
    assert "Zorgtafel Tiel-Culemborg ligt geheel binnen Jeugdregio Stroomdal" in found
    assert ("Welzijn Lingestroom bedient 1 gemeente(n) buiten de veiligheidsregio "
            "Gelderland-Zuid: Vijfheerenlanden") in found
    assert "Gemeente Vijfheerenlanden ligt buiten de veiligheidsregio Gelderland-Zuid" in found


def test_without_a_known_region_the_map_is_its_gemeente_parties() -> None:
    sheets = dict(SHEETS, Kaart="sleutel;waarde\nnaam;Stroomdal\nregio-indeling;jeugdregio\n"
                                "regio;Stroomdal\n")
    report = analyse(region(**sheets), bundled())
    assert report.map_region is None
    assert set(report.map_area.gemeenten) == {"GM0281", "GM0216", "GM1961"}
    assert report.map_area.basis == "de gemeenten van de 3 gemeentepartij(en) op de kaart"
    assert report.parties_outside == []
    assert summary(report.map_area).startswith("deze 3 gemeenten liggen in 2 GGD-regio's")


def test_cli_text(tmp_path, capsys) -> None:
    assert main(["indeling", str(stroomdal_folder(tmp_path / "kaart")),
                 "--alleen-meegeleverd"]) == 0
    out = capsys.readouterr().out
    assert "Jeugdregio Stroomdal (T1): deze 3 gemeenten liggen in 2 GGD-regio's" in out
    assert ("    - Jeugdregio Stroomdal valt deels buiten de veiligheidsregio Gelderland-Zuid: "
            "Vijfheerenlanden liggen erbuiten") in out
    assert "Welzijn Lingestroom" in out
    assert "GGD-regio: afgeleid" in out  # the sources say the GGD mapping is derived


def test_cli_json_names_tables_and_regions_with_their_gemeenten(tmp_path, capsys) -> None:
    assert main(["indeling", str(stroomdal_folder(tmp_path / "kaart")), "--format", "json",
                 "--alleen-meegeleverd"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["id"] for t in data["tafels"]] == ["T1", "T2"]
    jeugd = data["tafels"][0]
    regions = {r["naam"]: r for r in jeugd["indelingen"]["veiligheidsregio"]["regio's"]}
    assert regions["Utrecht"]["gemeenten"] == ["GM1961"]
    assert set(regions["Gelderland-Zuid"]["gemeenten"]) == {"GM0281", "GM0216"}
    assert regions["Gelderland-Zuid"]["geheel"] is False
    assert jeugd["buiten_kaart"] == ["GM1961"]
    assert jeugd["indelingen"]["ggd-regio"]["afgeleid"].startswith("afgeleid")
    assert data["kaart"]["regio"] == {"indeling": "veiligheidsregio", "code": "VR08",
                                      "naam": "Gelderland-Zuid"}
    assert data["partijen_buiten_kaart"] == [
        {"id": "G3", "naam": "Gemeente Vijfheerenlanden", "type": "gemeente",
         "gemeenten": ["GM1961"]},
        {"id": "W1", "naam": "Welzijn Lingestroom", "type": "welzijn", "gemeenten": ["GM1961"]}]
    assert data["overlappende_tafels"][0]["tafels"] == ["T1", "T2"]


def test_a_historic_code_counts_as_its_successor() -> None:
    sheets = dict(SHEETS, Tafels="id;naam;soort;werkgebied\nT1;Oud overleg;zorgtafel;"
                                 "GM0545, GM0281\n")
    report = analyse(region(**sheets), bundled())
    area = report.area("T1")
    assert set(area.gemeenten) == {"GM1961", "GM0281"}
    assert area.historic == ("Leerdam (GM0545, tot 2018) telt als Vijfheerenlanden (GM1961)",)
    assert "Leerdam (GM0545, tot 2018) telt als Vijfheerenlanden (GM1961)" in facts(report)


def test_cli_on_a_broken_file_gives_the_problems(tmp_path, capsys) -> None:
    folder = stroomdal_folder(tmp_path / "kaart")
    (folder / "Tafels.csv").write_text("id;naam;soort;werkgebied\nT1;X;zorgtafel;Tiel\n",
                                       encoding="utf-8")
    assert main(["indeling", str(folder), "--alleen-meegeleverd"]) == 2
    assert "geen CBS-gemeentecode" in capsys.readouterr().err
