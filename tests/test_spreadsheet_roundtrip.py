"""Writing XLSX and CSV (``spreadsheet-format.md`` §8), round trips and atomic saving.

The round trip runs the contract example through every format
(xlsx → CSV folder → .regiokaart → xlsx → CSV folder) and checks that rows
and rule flags stay the same. Saving must be atomic: a write that fails
halfway leaves the previous file byte-identical and no temporary files.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from builders import import_sheets, write_csv_folder

from stakeholders.io import atomic, spreadsheet
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapLoadError, MapSaveError
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.engine import check_map

BOM = b"\xef\xbb\xbf"
SHEETS = ["Kaart", "Partijen", "Tafels", "Zetels", "Mandaten", "Relaties", "Keuzes"]
HEADERS = {
    "Partijen": ["id", "naam", "type", "rollen", "subregio", "gemeenten", "invloed", "belang",
                 "contactpersoon", "notities"],
    "Tafels": ["id", "naam", "soort", "bovenliggende-tafel", "voorzitter",
               "onafhankelijke-voorzitter", "secretariaat", "werkgebied", "besluitvorming",
               "verantwoordelijkheden", "verantwoording", "financiering", "ondersteuning",
               "burgerbetrokkenheid", "gemeenteraad", "regioanalyse", "notities"],
    "Zetels": ["tafel", "partij", "rol", "ring", "gecompenseerd", "notities"],
    "Mandaten": ["houder", "namens", "tafel", "formeel", "geldig-tot", "notities"],
    "Relaties": ["van", "naar", "soort", "notities"],
    "Keuzes": ["regel", "onderwerp", "reden", "datum", "door"],
}


def rich_map() -> RegionMap:
    """A small map that uses every column, alias spellings and awkward text."""
    return import_sheets(
        Kaart="naam;Kaart “Kust” – één\nregio-indeling;zorgkantoorregio\nregio;Kust\n"
              "peildatum;1-3-2024\nauteur;\"ik; jij\"\nversie;2.0\n",
        Partijen='id;naam;type;rollen;subregio;gemeenten;invloed;belang;contactpersoon;notities\n'
                 'V1;Verzekeraar;Health insurer;"concession-holder; Marktleider";;;5;"4,0";'
                 'mevr. X;"regel 1\nregel 2; met ""quotes"""\n'
                 'G1;Gemeente Één;Gemeente;Centrumgemeente;Noord;"gm0363, GM0518";3;;;\n'
                 'H1;Huisartsen Noord;RHO;;Noord;;;;;\n',
        Tafels="id;naam;soort;bovenliggende-tafel;voorzitter;onafhankelijke-voorzitter;"
               "secretariaat;service-area;besluitvorming;regioanalyse\n"
               "T0;Moedertafel;Bestuurlijke tafel;;;drs. H. Brinkman;;;consensus;-\n"
               "T1;Tafel;IZA regiotafel;t0;v1;nee;G1;\"gm0363; GM0518,GM0363\";;regiobeeld 2024\n",
        Zetels="tafel;partij;rol;ring;gecompenseerd;notities\n"
               "T1;V1;initiator;core;ja;\nT1;G1;;second ring;Nee;\nT1;H1;Observer;;;toehoorder\n"
               "T0;G1;chair;;1;\n",
        Mandaten="houder;namens;tafel;formeel;geldig-tot;notities\n"
                 "H1;type:huisartsen@Noord;T1;JA;31-12-2030;\nG1;V1;;;45292;oud\n",
        Relaties="van;naar;soort;notities\nV1;T1;funds;\nT1;G1;informs;jaarlijks\n",
        Keuzes="regel;onderwerp;reden;datum;door\nr-iza-04;T1;bewust;2024-02-20;ik\n"
               "R-IZA-05;kaart;overal;;\n",
        today=date(2024, 1, 1),
    ).map


def _csv_rows(folder: Path, sheet: str) -> list[list[str]]:
    """Rows of an exported file (BOM, ``;``) or of the example folder (no BOM, ``,``)."""
    data = (folder / f"{sheet}.csv").read_bytes()
    exported = data.startswith(BOM)
    text = data[len(BOM):].decode("utf-8") if exported else data.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if exported else ","))


