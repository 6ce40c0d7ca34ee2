"""Cell values, value types and name matching (``spreadsheet-format.md`` §1-§5).

CSV texts go through the real importer (:mod:`builders`); typed Excel cells
(numbers, dates, booleans, formulas, the 1904 date system) come from real
workbooks written with openpyxl in ``tmp_path``.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from builders import import_sheets
from io_helpers import (
    PARTIJEN,
    TAFELS,
    errors_of,
    file_errors,
    make_xlsx,
    only,
    split_rows,
    where,
)

from stakeholders.io.formats import load_map
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids

PARTY_HEADER = ["id", "naam", "type", "notities"]


def _load_xlsx(tmp_path: Path, sheets: dict[str, list[list[Any]]], **kwargs: Any) -> RegionMap:
    path = make_xlsx(tmp_path / "kaart.xlsx", sheets, **kwargs)
    return load_map(path, known_rules=known_rule_ids).map


def _mandate_date(text: str) -> date | None:
    """Import ``text`` as Mandaten ``geldig-tot`` (peildatum far back: nothing expires)."""
    region = import_sheets(
        Kaart="peildatum;1900-01-01\n",
        Partijen=PARTIJEN,
        Mandaten=f'houder;namens;geldig-tot\nP1;P2;"{text}"\n',
    ).map
    return region.mandates[0].geldig_tot


# -- trimming -------------------------------------------------------------------------------
def test_cells_and_headers_are_trimmed_including_non_breaking_spaces() -> None:
    region = import_sheets(
        Partijen="\u00a0id ;  naam\u00a0;\ttype\n"
                 "\u00a0P1\u00a0; Gemeente\u00a0A\u00a0\u202f;\u00a0gemeente \n",
        Tafels="id;naam;soort\nT1;Tafel;zorgtafel\n",
        Zetels="tafel;partij\n T1 ;\u00a0P1\n",
    ).map
    [party] = region.parties
    assert (party.id, party.naam, party.type) == ("P1", "Gemeente\u00a0A", "gemeente")
    assert [(s.tafel, s.partij) for s in region.seats] == [("T1", "P1")]


def test_xlsx_cells_are_trimmed(tmp_path: Path) -> None:
    region = _load_xlsx(tmp_path, {"Partijen": [
        ["id\u00a0", " naam", "type"],
        ["\u00a0P1 ", " Gemeente A\u00a0", " Gemeente "],
    ]})
    [party] = region.parties
    assert (party.id, party.naam, party.type) == ("P1", "Gemeente A", "gemeente")


# -- typed Excel cells in text columns --------------------------------------------------------
def test_numeric_ids_are_text_without_trailing_zero(tmp_path: Path) -> None:
    region = _load_xlsx(tmp_path, {
        "Partijen": [["id", "naam", "type"], [101, "A", "gemeente"], [102.0, "B", "gemeente"]],
        "Tafels": [["id", "naam", "soort"], [7, "Tafel", "zorgtafel"]],
        "Zetels": [["tafel", "partij"], [7.0, 101.0], ["7", 102]],
    })
    assert [p.id for p in region.parties] == ["101", "102"]
    assert [t.id for t in region.tables] == ["7"]
    assert [(s.tafel, s.partij) for s in region.seats] == [("7", "101"), ("7", "102")]


def test_numeric_cell_in_a_text_column(tmp_path: Path) -> None:
    region = _load_xlsx(tmp_path, {"Partijen": [
        PARTY_HEADER, ["P1", 2024, "gemeente", 12.5], ["P2", "B", "gemeente", 3.0],
    ]})
    assert [(p.naam, p.notities) for p in region.parties] == [("2024", "12.5"), ("B", "3")]


def test_excel_date_cell_in_a_text_column(tmp_path: Path) -> None:
    region = _load_xlsx(
        tmp_path,
        {"Partijen": [PARTY_HEADER, ["P1", "A", "gemeente", date(2024, 3, 1)],
                      ["P2", "B", "gemeente", datetime(2024, 12, 31, 17, 30)]]},
        number_formats={("Partijen", "D2"): "dd-mm-yyyy", ("Partijen", "D3"): "d-m-yy h:mm"},
    )
    assert [p.notities for p in region.parties] == ["2024-03-01", "2024-12-31"]


def test_excel_boolean_cell_in_a_text_column_is_ja_or_nee(tmp_path: Path) -> None:
    region = _load_xlsx(tmp_path, {
        "Partijen": [PARTY_HEADER, ["P1", "A", "gemeente", True], ["P2", "B", "gemeente", False]],
        "Tafels": [["id", "naam", "soort", "onafhankelijke-voorzitter"],
                   ["T1", "Tafel", "zorgtafel", True]],
    })
    assert [p.notities for p in region.parties] == ["ja", "nee"]
    assert region.tables[0].onafhankelijke_voorzitter == "ja"


def test_formula_without_cached_value_is_empty(tmp_path: Path) -> None:
    # openpyxl writes formulas without a cached value, like a workbook never opened in Excel
    region = _load_xlsx(tmp_path, {"Partijen": [
        PARTY_HEADER, ["P1", "A", "gemeente", "=B2&\" (notitie)\""],
    ]})
    assert region.parties[0].notities == ""


def test_formula_without_cached_value_in_required_column_is_missing(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kaart.xlsx", {"Partijen": [
        PARTY_HEADER, ["P1", "=UPPER(\"a\")", "gemeente", None],
    ]})
    problem = only(file_errors(path), "E-VALUE-REQUIRED")
    assert where(problem) == ("Partijen", 2, "naam")


def test_formula_with_cached_value_gives_the_cached_value(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kaart.xlsx", {"Partijen": [
        ["id", "naam", "type", "invloed"], ["P1", '="Gem"&"eente A"', "gemeente", "=1+2"],
    ]})
    _set_cached_values(path, {"B2": ("str", "Gemeente A"), "D2": ("n", "3")})
    [party] = load_map(path, known_rules=known_rule_ids).map.parties
    assert (party.naam, party.invloed) == ("Gemeente A", 3)


def _set_cached_values(path: Path, values: dict[str, tuple[str, str]]) -> None:
    """Give formula cells of the first sheet a cached value, as Excel does when it saves."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    for ref, (kind, value) in values.items():
        pattern = re.compile(rf'<c r="{ref}">(<f>.*?</f>)<v ?/></c>')
        kind_attr = f' t="{kind}"' if kind != "n" else ""
        xml, count = pattern.subn(rf'<c r="{ref}"{kind_attr}>\1<v>{value}</v></c>', xml)
        assert count == 1, ref
    parts["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


# -- booleans ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["ja", "Ja", "JA", " ja ", "j", "J", "yes", "YES", "y", "true", "TRUE", "waar",
             "Waar", "1", "x", "X"],
)
def test_yes_values(text: str) -> None:
    region = import_sheets(
        Partijen=PARTIJEN, Tafels=TAFELS,
        Zetels=f'tafel;partij;gecompenseerd\nT1;P1;"{text}"\n',
        Mandaten=f'houder;namens;formeel\nP1;P2;"{text}"\n',
    ).map
    assert region.seats[0].gecompenseerd is True
    assert region.mandates[0].formeel is True


