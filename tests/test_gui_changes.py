"""Snapshots and changes in the window, through the real menu actions: Kaart > Momentopname
maken…, Vergelijken met momentopname… / bestand…, the Wijzigingen panel, the marks on the
map (and switching them off), and the timeline of mandates that end."""

from __future__ import annotations

from datetime import date

import pytest
from change_maps import after, before
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMenu, QMessageBox
from test_gui_support import open_quietly, open_window

from stakeholders.io.formats import load_map, save_map
from stakeholders.model.diff import Change
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui.canvas.change_marks import GhostItem, NodeMark
from stakeholders.ui.dialogs.snapshot import SnapshotAnswer, SnapshotDialog


def _menu_action(window, menu_name: str, action_name: str):
    menu = window.findChild(QMenu, menu_name)
    return next(a for a in menu.actions() if a.objectName() == action_name)


def _marks(window) -> dict[str, Change]:
    """Node id → the change its ring shows."""
    out = {}
    for uid, node in window.scene.nodes.items():
        for child in node.childItems():
            if isinstance(child, NodeMark):
                out[window.document.entity(uid).id] = child.change
    return out


def _ghosts(window) -> list[str]:
    return [item.name for item in window.scene.items() if isinstance(item, GhostItem)]


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot)
    window.checker.today = date(2025, 1, 15)
    path = tmp_path / "kust.regiokaart"
    save_map(before(), path)
    open_quietly(qtbot, window, path)
    return window


def _answer_text(monkeypatch, text: str, datum: date = date(2025, 1, 15),
                 note: str = "") -> list[tuple]:
    """Answer Kaart > Momentopname maken… with ``text``; returns what the dialog was asked."""
    asked: list[tuple] = []

    def ask(existing, default, today, parent=None):
        asked.append((len(existing), default, today))
        return SnapshotAnswer(text, datum, note)
    monkeypatch.setattr(SnapshotDialog, "ask", staticmethod(ask))
    return asked


def _answer_item(monkeypatch, wanted: str) -> list[list[str]]:
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *args, **kwargs):
        offered.append(list(items))
        return next(i for i in items if wanted in i), True
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    return offered


def _edit_like_after(window) -> None:
    """Turn the open map (before) into after(), as one edit of the document."""
    from stakeholders.model.kinds import EntityKind
    from stakeholders.model.ops import Delete, Insert

    new = after()
    region = window.document.region
    ops = []
    for kind in (EntityKind.RELATION, EntityKind.MANDATE, EntityKind.SEAT,
                 EntityKind.WAIVER, EntityKind.TABLE, EntityKind.PARTY):
        for index in reversed(range(len(region.items(kind)))):
            ops.append(Delete(kind, region.items(kind)[index], index))
    for kind in (EntityKind.PARTY, EntityKind.TABLE, EntityKind.SEAT, EntityKind.MANDATE,
                 EntityKind.RELATION, EntityKind.WAIVER):
        ops += [Insert(kind, item, i) for i, item in enumerate(new.items(kind))]
    window.editor.attempt("zoals later", lambda: ops)


def test_a_snapshot_is_made_from_the_menu_as_one_undo_step_and_saved(qtbot, window,
                                                                      monkeypatch, tmp_path):
    asked = _answer_text(monkeypatch, "  Zorgtafel   januari ", date(2025, 1, 14),
                         "voor de zorgtafel van 14 januari")
    _menu_action(window, "menuMap", "actionSnapshot").trigger()
    assert asked == [(0, "Momentopname 15 januari 2025", date(2025, 1, 15))]
    (snapshot,) = window.document.region.snapshots
    assert snapshot.naam == "Zorgtafel januari"
    assert snapshot.datum == date(2025, 1, 14)
    assert snapshot.notities == "voor de zorgtafel van 14 januari"
    assert [p.id for p in snapshot.kaart.parties] == ["V1", "G1", "G2", "H1", "W1"]
    # the same name again is refused with a message, and nothing changes
    refused = []
    window.editor.edit_refused.connect(refused.append)
    _answer_text(monkeypatch, "zorgtafel JANUARI")
    _menu_action(window, "menuMap", "actionSnapshot").trigger()
    assert refused == ["er is al een momentopname 'zorgtafel JANUARI'"]
    assert len(window.document.region.snapshots) == 1
    window.action("actionUndo").trigger()
    assert window.document.region.snapshots == []
    window.action("actionRedo").trigger()
    out = tmp_path / "bewaard.regiokaart"
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: str(out))
    window.action("actionSaveAs").trigger()
    reread = load_map(out, known_rules=known_rule_ids).map
    assert [s.naam for s in reread.snapshots] == ["Zorgtafel januari"]


