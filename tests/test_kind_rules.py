"""Issue 11: which rule groups a table kind brings comes from the rule catalogue."""

from __future__ import annotations

from stakeholders.model import vocab
from stakeholders.rules.catalogue import default_catalogue
from stakeholders.rules.kind_rules import kind_rules


def test_each_kind_lists_the_themes_of_the_rules_that_run_on_it():
    catalogue = default_catalogue()
    for kind in vocab.table_kinds():
        summary = kind_rules(kind.id)
        rules = catalogue.rules_for(kind.id)
        assert summary.rules == len(rules)
        assert set(summary.themes) == {catalogue.vocabulary.theme(r.thema) for r in rules}
        assert summary.required == sum(r.level == "vereist" for r in rules)


def test_the_kinds_differ_as_the_catalogue_says():
    iza = kind_rules("iza-regiotafel")
    assert iza.themes[:3] == ("samenstelling", "regie", "governance")
    assert "mandaten" in iza.themes and iza.required >= 4
    assert "akkoord (IZA)" in iza.bases
    assert "mandaten" not in kind_rules("zorgtafel").themes
    assert kind_rules("roaz").bases[0] == "wet"
    assert kind_rules("werkgroep").rules == 0


def test_a_rule_added_to_the_catalogue_shows_up():
    catalogue = default_catalogue()
    rule = {"id": "R-REGIO-01", "level": "vereist", "applies_to": ["werkgroep"],
            "subject": "tafel", "checkable": True, "thema": "mandaten",
            "message_nl": "x {tafel}", "message_en": "x {tafel}",
            "check": {"kind": "covered", "parts": [{"types": ["ggd"], "label_nl": "GGD",
                                                    "label_en": "GGD"}]}}
    extended = catalogue.with_region_rules([rule])
    summary = kind_rules("werkgroep", extended)
    assert (summary.rules, summary.required, summary.themes) == (1, 1, ("mandaten",))
