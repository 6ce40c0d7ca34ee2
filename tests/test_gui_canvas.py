"""Issue 4 on the canvas: drag, select, delete, copy/paste, duplicate, search, pin, layouts.

Mouse gestures are real events on the canvas viewport; keys are real key
events on the canvas (window shortcuts).
"""

from __future__ import annotations

import math
import sys
import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from test_gui_support import (
    KUSTMARKEN_MAP,
    LEFT,
    ROOT,
    Chooser,
    activate,
    click,
    drag,
    dump,
    field,
    node,
    open_quietly,
    open_window,
    party,
    pick_combo,
    shift_drag,
    view_point,
)

from stakeholders.io import regiokaart
from stakeholders.look import style as S
from stakeholders.model import vocab
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui.canvas.items import MandateEdge, PartyItem, RelationEdge, SeatEdge
from stakeholders.ui.plain import rich

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def positions(window) -> dict[str, tuple[float, float]]:
    """Model positions of every party and table, by id."""
    region = window.document.region
    return {item.id: item.pos for item in [*region.parties, *region.tables]}


def canvas_positions(window) -> dict[str, tuple[float, float]]:
    return {window.document.entity(uid).id: (item.pos().x(), item.pos().y())
            for uid, item in window.scene.nodes.items()}


def select(qtbot, window, *identifiers: str) -> None:
    """Click the first, Ctrl+click the others."""
    for index, identifier in enumerate(identifiers):
        click(qtbot, window, node(window, identifier), CTRL if index else Qt.KeyboardModifier(0))
    wanted = sorted(party(window, i).uid for i in identifiers)
    assert sorted(window.scene.selected_uids()) == wanted


def key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)


def _covers_something(window, *uids: str) -> bool:
    """Whether the footprint of one of ``uids`` overlaps the footprint of another item."""
    nodes = window.scene.nodes
    others = [n.footprint() for u, n in nodes.items() if u not in uids]
    return any(nodes[u].footprint().intersects(r) for u in uids for r in others)


# -- drag ----------------------------------------------------------------------------------
def test_dragging_a_party_is_one_step_and_stored_in_the_map(qtbot, window):
    a01 = node(window, "A01")
    seat_edge = next(e for e in a01.edges if isinstance(e, SeatEdge))
    line_before = seat_edge._line
    window.view.zoom_reset()
    window.view.centerOn(a01)
    start = view_point(window, a01)
    steps = window.editor.undo_stack.count()
    before = party(window, "A01").pos

    drag(qtbot, window, start, start + QPoint(90, 60), steps=6)

    moved = party(window, "A01").pos
    assert moved != before
    assert a01.pos().x() == pytest.approx(moved[0]) and a01.pos().y() == pytest.approx(moved[1])
    assert window.editor.undo_stack.count() == steps + 1
    assert window.editor.undo_stack.undoText() == "Verplaatsen"
    assert seat_edge._line != line_before  # the lines follow
    assert window.isWindowModified()
    # The new place is in the file.
    saved = regiokaart.parse(dump(window), KUSTMARKEN_MAP, known_rules=known_rule_ids).map
    assert next(p for p in saved.parties if p.id == "A01").pos == moved

    window.action("actionUndo").trigger()
    original = regiokaart.parse(KUSTMARKEN_MAP.read_text(), KUSTMARKEN_MAP,
                                known_rules=known_rule_ids).map
    assert party(window, "A01").pos == next(p for p in original.parties if p.id == "A01").pos
    assert (a01.pos().x(), a01.pos().y()) == party(window, "A01").pos
    assert not window.isWindowModified()


def test_dragging_a_selection_moves_all_of_it_in_one_step(qtbot, window):
    select(qtbot, window, "A30", "A31")
    before = positions(window)
    start = view_point(window, node(window, "A30"))
    drag(qtbot, window, start, start + QPoint(-40, 70))
    after = positions(window)
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"A30", "A31"}
    dx = after["A30"][0] - before["A30"][0]
    assert after["A31"][0] - before["A31"][0] == pytest.approx(dx)
    assert window.editor.undo_stack.count() == 1


