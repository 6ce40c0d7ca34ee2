"""The default layout (Schikken > Automatisch, and every spreadsheet that is opened).

What a user notices: no name hides behind another item, pinned items stay, the
same map always gives the same drawing, and the drawing is at least as tidy as
what Graphviz makes of the same graph. Boxes are the true footprints (shape and
wrapped name, see ``stakeholders.layout.labels``).
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import replace

import numpy as np
import pytest

from stakeholders.io.formats import load_map
from stakeholders.layout import auto_layout, table_rings
from stakeholders.layout._graph import build_graph
from stakeholders.layout._screenfit import WINDOW, equalize, stretch
from stakeholders.layout.boxes import mandate_labels, map_boxes
from stakeholders.layout.guides import cluster_guides, ring_guides
from stakeholders.layout.quality import crossings, overlaps
from stakeholders.model.entities import Seat
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids
from tests.conftest import DATA, EXAMPLES, ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from bench.generate import generate_map
from bench.graphviz_peer import available, graphviz_layout


def unplaced(region: RegionMap) -> RegionMap:
    """The map as a spreadsheet gives it: no positions, nothing pinned."""
    return replace(region, parties=[replace(p, pos=None, pinned=False) for p in region.parties],
                   tables=[replace(t, pos=None, pinned=False) for t in region.tables])


def example(name: str) -> RegionMap:
    return load_map(EXAMPLES / f"{name}.regiokaart", known_rules=known_rule_ids).map


MAPS = {
    "kustmarken": lambda: unplaced(example("kustmarken")),
    "rivierenland": lambda: unplaced(example("rivierenland")),
    "generated-150": lambda: generate_map(150, seed=3),
    "generated-300": lambda: generate_map(300, seed=42),
}


def arrays(region: RegionMap, positions):
    graph = build_graph(region)
    boxes = map_boxes(region)
    pos = np.array([positions.get(u) or (graph.pos[k][0], graph.pos[k][1])
                    for k, u in enumerate(graph.uids)], dtype=float)
    return graph, [boxes.items[u] for u in graph.uids], pos


@pytest.mark.parametrize("name", MAPS)
def test_every_item_gets_a_place_and_nothing_overlaps(name):
    region = MAPS[name]()
    result = auto_layout(region)
    assert set(result) == {i.uid for i in (*region.parties, *region.tables)}
    graph, boxes, pos = arrays(region, result)
    found = overlaps(pos, boxes)
    assert found.total == 0, found
    # The footprints used for that include the "alle ‹type›" targets' row.
    sizes = map_boxes(region).sizes
    x = pos[:, 0]
    y = pos[:, 1] + np.array([sizes[u][2] for u in graph.uids])
    hw = np.array([sizes[u][0] / 2 for u in graph.uids])
    hh = np.array([sizes[u][1] / 2 for u in graph.uids])
    i, j = np.triu_indices(len(x), 1)
    hit = (np.abs(x[i] - x[j]) < hw[i] + hw[j]) & (np.abs(y[i] - y[j]) < hh[i] + hh[j])
    assert not hit.any()


@pytest.mark.parametrize("name", MAPS)
def test_mandate_labels_land_on_no_item_name_or_other_label(name):
    """The "namens …" label of a mandate line is drawn on the line's midpoint: the layout
    keeps that box free of every shape, name and "alle ‹type›" target, and of other labels."""
    region = MAPS[name]()
    result = auto_layout(region)
    labels = mandate_labels(region)
    assert labels, "the map has mandate lines between parties"
    sizes = map_boxes(region).sizes
    rects = [(x - w / 2, y + dy - h / 2, x + w / 2, y + dy + h / 2)
             for uid, (w, h, dy) in sizes.items() for x, y in [result[uid]]]
    boxes = []
    for label in labels:
        (hx, hy), (px, py) = result[label.holder], result[label.party]
        mx, my = (hx + px) / 2, (hy + py) / 2
        boxes.append((mx - label.width / 2, my - label.height / 2,
                      mx + label.width / 2, my + label.height / 2))

    def meet(a, b) -> bool:
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    for k, box in enumerate(boxes):
        assert not any(meet(box, rect) for rect in rects), labels[k].text
        assert not any(meet(box, other) for other in boxes[k + 1:]), labels[k].text


def test_a_thousand_parties_without_overlap():
    region = generate_map(1000, seed=42)
    _graph, boxes, pos = arrays(region, auto_layout(region))
    assert overlaps(pos, boxes).total == 0


@pytest.mark.parametrize("name", MAPS)
def test_same_map_same_drawing(name):
    def by_id():
        region = MAPS[name]()  # a fresh load: new uids, same content
        ids = {i.uid: i.id for i in (*region.parties, *region.tables)}
        return {ids[uid]: pos for uid, pos in auto_layout(region).items()}

    assert by_id() == by_id()


def test_pinned_items_stay_and_others_keep_clear_of_them():
    region = example("rivierenland")
    pinned = {region.parties[0].uid, region.parties[7].uid, region.tables[1].uid}
    region = replace(region,
                     parties=[replace(p, pinned=p.uid in pinned) for p in region.parties],
                     tables=[replace(t, pinned=t.uid in pinned) for t in region.tables])
    result = auto_layout(region)
    assert not pinned & set(result)
    _graph, boxes, pos = arrays(region, result)
    assert overlaps(pos, boxes).total == 0


def test_a_selection_moves_only_the_selection():
    region = example("kustmarken")
    chosen = {p.uid for p in region.parties[:6]}
    result = auto_layout(region, only=chosen)
    assert set(result) <= chosen and result


def test_seed_positions_shape_the_drawing():
    """The page lays out at print size from the screen's positions: same arrangement."""
    region = example("kustmarken")
    seed = {i.uid: i.pos for i in (*region.parties, *region.tables)}
    small = {uid: (w * 0.6, h * 0.6, dy * 0.6) for uid, (w, h, dy) in
             map_boxes(region, 6.6).sizes.items()}
    result = auto_layout(unplaced(region), boxes=small, seed=seed)
    uids = sorted(seed)
    before = np.array([seed[u] for u in uids])
    after = np.array([result[u] for u in uids])
    for axis in range(2):
        assert np.corrcoef(before[:, axis], after[:, axis])[0, 1] > 0.9


