"""Issue 4 in the GUI: build Kustmarken's zorgtafel from an empty map, undo it all, redo it,
save, reopen, and be asked about unsaved changes.

The map is built only with gestures a facilitator uses: N (quick add) with
the keyboard, Tafel toevoegen, Shift+drag from party to table (seat) and from
holder to party (mandate), the property panel (typing, drop-downs, a check
box) and the flags panel's "Bewuste keuze…" button. The result must raise
exactly the flags ``kustmarken.expected.json`` lists for the real T-A1.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_support import (
    LEFT,
    Chooser,
    click,
    dump,
    expected_flags,
    field,
    flag_keys,
    node,
    open_window,
    party,
    pick_combo,
    quick_add,
    shift_drag,
    view_point,
)

from stakeholders.io import regiokaart
from stakeholders.model import vocab
from stakeholders.rules.engine import check_map
from stakeholders.ui.dialogs.waiver import WaiverAnswer, WaiverDialog
from stakeholders.ui.panels.flags import FLAG_ROLE

TABLE_NAME = "Zorgtafel Kustmarken"

#: (key, name, type, what to type in the type filter). Mistakes are corrected later.
PARTIES = [
    ("A01", "Zorgverzekeraar Kustzorg", "zorgverzekeraar", "verzeker"),
    ("A02", "Zorgkantoor Kustmarken", "zorgverzekeraar", "zorgverzekeraar"),  # wrong type
    ("A03", "Zorgverzekeraar Landgoed", "zorgverzekeraar", ""),
    ("A04", "Zorgverzekeraar Horizon", "zorgverzekeraar", ""),
    ("A05", "Gemeente Havenstad", "gemeente", "gemeente"),
    ("A06", "Gemeente Duinrand", "gemeente", ""),
    ("A07", "Gemeente Polderwijk", "gemeente", ""),
    ("A08", "Gemeente Zandhoven", "gemeente", ""),
    ("A09", "Gemeente Kreekdorp", "gemeente", ""),
    ("A10", "Gemeente Westerweel", "gemeente", ""),
    ("A11", "Gemeente Oosterbroek", "gemeente", ""),
    ("A12", "Gemeente Meerzicht", "gemeente", ""),
    ("A13", "Gemeente Dijkhuizen", "gemeente", ""),
    ("A16", "Kustziekenhuis Havenstad", "ziekenhuis", "zieken"),
    ("A17", "Ziekenhuis Duinrnd", "ziekenhuis", ""),  # typo in the name
    ("A20", "Revalidatiecentrum De Golfslag", "revalidatie", "revalid"),
    ("A21", "Huisartsenorganisatie Kustmarken", "huisartsen", "RHO"),
    ("A22", "Huisartsengroep Havenstad", "huisartsen", "huisarts"),
    ("A23", "Huisartsengroep Duin & Polder", "huisartsen", ""),
    ("A24", "Huisartsengroep Zandhoven-Kreek", "huisartsen", ""),
    ("A25", "Huisartsenpost Kustmarken", "huisartsenpost", "huisartsenpost"),
    ("A34", "GGZ Kustmarken", "ggz", "ggz"),
    ("A35", "Zorggroep Zeester", "vvt", "vvt"),
    ("A36", "Thuiszorg Kustlicht", "vvt", ""),
    ("A37", "Woonzorg Het Anker", "vvt", ""),
]

#: (party, seat choice in the menu) in the order they are drawn.
SEATS = [
    ("A01", "Initiatiefnemer"), ("A05", "Initiatiefnemer"), ("A16", "Lid, kopgroep"),
    ("A17", "Lid, kopgroep"), ("A21", "Lid, kopgroep"), ("A35", "Lid, kopgroep"),
    ("A02", "Lid, tweede ring"), ("A20", "Lid, tweede ring"),
    ("A34", "Lid, kopgroep"),  # the ring is corrected in the property panel
    ("A36", "Lid, tweede ring"),
]

#: holder -> the parties it speaks for at the zorgtafel.
MANDATES = {
    "A05": ["A06", "A07", "A08", "A09", "A10", "A11", "A12", "A13"],
    "A21": ["A22", "A23", "A24", "A25"],
    "A01": ["A03", "A04"],
    "A35": ["A36", "A37"],
}


@pytest.fixture
def window(qtbot):
    return open_window(qtbot)


class Builder:
    """Builds the zorgtafel in a window and counts the gestures (= expected undo steps)."""

    def __init__(self, qtbot, window, monkeypatch) -> None:
        self.qtbot, self.window, self.monkeypatch = qtbot, window, monkeypatch
        self.ids: dict[str, str] = {}  # key (A01…) -> id the app gave (P1…)
        self.gestures = 0

    def step(self, count: int = 1) -> None:
        self.gestures += count
        assert self.window.editor.undo_stack.count() == self.gestures, \
            "every gesture must be exactly one undo step"

    def pid(self, key: str) -> str:
        return self.ids[key]

    # -- the steps --------------------------------------------------------------------
    def name_the_map(self) -> None:
        naam = field(self.window, "naam")  # nothing selected: the map's own fields
        naam.setFocus()
        self.qtbot.keyClicks(naam, "Kustmarken zelf gebouwd")
        assert self.window.document.region.info.naam == "Kustmarken zelf gebouwd"
        assert self.window.windowTitle().startswith("Kustmarken zelf gebouwd")
        self.step()

    def add_table(self) -> None:
        kind = vocab.table_kinds().by_id["iza-regiotafel"].label_nl
        edit = self.window.edit_actions
        self.monkeypatch.setattr(edit, "ask_text", lambda title, label, default="": TABLE_NAME)

        def ask_item(title, label, items):
            chosen = [item for item in items if item.startswith(f"{kind} — ")]
            assert len(chosen) == 1, items
            return chosen[0]

        self.monkeypatch.setattr(edit, "ask_item", ask_item)
        self.window.action("actionAddTable").trigger()
        table = self.window.document.region.tables[-1]
        assert (table.naam, table.soort) == (TABLE_NAME, "iza-regiotafel")
        assert self.window.scene.selected_uids() == [table.uid]
        self.step()
        # Give it the id of the real map: the Id field commits when editing finishes.
        ident = field(self.window, "id")
        ident.setFocus()
        ident.selectAll()
        self.qtbot.keyClicks(ident, "T-A1")
        self.qtbot.keyClick(ident, Qt.Key.Key_Return)
        assert self.window.document.region.tables[-1].id == "T-A1"
        self.step()

    def add_parties(self) -> None:
        for key, name, type_id, typed in PARTIES:
            added = quick_add(self.qtbot, self.window, name, type_id, typed)
            self.ids[key] = added.id
            self.step()
        # No item hides another: every party has a place of its own.
        places = [p.pos for p in self.window.document.region.parties]
        assert len(set(places)) == len(places)

    def fix_mistakes(self) -> None:
        window = self.window
        click(self.qtbot, window, node(window, self.pid("A02")))
        assert window.scene.selected_uids() == [party(window, self.pid("A02")).uid]
        pick_combo(self.qtbot, field(window, "type"), "zorgkantoor")
        assert party(window, self.pid("A02")).type == "zorgkantoor"
        self.step()

        click(self.qtbot, window, node(window, self.pid("A17")))
        naam = field(window, "naam")
        assert naam.text() == "Ziekenhuis Duinrnd"
        naam.setFocus()
        naam.selectAll()
        self.qtbot.keyClicks(naam, "Ziekenhuis Duinrand")
        assert party(window, self.pid("A17")).naam == "Ziekenhuis Duinrand"
        assert node(window, self.pid("A17")).name == "Ziekenhuis Duinrand"
        self.step()  # nineteen keystrokes, one undo step

    def party_roles(self) -> None:
        """Tick roles in the property panel's role list (click the row, Space)."""
        window = self.window
        for key, roles in (("A01", ("marktleider", "concessiehouder")),
                           ("A05", ("aangewezen-gemeente",))):
            click(self.qtbot, window, node(window, self.pid(key)))
            listing = field(window, "rollen")
            for role in roles:
                row = next(i for i in range(listing.count())
                           if listing.item(i).data(Qt.ItemDataRole.UserRole) == role)
                item = listing.item(row)
                listing.scrollToItem(item)
                self.qtbot.mouseClick(listing.viewport(), LEFT,
                                      pos=listing.visualItemRect(item).center())
                self.qtbot.keyClick(listing, Qt.Key.Key_Space)
                listing = field(window, "rollen")
                self.step()
            assert party(window, self.pid(key)).rollen == roles

    def seat_parties(self) -> None:
        chooser = Chooser(*(label for _key, label in SEATS))
        self.monkeypatch.setattr(self.window.interactions, "ask_choice", chooser)
        for key, _label in SEATS:
            shift_drag(self.qtbot, self.window, self.pid(key), "T-A1")
            self.step()
        assert chooser.labels == []
        seats = {(s.partij, s.rol, s.ring) for s in self.window.document.region.seats}
        assert (self.pid("A01"), "initiatiefnemer", "kopgroep") in seats
        assert (self.pid("A02"), "lid", "tweede-ring") in seats

    def click_seat(self, key: str):
        window = self.window
        seat = next(s for s in window.document.region.seats if s.partij == self.pid(key))
        edge = window.scene.edges[seat.uid]
        window.view.zoom_reset()
        point = edge.point_at(0.4)  # on the line as drawn (it may bend around a party)
        window.view.centerOn(point)
        self.qtbot.mouseClick(window.view.viewport(), LEFT, pos=view_point(window, point))
        assert window.scene.selected_uids() == [seat.uid], "the click missed the seat line"
        return seat

    def edit_seats(self) -> None:
        window = self.window
        self.click_seat("A34")
        assert window.properties.kind == "seat"
        pick_combo(self.qtbot, field(window, "ring"), "tweede-ring")
        seat = next(s for s in window.document.region.seats if s.partij == self.pid("A34"))
        assert seat.ring == "tweede-ring"
        self.step()
        self.click_seat("A21")
        pick_combo(self.qtbot, field(window, "gecompenseerd"), True)
        self.step()

    def table_properties(self) -> None:
        window = self.window
        click(self.qtbot, window, node(window, "T-A1"))
        assert window.properties.kind == "table"
        pick_combo(self.qtbot, field(window, "voorzitter"), self.pid("A01"))
        self.step()
        pick_combo(self.qtbot, field(window, "secretariaat"), self.pid("A01"))
        self.step()
        for name, text in (("besluitvorming", "consensus kopgroep"),
                           ("financiering", "door Zorgverzekeraar Kustzorg"),
                           ("ondersteuning", "secretariaat bij de zorgverzekeraar")):
            editor = field(window, name)
            editor.setFocus()
            self.qtbot.keyClicks(editor, text)
            self.step()
        table = window.document.by_id("T-A1")
        assert (table.voorzitter, table.secretariaat) == (self.pid("A01"), self.pid("A01"))
        assert table.besluitvorming == "consensus kopgroep"
        # The chair is marked on its seat line.
        seat = next(s for s in window.document.region.seats if s.partij == self.pid("A01"))
        assert "voorzitter" in window.scene.edges[seat.uid].label

    def draw_mandates(self) -> None:
        window = self.window
        labels = []
        for holder, others in MANDATES.items():
            for other in others:
                a = party(window, self.pid(holder)).naam
                b = party(window, self.pid(other)).naam
                labels.append(f"{a} spreekt namens {b} aan {TABLE_NAME}")
        chooser = Chooser(*labels)
        self.monkeypatch.setattr(window.interactions, "ask_choice", chooser)
        for holder, others in MANDATES.items():
            for other in others:
                shift_drag(self.qtbot, window, self.pid(holder), self.pid(other))
                self.step()
        mandates = window.document.region.mandates
        assert len(mandates) == 16 and all(m.tafel == "T-A1" for m in mandates)
        # The first arrow is recorded as formal with the check box.
        window.scene.select_uids([mandates[0].uid])
        box = field(window, "formeel")
        self.qtbot.mouseClick(box, LEFT, pos=box.rect().topLeft() + QPointF(8, 8).toPoint())
        assert window.document.region.mandates[0].formeel
        self.step()

    def waive_youth_care(self) -> None:
        window = self.window
        answer = WaiverAnswer("Jeugdhulp en wijkteams via de gemeenten", date(2024, 2, 20),
                              "programmamanager", False)
        self.monkeypatch.setattr(WaiverDialog, "ask", staticmethod(lambda *a, **k: answer))
        assert window.flags_panel.select_flag("R-HINT-JEUGD-WIJK", "T-A1")
        self.qtbot.mouseClick(window.flags_panel.waive_button, LEFT)
        self.step()

    def build(self) -> None:
        self.name_the_map()
        self.add_table()
        self.add_parties()
        self.fix_mistakes()
        self.party_roles()
        self.seat_parties()
        self.edit_seats()
        self.table_properties()
        self.draw_mandates()
        self.waive_youth_care()