def test_a_click_without_moving_is_no_edit(qtbot, window):
    click(qtbot, window, node(window, "A05"))
    assert window.scene.selected_uids() == [party(window, "A05").uid]
    assert window.editor.undo_stack.count() == 0
    assert "Partij: Gemeente Havenstad" in window.properties.title.text()


def test_every_party_shape_can_be_grabbed_in_its_middle(qtbot):
    """Each domain has its own shape; a click on its centre must hit the party."""
    window = open_window(qtbot)
    by_domain = {}
    for party_type in vocab.party_types():
        by_domain.setdefault(party_type.domain, party_type.id)
    for index, type_id in enumerate(by_domain.values()):
        window.editor.add_party(f"Partij {index}", type_id, (index * 160.0, 0.0))
    for entity in window.document.region.parties:
        window.scene.clearSelection()
        click(qtbot, window, window.scene.nodes[entity.uid])
        shape = S.domain_style(vocab.domain_of(entity.type)).shape
        assert window.scene.selected_uids() == [entity.uid], f"{shape} not hit in its middle"


# -- delete, select ------------------------------------------------------------------------
def test_multi_select_and_delete_removes_them_and_their_links_in_one_step(qtbot, window):
    before = dump(window)
    region = window.document.region
    a05, a21 = party(window, "A05"), party(window, "A21")
    linked = {s.uid for s in region.seats if s.partij in ("A05", "A21")}
    linked |= {m.uid for m in region.mandates if {m.houder, m.namens_partij} & {"A05", "A21"}}
    assert len(linked) > 20
    select(qtbot, window, "A05", "A21")

    key(qtbot, window, Qt.Key.Key_Delete)

    assert window.document.by_id("A05") is None and window.document.by_id("A21") is None
    assert a05.uid not in window.scene.nodes and a21.uid not in window.scene.nodes
    left = {x.uid for x in [*window.document.region.seats, *window.document.region.mandates]}
    assert not linked & left
    assert not any(isinstance(e, MandateEdge) and e.source.uid == a05.uid
                   for e in window.scene.items())
    # T-A4's chair was A05: the table keeps no chair that is gone.
    assert window.document.by_id("T-A4").voorzitter == ""
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == "Verwijderen"

    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert dump(window) == before
    assert len([e for e in window.scene.items() if isinstance(e, SeatEdge)]) == len(region.seats)


def test_rubber_band_selects_what_it_encloses(qtbot, window):
    a30, a31 = node(window, "A30"), node(window, "A31")
    window.view.zoom_reset()
    window.view.centerOn((a30.scenePos() + a31.scenePos()) / 2)
    both = a30.sceneBoundingRect().united(a31.sceneBoundingRect())
    inside = [i for i in window.scene.nodes.values()
              if both.adjusted(-4, -4, 4, 4).intersects(i.sceneBoundingRect())]
    start = window.view.mapFromScene(both.topLeft() - QPointF(4, 4))
    end = window.view.mapFromScene(both.bottomRight() + QPointF(4, 4))
    assert not window.view.items(start)
    drag(qtbot, window, start, end)
    assert set(window.scene.selected_uids()) >= {a30.uid, a31.uid}
    assert set(window.scene.selected_uids()) <= {i.uid for i in inside} | {
        e.uid for e in window.scene.items() if not isinstance(e, PartyItem)}
    assert window.properties.title.text().endswith("onderdelen geselecteerd")


