"""The CBS "Gebieden in Nederland" importer: two years' layouts, storage, broken files."""

from __future__ import annotations

from datetime import date

import pytest
from cbs_files import opendata_csv, statline_csv

from stakeholders.io.cbs_gebieden import ODATA, STATLINE, CbsImportError, read_cbs_file
from stakeholders.io.cbs_store import load_divisions, save_import, stored_years


def test_statline_download_of_2024(tmp_path) -> None:
    cbs = read_cbs_file(statline_csv(tmp_path / "Gebieden_in_Nederland_2024_03022025.csv"))
    assert (cbs.layout, cbs.year) == (STATLINE, 2024)
    assert cbs.gemeenten["GM0281"] == "Tiel"
    assert set(cbs.placements) == {"provincie", "ggd-regio", "zorgkantoorregio", "jeugdregio"}
    assert cbs.placements["jeugdregio"]["GM0297"].name == "Jeugdregio Bommelerwaard"
    assert cbs.placements["zorgkantoorregio"]["GM0263"].code == "ZK12"


def test_opendata_export_of_2016_with_shifted_columns(tmp_path) -> None:
    cbs = read_cbs_file(opendata_csv(tmp_path / "83287NED_2016.csv"))
    assert (cbs.layout, cbs.year) == (ODATA, 2016)
    assert sorted(cbs.gemeenten) == ["GM0216", "GM0263", "GM0281", "GM0297"]  # not Nederland
    assert set(cbs.placements) == {"provincie", "ggd-regio", "zorgkantoorregio", "jeugdregio",
                                   "arbeidsmarktregio"}
    assert cbs.placements["jeugdregio"]["GM0281"].name == "Jeugdregio Stroomdal"
    assert cbs.placements["provincie"]["GM0216"].code == "PV25"


def test_import_is_stored_in_the_user_folder_and_adds_divisions(tmp_path) -> None:
    user = tmp_path / "gebruiker"
    cbs = read_cbs_file(statline_csv(tmp_path / "Gebieden_in_Nederland_2024.csv"))
    written = save_import(cbs, user, imported_on=date(2025, 2, 3))
    assert written.parent == user / "regio-indelingen"
    data = load_divisions(user)
    assert data.region_of("GM0297", "jeugdregio").name == "Jeugdregio Bommelerwaard"
    zk = data.divisions["zorgkantoorregio"]
    assert zk.year == 2024 and zk.licence == "CC BY 4.0"
    assert "Gebieden_in_Nederland_2024.csv" in zk.source and "2025-02-03" in zk.source
    # the imported GGD-regio (2024) replaces the derived one, for the gemeenten in the file
    assert not data.divisions["ggd-regio"].derived
    assert load_divisions(None).divisions["ggd-regio"].derived  # the shipped data untouched
    assert stored_years(user)[0]["jaar"] == 2024


def test_an_older_import_does_not_replace_newer_shipped_data(tmp_path) -> None:
    user = tmp_path / "u"
    save_import(read_cbs_file(opendata_csv(tmp_path / "gebieden-2016.csv")), user)
    data = load_divisions(user)
    assert data.divisions["provincie"].year == 2026  # shipped 2026 kept
    assert data.divisions["jeugdregio"].year == 2016  # what we lacked is added


def test_broken_files_give_a_dutch_message_with_the_place(tmp_path) -> None:
    bad = tmp_path / "Gebieden_2024.csv"
    bad.write_text("Regio's;Codes en namen van gemeenten/Code (code);"
                   "Lokaliseringen van gemeenten/GGD-regio's/Code (code);"
                   "Lokaliseringen van gemeenten/GGD-regio's/Naam (naam)\n"
                   "Tiel;GM0281;GG2014;GGD Gelderland-Zuid\n"
                   "Culemborg;Culemborg;GG2014;GGD Gelderland-Zuid\n", encoding="utf-8")
    with pytest.raises(CbsImportError) as error:
        read_cbs_file(bad)
    assert str(error.value) == ("Gebieden_2024.csv, rij 3, kolom 'Codes en namen van "
                                "gemeenten/Code (code)': 'Culemborg' is geen CBS-gemeentecode "
                                "(vorm GM0000)")


@pytest.mark.parametrize(("content", "expected"), [
    ("", "Gebieden_2024.csv: het bestand is leeg"),
    ("naam;inwoners\nTiel;42000\n", "Gebieden_2024.csv, rij 1: geen kolom met gemeentecodes"),
    ("Codes en namen van gemeenten/Code;Codes en namen van gemeenten/Naam\nGM0281;Tiel\n",
     "Gebieden_2024.csv: geen regio-indeling gevonden"),
    ("Codes en namen van gemeenten/Code;GGD-regio's/Code;GGD-regio's/Naam\n"
     "GM0281;GG2014;GGD Gelderland-Zuid\nGM0281;GG2014;GGD Gelderland-Zuid\n",
     "Gebieden_2024.csv, rij 3, kolom 'Codes en namen van gemeenten/Code': gemeente GM0281 "
     "staat er twee keer in (ook in rij 2)"),
    ("Codes en namen van gemeenten/Code;GGD-regio's/Code;GGD-regio's/Naam\nGM0281;GG2014;\n",
     "Gebieden_2024.csv, rij 2, kolom 'GGD-regio's/Naam': regiocode GG2014 heeft geen naam"),
])
def test_more_broken_files(tmp_path, content, expected) -> None:
    path = tmp_path / "Gebieden_2024.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CbsImportError) as error:
        read_cbs_file(path)
    assert str(error.value).startswith(expected)


def test_year_must_be_known(tmp_path) -> None:
    path = statline_csv(tmp_path / "gebieden.csv")
    with pytest.raises(CbsImportError, match="het jaar staat niet in de bestandsnaam"):
        read_cbs_file(path)
    assert read_cbs_file(path, year=2025).year == 2025