def listed(window) -> set[tuple[str, str, bool]]:
    return {(i.data(0, FLAG_ROLE).rule, i.data(0, FLAG_ROLE).subject, i.data(0, FLAG_ROLE).waived)
            for i in window.flags_panel.flag_items()}


def test_build_the_zorgtafel_from_an_empty_map_undo_all_and_redo_all(qtbot, window,
                                                                      monkeypatch):
    empty = dump(window)
    builder = Builder(qtbot, window, monkeypatch)
    builder.build()

    # The map raises exactly the flags of the real Kustmarken zorgtafel.
    assert flag_keys(check_map(window.document.region)) == expected_flags()
    assert listed(window) == expected_flags()
    assert window.isWindowModified()
    built = dump(window)
    steps = window.editor.undo_stack.count()
    assert steps == builder.gestures

    undo = window.action("actionUndo")
    for _ in range(steps):
        assert undo.isEnabled()
        undo.trigger()
    assert not undo.isEnabled()
    assert dump(window) == empty
    assert window.scene.nodes == {} and window.scene.edges == {}
    assert listed(window) == set()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("Naamloze kaart")

    redo = window.action("actionRedo")
    for _ in range(steps):
        redo.trigger()
    assert not redo.isEnabled()
    assert dump(window) == built
    assert listed(window) == expected_flags()
    assert len(window.scene.nodes) == 26