def _folder_rows(folder: Path) -> dict[str, list[list[str]]]:
    return {sheet: _csv_rows(folder, sheet) for sheet in SHEETS}


def _flags(region: RegionMap) -> list[dict[str, Any]]:
    return [f.as_dict() for f in check_map(region, today=date(2024, 3, 1))]


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file below ``folder`` with its bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# -- XLSX -------------------------------------------------------------------------------------
def test_xlsx_has_seven_sheets_in_order_with_full_headers_even_when_empty(
    tmp_path: Path,
) -> None:
    region = import_sheets(Partijen="id;naam;type\n").map
    path = tmp_path / "leeg.xlsx"
    save_map(region, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SHEETS
    assert [[c.value for c in row] for row in workbook["Kaart"].iter_rows()] == [
        ["sleutel", "waarde"], ["naam", "test"]]
    for sheet, header in HEADERS.items():
        rows = [[c.value for c in row] for row in workbook[sheet].iter_rows()]
        assert rows == [header], sheet


def test_xlsx_values_ids_lists_dates_numbers_and_booleans(tmp_path: Path) -> None:
    path = tmp_path / "kaart.xlsx"
    save_map(rich_map(), path)
    workbook = openpyxl.load_workbook(path)

    kaart = {row[0].value: row[1] for row in workbook["Kaart"].iter_rows(min_row=2)}
    assert kaart["naam"].value == "Kaart “Kust” – één"
    assert kaart["peildatum"].is_date
    assert kaart["peildatum"].value == datetime(2024, 3, 1)
    assert kaart["peildatum"].number_format == "yyyy-mm-dd"
    assert kaart["versie"].value == "2.0"

    partijen = workbook["Partijen"]
    assert [c.value for c in partijen[2]] == [
        "V1", "Verzekeraar", "zorgverzekeraar", "concessiehouder, marktleider", None, None,
        5, 4, "mevr. X", 'regel 1\nregel 2; met "quotes"']
    assert [c.value for c in partijen[3]][:8] == [
        "G1", "Gemeente Één", "gemeente", "centrumgemeente", "Noord", "GM0363, GM0518", 3, None]
    assert partijen["C4"].value == "huisartsen"
    assert partijen["G2"].data_type == "n" and isinstance(partijen["G2"].value, int)

    tafels = workbook["Tafels"]
    assert [c.value for c in tafels[2]][:3] == ["T0", "Moedertafel", "zorgtafel"]
    assert [c.value for c in tafels[3]][:7] == [
        "T1", "Tafel", "iza-regiotafel", "T0", "V1", "nee", "G1"]

    zetels = [[c.value for c in row] for row in workbook["Zetels"].iter_rows(min_row=2)]
    assert zetels == [
        ["T1", "V1", "initiatiefnemer", "kopgroep", "ja", None],
        ["T1", "G1", "lid", "tweede-ring", "nee", None],
        ["T1", "H1", "toehoorder", "kopgroep", None, "toehoorder"],
        ["T0", "G1", "voorzitter", "kopgroep", "ja", None],
    ]

    mandaten = workbook["Mandaten"]
    assert [c.value for c in mandaten[2]] == [
        "H1", "type:huisartsen@Noord", "T1", "ja", datetime(2030, 12, 31), None]
    assert [c.value for c in mandaten[3]] == ["G1", "V1", None, "nee", datetime(2024, 1, 1), "oud"]
    for cell in (mandaten["E2"], mandaten["E3"]):
        assert cell.is_date and cell.number_format == "yyyy-mm-dd"

    keuzes = workbook["Keuzes"]
    assert [c.value for c in keuzes[2]] == [
        "R-IZA-04", "T1", "bewust", datetime(2024, 2, 20), "ik"]
    assert keuzes["D2"].is_date and keuzes["D2"].number_format == "yyyy-mm-dd"
    assert [c.value for c in keuzes[3]] == ["R-IZA-05", "kaart", "overal", None, None]

    relaties = [[c.value for c in row] for row in workbook["Relaties"].iter_rows(min_row=2)]
    assert relaties == [["V1", "T1", "financiert", None], ["T1", "G1", "informeert", "jaarlijks"]]


def test_xlsx_round_trip_gives_the_same_map(tmp_path: Path) -> None:
    region = rich_map()
    path = tmp_path / "kaart.xlsx"
    save_map(region, path)
    result = load_map(path, today=date(2024, 1, 1), known_rules=known_rule_ids)
    assert result.map == region
    # the mandate of row 3 ended on 2024-01-01, before the peildatum 2024-03-01
    assert [(p.code, p.sheet, p.row) for p in result.warnings] == [
        ("W-MANDATE-EXPIRED", "Mandaten", 3)]


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    region = import_sheets(
        Kaart='naam;"=Kust"\n',
        Partijen='id;naam;type;notities\nP1;=A;gemeente;"=> zie T1"\nP2;B;gemeente;=1+2\n',
    ).map
    path = tmp_path / "kaart.xlsx"
    save_map(region, path)
    cell = openpyxl.load_workbook(path)["Partijen"]["B2"]
    assert (cell.value, cell.data_type) == ("=A", "s")
    loaded = load_map(path, known_rules=known_rule_ids).map
    assert loaded == region
    assert [(p.naam, p.notities) for p in loaded.parties] == [("=A", "=> zie T1"), ("B", "=1+2")]
    assert loaded.info.naam == "=Kust"


def test_control_character_that_xlsx_cannot_hold_gives_a_save_error(tmp_path: Path) -> None:
    region = import_sheets(
        Partijen="id;naam;type;notities\nP1;A;gemeente;\nP2;B;gemeente;regel\x0bregel\n"
    ).map
    path = tmp_path / "kaart.xlsx"
    save_map(rich_map(), path)
    before = _snapshot(tmp_path)
    with pytest.raises(MapSaveError) as info:
        save_map(region, path)
    assert str(info.value).startswith("Partijen, rij 3, kolom notities: bevat een stuurteken")
    assert _snapshot(tmp_path) == before
    # the other formats hold the text as it is
    native = tmp_path / "kaart.regiokaart"
    save_map(region, native)
    assert load_map(native, known_rules=known_rule_ids).map == region
    save_map(region, str(tmp_path / "csv") + "/")
    assert load_map(tmp_path / "csv", known_rules=known_rule_ids).map == region


# -- CSV ----------------------------------------------------------------------------------------
def test_csv_export_is_utf8_with_bom_semicolon_and_crlf(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    assert save_map(rich_map(), str(folder) + os.sep) == "csv"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{s}.csv" for s in SHEETS)
    for sheet in SHEETS:
        data = (folder / f"{sheet}.csv").read_bytes()
        assert data.startswith(BOM), sheet
        assert not data.startswith(BOM + BOM)
        text = data[len(BOM):].decode("utf-8")  # strict: must be UTF-8
        header = text.split("\r\n", 1)[0]
        expected = ["sleutel", "waarde"] if sheet == "Kaart" else HEADERS[sheet]
        assert header == ";".join(expected)
        assert text.endswith("\r\n")
    partijen = (folder / "Partijen.csv").read_bytes()[len(BOM):].decode("utf-8")
    # the line break inside the quoted notities stays as written (a bare LF)
    assert partijen.split("\r\n")[1:3] == [
        'V1;Verzekeraar;zorgverzekeraar;concessiehouder, marktleider;;;5;4;mevr. X;'
        '"regel 1\nregel 2; met ""quotes"""',
        "G1;Gemeente Één;gemeente;centrumgemeente;Noord;GM0363, GM0518;3;;;",
    ]
    mandaten = (folder / "Mandaten.csv").read_bytes().decode("utf-8-sig")
    assert mandaten == (
        "houder;namens;tafel;formeel;geldig-tot;notities\r\n"
        "H1;type:huisartsen@Noord;T1;ja;2030-12-31;\r\n"
        "G1;V1;;nee;2024-01-01;oud\r\n"
    )
    kaart = (folder / "Kaart.csv").read_bytes().decode("utf-8-sig")
    assert kaart == (
        "sleutel;waarde\r\nnaam;Kaart “Kust” – één\r\nregio-indeling;zorgkantoorregio\r\n"
        'regio;Kust\r\npeildatum;2024-03-01\r\nauteur;"ik; jij"\r\nversie;2.0\r\n'
    )


def test_csv_export_has_no_bare_line_feeds_outside_quotes(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    save_map(rich_map(), str(folder) + "/")
    for sheet in SHEETS:
        text = (folder / f"{sheet}.csv").read_bytes().decode("utf-8-sig")
        quoted = False
        for index, char in enumerate(text):
            if char == '"':
                quoted = not quoted
            elif char == "\n" and not quoted:
                assert text[index - 1] == "\r", (sheet, index)


def test_csv_folder_round_trip_gives_the_same_map(tmp_path: Path) -> None:
    region = rich_map()
    folder = tmp_path / "export"
    spreadsheet.write_csv_folder(region, folder)
    assert load_map(folder, today=date(2024, 1, 1), known_rules=known_rule_ids).map == region


def test_csv_export_overwrites_an_existing_folder(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "export", Partijen="oud", Notities="blijft")
    save_map(rich_map(), str(folder) + "/")
    assert (folder / "Partijen.csv").read_bytes().startswith(BOM + b"id;naam;type")
    assert (folder / "Notities.csv").read_bytes() == b"blijft"


# -- round trip through every format ------------------------------------------------------------
def test_round_trip_through_every_format(kustmarken_xlsx: Path, tmp_path: Path) -> None:
    original = load_map(kustmarken_xlsx, known_rules=known_rule_ids).map
    csv_a = tmp_path / "a"
    native = tmp_path / "kaart.regiokaart"
    xlsx = tmp_path / "kaart.xlsx"
    csv_b = tmp_path / "b"

    save_map(original, str(csv_a) + "/")
    from_csv = load_map(csv_a, known_rules=known_rule_ids).map
    save_map(from_csv, native)
    from_native = load_map(native, known_rules=known_rule_ids).map
    save_map(from_native, xlsx)
    from_xlsx = load_map(xlsx, known_rules=known_rule_ids).map
    save_map(from_xlsx, str(csv_b) + "/")
    final = load_map(csv_b, known_rules=known_rule_ids).map

    for stage in (from_csv, from_native, from_xlsx, final):
        assert stage == original
        assert _flags(stage) == _flags(original)
    assert _snapshot_bytes(csv_a) == _snapshot_bytes(csv_b)
    assert _folder_rows(csv_a) == _folder_rows(csv_b)


def _snapshot_bytes(folder: Path) -> dict[str, bytes]:
    return {name: data for name, (data, _mtime) in _snapshot(folder).items()}


def test_round_trip_rows_equal_the_contract_example_csv(
    kustmarken_xlsx: Path, kustmarken_csv: Path, tmp_path: Path
) -> None:
    """The example folder is written with canonical values, so the export must equal it.

    The example is a version-1 file; the export writes the version-2 column Tafels
    ``werkgebied`` (empty here) after ``secretariaat``.
    """
    exported = tmp_path / "export"
    save_map(load_map(kustmarken_xlsx, known_rules=known_rule_ids).map, str(exported) + "/")
    expected = _folder_rows(kustmarken_csv)
    at = expected["Tafels"][0].index("secretariaat") + 1
    expected["Tafels"] = [[*row[:at], "werkgebied" if i == 0 else "", *row[at:]]
                          for i, row in enumerate(expected["Tafels"])]
    assert _folder_rows(exported) == expected


def test_round_trip_keeps_the_flags_of_the_oracle(kustmarken_xlsx: Path, tmp_path: Path) -> None:
    import json

    oracle = json.loads((kustmarken_xlsx.parent / "kustmarken.expected.json").read_text("utf-8"))
    expected = {(r["rule"], r["subject"], r["waived"]) for r in oracle}
    path = tmp_path / "kaart.regiokaart"
    save_map(load_map(kustmarken_xlsx, known_rules=known_rule_ids).map, path)
    xlsx = tmp_path / "terug.xlsx"
    save_map(load_map(path, known_rules=known_rule_ids).map, xlsx)
    flags = check_map(load_map(xlsx, known_rules=known_rule_ids).map)
    assert {(f.rule, f.subject, f.waived) for f in flags} == expected


# -- atomic saving ----------------------------------------------------------------------------
class _DiskFullHandle:
    """A file handle that writes half of the data, then fails like a full disk."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> _DiskFullHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        self.handle.flush()

    def fileno(self) -> int:
        return self.handle.fileno()


def _fail_midway(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen",
                        lambda fd, mode="r", *a, **k: _DiskFullHandle(real_fdopen(fd, mode)))


@pytest.mark.parametrize("name", ["kaart.xlsx", "kaart.regiokaart"])
def test_failing_write_leaves_the_previous_file_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = tmp_path / name
    save_map(import_sheets(Partijen="id;naam;type\nP1;Oud;gemeente\n").map, path)
    before = _snapshot(tmp_path)
    _fail_midway(monkeypatch)
    with pytest.raises(MapSaveError) as info:
        save_map(rich_map(), path)
    monkeypatch.undo()
    assert "No space left on device" in str(info.value)
    assert _snapshot(tmp_path) == before
    assert [p.naam for p in load_map(path, known_rules=known_rule_ids).map.parties] == ["Oud"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failure_before_the_rename_leaves_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    path = tmp_path / "kaart.regiokaart"
    save_map(import_sheets(Partijen="id;naam;type\nP1;Oud;gemeente\n").map, path)
    before = _snapshot(tmp_path)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, step, fail)
    with pytest.raises(MapSaveError):
        save_map(rich_map(), path)
    monkeypatch.undo()
    assert _snapshot(tmp_path) == before


def test_failing_writer_leaves_a_new_target_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_midway(monkeypatch)
    with pytest.raises(MapSaveError):
        save_map(rich_map(), tmp_path / "nieuw.xlsx")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_failing_csv_export_leaves_each_previous_file_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "export"
    save_map(import_sheets(Partijen="id;naam;type\nP1;Oud;gemeente\n").map, str(folder) + "/")
    before = _snapshot(folder)
    _fail_midway(monkeypatch)
    with pytest.raises(MapSaveError):
        save_map(rich_map(), str(folder) + "/")
    monkeypatch.undo()
    assert _snapshot(folder) == before


def test_exception_in_the_xlsx_writer_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kaart.xlsx"
    save_map(rich_map(), path)
    before = _snapshot(tmp_path)

    def broken_save(self: Any, target: Any) -> None:
        target.write(b"PK\x03\x04 half")
        raise RuntimeError("writer crashed")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(RuntimeError):
        spreadsheet.write_xlsx(rich_map(), path)
    monkeypatch.undo()
    assert _snapshot(tmp_path) == before


# -- a failed load changes nothing ------------------------------------------------------------
def test_failed_loads_never_change_the_file(tmp_path: Path) -> None:
    bad_xlsx = tmp_path / "fout.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Partijen"
    for row in (["id", "naam", "type"], ["P1", "A", "gemeete"]):
        workbook.active.append(row)
    workbook.save(bad_xlsx)
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 kapot")
    folder = write_csv_folder(tmp_path / "map", Partijen="id;naam;type\nP1;A;gemeete\n")
    native = tmp_path / "fout.regiokaart"
    native.write_text('{"formaat": "stakeholders-regiokaart", "formaatversie": 1, '
                      '"partijen": [{"id": "P1", "naam": "A", "type": "gemeete"}]}',
                      encoding="utf-8")
    before = _snapshot(tmp_path)
    for path in (bad_xlsx, broken, folder, native):
        with pytest.raises(MapLoadError):
            load_map(path, known_rules=known_rule_ids)
    assert _snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "fout.regiokaart", "fout.xlsx", "kapot.xlsx", "map"]
