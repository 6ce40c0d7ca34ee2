"""Issue 11: the parkeerplaats, a tray for parties whose type or table is not known yet.

It is a field of the schema (Partijen ``parkeerplaats``, ja/nee): imported, edited,
saved in ``.regiokaart`` and in both spreadsheets, where the column appears only when a
party is parked (a map without one writes exactly the format's columns).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from builders import region as imported

from stakeholders.io.formats import load_map, save_map
from stakeholders.io.rows import sheet_rows
from stakeholders.layout.parking import COLUMNS, SLOT_WIDTH, TRAY_GAP, tray_places
from stakeholders.rules.catalogue import known_rule_ids

PARTIJEN = ("id;naam;type;parked\nP1;Gemeente A;gemeente;\nP2;Buurtteam;onbekend;ja\n")


def test_a_spreadsheet_marks_parked_parties():
    region = imported(Partijen=PARTIJEN)
    assert [p.parkeerplaats for p in region.parties] == [False, True]
    assert region.parties[1].type == "anders"  # "onbekend" is an alias of anders


@pytest.mark.parametrize("name", ["kaart.xlsx", "csv/", "kaart.regiokaart"])
def test_every_file_keeps_the_parkeerplaats(tmp_path: Path, name: str):
    region = imported(Partijen=PARTIJEN)
    target = str(tmp_path / name) + ("/" if name.endswith("/") else "")
    save_map(region, target)
    back = load_map(Path(target), known_rules=known_rule_ids).map
    assert [p.parkeerplaats for p in back.parties] == [False, True]


def test_the_column_is_written_only_when_a_party_is_parked():
    region = imported(Partijen=PARTIJEN)
    header = sheet_rows(region)["Partijen"][0]
    assert header[header.index("belang") + 1] == "parkeerplaats"
    assert sheet_rows(region)["Partijen"][2][header.index("parkeerplaats")] == "ja"
    region.parties[1] = replace(region.parties[1], parkeerplaats=False)
    assert "parkeerplaats" not in sheet_rows(region)["Partijen"][0]


def test_tray_slots_lie_right_of_the_map_and_skip_taken_ones():
    region = imported(Partijen="id;naam;type\nP1;A;gemeente\nP2;B;ggd\nP3;C;ggz\n")
    region.parties[0] = replace(region.parties[0], pos=(0.0, 0.0))
    region.parties[1] = replace(region.parties[1], pos=(500.0, -200.0))
    first = tray_places(region, 1)[0]
    assert first == (500.0 + TRAY_GAP, -100.0)
    region.parties[2] = replace(region.parties[2], pos=first, parkeerplaats=True)
    second, third = tray_places(region, 2)
    assert second == (first[0] + SLOT_WIDTH, first[1])
    assert third[0] == first[0] + 2 * SLOT_WIDTH if COLUMNS > 2 else third[1] > first[1]
    # The party being parked does not count as the map, nor as a taken slot.
    assert tray_places(region, 1, ignore=[region.parties[2].uid])[0] == first
