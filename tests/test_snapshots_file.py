"""Snapshots (momentopnames) in the ``.regiokaart`` file, and what a spreadsheet does with them.

A snapshot keeps the whole map as it was (positions, choices and own rules included) and
survives save and load exactly, written by the same code as the file's own map. A broken
snapshot is refused with its name in the message; a spreadsheet holds none, and
``convert`` says so.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from change_maps import after, before

from stakeholders.io import regiokaart
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapLoadError
from stakeholders.model import snapshots
from stakeholders.model.ops import apply_to, invert
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids

ROOT = Path(__file__).resolve().parent.parent


def with_snapshots() -> RegionMap:
    """The later map, holding two snapshots: the earlier map and itself before a move."""
    region = after()
    old = before()
    for op in snapshots.plan_add(old, "Zorgtafel januari", date(2025, 1, 10), "voor de tafel"):
        apply_to(old, op)
    region.snapshots = list(old.snapshots)
    for op in snapshots.plan_add(region, "Na de tafel", date(2025, 2, 1)):
        apply_to(region, op)
    return region


def _load(path: Path):
    return load_map(path, known_rules=known_rule_ids, today=date(2025, 1, 15))


# -- round trip ---------------------------------------------------------------------------------
def test_snapshots_survive_save_and_load_exactly(tmp_path: Path) -> None:
    region = with_snapshots()
    path = tmp_path / "kust.regiokaart"
    save_map(region, path)
    result = _load(path)
    assert result.warnings == []
    assert result.map == region
    first, second = result.map.snapshots
    assert (first.naam, first.datum, first.notities) == (
        "Zorgtafel januari", date(2025, 1, 10), "voor de tafel")
    # the map as it was: parties with their positions, tables, choices and own rules
    assert first.kaart == before()
    assert [p.pos for p in first.kaart.parties] == [p.pos for p in before().parties]
    assert first.kaart.custom_rules[1]["id"] == "R-REGIO-02"
    assert [w.regel for w in first.kaart.waivers] == ["R-IZA-04", "R-GOV-07"]
    assert second.kaart.snapshots == []  # a snapshot holds no snapshots
    assert second.kaart == replace(region, snapshots=[])


def test_the_snapshot_section_is_the_same_format_as_the_map(tmp_path: Path) -> None:
    path = tmp_path / "kust.regiokaart"
    save_map(with_snapshots(), path)
    data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=lambda p: p)
    keys = [k for k, _v in data]
    assert keys[-1] == "momentopnames"
    assert dict(data)["formaatversie"] == 1
    first = dict(dict(data)["momentopnames"][0])
    assert list(first)[:3] == ["naam", "datum", "notities"]
    assert dict(first)["datum"] == "2025-01-10"
    # the map part of a snapshot is exactly what the file writes for a map of its own
    plain = json.loads(path.read_text(encoding="utf-8"))["momentopnames"][0]
    body = {k: v for k, v in plain.items() if k not in ("naam", "datum", "notities")}
    assert body == json.loads(json.dumps(regiokaart.map_body(before())))


def test_saving_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.regiokaart", tmp_path / "b.regiokaart"
    save_map(with_snapshots(), first)
    save_map(_load(first).map, second)
    assert first.read_bytes() == second.read_bytes()


def test_a_map_without_snapshots_writes_no_section(tmp_path: Path) -> None:
    path = tmp_path / "kust.regiokaart"
    save_map(before(), path)
    assert "momentopnames" not in json.loads(path.read_text(encoding="utf-8"))


# -- refusals and warnings ----------------------------------------------------------------------
def _edited(tmp_path: Path, change) -> Path:
    path = tmp_path / "kust.regiokaart"
    save_map(with_snapshots(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _errors(path: Path) -> list[str]:
    before_bytes = path.read_bytes()
    with pytest.raises(MapLoadError) as info:
        _load(path)
    assert path.read_bytes() == before_bytes
    return [p.text() for p in info.value.errors]


def test_an_error_inside_a_snapshot_names_the_snapshot(tmp_path: Path) -> None:
    def breaks(data):
        data["momentopnames"][0]["partijen"][1]["type"] = "bakkerij"
        data["momentopnames"][1]["zetels"][1]["partij"] = "ZZ9"

    errors = _errors(_edited(tmp_path, breaks))
    assert len(errors) == 2, errors
    assert errors[0].startswith("momentopname 'Zorgtafel januari', partijen, item 2, veld type")
    assert "bakkerij" in errors[0]
    assert errors[1].startswith("momentopname 'Na de tafel', zetels, item 2, veld partij")


def test_snapshot_fields_are_checked(tmp_path: Path) -> None:
    def breaks(data):
        data["momentopnames"][0]["datum"] = "31-02-2025"
        data["momentopnames"][1]["naam"] = " zorgtafel JANUARI "
        del data["momentopnames"][1]["datum"]

    errors = _errors(_edited(tmp_path, breaks))
    assert errors[0].startswith("momentopnames, item 1, veld datum:"), errors
    assert any(e.startswith("momentopnames, item 2, veld naam: er is al een momentopname")
               for e in errors), errors
    assert any(e.startswith("momentopnames, item 2, veld datum: verplicht veld is leeg")
               for e in errors), errors


def test_a_snapshot_must_be_an_object_in_a_list(tmp_path: Path) -> None:
    errors = _errors(_edited(tmp_path, lambda d: d.update(momentopnames={"naam": "x"})))
    assert errors == ["kust.regiokaart: 'momentopnames' moet een lijst zijn"]
    errors = _errors(_edited(tmp_path, lambda d: d["momentopnames"].append("x")))
    assert errors == ["momentopnames, item 3: moet een object zijn"]


def test_an_unknown_key_in_a_snapshot_is_named_and_ignored(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda d: d["momentopnames"][0].update(kleur="rood"))
    result = _load(path)
    assert [w.text() for w in result.warnings] == [
        "momentopname 'Zorgtafel januari': onbekend onderdeel 'kleur' wordt genegeerd"]
    assert result.map == with_snapshots()


# -- spreadsheets hold no snapshots ------------------------------------------------------------
def test_a_spreadsheet_leaves_snapshots_out_and_convert_says_so(tmp_path: Path) -> None:
    source = tmp_path / "kust.regiokaart"
    save_map(with_snapshots(), source)
    target = tmp_path / "kust.xlsx"
    result = subprocess.run([sys.executable, "-m", "stakeholders", "convert", source, target],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "2 momentopname(n) worden weggelaten: alleen een .regiokaart bewaart ze" \
        in result.stderr
    assert _load(target).map.snapshots == []
    graph = tmp_path / "kust.graphml"  # the exchange formats hold none either
    result = subprocess.run([sys.executable, "-m", "stakeholders", "convert", source, graph],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "2 momentopname(n) worden weggelaten" in result.stderr
    rules = len(with_snapshots().custom_rules)
    assert rules > 0
    assert (f"{rules} eigen regel(s) en de keuzes daarover worden weggelaten: alleen een "
            ".regiokaart bewaart ze") in result.stderr
    back = tmp_path / "terug.regiokaart"
    result = subprocess.run([sys.executable, "-m", "stakeholders", "convert", source, back],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "momentopname" not in result.stderr
    assert "eigen regel" not in result.stderr
    assert [s.naam for s in _load(back).map.snapshots] == ["Zorgtafel januari", "Na de tafel"]


# -- making and removing ------------------------------------------------------------------------
def test_a_snapshot_is_the_map_as_it_was_and_later_edits_leave_it_alone() -> None:
    region = before()
    ops = snapshots.plan_add(region, "  Zorgtafel   januari ", date(2025, 1, 10))
    for op in ops:
        apply_to(region, op)
    taken = region.snapshots[0]
    assert taken.naam == "Zorgtafel januari"
    assert taken.label == "Zorgtafel januari (10 januari 2025)"
    region.parties.pop()
    region.custom_rules[0]["level"] = "vereist"
    assert taken.kaart == before()
    for op in invert(ops):
        apply_to(region, op)
    assert region.snapshots == []


def test_names_are_required_unique_and_short() -> None:
    region = before()
    for op in snapshots.plan_add(region, "Maart", date(2025, 3, 1)):
        apply_to(region, op)
    for name, message in (("", "een momentopname heeft een naam nodig"),
                          (" maart ", "er is al een momentopname 'maart'"),
                          ("x" * 81, "de naam van een momentopname is hoogstens 80 tekens")):
        with pytest.raises(snapshots.SnapshotError, match=message):
            snapshots.plan_add(region, name, date(2025, 3, 2))
    assert snapshots.find(region.snapshots, "MAART ") is region.snapshots[0]
    for op in snapshots.plan_remove(region, "maart"):
        apply_to(region, op)
    assert region.snapshots == []
    with pytest.raises(snapshots.SnapshotError, match="er is geen momentopname 'maart'"):
        snapshots.plan_remove(region, "maart")


def test_a_snapshot_judges_mandates_on_its_own_date() -> None:
    region = before()
    region.info = replace(region.info, peildatum=None)
    for op in snapshots.plan_add(region, "Oud", date(2024, 6, 1)):
        apply_to(region, op)
    assert region.snapshots[0].reference_date() == date(2024, 6, 1)
    assert region.reference_date(date(2025, 1, 15)) == date(2025, 1, 15)
