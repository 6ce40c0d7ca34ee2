"""Import errors and warnings of ``spreadsheet-format.md`` §1, §2 and §7.

Every error code of §7.1 and every warning of §7.2 is triggered by a minimal
input. Each test checks the code, the sheet as named in the file (for CSV the
file name, ``Partijen.csv``), the row, the column (header text as written,
canonical name for a missing column) and that the message holds the offending
value and the suggestion where the contract gives one.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from builders import import_sheets, write_csv_folder
from io_helpers import (
    PARTIJEN,
    TAFELS,
    errors_of,
    file_errors,
    load_error,
    make_xlsx,
    only,
    split_rows,
    warnings_of,
    where,
)

from stakeholders.io.formats import load_map
from stakeholders.io.problems import MapLoadError
from stakeholders.rules.catalogue import known_rule_ids

EXPECTED_SHEETS = "verwacht: Kaart, Partijen, Tafels, Zetels, Mandaten, Relaties, Keuzes"

# Parties P1..P3 and tables T1, T2 with seats, used where seats and mandates matter.
SEATED_PARTIJEN = (
    "id;naam;type;subregio\n"
    "P1;Gemeente A;gemeente;Noord\n"
    "P2;Ziekenhuis B;ziekenhuis;\n"
    "P3;Huisarts C;huisartsen;Noord\n"
)
SEATED_TAFELS = "id;naam;soort\nT1;Zorgtafel;zorgtafel\nT2;ROAZ;roaz\n"
SEATED_ZETELS = "tafel;partij\nT1;P1\nT1;P2\nT2;P2\n"


# -- E-FILE-UNREADABLE ----------------------------------------------------------------
def test_file_unreadable_for_garbage_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "kaart.xlsx"
    path.write_bytes(b"dit is geen werkboek\x00\x01")
    problem = only(file_errors(path), "E-FILE-UNREADABLE")
    assert problem.sheet == "" and problem.row is None and problem.column == ""
    assert problem.message.startswith(
        "bestand kan niet worden gelezen als Excel-werkboek of CSV ("
    )
    assert problem.message.endswith(")")
    assert problem.text() == problem.message  # file-level message: no location prefix


def test_file_unreadable_for_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "kaart.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("leesmij.txt", "geen Excel")
    problem = only(file_errors(path), "E-FILE-UNREADABLE")
    assert "Excel-werkboek of CSV" in problem.message


def test_file_unreadable_for_old_xls(tmp_path: Path) -> None:
    path = tmp_path / "kaart.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    problem = only(file_errors(path), "E-FILE-UNREADABLE")
    assert problem.message.startswith("bestand kan niet worden gelezen als Excel-werkboek of CSV (")
    assert ".xls" in problem.message


# -- E-SHEET-MISSING --------------------------------------------------------------------
@pytest.mark.parametrize("default_sheet", ["Blad1", "Sheet1"])
def test_empty_workbook_gives_sheet_missing_with_exact_message(
    tmp_path: Path, default_sheet: str
) -> None:
    path = make_xlsx(tmp_path / "leeg.xlsx", {default_sheet: []})
    problem = only(file_errors(path), "E-SHEET-MISSING")
    assert problem.sheet == "" and problem.row is None
    assert problem.text() == (
        f"blad 'Partijen' ontbreekt (gevonden: '{default_sheet}'; {EXPECTED_SHEETS})"
    )


def test_workbook_with_wrong_sheet_names_lists_what_was_found(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "kaart.xlsx",
        {
            "Organisaties": split_rows("id;naam;type\nP1;A;gemeente"),
            "Overleggen": split_rows("id;naam;soort\nT1;B;zorgtafel"),
        },
    )
    with pytest.raises(MapLoadError) as info:
        load_map(path, known_rules=known_rule_ids)
    problem = only(info.value.errors, "E-SHEET-MISSING")
    assert problem.message == (
        f"blad 'Partijen' ontbreekt (gevonden: 'Organisaties', 'Overleggen'; {EXPECTED_SHEETS})"
    )
    # the unknown sheets are also reported as warnings, each with its own name
    unknown = [(p.code, p.sheet) for p in info.value.warnings]
    assert unknown == [("W-SHEET-UNKNOWN", "Organisaties"), ("W-SHEET-UNKNOWN", "Overleggen")]


def test_folder_without_csv_files_gives_sheet_missing(tmp_path: Path) -> None:
    folder = tmp_path / "kaart"
    folder.mkdir()
    (folder / "Partijen.txt").write_text("id;naam;type\nP1;A;gemeente\n", encoding="utf-8")
    (folder / "leesmij.md").write_text("notities", encoding="utf-8")
    problem = only(file_errors(folder), "E-SHEET-MISSING")
    assert problem.message == (
        f"blad 'Partijen' ontbreekt (gevonden: geen bladen; {EXPECTED_SHEETS})"
    )


def test_empty_folder_gives_sheet_missing(tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    problem = only(file_errors(folder), "E-SHEET-MISSING")
    assert "geen bladen" in problem.message


def test_csv_folder_without_partijen_names_the_files_found(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", Tafels=TAFELS)
    problem = only(file_errors(folder), "E-SHEET-MISSING")
    assert "gevonden: 'Tafels.csv'" in problem.message


# -- E-SHEET-DUPLICATE ------------------------------------------------------------------
def test_sheet_duplicate_partijen_and_parties(tmp_path: Path) -> None:
    rows = split_rows(PARTIJEN)
    path = make_xlsx(tmp_path / "kaart.xlsx", {"Partijen": rows, "Parties": rows})
    problem = only(file_errors(path), "E-SHEET-DUPLICATE")
    assert problem.sheet == "" and problem.row is None
    assert problem.message == "bladen 'Partijen' en 'Parties' zijn allebei blad 'Partijen'"


def test_sheet_duplicate_in_csv_folder_names_the_files(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", Partijen=PARTIJEN, TAFELS=TAFELS,
                              Tables=TAFELS)
    problem = only(file_errors(folder), "E-SHEET-DUPLICATE")
    assert "'TAFELS.csv'" in problem.message and "'Tables.csv'" in problem.message
    assert problem.message.endswith("zijn allebei blad 'Tafels'")


# -- E-COLUMN-MISSING / E-COLUMN-DUPLICATE ----------------------------------------------
def test_column_missing_is_reported_on_row_1_with_canonical_name() -> None:
    problem = only(errors_of(Partijen="ID;Name\nP1;Gemeente A\n"), "E-COLUMN-MISSING")
    assert where(problem) == ("Partijen.csv", 1, "type")
    assert problem.message == "verplichte kolom 'type' ontbreekt"
    assert problem.text() == "Partijen.csv, rij 1, kolom type: verplichte kolom 'type' ontbreekt"


def test_column_missing_in_optional_sheet() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels=TAFELS, Zetels="tafel;rol\nT1;lid\n"),
        "E-COLUMN-MISSING",
    )
    assert where(problem) == ("Zetels.csv", 1, "partij")
    assert "'partij'" in problem.message


def test_partijen_without_header_row_misses_id_naam_and_type() -> None:
    errors = errors_of(Partijen="")
    assert [(p.code, *where(p)) for p in errors] == [
        ("E-COLUMN-MISSING", "Partijen.csv", 1, "id"),
        ("E-COLUMN-MISSING", "Partijen.csv", 1, "naam"),
        ("E-COLUMN-MISSING", "Partijen.csv", 1, "type"),
    ]


def test_empty_partijen_sheet_in_workbook_misses_id_naam_and_type(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kaart.xlsx", {"Partijen": []})
    errors = file_errors(path)
    assert [(p.code, *where(p)) for p in errors] == [
        ("E-COLUMN-MISSING", "Partijen", 1, column) for column in ("id", "naam", "type")
    ]


def test_header_only_partijen_imports_an_empty_map(tmp_path: Path) -> None:
    result = import_sheets(Partijen="id;naam;type\n")
    assert result.map.parties == [] and result.map.tables == []
    assert result.warnings == []
    path = make_xlsx(tmp_path / "leeg.xlsx", {"Partijen": [["id", "naam", "type"]]})
    assert load_map(path, known_rules=known_rule_ids).map.parties == []


def test_column_duplicate_names_the_later_header_as_written() -> None:
    problem = only(
        errors_of(Partijen="id;naam;type;Name\nP1;Gemeente A;gemeente;Gemeente B\n"),
        "E-COLUMN-DUPLICATE",
    )
    assert where(problem) == ("Partijen.csv", 1, "Name")
    assert problem.message == "kolom 'Name' komt twee keer voor"


# -- E-VALUE-REQUIRED -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sheets", "expected"),
    [
        ({"Partijen": "id;naam;type\nP1;;gemeente\n"}, ("Partijen.csv", 2, "naam")),
        ({"Partijen": "id;naam;type\n;Gemeente A;gemeente\n"}, ("Partijen.csv", 2, "id")),
        ({"Partijen": "id;naam;Type\nP1;Gemeente A;\n"}, ("Partijen.csv", 2, "Type")),
        (
            {"Partijen": PARTIJEN, "Tafels": "id;naam;soort\nT1;Tafel;\n"},
            ("Tafels.csv", 2, "soort"),
        ),
        (
            {"Partijen": PARTIJEN, "Tafels": TAFELS, "Zetels": "tafel;partij\nT1;\n"},
            ("Zetels.csv", 2, "partij"),
        ),
        ({"Partijen": PARTIJEN, "Mandaten": "houder;namens\n;P2\n"},
         ("Mandaten.csv", 2, "houder")),
        ({"Partijen": PARTIJEN, "Mandaten": "houder;namens\nP1;\n"},
         ("Mandaten.csv", 2, "namens")),
        ({"Partijen": PARTIJEN, "Relaties": "van;naar;soort\nP1;P2;\n"},
         ("Relaties.csv", 2, "soort")),
        ({"Partijen": PARTIJEN, "Keuzes": "regel;onderwerp;reden\nR-IZA-04;P1;\n"},
         ("Keuzes.csv", 2, "reden")),
    ],
)
def test_value_required(sheets: dict[str, str], expected: tuple[str, int, str]) -> None:
    problem = only(errors_of(**sheets), "E-VALUE-REQUIRED")
    assert where(problem) == expected
    assert problem.message == "verplicht veld is leeg"


# -- ids ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "bad_id", ["P 1", "kaart", "-P1", "_P1", ".P1", "P/1", "P1!", "Pé1", "x" * 65]
)
def test_id_invalid(bad_id: str) -> None:
    problem = only(errors_of(Partijen=f"id;naam;type\n{bad_id};A;gemeente\n"), "E-ID-INVALID")
    assert where(problem) == ("Partijen.csv", 2, "id")
    assert problem.message == (
        f"ongeldige id '{bad_id}' (alleen letters, cijfers, '-', '_' en '.'; niet 'kaart')"
    )


@pytest.mark.parametrize("good_id", ["x" * 64, "1", "9.b_c-D", "A-01"])
def test_id_valid_edges(good_id: str) -> None:
    parties = import_sheets(Partijen=f"id;naam;type\n{good_id};A;gemeente\n").map.parties
    assert [p.id for p in parties] == [good_id]


def test_id_invalid_in_tafels() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels="id;naam;soort\nT 1;Tafel;zorgtafel\n"),
        "E-ID-INVALID",
    )
    assert where(problem) == ("Tafels.csv", 2, "id")
    assert "'T 1'" in problem.message


def test_id_duplicate_contract_example(tmp_path: Path) -> None:
    rows = split_rows("id;naam;type\nP1;A;gemeente\nP2;B;gemeente\nP2;C;gemeente")
    path = make_xlsx(tmp_path / "kaart.xlsx", {"Partijen": rows})
    problem = only(file_errors(path), "E-ID-DUPLICATE")
    assert problem.text() == "Partijen, rij 4, kolom id: id 'P2' komt al voor (Partijen, rij 3)"


def test_id_duplicate_is_case_insensitive() -> None:
    problem = only(
        errors_of(Partijen="id;naam;type\nP1;A;gemeente\np1;B;gemeente\n"), "E-ID-DUPLICATE"
    )
    assert where(problem) == ("Partijen.csv", 3, "id")
    assert problem.message == "id 'p1' komt al voor (Partijen.csv, rij 2)"


def test_id_duplicate_across_partijen_and_tafels_shares_one_namespace() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels="id;naam;soort\nT1;Tafel;zorgtafel\nP2;X;roaz\n"),
        "E-ID-DUPLICATE",
    )
    assert where(problem) == ("Tafels.csv", 3, "id")
    assert problem.message == "id 'P2' komt al voor (Partijen.csv, rij 3)"


def test_id_duplicate_across_sheets_with_other_case() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels="id;naam;soort\np1;Tafel;zorgtafel\n"),
        "E-ID-DUPLICATE",
    )
    assert where(problem) == ("Tafels.csv", 2, "id")
    assert "'p1'" in problem.message and "(Partijen.csv, rij 2)" in problem.message


# -- vocabularies -------------------------------------------------------------------------
def test_type_unknown_contract_example(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "k.xlsx", {"Partijen": split_rows("id;naam;type\nP1;A;gemeete")})
    problem = only(file_errors(path), "E-TYPE-UNKNOWN")
    assert problem.text() == (
        "Partijen, rij 2, kolom type: onbekend type 'gemeete'; bedoelt u 'gemeente'?"
    )


@pytest.mark.parametrize(
    ("written", "suggestion"),
    [("gemeete", "gemeente"), ("Ziekenhuiss", "ziekenhuis"), ("huisartsn", "huisartsen"),
     ("Zorgverzekeraa", "zorgverzekeraar"), ("GGDx", "ggd")],
)
def test_type_unknown_with_suggestion(written: str, suggestion: str) -> None:
    problem = only(errors_of(Partijen=f"id;naam;type\nP1;A;{written}\n"), "E-TYPE-UNKNOWN")
    assert where(problem) == ("Partijen.csv", 2, "type")
    assert problem.message == f"onbekend type '{written}'; bedoelt u '{suggestion}'?"
    assert problem.value == written


def test_type_unknown_without_suggestion() -> None:
    problem = only(errors_of(Partijen="id;naam;type\nP1;A;qqqqqqqqqqqq\n"), "E-TYPE-UNKNOWN")
    assert problem.message == "onbekend type 'qqqqqqqqqqqq'"


def test_soort_unknown_with_and_without_suggestion() -> None:
    errors = errors_of(
        Partijen=PARTIJEN, Tafels="id;naam;soort\nT1;A;zorgtafl\nT2;B;qqqqqqqqqqqq\n"
    )
    assert [(p.code, *where(p)) for p in errors] == [
        ("E-SOORT-UNKNOWN", "Tafels.csv", 2, "soort"),
        ("E-SOORT-UNKNOWN", "Tafels.csv", 3, "soort"),
    ]
    assert errors[0].message == "onbekende soort 'zorgtafl'; bedoelt u 'zorgtafel'?"
    assert errors[1].message == "onbekende soort 'qqqqqqqqqqqq'"


# -- enumerations, roles ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sheets", "expected", "words"),
    [
        (
            {"Partijen": PARTIJEN, "Tafels": TAFELS, "Zetels": "tafel;partij;rol\nT1;P1;baas\n"},
            ("Zetels.csv", 2, "rol"),
            ["onbekende rol 'baas'", "voorzitter", "initiatiefnemer", "toehoorder"],
        ),
        (
            {"Partijen": PARTIJEN, "Tafels": TAFELS,
             "Zetels": "tafel;partij;Ring\nT1;P1;derde ring\n"},
            ("Zetels.csv", 2, "Ring"),
            ["onbekende ring 'derde ring'", "kopgroep", "tweede-ring"],
        ),
        (
            {"Partijen": PARTIJEN, "Relaties": "van;naar;soort\nP1;P2;betaalt\n"},
            ("Relaties.csv", 2, "soort"),
            ["onbekende soort 'betaalt'", "financiert", "escaleert-naar"],
        ),
        (
            {"Partijen": "id;naam;type;rollen\nP1;A;gemeente;centrumgemeente, koning\n"},
            ("Partijen.csv", 2, "rollen"),
            ["onbekende rol 'koning'", "marktleider", "budgethouder"],
        ),
    ],
)
def test_enum_invalid(
    sheets: dict[str, str], expected: tuple[str, int, str], words: list[str]
) -> None:
    problem = only(errors_of(**sheets), "E-ENUM-INVALID")
    assert where(problem) == expected
    assert "(toegestaan: " in problem.message
    for word in words:
        assert word in problem.message


@pytest.mark.parametrize(
    ("type_id", "role", "allowed"),
    [
        ("gemeente", "marktleider", "zorgverzekeraar"),
        ("zorgkantoor", "marktleider", "zorgverzekeraar"),
        ("ziekenhuis", "concessiehouder", "zorgverzekeraar, zorgkantoor"),
        ("zorgverzekeraar", "aangewezen-gemeente", "gemeente"),
        ("ggd", "centrumgemeente", "gemeente"),
    ],
)
def test_role_type(type_id: str, role: str, allowed: str) -> None:
    problem = only(
        errors_of(Partijen=f"id;naam;type;rollen\nP1;A;{type_id};{role}\n"), "E-ROLE-TYPE"
    )
    assert where(problem) == ("Partijen.csv", 2, "rollen")
    assert problem.message == f"rol '{role}' past niet bij type '{type_id}' (alleen: {allowed})"


# -- typed values --------------------------------------------------------------------------
def test_bool_invalid() -> None:
    errors = errors_of(
        Partijen=PARTIJEN,
        Tafels=TAFELS,
        Zetels="tafel;partij;gecompenseerd\nT1;P1;misschien\n",
        Mandaten="houder;namens;Formeel\nP1;P2;2\n",
    )
    assert [(p.code, *where(p)) for p in errors] == [
        ("E-BOOL-INVALID", "Zetels.csv", 2, "gecompenseerd"),
        ("E-BOOL-INVALID", "Mandaten.csv", 2, "Formeel"),
    ]
    assert errors[0].message == "'misschien' is geen ja of nee"
    assert errors[1].message == "'2' is geen ja of nee"


def test_date_invalid_in_mandaten_keuzes_and_kaart() -> None:
    errors = errors_of(
        Kaart="naam;Test\npeildatum;morgen\n",
        Partijen=PARTIJEN,
        Mandaten="houder;namens;geldig-tot\nP1;P2;6/13/2024\n",
        Keuzes="regel;onderwerp;reden;Datum\nR-IZA-04;kaart;omdat;1-6-24\n",
    )
    assert [(p.code, *where(p)) for p in errors] == [
        ("E-DATE-INVALID", "Kaart.csv", 2, "waarde"),
        ("E-DATE-INVALID", "Mandaten.csv", 2, "geldig-tot"),
        ("E-DATE-INVALID", "Keuzes.csv", 2, "Datum"),
    ]
    assert errors[0].message == "'morgen' is geen geldige datum (gebruik JJJJ-MM-DD)"
    assert errors[1].message == "'6/13/2024' is geen geldige datum (gebruik JJJJ-MM-DD)"
    assert "'1-6-24'" in errors[2].message


@pytest.mark.parametrize(("column", "value"), [("invloed", "6"), ("belang", "hoog")])
def test_number_invalid(column: str, value: str) -> None:
    problem = only(
        errors_of(Partijen=f"id;naam;type;{column}\nP1;A;gemeente;{value}\n"), "E-NUMBER-INVALID"
    )
    assert where(problem) == ("Partijen.csv", 2, column)
    assert problem.message == f"'{value}' is geen geheel getal van 1 tot en met 5"


@pytest.mark.parametrize("code", ["GM363", "0363", "GM03633", "GX0363", "GM 0363"])
def test_gemeentecode_invalid(code: str) -> None:
    problem = only(
        errors_of(Partijen=f"id;naam;type;gemeenten\nP1;A;gemeente;GM0363, {code}\n"),
        "E-GEMEENTECODE-INVALID",
    )
    assert where(problem) == ("Partijen.csv", 2, "gemeenten")
    assert problem.message == f"'{code}' is geen CBS-gemeentecode (vorm GM0000)"


@pytest.mark.parametrize("column", ["werkgebied", "service-area", "gemeenten"])
def test_werkgebied_code_invalid_names_the_tafels_row_and_column(column: str) -> None:
    """Tafels ``werkgebied`` (version 2) is validated like Partijen ``gemeenten``."""
    problem = only(
        errors_of(Partijen="id;naam;type\nP1;A;gemeente\n",
                  Tafels=f"id;naam;soort;{column}\nT1;Jeugdregio;jeugdregio;\n"
                         f"T2;Beschermd wonen;beschermd-wonen;\"GM0363, GM36\"\n"),
        "E-GEMEENTECODE-INVALID",
    )
    assert where(problem) == ("Tafels.csv", 3, column)
    assert problem.message == "'GM36' is geen CBS-gemeentecode (vorm GM0000)"


# -- references ----------------------------------------------------------------------------
def test_ref_table_contract_example(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "kaart.xlsx",
        {
            "Partijen": split_rows(PARTIJEN.strip()),
            "Tafels": split_rows(TAFELS.strip()),
            "Zetels": split_rows("tafel;partij\nT1;P1\nT1;P2\n;\nT9;P1"),
        },
    )
    problem = only(file_errors(path), "E-REF-TABLE")
    assert problem.text() == "Zetels, rij 5, kolom tafel: onbekende tafel 'T9'"


@pytest.mark.parametrize(
    ("sheets", "code", "expected", "value"),
    [
        ({"Zetels": "tafel;partij\nT1;P9\n"}, "E-REF-PARTY", ("Zetels.csv", 2, "partij"), "P9"),
        # a table id is not a party
        ({"Zetels": "tafel;partij\nT1;T1\n"}, "E-REF-PARTY", ("Zetels.csv", 2, "partij"), "T1"),
        ({"Zetels": "tafel;partij\nP1;P1\n"}, "E-REF-TABLE", ("Zetels.csv", 2, "tafel"), "P1"),
        ({"Tafels": "id;naam;soort;Voorzitter\nT1;A;zorgtafel;P9\n"}, "E-REF-PARTY",
         ("Tafels.csv", 2, "Voorzitter"), "P9"),
        ({"Tafels": "id;naam;soort;secretariaat\nT1;A;zorgtafel;P9\n"}, "E-REF-PARTY",
         ("Tafels.csv", 2, "secretariaat"), "P9"),
        # the parent must name a table, not a party
        ({"Tafels": "id;naam;soort;parent\nT1;A;zorgtafel;P1\n"}, "E-REF-TABLE",
         ("Tafels.csv", 2, "parent"), "P1"),
        ({"Mandaten": "houder;namens\nP9;P1\n"}, "E-REF-PARTY",
         ("Mandaten.csv", 2, "houder"), "P9"),
        ({"Mandaten": "houder;namens\nP1;P9\n"}, "E-REF-PARTY",
         ("Mandaten.csv", 2, "namens"), "P9"),
        ({"Mandaten": "houder;namens\nP1;A22@Noord\n"}, "E-REF-PARTY",
         ("Mandaten.csv", 2, "namens"), "A22@Noord"),
        ({"Mandaten": "houder;namens;tafel\nP1;P2;T9\n"}, "E-REF-TABLE",
         ("Mandaten.csv", 2, "tafel"), "T9"),
        ({"Relaties": "van;naar;soort\nX1;P1;financiert\n"}, "E-REF-ID",
         ("Relaties.csv", 2, "van"), "X1"),
        ({"Relaties": "from;to;kind\nP1;X2;funds\n"}, "E-REF-ID", ("Relaties.csv", 2, "to"), "X2"),
        ({"Keuzes": "regel;onderwerp;reden\nR-IZA-04;X3;omdat\n"}, "E-REF-ID",
         ("Keuzes.csv", 2, "onderwerp"), "X3"),
    ],
)
def test_unknown_references(
    sheets: dict[str, str], code: str, expected: tuple[str, int, str], value: str
) -> None:
    base = {"Partijen": PARTIJEN, "Tafels": TAFELS}
    problem = only(errors_of(**(base | sheets)), code)
    assert where(problem) == expected
    noun = {"E-REF-PARTY": "partij", "E-REF-TABLE": "tafel", "E-REF-ID": "partij of tafel"}[code]
    assert problem.message == f"onbekende {noun} '{value}'"
    assert problem.value == value


def test_ref_type_with_suggestion() -> None:
    problem = only(
        errors_of(Partijen=SEATED_PARTIJEN, Mandaten="houder;namens\nP3;type:huisartsn\n"),
        "E-REF-TYPE",
    )
    assert where(problem) == ("Mandaten.csv", 2, "namens")
    assert problem.message == "onbekend type 'huisartsn'; bedoelt u 'huisartsen'?"


def test_ref_type_without_suggestion() -> None:
    problem = only(
        errors_of(Partijen=SEATED_PARTIJEN, Mandaten="houder;namens\nP3;type:qqqqqqqqqqqq@Noord\n"),
        "E-REF-TYPE",
    )
    assert problem.message == "onbekend type 'qqqqqqqqqqqq'"


def test_ref_rule_with_suggestion() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Keuzes="regel;onderwerp;reden\nR-IZA-4;kaart;omdat\n"),
        "E-REF-RULE",
    )
    assert where(problem) == ("Keuzes.csv", 2, "regel")
    assert problem.message == "onbekende regel 'R-IZA-4'; bedoelt u 'R-IZA-04'?"


def test_ref_rule_without_suggestion() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Keuzes="regel;onderwerp;reden\nGEEN-REGEL;kaart;omdat\n"),
        "E-REF-RULE",
    )
    assert problem.message == "onbekende regel 'GEEN-REGEL'"


def test_rule_ids_are_case_insensitive() -> None:
    waivers = import_sheets(
        Partijen=PARTIJEN, Keuzes="regel;onderwerp;reden\nr-iza-04;p1;omdat\n"
    ).map.waivers
    assert [(w.regel, w.onderwerp) for w in waivers] == [("R-IZA-04", "P1")]


# -- parent cycles ----------------------------------------------------------------------------
def test_parent_cycle_contract_example(tmp_path: Path) -> None:
    tafels = split_rows(
        "id;naam;soort;bovenliggende-tafel\nT1;A;zorgtafel;T2\nT2;B;zorgtafel;T3\nT3;C;zorgtafel;T1"
    )
    path = make_xlsx(
        tmp_path / "kaart.xlsx", {"Partijen": split_rows(PARTIJEN.strip()), "Tafels": tafels}
    )
    problem = only(file_errors(path), "E-PARENT-CYCLE")
    assert problem.text() == (
        "Tafels, rij 2, kolom bovenliggende-tafel: "
        "kringverwijzing in bovenliggende tafels: T1 → T2 → T3 → T1"
    )


def test_parent_cycle_starts_at_earliest_table_of_the_cycle() -> None:
    # X (row 2) leads into the cycle but is not part of it; B (row 3) is its earliest table.
    tafels = (
        "id;naam;soort;Bovenliggende tafel\n"
        "X;x;zorgtafel;C\n"
        "B;b;zorgtafel;C\n"
        "A;a;zorgtafel;B\n"
        "C;c;zorgtafel;A\n"
    )
    problem = only(errors_of(Partijen=PARTIJEN, Tafels=tafels), "E-PARENT-CYCLE")
    assert where(problem) == ("Tafels.csv", 3, "Bovenliggende tafel")
    assert problem.message == "kringverwijzing in bovenliggende tafels: B → C → A → B"


def test_parent_cycle_uses_canonical_ids() -> None:
    tafels = "id;naam;soort;parent-table\nT1;a;zorgtafel;t2\nT2;b;zorgtafel;t1\n"
    problem = only(errors_of(Partijen=PARTIJEN, Tafels=tafels), "E-PARENT-CYCLE")
    assert where(problem) == ("Tafels.csv", 2, "parent-table")
    assert problem.message.endswith(": T1 → T2 → T1")


def test_self_parent_is_a_cycle() -> None:
    tafels = "id;naam;soort;bovenliggende-tafel\nT0;a;zorgtafel;\nT1;b;zorgtafel;T1\n"
    problem = only(errors_of(Partijen=PARTIJEN, Tafels=tafels), "E-PARENT-CYCLE")
    assert where(problem) == ("Tafels.csv", 3, "bovenliggende-tafel")
    assert problem.message == "kringverwijzing in bovenliggende tafels: T1 → T1"


def test_two_cycles_give_two_errors_and_a_chain_gives_none() -> None:
    tafels = (
        "id;naam;soort;bovenliggende-tafel\n"
        "T1;a;zorgtafel;T2\n"
        "T2;b;zorgtafel;T1\n"
        "T3;c;zorgtafel;T4\n"
        "T4;d;zorgtafel;T5\n"
        "T5;e;zorgtafel;\n"
        "T6;f;zorgtafel;T6\n"
    )
    errors = errors_of(Partijen=PARTIJEN, Tafels=tafels)
    assert [(p.code, p.row) for p in errors] == [("E-PARENT-CYCLE", 2), ("E-PARENT-CYCLE", 7)]
    tafels_ok = "id;naam;soort;bovenliggende-tafel\nT3;c;zorgtafel;T4\nT4;d;zorgtafel;T5\n" \
                "T5;e;zorgtafel;\n"
    tables = import_sheets(Partijen=PARTIJEN, Tafels=tafels_ok).map.tables
    assert [(t.id, t.bovenliggende_tafel) for t in tables] == [
        ("T3", "T4"), ("T4", "T5"), ("T5", "")]


# -- seats and chairs --------------------------------------------------------------------------
def test_seat_duplicate_on_later_row() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels=TAFELS,
                  Zetels="tafel;partij;rol\nT1;P1;lid\nT1;P2;lid\nT1;P1;adviseur\n"),
        "E-SEAT-DUPLICATE",
    )
    assert where(problem) == ("Zetels.csv", 4, "partij")
    assert problem.message == "partij 'P1' heeft al een zetel aan tafel 'T1' (rij 2)"


def test_seat_duplicate_matches_ids_case_insensitively() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels=TAFELS, Zetels="tafel;partij\nT1;P1\nt1;p1\n"),
        "E-SEAT-DUPLICATE",
    )
    assert where(problem) == ("Zetels.csv", 3, "partij")
    assert "'p1'" in problem.message and "(rij 2)" in problem.message


def test_chair_not_seated() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels="id;naam;soort;voorzitter\nT1;A;zorgtafel;P2\n",
                  Zetels="tafel;partij\nT1;P1\n"),
        "E-CHAIR-NOT-SEATED",
    )
    assert where(problem) == ("Tafels.csv", 2, "voorzitter")
    assert problem.message == "voorzitter 'P2' heeft geen zetel aan tafel 'T1'"


def test_chair_conflict_with_tafels_voorzitter() -> None:
    problem = only(
        errors_of(
            Partijen=PARTIJEN,
            Tafels="id;naam;soort;voorzitter\nT1;A;zorgtafel;P1\n",
            Zetels="tafel;partij;Rol\nT1;P1;lid\nT1;P2;voorzitter\n",
        ),
        "E-CHAIR-CONFLICT",
    )
    assert where(problem) == ("Zetels.csv", 3, "Rol")
    assert problem.message == "partij 'P2' is voorzitter volgens Zetels, maar Tafels noemt 'P1'"


def test_chair_conflict_two_chair_seats() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels=TAFELS,
                  Zetels="tafel;partij;rol\nT1;P1;voorzitter\nT1;P2;chair\n"),
        "E-CHAIR-CONFLICT",
    )
    assert where(problem) == ("Zetels.csv", 3, "rol")
    assert problem.message == "tafel 'T1' heeft meer dan één voorzitter"


def test_chair_from_single_voorzitter_seat_and_chair_plus_initiator_are_valid() -> None:
    region = import_sheets(
        Partijen=PARTIJEN,
        Tafels="id;naam;soort;voorzitter\nT1;A;zorgtafel;P1\nT2;B;roaz;\n",
        Zetels="tafel;partij;rol\nT1;P1;initiatiefnemer\nT1;P2;lid\nT2;P2;voorzitter\n",
    ).map
    assert [(s.tafel, s.partij, s.rol) for s in region.seats] == [
        ("T1", "P1", "initiatiefnemer"), ("T1", "P2", "lid"), ("T2", "P2", "voorzitter")]


# -- mandates, waivers, Kaart --------------------------------------------------------------
def test_mandate_self() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Mandaten="houder;namens\nP1;p1\n"), "E-MANDATE-SELF"
    )
    assert where(problem) == ("Mandaten.csv", 2, "namens")
    assert problem.message == "houder en namens zijn dezelfde partij"


def test_keuze_duplicate_on_later_row() -> None:
    problem = only(
        errors_of(
            Partijen=PARTIJEN,
            Keuzes="regel;onderwerp;reden\nR-IZA-04;P1;eerste\nR-IZA-05;P1;ander\n"
                   "R-IZA-04;P1;tweede\n",
        ),
        "E-KEUZE-DUPLICATE",
    )
    assert where(problem) == ("Keuzes.csv", 4, "onderwerp")
    assert problem.message == "keuze voor R-IZA-04 / P1 staat al in rij 2"


def test_keuze_duplicate_is_case_insensitive() -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN,
                  Keuzes="regel;onderwerp;reden\nR-IZA-04;kaart;a\nr-iza-04;KAART;b\n"),
        "E-KEUZE-DUPLICATE",
    )
    assert where(problem) == ("Keuzes.csv", 3, "onderwerp")
    assert "R-IZA-04" in problem.message and "rij 2" in problem.message


def test_kaart_key_duplicate_via_alias() -> None:
    problem = only(
        errors_of(Kaart="sleutel;waarde\nnaam;Kaart A\nregio;Kust\nName;Kaart B\n",
                  Partijen=PARTIJEN),
        "E-KAART-KEY-DUPLICATE",
    )
    assert where(problem) == ("Kaart.csv", 4, "sleutel")
    assert problem.message == "sleutel 'Name' staat al in rij 2"


# -- warnings ------------------------------------------------------------------------------
def test_warning_sheet_unknown(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "kaart.xlsx",
        {"Partijen": split_rows(PARTIJEN.strip()), "Notities": [["wat", "dan"]]},
    )
    result = load_map(path, known_rules=known_rule_ids)
    problem = only(result.warnings, "W-SHEET-UNKNOWN")
    assert (problem.sheet, problem.row, problem.column) == ("Notities", None, "")
    assert problem.message == "onbekend blad 'Notities' wordt genegeerd"
    assert problem.text() == "Notities: onbekend blad 'Notities' wordt genegeerd"
    assert len(result.map.parties) == 2


def test_warning_column_unknown() -> None:
    problem = only(
        warnings_of(Partijen="id;naam;type;Telefoon\nP1;A;gemeente;0612345678\n"),
        "W-COLUMN-UNKNOWN",
    )
    assert where(problem) == ("Partijen.csv", 1, "Telefoon")
    assert problem.message == "onbekende kolom 'Telefoon' wordt genegeerd"


def test_warning_kaart_key_unknown() -> None:
    problem = only(
        warnings_of(Kaart="naam;Test\nkleur;rood\n", Partijen=PARTIJEN), "W-KAART-KEY-UNKNOWN"
    )
    assert where(problem) == ("Kaart.csv", 2, "sleutel")
    assert problem.message == "onbekende sleutel 'kleur' wordt genegeerd"


def test_warning_gemeentecode_unknown_keeps_the_code() -> None:
    result = import_sheets(Partijen="id;naam;type;gemeenten\nP1;A;gemeente;\"GM0363; GM9999\"\n")
    problem = only(result.warnings, "W-GEMEENTECODE-UNKNOWN")
    assert where(problem) == ("Partijen.csv", 2, "gemeenten")
    assert problem.message == "gemeentecode 'GM9999' komt niet voor in de CBS-lijst"
    assert result.map.parties[0].gemeenten == ("GM0363", "GM9999")


def test_warning_mandate_expired_keeps_the_mandate() -> None:
    result = import_sheets(
        Kaart="peildatum;2024-03-01\n",
        Partijen=SEATED_PARTIJEN,
        Mandaten="houder;namens;Geldig tot\nP1;P2;2024-02-29\nP1;P3;2024-03-01\n",
    )
    problem = only(result.warnings, "W-MANDATE-EXPIRED")
    assert where(problem) == ("Mandaten.csv", 2, "Geldig tot")
    assert problem.message == (
        "mandaat verlopen op 2024-02-29 (peildatum 2024-03-01); het telt niet mee"
    )
    # the last day of validity is the peildatum itself: still valid, no warning for row 3
    assert [m.geldig_tot for m in result.map.mandates] == [date(2024, 2, 29), date(2024, 3, 1)]


def test_warning_mandate_expired_uses_today_without_peildatum() -> None:
    result = import_sheets(
        today=date(2025, 1, 1),
        Partijen=SEATED_PARTIJEN,
        Mandaten="houder;namens;geldig-tot\nP1;P2;2024-12-31\n",
    )
    problem = only(result.warnings, "W-MANDATE-EXPIRED")
    assert "(peildatum 2025-01-01)" in problem.message


def test_warning_mandate_not_seated_keeps_the_mandate() -> None:
    result = import_sheets(
        Partijen=SEATED_PARTIJEN, Tafels=SEATED_TAFELS, Zetels=SEATED_ZETELS,
        Mandaten="holder;namens;tafel\nP3;P1;T1\nP1;P2;T1\n",
    )
    problem = only(result.warnings, "W-MANDATE-NOT-SEATED")
    assert where(problem) == ("Mandaten.csv", 2, "holder")
    assert problem.message == (
        "houder 'P3' heeft geen zetel aan tafel 'T1'; het mandaat telt daar niet mee"
    )
    assert [(m.houder, m.tafel) for m in result.map.mandates] == [("P3", "T1"), ("P1", "T1")]


def test_warning_subregio_unknown_keeps_the_row() -> None:
    result = import_sheets(
        Partijen=SEATED_PARTIJEN, Mandaten="houder;namens\nP1;type:huisartsen@Zuid\n"
    )
    problem = only(result.warnings, "W-SUBREGIO-UNKNOWN")
    assert where(problem) == ("Mandaten.csv", 2, "namens")
    assert problem.message == "geen partij heeft subregio 'Zuid'"
    [mandate] = result.map.mandates
    assert (mandate.namens_type, mandate.namens_subregio) == ("huisartsen", "Zuid")


def test_known_subregio_is_compared_case_insensitively() -> None:
    result = import_sheets(
        Partijen=SEATED_PARTIJEN, Mandaten="houder;namens\nP1;type:huisartsen@NOORD\n"
    )
    assert result.warnings == []


# -- all errors together, sorted; no cascades -------------------------------------------------
def test_all_errors_are_reported_together_sorted_by_sheet_row_and_column() -> None:
    error = load_error(
        Keuzes="regel;onderwerp;reden\nR-XYZ;P1;x\n",
        Zetels="tafel;partij\nT9;P1\n",
        Partijen="id;naam;type;invloed\nP1;A;gemeente;9\nP2;;gemeete;7\n",
        Tafels="id;naam;soort\nT1;A;tafeltje\n",
        Kaart="naam;x\npeildatum;gisteren\n",
        Mandaten="houder;namens\nP1;P1\n",
        Relaties="van;naar;soort\nP1;Q;werkt-samen\n",
    )
    assert [(p.code, *where(p)) for p in error.errors] == [
        ("E-DATE-INVALID", "Kaart.csv", 2, "waarde"),
        ("E-NUMBER-INVALID", "Partijen.csv", 2, "invloed"),
        ("E-VALUE-REQUIRED", "Partijen.csv", 3, "naam"),
        ("E-TYPE-UNKNOWN", "Partijen.csv", 3, "type"),
        ("E-NUMBER-INVALID", "Partijen.csv", 3, "invloed"),
        ("E-SOORT-UNKNOWN", "Tafels.csv", 2, "soort"),
        ("E-REF-TABLE", "Zetels.csv", 2, "tafel"),
        ("E-MANDATE-SELF", "Mandaten.csv", 2, "namens"),
        ("E-REF-ID", "Relaties.csv", 2, "naar"),
        ("E-REF-RULE", "Keuzes.csv", 2, "regel"),
    ]
    text = str(error)
    assert "10 fout(en)" in text


def test_columns_are_sorted_in_file_order_not_alphabetically() -> None:
    # "type" comes before "invloed" in this file, though "invloed" sorts first alphabetically
    errors = errors_of(Partijen="type;id;invloed;naam\ngemeete;P1;9;A\n")
    assert [p.column for p in errors] == ["type", "invloed"]


def test_one_mistake_gives_one_error_not_a_cascade() -> None:
    # P1 has a bad type and T1 a bad soort; both ids are valid, so every reference works.
    errors = errors_of(
        Partijen="id;naam;type\nP1;Gemeente A;gemeete\nP2;Ziekenhuis B;ziekenhuis\n",
        Tafels="id;naam;soort;voorzitter;secretariaat\nT1;Tafel;zorgtafl;P1;P1\n"
               "T2;Sub;roaz;;\n",
        Zetels="tafel;partij;rol\nT1;P1;lid\nT1;P2;lid\nT2;P1;voorzitter\n",
        Mandaten="houder;namens;tafel\nP2;P1;T1\nP1;type:gemeente;T2\n",
        Relaties="van;naar;soort\nP1;T1;financiert\n",
        Keuzes="regel;onderwerp;reden\nR-IZA-04;T1;omdat\n",
    )
    assert [(p.code, p.sheet, p.row) for p in errors] == [
        ("E-TYPE-UNKNOWN", "Partijen.csv", 2),
        ("E-SOORT-UNKNOWN", "Tafels.csv", 2),
    ]


def test_a_wrong_soort_does_not_hide_other_errors_of_the_table() -> None:
    errors = errors_of(
        Partijen=PARTIJEN,
        Tafels="id;naam;soort;bovenliggende-tafel;voorzitter\n"
               "T1;a;zorgtafel;T2;\nT2;b;zorgtafl;T1;P2\n",
        Zetels="tafel;partij\nT1;P1\n",
    )
    assert [(p.code, p.row, p.column) for p in errors] == [
        ("E-PARENT-CYCLE", 2, "bovenliggende-tafel"),
        ("E-SOORT-UNKNOWN", 3, "soort"),
        ("E-CHAIR-NOT-SEATED", 3, "voorzitter"),
    ]
    assert errors[0].message.endswith("T1 → T2 → T1")


def test_duplicate_id_does_not_cascade_into_references() -> None:
    errors = errors_of(
        Partijen="id;naam;type\nP1;A;gemeente\nP1;B;gemeente\n",
        Tafels=TAFELS,
        Zetels="tafel;partij\nT1;P1\n",
    )
    assert [(p.code, p.row) for p in errors] == [("E-ID-DUPLICATE", 3)]


def test_errors_in_a_failed_import_load_nothing(tmp_path: Path) -> None:
    folder = write_csv_folder(
        tmp_path / "kaart", Partijen="id;naam;type\nP1;A;gemeente\nP2;B;gemeete\n"
    )
    with pytest.raises(MapLoadError) as info:
        load_map(folder, known_rules=known_rule_ids)
    assert [p.code for p in info.value.errors] == ["E-TYPE-UNKNOWN"]
    assert info.value.errors[0].text().startswith("Partijen.csv, rij 3, kolom type: ")


def test_warnings_are_listed_after_a_successful_load() -> None:
    result = import_sheets(
        Kaart="naam;x\nkleur;rood\n",
        Partijen="id;naam;type;fax\nP1;A;gemeente;-\n",
        Notities="iets\n",
    )
    codes = [p.code for p in result.warnings]
    assert sorted(codes) == ["W-COLUMN-UNKNOWN", "W-KAART-KEY-UNKNOWN", "W-SHEET-UNKNOWN"]
    # within the known sheets the contract order holds: Kaart before Partijen
    assert codes.index("W-KAART-KEY-UNKNOWN") < codes.index("W-COLUMN-UNKNOWN")
    assert {p.severity for p in result.warnings} == {"waarschuwing"}
    assert not any(p.is_error for p in result.warnings)