@pytest.mark.parametrize(
    "text", ["nee", "Nee", "NEE", " nee ", "n", "N", "no", "No", "false", "False", "onwaar",
             "ONWAAR", "0"],
)
def test_no_values(text: str) -> None:
    region = import_sheets(
        Partijen=PARTIJEN, Tafels=TAFELS,
        Zetels=f'tafel;partij;gecompenseerd\nT1;P1;"{text}"\n',
        Mandaten=f'houder;namens;formeel\nP1;P2;"{text}"\n',
    ).map
    assert region.seats[0].gecompenseerd is False
    assert region.mandates[0].formeel is False


def test_empty_boolean_means_not_given_or_default() -> None:
    region = import_sheets(
        Partijen=PARTIJEN, Tafels=TAFELS,
        Zetels="tafel;partij;gecompenseerd\nT1;P1;\n",
        Mandaten="houder;namens;formeel\nP1;P2;\n",
    ).map
    assert region.seats[0].gecompenseerd is None  # empty means unknown
    assert region.mandates[0].formeel is False  # default nee


@pytest.mark.parametrize("text", ["misschien", "2", "jaa", "-", "ja nee", "nope", "10", "ok"])
def test_bool_invalid_values(text: str) -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Tafels=TAFELS,
                  Zetels=f"tafel;partij;gecompenseerd\nT1;P1;{text}\n"),
        "E-BOOL-INVALID",
    )
    assert where(problem) == ("Zetels.csv", 2, "gecompenseerd")
    assert f"'{text}'" in problem.message


def test_excel_boolean_and_numeric_cells_are_booleans(tmp_path: Path) -> None:
    region = _load_xlsx(tmp_path, {
        "Partijen": split_rows(PARTIJEN.strip()),
        "Tafels": [*split_rows(TAFELS.strip()), ["T2", "Tafel 2", "roaz"]],
        "Zetels": [["tafel", "partij", "gecompenseerd"],
                   ["T1", "P1", True], ["T1", "P2", False], ["T2", "P1", 1], ["T2", "P2", 0]],
        "Mandaten": [["houder", "namens", "formeel"], ["P1", "P2", True], ["P2", "P1", 0.0]],
    })
    assert [s.gecompenseerd for s in region.seats] == [True, False, True, False]
    assert [m.formeel for m in region.mandates] == [True, False]


