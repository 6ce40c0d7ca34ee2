"""Bestand > Importeren and Bestand > Exporteren voor Gephi, yEd of Kumu (issue 15 items 1-2).

The user imports a GraphML file another program made and sees its nodes as parties with
the warning list; exports the open map for Gephi, yEd or Kumu and gets a file that opens
again as the same map.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from test_gui_support import KUSTMARKEN_MAP, open_quietly, open_window

from stakeholders.io.formats import load_map
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui.canvas.items import PartyItem, RelationEdge
from stakeholders.ui.files import EXCHANGE_FILTERS


@pytest.fixture
def window(qtbot):
    return open_window(qtbot)


def test_import_a_gephi_file_shows_its_nodes_as_parties_and_lists_the_warnings(
        qtbot, window, monkeypatch, tmp_path):
    graph = nx.Graph()
    graph.add_edge("a", "b")
    graph.add_edge("b", "c")
    for node, name in zip("abc", ("Wijkteam Oost", "Buurthuis", "Huisarts Zee"), strict=True):
        graph.nodes[node]["label"] = name
    path = tmp_path / "gephi.graphml"
    nx.write_graphml(graph, path)
    shown: list[tuple[str, str, list[str]]] = []
    monkeypatch.setattr(window.files, "show_problems", lambda title, intro, found: shown.append(
        (title, intro, [p.text() for p in found])))
    monkeypatch.setattr(window.files, "ask_open_path", lambda: str(path))

    window.action("actionImport").trigger()
    qtbot.wait(1)

    names = sorted(i.name for i in window.scene.items() if isinstance(i, PartyItem))
    assert names == ["Buurthuis", "Huisarts Zee", "Wijkteam Oost"]
    assert sum(isinstance(i, RelationEdge) for i in window.scene.items()) == 2
    [(title, _intro, texts)] = shown
    assert title == "Waarschuwingen bij het openen"
    assert any("3 knopen ingelezen als partij van type 'anders'" in t for t in texts)
    assert window.isWindowModified()  # an import is not saved yet


@pytest.mark.parametrize(("index", "ending"), list(enumerate(e for _f, e in EXCHANGE_FILTERS)))
def test_export_for_another_program_writes_the_chosen_format(qtbot, window, monkeypatch,
                                                             tmp_path, index, ending):
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menuFile")
    assert window.action("actionExportExchange") in menu.actions()
    monkeypatch.setattr(window.files, "ask_exchange_path",
                        lambda suggestion: (str(tmp_path / "voor-ander"),
                                            EXCHANGE_FILTERS[index][0]))

    window.action("actionExportExchange").trigger()

    written = tmp_path / f"voor-ander{ending}"
    assert written.is_file()
    back = load_map(written, known_rules=known_rule_ids).map
    assert [(p.id, p.naam, p.type) for p in back.parties] == [
        (p.id, p.naam, p.type) for p in window.document.region.parties]
    assert back.seats == window.document.region.seats
    assert f"voor-ander{ending}" in window.statusBar().currentMessage()


def test_an_export_that_fails_says_why_and_changes_nothing(qtbot, window, monkeypatch,
                                                           tmp_path):
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.files, "show_error", lambda title, text: errors.append(
        (title, text)))
    target = Path(tmp_path / "bestaat-niet" / "kaart.graphml")
    monkeypatch.setattr(window.files, "ask_exchange_path",
                        lambda suggestion: (str(target), EXCHANGE_FILTERS[0][0]))
    window.action("actionExportExchange").trigger()
    assert errors and errors[0][0] == "Exporteren mislukt"
    assert "kaart.graphml" in errors[0][1]
    assert not target.exists()
