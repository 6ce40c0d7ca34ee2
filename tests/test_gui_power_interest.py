"""Issue 11 item 3: the power–interest view (Beeld > Invloed en belang, F9): parties by
invloed × belang with the quadrants' advice; dragging a party (or the arrow keys) sets
both scores as one undo step; selection shared with the map; PNG and SVG export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from test_gui_support import KUSTMARKEN_MAP, activate, click, node, open_quietly, open_window

from stakeholders.export.power_interest import quadrant_captions


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    activate(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_F9)  # Beeld > Invloed en belang
    qtbot.waitUntil(window.power.dock.isVisible, timeout=2000)
    window.resizeDocks([window.power.dock], [500], Qt.Orientation.Vertical)
    qtbot.wait(5)
    return window


def _scored(window):
    return [p for p in window.document.region.parties
            if p.invloed is not None and p.belang is not None]


def _placed(window, uid):
    return next(p for p in window.power.view.grid().placed if p.uid == uid)


def _point(qpointf: QPointF) -> QPoint:
    return qpointf.toPoint()


def test_parties_sit_in_the_cell_of_their_scores_with_the_quadrant_advice(window):
    grid = window.power.view.grid()
    scored = _scored(window)
    assert scored, "kustmarken has scored parties"
    for party in scored:
        placed = _placed(window, party.uid)
        assert grid.cell_rect(party.invloed, party.belang).contains(placed.dot)
        assert grid.scores_at(placed.dot) == (party.invloed, party.belang)
    unscored = [p for p in window.document.region.parties if p not in scored]
    for party in unscored:
        assert grid.strip.contains(_placed(window, party.uid).dot)
    assert grid.cell_rect(5, 5).top() < grid.cell_rect(1, 5).top()  # invloed grows upwards
    assert grid.cell_rect(1, 5).left() > grid.cell_rect(1, 1).left()  # belang to the right
    assert set(quadrant_captions().values()) == {
        "nauw betrekken", "tevreden houden", "informeren", "monitoren"}
    assert window.power.view.hasFocus()


def test_dragging_a_party_sets_both_scores_as_one_undo_step(qtbot, window):
    view = window.power.view
    party = _scored(window)[0]
    old = (party.invloed, party.belang)
    target = (1, 1) if old != (1, 1) else (5, 5)
    start = _point(_placed(window, party.uid).dot)
    end = _point(view.grid().cell_rect(*target).center())
    before = window.editor.undo_stack.count()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(view, start + (end - start) * step / 4)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    moved = window.document.entity(party.uid)
    assert (moved.invloed, moved.belang) == target
    assert window.editor.undo_stack.count() == before + 1
    assert view.grid().cell_rect(*target).contains(_placed(window, party.uid).dot)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = window.document.entity(party.uid)
    assert (back.invloed, back.belang) == old


def test_a_drop_outside_the_grid_changes_nothing(qtbot, window):
    view = window.power.view
    party = _scored(window)[0]
    before = window.editor.undo_stack.count()
    start = _point(_placed(window, party.uid).dot)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, QPoint(2, 2))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.editor.undo_stack.count() == before
    assert window.document.entity(party.uid) == party


def test_an_unscored_party_gets_scores_by_dragging_it_in(qtbot, window):
    view = window.power.view
    unscored = [p for p in window.document.region.parties if p not in _scored(window)]
    if not unscored:
        party = _scored(window)[0]
        window.editor.set_fields(party.uid, {"invloed": None, "belang": None})
        unscored = [window.document.entity(party.uid)]
    party = unscored[0]
    start = _point(_placed(window, party.uid).dot)
    end = _point(view.grid().cell_rect(4, 2).center())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    scored = window.document.entity(party.uid)
    assert (scored.invloed, scored.belang) == (4, 2)


def test_arrow_keys_nudge_the_selected_party(qtbot, window):
    view = window.power.view
    party = next(p for p in _scored(window) if p.invloed < 5 and p.belang > 1)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_point(_placed(window, party.uid).dot))
    assert window.scene.selected_uids() == [party.uid]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    now = window.document.entity(party.uid)
    assert (now.invloed, now.belang) == (party.invloed + 1, party.belang - 1)


def test_selection_is_shared_with_the_map(qtbot, window):
    view = window.power.view
    party = _scored(window)[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_point(_placed(window, party.uid).dot))
    assert node(window, party.id).isSelected()
    other = _scored(window)[1]
    click(qtbot, window, node(window, other.id))
    assert window.power.selected() == [other.uid]


def test_export_png_and_svg(qtbot, window, tmp_path, monkeypatch):
    for name in ("grid.png", "grid.svg"):
        monkeypatch.setattr(window.files, "ask_save_path", lambda *a, n=name: str(tmp_path / n))
        qtbot.mouseClick(window.power.export_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "grid.png"))
    assert image.width() == 1600 and image.height() == 1100
    svg = (tmp_path / "grid.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "nauw betrekken" in svg
    assert _scored(window)[0].naam.split()[0] in svg
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("key, dock_of", [(Qt.Key.Key_F9, lambda w: w.power.dock),
                                          (Qt.Key.Key_F7, lambda w: w.matrix.dock)])
def test_a_view_opens_tall_enough_to_read_several_rows(qtbot, key, dock_of):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    activate(qtbot, window)
    qtbot.keyClick(window.view, key)
    dock = dock_of(window)
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    qtbot.wait(5)
    assert dock.height() >= 0.4 * window.height()  # not one squeezed row below the map
    assert window.view.height() >= 0.3 * window.height()  # and the map stays in sight
