"""Issue 11: one chair. The table's Voorzitter field and a seat's role voorzitter are one fact:
an edit of either keeps the other in step, and every place shows the same chair (the
property panel, the seat's role, the line on the canvas, the page's table list, the rules).

``spreadsheet-format.md``: a table's chair is its ``voorzitter`` cell, else the one seat with
role ``voorzitter``; a chair who is also initiator is recorded as ``voorzitter`` = the party
plus a seat with role ``initiatiefnemer``.
"""

from __future__ import annotations

import pytest
from builders import region
from test_gui_support import click, field, node, open_window, pick_combo

from stakeholders.export.content import build_content
from stakeholders.export.options import ExportOptions
from stakeholders.look.display import seat_look
from stakeholders.model import edits
from stakeholders.model.chairs import chair_of, shown_role
from stakeholders.model.entities import Seat
from stakeholders.model.ops import apply_to
from stakeholders.rules.context import CheckContext

SHEETS = {
    "Partijen": "id,naam,type\nG1,Gemeente Aa,gemeente\nZ1,Zorgverzekeraar Bee,zorgverzekeraar\n"
                "H1,Ziekenhuis Cee,ziekenhuis",
    "Tafels": "id,naam,soort,voorzitter\nT1,Zorgtafel Dee,zorgtafel,",
    "Zetels": "tafel,partij,rol\nT1,G1,voorzitter\nT1,Z1,lid\nT1,H1,initiatiefnemer",
}


def apply(region_map, ops) -> None:
    for op in ops:
        apply_to(region_map, op)


def table(region_map):
    return region_map.tables[0]


def seat(region_map, party_id):
    return next(s for s in region_map.seats if s.partij == party_id)


@pytest.fixture
def seated_chair():
    """The chair only in Zetels (the cell is empty): as a spreadsheet may give it."""
    return region(**SHEETS)


def test_the_chair_of_a_seat_only_chair_is_that_party(seated_chair):
    assert table(seated_chair).voorzitter == ""
    assert chair_of(seated_chair, table(seated_chair)) == "G1"
    context = CheckContext(seated_chair, seated_chair.reference_date())
    assert context.chair(table(seated_chair)) == "G1"


def test_a_new_chair_seat_fills_the_tables_chair():
    region_map = region(Partijen=SHEETS["Partijen"], Tafels="id,naam,soort\nT1,Tafel,zorgtafel")
    apply(region_map, edits.add_seat(region_map, Seat("T1", "Z1", rol="voorzitter")))
    assert table(region_map).voorzitter == "Z1"


def test_making_a_seat_chair_fills_the_tables_chair(seated_chair):
    apply(seated_chair, edits.set_fields(seated_chair, "seat", seat(seated_chair, "Z1").uid,
                                         {"rol": "voorzitter"}))
    assert table(seated_chair).voorzitter == "Z1"
    assert seat(seated_chair, "G1").rol == "lid"


def test_choosing_the_chair_in_the_table_gives_its_seat_the_role(seated_chair):
    apply(seated_chair, edits.set_fields(seated_chair, "table", table(seated_chair).uid,
                                         {"voorzitter": "Z1"}))
    assert seat(seated_chair, "Z1").rol == "voorzitter"
    assert seat(seated_chair, "G1").rol == "lid"
    assert chair_of(seated_chair, table(seated_chair)) == "Z1"


def test_an_initiator_who_becomes_chair_stays_initiator(seated_chair):
    apply(seated_chair, edits.set_fields(seated_chair, "table", table(seated_chair).uid,
                                         {"voorzitter": "H1"}))
    assert table(seated_chair).voorzitter == "H1"
    assert seat(seated_chair, "H1").rol == "initiatiefnemer"
    assert shown_role(seated_chair, seat(seated_chair, "H1")) == "initiatiefnemer"
    assert seat(seated_chair, "G1").rol == "lid"
    _style, label = seat_look(seated_chair, seat(seated_chair, "H1"), table(seated_chair))
    assert label == "voorzitter, initiatiefnemer"


def test_no_chair_in_the_table_means_no_chair_seat(seated_chair):
    apply(seated_chair, edits.set_fields(seated_chair, "table", table(seated_chair).uid,
                                         {"voorzitter": "Z1"}))
    apply(seated_chair, edits.set_fields(seated_chair, "table", table(seated_chair).uid,
                                         {"voorzitter": ""}))
    assert seat(seated_chair, "Z1").rol == "lid"
    assert chair_of(seated_chair, table(seated_chair)) == ""


def test_a_chair_in_the_table_with_a_plain_seat_shows_as_chair_and_can_step_down():
    region_map = region(Partijen=SHEETS["Partijen"],
                        Tafels="id,naam,soort,voorzitter\nT1,Tafel,zorgtafel,Z1",
                        Zetels="tafel,partij,rol\nT1,Z1,lid")
    assert shown_role(region_map, seat(region_map, "Z1")) == "voorzitter"
    apply(region_map, edits.set_fields(region_map, "seat", seat(region_map, "Z1").uid,
                                       {"rol": "lid"}))
    assert table(region_map).voorzitter == ""
    assert chair_of(region_map, table(region_map)) == ""


def test_the_page_names_the_same_chair(seated_chair):
    content = build_content(seated_chair, ExportOptions())
    assert content.tables[0].chair.startswith("Gemeente Aa")


# -- in the window ----------------------------------------------------------------------------
def test_the_panel_shows_the_seated_chair_and_changing_it_moves_the_seat_role(qtbot,
                                                                              seated_chair):
    window = open_window(qtbot)
    window.files._install(seated_chair, None, imported=False)
    qtbot.wait(1)
    click(qtbot, window, node(window, "T1"))
    qtbot.wait(10)
    chair = field(window, "voorzitter")
    assert chair.currentData() == "G1", f"the panel says {chair.currentText()!r}"
    pick_combo(qtbot, chair, "Z1")
    assert seat(window.document.region, "Z1").rol == "voorzitter"
    assert seat(window.document.region, "G1").rol == "lid"
    labels = {window.document.entity(uid).partij: edge.label
              for uid, edge in window.scene.edges.items()
              if window.document.kind_of(uid) == "seat"}
    assert labels["Z1"] == "voorzitter" and labels["G1"] == ""
    window.editor.undo_stack.undo()
    assert field(window, "voorzitter").currentData() == "G1"
    assert seat(window.document.region, "G1").rol == "voorzitter"


def test_the_seat_panel_shows_voorzitter_for_the_tables_chair(qtbot):
    window = open_window(qtbot)
    window.files._install(region(Partijen=SHEETS["Partijen"],
                                 Tafels="id,naam,soort,voorzitter\nT1,Tafel,zorgtafel,Z1",
                                 Zetels="tafel,partij,rol\nT1,Z1,lid"), None, imported=False)
    qtbot.wait(1)
    window.scene.select_uids([seat(window.document.region, "Z1").uid])
    qtbot.wait(10)
    role = field(window, "rol")
    assert role.currentData() == "voorzitter"
    pick_combo(qtbot, role, "lid")
    assert window.document.region.tables[0].voorzitter == ""
