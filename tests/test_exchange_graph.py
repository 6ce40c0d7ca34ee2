"""GraphML and GEXF (issue 15 item 1): round trips, yEd's and Gephi's drawing, files from
other programs, hostile XML.

A map goes out and comes back with the same rows, the same flags and the same places;
a file written by networkx without the app's attributes becomes parties of type
``anders`` with a Dutch warning list; XML with entities is refused with a clear message.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest

from stakeholders.io import safexml
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapLoadError, MapSaveError
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.engine import check_map

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = ROOT / "tests" / "data"
NS = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml",
      "gexf": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
SOURCES = [DATA / "kustmarken.xlsx", EXAMPLES / "kustmarken.regiokaart",
           EXAMPLES / "rivierenland.regiokaart"]


def _load(path: Path) -> RegionMap:
    return load_map(path, known_rules=known_rule_ids).map


def _placed() -> RegionMap:
    """An example whose parties and tables all have a place on the canvas."""
    region = _load(EXAMPLES / "rivierenland.regiokaart")
    assert all(e.pos is not None for e in [*region.parties, *region.tables])
    return region


def _flags(region: RegionMap) -> set[tuple[str, str, bool]]:
    return {(f.rule, f.subject, f.waived) for f in check_map(region)}


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_a_map_goes_out_and_back_with_the_same_rows_flags_and_places(source, suffix,
                                                                    tmp_path):
    original = _load(source)
    graph = tmp_path / f"kaart{suffix}"
    save_map(original, graph)
    native = tmp_path / "terug.regiokaart"
    save_map(_load(graph), native)
    back = _load(native)
    assert back == original  # every row, field and position (RegionMap equality)
    assert _flags(back) == _flags(original)
    assert _flags(original)  # the examples do flag something: the comparison means something


def test_the_map_itself_and_its_choices_travel_on_a_node(tmp_path):
    original = _load(EXAMPLES / "kustmarken.regiokaart")
    assert original.spreadsheet_part().waivers  # the example has deliberate choices
    save_map(original, tmp_path / "k.graphml")
    back = _load(tmp_path / "k.graphml")
    assert back.info == original.info
    assert back.waivers == original.waivers


def test_graphml_draws_in_yed_at_the_apps_places(tmp_path):
    region = _placed()
    path = tmp_path / "k.graphml"
    save_map(region, path)
    nodes = ElementTree.parse(path).getroot().findall(".//g:node", NS)
    by_id = {p.id: p for p in region.parties} | {t.id: t for t in region.tables}
    shapes = 0
    for node in nodes:
        box = node.find(".//y:ShapeNode", NS)
        assert box is not None, node.get("id")
        entity = by_id.get(node.get("id"))
        if entity is None:  # the map's own node
            continue
        shapes += 1
        geometry = box.find("y:Geometry", NS)
        centre = (float(geometry.get("x")) + float(geometry.get("width")) / 2,
                  float(geometry.get("y")) + float(geometry.get("height")) / 2)
        assert centre == pytest.approx(entity.pos)
        assert box.find("y:NodeLabel", NS).text == entity.naam
    assert shapes == len(by_id)


def test_a_node_moved_in_yed_comes_back_at_its_new_place(tmp_path):
    region = _placed()
    path = tmp_path / "k.graphml"
    save_map(region, path)
    tree = ElementTree.parse(path)
    party = region.parties[0]
    node = next(n for n in tree.getroot().iter(f"{{{NS['g']}}}node") if n.get("id") == party.id)
    geometry = node.find(".//y:Geometry", NS)
    geometry.set("x", str(float(geometry.get("x")) + 300.0))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    back = _load(path)
    assert back.parties[0].pos == pytest.approx((party.pos[0] + 300.0, party.pos[1]))
    assert back.parties[1].pos == region.parties[1].pos  # unmoved: exactly where it was


def test_a_yed_file_with_renumbered_nodes_keeps_the_ids(tmp_path):
    """yEd saves its own node ids (n0, n1, …) and keeps the data: the ``id`` attribute wins."""
    original = _load(EXAMPLES / "kustmarken.regiokaart")
    path = tmp_path / "k.graphml"
    save_map(original, path)
    text = path.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    renumber = {n.get("id"): f"n{i}" for i, n in enumerate(root.iter(f"{{{NS['g']}}}node"))}
    for old, new in sorted(renumber.items(), key=lambda kv: -len(kv[0])):
        text = (text.replace(f'id="{old}"', f'id="{new}"')
                .replace(f'source="{old}"', f'source="{new}"')
                .replace(f'target="{old}"', f'target="{new}"'))
    path.write_text(text, encoding="utf-8")
    back = _load(path)
    assert [p.id for p in back.parties] == [p.id for p in original.parties]
    assert back.seats == original.seats and back.mandates == original.mandates
    assert _flags(back) == _flags(original)


def test_gexf_has_gephis_positions_with_y_upwards(tmp_path):
    region = _placed()
    path = tmp_path / "k.gexf"
    save_map(region, path)
    root = ElementTree.parse(path).getroot()
    party = region.parties[0]
    node = next(n for n in root.iter(f"{{{NS['gexf']}}}node") if n.get("id") == party.id)
    assert node.get("label") == party.naam
    position = node.find("viz:position", NS)
    assert (float(position.get("x")), -float(position.get("y"))) == pytest.approx(party.pos)


def test_seats_mandates_and_relations_are_typed_edges_with_their_fields(tmp_path):
    region = _load(EXAMPLES / "kustmarken.regiokaart")
    path = tmp_path / "k.graphml"
    save_map(region, path)
    graph = nx.read_graphml(path)  # what Gephi or a researcher's script sees
    kinds = [d["onderdeel"] for _u, _v, d in graph.edges(data=True)]
    assert kinds.count("zetel") == len(region.seats)
    assert kinds.count("mandaat") == len(region.mandates)
    assert kinds.count("relatie") == len(region.relations)
    seat = region.seats[0]
    data = next(d for u, v, d in graph.edges(data=True)
                if d["onderdeel"] == "zetel" and (u, v) == (seat.partij, seat.tafel))
    assert data["rol"] == seat.rol
    party = region.parties[0]
    assert graph.nodes[party.id]["type"] == party.type
    assert graph.nodes[party.id]["label"] == party.naam


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_a_networkx_file_without_our_attributes_becomes_parties_of_type_anders(suffix,
                                                                              tmp_path):
    graph = nx.Graph()
    graph.add_node("a", label="Wijkteam Oost", club="x")
    graph.add_node("b", label="Gemeente Zee", type="gemeente")
    graph.add_node("c d", label="Buurthuis")
    graph.add_edge("a", "b", weight=2.0)
    graph.add_edge("b", "c d")
    graph.add_edge("a", "a")
    path = tmp_path / f"vreemd{suffix}"
    (nx.write_graphml if suffix == ".graphml" else nx.write_gexf)(graph, path)

    result = load_map(path, known_rules=known_rule_ids)
    region = result.map
    assert [(p.naam, p.type) for p in region.parties] == [
        ("Wijkteam Oost", "anders"), ("Gemeente Zee", "gemeente"), ("Buurthuis", "anders")]
    assert len(region.relations) == 2 and {r.soort for r in region.relations} == {"werkt-samen"}
    text = "\n".join(str(w) for w in result.warnings)
    assert "2 knopen ingelezen als partij van type 'anders'" in text
    assert "1 knoop ingelezen als partij van het type dat hun 'type' noemt" in text
    assert "attribuut 'club' (1 knoop) kent stakeholders niet" in text
    assert "nieuw id voor 1 knoop" in text and "'c d' wordt 'c-d'" in text
    assert "verbindt een knoop met zichzelf; overgeslagen" in text


def test_a_file_saved_by_yed_keeps_its_names_places_descriptions_and_edge_labels():
    result = load_map(DATA / "exchange" / "yed-zonder-attributen.graphml",
                      known_rules=known_rule_ids)
    parties = result.map.parties
    assert [(p.naam, p.type, p.notities) for p in parties] == [
        ("Gemeente Noord", "anders", "Gemeente in het noorden"), ("Wijkteam", "anders", "")]
    # yEd's box: top-left corner and size; the app keeps the centre
    assert [p.pos for p in parties] == [(160.0, 65.0), (315.0, 215.0)]
    [relation] = result.map.relations
    assert (relation.van, relation.naar, relation.soort) == ("n0", "n1", "financiert")
    assert result.warnings[0].message.startswith(
        "het bestand komt niet uit stakeholders: 2 knopen ingelezen als partij van type "
        "'anders'")


def test_a_file_saved_by_gephi_keeps_its_names_and_layout():
    result = load_map(DATA / "exchange" / "gephi-1.3.gexf", known_rules=known_rule_ids)
    assert [(p.naam, p.type, p.pos) for p in result.map.parties] == [
        ("Gemeente Zuid", "anders", (-12.5, -40.0)), ("Huisartsenpraktijk", "anders", (60.0, 10.0))]
    assert [r.soort for r in result.map.relations] == ["werkt-samen"]
    assert ("attribuut 'Modularity Class' (2 knopen) kent stakeholders niet; het wordt "
            "genegeerd") in [w.message for w in result.warnings]


def test_a_graph_with_a_control_character_is_not_written(tmp_path):
    region = _load(DATA / "kustmarken.xlsx")
    party = region.parties[0]
    region.parties[0] = type(party)(**{**party.__dict__, "notities": "regel\x01"})
    target = tmp_path / "k.graphml"
    with pytest.raises(MapSaveError, match="stuurteken"):
        save_map(region, target)
    assert not target.exists()


# -- hostile XML ------------------------------------------------------------------------------
XXE = ('<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY geheim SYSTEM "file://{secret}">]>\n'
       '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" '
       'attr.name="label" attr.type="string"/><graph edgedefault="directed"><node id="n1">'
       '<data key="d0">&geheim;</data></node></graph></graphml>')
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(2, 10))
          .replace("&lol1;", "&lol;")
          + ']>\n<gexf xmlns="http://www.gexf.net/1.2draft"><graph><nodes>'
          '<node id="a" label="&lol9;"/></nodes></graph></gexf>')


@pytest.mark.parametrize(("name", "text"), [("xxe.graphml", XXE), ("lachen.gexf", LAUGHS)])
def test_xml_with_entities_is_refused_with_a_clear_message(name, text, tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("WACHTWOORD", encoding="utf-8")
    path = tmp_path / name
    path.write_text(text.replace("{secret}", str(secret)), encoding="utf-8")
    with pytest.raises(MapLoadError) as caught:
        load_map(path, known_rules=known_rule_ids)
    [problem] = caught.value.problems
    assert problem.code == "E-XML-UNSAFE"
    assert f"{name} wordt niet gelezen: het bestand declareert een XML-entiteit" in str(
        problem.message)
    assert "WACHTWOORD" not in str(caught.value)


def test_an_xml_file_above_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "groot.graphml"
    save_map(_load(DATA / "kustmarken.xlsx"), path)
    monkeypatch.setattr(safexml, "MAX_XML_BYTES", path.stat().st_size - 1)
    with pytest.raises(MapLoadError, match="te groot om te lezen"):
        load_map(path, known_rules=known_rule_ids)


def test_a_graph_with_more_nodes_than_the_limit_is_refused(tmp_path, monkeypatch):
    from stakeholders.io import graphxml

    path = tmp_path / "veel.gexf"
    nx.write_gexf(nx.path_graph(12), path)
    monkeypatch.setattr(graphxml, "MAX_NODES", 10)
    with pytest.raises(MapLoadError) as caught:
        load_map(path, known_rules=known_rule_ids)
    assert caught.value.problems[0].message == (
        "veel.gexf heeft 12 knopen en 11 verbindingen; stakeholders leest er hoogstens 10 en "
        "100.000")


@pytest.mark.parametrize(("name", "text", "message"), [
    ("kapot.graphml", "<graphml><graph>", "geen geldig XML-bestand (regel 1"),
    ("leeg.gexf", '<gexf xmlns="http://www.gexf.net/1.2draft"/>', "geen GEXF-bestand"),
    ("ander.graphml", "<svg/>", "geen GraphML-bestand"),
])
def test_a_broken_graph_file_gets_one_dutch_error(name, text, message, tmp_path):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MapLoadError) as caught:
        load_map(path, known_rules=known_rule_ids)
    [problem] = caught.value.problems
    assert message in problem.message


def test_convert_writes_graphml_and_gexf_by_extension(tmp_path, capsys):
    from stakeholders.cli import main

    for suffix in (".graphml", ".gexf"):
        out = tmp_path / f"kaart{suffix}"
        assert main(["convert", str(DATA / "kustmarken.xlsx"), str(out)]) == 0
        assert f"({suffix[1:]})" in capsys.readouterr().err
        back = tmp_path / f"terug{suffix}.regiokaart"
        assert main(["convert", str(out), str(back)]) == 0
        assert _flags(_load(back)) == _flags(_load(DATA / "kustmarken.xlsx"))
