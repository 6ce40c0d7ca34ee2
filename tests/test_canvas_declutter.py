"""Which labels are shown and where (stakeholders.ui.canvas.declutter, Qt-free)."""

from __future__ import annotations

from stakeholders.ui.canvas.declutter import LabelRequest, place_labels


def below_and_above(x: float, y: float, w: float = 60.0, h: float = 20.0):
    """A node's label places: below it, then above it."""
    return [(x - w / 2, y + 15, x + w / 2, y + 15 + h), (x - w / 2, y - 15 - h, x + w / 2, y - 15)]


def shape(x: float, y: float, r: float = 10.0):
    return (x - r, y - r, x + r, y + r)


def test_a_label_takes_its_first_free_place_and_never_covers_another():
    shapes = [shape(0, 0), shape(10, 40)]
    requests = [LabelRequest(below_and_above(0, 0), frozenset({0})),
                LabelRequest(below_and_above(10, 40), frozenset({1}))]
    chosen, covering = place_labels(requests, shapes)
    # The first takes "below"; below the second is free too, but the first's label would
    # cover the second's shape, so the first goes above instead.
    assert chosen == [1, 0] and covering == set()


def test_in_order_of_importance_the_first_one_wins_and_the_other_hides():
    shapes = [shape(0, 0), shape(500, 0)]
    same = below_and_above(0, 0)
    requests = [LabelRequest(same, frozenset({0})), LabelRequest(same, frozenset({1}))]
    chosen, _ = place_labels(requests, shapes, repair=False)
    assert chosen == [0, 1]
    one_place = [same[0]]
    requests = [LabelRequest(one_place, frozenset({0})), LabelRequest(one_place, frozenset({1}))]
    chosen, _ = place_labels(requests, shapes)
    assert chosen == [0, -1]


def test_a_label_in_the_way_moves_aside_when_it_can():
    shapes = [shape(-300, 0), shape(300, 0)]
    wanted = (0.0, 0.0, 60.0, 20.0)
    elsewhere = (0.0, 100.0, 60.0, 120.0)
    requests = [LabelRequest([wanted, elsewhere], frozenset({0})),  # could go elsewhere
                LabelRequest([wanted], frozenset({1}))]  # has only this place
    chosen, _ = place_labels(requests, shapes, repair=False)
    assert chosen == [0, -1]
    chosen, _ = place_labels(requests, shapes, repair=True)
    assert chosen == [1, 0]


def test_the_search_fits_a_crowd_that_greedy_placement_cannot():
    # Three labels, three places; in order, each takes the place the next one needs.
    a, b, c = (0.0, 0.0, 10.0, 10.0), (20.0, 0.0, 30.0, 10.0), (40.0, 0.0, 50.0, 10.0)
    requests = [LabelRequest([a, b]), LabelRequest([b, c]), LabelRequest([a])]
    greedy, _ = place_labels(requests, [], repair=True)
    assert greedy == [0, 0, -1]
    found, _ = place_labels(requests, [], repair=True, search=True)
    assert found == [1, 1, 0]


def test_a_table_name_may_cover_lesser_unnamed_parties_as_few_as_it_can():
    table, other_table = shape(0, 0, 20), shape(300, 0, 20)
    parties = [shape(-20, 60), shape(20, 60), shape(0, -60), shape(300, -60)]
    shapes = [table, other_table, *parties]
    over_two = (-40.0, 45.0, 40.0, 75.0)
    over_one = (-40.0, -75.0, 40.0, -45.0)
    over_table = (260.0, -20.0, 340.0, 20.0)
    requests = [
        LabelRequest([over_table, over_two, over_one], frozenset({0}), rank=0),
        LabelRequest([(260.0, 30.0, 340.0, 50.0)], frozenset({1}), rank=0),
        *(LabelRequest([over_two], frozenset({k})) for k in (2, 3)),
        LabelRequest([over_one], frozenset({4})),
        LabelRequest([(320.0, -70.0, 380.0, -50.0)], frozenset({5})),
    ]
    chosen, covering = place_labels(requests, shapes)
    assert chosen[0] == 2  # not over the other table, and over one party rather than two
    assert chosen[1] == 0 and chosen[5] == 0  # the other table and a free party: named
    assert chosen[4] == -1  # the party under the table's name stays unnamed
    # These two have one place, over both their dots: the more important one is named.
    assert chosen[2] == 0 and chosen[3] == -1
    assert covering == {0, 2}
