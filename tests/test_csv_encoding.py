"""CSV specifics of ``spreadsheet-format.md`` §6 and the CSV forms of the intro.

Files are written as bytes into ``tmp_path`` exactly as the producing program
would write them (Dutch Excel: cp1252 and ``;``; "Unicode text": UTF-16 and
TAB; other tools: UTF-8 with or without BOM) and loaded through
:func:`stakeholders.io.formats.load_map`.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from builders import write_csv_folder
from io_helpers import PARTIJEN, TAFELS, file_errors, only, where

from stakeholders.io.formats import load_map
from stakeholders.io.importer import ImportResult
from stakeholders.rules.catalogue import known_rule_ids

NAME = "Café ’t Hoekje – € 5 · Zoë"  # € ’ – are in cp1252 but not in Latin-1


def _csv_text(text: str, *, delimiter: str = ";", newline: str = "\r\n") -> str:
    rows = [line.split(";") for line in text.strip().splitlines()]
    return "".join(delimiter.join(row) + newline for row in rows)


def _load_folder(tmp_path: Path, **sheets: str | bytes) -> ImportResult:
    return load_map(write_csv_folder(tmp_path / "kaart", **sheets), known_rules=known_rule_ids)


# -- encodings -------------------------------------------------------------------------------
def test_utf8_without_bom(tmp_path: Path) -> None:
    data = _csv_text(f"id;naam;type\nP1;{NAME};gemeente").encode("utf-8")
    result = _load_folder(tmp_path, Partijen=data)
    assert result.map.parties[0].naam == NAME
    assert result.warnings == []


def test_utf8_with_bom_never_ends_up_in_the_first_header(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + _csv_text(f"id;naam;type\nP1;{NAME};gemeente").encode("utf-8")
    result = _load_folder(tmp_path, Partijen=data)
    assert [(p.id, p.naam) for p in result.map.parties] == [("P1", NAME)]
    assert result.warnings == []  # a BOM glued to "id" would give W-COLUMN-UNKNOWN


def test_utf8_bom_before_a_quoted_first_header(tmp_path: Path) -> None:
    data = b'\xef\xbb\xbf"id";"naam";"type"\r\n"P1";"A";"gemeente"\r\n'
    result = _load_folder(tmp_path, Partijen=data)
    assert [p.id for p in result.map.parties] == ["P1"]
    assert result.warnings == []


def test_utf8_bom_in_kaart_csv_keeps_the_first_key(tmp_path: Path) -> None:
    kaart = b"\xef\xbb\xbf" + "naam;Kaart één\r\nregio;Kust\r\n".encode()
    result = _load_folder(tmp_path, Kaart=kaart, Partijen=PARTIJEN)
    assert result.map.info.naam == "Kaart één"
    assert result.warnings == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    text = _csv_text(f"id;naam;type\nP1;{NAME};gemeente", delimiter="\t")
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    elif encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    result = _load_folder(tmp_path, Partijen=data)
    assert [(p.id, p.naam, p.type) for p in result.map.parties] == [("P1", NAME, "gemeente")]
    assert result.warnings == []


def test_cp1252_as_dutch_excel_writes_it(tmp_path: Path) -> None:
    text = _csv_text(
        f"id;naam;type;notities\nP1;{NAME};Patiëntenorganisatie;kosten “€ 1.000” – ’s avonds"
    )
    data = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really not UTF-8
    result = _load_folder(tmp_path, Partijen=data)
    [party] = result.map.parties
    assert party.naam == NAME
    assert party.type == "patientenorganisatie"
    assert party.notities == "kosten “€ 1.000” – ’s avonds"


def test_cp1252_and_utf8_files_in_one_folder(tmp_path: Path) -> None:
    result = _load_folder(
        tmp_path,
        Partijen=_csv_text("id;naam;type\nP1;Zoë’s praktijk;gemeente").encode("cp1252"),
        Tafels=_csv_text("id;naam;soort\nT1;Tafel – één;zorgtafel").encode("utf-8"),
    )
    assert result.map.parties[0].naam == "Zoë’s praktijk"
    assert result.map.tables[0].naam == "Tafel – één"


# -- delimiters ---------------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    text = _csv_text("id;naam;type;notities\nP1;A;gemeente;n", delimiter=delimiter)
    result = _load_folder(tmp_path, Partijen=text)
    assert [(p.id, p.naam, p.type, p.notities) for p in result.map.parties] == [
        ("P1", "A", "gemeente", "n")]


def test_semicolon_wins_over_commas_in_data(tmp_path: Path) -> None:
    text = ("id;naam;type;rollen\r\n"
            "P1;Gemeente A, B en C;gemeente;centrumgemeente, aangewezen-gemeente\r\n")
    result = _load_folder(tmp_path, Partijen=text)
    [party] = result.map.parties
    assert party.naam == "Gemeente A, B en C"
    assert party.rollen == ("centrumgemeente", "aangewezen-gemeente")


def test_delimiters_inside_quotes_are_not_counted(tmp_path: Path) -> None:
    # 4 commas inside quotes, 3 semicolons outside: semicolon
    semicolon = 'id;naam;type;"v,w,x,y,z"\r\nP1;A;gemeente;1\r\n'
    result = _load_folder(tmp_path, Partijen=semicolon)
    assert [p.type for p in result.map.parties] == ["gemeente"]
    assert [p.column for p in result.warnings] == ["v,w,x,y,z"]
    # 4 semicolons inside quotes, 3 commas outside: comma
    comma = 'id,naam,"a;b;c;d;e",type\r\nP1,"A; B",1,gemeente\r\n'
    result = _load_folder(tmp_path / "2", Partijen=comma)
    assert [(p.naam, p.type) for p in result.map.parties] == [("A; B", "gemeente")]
    assert [p.column for p in result.warnings] == ["a;b;c;d;e"]


def test_delimiter_tie_goes_to_semicolon(tmp_path: Path) -> None:
    kaart = "\r\nnaam;Kust, Noord\r\nregio;Kust\r\n"  # first non-empty line: one ; and one ,
    result = _load_folder(tmp_path, Kaart=kaart, Partijen=PARTIJEN)
    assert result.map.info.naam == "Kust, Noord"


def test_delimiter_tie_between_comma_and_tab_goes_to_comma(tmp_path: Path) -> None:
    kaart = "naam,Kust\tNoord\nregio,Kust\n"
    result = _load_folder(tmp_path, Kaart=kaart, Partijen=PARTIJEN)
    assert result.map.info.naam == "Kust\tNoord"


def test_tab_wins_when_most_frequent(tmp_path: Path) -> None:
    text = "id\tnaam\ttype\tnotities\r\nP1\tA, B; C\tgemeente\tx,y;z\r\n"
    result = _load_folder(tmp_path, Partijen=text)
    assert [(p.naam, p.notities) for p in result.map.parties] == [("A, B; C", "x,y;z")]


def test_line_without_delimiter_means_comma(tmp_path: Path) -> None:
    kaart = "auteur\nnaam,Kaart;met puntkomma\n"
    result = _load_folder(tmp_path, Kaart=kaart, Partijen=PARTIJEN)
    assert result.map.info.naam == "Kaart;met puntkomma"
    assert result.map.info.auteur == ""


# -- quoting and line endings ------------------------------------------------------------------
@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_endings(tmp_path: Path, newline: str) -> None:
    text = newline.join(
        ["id;naam;type;notities", 'P1;"Gemeente ""A""";gemeente;"twee' + newline + 'regels"',
         "P2;B;ziekenhuis;", ""]
    )
    result = _load_folder(tmp_path, Partijen=text.encode("utf-8"))
    # every line break inside a cell comes back as a line feed (as from a workbook)
    assert [(p.id, p.naam, p.notities) for p in result.map.parties] == [
        ("P1", 'Gemeente "A"', "twee\nregels"), ("P2", "B", "")]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_row_numbers_count_records_with_every_line_ending(tmp_path: Path, newline: str) -> None:
    text = newline.join(
        ["id;naam;type;notities", 'P1;A;gemeente;"een' + newline + 'twee' + newline + 'drie"',
         "P2;B;gemeete;", ""]
    )
    folder = write_csv_folder(tmp_path / "kaart", Partijen=text)
    problem = only(file_errors(folder), "E-TYPE-UNKNOWN")
    assert where(problem) == ("Partijen.csv", 3, "type")


