"""Issue 3 in the GUI: waive and un-waive flags, and watch flags follow every edit live.

The flags panel's buttons, the canvas badges and the status bar must always
tell the same story; waiving is an edit like any other (one undo step).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit
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
from stakeholders.ui.panels.flags import FLAG_ROLE

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
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, flag, default_by: str = "", parent=None) -> WaiverAnswer | None:
        self.asked.append((flag.rule, flag.subject, default_by))
        return self.answer


def row_of(window, rule: str, subject: str = "T-A1"):
    for item in window.flags_panel.flag_items():
        flag = item.data(0, FLAG_ROLE)
        if flag.key == (rule, subject):
            return item
    return None


def click_row(qtbot, window, rule: str, subject: str = "T-A1") -> None:
    tree = window.flags_panel.tree
    item = row_of(window, rule, subject)
    assert item is not None, f"{rule} is not listed"
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
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


def test_waive_via_the_button_marks_the_flag_everywhere_as_one_undo_step(qtbot, window,
                                                                        monkeypatch):
    fake = FakeWaiverDialog(WaiverAnswer("GGD schuift aan via de gemeenten", date(2024, 3, 5),
                                         "kopgroep", False))
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(fake))
    badge_before, status_before = badge(window), open_in_status(window)
    assert (badge_before, status_before) == (13, 13)
    steps = window.editor.undo_stack.count()

    click_row(qtbot, window, "R-HINT-GGD")
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)

    assert fake.asked == [("R-HINT-GGD", "T-A1", "")]
    # Panel: still listed, now as "bewuste keuze" with the reason.
    item = row_of(window, "R-HINT-GGD")
    assert item.data(0, FLAG_ROLE).waived
    assert item.parent().text(0) == "Bewuste keuze"
    assert "bewuste keuze: GGD schuift aan via de gemeenten" in item.text(0)
    assert window.flags_panel.summary.text().startswith("12 open · 2 bewuste keuze")
    # The selection stays on the flag; the details show the reason, who and when.
    assert window.flags_panel.current_flag().key == ("R-HINT-GGD", "T-A1")
    details = window.flags_panel.details.toPlainText()
    assert "GGD schuift aan via de gemeenten" in details and "kopgroep, 2024-03-05" in details
    assert window.flags_panel.unwaive_button.isEnabled()
    assert not window.flags_panel.waive_button.isEnabled()
    # Canvas badge and status bar.
    assert badge(window) == badge_before - 1
    assert open_in_status(window) == status_before - 1
    # The map holds the choice; it is one undo step and the map is modified.
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
    assert fake.asked[-1] == ("R-HINT-MED", "T-A1", "kopgroep")


def test_unwaive_button_and_undo_redo_restore_each_state(qtbot, window, monkeypatch):
    fake = FakeWaiverDialog(WaiverAnswer("bewust", date(2024, 3, 5), "", False))
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(fake))
    original = dump(window)
    click_row(qtbot, window, "R-HINT-GGD")
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)
    waived = dump(window)
    assert is_waived(window, "R-HINT-GGD")

    # Un-waive the same flag with the button.
    assert window.flags_panel.current_flag().key == ("R-HINT-GGD", "T-A1")
    qtbot.mouseClick(window.flags_panel.unwaive_button, LEFT)
    assert not is_waived(window, "R-HINT-GGD")
    assert badge(window) == 13 and open_in_status(window) == 13
    assert dump(window) == original
    assert window.editor.undo_stack.undoText() == "Bewuste keuze intrekken"

    # The pre-existing choice from the file can be withdrawn too.
    click_row(qtbot, window, "R-HINT-JEUGD-WIJK")
    qtbot.mouseClick(window.flags_panel.unwaive_button, LEFT)
    assert not is_waived(window, "R-HINT-JEUGD-WIJK")
    assert badge(window) == 14

    undo = window.action("actionUndo")
    redo = window.action("actionRedo")
    undo.trigger()
    assert is_waived(window, "R-HINT-JEUGD-WIJK") and badge(window) == 13
    undo.trigger()
    assert is_waived(window, "R-HINT-GGD") and badge(window) == 12
    assert dump(window) == waived
    undo.trigger()
    assert not is_waived(window, "R-HINT-GGD")
    assert dump(window) == original
    assert not window.isWindowModified()
    redo.trigger()
    assert is_waived(window, "R-HINT-GGD") and open_in_status(window) == 12
    assert dump(window) == waived


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


def test_the_waiver_dialog_needs_a_reason(qtbot, window):
    flag = row_of(window, "R-HINT-GGD").data(0, FLAG_ROLE)
    dialog = WaiverDialog(flag, "kopgroep", window)
    qtbot.addWidget(dialog)
    dialog.show()
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
    assert badge(window) == 12 and open_in_status(window) == 12
    assert window.scene.edges[seat.uid].source is node(window, "A14")

    window.action("actionUndo").trigger()
    assert row_of(window, "R-HINT-GGD") is not None
    assert flag_keys(window.checker.flags) == expected_flags()
    assert badge(window) == 13 and seat.uid not in window.scene.edges

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
