"""Issue 2 in the GUI: open a map (menu, recent files, drag and drop), see it drawn and flagged.

Every test opens files the way a user does (Bestand > Openen…, the recent
files menu, dropping a file) and looks at what the window shows: the title,
the canvas items, the flags panel, the property panel and the problems a
broken file reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from io_helpers import make_xlsx
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from test_gui_support import (
    KUSTMARKEN_MAP,
    KUSTMARKEN_XLSX,
    dump,
    expected_flags,
    flag_keys,
    open_via_menu,
    open_window,
)

from stakeholders.io.formats import load_map
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui.canvas.items import MandateEdge, PartyItem, RelationEdge, SeatEdge, TableItem
from stakeholders.ui.dialogs.problems import ProblemsDialog
from stakeholders.ui.panels.flags import FINDING_ROLE, FLAG_ROLE

MAP_NAME = "Zorgkantoorregio Kustmarken (fictief voorbeeld)"


@pytest.fixture
def window(qtbot):
    return open_window(qtbot)


@pytest.fixture
def problems(window, monkeypatch):
    """Problems the window reports, as (title, intro, [problem texts])."""
    shown: list[tuple[str, str, list[str]]] = []
    monkeypatch.setattr(window.files, "show_problems", lambda title, intro, found: shown.append(
        (title, intro, [p.text() for p in found])))
    return shown


def listed_flags(window) -> set[tuple[str, str, bool]]:
    """(rule, subject, waived) of every part row in the findings panel.

    Each part sits under the finding of its subject and theme, and an open part's row
    starts with its level and basis ("Vereist · akkoord (IZA) — …").
    """
    result = set()
    for item in window.flags_panel.flag_items():
        flag = item.data(0, FLAG_ROLE)
        result.add((flag.rule, flag.subject, flag.waived))
        finding = item.parent().data(0, FINDING_ROLE)
        assert finding.key == (flag.subject, flag.thema)
        if not flag.waived:
            assert item.text(0).split(" · ")[0] in ("Vereist", "Aanbevolen", "Signaal")
            assert flag.message_nl in item.text(0)
    return result


def click_tree_item(qtbot, tree, item) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    assert rect.isValid()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- opening ------------------------------------------------------------------------------
def test_open_xlsx_via_file_menu_shows_name_flags_and_counts(qtbot, window, monkeypatch,
                                                            problems):
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_XLSX)

    assert problems == []
    assert MAP_NAME in window.windowTitle()
    assert listed_flags(window) == expected_flags()
    # An imported workbook is not yet saved as a map: the title carries the modified mark.
    assert window.isWindowModified()
    region = window.document.region
    assert (f"{len(region.parties)} partijen · {len(region.tables)} tafels"
            in window.status_label.text())
    # Kustmarken's 13 open flags form 3 open findings of its zorgtafel.
    assert "3 open bevindingen" in window.status_label.text()
    assert window.flags_panel.summary.text() == (
        "3 open bevinding(en) · 13 signalering(en) · 1 bewuste keuze(s)")
    assert window.flags_panel.finding_items()[0].text(0) == (
        "samenstelling: ontbreekt inwoner- en patiëntenperspectief (vereist · akkoord), "
        "welzijn en sociaal domein (aanbevolen), GGD, paramedie en apotheken "
        "(signaal · onderzoek), jeugdzorg en wijkteams (bewuste keuze); "
        "medisch-curatief perspectief overheerst (signaal · onderzoek)")


def test_open_regiokaart_via_file_menu_keeps_positions_and_is_unmodified(qtbot, window,
                                                                       monkeypatch, problems):
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_MAP)

    assert problems == []
    assert MAP_NAME in window.windowTitle()
    assert "(kustmarken.regiokaart)" in window.windowTitle()
    assert not window.isWindowModified()
    assert listed_flags(window) == expected_flags()
    on_disk = load_map(KUSTMARKEN_MAP, known_rules=known_rule_ids).map
    for item in on_disk.parties + on_disk.tables:
        canvas = window.scene.nodes[window.document.uid_of(item.id)]
        assert (canvas.pos().x(), canvas.pos().y()) == item.pos
    # The whole map is in view after opening.
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.itemsBoundingRect().center())
    for canvas in window.scene.nodes.values():
        assert visible.contains(canvas.scenePos())


def test_waived_flags_are_marked_as_deliberate_choice(qtbot, window, monkeypatch):
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_MAP)
    waived = [i for i in window.flags_panel.flag_items() if i.data(0, FLAG_ROLE).waived]
    assert [i.data(0, FLAG_ROLE).rule for i in waived] == ["R-HINT-JEUGD-WIJK"]
    row = waived[0]
    assert row.text(0).startswith("Bewuste keuze — Jeugdzorg en wijkteams")
    assert "reden: Jeugdhulp en wijkteams worden lokaal" in row.text(0)
    # The choice is a part of the composition finding, listed there as "bewuste keuze".
    finding = row.parent()
    assert finding.text(0).startswith("samenstelling: ")
    assert "jeugdzorg en wijkteams (bewuste keuze)" in finding.text(0)


def test_canvas_draws_every_party_table_seat_mandate_and_relation(qtbot, window, monkeypatch):
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_MAP)
    region = window.document.region
    items = window.scene.items()

    parties = [i for i in items if isinstance(i, PartyItem)]
    tables = [i for i in items if isinstance(i, TableItem)]
    assert sorted(i.uid for i in parties) == sorted(p.uid for p in region.parties)
    assert sorted(i.uid for i in tables) == sorted(t.uid for t in region.tables)
    assert {i.name for i in parties} == {p.naam for p in region.parties}
    assert {i.name for i in tables} == {t.naam for t in region.tables}

    seats = [i for i in items if isinstance(i, SeatEdge)]
    assert sorted(i.uid for i in seats) == sorted(s.uid for s in region.seats)
    for edge in seats:
        seat = window.document.entity(edge.uid)
        assert edge.source.uid == window.document.uid_of(seat.partij)
        assert edge.target.uid == window.document.uid_of(seat.tafel)
        assert not edge.arrow

    mandates = [i for i in items if isinstance(i, MandateEdge)]
    pairs = {(m.houder, m.namens_partij) for m in region.mandates}
    assert len(mandates) == len(pairs)  # rows with the same holder and party share one arrow
    for edge in mandates:
        assert edge.arrow
        assert edge.pen.style() in (Qt.PenStyle.DashLine, Qt.PenStyle.CustomDashLine)
        assert edge.label.startswith("namens")
    # A05 holds the mandates of the eight other municipalities at the zorgtafel.
    a05 = window.document.uid_of("A05")
    assert sum(1 for e in mandates if e.source.uid == a05) == 8

    relations = [i for i in items if isinstance(i, RelationEdge)]
    assert sorted(i.uid for i in relations) == sorted(r.uid for r in region.relations)
    assert all(e.arrow and e.label for e in relations)


def test_clicking_a_flag_selects_its_subject_and_shows_it(qtbot, window, monkeypatch):
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_MAP)
    panel = window.flags_panel
    item = next(i for i in panel.flag_items() if i.data(0, FLAG_ROLE).rule == "R-HINT-GGD")

    click_tree_item(qtbot, panel.tree, item)

    table = window.document.by_id("T-A1")
    assert window.scene.selected_uids() == [table.uid]
    assert window.scene.nodes[table.uid].isSelected()
    assert "Tafel: Zorgtafel Kustmarken" in window.properties.title.text()
    naam = window.properties.findChild(QLineEdit, "field_naam")
    assert naam.text() == "Zorgtafel Kustmarken"
    details = panel.details.toPlainText()
    assert "R-HINT-GGD" in details and "Waarom" in details and "Wat te doen" in details
    assert panel.waive_button.isEnabled() and not panel.unwaive_button.isEnabled()


# -- broken files -------------------------------------------------------------------------
def _rows(text: str) -> list[list[str]]:
    return [line.split(";") for line in text.splitlines()]


def _broken_unknown_type(folder: Path) -> Path:
    return make_xlsx(folder / "type.xlsx", {"Partijen": _rows("id;naam;type\nP1;A;gemeete")})


def _broken_duplicate_ids(folder: Path) -> Path:
    return make_xlsx(folder / "dubbel.xlsx", {
        "Partijen": _rows("id;naam;type\nP1;A;gemeente\nP2;B;gemeente\nP2;C;gemeente")})


def _broken_empty_workbook(folder: Path) -> Path:
    return make_xlsx(folder / "leeg.xlsx", {"Sheet1": []})


def _broken_newer_version(folder: Path) -> Path:
    data = json.loads(KUSTMARKEN_MAP.read_text(encoding="utf-8"))
    data["formaatversie"] = 99
    path = folder / "nieuw.regiokaart"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _broken_garbage(folder: Path) -> Path:
    path = folder / "rommel.regiokaart"
    path.write_bytes(b"\x00\xff\xfe\x89PNG garbage \x01\x02")
    return path


def _broken_regiokaart_fields(folder: Path) -> Path:
    data = json.loads(KUSTMARKEN_MAP.read_text(encoding="utf-8"))
    data["partijen"][2]["type"] = "ziekenhuiss"
    path = folder / "veld.regiokaart"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "expected"), [
    (_broken_unknown_type,
     "Partijen, rij 2, kolom type: onbekend type 'gemeete'; bedoelt u 'gemeente'?"),
    (_broken_duplicate_ids, "Partijen, rij 4, kolom id: id 'P2' komt al voor (Partijen, rij 3)"),
    (_broken_empty_workbook, "blad 'Partijen' ontbreekt (gevonden: 'Sheet1'"),
    (_broken_newer_version, "nieuwere versie van stakeholders (formaatversie 99"),
    (_broken_garbage, "rommel.regiokaart is geen UTF-8-tekst"),
    (_broken_regiokaart_fields,
     "partijen, item 3, veld type: onbekend type 'ziekenhuiss'; bedoelt u 'ziekenhuis'?"),
], ids=["unknown-type", "duplicate-ids", "empty-workbook", "newer-version", "garbage",
        "regiokaart-field"])
def test_broken_file_shows_its_problems_and_leaves_the_open_map(qtbot, window, monkeypatch,
                                                               problems, tmp_path, make,
                                                               expected):
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_MAP)
    before, title = dump(window), window.windowTitle()
    broken = make(tmp_path)
    bytes_before = broken.read_bytes()

    open_via_menu(qtbot, window, monkeypatch, broken)

    assert len(problems) == 1
    heading, intro, texts = problems[0]
    assert heading == "Kaart niet geopend"
    assert broken.name in intro and "niet veranderd" in intro
    assert any(expected in text for text in texts), texts
    assert dump(window) == before
    assert window.windowTitle() == title
    assert window.document.path == KUSTMARKEN_MAP
    assert not window.isWindowModified()
    assert broken.read_bytes() == bytes_before  # a failed load never touches the file


def test_the_problems_dialog_lists_place_and_message(qtbot, window, monkeypatch, tmp_path):
    broken = _broken_duplicate_ids(tmp_path)
    open_via_menu(qtbot, window, monkeypatch, broken)  # the real, non-blocking dialog

    dialog = window.findChild(ProblemsDialog, "problemsDialog")
    assert dialog is not None and dialog.isVisible()
    row = dialog.tree.topLevelItem(0)
    assert row.text(0) == "fout"
    assert row.text(1) == "Partijen, rij 4, kolom id"
    assert row.text(2) == "id 'P2' komt al voor (Partijen, rij 3)"
    assert window.document.region.parties == []
    dialog.close()


# -- drag and drop, recent files ----------------------------------------------------------
def _drop(target, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(target.rect().center())
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def test_dropping_a_file_on_the_canvas_opens_it(qtbot, window, problems):
    _drop(window.view.viewport(), KUSTMARKEN_MAP)
    assert problems == []
    assert MAP_NAME in window.windowTitle()
    assert window.document.path == KUSTMARKEN_MAP
    assert len(window.scene.nodes) == len(window.document.region.parties) + 5


def test_dropping_a_workbook_on_the_flags_dock_opens_it(qtbot, window, problems):
    # Outside the canvas, the main window itself takes the drop.
    _drop(window, KUSTMARKEN_XLSX)
    assert problems == []
    assert MAP_NAME in window.windowTitle()
    assert listed_flags(window) == expected_flags()


def test_recent_files_menu_gets_the_entry_and_reopens_it(qtbot, window, monkeypatch):
    assert not window.recent_menu.isEnabled()
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_MAP)
    entries = [a for a in window.recent_menu.actions() if a.objectName().startswith("actionRecent")]
    assert [a.text() for a in entries] == ["&1 kustmarken.regiokaart"]
    assert entries[0].toolTip() == str(KUSTMARKEN_MAP.resolve())
    assert window.recent_menu.isEnabled()

    window.action("actionNew").trigger()
    assert window.document.region.parties == []
    assert MAP_NAME not in window.windowTitle()

    window.recent_menu.findChild(type(entries[0]), "actionRecent1").trigger()
    assert MAP_NAME in window.windowTitle()
    assert window.document.path == KUSTMARKEN_MAP
    assert flag_keys(window.checker.flags) == expected_flags()


def test_a_new_window_lists_the_recent_files_of_earlier_sessions(qtbot, window, monkeypatch):
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_MAP)
    open_via_menu(qtbot, window, monkeypatch, KUSTMARKEN_XLSX)
    second = open_window(qtbot)
    names = [a.text() for a in second.recent_menu.actions()]
    assert names == ["&1 kustmarken.xlsx", "&2 kustmarken.regiokaart"]
