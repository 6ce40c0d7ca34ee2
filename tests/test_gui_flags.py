"""Findings in the GUI: waive and un-waive parts or whole findings, and watch them follow edits.

The findings panel's buttons, the canvas badges and the status bar must always
tell the same story (they count open findings); waiving is an edit like any
other (one undo step), for one part or a whole finding.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit
from test_gui_support import (
    KUSTMARKEN_MAP,
    Chooser,
    dump,
    expected_flags,
    flag_keys,
    node,
    open_quietly,
    open_window,
    shift_drag,
)

from stakeholders import settings
from stakeholders.ui.dialogs.waiver import WaiverAnswer, WaiverDialog
from stakeholders.ui.panels.flags import FINDING_ROLE, FLAG_ROLE

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


class FakeWaiverDialog:
    """Stands in for WaiverDialog.ask: records the question, gives a fixed answer."""

    def __init__(self, answer: WaiverAnswer | None) -> None:
        self.answer = answer
        self.asked: list[tuple[list[tuple[str, str]], str]] = []

    def __call__(self, flags, default_by: str = "", parent=None) -> WaiverAnswer | None:
        self.asked.append(([(f.rule, f.subject) for f in flags], default_by))
        return self.answer


def row_of(window, rule: str, subject: str = "T-A1"):
    for item in window.flags_panel.flag_items():
        flag = item.data(0, FLAG_ROLE)
        if flag.key == (rule, subject):
            return item
    return None


def finding_row(window, theme: str, subject: str = "T-A1"):
    for item in window.flags_panel.finding_items():
        if item.data(0, FINDING_ROLE).key == (subject, theme):
            return item
    return None


def click_item(qtbot, window, item) -> None:
    tree = window.flags_panel.tree
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())


def click_row(qtbot, window, rule: str, subject: str = "T-A1") -> None:
    """Open the finding the part belongs to (one click) and click the part."""
    item = row_of(window, rule, subject)
    assert item is not None, f"{rule} is not listed"
    item.parent().setExpanded(True)
    click_item(qtbot, window, item)
    assert window.flags_panel.current_flag().key == (rule, subject)


def badge(window, identifier: str = "T-A1") -> int:
    return node(window, identifier).badge_count


def open_in_status(window) -> int:
    text = window.status_label.text()
    return int(text.split(" mandaten · ")[1].split(" ")[0])


def is_waived(window, rule: str, subject: str = "T-A1") -> bool:
    item = row_of(window, rule, subject)
    assert item is not None
    return item.data(0, FLAG_ROLE).waived


def test_findings_group_the_flags_of_one_subject_and_theme(qtbot, window):
    """Kustmarken's 14 flags are 3 findings of its zorgtafel, parts one click below."""
    rows = window.flags_panel.finding_items()
    assert [r.data(0, FINDING_ROLE).key for r in rows] == [
        ("T-A1", "samenstelling"), ("T-A1", "regie"), ("T-A1", "governance")]
    assert rows[0].parent().text(0) == "Zorgtafel Kustmarken (T-A1)"
    assert rows[2].text(0) == (
        "governance: geen afspraken over verantwoordelijkheidsverdeling en verantwoording "
        "(aanbevolen · advies), inwoner- en patiëntenbetrokkenheid en koppeling met de "
        "gemeenteraden (signaal · advies)")
    # The parts are one click below: closed at first, shown with level and basis.
    assert not rows[0].isExpanded()
    assert [rows[0].child(i).data(0, FLAG_ROLE).rule for i in range(rows[0].childCount())] == [
        "R-IZA-04", "R-IZA-05", "R-IZA-06", "R-HINT-MED", "R-HINT-GGD", "R-HINT-PARAMEDIE",
        "R-HINT-APOTHEEK", "R-HINT-JEUGD-WIJK"]
    assert rows[0].child(0).text(0).startswith("Vereist · akkoord (IZA) — Inwoner- en")
    # Badge, status bar and panel count open findings.
    assert badge(window) == 3 and open_in_status(window) == 3


