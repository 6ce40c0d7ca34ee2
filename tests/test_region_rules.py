"""A region's own expectations travel with its map; koppelvlakken come from networkx."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stakeholders.io import regiokaart
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapLoadError
from stakeholders.model import edits
from stakeholders.model.entities import Mandate, Seat, Waiver
from stakeholders.model.graph import koppelvlakken, seat_graph
from stakeholders.model.ops import apply_to, invert
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.engine import check_map

ROOT = Path(__file__).resolve().parent.parent
KUST = ROOT / "examples" / "kustmarken.regiokaart"
WONEN = edits.expectation_rule("R-REGIO-WONEN", "aanbevolen", ["iza-regiotafel", "zorgtafel"],
                               ["woningcorporatie"], "woningcorporaties")


def apply(region, ops):
    for op in ops:
        apply_to(region, op)
    return ops


@pytest.fixture
def kust():
    return load_map(KUST, known_rules=known_rule_ids).map


def own_flags(region):
    return [f for f in check_map(region) if f.rule == "R-REGIO-WONEN"]


def test_an_expectation_flags_the_table_with_its_own_message(kust):
    apply(kust, edits.set_region_rules(kust, [WONEN], known_rule_ids))
    [flag] = own_flags(kust)
    assert flag.subject == "T-A1" and flag.level == "aanbevolen"
    assert flag.message_nl == ("woningcorporaties ontbreken aan Zorgtafel Kustmarken "
                               "(verwachting van de regio).")
    assert "Eigen afspraak" in flag.source


def test_the_expectation_counts_members_and_mandates_like_the_catalogue(kust):
    apply(kust, edits.set_region_rules(kust, [WONEN], known_rule_ids))
    a46 = next(p for p in kust.parties if p.id == "A46")
    ops = apply(kust, edits.add_seat(kust, Seat("T-A1", "A46", ring="tweede-ring")))
    assert own_flags(kust) == []
    apply(kust, invert(ops))
    apply(kust, edits.add_mandate(kust, Mandate(houder="A05", namens_partij=a46.id,
                                                tafel="T-A1")))
    assert own_flags(kust) == []


def test_own_rules_and_their_waivers_travel_in_the_regiokaart_file(kust, tmp_path):
    apply(kust, edits.set_region_rules(kust, [WONEN], known_rule_ids))
    apply(kust, edits.add_waiver(kust, Waiver("R-REGIO-WONEN", "T-A1", "later in 2025"),
                                 ["R-REGIO-WONEN"]))
    path = tmp_path / "k.regiokaart"
    regiokaart.save(kust, path)
    again = load_map(path, known_rules=known_rule_ids).map
    assert again == kust
    [flag] = own_flags(again)
    assert flag.waived and flag.waiver_reason == "later in 2025"


def test_a_spreadsheet_leaves_own_rules_and_their_waivers_out_and_still_imports(kust, tmp_path):
    apply(kust, edits.set_region_rules(kust, [WONEN], known_rule_ids))
    apply(kust, edits.add_waiver(kust, Waiver("R-REGIO-WONEN", "T-A1", "later"),
                                 ["R-REGIO-WONEN"]))
    save_map(kust, tmp_path / "k.xlsx")
    back = load_map(tmp_path / "k.xlsx", known_rules=known_rule_ids).map
    assert back.custom_rules == []
    assert all(w.regel != "R-REGIO-WONEN" for w in back.waivers)
    assert len(back.waivers) == 1  # the contract waiver is kept


def test_removing_an_own_rule_removes_the_choices_about_it_and_undoes(kust):
    apply(kust, edits.set_region_rules(kust, [WONEN], known_rule_ids))
    apply(kust, edits.add_waiver(kust, Waiver("R-REGIO-WONEN", "kaart", "x"), ["R-REGIO-WONEN"]))
    before = regiokaart.dumps(kust)
    ops = apply(kust, edits.set_region_rules(kust, [], known_rule_ids))
    assert kust.custom_rules == [] and len(kust.waivers) == 1
    apply(kust, invert(ops))
    assert regiokaart.dumps(kust) == before


@pytest.mark.parametrize(("rule", "message"), [
    ({**WONEN, "id": "R-IZA-01"}, "bestaat al"),
    ({**WONEN, "level": "heel-belangrijk"}, "niveau"),
    ({**WONEN, "applies_to": ["stamtafel"]}, "tafelsoort"),
    ({**WONEN, "check": {"kind": "covered", "parts": [{"types": ["huizenbouwer"]}]}}, "type"),
    ({**WONEN, "check": {"kind": "raden"}}, "onbekende controle"),
    ({**WONEN, "id": "REGIO"}, "R-REGIO-01"),
])
def test_invalid_own_rules_are_refused(kust, rule, message):
    with pytest.raises(edits.EditError, match=message):
        edits.set_region_rules(kust, [rule], known_rule_ids)


def test_a_broken_own_rule_in_a_file_is_a_clear_load_error(tmp_path):
    data = json.loads(KUST.read_text(encoding="utf-8"))
    data["eigen-regels"] = [{**WONEN, "applies_to": ["stamtafel"]}]
    path = tmp_path / "bad.regiokaart"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MapLoadError) as caught:
        load_map(path, known_rules=known_rule_ids)
    assert "eigen-regels" in caught.value.errors[0].text()
    assert "stamtafel" in caught.value.errors[0].text()


def test_cli_check_accepts_extra_rules_from_a_toml_file(tmp_path):
    toml = tmp_path / "regio.toml"
    toml.write_text(
        '[[rules]]\nid = "R-REGIO-01"\nlevel = "vereist"\napplies_to = ["iza-regiotafel"]\n'
        'message_nl = "Geen woningcorporatie aan {tafel}."\n'
        'message_en = "No housing association at {tafel}."\n'
        'fix_nl = "Nodig er een uit."\nsource = "Regioplan 2025"\n'
        '[rules.check]\nkind = "covered"\nparts = [{ types = ["woningcorporatie"] }]\n',
        encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "stakeholders", "check", str(KUST),
                             "--format", "json", "--regels", str(toml), "--fail-on", "vereist"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    flags = json.loads(result.stdout)
    own = [f for f in flags if f["rule"] == "R-REGIO-01"]
    assert own and own[0]["message_nl"] == "Geen woningcorporatie aan Zorgtafel Kustmarken."
    assert result.returncode == 1


def test_koppelvlakken_are_the_parties_at_two_or_more_tables(kust):
    found = koppelvlakken(kust)
    by_party = {k.party: k.tables for k in found}
    assert by_party["A16"] == ("T-A1", "T-A2", "T-A3", "T-A5")  # the hospital links four tables
    assert "A01" in by_party  # a toehoorder seat counts: it sits at the ROAZ
    assert all(len(tables) >= 2 for tables in by_party.values())
    assert found[0].party == "A16"  # most tables first
    graph = seat_graph(kust)
    assert graph.number_of_edges() == len(kust.seats)


def test_r_iza_09_follows_the_koppelvlak(kust):
    """Remove every party that links the zorgtafel with the ROAZ: R-IZA-09 appears."""
    assert not [f for f in check_map(kust) if f.rule == "R-IZA-09"]
    shared = [s for s in kust.seats if s.tafel == "T-A2"
              and any(o.tafel == "T-A1" and o.partij == s.partij for o in kust.seats)]
    apply(kust, edits.remove(kust, [("seat", s.uid) for s in shared]))
    assert [f.subject for f in check_map(kust) if f.rule == "R-IZA-09"] == ["T-A1"]
