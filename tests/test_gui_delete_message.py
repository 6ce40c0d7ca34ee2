"""Issue 11: deleting a table or party with dependants says what goes with it and that Ctrl+Z
brings it all back ("deleting a table with 10 seats and 16 mandates happens without a word").

Decision: a message over the canvas and in the status bar, no question first: every delete is
one undo step that restores everything exactly, and a dialog would stop a live session.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from test_gui_support import KUSTMARKEN_MAP, click, dump, node, open_quietly, open_window


def undo_key() -> str:
    """Ctrl+Z by the platform's name (needs the QApplication)."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText)


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def _count(window, kind: str, table: str = "", party: str = "") -> int:
    region = window.document.region
    if kind == "seats":
        return sum(1 for s in region.seats if s.tafel == table or s.partij == party)
    return sum(1 for m in region.mandates if m.tafel == table or party in (m.houder,
                                                                           m.namens_partij))


def test_deleting_a_table_says_what_goes_with_it(qtbot, window):
    seats, mandates = _count(window, "seats", table="T-A1"), _count(window, "mandates", "T-A1")
    assert seats >= 10 and mandates >= 5
    before = dump(window)
    click(qtbot, window, node(window, "T-A1"))
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.document.by_id("T-A1") is None
    text = window.toast.text()
    assert window.toast.isVisible()
    assert "Zorgtafel Kustmarken" in text
    assert f"{seats} zetels" in text and f"{mandates} mandaten" in text
    assert undo_key() in text
    assert window.statusBar().currentMessage() == text
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump(window) == before


def test_deleting_a_party_names_its_seats_mandates_and_chair(qtbot, window):
    seats = _count(window, "seats", party="A01")
    click(qtbot, window, node(window, "A01"))
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    text = window.toast.text()
    assert "Zorgverzekeraar Kustzorg" in text
    assert f"{seats} zetels" in text
    assert "voorzitter van Zorgtafel Kustmarken" in text
    assert undo_key() in text


def test_deleting_a_party_without_dependants_says_so_briefly(qtbot, window):
    party = window.editor.add_party("Losse partij", "gemeente", (5000.0, 5000.0))
    window.scene.select_uids([party.uid])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.toast.text() == f"Losse partij verwijderd. {undo_key()} zet het terug."
