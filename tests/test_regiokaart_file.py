"""The native ``.regiokaart`` file: exact round trip, stable text, clear refusals.

Saving then loading gives the same map, canvas positions (``x``, ``y``) and
pins (``vast``) included; saving twice gives identical bytes with keys in a
fixed order; a newer format version, broken JSON and a wrong structure are
refused with a Dutch message that says where, and never change the file.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from builders import import_sheets

from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapLoadError, Problem
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids

TOP_LEVEL = ["formaat", "formaatversie", "programma", "kaart", "partijen", "tafels", "zetels",
             "mandaten", "relaties", "keuzes"]
PARTY_KEYS = ["id", "naam", "type", "rollen", "subregio", "gemeenten", "invloed", "belang",
              "contactpersoon", "notities", "x", "y", "vast"]
TABLE_KEYS = ["id", "naam", "soort", "bovenliggende-tafel", "voorzitter",
              "onafhankelijke-voorzitter", "secretariaat", "besluitvorming",
              "verantwoordelijkheden", "verantwoording", "financiering", "ondersteuning",
              "burgerbetrokkenheid", "gemeenteraad", "regioanalyse", "notities", "x", "y", "vast"]


def rich_map() -> RegionMap:
    """A map with every kind of value, positions and pins."""
    region = import_sheets(
        Kaart="naam;Kust “één”\nregio-indeling;zorgkantoorregio\nregio;Kust\n"
              "peildatum;2024-03-01\nauteur;ik\nversie;3\n",
        Partijen="id;naam;type;rollen;subregio;gemeenten;invloed;belang;contactpersoon;notities\n"
                 'V1;Verzekeraar;zorgverzekeraar;"marktleider, concessiehouder";;;5;4;mevr. X;'
                 '"twee\nregels"\n'
                 'G1;Gemeente;gemeente;centrumgemeente;Noord;"GM0363, GM0518";1;;;\n'
                 "H1;Huisartsen;huisartsen;;Noord;;;;;\n",
        Tafels="id;naam;soort;bovenliggende-tafel;voorzitter;onafhankelijke-voorzitter;"
               "secretariaat;besluitvorming;verantwoordelijkheden;verantwoording;financiering;"
               "ondersteuning;burgerbetrokkenheid;gemeenteraad;regioanalyse;notities\n"
               "T0;Moeder;zorgtafel;;;ja;;a;b;c;d;e;f;g;h;i\n"
               "T1;Kind;iza-regiotafel;T0;V1;drs. H. Brinkman;G1;;;;;;;;-;\n",
        Zetels="tafel;partij;rol;ring;gecompenseerd;notities\n"
               "T1;V1;initiatiefnemer;kopgroep;ja;\nT1;G1;lid;tweede-ring;nee;z\n"
               "T1;H1;toehoorder;kopgroep;;\nT0;G1;voorzitter;kopgroep;;\n",
        Mandaten="houder;namens;tafel;formeel;geldig-tot;notities\n"
                 "H1;type:huisartsen@Noord;T1;ja;2030-12-31;m\nG1;V1;;nee;;\n"
                 "G1;type:ziekenhuis;T0;;;\n",
        Relaties="van;naar;soort;notities\nV1;T1;financiert;r\nT1;G1;informeert;\n",
        Keuzes="regel;onderwerp;reden;datum;door\nR-IZA-04;T1;bewust;2024-02-20;ik\n"
               "R-IZA-05;kaart;overal;;\n",
    ).map
    region.parties[0] = replace(region.parties[0], pos=(12.5, -3.25), pinned=True)
    region.parties[1] = replace(region.parties[1], pos=(0.0, 0.0), pinned=False)
    region.tables[1] = replace(region.tables[1], pos=(-100.75, 250.0), pinned=True)
    return region


def _write(path: Path, data: Any) -> Path:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(path: Path) -> Problem:
    """Load ``path``, which must fail with one error, and check the file is unchanged."""
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(MapLoadError) as info:
        load_map(path, known_rules=known_rule_ids)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert len(info.value.errors) == 1, [p.text() for p in info.value.errors]
    return info.value.errors[0]


def _minimal(**sections: Any) -> dict[str, Any]:
    return {"formaat": "stakeholders-regiokaart", "formaatversie": 1, **sections}


# -- round trip -------------------------------------------------------------------------------
def test_save_then_load_gives_the_same_map_with_positions_and_pins(tmp_path: Path) -> None:
    region = rich_map()
    path = tmp_path / "kust.regiokaart"
    assert save_map(region, path) == "regiokaart"
    result = load_map(path, today=date(2024, 1, 1), known_rules=known_rule_ids)
    assert result.map == region
    assert result.warnings == []
    assert [(p.pos, p.pinned) for p in result.map.parties] == [
        ((12.5, -3.25), True), ((0.0, 0.0), False), (None, False)]
    assert [(t.pos, t.pinned) for t in result.map.tables] == [
        (None, False), ((-100.75, 250.0), True)]


def test_arbitrary_positions_survive_exactly(tmp_path: Path) -> None:
    region = rich_map()
    region.parties[2] = replace(region.parties[2], pos=(123.45678912345678, -1e-07))
    region.tables[0] = replace(region.tables[0], pos=(1 / 3, 2 / 3), pinned=True)
    path = tmp_path / "kust.regiokaart"
    save_map(region, path)
    loaded = load_map(path, today=date(2024, 1, 1), known_rules=known_rule_ids).map
    assert loaded == region
    assert loaded.parties[2].pos == (123.45678912345678, -1e-07)
    assert loaded.tables[0].pos == (1 / 3, 2 / 3)


def test_round_trip_of_the_contract_example(kustmarken_xlsx: Path, tmp_path: Path) -> None:
    region = load_map(kustmarken_xlsx, known_rules=known_rule_ids).map
    path = tmp_path / "kust.regiokaart"
    save_map(region, path)
    assert load_map(path, known_rules=known_rule_ids).map == region


def test_empty_map_round_trip(tmp_path: Path) -> None:
    region = RegionMap()
    path = tmp_path / "leeg.regiokaart"
    save_map(region, path)
    loaded = load_map(path, known_rules=known_rule_ids).map
    assert loaded.parties == [] and loaded.tables == []
    assert loaded.info.naam == "leeg"  # no name: the file name without extension


# -- stable text ------------------------------------------------------------------------------
def test_saving_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first, second, third = (tmp_path / f"{n}.regiokaart" for n in ("a", "b", "c"))
    save_map(rich_map(), first)
    save_map(rich_map(), second)
    assert first.read_bytes() == second.read_bytes()
    save_map(load_map(first, today=date(2024, 1, 1), known_rules=known_rule_ids).map, third)
    assert third.read_bytes() == first.read_bytes()


def test_text_is_utf8_json_with_keys_in_fixed_order(tmp_path: Path) -> None:
    path = tmp_path / "kust.regiokaart"
    save_map(rich_map(), path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "“één”" in text  # readable, not \\u-escaped
    assert text.endswith("}\n")
    data = json.loads(text, object_pairs_hook=lambda pairs: pairs)
    assert [k for k, _v in data] == TOP_LEVEL
    sections = dict(data)
    assert sections["formaatversie"] == 1
    assert [k for k, _v in sections["kaart"]] == [
        "naam", "regio-indeling", "regio", "peildatum", "auteur", "versie"]
    party = [k for k, _v in sections["partijen"][0]]
    assert party == [k for k in PARTY_KEYS if k in party]
    assert party == ["id", "naam", "type", "rollen", "invloed", "belang", "contactpersoon",
                     "notities", "x", "y", "vast"]
    table = [k for k, _v in sections["tafels"][1]]
    assert table == [k for k in TABLE_KEYS if k in table]
    assert [k for k, _v in sections["zetels"][0]] == [
        "tafel", "partij", "rol", "ring", "gecompenseerd"]
    assert [k for k, _v in sections["mandaten"][0]] == [
        "houder", "namens", "tafel", "formeel", "geldig-tot", "notities"]


def test_values_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kust.regiokaart"
    save_map(rich_map(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["formaat"] == "stakeholders-regiokaart" and data["formaatversie"] == 1
    assert data["kaart"]["peildatum"] == "2024-03-01"
    assert data["partijen"][0]["rollen"] == ["marktleider", "concessiehouder"]
    assert data["partijen"][1]["gemeenten"] == ["GM0363", "GM0518"]
    assert (data["partijen"][0]["x"], data["partijen"][0]["y"],
            data["partijen"][0]["vast"]) == (12.5, -3.25, True)
    assert [z.get("gecompenseerd") for z in data["zetels"]] == [True, False, None, None]
    assert data["mandaten"][0]["geldig-tot"] == "2030-12-31"
    assert data["mandaten"][0]["namens"] == "type:huisartsen@Noord"
    assert data["keuzes"][0]["datum"] == "2024-02-20"


# -- refusals -----------------------------------------------------------------------------------
def test_newer_format_version_is_refused_and_the_file_is_unchanged(tmp_path: Path) -> None:
    path = _write(tmp_path / "nieuw.regiokaart", _minimal(formaatversie=2, partijen=[]))
    problem = _refusal(path)
    assert "nieuwere versie van stakeholders" in problem.message
    assert "formaatversie 2" in problem.message
    assert "nieuw.regiokaart" in problem.message
    assert "niet gewijzigd" in problem.message


def test_broken_json_gives_line_and_column(tmp_path: Path) -> None:
    text = '{\n  "formaat": "stakeholders-regiokaart",\n  "formaatversie": 1,,\n}\n'
    problem = _refusal(_write(tmp_path / "kapot.regiokaart", text))
    assert "kapot.regiokaart" in problem.message
    assert "regel 3, kolom 22" in problem.message


def test_truncated_file_is_refused_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "half.regiokaart"
    save_map(rich_map(), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    problem = _refusal(path)
    assert "regel " in problem.message and "kolom " in problem.message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (_minimal(partijen={"id": "P1"}), ["'partijen' moet een lijst zijn"]),
        (_minimal(tafels="T1"), ["'tafels' moet een lijst zijn"]),
        (_minimal(partijen=[{"id": "P1", "naam": "A", "type": "gemeente"}, "P2"]),
         ["partijen", "2", "moet een object zijn"]),
        (_minimal(kaart=["naam", "x"]), ["'kaart' moet een object zijn"]),
        ({"formaat": "iets anders", "formaatversie": 1}, ["geen regiokaart"]),
        ([1, 2, 3], ["geen regiokaart"]),
        (_minimal(formaatversie="1"), ["formaatversie"]),
    ],
)
def test_wrong_structure_gives_a_clear_message(
    tmp_path: Path, data: Any, words: list[str]
) -> None:
    problem = _refusal(_write(tmp_path / "raar.regiokaart", data))
    assert "Traceback" not in problem.message
    for word in words:
        assert word in problem.message


def test_validation_errors_name_the_place(tmp_path: Path) -> None:
    data = _minimal(
        partijen=[
            {"id": "P1", "naam": "A", "type": "gemeente"},
            {"id": "P2", "naam": "B", "type": "gemeete"},
        ],
        tafels=[{"id": "T1", "naam": "Tafel", "soort": "zorgtafel"}],
        zetels=[{"tafel": "T1", "partij": "P1"}, {"tafel": "T1", "partij": "P9"}],
    )
    path = _write(tmp_path / "fout.regiokaart", data)
    with pytest.raises(MapLoadError) as info:
        load_map(path, known_rules=known_rule_ids)
    texts = [p.text() for p in info.value.errors]
    assert texts == [
        "partijen, item 2, veld type: onbekend type 'gemeete'; bedoelt u 'gemeente'?",
        "zetels, item 2, veld partij: onbekende partij 'P9'",
    ]


def test_invalid_position_names_the_place(tmp_path: Path) -> None:
    data = _minimal(partijen=[{"id": "P1", "naam": "A", "type": "gemeente", "x": "links",
                               "y": 3}])
    path = _write(tmp_path / "pos.regiokaart", data)
    with pytest.raises(MapLoadError) as info:
        load_map(path, known_rules=known_rule_ids)
    [problem] = info.value.errors
    assert problem.text().startswith("partijen, item 1, veld x: ")
    assert "'links'" in problem.message



def test_unknown_field_names_the_section_and_field(tmp_path: Path) -> None:
    data = _minimal(partijen=[{"id": "P1", "naam": "A", "type": "gemeente", "kleur": "rood"}],
                    kaart={"naam": "x", "kleur": "blauw"})
    result = load_map(_write(tmp_path / "extra.regiokaart", data), known_rules=known_rule_ids)
    assert [p.text() for p in result.warnings] == [
        "kaart, veld kleur: onbekende sleutel 'kleur' wordt genegeerd",
        "partijen, veld kleur: onbekende kolom 'kleur' wordt genegeerd",
    ]
    assert result.map.parties[0].naam == "A"