def test_a_finding_shows_why_by_document_title_never_a_file_name(qtbot, window):
    click_item(qtbot, window, finding_row(window, "samenstelling"))
    details = window.flags_panel.details.toPlainText()
    assert "Berenschot, Stand van het land: regiobeelden (2020)" in details
    assert "Kamerbrief regiobeelden en regioplannen IZA, VWS 5 oktober 2022" in details
    assert "Vereist · akkoord (IZA)" in details and "Signaal · onderzoek" in details
    assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt|\bL\d+", details)
    click_row(qtbot, window, "R-HINT-GGD")
    details = window.flags_panel.details.toPlainText()
    assert "De GGD is in 30-50% van de initiatieven betrokken." in details
    assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt|\bL\d+", details)


def test_waive_one_part_marks_it_everywhere_as_one_undo_step(qtbot, window, monkeypatch):
    fake = FakeWaiverDialog(WaiverAnswer("GGD schuift aan via de gemeenten", date(2024, 3, 5),
                                         "kopgroep", False))
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(fake))
    steps = window.editor.undo_stack.count()

    click_row(qtbot, window, "R-HINT-GGD")
    assert window.flags_panel.waive_button.text() == "Bewuste keuze…"
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)

    assert fake.asked == [([("R-HINT-GGD", "T-A1")], "")]
    item = row_of(window, "R-HINT-GGD")
    assert item.data(0, FLAG_ROLE).waived
    assert item.text(0).startswith("Bewuste keuze — GGD ontbreekt")
    assert "reden: GGD schuift aan via de gemeenten" in item.text(0)
    assert "GGD en jeugdzorg en wijkteams (bewuste keuze)" in item.parent().text(0)
    assert window.flags_panel.summary.text() == (
        "3 open bevinding(en) · 12 signalering(en) · 2 bewuste keuze(s)")
    # The selection stays on the part; the details show the reason, who and when.
    assert window.flags_panel.current_flag().key == ("R-HINT-GGD", "T-A1")
    details = window.flags_panel.details.toPlainText()
    assert "GGD schuift aan via de gemeenten" in details and "kopgroep, 5 maart 2024" in details
    assert window.flags_panel.unwaive_button.isEnabled()
    assert not window.flags_panel.waive_button.isEnabled()
    # The finding stays open (its other parts are open): badge and status unchanged.
    assert badge(window) == 3 and open_in_status(window) == 3
    waiver = window.document.region.waivers[-1]
    assert (waiver.regel, waiver.onderwerp, waiver.reden, waiver.datum, waiver.door) == (
        "R-HINT-GGD", "T-A1", "GGD schuift aan via de gemeenten", date(2024, 3, 5), "kopgroep")
    assert window.editor.undo_stack.count() == steps + 1
    assert window.editor.undo_stack.undoText() == "Bewuste keuze vastleggen"
    assert window.isWindowModified()
    # Who decided is remembered for the next choice.
    assert settings.get(settings.USER_NAME) == "kopgroep"
    click_row(qtbot, window, "R-HINT-MED")
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)
    assert fake.asked[-1] == ([("R-HINT-MED", "T-A1")], "kopgroep")


