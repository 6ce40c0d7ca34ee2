"""The ``check`` and ``convert`` commands, run as a user runs them (a subprocess).

Exit codes: 0 success, 1 for ``check --fail-on`` with an open flag at that
level, 2 for unreadable or invalid input with every error on stderr and never
a traceback (``stakeholders/cli.py``, ``spreadsheet-format.md`` §7).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_csv_folder
from io_helpers import PARTIJEN, TAFELS, make_xlsx, split_rows

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FLAG_FIELDS = {"rule", "level", "subject", "subject_kind", "message_nl", "message_en", "fix_nl",
               "source", "waived"}
WAIVER_FIELDS = {"waiver_reason", "waiver_date", "waiver_by"}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "stakeholders", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )


def assert_invalid(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


# -- check ---------------------------------------------------------------------------------------
def test_check_json_gives_exactly_the_oracle_flags(kustmarken_xlsx: Path) -> None:
    result = run("check", kustmarken_xlsx, "--format", "json")
    assert result.returncode == 0, result.stderr
    flags = json.loads(result.stdout)
    oracle = json.loads((DATA / "kustmarken.expected.json").read_text(encoding="utf-8"))
    keys = [(f["rule"], f["subject"], f["waived"]) for f in flags]
    assert len(keys) == len(set(keys))
    assert set(keys) == {(r["rule"], r["subject"], r["waived"]) for r in oracle}
    for flag in flags:
        expected = FLAG_FIELDS | (WAIVER_FIELDS if flag["waived"] else set())
        assert expected <= set(flag), flag
        assert flag["level"] in {"vereist", "aanbevolen", "signaal"}
        assert flag["subject_kind"] in {"tafel", "partij"}
        assert isinstance(flag["waived"], bool)
        assert all(isinstance(flag[k], str) and flag[k] for k in
                   ("message_nl", "message_en", "fix_nl", "source"))
    [waived] = [f for f in flags if f["waived"]]
    assert waived["waiver_date"] == "2024-02-20"
    assert waived["waiver_by"] == "programmamanager Kustmarken"
    assert waived["waiver_reason"].startswith("Jeugdhulp en wijkteams")


def test_check_csv_folder_gives_the_same_flags(kustmarken_xlsx: Path,
                                               kustmarken_csv: Path) -> None:
    from_xlsx = json.loads(run("check", kustmarken_xlsx, "--format", "json").stdout)
    from_csv = json.loads(run("check", kustmarken_csv, "--format", "json").stdout)
    assert from_csv == from_xlsx


def test_check_text_output(kustmarken_xlsx: Path) -> None:
    result = run("check", kustmarken_xlsx)
    assert result.returncode == 0, result.stderr
    assert "R-IZA-04" in result.stdout and "T-A1" in result.stdout


@pytest.mark.parametrize(("level", "code"), [("vereist", 1), ("aanbevolen", 1), ("signaal", 1)])
def test_fail_on_with_open_flags_exits_1(kustmarken_xlsx: Path, level: str, code: int) -> None:
    result = run("check", kustmarken_xlsx, "--fail-on", level)
    assert result.returncode == code, result.stderr


def test_fail_on_without_flags_at_that_level_exits_0(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", Partijen=PARTIJEN)
    result = run("check", folder, "--fail-on", "signaal", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


# -- invalid input: exit 2 with every error -----------------------------------------------
def test_unknown_type_exit_2_with_place(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "k.xlsx", {"Partijen": split_rows("id;naam;type\nP1;A;gemeete")})
    assert_invalid(
        run("check", path),
        "Partijen, rij 2, kolom type: onbekend type 'gemeete'; bedoelt u 'gemeente'?",
    )


def test_every_error_is_on_stderr(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Partijen": split_rows("id;naam;type\nP1;A;gemeete\nP2;B;gemeente\nP2;C;gemeente"),
        "Tafels": split_rows("id;naam;soort\nT1;A;zorgtafel"),
        "Zetels": split_rows("tafel;partij\nT1;P1\nT9;P1\nT1;P7"),
    })
    result = run("check", path, "--format", "json")
    assert_invalid(
        result,
        "Partijen, rij 2, kolom type: onbekend type 'gemeete'",
        "Partijen, rij 4, kolom id: id 'P2' komt al voor (Partijen, rij 3)",
        "Zetels, rij 3, kolom tafel: onbekende tafel 'T9'",
        "Zetels, rij 4, kolom partij: onbekende partij 'P7'",
    )
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    order = [next(i for i, line in enumerate(lines) if fragment in line)
             for fragment in ("rij 2, kolom type", "rij 4, kolom id", "Zetels, rij 3",
                              "Zetels, rij 4")]
    assert order == sorted(order)


def test_seat_naming_unknown_party_or_table_exit_2(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", Partijen=PARTIJEN, Tafels=TAFELS,
                              Zetels="tafel;partij\nT1;P1\nT2;P1\nT1;Q1\n")
    assert_invalid(run("check", folder),
                   "Zetels.csv, rij 3, kolom tafel: onbekende tafel 'T2'",
                   "Zetels.csv, rij 4, kolom partij: onbekende partij 'Q1'")


def test_empty_workbook_exit_2(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "leeg.xlsx", {"Blad1": []})
    assert_invalid(
        run("check", path),
        "blad 'Partijen' ontbreekt (gevonden: 'Blad1'; verwacht: Kaart, Partijen, Tafels, "
        "Zetels, Mandaten, Relaties, Keuzes)",
    )


def test_wrong_sheet_names_exit_2(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "k.xlsx", {"Organisaties": split_rows(PARTIJEN.strip())})
    assert_invalid(run("check", path), "blad 'Partijen' ontbreekt (gevonden: 'Organisaties';")


def test_circular_parent_tables_exit_2(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Partijen": split_rows(PARTIJEN.strip()),
        "Tafels": split_rows("id;naam;soort;bovenliggende-tafel\nT1;A;zorgtafel;T2\n"
                             "T2;B;zorgtafel;T3\nT3;C;zorgtafel;T1"),
    })
    assert_invalid(
        run("check", path),
        "Tafels, rij 2, kolom bovenliggende-tafel: kringverwijzing in bovenliggende tafels: "
        "T1 → T2 → T3 → T1",
    )


def test_unreadable_and_missing_files_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen werkboek")
    assert_invalid(run("check", broken), "bestand kan niet worden gelezen als Excel-werkboek")
    assert_invalid(run("check", tmp_path / "bestaat-niet.xlsx"))


# -- valid input variants -------------------------------------------------------------------------
def test_valid_cp1252_semicolon_csv_with_dutch_values_exit_0(tmp_path: Path) -> None:
    folder = write_csv_folder(
        tmp_path / "kaart",
        Kaart="naam;Kaart één\r\npeildatum;45352\r\n".encode("cp1252"),
        Partijen=("id;naam;type\r\nP1;Gemeente ’s-Hertogenbosch – € 1;gemeente\r\n"
                  "P2;Zoë Zorg;Ziekenhuis\r\n").encode("cp1252"),
        Tafels=b"\xef\xbb\xbfid;naam;soort\r\nT1;Tafel;zorgtafel\r\n",
        Zetels="tafel;partij;gecompenseerd\r\nT1;P1;ja\r\nT1;P2;Nee\r\n".encode("utf-16"),
        Mandaten="houder;namens;formeel;geldig-tot\r\nP1;P2;JA;45657\r\n".encode("cp1252"),
    )
    result = run("check", folder, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "fout" not in result.stderr
    assert isinstance(json.loads(result.stdout), list)
    out = tmp_path / "uit.regiokaart"
    assert run("convert", folder, out).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["kaart"]["peildatum"] == "2024-03-01"
    assert data["partijen"][0]["naam"] == "Gemeente ’s-Hertogenbosch – € 1"
    assert [z["gecompenseerd"] for z in data["zetels"]] == [True, False]
    assert data["mandaten"][0]["formeel"] is True
    assert data["mandaten"][0]["geldig-tot"] == "2024-12-31"


def test_excel_serial_dates_in_xlsx_exit_0(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kaart": [["peildatum", 45352]],
        "Partijen": split_rows(PARTIJEN.strip()),
        "Mandaten": [["houder", "namens", "geldig-tot"], ["P1", "P2", 45657]],
    })
    result = run("check", path)
    assert result.returncode == 0, result.stderr
    assert "W-MANDATE-EXPIRED" not in result.stderr and "verlopen" not in result.stderr


# -- convert ---------------------------------------------------------------------------------------
def test_convert_round_trip(kustmarken_xlsx: Path, tmp_path: Path) -> None:
    native = tmp_path / "kust.regiokaart"
    folder = tmp_path / "csv"
    back = tmp_path / "terug.xlsx"
    assert run("convert", kustmarken_xlsx, native).returncode == 0
    assert run("convert", native, str(folder) + "/").returncode == 0
    assert (folder / "Partijen.csv").read_bytes().startswith(b"\xef\xbb\xbfid;naam;type")
    assert run("convert", folder, back).returncode == 0
    original = json.loads(run("check", kustmarken_xlsx, "--format", "json").stdout)
    again = json.loads(run("check", back, "--format", "json").stdout)
    assert again == original
    native_again = tmp_path / "weer.regiokaart"
    assert run("convert", back, native_again).returncode == 0
    assert native_again.read_bytes() == native.read_bytes()


def test_convert_invalid_input_writes_nothing(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", Partijen="id;naam;type\nP1;A;gemeete\n")
    target = tmp_path / "uit.xlsx"
    assert_invalid(run("convert", folder, target), "Partijen.csv, rij 2, kolom type")
    assert not target.exists()