def test_the_drawing_is_wider_than_high_like_a_screen():
    region = MAPS["generated-300"]()
    pos = np.array(list(auto_layout(region).values()))
    width, height = np.ptp(pos, axis=0)
    assert width >= height


def test_a_crowded_map_is_spread_evenly_in_the_shape_of_the_window():
    """150 parties: the names grow at fit, so the drawing fills the window's shape (no empty
    band above and below) and its middle is no denser than the rest."""
    region = MAPS["generated-150"]()
    graph, _boxes, pos = arrays(region, auto_layout(region))
    sizes = map_boxes(region).sizes
    w, h, dy = (np.array([sizes[u][k] for u in graph.uids]) for k in range(3))
    width = (pos[:, 0] + w / 2).max() - (pos[:, 0] - w / 2).min()
    height = (pos[:, 1] + dy + h / 2).max() - (pos[:, 1] + dy - h / 2).min()
    assert width / height == pytest.approx(WINDOW[0] / WINDOW[1], rel=0.02)
    # The middle ninth of the extent holds no more than its share of the items (a force
    # drawing alone puts half as many again there: 24 of 156).
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    middle = ((pos > lo + (hi - lo) / 3) & (pos < hi - (hi - lo) / 3)).all(axis=1)
    assert middle.sum() <= len(pos) / 9


def test_spreading_keeps_the_order_and_stretching_keeps_crossings_and_clearance():
    rng = np.random.default_rng(5)
    x = rng.normal(size=(80, 2)) * [300.0, 120.0]  # a blob, dense in the middle
    half_w, half_h, dy = np.full(80, 20.0), np.full(80, 10.0), np.zeros(80)
    even = equalize(x, half_w, half_h)
    for axis in range(2):
        assert (np.argsort(even[:, axis], kind="stable")
                == np.argsort(x[:, axis], kind="stable")).all()
        assert even[:, axis].min() == pytest.approx(x[:, axis].min())
        assert even[:, axis].max() == pytest.approx(x[:, axis].max())
        gaps = np.diff(np.sort(even[:, axis]))
        assert gaps.max() <= 1.01 * gaps.min() + 1e-9  # equal boxes: equal steps
    ei, ej = np.arange(0, 40), np.arange(40, 80)
    tall = stretch(x, half_w, half_h, dy)
    assert crossings(tall, ei, ej) == crossings(x, ei, ej)
    assert np.ptp(tall[:, 0]) == pytest.approx(np.ptp(x[:, 0]))
    assert np.ptp(tall[:, 1]) > np.ptp(x[:, 1])
    extent = np.ptp(tall, axis=0) + np.array([40.0, 20.0])
    assert extent[0] / extent[1] == pytest.approx(WINDOW[0] / WINDOW[1])


