"""The automatic layouts: what a user sees after "arrange".

Boxes are measured as the layouts promise: a party is a 90 × 80 box (its
name below the shape), a table 180 × 90. "Overlap" is any intersection of
two boxes.
"""

from __future__ import annotations

import copy
import math
import random
import time
from dataclasses import replace
from pathlib import Path

import pytest

from stakeholders.io.formats import load_map
from stakeholders.layout import (
    Cancelled,
    domain_clusters,
    force_directed,
    initial_positions,
    table_rings,
)
from stakeholders.layout.boxes import map_boxes
from stakeholders.model.entities import Mandate, Party, Relation, Seat, Table
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.vocab import domain_of, domains, party_types
from stakeholders.rules.catalogue import known_rule_ids

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"
PARTY_W, PARTY_H, PARTY_DY = 90.0, 80.0, 10.0
TABLE_W, TABLE_H = 180.0, 90.0


# -- helpers --------------------------------------------------------------------------------------
def kustmarken() -> RegionMap:
    return load_map(DATA / "kustmarken.xlsx", known_rules=known_rule_ids).map


def rivierenland() -> RegionMap:
    return load_map(EXAMPLES / "rivierenland", known_rules=known_rule_ids).map


def synthetic(n_parties: int = 300, seed: int = 3) -> RegionMap:
    """A map like a real region: ~1 table per 25 parties, 1-3 seats each, mandates, relations."""
    rng = random.Random(seed)
    types = [t.id for t in party_types()]
    n_tables = max(1, n_parties // 25)
    tables = [Table(id=f"T{k}", naam=f"Tafel {k}", soort="zorgtafel",
                    bovenliggende_tafel=f"T{k - 1}" if k and rng.random() < 0.2 else "")
              for k in range(n_tables)]
    parties, seats = [], []
    for k in range(n_parties):
        parties.append(Party(id=f"P{k}", naam=f"Partij {k}", type=rng.choice(types)))
        home = rng.randrange(n_tables)
        chosen = {home, *(min(n_tables - 1, max(0, home + rng.randint(-2, 2)))
                          for _ in range(rng.choice((0, 0, 1, 2))))}
        for t in sorted(chosen):
            ring = "kopgroep" if rng.random() < 0.4 else "tweede-ring"
            seats.append(Seat(tafel=f"T{t}", partij=f"P{k}", ring=ring))
    mandates = [Mandate(houder=f"P{a}", namens_partij=f"P{b}")
                for a, b in ((rng.randrange(n_parties), rng.randrange(n_parties))
                             for _ in range(n_parties // 10)) if a != b]
    relations = [Relation(van=f"P{a}", naar=f"P{b}", soort="werkt-samen")
                 for a, b in ((rng.randrange(n_parties), rng.randrange(n_parties))
                              for _ in range(n_parties // 20)) if a != b]
    return RegionMap(parties=parties, tables=tables, seats=seats, mandates=mandates,
                     relations=relations)


def boxes(region: RegionMap, positions: dict[str, tuple[float, float]], *,
          only_result: bool = False, true_boxes: bool = False
          ) -> list[tuple[str, float, float, float, float]]:
    """(uid, x0, y0, x1, y1) of every placed item (new position, else its own); with
    ``true_boxes`` each item's real footprint (shape and wrapped name) instead of the
    standard box."""
    sizes = map_boxes(region).sizes if true_boxes else {}
    out = []
    for items, w0, h0, dy0 in ((region.parties, PARTY_W, PARTY_H, PARTY_DY),
                               (region.tables, TABLE_W, TABLE_H, 0.0)):
        for item in items:
            pos = positions.get(item.uid) if only_result else positions.get(item.uid, item.pos)
            if pos is None:
                continue
            w, h, dy = sizes.get(item.uid, (w0, h0, dy0))
            x, y = pos[0], pos[1] + dy
            out.append((item.uid, x - w / 2, y - h / 2, x + w / 2, y + h / 2))
    return out


def overlapping(region: RegionMap, positions, **kwargs) -> list[tuple[str, str]]:
    """Pairs of items whose boxes intersect (sweep along x)."""
    found = []
    items = sorted(boxes(region, positions, **kwargs), key=lambda b: b[1])
    active: list[tuple[str, float, float, float, float]] = []
    for box in items:
        active = [a for a in active if a[3] > box[1]]
        for other in active:
            if other[2] < box[4] and box[2] < other[4]:
                found.append((other[0], box[0]))
        active.append(box)
    return found


def links(region: RegionMap) -> list[tuple[str, str]]:
    """uid pairs of seats, mandates for one party and relations."""
    uid = {fold(p.id): p.uid for p in region.parties}
    uid.update({fold(t.id): t.uid for t in region.tables})
    pairs = [(s.partij, s.tafel) for s in region.seats]
    pairs += [(m.houder, m.namens_partij) for m in region.mandates if m.namens_partij]
    pairs += [(r.van, r.naar) for r in region.relations]
    return [(uid[fold(a)], uid[fold(b)]) for a, b in pairs
            if fold(a) in uid and fold(b) in uid and fold(a) != fold(b)]


def with_positions(region: RegionMap, positions) -> RegionMap:
    """A copy of the map with the given positions applied."""
    return replace(
        region,
        parties=[replace(p, pos=positions.get(p.uid, p.pos)) for p in region.parties],
        tables=[replace(t, pos=positions.get(t.uid, t.pos)) for t in region.tables],
    )


def laid_out(region: RegionMap) -> RegionMap:
    return with_positions(region, initial_positions(region))


def pin(region: RegionMap, uids: set[str]) -> RegionMap:
    return replace(
        region,
        parties=[replace(p, pinned=p.uid in uids) for p in region.parties],
        tables=[replace(t, pinned=t.uid in uids) for t in region.tables],
    )


def distance(a, b) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


MAPS = {"kustmarken": kustmarken, "rivierenland": rivierenland, "synthetic-300": synthetic}


# -- no overlap -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", MAPS)
def test_force_directed_leaves_no_overlapping_boxes(name):
    region = MAPS[name]()
    result = force_directed(region)
    assert set(result) == {i.uid for i in (*region.parties, *region.tables)}
    assert overlapping(region, result) == []


@pytest.mark.parametrize("name", MAPS)
def test_domain_clusters_leaves_no_overlapping_boxes(name):
    region = MAPS[name]()
    result = domain_clusters(region)
    assert overlapping(region, result, true_boxes=True) == []


@pytest.mark.parametrize("name", MAPS)
def test_initial_positions_leaves_no_overlapping_boxes(name):
    region = MAPS[name]()
    result = initial_positions(region)
    assert set(result) == {i.uid for i in (*region.parties, *region.tables)}
    assert overlapping(region, result) == []


@pytest.mark.parametrize("name", MAPS)
def test_table_rings_leaves_no_overlapping_boxes(name):
    region = MAPS[name]()
    for table in region.tables:
        result = table_rings(region, table.uid)
        assert overlapping(region, result, only_result=True, true_boxes=True) == [], table.id


# -- pinned items and selections ------------------------------------------------------------------
def test_pinned_items_never_move():
    region = laid_out(synthetic(120))
    pinned = {p.uid for p in region.parties[::7]} | {region.tables[0].uid}
    region = pin(region, pinned)
    before = {i.uid: i.pos for i in (*region.parties, *region.tables)}
    results = [force_directed(region), domain_clusters(region), initial_positions(region)]
    results += [table_rings(region, t.uid) for t in region.tables]
    for result in results:
        for uid in pinned:
            assert result.get(uid, before[uid]) == before[uid]


def rietweerd_at_the_jeugdregio(role: str) -> RegionMap:
    """Rivierenland with Gemeente Rietweerd (R08) seated at Jeugdregio Zuid (T-R9)."""
    region = rivierenland()
    return replace(region, seats=[*region.seats, Seat(tafel="T-R9", partij="R08", rol=role,
                                                      ring="tweede-ring")])


PINNED_MAPS = {
    "rivierenland": rivierenland,
    "rietweerd-toehoorder": lambda: rietweerd_at_the_jeugdregio("toehoorder"),
    "rietweerd-lid": lambda: rietweerd_at_the_jeugdregio("lid"),
}


@pytest.mark.parametrize("name", PINNED_MAPS)
def test_pinned_items_are_kept_clear_of(name):
    # With Rietweerd seated at T-R9, domain_clusters once put T-R3 less than a 180 x 90 box
    # away from the pinned T-R2 (the drawn 170 x 74 tables were just clear).
    region = laid_out(PINNED_MAPS[name]())
    region = pin(region, {region.parties[0].uid, region.parties[5].uid, region.tables[1].uid})
    assert overlapping(region, force_directed(region)) == []
    result = domain_clusters(region)
    assert overlapping(region, result) == []
    # ... and the footprints domeinclusters lays out with (shape and name, as drawn).
    assert overlapping(region, result, true_boxes=True) == []


def test_pinned_items_still_pull_their_neighbours():
    region = laid_out(synthetic(100))
    table = region.tables[0]
    far = (table.pos[0] + 20000.0, table.pos[1])
    region = replace(region, tables=[replace(t, pos=far, pinned=True) if t.uid == table.uid
                                     else t for t in region.tables])
    result = force_directed(region)
    members = {fold(s.partij) for s in region.seats if s.tafel == table.id}
    seated = [result[p.uid] for p in region.parties if fold(p.id) in members]
    others = [result[p.uid] for p in region.parties if fold(p.id) not in members]
    mean_seated = sum(distance(p, far) for p in seated) / len(seated)
    mean_others = sum(distance(p, far) for p in others) / len(others)
    assert mean_seated < mean_others


def test_only_moves_the_selection():
    region = laid_out(kustmarken())
    selection = {p.uid for p in region.parties[:6]}
    result = force_directed(region, only=selection)
    assert set(result) == selection
    assert overlapping(region, result) == []


def test_only_places_selected_items_near_their_anchors():
    region = laid_out(rivierenland())
    table = region.tables[0]
    members = {fold(s.partij) for s in region.seats if s.tafel == table.id}
    selection = {p.uid for p in region.parties if fold(p.id) in members}
    # The selected parties have lost their place (new rows from a spreadsheet).
    region = replace(region, parties=[replace(p, pos=None) if p.uid in selection else p
                                      for p in region.parties])
    result = force_directed(region, only=selection)
    assert set(result) == selection
    assert overlapping(region, result) == []
    spread = max(distance(t.pos, table.pos) for t in region.tables)
    for uid in selection:
        assert distance(result[uid], table.pos) < spread + 600


def test_only_with_pinned_selection_moves_nothing_pinned():
    region = laid_out(kustmarken())
    selection = {p.uid for p in region.parties[:4]}
    region = pin(region, {region.parties[0].uid})
    result = force_directed(region, only=selection)
    assert set(result) == selection - {region.parties[0].uid}


# -- determinism and purity -----------------------------------------------------------------------
def test_results_are_deterministic():
    region = synthetic(200)
    assert force_directed(region, seed=5) == force_directed(region, seed=5)
    assert domain_clusters(region) == domain_clusters(region)
    assert initial_positions(region) == initial_positions(region)
    uid = region.tables[0].uid
    assert table_rings(region, uid) == table_rings(region, uid)


def test_layouts_do_not_change_the_region():
    region = laid_out(kustmarken())
    region = pin(region, {region.parties[2].uid})
    before = copy.deepcopy(region)
    force_directed(region)
    force_directed(region, only={region.parties[1].uid})
    domain_clusters(region)
    initial_positions(region)
    table_rings(region, region.tables[0].uid)
    assert region == before
    assert [p.uid for p in region.parties] == [p.uid for p in before.parties]


# -- readability ----------------------------------------------------------------------------------
def test_force_directed_puts_connected_items_closer_than_unconnected_ones():
    region = synthetic(300)
    result = force_directed(region)
    pairs = links(region)
    linked = sum(distance(result[a], result[b]) for a, b in pairs) / len(pairs)
    rng = random.Random(1)
    uids = list(result)
    connected = set(pairs) | {(b, a) for a, b in pairs}
    unlinked = []
    while len(unlinked) < 2000:
        a, b = rng.sample(uids, 2)
        if (a, b) not in connected:
            unlinked.append(distance(result[a], result[b]))
    assert linked < 0.6 * (sum(unlinked) / len(unlinked))


def test_force_directed_packs_disconnected_groups_side_by_side():
    region = synthetic(60)
    loners = [Party(id=f"X{k}", naam=f"Los {k}", type="gemeente") for k in range(12)]
    region = replace(region, parties=[*region.parties, *loners])
    result = force_directed(region)
    assert overlapping(region, result) == []
    xs = [p[0] for p in result.values()]
    ys = [p[1] for p in result.values()]
    # Packed: the drawing is not much larger than its boxes need.
    area = (max(xs) - min(xs) + PARTY_W) * (max(ys) - min(ys) + PARTY_H)
    assert area < 40 * len(result) * PARTY_W * PARTY_H


def test_table_rings_puts_kopgroep_inside_tweede_ring():
    region = rivierenland()
    checked = 0
    for table in region.tables:
        rings = {fold(s.partij): s.ring for s in region.seats if s.tafel == table.id}
        if set(rings.values()) != {"kopgroep", "tweede-ring"}:
            continue
        result = table_rings(region, table.uid)
        centre = result[table.uid]
        inner = [distance(result[p.uid], centre) for p in region.parties
                 if rings.get(fold(p.id)) == "kopgroep"]
        outer = [distance(result[p.uid], centre) for p in region.parties
                 if rings.get(fold(p.id)) == "tweede-ring"]
        assert max(inner) < min(outer)
        checked += 1
    assert checked


def _angle(point, centre) -> float:
    """Clockwise angle from straight up, 0..2π (canvas y grows downwards)."""
    return (math.atan2(point[1] - centre[1], point[0] - centre[0]) + math.pi / 2) % (2 * math.pi)


def test_table_rings_groups_each_domain_in_one_wedge_in_domain_order():
    region = synthetic(300, seed=8)
    table = max(region.tables, key=lambda t: sum(s.tafel == t.id for s in region.seats))
    result = table_rings(region, table.uid)
    centre = result[table.uid]
    order = {d: k for k, d in enumerate(domains())}
    rings = {fold(s.partij): s.ring for s in region.seats if s.tafel == table.id}
    wedges: dict[str, dict[str, tuple[float, float]]] = {"kopgroep": {}, "tweede-ring": {}}
    for ring in wedges:
        placed = sorted((_angle(result[p.uid], centre), order[domain_of(p.type)], p)
                        for p in region.parties if rings.get(fold(p.id)) == ring)
        ranks = [rank for _, rank, _ in placed]
        assert ranks == sorted(ranks), f"{ring}: domains out of order or split"
        for angle, _, party in placed:
            lo, hi = wedges[ring].get(domain_of(party.type), (angle, angle))
            wedges[ring][domain_of(party.type)] = (min(lo, angle), max(hi, angle))
        # Within a wedge, parties follow their names.
        for domain in wedges[ring]:
            names = [p.naam.casefold() for _, _, p in placed if domain_of(p.type) == domain]
            assert names == sorted(names)
    # The same domain points the same way on both rings: the wedges overlap in angle.
    for domain, (lo, hi) in wedges["kopgroep"].items():
        if domain in wedges["tweede-ring"]:
            lo2, hi2 = wedges["tweede-ring"][domain]
            assert lo <= hi2 + 0.35 and lo2 <= hi + 0.35, domain


def test_table_rings_grow_with_the_number_of_parties():
    small = rivierenland()
    big = synthetic(300, seed=8)
    t_small = small.tables[0]
    t_big = max(big.tables, key=lambda t: sum(s.tafel == t.id for s in big.seats))

    def reach(region, table):
        result = table_rings(region, table.uid)
        centre = result[table.uid]
        return max(distance(p, centre) for uid, p in result.items() if uid != table.uid)

    assert reach(big, t_big) > reach(small, t_small)


def test_table_rings_keeps_the_table_where_it_is():
    region = laid_out(kustmarken())
    table = region.tables[2]
    assert table_rings(region, table.uid)[table.uid] == table.pos


def test_domain_clusters_keep_each_domain_together():
    region = synthetic(300)
    result = domain_clusters(region)
    by_domain: dict[str, list[tuple[float, float]]] = {}
    for party in region.parties:
        by_domain.setdefault(domain_of(party.type), []).append(result[party.uid])
    centres = {d: (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps))
               for d, ps in by_domain.items()}
    # Every party is closer to its own domain's centre than to any other domain's centre.
    for domain, points in by_domain.items():
        for point in points:
            own = distance(point, centres[domain])
            assert all(own < distance(point, c) for d, c in centres.items() if d != domain)


def test_initial_positions_keeps_existing_positions_and_seats_parties_near_their_table():
    region = synthetic(200)
    full = initial_positions(region)
    # Forget the positions of some parties and of one table: only those are placed again.
    forget = {p.uid for p in region.parties[::5]} | {region.tables[1].uid}
    partial = with_positions(region, full)
    partial = replace(
        partial,
        parties=[replace(p, pos=None) if p.uid in forget else p for p in partial.parties],
        tables=[replace(t, pos=None) if t.uid in forget else t for t in partial.tables],
    )
    result = initial_positions(partial)
    assert set(result) == forget
    assert overlapping(partial, result) == []
    # In the full arrangement a kopgroep party sits closer to its home table than a tweede-ring one.
    table = region.tables[0]
    rings = {fold(s.partij): s.ring for s in region.seats if s.tafel == table.id}
    first_seat = {}
    for seat in region.seats:
        first_seat.setdefault(fold(seat.partij), seat)
    inner = [distance(full[p.uid], full[table.uid]) for p in region.parties
             if rings.get(fold(p.id)) == "kopgroep" and first_seat[fold(p.id)].tafel == table.id]
    outer = [distance(full[p.uid], full[table.uid]) for p in region.parties
             if rings.get(fold(p.id)) == "tweede-ring"
             and all(s.tafel == table.id or s.ring == "tweede-ring" for s in region.seats
                     if fold(s.partij) == fold(p.id))
             and first_seat[fold(p.id)].tafel == table.id]
    if inner and outer:
        assert max(inner) < min(outer)


def test_initial_positions_is_fast():
    region = synthetic(5000)
    start = time.perf_counter()
    initial_positions(region)
    # The contract is 0.2 s; leave room for a slow or busy test machine.
    assert time.perf_counter() - start < 1.0


# -- progress and cancelling ----------------------------------------------------------------------
@pytest.mark.parametrize("layout", ["force", "rings", "clusters"])
def test_progress_returning_false_cancels(layout):
    region = synthetic(300)
    calls = []

    def stop(fraction: float) -> bool:
        calls.append(fraction)
        return False

    with pytest.raises(Cancelled):
        if layout == "force":
            force_directed(region, progress=stop)
        elif layout == "rings":
            table_rings(region, region.tables[0].uid, progress=stop)
        else:
            domain_clusters(region, progress=stop)
    assert calls == [0.0]


def test_progress_runs_from_zero_to_one():
    region = synthetic(300)
    seen = []
    force_directed(region, progress=lambda f: seen.append(f) or True)
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in seen)
    assert seen == sorted(seen)


def test_empty_map():
    region = RegionMap()
    assert force_directed(region) == {}
    assert domain_clusters(region) == {}
    assert initial_positions(region) == {}
