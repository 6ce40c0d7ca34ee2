"""Issue 4 §6: every action by keyboard, standard shortcuts, stable objectNames, a shortcuts dialog.

Keys are sent as real key events to the canvas, so they go through Qt's
shortcut machinery exactly as a user's key press does.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit
from test_gui_support import (
    KUSTMARKEN_MAP,
    click,
    dump,
    node,
    open_quietly,
    open_window,
    party,
)

from stakeholders.ui.dialogs.help import RulesDialog, ShortcutsDialog
from stakeholders.ui.hotkeys import SHORTCUTS, sequences, typable

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)


def test_every_action_of_the_table_exists_with_its_shortcuts(window):
    for name in SHORTCUTS:
        action = window.findChild(QAction, name)
        assert action is not None, f"no action {name}"
        assert action is window.action(name)
        assert action.shortcuts(), f"{name} has no shortcut"
        assert [k.toString() for k in action.shortcuts()] == [
            k.toString() for k in sequences(name)]
        assert action.text().replace("&", "").strip()
        # The tooltip tells the key.
        assert action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText) in \
            action.toolTip() or name in ("actionUndo", "actionRedo")


def test_no_two_actions_share_a_key(window):
    keys = Counter()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys[sequence.toString()] += 1
    assert keys, "no shortcuts at all"
    assert [k for k, n in keys.items() if n > 1] == []


def test_ctrl_z_ctrl_y_and_ctrl_shift_z_undo_and_redo(qtbot, window):
    original = dump(window)
    click(qtbot, window, node(window, "A47"))
    press(qtbot, window, Qt.Key.Key_Delete)
    deleted = dump(window)
    assert window.document.by_id("A47") is None

    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert dump(window) == original
    press(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert dump(window) == deleted
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert dump(window) == original
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert dump(window) == deleted


def test_backspace_deletes_too(qtbot, window):
    click(qtbot, window, node(window, "A47"))
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.document.by_id("A47") is None


def test_delete_with_nothing_selected_says_so(qtbot, window):
    window.scene.clearSelection()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.editor.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == "Niets geselecteerd om te verwijderen."


def test_ctrl_f_opens_the_search_with_the_cursor_in_it(qtbot, window):
    assert not window.search.isVisible()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert window.search.isVisible() and window.search.field.hasFocus()


def test_ctrl_s_saves_the_open_map(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "kopie.regiokaart"
    target.write_bytes(KUSTMARKEN_MAP.read_bytes())
    open_quietly(qtbot, window, target)
    click(qtbot, window, node(window, "A47"))
    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.isWindowModified()
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: pytest.fail("asked"))

    press(qtbot, window, Qt.Key.Key_S, CTRL)

    assert not window.isWindowModified()
    assert "A47" not in [p.get("id") for p in __import__("json").loads(
        target.read_text(encoding="utf-8"))["partijen"]]


def test_single_letter_shortcuts_do_not_steal_typing(qtbot, window):
    """N, S, M, R and P are shortcuts on the canvas, but plain letters in a text field."""
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search.field, "NSMRP")
    assert window.search.field.text() == "NSMRP"
    assert not window.interactions.popup.isVisible()
    assert window.editor.undo_stack.count() == 0
    click(qtbot, window, node(window, "A47"))
    naam = window.properties.widgets["naam"]
    assert isinstance(naam, QLineEdit)
    naam.setFocus()
    naam.end(False)
    qtbot.keyClicks(naam, " NP")
    assert party(window, "A47").naam == "Zorgbelang Kustprovincie NP"
    assert not party(window, "A47").pinned
    assert not window.interactions.popup.isVisible()


def test_zoom_keys_change_the_zoom(qtbot, window):
    window.view.zoom_reset()
    press(qtbot, window, Qt.Key.Key_Plus, CTRL)
    assert window.view.zoom() == pytest.approx(1.2)
    press(qtbot, window, Qt.Key.Key_Minus, CTRL)
    assert window.view.zoom() == pytest.approx(1.0)
    press(qtbot, window, Qt.Key.Key_0, CTRL)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.itemsBoundingRect().adjusted(20, 20, -20, -20))


def test_f8_walks_through_the_findings_and_selects_their_subject(qtbot, window):
    press(qtbot, window, Qt.Key.Key_F8)
    finding = window.flags_panel.current_finding()
    assert finding is not None
    assert window.scene.selected_uids() == [window.document.uid_of(finding.subject)]
    press(qtbot, window, Qt.Key.Key_F8)
    assert window.flags_panel.current_finding() not in (None, finding)


def test_n_opens_quick_add_and_escape_closes_it_without_an_edit(qtbot, window):
    press(qtbot, window, Qt.Key.Key_N)
    popup = window.interactions.popup
    assert popup.isVisible() and popup.name_edit.hasFocus()
    qtbot.keyClicks(popup.name_edit, "Halverwege")
    qtbot.keyClick(popup.name_edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.editor.undo_stack.count() == 0


def test_f1_shows_the_shortcuts_dialog_with_every_shortcut(qtbot, window):
    press(qtbot, window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    rows = {}
    for index in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(index)
        rows[item.text(0)] = item.text(1)
    for name in SHORTCUTS:
        action = window.action(name)
        text = action.text().replace("&", "")
        assert text in rows, f"{text} missing in the shortcuts dialog"
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if typable(sequence):  # dedicated media keys ("Open", "Save") are not listed
                assert key in rows[text]
        assert rows[text], f"{text} has no typable shortcut in the dialog"
    assert rows["Verbinden (zetel, mandaat, relatie)"] == "Shift + slepen"
    dialog.close()


def test_the_rules_dialog_lists_rules_that_cannot_be_checked(qtbot, window):
    window.action("actionRules").trigger()
    dialog = window.findChild(RulesDialog, "rulesDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "R-HINT-GGD" in text and "Niet te controleren vanuit de kaart" in text
    dialog.close()
