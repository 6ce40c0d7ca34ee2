"""Issue 11: the parkeerplaats on the canvas: quick add parks a party whose type is not
known (key 0), Shift+P parks the selection in the tray and back, each one undo step; the
tray is drawn around the parked parties."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_gui_support import KUSTMARKEN_MAP, click, field, node, open_quietly, open_window, party


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def _undo(qtbot, window) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _right_of_map(window, uids) -> float:
    region = window.document.region
    return max(n.pos[0] for n in (*region.parties, *region.tables) if n.uid not in uids)


def test_quick_add_parks_a_party_of_unknown_type(qtbot, window):
    tray = window.parking
    assert not tray.shown()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    popup = window.interactions.popup
    qtbot.keyClicks(popup.name_edit, "Stichting Nog Onbekend")
    qtbot.keyClick(popup.name_edit, Qt.Key.Key_Return)
    assert "0" in popup.hint.text() and "parkeerplaats" in popup.hint.text()
    qtbot.keyClick(popup.type_filter, Qt.Key.Key_0)
    added = window.document.region.parties[-1]
    assert (added.naam, added.type, added.parkeerplaats) == (
        "Stichting Nog Onbekend", "anders", True)
    assert added.pos[0] > _right_of_map(window, {added.uid})
    assert tray.shown()
    assert tray.item.sceneBoundingRect().contains(window.scene.nodes[added.uid].footprint())
    assert tray.caption.text() == "Parkeerplaats (1)"
    _undo(qtbot, window)
    assert added.uid not in {p.uid for p in window.document.region.parties}
    assert not tray.shown()


def test_shift_p_parks_the_selection_and_back(qtbot, window):
    before = party(window, "A05")
    click(qtbot, window, node(window, "A05"))
    assert field(window, "parkeerplaats").isChecked() is False
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    parked = party(window, "A05")
    assert parked.parkeerplaats and parked.pos[0] > _right_of_map(window, {parked.uid})
    assert field(window, "parkeerplaats").isChecked()
    assert window.parking.item.sceneBoundingRect().contains(node(window, "A05").footprint())
    _undo(qtbot, window)  # one step: back in place and off the tray
    assert party(window, "A05") == before
    click(qtbot, window, node(window, "A05"))
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    back = party(window, "A05")
    assert not back.parkeerplaats and back.pos == parked.pos  # taken off where it is
    assert not window.parking.shown()


@pytest.mark.parametrize("action", ["actionLayoutForce", "actionLayoutClusters"])
def test_a_layout_keeps_the_parked_parties_on_the_tray(qtbot, window, action):
    for identifier in ("A05", "A07"):
        click(qtbot, window, node(window, identifier))
        qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    parked = {identifier: party(window, identifier).uid for identifier in ("A05", "A07")}
    before = {p.uid: p.pos for p in window.document.region.parties}
    steps = window.editor.undo_stack.count()
    window.action(action).trigger()
    qtbot.waitUntil(lambda: window.layouts.worker is None, timeout=30000)
    region = window.document.region
    assert sum(1 for p in region.parties if p.pos != before[p.uid]) > 5  # the map moved
    right = _right_of_map(window, set(parked.values()))
    for identifier in parked:
        on_tray = party(window, identifier)
        assert on_tray.parkeerplaats and on_tray.pos[0] > right, identifier
        assert window.parking.item.sceneBoundingRect().contains(
            node(window, identifier).footprint())
    first, second = party(window, "A05").pos, party(window, "A07").pos
    assert (first[1], first[0]) < (second[1], second[0])  # their order on the tray kept
    assert window.editor.undo_stack.count() == steps + 1
    _undo(qtbot, window)  # one step back to the map as it was
    assert {p.uid: p.pos for p in window.document.region.parties} == before
