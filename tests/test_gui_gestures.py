"""Canvas gestures as objects of their own: each starts, ends or is cancelled (Esc) whole.

Mouse and keys are real events on the canvas; the controllers also work from a small
canvas context without a main window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from test_gui_support import (
    KUSTMARKEN_MAP,
    LEFT,
    Chooser,
    dump,
    node,
    open_quietly,
    open_window,
    party,
    view_point,
)

from stakeholders.io import regiokaart
from stakeholders.model.document import Document
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui.canvas.scene import MapScene
from stakeholders.ui.canvas.view import MapView
from stakeholders.ui.context import CanvasContext
from stakeholders.ui.editor import DocumentEditor
from stakeholders.ui.gestures import ConnectInteraction, MoveInteraction, PanInteraction
from stakeholders.ui.interactions import CanvasInteractions
from stakeholders.ui.layouts import LayoutController

SHIFT = Qt.KeyboardModifier.ShiftModifier
MIDDLE = Qt.MouseButton.MiddleButton


def escape(qtbot, window) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)


def test_escape_during_a_drag_puts_the_party_back_and_records_nothing(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    a01 = node(window, "A01")
    window.view.zoom_reset()
    window.view.centerOn(a01)
    before_item, before_map = a01.pos(), party(window, "A01").pos
    viewport = window.view.viewport()
    start = view_point(window, a01)
    qtbot.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
    for step in (1, 2, 3):
        qtbot.mouseMove(viewport, start + QPoint(30 * step, 20 * step))
    assert isinstance(window.interactions.current, MoveInteraction)
    assert a01.pos() != before_item  # it follows the mouse

    escape(qtbot, window)
    qtbot.mouseMove(viewport, start + QPoint(150, 100))
    qtbot.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start + QPoint(150, 100))

    assert a01.pos() == before_item
    assert party(window, "A01").pos == before_map
    assert window.editor.undo_stack.count() == 0
    assert window.interactions.current is None


def test_escape_during_a_connect_drag_takes_the_line_away_and_asks_nothing(qtbot, monkeypatch):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    chooser = Chooser()
    monkeypatch.setattr(window.interactions, "ask_choice", chooser)
    before = dump(window)
    source, target = node(window, "A14"), node(window, "T-A1")
    window.view.zoom_to_fit()
    start, end = (window.view.mapFromScene(n.scenePos()) for n in (source, target))
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, LEFT, SHIFT, start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    assert isinstance(window.interactions.current, ConnectInteraction)
    assert window.interactions._line is not None and window.interactions._line.scene()

    escape(qtbot, window)
    qtbot.mouseRelease(viewport, LEFT, SHIFT, end)

    assert window.interactions._line is None
    assert chooser.asked == []
    assert dump(window) == before


def test_a_middle_button_drag_pans_the_map_without_changing_it(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    view = window.view
    view.zoom_reset()  # larger than the window: there is room to scroll
    view.centerOn(node(window, "A01"))
    selected = window.scene.selected_uids()
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    before = [bar.value() for bar in bars]
    start = QPoint(view.viewport().width() // 2, view.viewport().height() // 2)
    qtbot.mousePress(view.viewport(), MIDDLE, Qt.KeyboardModifier.NoModifier, start)
    assert isinstance(window.interactions.current, PanInteraction)
    qtbot.mouseMove(view.viewport(), start + QPoint(-120, -80))
    qtbot.mouseRelease(view.viewport(), MIDDLE, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(-120, -80))

    assert [bar.value() for bar in bars] == [before[0] + 120, before[1] + 80]
    assert not view.auto_fit  # panned by hand: the view stays where the user put it
    assert window.scene.selected_uids() == selected
    assert window.editor.undo_stack.count() == 0
    assert window.interactions.current is None


def test_the_layouts_run_from_a_canvas_context_without_a_window(qtbot):
    """A controller gets the editor, scene, view and message channels, not the window."""
    region = regiokaart.parse(KUSTMARKEN_MAP.read_text(encoding="utf-8"), KUSTMARKEN_MAP,
                              known_rules=known_rule_ids).map
    document = Document(region)
    editor = DocumentEditor(document)
    scene = MapScene(document)
    view = MapView(scene)
    qtbot.addWidget(view)
    messages: list[str] = []
    context = CanvasContext(editor, scene, view, messages.append, messages.append)
    layouts = LayoutController(context)
    CanvasInteractions(context)

    layouts.table_rings()  # nothing selected, several tables
    assert messages == ["Selecteer één tafel voor de tafelringen."]

    before = {p.id: p.pos for p in document.region.parties}
    layouts.domain_clusters()
    after = {p.id: p.pos for p in document.region.parties}
    assert after != before
    assert editor.undo_stack.count() == 1
    assert editor.undo_stack.undoText() == "Schikken: domeinclusters"


def test_escape_during_a_rubber_band_keeps_the_selection_there_was(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    a30, a31 = node(window, "A30"), node(window, "A31")
    window.scene.select_uids([party(window, "A05").uid])
    window.view.zoom_reset()
    window.view.centerOn((a30.scenePos() + a31.scenePos()) / 2)
    both = a30.sceneBoundingRect().united(a31.sceneBoundingRect())
    start = window.view.mapFromScene(both.topLeft()) - QPoint(6, 6)
    end = window.view.mapFromScene(both.bottomRight()) + QPoint(6, 6)
    assert not window.view.items(start)
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    assert {a30.uid, a31.uid} <= set(window.scene.selected_uids())  # the band selects live

    escape(qtbot, window)
    qtbot.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, end)

    assert window.scene.selected_uids() == [party(window, "A05").uid]
    assert window.interactions.current is None
