"""Issue 11: the tool bar's buttons keep their width (icons with tooltips), so nothing moves or
falls into the » overflow at 1920 px ("the search's table filter and hit count disappear behind
the toolbar's » overflow because the undo/redo buttons grow with their text").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton
from test_gui_support import KUSTMARKEN_MAP, click, node, open_quietly, open_window


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    window.resize(1920, 1080)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    qtbot.wait(20)
    return window


def _buttons(toolbar: QToolBar) -> dict[str, QToolButton]:
    return {action.objectName(): toolbar.widgetForAction(action) for action in toolbar.actions()
            if not action.isSeparator() and toolbar.widgetForAction(action) is not None
            and isinstance(toolbar.widgetForAction(action), QToolButton)}


def _overflowing(toolbar: QToolBar) -> bool:
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return extension is not None and extension.isVisible()


def test_tool_buttons_are_icons_with_tooltips_and_keep_their_width(qtbot, window):
    toolbar = window.findChild(QToolBar, "mainToolbar")
    buttons = _buttons(toolbar)
    assert {"actionUndo", "actionRedo", "actionQuickAdd", "actionFind"} <= set(buttons)
    widths = {name: button.width() for name, button in buttons.items()}
    for name, button in buttons.items():
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly, name
        assert not button.icon().isNull(), f"{name} has no icon"
        assert button.toolTip(), f"{name} has no tooltip"
    # An edit gives Undo a long text ("Ongedaan maken Eigenschap wijzigen"): same width.
    click(qtbot, window, node(window, "A47"))
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    window.editor.set_fields(window.document.uid_of("A47"),
                             {"notities": "Bewuste keuzes over de hele bevinding vastleggen"})
    qtbot.wait(20)
    assert "Eigenschap wijzigen" in window.action("actionUndo").text()
    assert {name: button.width() for name, button in _buttons(toolbar).items()} == widths
    assert "Eigenschap wijzigen" in buttons["actionUndo"].toolTip()
    assert not _overflowing(toolbar)


def test_the_search_bar_shows_all_its_parts_at_1920(qtbot, window):
    # After a few edits Undo and Redo carry long texts.
    uid = window.document.uid_of("A47")
    window.editor.set_fields(uid, {"notities": "Uitnodigen voor de volgende bijeenkomst"})
    window.editor.waive("R-HINT-GGD", "T-A1", "Bewust: de GGD schuift aan bij de werkgroep")
    window.editor.undo_stack.undo()
    qtbot.wait(20)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    qtbot.keyClicks(search.field, "huis")
    qtbot.wait(20)
    assert not _overflowing(search)
    for part in (search.field, search.domain, search.table, search.count):
        assert part.isVisible(), part.objectName()
        right = part.mapTo(window, part.rect().topRight()).x()
        assert right <= window.width(), part.objectName()
    assert "gevonden" in search.count.text()
    assert not _overflowing(window.findChild(QToolBar, "mainToolbar"))