# -- clipboard -------------------------------------------------------------------------------
def test_copy_paste_within_the_map_renames_clashing_ids_and_keeps_the_seat(qtbot, window):
    select(qtbot, window, "A42", "T-A5")
    key(qtbot, window, Qt.Key.Key_C, CTRL)
    key(qtbot, window, Qt.Key.Key_V, CTRL)

    region = window.document.region
    new_party, new_table = region.parties[-1], region.tables[-1]
    assert new_party.naam == "Netwerk Palliatieve Zorg Kustmarken"
    assert new_party.id not in ("A42",) and new_table.id != "T-A5"
    assert new_table.voorzitter == new_party.id
    seats = [s for s in region.seats if s.tafel == new_table.id]
    assert [(s.partij, s.rol) for s in seats] == [(new_party.id, "voorzitter")]
    # The copies keep their places relative to each other and cover nothing (issue 11).
    old_party, old_table = party(window, "A42").pos, party(window, "T-A5").pos
    assert new_party.pos[0] - new_table.pos[0] == pytest.approx(old_party[0] - old_table[0])
    assert new_party.pos[1] - new_table.pos[1] == pytest.approx(old_party[1] - old_table[1])
    assert not _covers_something(window, new_party.uid, new_table.uid)
    assert sorted(window.scene.selected_uids()) == sorted([new_party.uid, new_table.uid])
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == "Plakken"
    window.action("actionUndo").trigger()
    assert window.document.by_id(new_party.id) is None


def test_paste_into_a_second_window(qtbot, window):
    select(qtbot, window, "A41", "A39", "T-A3")
    window.action("actionCopy").trigger()

    other = open_window(qtbot)
    activate(qtbot, other)
    key(qtbot, other, Qt.Key.Key_V, CTRL)
    region = other.document.region
    assert sorted(p.id for p in region.parties) == ["A39", "A41"]  # no clash: ids kept
    assert [t.id for t in region.tables] == ["T-A3"]
    assert [(s.tafel, s.partij) for s in region.seats] == [("T-A3", "A41")]
    assert [(m.houder, m.namens_partij, m.tafel) for m in region.mandates] == [
        ("A41", "A39", "T-A3")]
    assert len(other.scene.nodes) == 3
    assert other.isWindowModified() and not window.isWindowModified()

    # Into a map that already has these ids: fresh ids, references follow.
    third = open_window(qtbot)
    open_quietly(qtbot, third, KUSTMARKEN_MAP)
    activate(qtbot, third)
    key(qtbot, third, Qt.Key.Key_V, CTRL)
    region = third.document.region
    table = region.tables[-1]
    assert table.id not in ("T-A3",) and table.naam == "VSV Havenstad"
    copies = region.parties[-2:]
    assert {p.naam for p in copies} == {"KSV Kustmarken", "Kraamzorg Zeemeeuw"}
    assert not {p.id for p in copies} & {"A39", "A41"}
    ksv = next(p for p in copies if p.naam == "KSV Kustmarken")
    assert [(s.tafel, s.partij) for s in region.seats if s.tafel == table.id] == [
        (table.id, ksv.id)]
    assert any(m.houder == ksv.id and m.tafel == table.id for m in region.mandates)


def test_paste_of_text_that_is_no_map_says_so(qtbot, window):
    QApplication.clipboard().setText("gewoon tekst")
    before = dump(window)
    window.action("actionPaste").trigger()
    assert dump(window) == before
    assert "klembord" in window.statusBar().currentMessage()


def test_duplicate_makes_a_copy_next_to_it(qtbot, window):
    select(qtbot, window, "A30")
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    copy = window.document.region.parties[-1]
    original = party(window, "A30")
    assert copy.id != original.id and copy.type == original.type
    # Next to it, where it covers nothing (issue 11: never on top of an item).
    assert math.dist(copy.pos, original.pos) < 300
    assert not _covers_something(window, copy.uid)
    assert window.scene.selected_uids() == [copy.uid]
    assert window.editor.undo_stack.count() == 1


def test_cut_removes_and_paste_brings_back(qtbot, window):
    select(qtbot, window, "A47")
    key(qtbot, window, Qt.Key.Key_X, CTRL)
    assert window.document.by_id("A47") is None
    key(qtbot, window, Qt.Key.Key_V, CTRL)
    back = window.document.by_id("A47")
    assert back is not None and back.naam == "Zorgbelang Kustprovincie"


# -- search --------------------------------------------------------------------------------
def opacities(window) -> dict[str, float]:
    return {window.document.entity(uid).id: item.opacity()
            for uid, item in window.scene.nodes.items()}


