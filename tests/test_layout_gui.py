"""Schikken in the window: the menu, its texts and the default layout through the real action."""

from __future__ import annotations

from test_gui_support import KUSTMARKEN_XLSX, open_quietly, open_window

from stakeholders.layout.quality import overlaps


def _menu_texts(window, name: str) -> list[str]:
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, name)
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_schikken_menu_offers_automatisch_and_the_view_offers_alles_in_beeld(qtbot):
    window = open_window(qtbot)
    layout_menu = window.findChild(__import__("PySide6.QtWidgets").QtWidgets.QMenu, "menuLayout")
    assert layout_menu.title().replace("&", "") == "Schikken"
    texts = _menu_texts(window, "menuLayout")
    assert texts[0].startswith("Automatisch")
    assert not any("Krachtgebaseerd" in t or "Indeling" in t for t in texts)
    assert window.action("actionZoomFit").text().replace("&", "") == "Alles in beeld"
    toolbar_texts = [a.text().replace("&", "") for a in
                     window.findChild(__import__("PySide6.QtWidgets").QtWidgets.QToolBar,
                                      "mainToolbar").actions()]
    assert "Alles in beeld" in toolbar_texts


def test_opening_a_spreadsheet_shows_the_default_layout_and_automatisch_is_one_step(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_XLSX)
    region = window.document.region
    assert all(i.pos is not None for i in (*region.parties, *region.tables))
    # The canvas shows the model's positions, and no two items overlap there.
    import numpy as np

    from stakeholders.layout._graph import build_graph
    from stakeholders.layout.boxes import map_boxes

    graph = build_graph(region)
    boxes = map_boxes(region)
    pos = np.array([window.scene.nodes[u].pos().toTuple() for u in graph.uids])
    assert overlaps(pos, [boxes.items[u] for u in graph.uids]).total == 0

    before = {i.id: i.pos for i in (*region.parties, *region.tables)}
    window.scene.clearSelection()
    window.action("actionLayoutForce").trigger()  # Schikken > Automatisch
    # The spreadsheet was laid out by the same layout: nothing left to do, no undo step.
    assert window.editor.undo_stack.count() == 0
    # Moved by hand, Automatisch puts things back in one undo step.
    first = region.parties[0]
    window.editor.move({first.uid: (first.pos[0] + 900.0, first.pos[1] + 700.0)}, "verplaatsen")
    window.action("actionLayoutForce").trigger()
    assert window.editor.undo_stack.count() == 2
    assert window.editor.undo_stack.undoText() == "Schikken: automatisch"
    window.action("actionUndo").trigger()
    after_undo = {i.id: i.pos for i in (*window.document.region.parties,
                                        *window.document.region.tables)}
    assert after_undo[first.id] == (first.pos[0] + 900.0, first.pos[1] + 700.0)
    assert sum(after_undo[k] != before[k] for k in before) == 1
