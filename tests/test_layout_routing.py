"""Lines that bend around nodes they don't belong to (stakeholders.layout.routing, Qt-free)."""

from __future__ import annotations

import random

import pytest

from stakeholders.layout.routing import (
    CLEARANCE,
    clip_segment,
    crossings_of_unrelated,
    route_edges,
    segment_hits_box,
)


def box_at(x: float, y: float, w: float = 100.0, h: float = 80.0):
    return (x - w / 2, y - h / 2, x + w / 2, y + h / 2)


def test_a_clear_line_stays_straight():
    centres = [(0.0, 0.0), (600.0, 0.0), (300.0, 300.0)]
    boxes = [box_at(*c) for c in centres]
    assert route_edges(boxes, centres, [(0, 1)]) == [[(0.0, 0.0), (600.0, 0.0)]]


def test_a_line_through_an_unrelated_node_bends_around_it():
    centres = [(0.0, 0.0), (600.0, 0.0), (300.0, 10.0)]  # the third sits on the line
    boxes = [box_at(*c) for c in centres]
    (route,) = route_edges(boxes, centres, [(0, 1)])
    assert route[0] == centres[0] and route[-1] == centres[1]
    assert len(route) > 2
    assert crossings_of_unrelated(boxes, [route], [(0, 1)]) == []
    # It keeps its distance, and takes the short side (the box lies a little below the line).
    third = boxes[2]
    grown = (third[0] - CLEARANCE + 0.5, third[1] - CLEARANCE + 0.5,
             third[2] + CLEARANCE - 0.5, third[3] + CLEARANCE - 0.5)
    assert crossings_of_unrelated([grown], [route], [(-1, -2)]) == []
    assert all(y < third[1] for _x, y in route[1:-1])


def test_its_own_nodes_and_a_node_under_its_end_are_no_obstacles():
    centres = [(0.0, 0.0), (400.0, 0.0), (0.0, 20.0)]  # the third overlaps the first
    boxes = [box_at(*c, w=300.0) for c in centres]
    assert route_edges(boxes, centres, [(0, 1)]) == [[(0.0, 0.0), (400.0, 0.0)]]


def test_touching_nodes_are_gone_around_as_one():
    # A party and its "alle …" target just below it: together a wall across the line.
    centres = [(0.0, 0.0), (600.0, 0.0), (300.0, -30.0), (300.0, 60.0)]
    boxes = [box_at(0, 0), box_at(600, 0), box_at(300, -30, 100, 90), box_at(300, 60, 120, 34)]
    (route,) = route_edges(boxes, centres, [(0, 1)])
    assert crossings_of_unrelated(boxes, [route], [(0, 1)]) == []
    assert len(route) <= 5


def test_routing_is_deterministic_and_clears_a_sparse_map():
    rng = random.Random(5)
    centres = [(col * 260.0 + rng.uniform(-40, 40), row * 220.0 + rng.uniform(-30, 30))
               for row in range(8) for col in range(8)]
    boxes = [box_at(*c) for c in centres]
    edges = [(rng.randrange(64), rng.randrange(64)) for _ in range(120)]
    edges = [(a, b) for a, b in edges if a != b]
    straight = [[centres[a], centres[b]] for a, b in edges]
    assert len(crossings_of_unrelated(boxes, straight, edges)) > 50
    routes = route_edges(boxes, centres, edges)
    assert routes == route_edges(boxes, centres, edges)
    assert crossings_of_unrelated(boxes, routes, edges) == []


@pytest.mark.parametrize(("p", "q", "inside"), [
    ((0, 5), (20, 5), (0.25, 0.75)),  # straight through
    ((0, 0), (5, 0), None),  # stops short
    ((0, 0), (20, 0), None),  # along the top edge: touching is not inside
])
def test_clip_segment_gives_the_part_inside_the_box(p, q, inside):
    box = (5.0, 0.0, 15.0, 10.0)
    part = clip_segment(p, q, box, 1e-6)
    assert part == (pytest.approx(inside) if inside else None)
    assert segment_hits_box(p, q, box) == (pytest.approx(inside[0]) if inside else None)
