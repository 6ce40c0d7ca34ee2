"""Issue 11: table focus (F6): one table with its rings, its mandate holders and whom they
speak for, and its own findings; on the same canvas, with the map's selection and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_gui_support import KUSTMARKEN_MAP, click, node, open_quietly, open_window, party


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def _shown_ids(window) -> set[str]:
    return {window.document.entity(uid).id for uid, item in window.scene.nodes.items()
            if item.isVisible()}


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)
    qtbot.wait(5)


def test_f6_shows_one_table_with_its_people_and_findings(qtbot, window):
    region = window.document.region
    click(qtbot, window, node(window, "T-A1"))
    _key(qtbot, window, Qt.Key.Key_F6)
    focus = window.focus
    assert window.action("actionTableFocus").isChecked()
    seated = {s.partij for s in region.seats if s.tafel == "T-A1"}
    held = [m for m in region.mandates if m.tafel == "T-A1" or (not m.tafel and m.houder in seated)]
    expected = {"T-A1"} | seated | {m.houder for m in held} | {
        m.namens_partij for m in held if m.namens_partij}
    assert _shown_ids(window) == expected
    assert "T-R1" not in _shown_ids(window) and len(expected) < len(window.scene.nodes)
    for seat in region.seats:
        assert window.scene.edges[seat.uid].isVisible() == (seat.tafel == "T-A1")
    # Its own findings: the badge of the table only, the count and the list.
    badges = {window.document.entity(u).id: n.badge_count for u, n in window.scene.nodes.items()}
    assert badges["T-A1"] > 0 and sum(badges.values()) == badges["T-A1"]
    assert focus.overlay.counter.isVisible() and "samenstelling" in focus.overlay.card.text()
    assert "Zorgtafel Kustmarken" in focus.overlay.caption.text()
    _key(qtbot, window, Qt.Key.Key_Escape)
    assert len(_shown_ids(window)) == len(window.scene.nodes)
    assert not window.focus.overlay.isVisible()


def test_edits_in_focus_are_undo_steps_of_the_map(qtbot, window):
    click(qtbot, window, node(window, "T-A1"))
    _key(qtbot, window, Qt.Key.Key_F6)
    click(qtbot, window, node(window, "A05"))
    _key(qtbot, window, Qt.Key.Key_Delete)
    assert window.document.by_id("A05") is None
    assert window.focus.table_uid is not None
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert party(window, "A05") is not None and "A05" in _shown_ids(window)


def test_f6_without_a_table_says_so(qtbot, window):
    shown: list[str] = []
    window.notify = shown.append
    _key(qtbot, window, Qt.Key.Key_F6)
    assert window.focus.table_uid is None and not window.action("actionTableFocus").isChecked()
    assert shown == ["Selecteer eerst één tafel."]


def test_in_workshop_mode_only_the_tables_count_shows(qtbot, window):
    _key(qtbot, window, Qt.Key.Key_F11)
    click(qtbot, window, node(window, "T-A1"))
    _key(qtbot, window, Qt.Key.Key_F6)
    assert window.focus.overlay.counter.isVisible()
    assert not window.workshop.overlay.counter.isVisible()
    _key(qtbot, window, Qt.Key.Key_Escape)  # leaves the focus first
    assert window.workshop.active and window.workshop.overlay.counter.isVisible()
    _key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.workshop.active