def test_comparing_with_a_snapshot_lists_and_marks_what_changed(qtbot, window, monkeypatch):
    _answer_text(monkeypatch, "Zorgtafel januari")
    _menu_action(window, "menuMap", "actionSnapshot").trigger()
    _edit_like_after(window)
    offered = _answer_item(monkeypatch, "Zorgtafel januari")
    _menu_action(window, "menuMap", "actionCompareSnapshot").trigger()
    assert offered == [["Zorgtafel januari (15 januari 2025)"]]
    panel = window.changes.panel
    assert window.changes.dock.isVisible()
    texts = panel.texts()
    assert "Partijen (4)" in texts  # P9 new, W1 gone, G1 and H1 changed
    assert "nieuw: GGD Kust (P9)" in texts
    assert "weg: Welzijn Oost (W1)" in texts
    assert "gewijzigd: Gemeente Noord (G1): Gemeenten: + Utrecht" in texts  # CBS name of GM0344
    assert any(t.startswith("gewijzigd: Huisartsenkring Kust-Noord (H1): Naam:") for t in texts)
    assert any(t.startswith("gewijzigd: Zorgtafel Kust (T1): Besluitvorming (governance):")
               for t in texts)
    assert "Wijzigingen sinds Zorgtafel januari" in panel.header.text()
    # on the map: new green, changed orange, the removed party where it stood
    marks = _marks(window)
    assert marks["P9"] == Change.ADDED and marks["T3"] == Change.ADDED
    assert marks["H1"] == Change.CHANGED and marks["T1"] == Change.CHANGED
    assert "V1" not in marks  # unchanged, and none of its lines removed
    assert sorted(_ghosts(window)) == ["Welzijn Oost", "Werkgroep Data"]
    # a ghost's name shows under the pointer only (other names may stand there now)
    ghost = next(i for i in window.scene.items() if isinstance(i, GhostItem)
                 and i.name == "Welzijn Oost")
    assert not ghost.text.isVisible()
    window.view.centerOn(ghost)
    qtbot.mouseMove(window.view.viewport(), window.view.mapFromScene(ghost.scenePos()))
    qtbot.waitUntil(ghost.text.isVisible, timeout=2000)
    seat = next(s for s in window.document.region.seats if s.partij == "P9" and s.tafel == "T3")
    assert window.scene.item_for(seat.uid).mark is not None
    # marks off and on again; the list stays
    panel.marks_box.click()
    assert _marks(window) == {} and _ghosts(window) == []
    assert window.scene.item_for(seat.uid).mark is None
    assert panel.texts() == texts
    panel.marks_box.click()
    assert _marks(window)["P9"] == Change.ADDED
    # a further edit is compared at once: removing P9 takes its "nieuw" away
    p9 = window.document.by_id("P9")
    window.editor.remove([p9.uid])
    assert "nieuw: GGD Kust (P9)" not in panel.texts()
    window.action("actionUndo").trigger()
    assert "nieuw: GGD Kust (P9)" in panel.texts()
    # stop comparing: no list, no marks
    _menu_action(window, "menuMap", "actionStopCompare").trigger()
    assert panel.texts() == [] and _marks(window) == {}


def test_a_double_click_in_the_list_selects_the_party_on_the_map(qtbot, window, monkeypatch):
    _answer_text(monkeypatch, "Zorgtafel januari")
    _menu_action(window, "menuMap", "actionSnapshot").trigger()
    _edit_like_after(window)
    _answer_item(monkeypatch, "Zorgtafel januari")
    _menu_action(window, "menuMap", "actionCompareSnapshot").trigger()
    tree = window.changes.panel.tree
    item = next(tree.topLevelItem(0).child(j) for j in range(tree.topLevelItem(0).childCount())
                if "GGD Kust" in tree.topLevelItem(0).child(j).text(0))
    tree.itemDoubleClicked.emit(item, 0)
    assert window.scene.selected_uids() == [window.document.by_id("P9").uid]


def test_comparing_with_another_file_shows_findings_resolved_and_new(qtbot, window, monkeypatch,
                                                                     tmp_path):
    later = tmp_path / "later.regiokaart"
    save_map(after(), later)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(later), ""))
    _menu_action(window, "menuMap", "actionCompareFile").trigger()
    texts = window.changes.panel.texts()
    # the open map is the older one here: P9 is "weg" as seen from the file
    assert "weg: GGD Kust (P9)" in texts
    assert any(t.startswith("Bevindingen (") for t in texts)
    header = window.changes.panel.header.text()
    assert "later.regiokaart" in header