def test_waive_a_whole_finding_in_one_step(qtbot, window, monkeypatch):
    fake = FakeWaiverDialog(WaiverAnswer("governance loopt via het convenant", date(2024, 3, 5),
                                         "kopgroep", False))
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(fake))
    original = dump(window)
    click_item(qtbot, window, finding_row(window, "governance"))
    assert window.flags_panel.waive_button.text() == "Bewuste keuze voor de hele bevinding…"
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)

    assert fake.asked == [([("R-GOV-02", "T-A1"), ("R-GOV-03", "T-A1"), ("R-GOV-06", "T-A1"),
                            ("R-GOV-07", "T-A1")], "")]
    assert [(w.regel, w.reden) for w in window.document.region.waivers[-4:]] == [
        (rule, "governance loopt via het convenant")
        for rule in ("R-GOV-02", "R-GOV-03", "R-GOV-06", "R-GOV-07")]
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == "Bewuste keuzes vastleggen"
    # No longer open: one finding fewer on the badge and in the status bar; still listed.
    assert badge(window) == 2 and open_in_status(window) == 2
    row = finding_row(window, "governance")
    assert row.text(0).endswith("(bewuste keuze)")
    assert all(is_waived(window, r) for r in ("R-GOV-02", "R-GOV-03", "R-GOV-06", "R-GOV-07"))
    # Withdrawing them is one step too; undo restores the map exactly.
    click_item(qtbot, window, finding_row(window, "governance"))
    assert window.flags_panel.unwaive_button.text() == "Keuzes intrekken"
    qtbot.mouseClick(window.flags_panel.unwaive_button, LEFT)
    assert dump(window) == original and badge(window) == 3
    window.action("actionUndo").trigger()
    assert badge(window) == 2
    window.action("actionUndo").trigger()
    assert dump(window) == original and not window.isWindowModified()


def test_unwaive_button_and_undo_redo_restore_each_state(qtbot, window, monkeypatch):
    fake = FakeWaiverDialog(WaiverAnswer("bewust", date(2024, 3, 5), "", False))
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(fake))
    original = dump(window)
    click_row(qtbot, window, "R-GOV-09")
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)
    waived = dump(window)
    assert is_waived(window, "R-GOV-09")

    # Un-waive the same flag with the button.
    assert window.flags_panel.current_flag().key == ("R-GOV-09", "T-A1")
    qtbot.mouseClick(window.flags_panel.unwaive_button, LEFT)
    assert not is_waived(window, "R-GOV-09")
    assert dump(window) == original
    assert window.editor.undo_stack.undoText() == "Bewuste keuze intrekken"

    # The pre-existing choice from the file can be withdrawn too.
    click_row(qtbot, window, "R-HINT-JEUGD-WIJK")
    qtbot.mouseClick(window.flags_panel.unwaive_button, LEFT)
    assert not is_waived(window, "R-HINT-JEUGD-WIJK")

    undo = window.action("actionUndo")
    redo = window.action("actionRedo")
    undo.trigger()
    assert is_waived(window, "R-HINT-JEUGD-WIJK")
    undo.trigger()
    assert is_waived(window, "R-GOV-09")
    assert dump(window) == waived
    undo.trigger()
    assert not is_waived(window, "R-GOV-09")
    assert dump(window) == original
    assert not window.isWindowModified()
    redo.trigger()
    assert is_waived(window, "R-GOV-09")
    assert dump(window) == waived


def test_waiving_the_last_open_part_closes_the_finding(qtbot, window, monkeypatch):
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(FakeWaiverDialog(
        WaiverAnswer("bewust", date(2024, 3, 5), "", False))))
    for rule in ("R-GOV-09", "R-GOV-11"):
        click_row(qtbot, window, rule)
        qtbot.mouseClick(window.flags_panel.waive_button, LEFT)
        assert badge(window) == (3 if rule == "R-GOV-09" else 2)
    level = finding_row(window, "regie").data(0, FINDING_ROLE).open_level
    assert level is None and open_in_status(window) == 2


def test_cancelling_the_waiver_dialog_changes_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(FakeWaiverDialog(None)))
    before = dump(window)
    click_row(qtbot, window, "R-IZA-04")
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)
    assert dump(window) == before
    assert window.editor.undo_stack.count() == 0
    assert not is_waived(window, "R-IZA-04")


def test_a_choice_for_the_whole_map_waives_the_rule_and_can_be_withdrawn(qtbot, window,
                                                                        monkeypatch):
    fake = FakeWaiverDialog(WaiverAnswer("overal bewust", date(2024, 3, 5), "", True))
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(fake))
    click_row(qtbot, window, "R-HINT-APOTHEEK")
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)
    assert window.document.region.waivers[-1].onderwerp == "kaart"
    assert is_waived(window, "R-HINT-APOTHEEK")
    click_row(qtbot, window, "R-HINT-APOTHEEK")
    assert window.flags_panel.unwaive_button.text() == "Keuze intrekken (hele kaart)"
    qtbot.mouseClick(window.flags_panel.unwaive_button, LEFT)
    assert not is_waived(window, "R-HINT-APOTHEEK")
    assert all(w.onderwerp != "kaart" for w in window.document.region.waivers)


