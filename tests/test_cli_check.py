"""The ``check`` and ``convert`` commands, run as a user runs them (a subprocess).

Exit codes: 0 success, 1 for ``check --fail-on`` with an open flag at that
level, 2 for unreadable or invalid input with every error on stderr and never
a traceback (``stakeholders/cli.py``, ``spreadsheet-format.md`` §7). The text
output shows findings (``rules.md`` v2 §4) with sources by title; the JSON
output keeps one record per flag, with ``basis`` and ``thema``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_csv_folder
from io_helpers import PARTIJEN, TAFELS, make_xlsx, split_rows
from rules_summary import BY_ID

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FLAG_FIELDS = {"rule", "level", "basis", "thema", "subject", "subject_kind", "message_nl",
               "message_en", "fix_nl", "source", "waived"}
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
        assert flag["subject_kind"] in {"tafel", "partij", "kaart"}
        row = BY_ID[flag["rule"]]
        assert (flag["level"], flag["basis"], flag["thema"]) == (row.level, row.basis, row.thema)
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


#: A small region in CSV: a map finding (R-IZA-11), a ROAZ with a law-based gap and a
#: deliberate choice (dated), and a mandate that expires within 90 days (R-MND-01).
SMALL = {
    "Kaart": "sleutel,waarde\nnaam,Regio Test\nregio-indeling,zorgkantoorregio\nregio,Kust\n"
             "peildatum,2024-03-01\n",
    "Partijen": "id,naam,type\nP1,UMC Kust,traumacentrum\nP2,Gemeente Havenstad,gemeente\n"
                "P3,GGD Kust,ggd\n",
    "Tafels": "id,naam,soort,voorzitter\nT1,Acute Zorg Kust,roaz,P1\n",
    "Zetels": "tafel,partij,rol\nT1,P1,lid\n",
    "Mandaten": "houder,namens,tafel,geldig-tot\nP2,P3,,2024-04-15\n",
    "Keuzes": "regel,onderwerp,reden,datum,door\n"
              "R-ROAZ-03,T1,De ggz sluit via de crisisdienst aan,2024-02-20,Stuurgroep Kust\n",
}
SEED_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


def test_check_json_records_have_basis_and_thema(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", **SMALL)
    result = run("check", folder, "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["rule"], r["subject"], r["subject_kind"], r["level"], r["basis"], r["thema"],
             r["waived"]) for r in records] == [
        ("R-IZA-11", "kaart", "kaart", "aanbevolen", "akkoord", "samenhang", False),
        ("R-ROAZ-02", "T1", "tafel", "vereist", "wet", "samenstelling", False),
        ("R-ROAZ-03", "T1", "tafel", "aanbevolen", "beleid", "samenhang", True),
        ("R-MND-01", "P2", "partij", "signaal", "app", "mandaten", False),
    ]
    assert records[3]["message_nl"] == ("Mandaat van Gemeente Havenstad verloopt binnen 90 "
                                        "dagen: namens GGD Kust (alle tafels, tot 15 april 2024).")
    assert SEED_FILE.search(records[1]["source"])  # JSON keeps file and place for traceability
    assert records[2]["waiver_date"] == "2024-02-20"


def test_check_text_output_shows_findings_with_their_parts(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", **SMALL)
    result = run("check", folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("Regio Test: 4 bevinding(en), 3 open (4 signalering(en), 1 bewuste "
                        "keuze(s))")
    headers = [line for line in lines if line and not line.startswith(" ")]
    assert headers[1:] == ["Regio Test (kaart)", "Acute Zorg Kust (T1)",
                           "Gemeente Havenstad (P2)"]
    findings = [line for line in lines if re.match(r"^  \S", line)]
    assert findings == [
        "  samenhang: geen IZA-regiotafel (aanbevolen · akkoord)",
        "  samenstelling: ontbreekt zorgverzekeraars, huisartsen en verpleeghuizen "
        "(vereist · wet)",
        "  samenhang: geen aansluiting bij het acute-ggz-overleg (bewuste keuze)",
        "  mandaten: mandaat verloopt binnen 90 dagen (signaal · werkwijze)",
    ]
    parts = [line for line in lines if line.startswith("    - [")]
    assert [p.split("] ")[0] for p in parts] == [
        "    - [Aanbevolen · akkoord (IZA)", "    - [Vereist · wet", "    - [bewuste keuze",
        "    - [Signaal · werkwijze"]
    assert parts[1] == ("    - [Vereist · wet] R-ROAZ-02: Ketenpartners ontbreken bij Acute "
                        "Zorg Kust: zorgverzekeraars, huisartsen, verpleeghuizen.")
    # each part sits below its finding, with what to do (or why not) and the source
    i = lines.index(parts[2])
    assert lines[i + 1] == ("        reden: De ggz sluit via de crisisdienst aan (Stuurgroep Kust, "
                            "20 februari 2024)")
    assert lines[i + 2].startswith('        bron: RVS, Regionalisering ontrafeld (2022), § 2.4: "')
    i = lines.index(parts[1])
    assert lines[i + 1].startswith("        wat te doen: Betrek de zorgverzekeraars")
    assert parts[3].endswith("namens GGD Kust (alle tafels, tot 15 april 2024).")


def test_check_text_output_never_shows_a_file_name(kustmarken_xlsx: Path, tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "kaart", **SMALL)
    for path in (kustmarken_xlsx, folder, ROOT / "examples" / "rivierenland"):
        result = run("check", path)
        assert result.returncode == 0, result.stderr
        sources = [line for line in result.stdout.splitlines() if "bron:" in line]
        assert sources
        assert not SEED_FILE.search(result.stdout), path
        assert not re.search(r"\bL\d+", result.stdout), path
        assert all(re.search(r"bron: (Kamerbrief|RVS|Berenschot)", line) for line in sources)


def test_check_text_output_of_kustmarken_groups_the_zorgtafel(kustmarken_xlsx: Path) -> None:
    result = run("check", kustmarken_xlsx)
    assert result.returncode == 0, result.stderr
    assert "Zorgtafel Kustmarken (T-A1)" in result.stdout.splitlines()
    assert ("  samenstelling: ontbreekt inwoner- en patiëntenperspectief (vereist · akkoord), "
            "welzijn en sociaal domein (aanbevolen), GGD, paramedie en apotheken (signaal · "
            "onderzoek), jeugdzorg en wijkteams (bewuste keuze); medisch-curatief perspectief "
            "overheerst (signaal · onderzoek)") in result.stdout.splitlines()
    assert "(programmamanager Kustmarken, 20 februari 2024)" in result.stdout


@pytest.mark.parametrize(("level", "code"), [("vereist", 1), ("aanbevolen", 1), ("signaal", 1)])
def test_fail_on_with_open_flags_exits_1(kustmarken_xlsx: Path, level: str, code: int) -> None:
    result = run("check", kustmarken_xlsx, "--fail-on", level)
    assert result.returncode == code, result.stderr


@pytest.mark.parametrize(("keuzes", "level", "code"), [
    ("", "vereist", 1),  # R-ROAZ-02 is open
    ("R-ROAZ-02,T1,bewust,,\n", "vereist", 0),  # waived flags never fail
    ("R-ROAZ-02,T1,bewust,,\n", "aanbevolen", 1),  # R-IZA-11
    ("R-ROAZ-02,T1,bewust,,\nR-IZA-11,kaart,bewust,,\n", "aanbevolen", 0),
    ("R-ROAZ-02,T1,bewust,,\nR-IZA-11,kaart,bewust,,\n", "signaal", 1),  # R-MND-01
])
def test_fail_on_counts_open_flags_at_or_above_the_level(tmp_path: Path, keuzes: str, level: str,
                                                         code: int) -> None:
    sheets = {**SMALL, "Keuzes": SMALL["Keuzes"] + keuzes}
    folder = write_csv_folder(tmp_path / "kaart", **sheets)
    result = run("check", folder, "--fail-on", level, "--format", "json")
    assert result.returncode == code, result.stderr
    assert len(json.loads(result.stdout)) == 4  # the output is the same either way


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