def test_numeric_cell_other_than_0_or_1_is_no_boolean(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kaart.xlsx", {
        "Partijen": split_rows(PARTIJEN.strip()),
        "Tafels": split_rows(TAFELS.strip()),
        "Zetels": [["tafel", "partij", "gecompenseerd"], ["T1", "P1", 2]],
    })
    problem = only(file_errors(path), "E-BOOL-INVALID")
    assert where(problem) == ("Zetels", 2, "gecompenseerd")
    assert "'2'" in problem.message


# -- dates ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-01", date(2024, 1, 1)),
        ("2024-01-01T13:45:00", date(2024, 1, 1)),
        ("2024-01-01 13:45", date(2024, 1, 1)),
        ("2024-03-01T00:00:00+01:00", date(2024, 3, 1)),
        ("1-6-2024", date(2024, 6, 1)),
        ("01-06-2024", date(2024, 6, 1)),
        ("1/6/2024", date(2024, 6, 1)),
        ("13/12/2024", date(2024, 12, 13)),
        ("1.6.2024", date(2024, 6, 1)),
        ("29-2-2024", date(2024, 2, 29)),
        ("45292", date(2024, 1, 1)),
        ("45657", date(2024, 12, 31)),
        ("45292.75", date(2024, 1, 1)),
        ("45292,75", date(2024, 1, 1)),
        ("1", date(1899, 12, 31)),
        ("2958465", date(9999, 12, 31)),
    ],
)
def test_accepted_date_texts(text: str, expected: date) -> None:
    assert _mandate_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "6/13/2024",  # American month-first: day 6 of month 13
        "1-6-24",  # two-digit year
        "01/06/24",
        "24-06-01",
        "1 juni 2024",  # month names
        "June 1, 2024",
        "2024-13-01",
        "31-2-2024",
        "29-2-2023",
        "2024/01/01",
        "2024-6-1",  # not YYYY-MM-DD
        "2024-01-1",
        "0",  # serial out of range
        "2958466",
        "-45292",
        "vandaag",
    ],
)
def test_invalid_dates(text: str) -> None:
    problem = only(
        errors_of(Partijen=PARTIJEN, Mandaten=f'houder;namens;geldig-tot\nP1;P2;"{text}"\n'),
        "E-DATE-INVALID",
    )
    assert where(problem) == ("Mandaten.csv", 2, "geldig-tot")
    assert problem.message == f"'{text}' is geen geldige datum (gebruik JJJJ-MM-DD)"


def test_digit_text_is_a_serial_not_a_year() -> None:
    # §4 item 2: text made only of digits is an Excel serial number (2024 = 1905-07-16)
    assert _mandate_date("2024") == date(1905, 7, 16)


def test_empty_date_means_no_date() -> None:
    assert _mandate_date("") is None


def test_excel_date_cells(tmp_path: Path) -> None:
    region = _load_xlsx(
        tmp_path,
        {
            "Partijen": split_rows(PARTIJEN.strip()),
            "Mandaten": [
                ["houder", "namens", "geldig-tot"],
                ["P1", "P2", date(2030, 1, 31)],
                ["P2", "P1", datetime(2030, 2, 1, 23, 59)],
            ],
            "Keuzes": [["regel", "onderwerp", "reden", "datum"],
                       ["R-IZA-04", "kaart", "omdat", datetime(2024, 2, 20, 8, 0)]],
            "Kaart": [["peildatum", datetime(2024, 3, 1, 12, 0)]],
        },
        number_formats={("Mandaten", "C2"): "d-m-yyyy", ("Mandaten", "C3"): "yyyy-mm-dd hh:mm",
                        ("Keuzes", "D2"): "dd/mm/yyyy", ("Kaart", "B1"): "yyyy-mm-dd"},
    )
    assert [m.geldig_tot for m in region.mandates] == [date(2030, 1, 31), date(2030, 2, 1)]
    assert region.waivers[0].datum == date(2024, 2, 20)
    assert region.info.peildatum == date(2024, 3, 1)


def test_excel_serial_numbers_in_numeric_cells(tmp_path: Path) -> None:
    region = _load_xlsx(tmp_path, {
        "Partijen": split_rows(PARTIJEN.strip()),
        "Kaart": [["peildatum", 45292]],
        "Mandaten": [["houder", "namens", "geldig-tot"],
                     ["P1", "P2", 45657], ["P2", "P1", 45657.99]],
        "Keuzes": [["regel", "onderwerp", "reden", "datum"], ["R-IZA-04", "kaart", "x", "45292"]],
    })
    assert region.info.peildatum == date(2024, 1, 1)
    assert [m.geldig_tot for m in region.mandates] == [date(2024, 12, 31)] * 2
    assert region.waivers[0].datum == date(2024, 1, 1)


