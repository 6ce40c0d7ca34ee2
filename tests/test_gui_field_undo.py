"""Issue 11: Ctrl+Z while typing in a field of the property panel undoes the typing in that field
first, as one step, and never leaves a half-typed name on the map ("GGD Kust en"); a second
Ctrl+Z undoes the map's previous step. Ctrl+Y brings the whole typed name back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from test_gui_support import KUSTMARKEN_MAP, click, field, node, open_quietly, open_window, party

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def _names_on_the_stack(window, identifier: str) -> set[str]:
    """Every name the party has had in any state the undo stack can return to."""
    stack = window.editor.undo_stack
    names = set()
    index = stack.index()
    for step in range(stack.count(), -1, -1):
        stack.setIndex(step)
        names.add(party(window, identifier).naam)
    stack.setIndex(index)
    return names


def _typing_field(qtbot, window, identifier: str, name: str) -> QLineEdit:
    click(qtbot, window, node(window, identifier))
    qtbot.wait(10)
    edit = field(window, name)
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    assert edit.hasFocus()
    return edit


def test_ctrl_z_after_a_rename_gives_the_old_name_not_a_half_typed_one(qtbot, window):
    old = party(window, "A05").naam
    edit = _typing_field(qtbot, window, "A05", "naam")
    edit.selectAll()
    qtbot.keyClicks(edit, "GGD Kust en Zee")
    assert party(window, "A05").naam == "GGD Kust en Zee"  # the map follows the typing

    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)

    assert party(window, "A05").naam == old
    assert edit.text() == old
    assert _names_on_the_stack(window, "A05") == {old, "GGD Kust en Zee"}
    label = window.scene.nodes[party(window, "A05").uid].label
    assert label.text().replace(" ", "") == old.replace(" ", "")

    qtbot.keyClick(edit, Qt.Key.Key_Y, CTRL)
    assert party(window, "A05").naam == "GGD Kust en Zee"
    assert edit.text() == "GGD Kust en Zee"


def test_the_second_ctrl_z_undoes_the_step_before_the_typing(qtbot, window):
    old_id = party(window, "A47").naam
    click(qtbot, window, node(window, "A47"))
    qtbot.keyClick(window.view, Qt.Key.Key_P)  # pin: a step before the typing
    assert party(window, "A47").pinned
    edit = _typing_field(qtbot, window, "A47", "naam")
    edit.end(False)
    qtbot.keyClicks(edit, " Noord")
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert party(window, "A47").naam == old_id and party(window, "A47").pinned
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert not party(window, "A47").pinned
    assert window.editor.undo_stack.index() == 0


def test_typing_again_after_leaving_the_field_is_a_step_of_its_own(qtbot, window):
    old = party(window, "A47").naam
    edit = _typing_field(qtbot, window, "A47", "naam")
    edit.end(False)
    qtbot.keyClicks(edit, " A")
    window.view.setFocus()
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, "B")
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert party(window, "A47").naam == old + " A"
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert party(window, "A47").naam == old


def test_ctrl_z_in_the_id_field_drops_the_typing_without_renaming(qtbot, window):
    edit = _typing_field(qtbot, window, "A47", "id")
    edit.end(False)
    qtbot.keyClicks(edit, "X")
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.text() == "A47"
    window.view.setFocus()  # leaving the field commits nothing
    assert window.document.by_id("A47") is not None
    assert window.editor.undo_stack.count() == 0


def test_ctrl_z_in_the_notes_undoes_the_typing_as_one_step(qtbot, window):
    click(qtbot, window, node(window, "A47"))
    qtbot.wait(10)
    notes = field(window, "notities")
    old = party(window, "A47").notities
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Bellen.")
    assert party(window, "A47").notities == old + " Bellen."
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL)
    assert party(window, "A47").notities == old
    assert notes.toPlainText() == old
    assert _names_on_the_stack(window, "A47") == {party(window, "A47").naam}
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL | SHIFT)
    assert party(window, "A47").notities == old + " Bellen."
