"""Rules version 2 in the GUI: werkgebied by name, own rules' choices, the Dutch of the issue.

Each test drives the real window: the property panel's gemeente picker, the
flags panel's buttons, the menus and docks, and checks what a user sees.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from test_gui_support import KUSTMARKEN_MAP, open_quietly, open_window

from stakeholders.model import edits
from stakeholders.ui.dialogs.region_rules import RegionRulesDialog
from stakeholders.ui.dialogs.waiver import WaiverAnswer, WaiverDialog
from stakeholders.ui.panels.flags import FLAG_ROLE
from stakeholders.ui.panels.gemeenten import GemeentePicker

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def jr_flag(window):
    return next((f for f in window.checker.flags if (f.rule, f.subject) == ("R-JR-01", "T-A4")),
                None)


def picker(window, uid_of: str) -> GemeentePicker:
    window.show_subject(uid_of)
    widget = window.properties.findChild(GemeentePicker, "field_werkgebied")
    assert widget is not None
    return widget


def test_werkgebied_is_chosen_by_name_stored_as_codes_and_checked(qtbot, window):
    """Picking 'Amsterdam' for the jeugdregio stores GM0363 and R-JR-01 checks that gemeente."""
    widget = picker(window, "T-A4")
    assert widget.names() == []
    assert jr_flag(window) is None  # every gemeente on the map sits at the jeugdregio
    widget.search.setFocus()
    qtbot.keyClicks(widget.search, "Amsterdam")
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)

    table = window.document.by_id("T-A4")
    assert table.werkgebied == ("GM0363",)
    assert widget.names() == ["Amsterdam"] and widget.search.text() == ""
    assert window.editor.undo_stack.count() == 1
    flag = jr_flag(window)
    assert flag.message_nl == ("Niet alle gemeenten van het werkgebied doen mee aan Regiotafel "
                               "Jeugd en Wmo Kustmarken: Amsterdam ontbreken.")

    # Delete removes the selected gemeente; undo brings it back.
    widget.list.setCurrentRow(0)
    widget.list.setFocus()
    qtbot.keyClick(widget.list, Qt.Key.Key_Delete)
    assert window.document.by_id("T-A4").werkgebied == ()
    window.action("actionUndo").trigger()
    assert window.document.by_id("T-A4").werkgebied == ("GM0363",)
    assert picker(window, "T-A4").names() == ["Amsterdam"]


def test_werkgebied_of_the_gemeenten_on_the_map_in_one_step(qtbot, window):
    region = window.document.region
    for party in region.parties:  # give every gemeente party of Kustmarken a CBS code
        if party.type == "gemeente":
            code = f"GM{9000 + region.parties.index(party):04d}"
            window.editor.set_fields(party.uid, {"gemeenten": (code,)})
    steps = window.editor.undo_stack.count()
    widget = picker(window, "T-A4")
    qtbot.mouseClick(widget.all_button, LEFT)
    table = window.document.by_id("T-A4")
    gemeenten = [p for p in window.document.region.parties if p.type == "gemeente"]
    assert table.werkgebied == tuple(p.gemeenten[0] for p in gemeenten)
    # Codes the CBS list does not know are shown by the name of their gemeente party.
    assert widget.names() == [p.naam for p in gemeenten]
    assert window.editor.undo_stack.count() == steps + 1
    # Every gemeente of the werkgebied sits at the jeugdregio: the flag is gone.
    assert not any(f.rule == "R-JR-01" for f in window.checker.flags)


def test_a_code_in_the_wrong_form_is_refused_with_a_message(qtbot, window):
    refused: list[str] = []
    window.editor.edit_refused.connect(refused.append)
    table = window.document.by_id("T-A4")
    assert not window.editor.set_fields(table.uid, {"werkgebied": ("Havenstad",)})
    assert refused == ["'Havenstad' is geen CBS-gemeentecode (vorm GM0000)"]
    assert window.document.by_id("T-A4").werkgebied == ()


def test_a_choice_on_the_regions_own_rule_is_accepted(qtbot, window, monkeypatch):
    """Bug of v1: 'onbekende regel R-REGIO-01' although .regiokaart accepts it."""
    rule = edits.expectation_rule("R-REGIO-01", "aanbevolen", ["zorgtafel", "iza-regiotafel"],
                                  ["woningcorporatie"], "woningcorporaties")
    dialog = RegionRulesDialog(window.editor, window)
    qtbot.addWidget(dialog)
    assert dialog.add(rule)
    refused: list[str] = []
    window.editor.edit_refused.connect(refused.append)
    monkeypatch.setattr(WaiverDialog, "ask", staticmethod(
        lambda flags, by="", parent=None: WaiverAnswer("later", date(2025, 1, 1), "", False)))
    assert window.flags_panel.select_flag("R-REGIO-01", "T-A1")
    row = window.flags_panel.tree.currentItem()
    assert row.data(0, FLAG_ROLE).basis == "regio"
    assert "eigen verwachting" in window.flags_panel.details.toPlainText()
    qtbot.mouseClick(window.flags_panel.waive_button, LEFT)
    assert refused == []
    waiver = window.document.region.waivers[-1]
    assert (waiver.regel, waiver.onderwerp) == ("R-REGIO-01", "T-A1")
    assert next(f for f in window.checker.flags if f.rule == "R-REGIO-01").waived
    # The Keuzes choices of the property panel offer the own rule too.
    window.show_subject("T-A1")
    window.properties.show_uids([waiver.uid])
    rules = window.properties.findChild(QComboBox, "field_regel")
    assert rules.findData("R-REGIO-01") >= 0


def test_the_words_of_issue_8(qtbot, window):
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert "Schikken" in menus and "Indeling" not in menus
    items = [a.text().replace("&", "") for a in menus["Schikken"].actions()]
    assert any(t.startswith("Automatisch") for t in items)
    view = [a.text().replace("&", "") for a in menus["Beeld"].actions()]
    assert "Alles in beeld" in view
    assert window.palette_dock.windowTitle() == "Partijtypen"
    assert window.flags_dock.windowTitle() == "Bevindingen"
    # The regio-indeling drop-down shows labels and stores the slug.
    window.show_subject("nobody")
    window.properties.show_uids([])
    combo = window.properties.findChild(QComboBox, "field_regio_indeling")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "ROAZ-regio" in labels and "regio acute psychiatrie" in labels
    assert combo.currentText() == "zorgkantoorregio"
    combo.setCurrentIndex(combo.findData("roaz-regio"))
    assert window.document.region.info.regio_indeling == "roaz-regio"
    assert combo.currentText() == "ROAZ-regio"
    combo.lineEdit().setText("eigen indeling")
    assert window.document.region.info.regio_indeling == "eigen indeling"
    # Property labels of a seat and a mandate.
    seat = window.document.region.seats[0]
    window.properties.show_uids([seat.uid])
    assert window.properties.form.labelForField(
        window.properties.widgets["gecompenseerd"]).text() == "Vergoeding voor deelname"
    mandate = window.document.region.mandates[0]
    window.properties.show_uids([mandate.uid])
    assert window.properties.form.labelForField(
        window.properties.widgets["houder"]).text() == "Mandaathouder"
    assert isinstance(window.properties.findChild(QLineEdit, "field_namens_subregio"), QLineEdit)
