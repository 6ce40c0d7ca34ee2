"""Workshop mode's story: tables one by one, then kopgroep, tweede ring, mandates, findings."""

from __future__ import annotations

import itertools

from stakeholders.io import regiokaart
from stakeholders.paths import example
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui.workshop.reveal import reveal_steps


def test_the_story_of_kustmarken():
    region = regiokaart.load(example("kustmarken.regiokaart"), known_rules=known_rule_ids).map
    steps = reveal_steps(region)
    tables = region.tables
    assert [s.what for s in steps] == ["table"] * len(tables) + [
        "kopgroep", "tweede-ring", "mandates", "findings"]
    # Tables one by one, nothing else yet.
    for number, step in enumerate(steps[:len(tables)], start=1):
        assert step.nodes == {t.uid for t in tables[:number]}
        assert step.name == tables[number - 1].naam and not step.lines
    # Each step shows all of the one before it.
    for before, after in itertools.pairwise(steps):
        assert before.nodes <= after.nodes and before.lines <= after.lines
    party = {p.id: p.uid for p in region.parties}
    kop = steps[len(tables)]
    assert kop.lines == {s.uid for s in region.seats if s.ring == "kopgroep"}
    assert kop.nodes - {t.uid for t in tables} == {
        party[s.partij] for s in region.seats if s.ring == "kopgroep"}
    only_second = {party[s.partij] for s in region.seats if s.ring == "tweede-ring"} - kop.nodes
    assert only_second and only_second <= steps[len(tables) + 1].nodes
    assert not steps[-2].findings and steps[-1].findings
    assert steps[-1].nodes == {p.uid for p in region.parties} | {t.uid for t in tables}
    assert {m.uid for m in region.mandates} <= steps[-2].lines
