"""Issue 11: picking a table's kind says which rule groups the kind brings (from the rule
catalogue), when adding a table and in the property panel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from test_gui_support import (
    KUSTMARKEN_MAP,
    click,
    field,
    node,
    open_quietly,
    open_window,
    party,
    pick_combo,
)

from stakeholders.model import vocab
from stakeholders.rules.kind_rules import kind_rules


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def test_the_add_table_choice_names_the_rule_groups(qtbot, monkeypatch, window):
    edit = window.edit_actions
    offered: list[str] = []
    monkeypatch.setattr(edit, "ask_text", lambda *a, **k: "Overleg acute zorg Kust")

    def ask_item(title, label, items):
        offered.extend(items)
        return next(i for i in items if i.startswith(vocab.table_kinds().by_id["roaz"].label_nl))

    monkeypatch.setattr(edit, "ask_item", ask_item)
    window.action("actionAddTable").trigger()
    assert window.document.region.tables[-1].soort == "roaz"
    iza = next(i for i in offered if i.startswith("IZA-regiotafel"))
    for theme in kind_rules("iza-regiotafel").themes:
        assert theme in iza
    assert "akkoord (IZA)" in iza
    assert "mandaten" not in next(i for i in offered if i.startswith("regionale zorgtafel"))
    assert "geen eigen regels" in next(i for i in offered if i.startswith("werkgroep"))


def test_the_property_panel_says_what_the_kind_brings(qtbot, window):
    click(qtbot, window, node(window, "T-A1"))  # an IZA-regiotafel
    qtbot.wait(20)
    note = window.properties.findChild(QLabel, "kindRules")
    assert note is not None and note.isVisible()
    iza = kind_rules("iza-regiotafel")
    assert "mandaten" in note.text() and f"{iza.rules} regels" in note.text()
    pick_combo(qtbot, field(window, "soort"), "zorgtafel")
    assert party(window, "T-A1").soort == "zorgtafel"
    zorgtafel = kind_rules("zorgtafel")
    assert all(theme in note.text() for theme in zorgtafel.themes)
    assert "mandaten" not in note.text() and f"{zorgtafel.rules} regels" in note.text()
    window.action("actionUndo").trigger()
    assert party(window, "T-A1").soort == "iza-regiotafel"
    assert "mandaten" in note.text()