def test_numeric_serial_out_of_range_is_invalid(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kaart.xlsx", {
        "Partijen": split_rows(PARTIJEN.strip()),
        "Mandaten": [["houder", "namens", "geldig-tot"], ["P1", "P2", 0], ["P2", "P1", 3e6]],
    })
    errors = file_errors(path)
    assert [(p.code, *where(p)) for p in errors] == [
        ("E-DATE-INVALID", "Mandaten", 2, "geldig-tot"),
        ("E-DATE-INVALID", "Mandaten", 3, "geldig-tot"),
    ]


def test_1904_date_system_counts_numeric_cells_from_1904(tmp_path: Path) -> None:
    region = _load_xlsx(
        tmp_path,
        {
            "Partijen": split_rows(PARTIJEN.strip()),
            "Kaart": [["peildatum", 43830]],  # 1904-01-01 + 43830 days
            "Mandaten": [
                ["houder", "namens", "geldig-tot"],
                ["P1", "P2", 43830],  # numeric cell: 1904 system
                ["P2", "P1", "45292"],  # text serial: always the 1900 system
            ],
            "Keuzes": [["regel", "onderwerp", "reden", "datum"],
                       ["R-IZA-04", "kaart", "x", date(2024, 2, 20)]],
        },
        epoch_1904=True,
        number_formats={("Keuzes", "D2"): "yyyy-mm-dd"},
    )
    assert region.info.peildatum == date(2024, 1, 1)
    assert [m.geldig_tot for m in region.mandates] == [date(2024, 1, 1), date(2024, 1, 1)]
    assert region.waivers[0].datum == date(2024, 2, 20)


def test_1904_text_serial_is_counted_in_1900_system(tmp_path: Path) -> None:
    region = _load_xlsx(
        tmp_path,
        {
            "Partijen": split_rows(PARTIJEN.strip()),
            "Mandaten": [["houder", "namens", "geldig-tot"], ["P1", "P2", "43830"]],
        },
        epoch_1904=True,
    )
    assert region.mandates[0].geldig_tot == date(2019, 12, 31)


# -- integers 1-5 -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("1", 1), ("5", 5), (" 3 ", 3), ("3,0", 3), ("3.0", 3), ("4,00", 4), ("", None)],
)
def test_scores_from_text(text: str, expected: int | None) -> None:
    region = import_sheets(
        Partijen=f'id;naam;type;invloed;belang\nP1;A;gemeente;"{text}";"{text}"\n'
    ).map
    assert (region.parties[0].invloed, region.parties[0].belang) == (expected, expected)


@pytest.mark.parametrize("text", ["0", "6", "3.5", "3,5", "-1", "drie", "10", "1e0"])
def test_invalid_scores(text: str) -> None:
    problem = only(
        errors_of(Partijen=f'id;naam;type;Influence\nP1;A;gemeente;"{text}"\n'),
        "E-NUMBER-INVALID",
    )
    assert where(problem) == ("Partijen.csv", 2, "Influence")
    assert f"'{text}'" in problem.message


def test_scores_from_numeric_cells(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kaart.xlsx", {"Partijen": [
        ["id", "naam", "type", "invloed", "belang"],
        ["P1", "A", "gemeente", 3.0, 5],
        ["P2", "B", "gemeente", 3.5, 0],
        ["P3", "C", "gemeente", 6, True],
    ]})
    errors = file_errors(path)
    assert [(p.code, *where(p)) for p in errors] == [
        ("E-NUMBER-INVALID", "Partijen", 3, "invloed"),
        ("E-NUMBER-INVALID", "Partijen", 3, "belang"),
        ("E-NUMBER-INVALID", "Partijen", 4, "invloed"),
        ("E-NUMBER-INVALID", "Partijen", 4, "belang"),
    ]
    assert "'3.5'" in errors[0].message
    good = _load_xlsx(tmp_path, {"Partijen": [
        ["id", "naam", "type", "invloed", "belang"], ["P1", "A", "gemeente", 3.0, 5]]})
    assert (good.parties[0].invloed, good.parties[0].belang) == (3, 5)


# -- lists ----------------------------------------------------------------------------------
def test_lists_split_on_comma_and_semicolon_trim_and_drop_duplicates() -> None:
    region = import_sheets(
        Partijen='id;naam;type;rollen;gemeenten\n'
                 'P1;A;gemeente;"centrumgemeente; aangewezen-gemeente, centrumgemeente,, ;";'
                 '" GM0363;gm0363 , GM0518,;"\n'
    ).map
    [party] = region.parties
    assert party.rollen == ("centrumgemeente", "aangewezen-gemeente")
    assert party.gemeenten == ("GM0363", "GM0518")