def _reseated(region: RegionMap, table: str, seats: list[tuple[str, str, str]]) -> RegionMap:
    """``region`` with the seats of ``table`` replaced by (party, ring, role) triples."""
    kept = [seat for seat in region.seats if seat.tafel != table]
    return replace(region, seats=[*kept, *(Seat(tafel=table, partij=p, ring=ring, rol=role)
                                            for p, ring, role in seats)])


def _shuffled_seats(region: RegionMap, seed: int, count: int = 3) -> RegionMap:
    """``region`` with ``count`` seats taken away and ``count`` new ones (random, seeded)."""
    rng = random.Random(seed)
    seats = list(region.seats)
    for _ in range(count):
        seats.pop(rng.randrange(len(seats)))
    have = {(s.tafel, s.partij) for s in seats}
    while len(seats) < len(region.seats):
        table, party = rng.choice(region.tables).id, rng.choice(region.parties).id
        if (table, party) not in have:
            have.add((table, party))
            seats.append(Seat(tafel=table, partij=party,
                              ring=rng.choice(["kopgroep", "tweede-ring"])))
    return replace(region, seats=seats)


#: The examples and maps like them: another seating of Jeugdregio Zuid (T-R9), Rietweerd seated
#: there as toehoorder, a few seats moved at random, generated regions of 50-80 parties.
PERTURBED = {
    "kustmarken": MAPS["kustmarken"],
    "rivierenland": MAPS["rivierenland"],
    "rivierenland-t-r9-sociaal-team": lambda: _reseated(MAPS["rivierenland"](), "T-R9", [
        ("R07", "kopgroep", "lid"), ("R39", "kopgroep", "lid"), ("R38", "tweede-ring", "lid")]),
    "rivierenland-rietweerd-toehoorder": lambda: replace(
        MAPS["rivierenland"](), seats=[*MAPS["rivierenland"]().seats,
                                        Seat(tafel="T-R9", partij="R08", rol="toehoorder",
                                             ring="tweede-ring")]),
    **{f"kustmarken-seats-{k}": (lambda k=k: _shuffled_seats(MAPS["kustmarken"](), k))
       for k in (1, 2, 3)},
    **{f"rivierenland-seats-{k}": (lambda k=k: _shuffled_seats(MAPS["rivierenland"](), k))
       for k in (1, 2, 3)},
    **{f"generated-{n}-{k}": (lambda n=n, k=k: generate_map(n, seed=k))
       for n, k in ((50, 1), (80, 2))},
}


@pytest.mark.skipif(not (available("sfdp") and available("neato")),
                    reason="Graphviz (sfdp, neato) is not installed: no peer to compare with")
@pytest.mark.parametrize("name", PERTURBED)
def test_no_more_crossings_than_graphviz(name):
    """Not luck: on the examples and on small changes to them, never more crossings than the
    better of sfdp and neato on the same graph with the same boxes."""
    region = PERTURBED[name]()
    graph, boxes, pos = arrays(region, auto_layout(region))
    assert overlaps(pos, boxes).total == 0
    sizes = map_boxes(region).sizes
    w, h, dy = (np.array([sizes[u][k] for u in graph.uids]) for k in range(3))
    ours = crossings(pos, graph.ei, graph.ej)
    peers = [crossings(graphviz_layout(engine, graph.n, graph.ei, graph.ej, w, h, dy)[0],
                       graph.ei, graph.ej) for engine in ("sfdp", "neato")]
    assert ours <= min(peers), (ours, peers)


@pytest.mark.skipif(not (available("sfdp") and available("neato")),
                    reason="Graphviz (sfdp, neato) is not installed: no peer to compare with")
def test_a_tangled_first_drawing_is_drawn_again():
    """A generated region whose first force drawing comes out twisted (it ended with 2.7
    times the crossings of the better of sfdp and neato, 328 against 123): drawn again from
    a spectral start, it has fewer than Graphviz (107)."""
    region = generate_map(65, seed=142)
    graph, boxes, pos = arrays(region, auto_layout(region))
    assert overlaps(pos, boxes).total == 0
    sizes = map_boxes(region).sizes
    w, h, dy = (np.array([sizes[u][k] for u in graph.uids]) for k in range(3))
    ours = crossings(pos, graph.ei, graph.ej)
    peers = [crossings(graphviz_layout(engine, graph.n, graph.ei, graph.ej, w, h, dy)[0],
                       graph.ei, graph.ej) for engine in ("sfdp", "neato")]
    assert ours <= min(peers), (ours, peers)


# -- tafelringen and domeinclusters ---------------------------------------------------------
def laid_out(region: RegionMap) -> RegionMap:
    result = auto_layout(region)
    return replace(region, parties=[replace(p, pos=result[p.uid]) for p in region.parties],
                   tables=[replace(t, pos=result[t.uid]) for t in region.tables])


