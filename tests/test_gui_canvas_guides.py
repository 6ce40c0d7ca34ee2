"""Issue 9, item 3 on screen: ring guides and domain captions that explain a layout.

Through the real window: the layouts are run from the Schikken menu, edits are
made through the editor (one undo step each), and the guides on the canvas are
read back from the scene.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsPolygonItem, QMessageBox
from test_gui_support import EXAMPLES, open_quietly, open_window

from stakeholders.look import style as S
from stakeholders.model import vocab

KUSTMARKEN = EXAMPLES / "kustmarken.regiokaart"


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN)
    return window


def rings(window) -> list[QGraphicsEllipseItem]:
    return [i for i in window.scene.guides.shapes if isinstance(i, QGraphicsEllipseItem)]


def hulls(window) -> list[QGraphicsPolygonItem]:
    return [i for i in window.scene.guides.shapes if isinstance(i, QGraphicsPolygonItem)]


def captions(window) -> list[str]:
    return [caption[0].text() for caption in window.scene.guides.captions]


def table_rings(window, table_id: str = "T-A1") -> None:
    table = window.document.by_id(table_id)
    window.scene.select_uids([table.uid])
    window.action("actionLayoutRings").trigger()


def seated(window, table_id: str) -> list:
    ids = {s.partij for s in window.document.region.seats if s.tafel == table_id}
    return [p for p in window.document.region.parties if p.id in ids]


def test_table_rings_draw_the_rings_with_captions_and_the_tables_name(qtbot, window):
    window.action("actionLayoutClusters").trigger()  # away from the stored rings first
    table_rings(window)
    table = window.document.by_id("T-A1")
    circles = rings(window)
    assert len(circles) == 2
    for circle in circles:
        centre = circle.sceneBoundingRect().center()
        assert centre.x() == pytest.approx(table.pos[0], abs=1.5)
        assert centre.y() == pytest.approx(table.pos[1], abs=1.5)
        assert circle.zValue() < S.Z_RELATION  # under every line
    texts = captions(window)
    assert {"kopgroep", "tweede ring", table.naam} <= set(texts)
    domains = {vocab.domains()[vocab.domain_of(p.type)].label_nl for p in seated(window, "T-A1")}
    assert domains <= set(texts), "every wedge is named after its domain"
    shown = window.scene.guides.texts()
    assert {"kopgroep", "tweede ring", table.naam} <= set(shown)
    assert window.view.mapToScene(window.view.viewport().rect()).boundingRect().contains(
        circles[-1].sceneBoundingRect())


def test_rings_move_with_the_table_and_its_parties_and_go_when_the_table_moves_alone(
        qtbot, window):
    window.action("actionLayoutClusters").trigger()
    table_rings(window)
    table = window.document.by_id("T-A1")
    group = [table, *seated(window, "T-A1")]
    window.editor.move({item.uid: (item.pos[0] + 300, item.pos[1] + 120) for item in group})
    moved = rings(window)
    assert len(moved) == 2
    centre = moved[0].sceneBoundingRect().center()
    assert (centre.x(), centre.y()) == pytest.approx((table.pos[0] + 300, table.pos[1] + 120),
                                                     abs=1.5)
    table = window.document.by_id("T-A1")
    window.editor.move({table.uid: (table.pos[0] - 500, table.pos[1])})
    assert rings(window) == [] and captions(window) == []


def test_undoing_the_rings_layout_takes_its_guides_away(qtbot, window):
    window.action("actionLayoutClusters").trigger()
    table_rings(window)
    assert rings(window)
    window.action("actionUndo").trigger()
    assert rings(window) == []
    assert hulls(window) == [], "the clusters' hulls no longer fit either"


def test_domain_clusters_draw_a_hull_and_caption_per_domain_until_another_layout(
        qtbot, window):
    window.action("actionLayoutClusters").trigger()
    domains = {vocab.domain_of(p.type) for p in window.document.region.parties}
    assert len(hulls(window)) == len(domains)
    labels = {vocab.domains()[d].label_nl for d in domains}
    assert set(captions(window)) == labels
    assert all(h.zValue() < S.Z_RELATION for h in hulls(window))
    # A party dragged a little: the hull follows it.
    party = window.document.region.parties[0]
    window.editor.move({party.uid: (party.pos[0] + 20, party.pos[1])})
    assert len(hulls(window)) == len(domains)
    window.action("actionLayoutForce").trigger()  # Schikken > Automatisch: no guides
    assert hulls(window) == [] and captions(window) == []


def test_opening_another_map_drops_the_guides(qtbot, window):
    window.action("actionLayoutClusters").trigger()
    assert hulls(window)
    window.files.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    open_quietly(qtbot, window, EXAMPLES / "rivierenland.regiokaart")
    assert hulls(window) == [] and captions(window) == []