def test_werkgebied_is_a_list_of_upper_case_codes_without_duplicates() -> None:
    region = import_sheets(
        Partijen="id;naam;type\nP1;A;gemeente\n",
        Tafels='id;naam;soort;werkgebied\n'
               'T1;Jeugdregio Stroomdal;jeugdregio;" gm0363; GM0518 ,gm0363,"\n'
               'T2;Zorgtafel;zorgtafel;\n'
    ).map
    assert [t.werkgebied for t in region.tables] == [("GM0363", "GM0518"), ()]


def test_werkgebied_unknown_code_is_a_warning_on_the_tafels_sheet() -> None:
    result = import_sheets(Partijen="id;naam;type\nP1;A;gemeente\n",
                           Tafels="id;naam;soort;werkgebied\nT1;Jeugd;jeugdregio;GM9999\n")
    [problem] = [w for w in result.warnings if w.code == "W-GEMEENTECODE-UNKNOWN"]
    assert (problem.sheet, problem.row, problem.column) == ("Tafels.csv", 2, "werkgebied")
    assert result.map.tables[0].werkgebied == ("GM9999",)


def test_gemeente_codes_are_stored_upper_case() -> None:
    region = import_sheets(Partijen="id;naam;type;municipalities\nP1;A;gemeente;gm0363\n").map
    assert region.parties[0].gemeenten == ("GM0363",)


def test_party_roles_accept_english_aliases() -> None:
    region = import_sheets(
        Partijen='id;naam;type;roles\n'
                 'P1;A;zorgverzekeraar;"Market leader; concession-holder, Budget_Holder"\n'
                 'P2;B;gemeente;"Designated municipality, central-municipality"\n'
    ).map
    assert region.parties[0].rollen == ("marktleider", "concessiehouder", "budgethouder")
    assert region.parties[1].rollen == ("aangewezen-gemeente", "centrumgemeente")


@pytest.mark.parametrize(
    ("type_id", "roles"),
    [
        ("zorgverzekeraar", "marktleider, concessiehouder"),
        ("zorgkantoor", "concessiehouder"),
        ("gemeente", "aangewezen-gemeente, centrumgemeente"),
        ("ziekenhuis", "budgethouder"),
        ("ggd", "budgethouder"),
    ],
)
def test_roles_allowed_for_their_types(type_id: str, roles: str) -> None:
    region = import_sheets(Partijen=f'id;naam;type;rollen\nP1;A;{type_id};"{roles}"\n').map
    assert ", ".join(region.parties[0].rollen) == roles


# -- enumerations ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("tweede ring", "tweede-ring"), ("Tweede-Ring", "tweede-ring"), ("second ring", "tweede-ring"),
     ("SECOND_RING", "tweede-ring"), ("tweede  -  ring", "tweede-ring"), ("core", "kopgroep"),
     ("Core group", "kopgroep"), ("KOPGROEP", "kopgroep"), ("", "kopgroep")],
)
def test_ring_values(text: str, expected: str) -> None:
    region = import_sheets(
        Partijen=PARTIJEN, Tafels=TAFELS, Zetels=f"tafel;partij;ring\nT1;P1;{text}\n"
    ).map
    assert region.seats[0].ring == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Voorzitter", "voorzitter"), ("chair", "voorzitter"), ("Initiator", "initiatiefnemer"),
     ("member", "lid"), ("adviser", "adviseur"), ("Advisor", "adviseur"),
     ("observer", "toehoorder"), ("Secretariat", "secretariaat"), ("", "lid")],
)
def test_seat_role_values(text: str, expected: str) -> None:
    region = import_sheets(
        Partijen=PARTIJEN, Tafels=TAFELS, Zetels=f"tafel;partij;role\nT1;P1;{text}\n"
    ).map
    assert region.seats[0].rol == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("funds", "financiert"), ("Contracts", "contracteert"), ("werkt samen", "werkt-samen"),
     ("works with", "werkt-samen"), ("INFORMS", "informeert"),
     ("reports to", "legt-verantwoording-af"), ("Legt_verantwoording_af", "legt-verantwoording-af"),
     ("escalates-to", "escaleert-naar")],
)
def test_relation_kinds(text: str, expected: str) -> None:
    region = import_sheets(
        Partijen=PARTIJEN, Tafels=TAFELS, Relaties=f"van;naar;soort\nT1;p2;{text}\n"
    ).map
    [relation] = region.relations
    assert (relation.van, relation.naar, relation.soort) == ("T1", "P2", expected)