def test_search_dims_what_does_not_match_and_escape_restores(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.search
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "huisarts")

    seen = opacities(window)
    matches = {k for k, v in seen.items() if v == 1.0}
    assert matches == {"A21", "A22", "A23", "A24", "A25"}  # by name and by type
    assert all(v == S.DIM_OPACITY for k, v in seen.items() if k not in matches)
    assert bar.count.text().strip() == "5 gevonden"
    # A line is dimmed unless both its ends match.
    seat = next(e for e in node(window, "A21").edges if isinstance(e, SeatEdge))
    assert seat.opacity() == S.DIM_OPACITY

    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert set(opacities(window).values()) == {1.0}
    assert seat.opacity() == 1.0


def test_search_by_table_and_by_domain_and_clearing_the_field(qtbot, window):
    window.action("actionFind").trigger()
    bar = window.search
    pick_combo(qtbot, bar.table, "T-A3")
    lit = {k for k, v in opacities(window).items() if v == 1.0}
    assert lit == {"T-A3", "A16", "A32", "A33", "A41"}
    pick_combo(qtbot, bar.table, "")
    pick_combo(qtbot, bar.domain, "financier")
    lit = {k for k, v in opacities(window).items() if v == 1.0}
    assert lit == {p.id for p in window.document.region.parties
                   if vocab.domain_of(p.type) == "financier"}
    pick_combo(qtbot, bar.domain, "")
    qtbot.keyClicks(bar.field, "Kustziekenhuis")
    assert {k for k, v in opacities(window).items() if v == 1.0} == {"A16"}
    bar.field.clear()  # the clear button in the field does the same
    assert set(opacities(window).values()) == {1.0}


# -- pin, layouts --------------------------------------------------------------------------
def test_pin_with_p_keeps_the_item_in_place_during_a_force_layout(qtbot, window):
    select(qtbot, window, "A16")
    key(qtbot, window, Qt.Key.Key_P)
    assert party(window, "A16").pinned and node(window, "A16").pinned
    assert window.editor.undo_stack.undoText() == "Vastzetten"
    assert field(window, "pinned").isChecked()
    before = positions(window)

    window.scene.clearSelection()
    key(qtbot, window, Qt.Key.Key_L, CTRL)  # force layout of the whole map

    after = positions(window)
    assert after["A16"] == before["A16"]
    assert sum(1 for k in before if before[k] != after[k]) > 40
    assert canvas_positions(window) == after
    # P again unpins.
    select(qtbot, window, "A16")
    key(qtbot, window, Qt.Key.Key_P)
    assert not party(window, "A16").pinned


@pytest.mark.parametrize(("action", "undo_text", "select_table"), [
    ("actionLayoutForce", "Schikken: automatisch", None),
    ("actionLayoutRings", "Schikken: tafelringen", "T-A2"),
    ("actionLayoutClusters", "Schikken: domeinclusters", None),
])
def test_each_layout_is_one_undo_step_and_undo_restores_every_position(qtbot, window, action,
                                                                      undo_text, select_table):
    if select_table:
        select(qtbot, window, select_table)
    before = positions(window)
    finished = []
    window.layouts.finished.connect(finished.append)

    window.action(action).trigger()

    assert finished == [undo_text]
    after = positions(window)
    assert after != before
    assert canvas_positions(window) == after
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == undo_text
    if select_table:
        # The table's own parties moved; anything else that moved went outside their rings.
        seated = {s.partij for s in window.document.region.seats if s.tafel == select_table}
        moved = {k for k in before if before[k] != after[k]}
        assert len(moved & seated) >= len(seated) - 1
        centre = after[select_table]
        ring = max(math.dist(after[k], centre) for k in seated)
        for other in moved - seated - {select_table}:
            assert math.dist(after[other], centre) > ring, other
    window.action("actionUndo").trigger()
    assert positions(window) == before
    assert canvas_positions(window) == before


def test_automatic_layout_of_a_selection_moves_only_the_selection(qtbot, window):
    select(qtbot, window, "A30", "A31", "A27")
    before = positions(window)
    window.action("actionLayoutForce").trigger()
    after = positions(window)
    assert {k for k in before if before[k] != after[k]} <= {"A30", "A31", "A27"}
    assert window.editor.undo_stack.undoText() == "Schikken: automatisch (selectie)"


