"""Level of detail for large maps (issue 13, item 2): what the canvas leaves out far away.

A province or the whole country (thousands of parties) cannot route every line
around the nodes or try a place for every name after each zoom and edit
without freezing the window. The limits are lowered here so that the
Kustmarken example (49 parties, 130 lines) stands in for such a map.
"""

from __future__ import annotations

from test_gui_canvas_legibility import big_window
from test_gui_support import KUSTMARKEN_MAP, open_quietly

from stakeholders.look import style as S
from stakeholders.ui.canvas import far_view, labelling, routes, scene
from stakeholders.ui.canvas.items import PartyItem, TableItem


def test_a_map_with_more_lines_than_the_limit_keeps_its_lines_straight(qtbot, monkeypatch):
    monkeypatch.setattr(scene, "ROUTE_UP_TO_LINES", 20)
    window = big_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    lines = [*window.scene.edges.values(), *window.scene.parent_edges.values()]
    assert len(lines) > 20
    assert [e for e in lines if e.waypoints()] == []
    # a party moved onto a line does not bend it either (the same map routes it: see
    # test_gui_canvas_legibility)
    edge = next(e for e in window.scene.edges.values()
                if e.length() > 300 and isinstance(e.source, PartyItem))
    middle = edge.point_at(0.5)
    mover = next(n for n in window.scene.nodes.values() if isinstance(n, PartyItem)
                 and n is not edge.source and n is not edge.target and not n.pinned)
    window.editor.move({mover.uid: (middle.x(), middle.y() - mover.box.dy)})
    assert not edge.waypoints()


def test_zoomed_far_out_only_tables_are_named_and_pointing_shows_a_party(qtbot):
    window = big_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    view, nodes = window.view, window.scene.nodes.values()
    parties = [n for n in nodes if isinstance(n, PartyItem)]
    tables = [n for n in nodes if isinstance(n, TableItem)]
    assert any(p.label.isVisible() for p in parties)  # at fit: names
    far = labelling.FAR_SHAPE_PX / S.PARTY_SIZE * 0.9
    view.set_zoom(far)
    assert view.zoom() < labelling.FAR_SHAPE_PX / S.PARTY_SIZE
    assert [p for p in parties if p.label.isVisible()] == []
    assert [e for e in window.scene.edges.values() if e.text_label.isVisible()] == []
    assert any(t.label.isVisible() for t in tables)
    window.scene.labels.hover(parties[0].label, True)
    assert parties[0].label.isVisible()
    window.scene.labels.hover(parties[0].label, False)
    view.set_zoom(far / 0.9 * 1.2)  # nearer again: the names come back
    assert any(p.label.isVisible() for p in parties)


def test_far_out_a_large_map_is_one_picture_of_its_lines_and_parties(qtbot, monkeypatch):
    monkeypatch.setattr(far_view, "FAR_PICTURE_FROM_LINES", 20)
    window = big_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    scene, view = window.scene, window.view
    parties = [n for n in scene.nodes.values() if isinstance(n, PartyItem)]
    lines = [*scene.edges.values(), *scene.parent_edges.values()]
    assert scene.far_picture is None  # at fit the 49 parties are large enough
    view.set_zoom(labelling.FAR_SHAPE_PX / S.PARTY_SIZE * 0.9)
    picture = scene.far_picture
    assert picture is not None and picture.isVisible()
    assert (picture.dot_count, picture.line_count) == (len(parties), len(lines))
    assert not any(item.isVisible() for item in [*parties, *lines])
    assert all(n.isVisible() for n in scene.nodes.values() if isinstance(n, TableItem))
    # the picture covers the map: a dot where each party is
    assert all(picture.boundingRect().contains(p.scenePos()) for p in parties)
    image = view.viewport().grab().toImage()
    centre = view.mapFromScene(parties[0].scenePos())
    assert image.pixelColor(centre).rgb() == parties[0].fill_colour().rgb()
    view.set_zoom(labelling.FAR_SHAPE_PX / S.PARTY_SIZE * 1.5)  # nearer: items again
    assert scene.far_picture is None
    assert all(item.isVisible() for item in [*parties, *lines])


def test_a_new_seat_routes_its_own_line_only(qtbot, monkeypatch):
    window = big_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    scene = window.scene
    routed: list[int] = []
    real = routes.route_edges

    def spy(boxes, centres, pairs):
        routed.append(len(pairs))
        return real(boxes, centres, pairs)

    monkeypatch.setattr(routes, "route_edges", spy)
    region = window.document.region
    seated = {(s.tafel, s.partij) for s in region.seats}
    table, party = next((t.id, p.id) for t in region.tables for p in region.parties
                        if (t.id, p.id) not in seated)
    before = {uid: e.waypoints() for uid, e in scene.edges.items()}
    window.editor.add_seat(table, party)
    assert routed == [1]  # the new line, not the map's 130
    new = [uid for uid in scene.edges if uid not in before]
    assert len(new) == 1
    assert all(scene.edges[uid].waypoints() == points for uid, points in before.items())
    window.editor.undo_stack.undo()  # taking it away again routes nothing
    assert routed == [1]