# -- vocabularies -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("Huisartsen", "huisartsen"), ("RHO", "huisartsen"), ("huisartsenpraktijk", "huisartsen"),
     ("Patiëntenorganisatie", "patientenorganisatie"), ("zorgbelang", "patientenorganisatie"),
     ("PATIËNTENORGANISATIE", "patientenorganisatie"), ("health insurer", "zorgverzekeraar"),
     ("Health-Insurer", "zorgverzekeraar"), (" health _ insurer ", "zorgverzekeraar")],
)
def test_party_type_lookup_stores_the_id(text: str, expected: str) -> None:
    region = import_sheets(Partijen=f"id;naam;type\nP1;A;{text}\n").map
    assert region.parties[0].type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Bestuurlijke tafel", "zorgtafel"), ("zorgtafel", "zorgtafel"), ("ROAZ", "roaz"),
     ("IZA regiotafel", "iza-regiotafel")],
)
def test_table_kind_lookup_stores_the_id(text: str, expected: str) -> None:
    region = import_sheets(Partijen=PARTIJEN, Tafels=f"id;naam;soort\nT1;A;{text}\n").map
    assert region.tables[0].soort == expected


# -- headers, aliases, sheets ----------------------------------------------------------------
@pytest.mark.parametrize(
    "header", ["geldig-tot", "Geldig tot", "geldig_tot", "GELDIG-TOT", "Geldig  _ tot",
               "valid-until", "Valid until", "VALID_UNTIL"],
)
def test_header_normalisation_and_aliases(header: str) -> None:
    region = import_sheets(
        Kaart="peildatum;2020-01-01\n",
        Partijen=PARTIJEN,
        Mandaten=f"houder;namens;{header}\nP1;P2;2024-06-01\n",
    )
    assert region.warnings == []
    assert region.map.mandates[0].geldig_tot == date(2024, 6, 1)


def test_column_aliases_and_free_column_order() -> None:
    region = import_sheets(
        Parties="Notes;TYPE;Name;ID;Roles;Subregion;Influence;Interest;Contact person\n"
                "n;zorgverzekeraar;Verzekeraar;V1;marktleider;Noord;4;5;mevr. X\n",
        Tables="Kind;Name;Id;Parent table;Chair;Independent chair;Secretariat;Decision-making;"
               "Verantwoordelijkheidsverdeling;Accountability;Funding;Ondersteunende "
               "infrastructuur;Citizen involvement;Gemeenteraden;Regio-analyse;Notes\n"
               "roaz;ROAZ;T0;;;;;;;;;;;;;\n"
               "zorgtafel;Tafel;T1;T0;V1;drs. H. Brinkman;V1;consensus;verdeeld;jaarverslag;"
               "begroting;bureau;burgerpanel;raadsinformatie;regiobeeld;nt\n",
        Seats="Table;Party;Role;Ring;Compensated;Notes\nT1;V1;chair;second ring;yes;z\n",
        Mandates="Holder;On behalf of;Table;Formal;Valid until;Notes\n"
                 "V1;type:gemeente;T1;no;;m\n",
        Relationships="From;To;Kind;Notes\nV1;T1;funds;r\n",
        Waivers="Rule;Subject;Reason;Date;By\nR-IZA-04;T1;omdat;2024-02-20;ik\n",
        Map="key;value\nname;Alias-kaart\nregion;Kust\nregion-division;subregio\n"
            "reference-date;2024-03-01\nauthor;ik\nversion;2\n",
    )
    assert region.warnings == []
    m = region.map
    p = m.parties[0]
    assert (p.id, p.naam, p.type, p.rollen, p.subregio, p.invloed, p.belang, p.contactpersoon,
            p.notities) == ("V1", "Verzekeraar", "zorgverzekeraar", ("marktleider",), "Noord",
                            4, 5, "mevr. X", "n")
    t = m.tables[1]
    assert (t.id, t.naam, t.soort, t.bovenliggende_tafel, t.voorzitter,
            t.onafhankelijke_voorzitter, t.secretariaat) == (
        "T1", "Tafel", "zorgtafel", "T0", "V1", "drs. H. Brinkman", "V1")
    assert (t.besluitvorming, t.verantwoordelijkheden, t.verantwoording, t.financiering,
            t.ondersteuning, t.burgerbetrokkenheid, t.gemeenteraad, t.regioanalyse,
            t.notities) == ("consensus", "verdeeld", "jaarverslag", "begroting", "bureau",
                            "burgerpanel", "raadsinformatie", "regiobeeld", "nt")
    s = m.seats[0]
    assert (s.tafel, s.partij, s.rol, s.ring, s.gecompenseerd, s.notities) == (
        "T1", "V1", "voorzitter", "tweede-ring", True, "z")
    md = m.mandates[0]
    assert (md.houder, md.namens_type, md.tafel, md.formeel, md.notities) == (
        "V1", "gemeente", "T1", False, "m")
    r = m.relations[0]
    assert (r.van, r.naar, r.soort, r.notities) == ("V1", "T1", "financiert", "r")
    w = m.waivers[0]
    assert (w.regel, w.onderwerp, w.reden, w.datum, w.door) == (
        "R-IZA-04", "T1", "omdat", date(2024, 2, 20), "ik")
    assert m.info.naam == "Alias-kaart" and m.info.regio == "Kust"
    assert m.info.regio_indeling == "subregio" and m.info.peildatum == date(2024, 3, 1)
    assert (m.info.auteur, m.info.versie) == ("ik", "2")