def test_a_layout_that_changes_nothing_adds_no_undo_step(qtbot, window):
    select(qtbot, window, "T-A1")
    window.action("actionLayoutRings").trigger()
    count = window.editor.undo_stack.count()
    window.action("actionUndo").trigger()
    window.action("actionRedo").trigger()
    window.action("actionLayoutRings").trigger()  # T-A1 is in its rings already
    assert window.editor.undo_stack.count() == count


def test_table_rings_without_a_chosen_table_asks_for_one(qtbot, window):
    window.scene.clearSelection()
    window.action("actionLayoutRings").trigger()
    assert window.editor.undo_stack.count() == 0
    assert "Selecteer één tafel" in window.statusBar().currentMessage()


# -- a big map -----------------------------------------------------------------------------
@pytest.fixture
def big_window(qtbot, tmp_path):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench.generate import generate_map
    from stakeholders.layout import initial_positions

    # Stored with the quick first arrangement, so Schikken > Automatisch has work to do (on
    # a map it laid out itself it moves nothing).
    region = generate_map(1000, seed=7)
    first = initial_positions(region)
    region.parties = [replace(p, pos=first[p.uid]) for p in region.parties]
    region.tables = [replace(t, pos=first[t.uid]) for t in region.tables]
    path = tmp_path / "groot.regiokaart"
    regiokaart.save(region, path)
    window = open_window(qtbot)
    open_quietly(qtbot, window, path)
    assert len(window.scene.nodes) >= 1000
    return window


def test_big_layout_runs_in_a_worker_and_cancel_leaves_the_map(qtbot, big_window):
    window = big_window
    before = dump(window)
    window.action("actionLayoutForce").trigger()
    worker = window.layouts.worker
    assert worker is not None  # a big map is laid out in a thread
    cancelled = []
    worker.cancelled.connect(lambda: cancelled.append(True))
    window.layouts.cancel()  # before the first progress report: certainly cancelled
    qtbot.waitUntil(lambda: window.layouts.worker is None, timeout=20000)
    assert cancelled == [True]
    assert dump(window) == before
    assert window.editor.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == "Schikken geannuleerd."
    assert window.findChild(QProgressDialog, "layoutProgress") is None or not \
        window.findChild(QProgressDialog, "layoutProgress").isVisible()


def test_big_layout_keeps_the_window_responsive_and_is_one_step(qtbot, big_window):
    window = big_window
    before = positions(window)
    ticks: list[tuple[float, bool]] = []  # (when, while the worker ran)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(),
                                                window.layouts.worker is not None)))
    timer.start()
    applied: list[float] = []
    window.layouts.finished.connect(lambda _text: applied.append(time.perf_counter()))
    window.action("actionLayoutForce").trigger()
    assert window.layouts.worker is not None and window.layouts.worker.isRunning()
    dialog = window.findChild(QProgressDialog, "layoutProgress")
    assert dialog is not None and dialog.isVisible()
    # A second layout while one runs is refused, not queued.
    window.action("actionLayoutClusters").trigger()
    assert window.statusBar().currentMessage() == "Het schikken loopt al."
    qtbot.waitUntil(lambda: window.layouts.worker is None, timeout=60000)
    timer.stop()
    assert any(running for _when, running in ticks), \
        "the event loop did not run while the layout was computed"
    # Applying the result blocks the window only briefly (it once took half a minute; the
    # margin is wide because a loaded CI machine can be several times slower).
    last_tick = max(when for when, _running in ticks if when < applied[0])
    assert applied[0] - last_tick < 10.0
    after = positions(window)
    assert sum(1 for k in before if before[k] != after[k]) > 900
    assert window.editor.undo_stack.count() == 1
    window.action("actionUndo").trigger()
    assert positions(window) == before


