"""The edit planner keeps every map valid, and every edit can be undone exactly.

Qt-free: operations are applied to a plain RegionMap, as the Document does.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from builders import region
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stakeholders.io import clipboard, regiokaart
from stakeholders.io.formats import load_map
from stakeholders.model import edits, fragment
from stakeholders.model.entities import Mandate, Party, Relation, Seat, Table, Waiver
from stakeholders.model.ops import apply_to, invert
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.engine import check_map

RULES = ["R-IZA-04", "R-HINT-GGD", "R-GOV-11"]


def apply(region_map, ops):
    for op in ops:
        apply_to(region_map, op)
    return ops


def reimport(region_map, tmp_path):
    """Save and load again: the map must still be valid under the import rules."""
    path = tmp_path / "m.regiokaart"
    regiokaart.save(region_map, path)
    return load_map(path, known_rules=known_rule_ids).map


@pytest.fixture
def kust(kustmarken_xlsx):
    return load_map(kustmarken_xlsx, known_rules=known_rule_ids).map


def ids(items):
    return [x.id for x in items]


def test_rename_party_renames_every_reference_and_keeps_the_flags(kust, tmp_path):
    before_flags = {(f.rule, f.subject) for f in check_map(kust)}
    a01 = next(p for p in kust.parties if p.id == "A01")
    apply(kust, edits.set_fields(kust, "party", a01.uid, {"id": "ZV-KUST"}))
    assert kust.table_index()["T-A1"].voorzitter == "ZV-KUST"
    assert kust.table_index()["T-A1"].secretariaat == "ZV-KUST"
    assert any(s.partij == "ZV-KUST" for s in kust.seats)
    assert any(m.houder == "ZV-KUST" for m in kust.mandates)
    assert {(f.rule, f.subject) for f in check_map(kust)} == before_flags
    assert reimport(kust, tmp_path) == kust


def test_rename_to_an_existing_id_is_refused_case_insensitively(kust):
    a01 = next(p for p in kust.parties if p.id == "A01")
    with pytest.raises(edits.EditError, match="komt al voor"):
        edits.set_fields(kust, "party", a01.uid, {"id": "t-a1"})


def test_removing_a_party_takes_its_seats_mandates_relations_and_chair_along(kust, tmp_path):
    a01 = next(p for p in kust.parties if p.id == "A01")
    before = regiokaart.dumps(kust)
    ops = apply(kust, edits.remove(kust, [("party", a01.uid)]))
    assert "A01" not in ids(kust.parties)
    assert not any("A01" in (s.partij, m.houder) for s in kust.seats for m in kust.mandates)
    assert kust.table_index()["T-A1"].voorzitter == ""
    assert kust.table_index()["T-A1"].secretariaat == ""
    assert not any("A01" in (r.van, r.naar) for r in kust.relations)
    reimport(kust, tmp_path)  # still a valid map
    apply(kust, invert(ops))
    assert regiokaart.dumps(kust) == before


def test_removing_a_table_clears_sub_tables_and_its_waivers(kust):
    t1 = kust.table_index()["T-A1"]
    t2 = kust.table_index()["T-A2"]
    apply(kust, edits.set_fields(kust, "table", t2.uid, {"bovenliggende_tafel": "T-A1"}))
    apply(kust, edits.remove(kust, [("table", t1.uid)]))
    assert kust.table_index()["T-A2"].bovenliggende_tafel == ""
    assert kust.waivers == []  # the only choice was about T-A1


def test_parent_cycle_is_refused(kust):
    t1, t2 = kust.table_index()["T-A1"], kust.table_index()["T-A2"]
    apply(kust, edits.set_fields(kust, "table", t2.uid, {"bovenliggende_tafel": "T-A1"}))
    with pytest.raises(edits.EditError, match="kringverwijzing"):
        edits.set_fields(kust, "table", t1.uid, {"bovenliggende_tafel": "T-A2"})


def test_a_new_chair_seat_demotes_the_old_chair(kust, tmp_path):
    a16 = next(s for s in kust.seats if s.tafel == "T-A2" and s.partij == "A16")
    apply(kust, edits.set_fields(kust, "seat", a16.uid, {"rol": "voorzitter"}))
    roles = {s.partij: s.rol for s in kust.seats if s.tafel == "T-A2"}
    assert roles["A16"] == "voorzitter" and roles["A18"] == "lid"
    assert kust.table_index()["T-A2"].voorzitter == "A16"
    reimport(kust, tmp_path)


def test_choosing_an_unseated_chair_is_refused(kust):
    t1 = kust.table_index()["T-A1"]
    with pytest.raises(edits.EditError, match="geen zetel"):
        edits.set_fields(kust, "table", t1.uid, {"voorzitter": "A14"})


def test_removing_the_chairs_seat_clears_the_chair(kust):
    seat = next(s for s in kust.seats if s.tafel == "T-A1" and s.partij == "A01")
    apply(kust, edits.remove(kust, [("seat", seat.uid)]))
    assert kust.table_index()["T-A1"].voorzitter == ""


@pytest.mark.parametrize(
    ("entity", "message"),
    [
        (Seat(tafel="T-A1", partij="A01"), "heeft al een zetel"),
        (Seat(tafel="T-A9", partij="A01"), "onbekende tafel"),
        (Mandate(houder="A01", namens_partij="A01"), "dezelfde partij"),
        (Mandate(houder="A01", namens_type="huisarts-x"), "onbekend type"),
        (Relation(van="A01", naar="X9", soort="financiert"), "onbekende partij of tafel"),
        (Relation(van="A01", naar="A02", soort="betaalt"), "onbekende soort"),
        (Party(id="kaart", naam="x", type="ggd"), "ongeldige id"),
        (Party(id="N1", naam="x", type="gemeente", rollen=("marktleider",)), "past niet"),
        (Table(id="N2", naam="x", soort="geen-soort"), "onbekende soort"),
    ],
)
def test_invalid_additions_are_refused_with_a_dutch_message(kust, entity, message):
    planner = {
        Seat: edits.add_seat, Mandate: edits.add_mandate, Relation: edits.add_relation,
        Party: edits.add_party, Table: edits.add_table,
    }[type(entity)]
    with pytest.raises(edits.EditError, match=message):
        planner(kust, entity)


def test_waiver_needs_a_known_rule_a_subject_and_a_reason(kust):
    with pytest.raises(edits.EditError, match="onbekende regel"):
        edits.add_waiver(kust, Waiver("R-NOPE", "T-A1", "x"), RULES)
    with pytest.raises(edits.EditError, match="reden"):
        edits.add_waiver(kust, Waiver("R-GOV-11", "T-A1", "  "), RULES)
    with pytest.raises(edits.EditError, match="bestaat al"):
        edits.add_waiver(kust, Waiver("R-HINT-JEUGD-WIJK", "t-a1", "x"),
                         ["R-HINT-JEUGD-WIJK"])
    ops = edits.add_waiver(kust, Waiver("R-GOV-11", "kaart", "bewust"), RULES)
    apply(kust, ops)
    flag = next(f for f in check_map(kust) if f.rule == "R-GOV-11")
    assert flag.waived and flag.waiver_reason == "bewust"


def test_move_and_pin_are_single_operations_per_item(kust):
    a = kust.parties[0]
    ops = edits.move(kust, {a.uid: (10.0, 20.0)})
    assert len(ops) == 1
    apply(kust, ops)
    assert kust.parties[0].pos == (10.0, 20.0)
    assert edits.move(kust, {a.uid: (10.0, 20.0)}) == []  # nothing to do
    apply(kust, edits.set_pinned(kust, [a.uid], True))
    assert kust.parties[0].pinned


def test_copy_paste_renames_clashing_ids_and_keeps_the_inner_links(kust, tmp_path):
    wanted = {p.uid for p in kust.parties if p.id in ("A21", "A22", "A23")}
    wanted.add(kust.table_index()["T-A1"].uid)
    part = clipboard.from_text(clipboard.to_text(fragment.extract(kust, wanted)), known_rule_ids)
    assert {p.id for p in part.parties} == {"A21", "A22", "A23"}
    assert {(s.tafel, s.partij) for s in part.seats} == {("T-A1", "A21")}
    assert {m.namens_partij for m in part.mandates} == {"A22", "A23"}
    ops, new_nodes = fragment.plan_paste(kust, part)
    apply(kust, ops)
    assert len(new_nodes) == 4 and len(kust.parties) == 52 and len(kust.tables) == 6
    copied_table = kust.tables[-1]
    assert copied_table.id != "T-A1" and copied_table.naam == "Zorgtafel Kustmarken"
    assert copied_table.voorzitter == ""  # A01 was not copied
    assert any(s.tafel == copied_table.id for s in kust.seats)
    reimport(kust, tmp_path)


def test_paste_into_an_empty_map_keeps_ids(kust):
    wanted = {p.uid for p in kust.parties if p.id in ("A21", "A22")}
    empty = region(Partijen="id,naam,type")
    ops, _ = fragment.plan_paste(empty, fragment.extract(kust, wanted))
    apply(empty, ops)
    assert ids(empty.parties) == ["A21", "A22"]


def test_clipboard_text_that_is_not_a_fragment_is_refused():
    with pytest.raises(edits.EditError, match="klembord"):
        clipboard.from_text("Gemeente Havenstad", known_rule_ids)


# -- property-based: any sequence of edits keeps the map valid and undoes exactly --------------
PARTY_TYPES = ["gemeente", "zorgverzekeraar", "huisartsen", "ggd", "welzijn", "ziekenhuis"]
KINDS = ["zorgtafel", "iza-regiotafel", "roaz", "preventie"]


def _edit(region_map, choice, draw):
    """Plan one random edit; EditError (refused edit) is allowed and changes nothing."""
    parties, tables = region_map.parties, region_map.tables
    kind = choice % 9
    if kind == 0 or not parties:
        return edits.add_party(region_map, Party(edits.new_id(region_map, "P"),
                                                 f"Partij {len(parties)}",
                                                 draw(st.sampled_from(PARTY_TYPES))))
    if kind == 1 or not tables:
        return edits.add_table(region_map, Table(edits.new_id(region_map, "T"),
                                                 f"Tafel {len(tables)}",
                                                 draw(st.sampled_from(KINDS))))
    party = draw(st.sampled_from(parties))
    table = draw(st.sampled_from(tables))
    if kind == 2:
        return edits.add_seat(region_map, Seat(table.id, party.id,
                                               draw(st.sampled_from(["lid", "voorzitter",
                                                                     "initiatiefnemer",
                                                                     "toehoorder"])),
                                               draw(st.sampled_from(["kopgroep",
                                                                     "tweede-ring"]))))
    if kind == 3:
        other = draw(st.sampled_from(parties))
        return edits.add_mandate(region_map, Mandate(party.id, namens_partij=other.id,
                                                     tafel=draw(st.sampled_from(["", table.id]))))
    if kind == 4:
        return edits.set_fields(region_map, "party", party.uid,
                                {"id": draw(st.sampled_from(["X1", "P1", "T1", "Nieuw"]))})
    if kind == 5:
        return edits.set_fields(region_map, "table", table.uid,
                                {"voorzitter": draw(st.sampled_from(["", party.id])),
                                 "bovenliggende_tafel": draw(st.sampled_from(
                                     ["", *[t.id for t in tables]]))})
    if kind == 6:
        victims = draw(st.lists(st.sampled_from([("party", p.uid) for p in parties]
                                                + [("table", t.uid) for t in tables]),
                                max_size=3))
        return edits.remove(region_map, victims)
    if kind == 7:
        return edits.add_waiver(region_map, Waiver(draw(st.sampled_from(RULES)),
                                                   draw(st.sampled_from(["kaart", table.id])),
                                                   "bewust"), RULES)
    seats = region_map.seats
    if seats:
        seat = draw(st.sampled_from(seats))
        return edits.set_fields(region_map, "seat", seat.uid,
                                {"rol": draw(st.sampled_from(["lid", "voorzitter"]))})
    return []


#: More sequences for a long run: STAKEHOLDERS_FUZZ_EXAMPLES=5000 (README, Reliability).
SEQUENCES = int(os.environ.get("STAKEHOLDERS_FUZZ_EXAMPLES", "60"))


@settings(max_examples=SEQUENCES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_edit_sequence_stays_valid_and_undoes_exactly(data, tmp_path):
    region_map = region(Partijen="id,naam,type\nG1,Gemeente A,gemeente",
                        Tafels="id,naam,soort\nT0,Tafel,zorgtafel")
    start = regiokaart.dumps(region_map)
    history = []
    for _ in range(data.draw(st.integers(min_value=1, max_value=25))):
        choice = data.draw(st.integers(min_value=0, max_value=8))
        try:
            ops = _edit(region_map, choice, data.draw)
        except edits.EditError:
            continue
        apply(region_map, ops)
        history.append(ops)
    # One chair: a chair seat is always the one the table names.
    chairs = {t.id: t.voorzitter for t in region_map.tables}
    assert all(chairs[s.tafel] == s.partij for s in region_map.seats if s.rol == "voorzitter")
    # The map is valid: it survives save and re-import unchanged.
    path = tmp_path / "p.regiokaart"
    regiokaart.save(region_map, path)
    assert load_map(path, known_rules=known_rule_ids).map == region_map
    end = regiokaart.dumps(region_map)
    # Undo some and redo them: the same map again.
    back = data.draw(st.integers(min_value=0, max_value=len(history)))
    for ops in reversed(history[len(history) - back:]):
        apply(region_map, invert(ops))
    for ops in history[len(history) - back:]:
        apply(region_map, ops)
    assert regiokaart.dumps(region_map) == end
    # Undo all, in reverse order: back to the exact start; redo all: the end again.
    for ops in reversed(history):
        apply(region_map, invert(ops))
    assert regiokaart.dumps(region_map) == start
    for ops in history:
        apply(region_map, ops)
    assert regiokaart.dumps(region_map) == end


def test_replace_keeps_uid_so_views_follow_an_entity_through_renames(kust):
    a05 = next(p for p in kust.parties if p.id == "A05")
    apply(kust, edits.set_fields(kust, "party", a05.uid, {"id": "GEM1", "naam": "Havenstad"}))
    renamed = next(p for p in kust.parties if p.uid == a05.uid)
    assert renamed.id == "GEM1" and renamed == replace(a05, id="GEM1", naam="Havenstad")
