"""The type palette: find a type by any of its names, add a party of it by double-click or drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from test_gui_support import open_window

from stakeholders.ui.canvas.view import TYPE_MIME


@pytest.fixture
def window(qtbot):
    return open_window(qtbot)


def test_search_finds_a_type_by_alias(qtbot, window):
    palette = window.type_palette
    assert len(palette.visible_types()) == 49
    palette.search.setText("RHO")
    assert palette.visible_types() == ["huisartsen"]
    palette.search.setText("zorgbelang")
    assert palette.visible_types() == ["patientenorganisatie"]
    palette.search.setText("")
    assert len(palette.visible_types()) == 49


def test_double_click_asks_only_the_name(qtbot, window):
    palette = window.type_palette
    window.palette_dock.raise_()  # the palette is a tab next to the flags
    qtbot.waitUntil(palette.tree.isVisible, timeout=2000)
    palette.search.setText("welzijn")
    item = palette.tree.findItems("welzijnsorganisatie", Qt.MatchFlag.MatchRecursive)[0]
    rect = palette.tree.visualItemRect(item)
    # a real double click: press/release, then the double-click event on the same item
    qtbot.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    popup = window.interactions.popup
    assert popup.isVisible()
    qtbot.keyClicks(popup.name_edit, "Welzijn Noord")
    qtbot.keyClick(popup.name_edit, Qt.Key.Key_Return)
    assert not popup.type_list.isVisible() or not popup.isVisible()
    [party] = window.document.region.parties
    assert (party.naam, party.type) == ("Welzijn Noord", "welzijn")
    assert window.editor.undo_stack.count() == 1


def test_dropping_a_type_on_the_canvas_adds_a_party_there(qtbot, window):
    data = QMimeData()
    data.setData(TYPE_MIME, b"ggd")
    viewport = window.view.viewport()
    point = QPoint(200, 150)
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    expected = window.view.mapToScene(point)
    window.view.dropEvent(event)
    popup = window.interactions.popup
    assert popup.isVisible()
    qtbot.keyClicks(popup.name_edit, "GGD Noord")
    qtbot.keyClick(popup.name_edit, Qt.Key.Key_Return)
    [party] = window.document.region.parties
    assert party.type == "ggd"
    assert abs(party.pos[0] - expected.x()) < 200 and abs(party.pos[1] - expected.y()) < 200
    assert viewport is window.view.viewport()
