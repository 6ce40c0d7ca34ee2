"""Issue 11: keys on a real desktop. Ctrl+D duplicates (and nothing else has it); F1 lists the
keys by the platform's names, without Sun keys (F14–F20) and dedicated media keys (Cut, New).

The window is built under the key table of a KDE/GNOME desktop (``desktop_keys``), where Qt's
standard Delete is also Ctrl+D and Cut is also F20 and the Cut key.
"""

from __future__ import annotations

from collections import Counter

import pytest
from desktop_keys import desktop_key_table
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from test_gui_support import KUSTMARKEN_MAP, click, node, open_quietly, open_window

from stakeholders.ui.dialogs.help import ShortcutsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def window(qtbot, monkeypatch):
    desktop_key_table(monkeypatch)
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def test_ctrl_d_duplicates_the_selection_on_a_desktop(qtbot, window):
    before = len(window.document.region.parties)
    click(qtbot, window, node(window, "A47"))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, CTRL)
    parties = window.document.region.parties
    assert len(parties) == before + 1, "Ctrl+D did not duplicate"
    assert window.document.by_id("A47") is not None, "Ctrl+D deleted the party"
    assert parties[-1].naam == "Zorgbelang Kustprovincie (kopie)"


def test_no_two_actions_share_a_key_on_a_desktop(window):
    keys = Counter()
    for action in window.actions_by_name.values():
        for sequence in action.shortcuts():
            keys[sequence.toString()] += 1
    assert [k for k, n in keys.items() if n > 1] == []
    assert [k.toString() for k in window.action("actionDuplicate").shortcuts()] == ["Ctrl+D"]


def test_f1_lists_keys_by_their_platform_names_without_sun_and_media_keys(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    rows = {}
    for index in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(index)
        rows[item.text(0)] = item.text(1)
    shown = ", ".join(rows.values()).split(", ")
    for raw in ("F14", "F16", "F18", "F19", "F20", "Cut", "Copy", "Paste", "New", "Open",
                "Save", "Find", "Close", "Undo", "Redo", "Zoom In", "Zoom Out"):
        assert raw not in shown, f"{raw} is not a key on a laptop keyboard"
    assert rows["Knippen"] == ", ".join(
        QKeySequence(k).toString(NATIVE) for k in ("Ctrl+X", "Shift+Del"))
    assert rows["Dupliceren"] == QKeySequence("Ctrl+D").toString(NATIVE)
    assert rows["Verwijderen"] == ", ".join(
        QKeySequence(k).toString(NATIVE) for k in ("Del", "Backspace"))
    dialog.close()