def test_save_reopen_and_modified_follows_the_undo_stack(qtbot, window, monkeypatch, tmp_path):
    builder = Builder(qtbot, window, monkeypatch)
    builder.name_the_map()
    builder.add_table()
    for key, name, type_id, typed in PARTIES[:6]:
        builder.ids[key] = quick_add(qtbot, window, name, type_id, typed).id
    chooser = Chooser("Initiatiefnemer", "Lid, tweede ring")
    monkeypatch.setattr(window.interactions, "ask_choice", chooser)
    shift_drag(qtbot, window, builder.pid("A01"), "T-A1")
    shift_drag(qtbot, window, builder.pid("A02"), "T-A1")
    steps = window.editor.undo_stack.count()
    assert window.isWindowModified()

    target = tmp_path / "zelf gebouwd"
    asked: list[str] = []

    def ask_save_path(title, suggestion, file_filter):
        asked.append(suggestion)
        return str(target)

    monkeypatch.setattr(window.files, "ask_save_path", ask_save_path)
    window.action("actionSave").trigger()  # no file yet: Save asks where
    saved = target.with_name("zelf gebouwd.regiokaart")
    assert saved.is_file()
    # The suggested file name is the map's name.
    assert len(asked) == 1 and asked[0].endswith("/Kustmarken zelf gebouwd.regiokaart")
    assert not window.isWindowModified()
    assert "(zelf gebouwd.regiokaart)" in window.windowTitle()
    # Saving keeps the history.
    assert window.editor.undo_stack.count() == steps
    assert window.action("actionUndo").isEnabled()
    on_disk = saved.read_text(encoding="utf-8")
    assert on_disk == dump(window)

    window.action("actionUndo").trigger()
    assert window.isWindowModified()
    window.action("actionRedo").trigger()
    assert not window.isWindowModified()  # back at the saved state
    window.action("actionUndo").trigger()
    window.action("actionUndo").trigger()
    assert window.isWindowModified()
    # Save again (no question now: the map has its file), then redo away from it.
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: pytest.fail("asked again"))
    window.action("actionSave").trigger()
    assert not window.isWindowModified()
    assert saved.read_text(encoding="utf-8") == dump(window)
    window.action("actionRedo").trigger()
    assert window.isWindowModified()
    window.action("actionSave").trigger()

    second = open_window(qtbot)
    monkeypatch.setattr(second.files, "ask_open_path", lambda: str(saved))
    second.action("actionOpen").trigger()
    assert dump(second) == dump(window)
    assert regiokaart.dumps(second.document.region) == saved.read_text(encoding="utf-8")
    assert not second.isWindowModified()
    for uid, item in window.scene.nodes.items():
        entity = window.document.entity(uid)
        twin = second.scene.nodes[second.document.uid_of(entity.id)]
        assert twin.pos() == item.pos()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, window,
                                                                       monkeypatch, tmp_path):
    quick_add(qtbot, window, "Gemeente Havenstad", "gemeente")
    asked: list[str] = []

    def answer(button):
        def ask():
            asked.append(window.windowTitle())
            return button
        return ask

    monkeypatch.setattr(window.files, "ask_unsaved", answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert asked and window.isVisible()
    assert len(window.document.region.parties) == 1

    # Save in the question: the map is saved, then the window closes.
    target = tmp_path / "havenstad.regiokaart"
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: str(target))
    monkeypatch.setattr(window.files, "ask_unsaved", answer(QMessageBox.StandardButton.Save))
    assert window.close()
    assert not window.isVisible()
    assert "Gemeente Havenstad" in target.read_text(encoding="utf-8")


def test_closing_an_unchanged_map_does_not_ask(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: pytest.fail("asked"))
    assert window.close()


def test_opening_another_map_with_unsaved_changes_asks_first(qtbot, window, monkeypatch):
    from test_gui_support import KUSTMARKEN_MAP

    quick_add(qtbot, window, "Gemeente Havenstad", "gemeente")
    monkeypatch.setattr(window.files, "ask_open_path", lambda: str(KUSTMARKEN_MAP))
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    window.action("actionOpen").trigger()
    assert [p.naam for p in window.document.region.parties] == ["Gemeente Havenstad"]
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.action("actionOpen").trigger()
    assert window.document.path == KUSTMARKEN_MAP
    assert not window.action("actionUndo").isEnabled()  # a new map starts a new history
