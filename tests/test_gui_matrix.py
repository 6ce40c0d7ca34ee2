"""Issue 11 item 3: the matrix view (Beeld > Matrix, F7): parties × tables with role, ring
and "namens …"; cells edited as undo steps of the map; sort, filter, shared selection and
the Excel export, all through the real widgets."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QMenu
from test_gui_support import KUSTMARKEN_MAP, activate, click, node, open_quietly, open_window

from stakeholders.model.matrix import CHOICES
from stakeholders.ui.views.matrix_model import FIXED, PARTY_UID_ROLE


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    activate(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_F7)  # Beeld > Matrix
    qtbot.waitUntil(window.matrix.dock.isVisible, timeout=2000)
    return window


def _panel(window):
    return window.matrix.panel


def _index(window, party_id: str, table_id: str | None = None):
    """The shown cell of a party's row: its name, or its seat at ``table_id``."""
    proxy = _panel(window).proxy
    uid = window.document.by_id(party_id).uid
    column = 0
    if table_id is not None:
        tables = [t.id for t in window.matrix.model.matrix.tables]
        column = FIXED + tables.index(table_id)
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(PARTY_UID_ROLE) == uid:
            return proxy.index(row, column)
    raise AssertionError(f"{party_id} not shown")


def _seat(window, party_id: str, table_id: str):
    return next((s for s in window.document.region.seats
                 if s.partij == party_id and s.tafel == table_id), None)