def test_a_file_that_cannot_be_read_is_named_and_nothing_is_compared(qtbot, window,
                                                                      monkeypatch, tmp_path):
    broken = tmp_path / "kapot.regiokaart"
    broken.write_text("{ dit is geen kaart", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    _menu_action(window, "menuMap", "actionCompareFile").trigger()
    assert len(shown) == 1 and shown[0].startswith("kapot.regiokaart kan niet worden gelezen")
    assert window.changes.comparison is None


def test_the_timeline_shows_mandates_that_end_in_their_zone(qtbot, window):
    rows = window.changes.panel.timeline.rows()
    assert rows == ["1 maart 2025 · binnenkort · Gemeente Noord namens Gemeente Zuid "
                    "(Zorgtafel Kust)"]
    _edit_like_after(window)  # the mandate now runs until 1 maart 2026
    assert window.changes.panel.timeline.rows()[0].startswith("1 maart 2026 · later · ")
    window.changes.dock.show()
    window.changes.dock.raise_()
    qtbot.waitExposed(window.changes.panel.timeline)
    image = window.changes.panel.timeline.grab().toImage()
    assert image.width() > 100  # it paints (no exception) at its real size


def test_many_dated_mandates_scroll_and_leave_the_list_its_room(qtbot, window):
    from dataclasses import replace

    from stakeholders.model.entities import new_uid
    from stakeholders.model.kinds import EntityKind
    from stakeholders.model.ops import Insert
    from stakeholders.ui.panels.changes import TIMELINE_MAX_H

    region = window.document.region
    first = region.mandates[0]
    extra = [replace(first, uid=new_uid(), tafel="", geldig_tot=date(2025, 1 + i % 12, 1))
             for i in range(40)]
    count = len(region.mandates)
    window.editor.attempt("veel", lambda: [Insert(EntityKind.MANDATE, m, count + i)
                                           for i, m in enumerate(extra)])
    panel = window.changes.panel
    assert len(panel.timeline.rows()) == 41
    assert panel.timeline_scroll.height() <= TIMELINE_MAX_H
    assert panel.timeline.minimumHeight() > TIMELINE_MAX_H  # the rest scrolls


def test_the_snapshot_dialog_says_why_a_name_cannot_be_used(qtbot, window):
    from stakeholders.model import snapshots

    existing = [snapshots.take(window.document.region, "Zorgtafel januari", date(2025, 1, 1))]
    dialog = SnapshotDialog(existing, "Momentopname 15 januari 2025", date(2025, 1, 15))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.problem.text() == ""
    dialog.name.setText("  ")
    assert not ok.isEnabled()
    assert dialog.problem.text() == "een momentopname heeft een naam nodig"
    dialog.name.setText("zorgtafel JANUARI")
    assert not ok.isEnabled()
    assert dialog.problem.text() == "er is al een momentopname 'zorgtafel JANUARI'"
    dialog.name.setText("Zorgtafel februari")
    dialog.note.setPlainText("na het bestuursbesluit")
    assert ok.isEnabled()
    assert dialog.answer() == SnapshotAnswer("Zorgtafel februari", date(2025, 1, 15),
                                             "na het bestuursbesluit")


def test_the_left_tabs_show_whole_titles_and_wijzigingen_only_while_comparing(
        qtbot, window, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    def shown_titles() -> set[str]:
        titles = set()
        for bar in window.findChildren(QTabBar):
            if bar.isVisible():
                assert bar.elideMode() == Qt.TextElideMode.ElideNone  # never "Bevindin…"
                titles |= {bar.tabText(i) for i in range(bar.count())}
        return titles

    assert {"Bevindingen", "Koppelvlakken", "Partijtypen"} <= shown_titles()
    assert "Wijzigingen" not in shown_titles()
    assert not window.changes.dock.isVisible()
    _answer_text(monkeypatch, "Zorgtafel januari")
    _menu_action(window, "menuMap", "actionSnapshot").trigger()
    _answer_item(monkeypatch, "Zorgtafel januari")
    _menu_action(window, "menuMap", "actionCompareSnapshot").trigger()
    assert window.changes.dock.isVisible()
    assert "Wijzigingen" in shown_titles()