@pytest.mark.parametrize("name", ["kustmarken", "rivierenland"])
def test_rings_are_never_covered_by_other_tables_or_parties(name):
    region = laid_out(MAPS[name]())
    sizes = map_boxes(region).sizes
    for table in region.tables:
        result = table_rings(region, table.uid)
        after = {i.uid: result.get(i.uid, i.pos) for i in (*region.parties, *region.tables)}
        seated = set(result) & {p.uid for p in region.parties} - _moved_others(region, result,
                                                                              table.id)
        centre = after[table.uid]

        disc = max(_reach(after[u], sizes[u], centre) for u in (*seated, table.uid))
        for uid, (x, y) in after.items():
            if uid in seated or uid == table.uid:
                continue
            w, h, dy = sizes[uid]
            # Nearest point of the other box to the centre lies outside the rings' disc.
            nx = min(max(centre[0], x - w / 2), x + w / 2)
            ny = min(max(centre[1], y + dy - h / 2), y + dy + h / 2)
            assert math.hypot(nx - centre[0], ny - centre[1]) > disc * 0.999, (table.id, uid)


def _reach(pos, size, towards) -> float:
    """Distance from ``towards`` to the farthest corner of a box (item at ``pos``)."""
    (x, y), (w, h, dy) = pos, size
    return math.hypot(abs(x - towards[0]) + w / 2, abs(y + dy - towards[1]) + h / 2)


def _moved_others(region: RegionMap, result, table_id: str) -> set[str]:
    seated_ids = {s.partij.casefold() for s in region.seats if s.tafel.casefold() ==
                  table_id.casefold()}
    return {p.uid for p in region.parties if p.uid in result
            and p.id.casefold() not in seated_ids}


def test_ring_guides_describe_the_rings_and_their_captions_clear_the_parties():
    region = laid_out(MAPS["kustmarken"]())
    table = max(region.tables, key=lambda t: sum(s.tafel == t.id for s in region.seats))
    result = table_rings(region, table.uid)
    guides = ring_guides(region, table.uid, result)
    assert [g.caption for g in guides.rings] == ["kopgroep", "tweede ring"]
    inner, outer = guides.rings
    assert inner.centre == result[table.uid] and inner.radius < outer.radius
    assert guides.titles[0].text == table.naam
    assert guides.titles[0].pos[1] < inner.centre[1] - outer.radius
    boxes = map_boxes(region).sizes
    for ring in guides.rings:
        assert math.dist(ring.caption_pos, ring.centre) == pytest.approx(ring.radius)
        for uid, (x, y) in result.items():
            w, h, dy = boxes[uid]
            cx, cy = ring.caption_pos
            assert not (abs(cx - x) < w / 2 and abs(cy - y - dy) < h / 2), uid


def test_cluster_guides_wrap_each_domain_with_its_caption_above():
    from stakeholders.layout import domain_clusters
    from stakeholders.model.vocab import domain_of

    region = example("rivierenland")
    result = domain_clusters(region)
    guides = cluster_guides(region, result)
    sizes = map_boxes(region).sizes
    assert {g.domain for g in guides.domains} == {domain_of(p.type) for p in region.parties}
    for guide in guides.domains:
        xs = [x for x, _ in guide.hull]
        ys = [y for _, y in guide.hull]
        assert guide.caption.pos[1] < min(ys)
        for party in region.parties:
            if domain_of(party.type) != guide.domain:
                continue
            (x, y), (w, h, dy) = result.get(party.uid, party.pos), sizes[party.uid]
            assert min(xs) <= x - w / 2 and x + w / 2 <= max(xs)
            assert min(ys) <= y + dy - h / 2 and y + dy + h / 2 <= max(ys)


def test_spreadsheet_and_convert_give_the_positions_the_app_shows(tmp_path, capsys):
    from stakeholders.cli import main
    from stakeholders.placement import with_positions

    out = tmp_path / "kust.regiokaart"
    assert main(["convert", str(DATA / "kustmarken.xlsx"), str(out)]) == 0
    converted = load_map(out, known_rules=known_rule_ids).map
    shown = with_positions(load_map(DATA / "kustmarken.xlsx", known_rules=known_rule_ids).map)
    by_id = {i.id: i.pos for i in (*shown.parties, *shown.tables)}
    assert all(i.pos is not None for i in (*converted.parties, *converted.tables))
    assert {i.id: i.pos for i in (*converted.parties, *converted.tables)} == by_id