def test_file_without_final_newline(tmp_path: Path) -> None:
    result = _load_folder(tmp_path, Partijen="id;naam;type\r\nP1;A;gemeente")
    assert [p.id for p in result.map.parties] == ["P1"]


# -- CSV forms ----------------------------------------------------------------------------------
def test_single_partijen_csv_imports_a_parties_only_map(tmp_path: Path) -> None:
    path = tmp_path / "Partijen.csv"
    path.write_bytes(_csv_text(f"id;naam;type\nP1;{NAME};gemeente\nP2;B;ziekenhuis")
                     .encode("cp1252"))
    result = load_map(path, known_rules=known_rule_ids)
    region = result.map
    assert [(p.id, p.naam) for p in region.parties] == [("P1", NAME), ("P2", "B")]
    assert (region.tables, region.seats, region.mandates, region.relations,
            region.waivers) == ([], [], [], [], [])
    assert result.warnings == []


def test_single_csv_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "partijen.CSV"
    path.write_text("id;naam;type\nP1;A;gemeete\n", encoding="utf-8")
    problem = only(file_errors(path), "E-TYPE-UNKNOWN")
    assert where(problem) == ("partijen.CSV", 2, "type")


def test_single_csv_other_than_partijen_misses_partijen(tmp_path: Path) -> None:
    path = tmp_path / "Tafels.csv"
    path.write_text(TAFELS, encoding="utf-8")
    problem = only(file_errors(path), "E-SHEET-MISSING")
    assert "gevonden: 'Tafels.csv'" in problem.message


