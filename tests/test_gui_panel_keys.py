"""Issue 11: keys pressed in a panel belong to that panel. Delete or Backspace in a list or field
of a panel never deletes the map item that is selected on the canvas (the gemeente list had
that bug), and the canvas's one-letter keys (N, S, M, R, P) and Ctrl+A/C/X/V/D do nothing to
the map while a panel has the keyboard.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidget, QWidget
from test_gui_support import KUSTMARKEN_MAP, click, dump, node, open_quietly, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


PANEL_WIDGETS = ("rollen", "type", "vastgezet", "bevindingen", "koppelvlakken", "partijtypen")


def _panel_widget(qtbot, window, name: str) -> QWidget:
    """A list, a drop-down or a check box of the property panel, the findings tree, the
    koppelvlakken tree or the type palette, on screen (its dock tab in front)."""
    docks = {"bevindingen": window.flags_dock, "koppelvlakken": window.koppelvlakken_dock,
             "partijtypen": window.palette_dock}
    if name in docks:
        docks[name].raise_()
    qtbot.wait(10)  # the property panel shows its new editors on the next turn
    widget = {
        "rollen": lambda: window.properties.widgets["rollen"],
        "type": lambda: window.properties.widgets["type"],
        "vastgezet": lambda: window.properties.widgets["pinned"],
        "bevindingen": lambda: window.flags_panel.tree,
        "koppelvlakken": lambda: window.koppelvlakken.tree,
        "partijtypen": lambda: window.type_palette.tree,
    }[name]()
    expected = {"rollen": QListWidget, "type": QComboBox, "vastgezet": QCheckBox}
    assert isinstance(widget, expected.get(name, QWidget))
    widget.setFocus()
    assert widget.hasFocus(), name
    return widget


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_in_a_panel_never_deletes_the_selected_party(qtbot, window, key):
    click(qtbot, window, node(window, "A47"))
    before = dump(window)
    for name in PANEL_WIDGETS:
        assert window.scene.selected_uids() == [window.document.uid_of("A47")]
        widget = _panel_widget(qtbot, window, name)
        qtbot.keyClick(widget, key)
        assert window.document.by_id("A47") is not None, f"{key.name} in {name} deleted it"
    assert dump(window) == before
    assert window.editor.undo_stack.count() == 0


@pytest.mark.parametrize("key, modifier", [
    (Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_D, CTRL),
    (Qt.Key.Key_X, CTRL),
])
def test_canvas_keys_do_nothing_to_the_map_in_a_panel(qtbot, window, key, modifier):
    click(qtbot, window, node(window, "A47"))
    before = dump(window)
    widget = _panel_widget(qtbot, window, "rollen")
    qtbot.keyClick(widget, key, modifier)
    assert not window.interactions.popup.isVisible()
    assert dump(window) == before


def test_delete_on_the_canvas_still_deletes(qtbot, window):
    click(qtbot, window, node(window, "A47"))
    assert window.view.hasFocus() or window.view.viewport().hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.document.by_id("A47") is None
    # The menu entry works wherever the keyboard is.
    window.editor.undo_stack.undo()
    window.scene.select_uids([window.document.uid_of("A47")])
    window.flags_panel.tree.setFocus()
    window.action("actionDelete").trigger()
    assert window.document.by_id("A47") is None
