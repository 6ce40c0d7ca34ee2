"""Kumu (issue 15 item 2): its JSON blueprint and its two-sheet workbook, both ways.

Our own maps go out and come back with the same rows, flags and places; Kumu's fields are
what the README's table says; a blueprint or export made in Kumu (elements by label,
fields under ``attributes``, positions in ``maps``) becomes parties and relations.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapLoadError
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.engine import check_map

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOURCES = [ROOT / "tests" / "data" / "kustmarken.xlsx", EXAMPLES / "kustmarken.regiokaart",
           EXAMPLES / "rivierenland.regiokaart"]


def _load(path: Path) -> RegionMap:
    return load_map(path, known_rules=known_rule_ids).map


def _flags(region: RegionMap) -> set[tuple[str, str, bool]]:
    return {(f.rule, f.subject, f.waived) for f in check_map(region)}


def _places(region: RegionMap) -> list[tuple[float, float] | None]:
    return [e.pos for e in [*region.parties, *region.tables]]


def _without_places(region: RegionMap) -> RegionMap:
    return replace(region, parties=[replace(p, pos=None) for p in region.parties],
                   tables=[replace(t, pos=None) for t in region.tables])


@pytest.mark.parametrize("suffix", [".kumu.json", ".kumu.xlsx"])
@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_a_map_goes_to_kumu_and_back_with_the_same_rows_flags_and_places(source, suffix,
                                                                        tmp_path):
    original = _load(source)
    kumu = tmp_path / f"kaart{suffix}"
    save_map(original, kumu)
    native = tmp_path / "terug.regiokaart"
    save_map(_load(kumu), native)
    back = _load(native)
    assert _without_places(back) == _without_places(original)  # every row and field
    assert back.waivers == original.waivers and back.info == original.info
    assert _flags(back) == _flags(original) and _flags(original)
    # Excel keeps 15 significant digits; JSON every one
    for ours, theirs in zip(_places(back), _places(original), strict=True):
        assert (ours is None) == (theirs is None)
        if ours is not None:
            assert ours == (pytest.approx(theirs, abs=1e-9) if suffix == ".kumu.xlsx"
                            else theirs)


def test_the_blueprint_has_kumus_elements_and_connections(tmp_path):
    region = _load(EXAMPLES / "kustmarken.regiokaart")
    path = tmp_path / "k.kumu.json"
    save_map(region, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    elements = {e["id"]: e for e in data["elements"]}
    party, table, seat = region.parties[0], region.tables[0], region.seats[0]
    assert elements[party.id]["label"] == party.naam
    assert elements[party.id]["type"] == party.type  # Kumu colours by it
    assert elements[party.id]["description"] == party.notities
    assert elements[party.id]["rollen"] == list(party.rollen)
    assert elements[table.id]["type"] == table.soort
    connection = data["connections"][0]
    assert (connection["from"], connection["to"], connection["type"], connection["direction"]
            ) == (seat.partij, seat.tafel, "zetel", "directed")
    assert connection["rol"] == seat.rol
    directions = {(c["onderdeel"], c["type"] == "werkt-samen"): c["direction"]
                  for c in data["connections"]}
    assert directions == {("zetel", False): "directed", ("mandaat", False): "directed",
                          ("relatie", False): "directed", ("relatie", True): "undirected"}
    kinds = [c["onderdeel"] for c in data["connections"]]
    assert kinds.count("mandaat") == len(region.mandates)
    assert kinds.count("relatie") == len(region.relations)


def test_the_workbook_has_kumus_two_sheets_and_bar_separated_lists(tmp_path):
    region = _load(EXAMPLES / "kustmarken.regiokaart")
    path = tmp_path / "k.kumu.xlsx"
    save_map(region, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Elements", "Connections"]
    elements, connections = workbook["Elements"], workbook["Connections"]
    header = [c.value for c in elements[1]]
    assert header[:4] == ["ID", "Label", "Type", "Description"]
    assert [c.value for c in connections[1]][:5] == ["ID", "From", "To", "Type", "Direction"]
    party = next(p for p in region.parties if len(p.rollen) > 1)
    row = next(r for r in elements.iter_rows(min_row=2, values_only=True) if r[0] == party.id)
    assert row[header.index("rollen")] == " | ".join(party.rollen)


def test_a_kumu_workbook_downloaded_as_xlsx_is_recognised_by_its_sheets(tmp_path):
    region = _load(EXAMPLES / "kustmarken.regiokaart")
    save_map(region, tmp_path / "k.kumu.xlsx")
    plain = tmp_path / "download.xlsx"
    shutil.copy(tmp_path / "k.kumu.xlsx", plain)
    assert _without_places(_load(plain)) == _without_places(region)


def test_a_blueprint_named_json_is_read_as_kumu_and_a_regiokaart_named_json_as_ours(tmp_path):
    region = _load(EXAMPLES / "kustmarken.regiokaart")
    save_map(region, tmp_path / "k.kumu.json")
    shutil.copy(tmp_path / "k.kumu.json", tmp_path / "blueprint.json")
    shutil.copy(EXAMPLES / "kustmarken.regiokaart", tmp_path / "eigen.json")
    assert _load(tmp_path / "blueprint.json") == region
    assert _load(tmp_path / "eigen.json") == region


KUMU_EXPORT = {
    "elements": [
        {"_id": "elm-1", "attributes": {"label": "GGD Kust", "element type": "GGD",
                                        "description": "Publieke gezondheid", "tags": ["a"]}},
        {"_id": "elm-2", "attributes": {"label": "Stichting Buurtkracht",
                                        "element type": "Organization"}},
        {"_id": "elm-3", "attributes": {"label": "Wijkteam Oost"}},
    ],
    "connections": [
        {"_id": "conn-1", "from": "elm-1", "to": "elm-2",
         "attributes": {"connection type": "Funding"}, "direction": "directed"},
        {"_id": "conn-2", "from": "Stichting Buurtkracht", "to": "Wijkteam Oost",
         "direction": "mutual"},
    ],
    "maps": [{"name": "Kaart", "elements": [
        {"element": "elm-1", "position": {"x": 10, "y": 20}},
        {"element": "elm-3", "position": {"x": -5.5, "y": 7}}]}],
}


def test_a_kumu_export_becomes_parties_and_relations_with_a_warning_list(tmp_path):
    path = tmp_path / "uit-kumu.json"
    path.write_text(json.dumps(KUMU_EXPORT), encoding="utf-8")
    result = load_map(path, known_rules=known_rule_ids)
    region = result.map
    assert [(p.naam, p.type, p.notities) for p in region.parties] == [
        ("GGD Kust", "ggd", "Publieke gezondheid"),
        ("Stichting Buurtkracht", "anders", ""),
        ("Wijkteam Oost", "anders", "")]
    assert [p.pos for p in region.parties] == [(10.0, 20.0), None, (-5.5, 7.0)]
    ids = [p.id for p in region.parties]
    assert [(r.van, r.naar, r.soort) for r in region.relations] == [
        (ids[0], ids[1], "werkt-samen"), (ids[1], ids[2], "werkt-samen")]
    text = "\n".join(w.message for w in result.warnings)
    assert "2 elementen ingelezen als partij van type 'anders'" in text
    assert "1 element ingelezen als partij van het type dat hun 'type' noemt" in text
    assert "2 connecties ingelezen als relatie 'werkt samen met'" in text
    assert "veld 'tags' (1 element) kent stakeholders niet" in text


@pytest.mark.parametrize(("text", "message"), [
    ('{"elements": [', "is geen geldige JSON (regel 1"),
    ('{"elementen": []}', "verwacht een object met de lijsten 'elements' en 'connections'"),
    ('[1, 2]', "verwacht een object met de lijsten"),
])
def test_a_broken_blueprint_gets_one_dutch_error(text, message, tmp_path):
    path = tmp_path / "kapot.kumu.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MapLoadError) as caught:
        load_map(path, known_rules=known_rule_ids)
    [problem] = caught.value.problems
    assert message in problem.message


def test_a_wrong_value_is_named_by_element_and_field(tmp_path):
    region = _load(EXAMPLES / "kustmarken.regiokaart")
    path = tmp_path / "k.kumu.json"
    save_map(region, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    element = next(e for e in data["elements"] if e["id"] == region.parties[0].id)
    element["invloed"] = 9
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MapLoadError) as caught:
        load_map(path, known_rules=known_rule_ids)
    places = [p.where() for p in caught.value.errors]
    assert any(f"element '{region.parties[0].id}', veld invloed" in p for p in places), places