@pytest.mark.parametrize("name", ["Partijen", "PARTIJEN", "partijen", "Parties", " Pártijen "])
def test_sheet_names_are_normalised(tmp_path: Path, name: str) -> None:
    region = _load_xlsx(tmp_path, {name: split_rows(PARTIJEN.strip())})
    assert [p.id for p in region.parties] == ["P1", "P2"]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("Relations", "relations"), ("Relationships", "relations"), ("Choices", "waivers"),
     ("Waivers", "waivers"), ("Keuzes", "waivers"), ("Seats", "seats"), ("Mandates", "mandates"),
     ("Tables", "tables")],
)
def test_sheet_aliases(name: str, canonical: str) -> None:
    content = {
        "relations": "van;naar;soort\nP1;P2;werkt-samen\n",
        "waivers": "regel;onderwerp;reden\nR-IZA-04;kaart;x\n",
        "seats": "tafel;partij\nT1;P1\n",
        "mandates": "houder;namens\nP1;P2\n",
        "tables": TAFELS,
    }[canonical]
    sheets = {"Partijen": PARTIJEN, name: content}
    if canonical == "seats":
        sheets["Tafels"] = TAFELS
    result = import_sheets(**sheets)
    assert result.warnings == []
    assert len(getattr(result.map, canonical)) == 1


def test_unknown_columns_and_sheets_are_ignored_with_warnings(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kaart.xlsx", {
        "Partijen": [["id", "naam", "Telefoon", "type"], ["P1", "A", "06-1", "gemeente"]],
        "Notities": [["vrije", "tekst"], ["Partijen", "id"]],
    })
    result = load_map(path, known_rules=known_rule_ids)
    assert sorted((p.code, p.sheet, p.row, p.column) for p in result.warnings) == [
        ("W-COLUMN-UNKNOWN", "Partijen", 1, "Telefoon"),
        ("W-SHEET-UNKNOWN", "Notities", None, ""),
    ]
    assert [(p.id, p.naam, p.type, p.notities) for p in result.map.parties] == [
        ("P1", "A", "gemeente", "")]


def test_empty_header_cell_is_ignored_silently() -> None:
    result = import_sheets(Partijen="id;naam;;type\nP1;A;rommel;gemeente\n")
    assert result.warnings == []
    assert result.map.parties[0].type == "gemeente"


# -- rows --------------------------------------------------------------------------------------
def test_empty_rows_are_skipped_but_keep_their_numbers() -> None:
    problem = only(
        errors_of(Partijen="id;naam;type\nP1;A;gemeente\n;;\n\n  ; \u00a0;\nP2;B;gemeete\n"),
        "E-TYPE-UNKNOWN",
    )
    assert problem.row == 6
    region = import_sheets(Partijen="id;naam;type\n;;\nP1;A;gemeente\n\n").map
    assert [p.id for p in region.parties] == ["P1"]


def test_empty_xlsx_rows_keep_excel_row_numbers(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kaart.xlsx", {"Partijen": [
        ["id", "naam", "type"], ["P1", "A", "gemeente"], [None, None, None], [None, "  ", None],
        ["P2", "B", "gemeete"],
    ]})
    problem = only(file_errors(path), "E-TYPE-UNKNOWN")
    assert (problem.sheet, problem.row) == ("Partijen", 5)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_quoted_line_break_does_not_start_a_new_row(newline: str) -> None:
    text = (
        f"id;naam;type;notities{newline}"
        f'P1;A;gemeente;"eerste regel{newline}tweede regel{newline}derde"{newline}'
        f"P2;B;gemeete;{newline}"
    )
    problem = only(errors_of(Partijen=text), "E-TYPE-UNKNOWN")
    assert problem.row == 3
    ok = import_sheets(Partijen=text.replace("gemeete", "gemeente")).map
    # Every line break is kept as a line feed, so the notes read back the same from any format.
    assert ok.parties[0].notities == "eerste regel\ntweede regel\nderde"


# -- particular columns ------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["drs. H. Brinkman", "nee", "Nee", "JA", "ja", "x", "-"])
def test_onafhankelijke_voorzitter_is_kept_as_text(text: str) -> None:
    region = import_sheets(
        Partijen=PARTIJEN,
        Tafels=f"id;naam;soort;onafhankelijke-voorzitter\nT1;A;zorgtafel;{text}\n",
    ).map
    assert region.tables[0].onafhankelijke_voorzitter == text


