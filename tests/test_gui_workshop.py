"""Issue 11: workshop mode (F11, Beeld > Workshopmodus; Esc or F11 leaves it), driven by its
keys on the real window: the map full screen for a projector, large names, counter and card,
person names hidden on demand, the story step by step, and edits that are undo steps of the
same map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QToolBar
from test_gui_support import KUSTMARKEN_MAP, click, node, open_quietly, open_window, party

from stakeholders.ui.quickadd import COMMON_TYPES
from stakeholders.ui.workshop.mode import NAME_PX


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)
    qtbot.wait(5)


def _docks(window) -> list[bool]:
    return [d.isVisible() for d in window.findChildren(QDockWidget)]


def test_f11_enters_and_esc_leaves(qtbot, window):
    assert "actionWorkshop" in [a.objectName() for a in window.findChild(
        type(window.menuBar().actions()[0].menu()), "menuView").actions()]
    docks_before = _docks(window)
    size_before = window.scene.labels.min_px
    _key(qtbot, window, Qt.Key.Key_F11)
    mode = window.workshop
    assert mode.active and window.action("actionWorkshop").isChecked()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not any(_docks(window))
    assert not any(bar.isVisible() for bar in window.findChildren(QToolBar))
    assert window.scene.labels.min_px >= NAME_PX >= 24
    assert mode.overlay.isVisible() and mode.overlay.counter.isVisible()
    _key(qtbot, window, Qt.Key.Key_Escape)
    assert not mode.active and not mode.overlay.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert _docks(window) == docks_before and window.scene.labels.min_px == size_before
    _key(qtbot, window, Qt.Key.Key_F11)
    assert mode.active
    _key(qtbot, window, Qt.Key.Key_F11)
    assert not mode.active


def test_counter_and_card_are_large(qtbot, window):
    _key(qtbot, window, Qt.Key.Key_F11)
    overlay = window.workshop.overlay
    count = window.flags_panel.open_count()
    assert count > 0 and f">{count}</div>" in overlay.counter.text()
    assert overlay.counter.height() >= 72
    assert not overlay.card.isVisible()
    click(qtbot, window, node(window, "A01"))
    text = overlay.card.text()
    assert overlay.card.isVisible() and "Zorgverzekeraar Kustzorg" in text
    assert "invloed 5" in text and "Zorgtafel Kustmarken" in text
    metrics_px = overlay.card.fontMetrics().height()
    assert "font-size:24px" in text and metrics_px > 0
    assert overlay.card.geometry().bottom() <= overlay.height()


def test_hide_person_names(qtbot, window):
    uid = party(window, "A01").uid
    assert window.editor.set_fields(uid, {"contactpersoon": "Jan de Vries"})
    _key(qtbot, window, Qt.Key.Key_F11)
    click(qtbot, window, node(window, "A01"))
    card = window.workshop.overlay.card
    assert "Jan de Vries" in card.text()
    qtbot.keyClick(window.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.action("actionHideNames").isChecked()
    assert "Jan de Vries" not in card.text() and "Zorgverzekeraar Kustzorg" in card.text()


def _shown(window) -> set[str]:
    return {uid for uid, item in window.scene.nodes.items() if item.isVisible()}


def test_the_story_step_by_step(qtbot, window):
    region = window.document.region
    tables = [t.uid for t in region.tables]
    _key(qtbot, window, Qt.Key.Key_F11)
    _key(qtbot, window, Qt.Key.Key_F5)
    mode = window.workshop
    assert _shown(window) == {tables[0]}
    assert "Tafel 1" in mode.overlay.caption.text() and not mode.overlay.counter.isVisible()
    assert not any(item.badge_count for item in window.scene.nodes.values())
    _key(qtbot, window, Qt.Key.Key_Right)
    assert _shown(window) == set(tables[:2])
    _key(qtbot, window, Qt.Key.Key_Left)
    _key(qtbot, window, Qt.Key.Key_Left)  # no step before the first
    assert _shown(window) == {tables[0]}
    for _ in range(len(tables)):
        _key(qtbot, window, Qt.Key.Key_PageDown)
    assert "kopgroep" in mode.overlay.caption.text().lower()
    kop = {s.partij for s in region.seats if s.ring == "kopgroep"}
    shown_ids = {window.document.entity(u).id for u in _shown(window)}
    assert kop <= shown_ids
    assert all(window.scene.edges[s.uid].isVisible() == (s.ring == "kopgroep")
               for s in region.seats)
    for _ in range(5):
        _key(qtbot, window, Qt.Key.Key_PageDown)
    assert "bevindingen" in mode.overlay.caption.text()
    assert mode.overlay.counter.isVisible()
    assert any(item.badge_count for item in window.scene.nodes.values())
    assert _shown(window) == set(window.scene.nodes)
    _key(qtbot, window, Qt.Key.Key_F5)  # the story ends: the whole map
    assert _shown(window) == set(window.scene.nodes) and mode.active


def test_edits_in_workshop_mode_are_undo_steps_of_the_same_map(qtbot, window):
    document = window.document
    before = len(document.region.parties)
    _key(qtbot, window, Qt.Key.Key_F11)
    _key(qtbot, window, Qt.Key.Key_N)
    popup = window.interactions.popup
    assert popup.isVisible()
    assert popup.name_edit.fontInfo().pixelSize() >= 20  # read from the back of the room
    qtbot.keyClicks(popup.name_edit, "Wijkteam Noord")
    qtbot.keyClick(popup.name_edit, Qt.Key.Key_Return)
    qtbot.keyClick(popup.type_filter, Qt.Key.Key_1)
    assert window.document is document and len(document.region.parties) == before + 1
    assert document.region.parties[-1].type == COMMON_TYPES[0]
    assert window.workshop.active, "quick add left workshop mode"
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(document.region.parties) == before
    assert window.workshop.active
