"""Comparing two maps: every kind of change, field by field, and findings resolved and new.

The two versions of :mod:`change_maps` differ in one of everything; the comparison must
report each, and nothing else (moved positions are no change). ``stakeholders diff``
prints the same as text and JSON, for two files or a file and one of its snapshots.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from change_maps import PEILDATUM, after, before

from stakeholders.io.formats import save_map
from stakeholders.model import snapshots
from stakeholders.model.diff import Change, diff_maps
from stakeholders.model.entities import Waiver
from stakeholders.model.kinds import EntityKind
from stakeholders.model.ops import apply_to
from stakeholders.rules.change_report import as_dict, as_text
from stakeholders.rules.changes import Side, compare
from stakeholders.rules.expiry import Band, mandate_timeline

ROOT = Path(__file__).resolve().parent.parent


def _keys(diff, kind, change) -> list[str]:
    return [c.key for c in diff.of_kind(kind, change)]


def _fields(diff, kind, key) -> dict[str, tuple]:
    change = next(c for c in diff.of_kind(kind, Change.CHANGED) if c.key == key)
    return {f.name: (f.old, f.new) for f in change.fields}


# -- the map ----------------------------------------------------------------------------------
def test_every_kind_of_entity_added_removed_and_changed() -> None:
    diff = diff_maps(before(), after())
    assert _keys(diff, EntityKind.PARTY, Change.ADDED) == ["P9"]
    assert _keys(diff, EntityKind.PARTY, Change.REMOVED) == ["W1"]
    assert _keys(diff, EntityKind.PARTY, Change.CHANGED) == ["G1", "H1"]
    assert _fields(diff, EntityKind.PARTY, "H1") == {
        "naam": ("Huisartsenkring Kust", "Huisartsenkring Kust-Noord")}
    assert _fields(diff, EntityKind.PARTY, "G1") == {
        "gemeenten": (("GM0363",), ("GM0363", "GM0344"))}
    assert _keys(diff, EntityKind.TABLE, Change.ADDED) == ["T3"]
    assert _keys(diff, EntityKind.TABLE, Change.REMOVED) == ["T2"]
    assert _keys(diff, EntityKind.SEAT, Change.ADDED) == ["T1/P9", "T3/P9"]
    assert _keys(diff, EntityKind.SEAT, Change.REMOVED) == ["T1/W1", "T2/W1"]
    assert _fields(diff, EntityKind.SEAT, "T1/G1") == {"ring": ("kopgroep", "tweede-ring")}
    assert _keys(diff, EntityKind.MANDATE, Change.ADDED) == ["P9/G2/T3"]
    assert _keys(diff, EntityKind.MANDATE, Change.REMOVED) == ["H1/type:huisartsen"]
    assert _fields(diff, EntityKind.MANDATE, "G1/G2/T1") == {
        "geldig-tot": (date(2025, 3, 1), date(2026, 3, 1))}
    assert _keys(diff, EntityKind.RELATION, Change.ADDED) == ["P9/T3/informeert"]
    assert _keys(diff, EntityKind.RELATION, Change.REMOVED) == ["G1/W1/informeert"]
    assert _fields(diff, EntityKind.RELATION, "V1/T1/financiert") == {
        "notities": ("", "jaarlijks budget")}
    assert _keys(diff, EntityKind.WAIVER, Change.ADDED) == ["R-HINT-MED/T1"]
    assert _keys(diff, EntityKind.WAIVER, Change.REMOVED) == ["R-GOV-07/T1"]
    assert set(_fields(diff, EntityKind.WAIVER, "R-IZA-04/T1")) == {"reden", "datum"}
    assert [(c.change, c.key) for c in diff.rules] == [
        (Change.ADDED, "R-REGIO-03"), (Change.REMOVED, "R-REGIO-02"),
        (Change.CHANGED, "R-REGIO-01")]
    assert [(f.name, f.old, f.new) for f in diff.info] == [("versie", "1", "2")]
    assert diff.count() == 25


def test_governance_fields_are_named_as_such() -> None:
    diff = diff_maps(before(), after())
    change = next(c for c in diff.of_kind(EntityKind.TABLE, Change.CHANGED))
    assert change.key == "T1"
    assert [(f.name, f.old, f.new, f.governance) for f in change.fields] == [
        ("besluitvorming", "", "consent van de kopgroep", True)]
    other = replace(after().tables[0], naam="Zorgtafel Kust-Noord", financiering="")
    region = after()
    region.tables[0] = other
    fields = diff_maps(after(), region).of_kind(EntityKind.TABLE)[0].fields
    assert [(f.name, f.governance) for f in fields] == [("naam", False),
                                                        ("financiering", True)]


def test_positions_and_case_of_ids_are_no_change() -> None:
    moved = before()
    moved.parties = [replace(p, pos=(p.pos[0] + 50, -9.0), pinned=True) for p in moved.parties]
    moved.seats = [replace(s, partij=s.partij.lower()) for s in moved.seats]
    assert not diff_maps(before(), moved)
    assert diff_maps(before(), moved).count() == 0


def test_a_repeated_relation_is_matched_in_row_order() -> None:
    old = before()
    new = before()
    new.relations.append(new.relations[0])
    diff = diff_maps(old, new)
    assert [(c.change, c.key) for c in diff.entities] == [(Change.ADDED, "V1/T1/financiert")]


def test_ids_of_every_change_cover_both_ends() -> None:
    diff = diff_maps(before(), after())
    assert diff.node_ids() == {"p9", "w1", "g1", "h1", "t3", "t2", "t1", "g2", "v1"}
    seat = diff.of_kind(EntityKind.SEAT, Change.ADDED)[0]
    assert seat.ids == ("T1", "P9")
    gone = diff.of_kind(EntityKind.MANDATE, Change.REMOVED)[0]
    assert gone.ids == ("H1",)  # on behalf of a type: only the holder


# -- findings ----------------------------------------------------------------------------------
def _compare(old=None, new=None):
    return compare(Side("voor", old or before(), PEILDATUM),
                   Side("na", new or after(), PEILDATUM))


def test_findings_resolved_new_and_changed() -> None:
    comparison = _compare()
    resolved = [(f.subject, f.thema) for f in comparison.findings_of(Change.REMOVED)]
    new = [(f.subject, f.thema) for f in comparison.findings_of(Change.ADDED)]
    changed = {(f.subject, f.thema): f for f in comparison.findings_of(Change.CHANGED)}
    # the mandate G1→G2 no longer expires within 90 days
    assert resolved == [("G1", "mandaten")]
    assert comparison.findings_of(Change.REMOVED)[0].resolved[0].rule == "R-MND-01"
    # the new preventiecoalitie brings its own findings
    assert new == [("T3", "samenstelling"), ("T3", "regie"), ("T3", "governance")]
    # the zorgtafel: besluitvorming recorded (R-GOV-01 resolved), the choice about the
    # gemeenteraad withdrawn (R-GOV-07 open again); the GGD joined (R-HINT-GGD resolved)
    governance = changed[("T1", "governance")]
    assert [f.rule for f in governance.resolved] == ["R-GOV-01"]
    assert [f.rule for f in governance.added] == ["R-GOV-07"]
    composition = changed[("T1", "samenstelling")]
    assert {"R-HINT-GGD", "R-REGIO-02"} <= {f.rule for f in composition.resolved}
    assert "R-REGIO-03" in {f.rule for f in composition.added}


def test_a_finding_resolved_by_a_deliberate_choice_says_so() -> None:
    waived = before()
    waived.waivers.append(Waiver("R-MND-01", "G1", "wordt verlengd", date(2025, 1, 12)))
    comparison = _compare(before(), waived)
    (change,) = comparison.findings_of(Change.REMOVED)
    assert change.key == ("G1", "mandaten") and change.by_choice
    assert "opgelost (bewuste keuze): Gemeente Noord · mandaten" in as_text(comparison)
    assert as_dict(comparison)["bevindingen"]["opgelost"][0]["bewuste_keuze"] is True


def test_no_change_is_no_difference() -> None:
    comparison = _compare(before(), before())
    assert not comparison
    assert as_text(comparison).endswith("Geen verschillen.")


def test_each_side_is_checked_on_its_own_reference_date() -> None:
    """Without a peildatum, a snapshot judges its mandates on the day it was made."""
    region = before()
    region.info = replace(region.info, peildatum=None)
    for op in snapshots.plan_add(region, "Najaar", date(2024, 9, 1)):
        apply_to(region, op)
    snap = region.snapshots[0]
    comparison = compare(Side(snap.label, snap.kaart, snap.reference_date()),
                         Side("nu", region, date(2025, 1, 15)))
    assert not comparison.diff
    # 1 maart 2025 is more than 90 days after 1 september 2024, but within 90 of 15 januari
    assert [(f.subject, f.thema) for f in comparison.findings_of(Change.ADDED)] == [
        ("G1", "mandaten")]


# -- the report --------------------------------------------------------------------------------
def test_text_report_lists_every_change_in_words() -> None:
    text = as_text(_compare())
    for line in (
        "Van:  voor, peildatum 15 januari 2025",
        "25 wijziging(en) in de kaart; bevindingen: 1 opgelost, 3 nieuw, 2 gewijzigd.",
        "  gewijzigd: Versie: '1' → '2'",
        "  nieuw: GGD Kust (P9)",
        "  weg: Welzijn Oost (W1)",
        "  gewijzigd: Huisartsenkring Kust-Noord (H1): Naam: 'Huisartsenkring Kust' → "
        "'Huisartsenkring Kust-Noord'",
        "  gewijzigd: Zorgtafel Kust (T1): Besluitvorming (governance): (leeg) → "
        "'consent van de kopgroep'",
        "  gewijzigd: Gemeente Noord aan Zorgtafel Kust: Ring: 'kopgroep' → 'tweede ring'",
        "  weg: Huisartsenkring Kust-Noord namens alle huisartsen (alle tafels)",
        "  gewijzigd: Gemeente Noord namens Gemeente Zuid (Zorgtafel Kust): Geldig tot: "
        "'1 maart 2025' → '1 maart 2026'",
        "  nieuw: GGD Kust informeert Preventiecoalitie Kust",
        "  weg: bewuste keuze R-GOV-07 voor Zorgtafel Kust",
        "  nieuw: eigen verwachting R-REGIO-03",
        "  opgelost: Gemeente Noord · mandaten: mandaat verloopt binnen 90 dagen "
        "(signaal · werkwijze)",
    ):
        assert line in text.splitlines(), line
    headings = [line for line in text.splitlines() if line and not line.startswith(" ")]
    assert headings[3:] == ["Kaart", "Partijen", "Tafels", "Zetels", "Mandaten", "Relaties",
                            "Keuzes", "Eigen verwachtingen", "Bevindingen"]


def test_json_report_names_the_ids_of_everything_that_changed() -> None:
    data = json.loads(json.dumps(as_dict(_compare())))
    assert data["partijen"]["nieuw"][0] == {"id": "P9", "naam": "GGD Kust", "ids": ["P9"],
                                            "tekst": "nieuw: GGD Kust (P9)"}
    assert [r["id"] for r in data["partijen"]["weg"]] == ["W1"]
    table = data["tafels"]["gewijzigd"][0]
    assert table["id"] == "T1"
    assert table["velden"] == [{"veld": "besluitvorming", "oud": None,
                                "nieuw": "consent van de kopgroep", "governance": True,
                                "tekst": "Besluitvorming (governance): (leeg) → "
                                         "'consent van de kopgroep'"}]
    assert [(r["tafel"], r["partij"]) for r in data["zetels"]["nieuw"]] == [
        ("T1", "P9"), ("T3", "P9")]
    mandate = data["mandaten"]["gewijzigd"][0]
    assert (mandate["houder"], mandate["namens"], mandate["tafel"]) == ("G1", "G2", "T1")
    assert mandate["velden"][0]["oud"] == "2025-03-01"
    assert data["mandaten"]["weg"][0]["ids"] == ["H1"]
    assert data["relaties"]["gewijzigd"][0]["ids"] == ["V1", "T1"]
    assert data["keuzes"]["nieuw"][0]["regel"] == "R-HINT-MED"
    assert [r["id"] for r in data["eigen-regels"]["gewijzigd"]] == ["R-REGIO-01"]
    assert data["kaart"] == [{"veld": "versie", "oud": "1", "nieuw": "2"}]
    resolved = data["bevindingen"]["opgelost"][0]
    assert (resolved["subject"], resolved["thema"]) == ("G1", "mandaten")
    assert resolved["signaleringen"]["opgelost"][0]["rule"] == "R-MND-01"
    assert [f["subject"] for f in data["bevindingen"]["nieuw"]] == ["T3", "T3", "T3"]
    assert data["gewijzigde_ids"] == ["G1", "G2", "H1", "P9", "T1", "T2", "T3", "V1", "W1"]


# -- the command line ------------------------------------------------------------------------
def _run(*args) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "stakeholders", "diff", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "januari.regiokaart", tmp_path / "kust@nu.regiokaart"
    save_map(before(), old)
    region = after()
    for op in snapshots.plan_add(before(), "x", date(2025, 1, 10)):
        apply_to(region, op)  # the snapshot of `before` inside the later file
    region.snapshots[0] = replace(region.snapshots[0], naam="Zorgtafel januari")
    save_map(region, new)
    return old, new


def test_diff_of_two_files_as_text(files) -> None:
    old, new = files
    result = _run(old, new)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Van:  januari.regiokaart, peildatum 15 januari 2025\n"
                                    "Naar: kust@nu.regiokaart, peildatum 15 januari 2025\n")
    assert "  nieuw: GGD Kust (P9)\n" in result.stdout


def test_diff_of_a_snapshot_and_its_file_as_json(files) -> None:
    old, new = files
    result = _run(f"{new}@zorgtafel JANUARI", new, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["oud"]["momentopname"] == "Zorgtafel januari"
    assert data["oud"]["naam"] == "Zorgtafel januari (10 januari 2025)"
    assert data["oud"]["peildatum"] == "2025-01-15"
    assert data["nieuw"]["momentopname"] is None
    assert data["gewijzigde_ids"] == ["G1", "G2", "H1", "P9", "T1", "T2", "T3", "V1", "W1"]
    # the file's own map compared with the other file gives the same
    direct = json.loads(_run(old, new, "--format", "json").stdout)
    assert direct["partijen"] == data["partijen"]


def test_diff_says_what_is_wrong_with_its_arguments(files, tmp_path: Path) -> None:
    _old, new = files
    result = _run(f"{new}@Maart", new)
    assert result.returncode == 2
    assert "heeft geen momentopname 'Maart' (momentopnamen: 'Zorgtafel januari')" \
        in result.stderr
    result = _run(tmp_path / "weg.regiokaart@x", new)
    assert result.returncode == 2 and "bestand of map bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr


# -- the mandate timeline ----------------------------------------------------------------------
def test_mandates_on_the_timeline_by_their_end_date() -> None:
    region = after()
    region.mandates.append(replace(region.mandates[0], tafel="", geldig_tot=date(2024, 12, 1)))
    region.mandates.append(replace(region.mandates[0], tafel="T3", geldig_tot=date(2025, 4, 15)))
    timeline = mandate_timeline(region, PEILDATUM)
    assert timeline.window == 90
    assert [(e.until, e.band, e.days) for e in timeline.entries] == [
        (date(2024, 12, 1), Band.EXPIRED, -45),
        (date(2025, 4, 15), Band.SOON, 90),
        (date(2026, 3, 1), Band.LATER, 410)]
    assert timeline.entries[0].text == "Gemeente Noord namens Gemeente Zuid (alle tafels)"
    assert timeline.entries[0].holder == "G1"
    assert timeline.undated == 1