def test_csv_folder_sheet_names_are_the_file_names(tmp_path: Path) -> None:
    folder = write_csv_folder(
        tmp_path / "kaart", Parties=PARTIJEN, tafels="id;naam;soort\nT1;A;zorgtaffel\n"
    )
    problem = only(file_errors(folder), "E-SOORT-UNKNOWN")
    assert where(problem) == ("tafels.csv", 2, "soort")
    assert problem.text().startswith("tafels.csv, rij 2, kolom soort: ")


def test_csv_suffix_is_case_insensitive_and_other_files_are_ignored(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", Partijen=PARTIJEN)
    (folder / "Tafels.CSV").write_text(TAFELS, encoding="utf-8")
    (folder / "Zetels.txt").write_text("tafel;partij\nT9;P9\n", encoding="utf-8")
    (folder / "Mandaten.csv.bak").write_text("rommel", encoding="utf-8")
    (folder / "kaart.xlsx").write_bytes(b"PK\x03\x04 geen werkboek")
    (folder / "leesmij").write_text("notities", encoding="utf-8")
    (folder / "sub.csv").mkdir()  # a folder, not a file
    result = load_map(folder, known_rules=known_rule_ids)
    assert [t.id for t in result.map.tables] == ["T1"]
    assert result.map.seats == [] and result.map.mandates == []
    assert result.warnings == []  # ignored silently


def test_unknown_csv_file_in_folder_is_a_warning(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", Partijen=PARTIJEN, Contacten="wie;wat\n")
    result = load_map(folder, known_rules=known_rule_ids)
    problem = only(result.warnings, "W-SHEET-UNKNOWN")
    assert problem.sheet == "Contacten.csv"
    assert problem.message == "onbekend blad 'Contacten.csv' wordt genegeerd"


@pytest.mark.parametrize(
    "kaart",
    ["sleutel;waarde\r\nnaam;Kust\r\npeildatum;1-3-2024\r\n",
     "key,value\nnaam,Kust\npeildatum,2024-03-01\n",
     "naam;Kust\r\npeildatum;45352\r\n",
     "Naam,Kust\nPeildatum,2024-03-01\n"],
)
def test_kaart_csv_with_and_without_header(tmp_path: Path, kaart: str) -> None:
    result = _load_folder(tmp_path, Kaart=kaart, Partijen=PARTIJEN)
    assert (result.map.info.naam, result.map.info.peildatum) == ("Kust", date(2024, 3, 1))
    assert result.warnings == []


def test_kaart_csv_row_numbers_count_the_header(tmp_path: Path) -> None:
    folder = write_csv_folder(
        tmp_path / "kaart", Kaart="sleutel;waarde\nnaam;Kust\nkleur;blauw\n", Partijen=PARTIJEN
    )
    result = load_map(folder, known_rules=known_rule_ids)
    problem = only(result.warnings, "W-KAART-KEY-UNKNOWN")
    assert where(problem) == ("Kaart.csv", 3, "sleutel")


def test_contract_example_csv_folder_is_valid_input(kustmarken_csv: Path) -> None:
    raw = (kustmarken_csv / "Partijen.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.split(b"\n")[0].count(b",") == 9
    result = load_map(kustmarken_csv, known_rules=known_rule_ids)
    assert result.warnings == []
    assert result.map.info.naam == "Zorgkantoorregio Kustmarken (fictief voorbeeld)"
    for sheet, items in (("Partijen", result.map.parties), ("Tafels", result.map.tables),
                         ("Zetels", result.map.seats), ("Mandaten", result.map.mandates)):
        with (kustmarken_csv / f"{sheet}.csv").open(encoding="utf-8", newline="") as handle:
            records = list(csv.reader(handle))
        assert len(items) == len(records) - 1, sheet