def test_cancel_button_of_the_progress_dialog_stops_the_layout(qtbot, big_window):
    window = big_window
    before = dump(window)
    window.action("actionLayoutForce").trigger()
    dialog = window.findChild(QProgressDialog, "layoutProgress")
    button = dialog.findChild(QPushButton)
    assert button.text() == "Annuleren"
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: window.layouts.worker is None, timeout=20000)
    assert dump(window) == before
    assert window.editor.undo_stack.count() == 0


# -- editing lines in the property panel ------------------------------------------------------
def test_editing_a_selected_relation_keeps_it_selected(qtbot, window):
    relation = next(r for r in window.document.region.relations if r.soort == "werkt-samen")
    window.scene.select_uids([relation.uid])
    assert window.properties.kind == "relation"
    pick_combo(qtbot, field(window, "soort"), "informeert")
    assert window.document.entity(relation.uid).soort == "informeert"
    assert window.scene.selected_uids() == [relation.uid]
    assert window.properties.kind == "relation"
    edge = window.scene.edges[relation.uid]
    assert isinstance(edge, RelationEdge) and edge.label == vocab.RELATION_KINDS.label(
        "informeert")


def test_ticking_formal_on_a_mandate_keeps_the_panel_on_it(qtbot, window):
    mandate = next(m for m in window.document.region.mandates if not m.formeel)
    window.scene.select_uids([mandate.uid])
    box = field(window, "formeel")
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert window.document.entity(mandate.uid).formeel
    assert window.properties.kind == "mandate" and mandate.uid in window.scene.selected_uids()
    # Typing notes on the same mandate continues in the same panel: one step.
    notes = field(window, "notities")
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(notes, " getekend")
    assert window.document.entity(mandate.uid).notities.endswith("getekend")
    assert window.editor.undo_stack.count() == 2


# -- connect gestures --------------------------------------------------------------------------
def empty_point_near(window, item) -> QPoint:
    """A visible canvas point near ``item`` where nothing is drawn."""
    window.view.zoom_reset()
    window.view.centerOn(item)
    centre = window.view.mapFromScene(item.scenePos())
    for radius in range(120, 400, 20):
        for dx, dy in ((0, -radius), (radius, 0), (-radius, 0), (0, radius),
                       (radius, -radius), (-radius, -radius)):
            point = centre + QPoint(dx, dy)
            if window.view.viewport().rect().contains(point) and not window.view.items(point):
                return point
    raise AssertionError("no empty place near the item")


def test_shift_drag_from_a_party_to_empty_canvas_gives_a_mandate_for_a_type(qtbot, window,
                                                                            monkeypatch):
    chooser = Chooser("namens alle patiëntenorganisatie")
    monkeypatch.setattr(window.interactions, "ask_choice", chooser)
    source = node(window, "A05")
    end = empty_point_near(window, source)
    start = window.view.mapFromScene(source.scenePos())

    drag(qtbot, window, start, end, Qt.KeyboardModifier.ShiftModifier)

    assert chooser.asked[0][0] == "Gemeente Havenstad spreekt namens een type"
    mandate = window.document.region.mandates[-1]
    assert (mandate.houder, mandate.namens_type, mandate.tafel) == ("A05", "patientenorganisatie",
                                                                     "")
    target = next(t for t in window.scene.type_targets.values() if t.parentItem() is source)
    assert target.toolTip() == rich("alle patiëntenorganisatie")  # shown as plain text
    assert window.editor.undo_stack.count() == 1
    assert window.interactions._line is None  # the dashed line of the gesture is gone


def test_shift_drag_from_table_to_table_makes_it_a_sub_table(qtbot, window, monkeypatch):
    chooser = Chooser("VSV Havenstad is onderdeel van ROAZ Noordkust")
    monkeypatch.setattr(window.interactions, "ask_choice", chooser)
    shift_drag(qtbot, window, "T-A3", "T-A2")
    assert window.document.by_id("T-A3").bovenliggende_tafel == "T-A2"
    assert window.document.uid_of("T-A3") in window.scene.parent_edges
    assert window.editor.undo_stack.undoText() == "Bovenliggende tafel kiezen"