def _choose(qtbot, window, index, text: str) -> None:
    """Edit a cell as the user does: F2 on it, pick ``text`` in the list, Enter."""
    table = _panel(window).table
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    boxes = [b for b in table.findChildren(QComboBox, "matrixChoice") if b.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    box.setCurrentIndex(box.findText(text))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.wait(5)


def _undo(qtbot, window) -> None:
    qtbot.keyClick(_panel(window).table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_f7_shows_the_grid_with_role_ring_and_namens(window):
    panel = _panel(window)
    assert panel.table.hasFocus()
    region = window.document.region
    assert panel.proxy.rowCount() == len(region.parties)
    assert panel.proxy.columnCount() == FIXED + len(region.tables)
    # A05 initiates T-A1 and speaks there for the parties of its mandates.
    text = _index(window, "A05", "T-A1").data()
    assert text.startswith("initiatiefnemer · kopgroep\nnamens ")
    assert window.document.by_id("A06").naam in text
    assert _index(window, "A05", "T-A1").data() != _index(window, "A02", "T-A1").data()
    assert window.action("actionMatrix") in window.findChild(QMenu, "menuView").actions()


def test_editing_a_cell_is_one_undo_step(qtbot, window):
    stack = window.editor.undo_stack
    before = stack.count()
    old = _seat(window, "A16", "T-A1")
    assert (old.rol, old.ring) == ("lid", "kopgroep")
    _choose(qtbot, window, _index(window, "A16", "T-A1"), "adviseur · tweede ring")
    new = _seat(window, "A16", "T-A1")
    assert (new.rol, new.ring) == ("adviseur", "tweede-ring")
    assert stack.count() == before + 1
    assert _index(window, "A16", "T-A1").data().startswith("adviseur · tweede ring")
    _undo(qtbot, window)
    assert (_seat(window, "A16", "T-A1").rol, _seat(window, "A16", "T-A1").ring) == (
        "lid", "kopgroep")
    assert _index(window, "A16", "T-A1").data().startswith("lid · kopgroep")


def test_seating_and_unseating_from_the_grid(qtbot, window):
    assert _seat(window, "A03", "T-A1") is None
    edges = len(window.scene.edges)
    _choose(qtbot, window, _index(window, "A03", "T-A1"), "toehoorder · tweede ring")
    seat = _seat(window, "A03", "T-A1")
    assert seat is not None and seat.rol == "toehoorder"
    assert seat.uid in window.scene.edges and len(window.scene.edges) == edges + 1
    _choose(qtbot, window, _index(window, "A03", "T-A1"), "— geen zetel —")
    assert _seat(window, "A03", "T-A1") is None
    _undo(qtbot, window)
    assert _seat(window, "A03", "T-A1") is not None
    # Delete on a cell removes that seat only (not the party selected on the map).
    table = _panel(window).table
    table.setCurrentIndex(_index(window, "A16", "T-A1"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _seat(window, "A16", "T-A1") is None and window.document.by_id("A16") is not None
    _undo(qtbot, window)
    assert _seat(window, "A16", "T-A1") is not None


def test_no_seat_on_an_empty_cell_is_no_undo_step(qtbot, window):
    before = window.editor.undo_stack.count()
    _choose(qtbot, window, _index(window, "A03", "T-A1"), "— geen zetel —")
    assert _seat(window, "A03", "T-A1") is None
    assert window.editor.undo_stack.count() == before


def test_sorting_by_a_table_column_puts_its_seats_first(qtbot, window):
    panel = _panel(window)
    tables = [t.id for t in window.matrix.model.matrix.tables]
    column = FIXED + tables.index("T-A1")
    header = panel.table.horizontalHeader()
    panel.table.scrollTo(panel.proxy.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    seated = {s.partij for s in window.document.region.seats if s.tafel == "T-A1"}
    shown = [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]
    assert all(shown[: len(seated)]) and not any(shown[len(seated):])
    first_roles = [t.split(" · ")[0] for t in shown[: len(seated)]]
    assert first_roles[0] in ("voorzitter", "initiatiefnemer")
    assert first_roles == sorted(first_roles, key=lambda r: [c[0] for c in CHOICES].index(r))
    # The Partij column sorts by name.
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_filters_by_type_domain_table_and_name(qtbot, window):
    panel = _panel(window)
    region = window.document.region

    def shown_ids() -> set[str]:
        return {window.document.entity(panel.proxy.index(r, 0).data(PARTY_UID_ROLE)).id
                for r in range(panel.proxy.rowCount())}

    panel.type_box.setCurrentIndex(panel.type_box.findData("zorgverzekeraar"))
    assert shown_ids() == {p.id for p in region.parties if p.type == "zorgverzekeraar"}
    panel.type_box.setCurrentIndex(0)
    panel.domain_box.setCurrentIndex(panel.domain_box.findData("financier"))
    financiers = shown_ids()
    assert financiers and "zorgverzekeraar" in {window.document.by_id(i).type
                                                for i in financiers}
    assert len(financiers) < len(region.parties)
    panel.domain_box.setCurrentIndex(0)
    panel.table_box.setCurrentIndex(panel.table_box.findData("T-A1"))
    assert shown_ids() == {s.partij for s in region.seats if s.tafel == "T-A1"}
    panel.table_box.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "kustzorg")
    assert shown_ids() == {p.id for p in region.parties if "kustzorg" in p.naam.lower()}


def test_selection_is_shared_with_the_map(qtbot, window):
    panel = _panel(window)
    panel.table.setCurrentIndex(_index(window, "A05"))
    uid = window.document.by_id("A05").uid
    assert window.scene.selected_uids() == [uid]
    assert node(window, "A05").isSelected()
    click(qtbot, window, node(window, "A16"))
    selected = {i.row() for i in panel.table.selectionModel().selectedIndexes()}
    assert selected == {_index(window, "A16").row()}


def test_excel_export_reads_back_as_shown(qtbot, window, tmp_path, monkeypatch):
    panel = _panel(window)
    panel.table_box.setCurrentIndex(panel.table_box.findData("T-A1"))
    target = tmp_path / "matrix"
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: str(target))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "matrix.xlsx"
    frame = pd.read_excel(written, sheet_name="Matrix", dtype=str).fillna("")
    region = window.document.region
    assert set(frame["Id"]) == {s.partij for s in region.seats if s.tafel == "T-A1"}
    heading = next(c for c in frame.columns if c.endswith("(T-A1)"))
    a05 = frame.loc[frame["Id"] == "A05", heading].item()
    assert a05 == _index(window, "A05", "T-A1").data()
    assert list(frame.columns[:4]) == ["Partij", "Id", "Type", "Domein"]
    assert len(frame.columns) == 4 + len(region.tables)
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_to_an_unwritable_place_says_so(qtbot, window, tmp_path, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window.files, "show_error", lambda *a: shown.append(a))
    monkeypatch.setattr(window.files, "ask_save_path",
                        lambda *a: str(tmp_path / "geen-map" / "matrix.xlsx"))
    window.action("actionExportMatrix").trigger()
    assert shown and not (tmp_path / "geen-map").exists()
    assert "matrix.xlsx" in shown[0][1] and "Traceback" not in shown[0][1]


def test_a_hidden_matrix_shows_edits_made_meanwhile(qtbot, window):
    window.matrix.dock.hide()
    assert window.editor.add_seat("T-A1", "A03", "adviseur", "tweede-ring") is not None
    activate(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_F7)
    qtbot.waitUntil(window.matrix.dock.isVisible, timeout=2000)
    assert _index(window, "A03", "T-A1").data() == "adviseur · tweede ring"
