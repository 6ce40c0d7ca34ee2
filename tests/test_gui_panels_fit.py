"""Issue 11: the panels fit their text. Koppelvlakken wraps the table names it exists to show
(instead of cutting them off), and the property panel shows every field whole at the default
width (nothing clipped on the right).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget
from test_gui_support import KUSTMARKEN_MAP, click, node, open_quietly, open_window

WRAP = Qt.TextFlag.TextWordWrap


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    window.resize(1920, 1080)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    qtbot.wait(20)
    return window


def test_koppelvlakken_wraps_the_table_names(qtbot, window):
    window.koppelvlakken_dock.raise_()
    qtbot.waitUntil(lambda: window.koppelvlakken.tree.topLevelItemCount() > 0)
    tree = window.koppelvlakken.tree
    viewport = tree.viewport()
    assert tree.horizontalScrollBar().maximum() == 0, "the list is wider than its panel"
    wrapped = 0
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        for column in (0, 1):
            rect = tree.visualRect(tree.indexFromItem(item, column))
            assert rect.right() <= viewport.width(), item.text(column)
            metrics = tree.fontMetrics()
            needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 100000), WRAP,
                                          item.text(column))
            assert needed.width() <= rect.width() and needed.height() <= rect.height(), (
                f"{item.text(column)!r} is cut off")
            wrapped += needed.height() > metrics.lineSpacing() * 1.5
    assert wrapped, "no long row at all: the test proves nothing"


def _clipped(panel: QWidget) -> list[str]:
    """Editors of the property panel that reach past the visible width of its scroll area."""
    scroll = panel.findChild(QScrollArea)
    visible = scroll.viewport().width()
    result = []
    for name, widget in panel.widgets.items():
        right = widget.mapTo(scroll.viewport(), widget.rect().topRight()).x()
        if right > visible:
            result.append(name)
    return result


@pytest.mark.parametrize("identifier", ["T-A1", "A05"])
def test_the_property_panel_fits_at_its_default_width(qtbot, window, identifier):
    click(qtbot, window, node(window, identifier))
    qtbot.wait(20)
    panel = window.properties
    scroll = panel.findChild(QScrollArea)
    assert isinstance(scroll, QAbstractScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0, "the form is wider than its panel"
    assert _clipped(panel) == []
    title_right = panel.title.mapTo(panel, panel.title.rect().topRight()).x()
    assert title_right <= panel.width()