def test_a_relation_by_shift_drag_between_parties(qtbot, window, monkeypatch):
    chooser = Chooser("Relatie: Gemeente Havenstad financiert Welzijn Kustmarken")
    monkeypatch.setattr(window.interactions, "ask_choice", chooser)
    shift_drag(qtbot, window, "A05", "A43")
    relation = window.document.region.relations[-1]
    assert (relation.van, relation.naar, relation.soort) == ("A05", "A43", "financiert")
    assert isinstance(window.scene.edges[relation.uid], RelationEdge)


def test_a_second_seat_for_the_same_pair_is_refused_before_any_menu(qtbot, window,
                                                                     monkeypatch):
    asked = []
    monkeypatch.setattr(window.interactions, "ask_choice",
                        lambda title, options: asked.append(title))
    before = dump(window)
    shift_drag(qtbot, window, "A16", "T-A1")
    assert asked == []  # no role menu for a seat that cannot be made
    assert dump(window) == before
    assert window.editor.undo_stack.count() == 0
    expected = ("Niet gedaan: Kustziekenhuis Havenstad zit al aan Zorgtafel Kustmarken; "
                "wijzig de rol of ring in het eigenschappenpaneel")
    assert window.statusBar().currentMessage() == expected
    assert window.toast.isVisible() and window.toast.text() == expected  # seen on a projector


def test_cancelling_the_connect_menu_changes_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.interactions, "ask_choice", lambda title, options: None)
    before = dump(window)
    shift_drag(qtbot, window, "A14", "T-A1")
    assert dump(window) == before and window.interactions._line is None


def test_double_click_on_empty_canvas_adds_a_party_there(qtbot, window):
    where = empty_point_near(window, node(window, "A47"))
    scene_point = window.view.mapToScene(where)
    qtbot.mouseDClick(window.view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, where)
    popup = window.interactions.popup
    assert popup.isVisible()
    qtbot.keyClicks(popup.name_edit, "Apotheek Strandweg")
    qtbot.keyClick(popup.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(popup.type_filter, "apotheek")
    qtbot.keyClick(popup.type_filter, Qt.Key.Key_Return)
    added = window.document.region.parties[-1]
    assert (added.naam, added.type) == ("Apotheek Strandweg", "apotheek")
    assert added.pos == (scene_point.x(), scene_point.y())


def test_deleting_the_holder_of_a_mandate_for_a_type_and_undo(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.interactions, "ask_choice", Chooser("namens alle huisartsen"))
    source = node(window, "A05")
    end = empty_point_near(window, source)
    drag(qtbot, window, window.view.mapFromScene(source.scenePos()), end,
         Qt.KeyboardModifier.ShiftModifier)
    assert len(window.scene.type_targets) == 1
    with_target = dump(window)

    click(qtbot, window, node(window, "A05"))
    key(qtbot, window, Qt.Key.Key_Delete)
    assert window.scene.type_targets == {}
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert dump(window) == with_target
    target = next(iter(window.scene.type_targets.values()))
    assert target.parentItem() is node(window, "A05")


def test_mandate_labels_follow_a_renamed_table(qtbot, window):
    window.show_subject("T-A3")
    naam = field(window, "naam")
    naam.setFocus()
    naam.end(False)
    qtbot.keyClicks(naam, " Zuid")
    labels = {e.label for e in window.scene.edges.values() if isinstance(e, MandateEdge)}
    assert "namens (VSV Havenstad Zuid)" in labels
    assert not any("VSV Havenstad)" in label for label in labels)


def test_select_all_delete_and_undo_on_a_big_map(qtbot, big_window):
    window = big_window
    before = dump(window)
    targets = len(window.scene.type_targets)
    assert targets > 0  # the generated map has mandates for whole types
    key(qtbot, window, Qt.Key.Key_A, CTRL)
    assert len(window.scene.selected_uids()) >= 1040
    key(qtbot, window, Qt.Key.Key_Delete)
    assert window.document.region.parties == [] and window.scene.nodes == {}
    assert window.scene.type_targets == {} and window.scene.edges == {}
    assert window.editor.undo_stack.count() == 1
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert dump(window) == before
    assert len(window.scene.type_targets) == targets
