"""Hostile and pathological files get a clear Dutch message with their place, never a crash.

Each case is one of the measured failures of issue 12: numbers JSON cannot hold, lone
surrogates, duplicate keys, deep nesting, cells and names over the limits, zip bombs,
encrypted, corrupt or duplicated workbook parts, DTDs and entities inside a workbook, a
chart sheet, a file name no file system can hold, region rules with a bad placeholder or
a format width. Loading goes through :func:`stakeholders.io.formats.load_map`, which the
command line and the window both use; ``check`` is run in-process through ``cli.main``.
"""

from __future__ import annotations

import csv
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from io_helpers import file_errors

from stakeholders import cli
from stakeholders.io import limits
from stakeholders.io.formats import load_map
from stakeholders.rules.catalogue import known_rule_ids

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kustmarken.regiokaart"
WORKBOOK = ROOT / "examples" / "kustmarken.xlsx"


def example_json() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def write_json(path: Path, data: dict | str) -> Path:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def one_error(path: Path) -> str:
    """The single error text of a file that must be refused."""
    errors = file_errors(path)
    assert len(errors) == 1, [e.text() for e in errors]
    return errors[0].text()


# -- .regiokaart -------------------------------------------------------------------------
def test_an_integer_of_thousands_of_digits_is_refused_by_size(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace('"formaatversie": 1',
                                                       '"formaatversie": 1' + "0" * 5000)
    assert "getal van 5001 cijfers is te groot" in one_error(write_json(tmp_path / "a.regiokaart",
                                                                        text))


@pytest.mark.parametrize("number", ["1e999", "-1e999", "NaN", "Infinity"])
def test_numbers_no_float_can_hold_are_refused(tmp_path, number):
    data = example_json()
    text = json.dumps(data).replace('"x": ', f'"x": {number}, "dummy": ', 1)
    message = one_error(write_json(tmp_path / "a.regiokaart", text))
    assert "geen geldige regiokaart" in message and number.lstrip("-")[:3] in message


def test_a_coordinate_too_large_for_a_float_is_an_error_at_its_place(tmp_path):
    data = example_json()
    data["partijen"][0]["x"] = int("9" * 99)
    message = one_error(write_json(tmp_path / "a.regiokaart", data))
    assert message.startswith("partijen, item 1, veld x:")


def test_a_lone_surrogate_in_a_name_is_an_error_at_its_place(tmp_path):
    data = example_json()
    text = json.dumps(data, ensure_ascii=True).replace(
        json.dumps(data["partijen"][2]["naam"]), '"\\ud800 kapot"', 1)
    message = one_error(write_json(tmp_path / "a.regiokaart", text))
    assert message.startswith("partijen, item 3, veld naam:") and "surrogaat" in message


def test_duplicate_keys_are_an_error_not_a_silent_choice(tmp_path):
    data = example_json()
    text = json.dumps(data).replace('"keuzes":', '"keuzes": [], "keuzes":', 1)
    message = one_error(write_json(tmp_path / "a.regiokaart", text))
    assert "sleutel 'keuzes' komt twee keer voor" in message
    party = json.dumps(data["partijen"][0])
    twice = party.replace('"naam":', '"naam": "Andere naam", "naam":', 1)
    text = json.dumps(data).replace(party, twice, 1)
    message = one_error(write_json(tmp_path / "b.regiokaart", text))
    assert f"sleutel 'naam' komt twee keer voor in één object (in het object met id " \
           f"'{data['partijen'][0]['id']}')" in message


def test_deep_nesting_is_named_as_such(tmp_path):
    text = '{"a":' * 100_000 + "1" + "}" * 100_000
    assert "dieper genest dan 64 niveaus" in one_error(write_json(tmp_path / "a.regiokaart", text))
    data = example_json()
    data["partijen"][0]["notities"] = json.loads("[" * 70 + "]" * 70)
    assert "dieper genest" in one_error(write_json(tmp_path / "b.regiokaart", data))


def test_a_cell_over_the_limit_is_an_error_at_its_place_and_fast(tmp_path):
    data = example_json()
    data["partijen"][0]["type"] = "z" * 100_000  # was > 30 s in the closest-match search
    data["partijen"][1]["notities"] = "y" * (limits.MAX_CELL_CHARS + 1)
    data["partijen"][2]["naam"] = "n" * (limits.MAX_NAME_CHARS + 1)
    errors = [e.text() for e in file_errors(write_json(tmp_path / "a.regiokaart", data))]
    assert errors == [
        "partijen, item 1, veld type: tekst van 100000 tekens is te lang (hoogstens 32767)",
        "partijen, item 2, veld notities: tekst van 32768 tekens is te lang (hoogstens 32767)",
        "partijen, item 3, veld naam: tekst van 10001 tekens is te lang (hoogstens 10000)",
    ]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_MAP_FILE_BYTES", 1000)
    message = one_error(write_json(tmp_path / "groot.regiokaart", example_json()))
    assert message.startswith("groot.regiokaart is te groot")


def test_a_file_name_over_255_bytes_is_named_not_a_crash(tmp_path):
    path = tmp_path / ("é" * 140 + ".regiokaart")
    assert "langer dan 255 bytes" in one_error(path)
    assert cli.main(["convert", str(EXAMPLE), str(path)]) == cli.EXIT_INPUT


# -- region rules --------------------------------------------------------------------------
def _with_rule(tmp_path: Path, message: str) -> Path:
    data = example_json()
    data["eigen-regels"] = [{
        "id": "R-REGIO-X", "level": "signaal", "applies_to": ["zorgtafel"],
        "message_nl": message, "message_en": "x",
        "check": {"kind": "covered", "groups": ["gemeente"]},
    }]
    return write_json(tmp_path / "regel.regiokaart", data)


@pytest.mark.parametrize("message, shown", [
    ("{0.__class__} lekt", "'{0.__class__}' is geen geldige plaatshouder"),
    ("{tafel:999999999}", "'{tafel:999999999}' is geen geldige plaatshouder"),
    ("{tafel!r}", "'{tafel!r}' is geen geldige plaatshouder"),
    ("open {accolade", "ongeldige {…}"),
    ("x" * 5000, "tekst van 5000 tekens"),
])
def test_region_rules_with_a_bad_placeholder_are_refused_on_load(tmp_path, capsys, message,
                                                                 shown):
    path = _with_rule(tmp_path, message)
    text = one_error(path)
    assert "eigen-regels: regel 1, message_nl" in text and shown in text
    assert cli.main(["check", str(path)]) == cli.EXIT_INPUT
    assert "Traceback" not in capsys.readouterr().err


def test_a_rules_file_with_a_format_width_is_refused_by_check(tmp_path, capsys):
    rules = tmp_path / "regels.toml"
    rules.write_text('[[rules]]\nid = "R-REGIO-Y"\nlevel = "signaal"\napplies_to = ["zorgtafel"]'
                     '\nmessage_nl = "{tafel:>99999999}"\nmessage_en = "x"\n'
                     'check = { kind = "covered", groups = ["gemeente"] }\n', encoding="utf-8")
    assert cli.main(["check", str(EXAMPLE), "--regels", str(rules)]) == cli.EXIT_INPUT
    assert "geen geldige plaatshouder" in capsys.readouterr().err


# -- workbooks -----------------------------------------------------------------------------
def rewrite(target: Path, change=lambda name, data: data, extra=()) -> Path:
    """A copy of the example workbook with parts changed (``None`` leaves a part out)."""
    with zipfile.ZipFile(WORKBOOK) as source, zipfile.ZipFile(target, "w",
                                                              zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                out.writestr(info.filename, data)
        for name, data in extra:
            out.writestr(name, data)
    return target


def _in_sheet(data: bytes, prefix: bytes, name: str) -> bytes | None:
    return prefix + data if name.endswith("sheet2.xml") else data


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    def bomb(name, data):
        if name.endswith("sheet7.xml"):
            return data + b" " * (limits.MAX_UNPACKED_BYTES + 1)
        return data

    path = rewrite(tmp_path / "bom.xlsx", bomb)
    assert path.stat().st_size < 1_000_000
    assert "uitgepakt zou het" in one_error(path)


@pytest.mark.parametrize("prefix", [
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>',
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    b'<?xml version="1.0"?><!doctype w SYSTEM "http://127.0.0.1:9/x.dtd">',
])
def test_dtds_and_entities_inside_a_workbook_are_never_parsed(tmp_path, prefix):
    path = rewrite(tmp_path / "dtd.xlsx", lambda n, d: _in_sheet(d, prefix, n))
    assert "bevat een DTD of entiteiten" in one_error(path)


def test_a_utf16_part_with_a_dtd_is_refused_too(tmp_path):
    def utf16(name, data):
        if not name.endswith("sheet2.xml"):
            return data
        return (b'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w>' + data
                ).decode().encode("utf-16")

    assert "DTD" in one_error(rewrite(tmp_path / "utf16.xlsx", utf16))


def test_malformed_xml_is_unreadable_with_its_reason(tmp_path):
    path = rewrite(tmp_path / "kapot.xlsx",
                   lambda n, d: d[:-20] if n.endswith("sheet2.xml") else d)
    message = one_error(path)
    assert message.startswith("bestand kan niet worden gelezen als Excel-werkboek of CSV (")


def test_duplicate_parts_corrupt_and_encrypted_workbooks_are_named(tmp_path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        dup = rewrite(tmp_path / "dubbel.xlsx", extra=[("xl/worksheets/sheet2.xml", b"<x/>")])
    assert "komt twee keer voor" in one_error(dup)
    cut = tmp_path / "half.xlsx"
    cut.write_bytes(WORKBOOK.read_bytes()[:3000])
    assert "beschadigd of geen zip-pakket" in one_error(cut)
    flipped = bytearray(WORKBOOK.read_bytes())
    flipped[5000] ^= 0xFF
    (tmp_path / "bit.xlsx").write_bytes(bytes(flipped))
    assert "beschadigd" in one_error(tmp_path / "bit.xlsx")
    ole = tmp_path / "wachtwoord.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    assert "versleuteld" in one_error(ole)


def test_a_chart_sheet_is_skipped_and_the_map_loads(tmp_path):
    from openpyxl import load_workbook
    from openpyxl.chart import BarChart, Reference

    book = load_workbook(WORKBOOK)
    chart = BarChart()
    chart.add_data(Reference(book["Partijen"], min_col=1, min_row=1, max_row=3))
    book.create_chartsheet("Grafiek").add_chart(chart)
    book.save(tmp_path / "grafiek.xlsx")
    result = load_map(tmp_path / "grafiek.xlsx", known_rules=known_rule_ids)
    assert len(result.map.parties) == len(load_map(WORKBOOK, known_rules=known_rule_ids)
                                          .map.parties)


def test_a_cell_far_to_the_right_is_refused_not_padded_into_memory(tmp_path):
    def far(name, data):
        if name.endswith("sheet2.xml"):
            return data.replace(b"</sheetData>", b'<row r="60"><c r="XFD60" t="inlineStr">'
                                b"<is><t>x</t></is></c></row></sheetData>")
        return data

    assert "meer dan 1000 kolommen" in one_error(rewrite(tmp_path / "breed.xlsx", far))


# -- CSV --------------------------------------------------------------------------------------
def test_a_csv_cell_over_the_limit_is_an_error_at_its_place(tmp_path):
    folder = tmp_path / "kaart"
    shutil.copytree(ROOT / "tests" / "data" / "kustmarken", folder)
    partijen = folder / "Partijen.csv"
    rows = list(csv.reader(partijen.read_text(encoding="utf-8-sig").splitlines()))
    rows[1][rows[0].index("notities")] = "z" * 140_000  # over csv's own field limit too
    with partijen.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    message = one_error(folder)
    assert message.startswith("Partijen.csv, rij 2, kolom notities: tekst van 140000 tekens")


def test_a_small_part_of_millions_of_empty_cells_is_refused_before_parsing(tmp_path,
                                                                           monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS", 5_000)

    def bomb(name, data):
        if name.endswith("sheet2.xml"):
            return data.replace(b"</sheetData>", b"<row r='90'>" + b"<c/>" * 6_000
                                + b"</row></sheetData>")
        return data

    path = rewrite(tmp_path / "cellen.xlsx", bomb)
    assert "het heeft meer dan 5000 cellen" in one_error(path)


def test_an_xml_declaration_with_an_unknown_encoding_is_refused_clearly(tmp_path):
    gexf = (ROOT / "tests" / "data" / "exchange" / "gephi-1.3.gexf").read_bytes()
    rest = gexf.split(b"?>", 1)[1]
    path = tmp_path / "kapot.gexf"
    path.write_bytes(b'<?xml version="1.0" encoding="uvf-8"?>' + rest)  # found by tools/fuzz.py
    assert "kapot.gexf is geen geldig XML-bestand (unknown encoding" in one_error(path)
