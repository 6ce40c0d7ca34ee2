"""Issue 11: a new item goes to the mouse position, or the nearest free spot, never on top of an
item ("new parties pile up in the middle of the view, on top of each other and of tables").

"On top" means that its footprint (the shape with its name at its own size) overlaps the
footprint of another party, table or "alle …" target.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor
from test_gui_support import KUSTMARKEN_MAP, click, node, open_quietly, open_window, quick_add

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    window.view.zoom_reset()
    return window


def point_mouse_at(window, scene_point: QPointF) -> QPoint:
    """Put the mouse over ``scene_point`` of the canvas (it must be in view)."""
    window.view.centerOn(scene_point)
    at = window.view.mapFromScene(scene_point)
    QCursor.setPos(window.view.viewport().mapToGlobal(at))
    return at


def overlaps(window, uid: str) -> list[str]:
    """Names of the items whose footprint the footprint of ``uid`` overlaps."""
    scene = window.scene
    mine = scene.nodes[uid].footprint()
    others = [(window.document.entity(u).naam, n.footprint()) for u, n in scene.nodes.items()
              if u != uid]
    others += [(t.text, t.footprint()) for t in scene.type_targets.values()]
    return [name for name, rect in others if rect.intersects(mine)]


def empty_spot(window) -> QPointF:
    """A scene point right of the whole map, where nothing is."""
    rect = window.scene.content_rect()
    return QPointF(rect.right() + 400, rect.center().y())


def test_n_puts_the_party_where_the_mouse_is(qtbot, window):
    spot = empty_spot(window)
    point_mouse_at(window, spot)
    added = quick_add(qtbot, window, "Buurtteam Oost", "welzijn")
    assert added.pos == pytest.approx((spot.x(), spot.y()), abs=1.0)


def test_n_over_a_party_puts_the_new_one_beside_it_not_on_it(qtbot, window):
    point_mouse_at(window, node(window, "A05").scenePos())
    added = quick_add(qtbot, window, "Gemeente met een heel lange naam aan zee", "gemeente")
    assert overlaps(window, added.uid) == []
    target = node(window, "A05").scenePos()
    distance = QPointF(*added.pos) - target
    assert (distance.x() ** 2 + distance.y() ** 2) ** 0.5 < 400, "not near the mouse"


def test_ten_parties_added_at_one_place_never_overlap(qtbot, window):
    point_mouse_at(window, node(window, "T-A1").scenePos())
    for number in range(10):
        added = quick_add(qtbot, window, f"Nieuwe partij {number}", "gemeente")
        assert overlaps(window, added.uid) == [], f"party {number}"


def test_a_new_table_lands_on_a_free_spot(qtbot, window, monkeypatch):
    edit = window.edit_actions
    monkeypatch.setattr(edit, "ask_text", lambda *a, **k: "Werkgroep dementie")
    monkeypatch.setattr(edit, "ask_item", lambda title, label, items: items[0])
    point_mouse_at(window, node(window, "A01").scenePos())
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    table = window.document.region.tables[-1]
    assert table.naam == "Werkgroep dementie"
    assert overlaps(window, table.uid) == []


def test_duplicate_and_paste_never_land_on_an_item(qtbot, window):
    click(qtbot, window, node(window, "T-A1"))
    qtbot.keyClick(window.view, Qt.Key.Key_D, CTRL)
    copy = window.document.region.tables[-1]
    assert copy.naam.endswith("(kopie)")
    assert overlaps(window, copy.uid) == []
    click(qtbot, window, node(window, "A05"))
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL)
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_V, CTRL)
        pasted = window.document.region.parties[-1]
        assert overlaps(window, pasted.uid) == []