def test_hiding_deliberate_choices_hides_only_waived_rows(qtbot, window):
    box = window.flags_panel.show_waived
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    rules = {i.data(0, FLAG_ROLE).rule for i in window.flags_panel.flag_items()}
    assert "R-HINT-JEUGD-WIJK" not in rules and len(rules) == 13
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert len(window.flags_panel.flag_items()) == 14


def test_the_waiver_dialog_needs_a_reason_and_lists_what_it_covers(qtbot, window):
    flags = [row_of(window, rule).data(0, FLAG_ROLE) for rule in ("R-HINT-GGD", "R-HINT-MED")]
    dialog = WaiverDialog(flags, "kopgroep", window)
    qtbot.addWidget(dialog)
    dialog.show()
    intro = dialog.findChildren(QLabel)[0].text()
    assert "alle 2 onderdelen" in intro and "GGD ontbreekt bij Zorgtafel Kustmarken" in intro
    assert dialog.by.placeholderText() == "bijvoorbeeld: kopgroep zorgtafel"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    reason = dialog.findChild(QPlainTextEdit, "waiverReason")
    qtbot.keyClicks(reason, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(reason, "besloten in de kopgroep")
    assert ok.isEnabled()
    answer = dialog.answer()
    assert answer.reason == "besloten in de kopgroep" and answer.door == "kopgroep"
    assert answer.datum == date.today() and not answer.whole_map


# -- live ---------------------------------------------------------------------------------
def test_seating_the_ggd_makes_its_flag_disappear_and_undo_brings_it_back(qtbot, window,
                                                                          monkeypatch):
    chooser = Chooser("Lid, kopgroep")
    monkeypatch.setattr(window.interactions, "ask_choice", chooser)
    assert row_of(window, "R-HINT-GGD") is not None
    seats = len(window.document.region.seats)

    shift_drag(qtbot, window, "A14", "T-A1")  # GGD Kust en Delta → Zorgtafel

    assert chooser.asked[0][0] == "GGD Kust en Delta aan Zorgtafel Kustmarken"
    seat = window.document.region.seats[-1]
    assert (seat.tafel, seat.partij, seat.rol, seat.ring) == ("T-A1", "A14", "lid", "kopgroep")
    assert len(window.document.region.seats) == seats + 1
    assert row_of(window, "R-HINT-GGD") is None
    assert ("R-HINT-GGD", "T-A1", False) not in flag_keys(window.checker.flags)
    # The composition finding is still open (other parts): the counts stay.
    assert badge(window) == 3 and open_in_status(window) == 3
    assert "GGD" not in finding_row(window, "samenstelling").text(0)
    assert window.scene.edges[seat.uid].source is node(window, "A14")

    window.action("actionUndo").trigger()
    assert row_of(window, "R-HINT-GGD") is not None
    assert flag_keys(window.checker.flags) == expected_flags()
    assert badge(window) == 3 and seat.uid not in window.scene.edges

    window.action("actionRedo").trigger()
    assert row_of(window, "R-HINT-GGD") is None


def test_typing_a_governance_field_clears_its_flag_while_typing(qtbot, window):
    window.show_subject("T-A1")
    field = window.properties.findChild(QPlainTextEdit, "field_verantwoordelijkheden")
    assert field is not None and row_of(window, "R-GOV-02") is not None
    field.setFocus()
    qtbot.keyClicks(field, "A01 en A05 samen")
    assert row_of(window, "R-GOV-02") is None
    assert window.document.by_id("T-A1").verantwoordelijkheden == "A01 en A05 samen"
    assert window.editor.undo_stack.count() == 1  # typing merges into one step
    window.action("actionUndo").trigger()
    assert row_of(window, "R-GOV-02") is not None
    assert field.toPlainText() == ""