@pytest.mark.parametrize(
    ("namens", "expected"),
    [
        ("P3", ("P3", "", "")),
        ("p3", ("P3", "", "")),
        ("type:huisartsen", ("", "huisartsen", "")),
        ("type:RHO", ("", "huisartsen", "")),
        ("TYPE : Huisartsen @ Noord", ("", "huisartsen", "Noord")),
        ("Type:huisartsen@Noord", ("", "huisartsen", "Noord")),
        ("type: Patiëntenorganisatie", ("", "patientenorganisatie", "")),
    ],
)
def test_namens_forms(namens: str, expected: tuple[str, str, str]) -> None:
    region = import_sheets(
        Partijen="id;naam;type;subregio\nP1;A;huisartsen;\nP3;C;huisartsen;Noord\n",
        Mandaten=f"houder;namens\nP1;{namens}\n",
    ).map
    [mandate] = region.mandates
    assert (mandate.namens_partij, mandate.namens_type, mandate.namens_subregio) == expected
    assert mandate.tafel == ""  # empty means every table


def test_party_id_with_at_sign_is_an_unknown_party() -> None:
    problem = only(
        errors_of(Partijen="id;naam;type;subregio\nA22;A;huisartsen;Noord\nP1;B;gemeente;\n",
                  Mandaten="houder;namens\nP1;A22@Noord\n"),
        "E-REF-PARTY",
    )
    assert where(problem) == ("Mandaten.csv", 2, "namens")
    assert problem.message == "onbekende partij 'A22@Noord'"


def test_references_use_the_canonical_spelling() -> None:
    region = import_sheets(
        Partijen="id;naam;type\nGem-A;A;gemeente\nZH.b;B;ziekenhuis\n",
        Tafels="id;naam;soort;voorzitter;secretariaat\nTafel_1;T;zorgtafel;gem-a;zh.B\n",
        Zetels="tafel;partij\ntafel_1;GEM-A\n",
        Mandaten="houder;namens;tafel\ngem-a;zh.b;TAFEL_1\n",
        Relaties="van;naar;soort\nzh.b;tafel_1;informeert\n",
        Keuzes="regel;onderwerp;reden\nR-IZA-04;TAFEL_1;x\n",
    ).map
    assert (region.tables[0].voorzitter, region.tables[0].secretariaat) == ("Gem-A", "ZH.b")
    assert [(s.tafel, s.partij) for s in region.seats] == [("Tafel_1", "Gem-A")]
    assert [(m.houder, m.namens, m.tafel) for m in region.mandates] == [
        ("Gem-A", "ZH.b", "Tafel_1")]
    assert [(r.van, r.naar) for r in region.relations] == [("ZH.b", "Tafel_1")]
    assert [w.onderwerp for w in region.waivers] == ["Tafel_1"]


def test_keuze_onderwerp_kaart_waives_the_map() -> None:
    region = import_sheets(
        Partijen=PARTIJEN, Keuzes="regel;onderwerp;reden\nR-IZA-04;Kaart;voor de hele kaart\n"
    ).map
    assert [w.onderwerp for w in region.waivers] == ["kaart"]


# -- Kaart -------------------------------------------------------------------------------------
@pytest.mark.parametrize("header", ["", "sleutel;waarde\n", "Sleutel;Waarde\n", "key;value\n"])
def test_kaart_with_and_without_header(header: str) -> None:
    result = import_sheets(
        Kaart=f"{header}Naam;Kaart Kust\nRegio indeling;zorgkantoorregio\nregio;Kustmarken\n"
              "peildatum;1-3-2024\nauteur;ik\nversie;7\n",
        Partijen=PARTIJEN,
    )
    assert result.warnings == []
    info = result.map.info
    assert (info.naam, info.regio_indeling, info.regio, info.peildatum, info.auteur,
            info.versie) == ("Kaart Kust", "zorgkantoorregio", "Kustmarken", date(2024, 3, 1),
                             "ik", "7")


def test_regio_indeling_keeps_other_text() -> None:
    info = import_sheets(
        Kaart="regioindeling;Eigen indeling (Kust)\n", Partijen=PARTIJEN
    ).map.info
    assert info.regio_indeling == "Eigen indeling (Kust)"


def test_map_name_falls_back_to_folder_name(tmp_path: Path) -> None:
    from builders import write_csv_folder

    folder = write_csv_folder(tmp_path / "Regio Kust", Partijen=PARTIJEN)
    assert load_map(folder, known_rules=known_rule_ids).map.info.naam == "Regio Kust"
    named = write_csv_folder(tmp_path / "Andere", Partijen=PARTIJEN, Kaart="naam;Echte naam\n")
    assert load_map(named, known_rules=known_rule_ids).map.info.naam == "Echte naam"
