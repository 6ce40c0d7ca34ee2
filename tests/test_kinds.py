"""The typed kinds: every entity list of a map has exactly one kind, and the kinds travel
through the Document's signals and the flag records unchanged."""

from __future__ import annotations

import dataclasses
import json

from stakeholders.model.document import Document
from stakeholders.model.entities import Party
from stakeholders.model.kinds import SUBJECT_KIND_ORDER, EntityKind, SubjectKind
from stakeholders.model.ops import Insert
from stakeholders.model.regionmap import RegionMap


def test_each_entity_list_of_a_map_has_one_kind() -> None:
    lists = {f.name for f in dataclasses.fields(RegionMap)} - {"info", "custom_rules", "snapshots"}
    assert {kind.list_name for kind in EntityKind} == lists


def test_the_document_signals_the_kind_of_an_added_party(qtbot) -> None:
    document = Document(RegionMap())
    party = Party("A1", "Gemeente Kustmarken", "gemeente")
    with qtbot.waitSignal(document.added) as blocker:
        document.apply([Insert(EntityKind.PARTY, party, 0)])
    assert blocker.args == [EntityKind.PARTY, party.uid]
    assert document.kind_of(party.uid) is EntityKind.PARTY
    assert document.by_id("a1") == party
    assert document.items(EntityKind.PARTY) == [party]


def test_subject_kinds_are_the_dutch_file_values_in_display_order() -> None:
    assert [str(kind) for kind in SUBJECT_KIND_ORDER] == ["kaart", "tafel", "partij"]
    assert json.dumps({"subject_kind": SubjectKind.TABLE}) == '{"subject_kind": "tafel"}'


def test_a_region_rule_about_an_unknown_kind_of_subject_is_refused(tmp_path) -> None:
    """A rule's subject is one of the subject kinds; anything else is named, not crashed on."""
    import pytest

    from stakeholders.rules.catalogue import MAP_SCOPE, CatalogueError, load_region_rules

    path = tmp_path / "eigen.toml"
    path.write_text(f'[[rules]]\nid = "R-EIGEN-01"\nlevel = "signaal"\n'
                    f'applies_to = ["{MAP_SCOPE}"]\nsubject = "gemeente"\n'
                    'message_nl = "x"\nmessage_en = "x"\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="R-EIGEN-01: onbekend onderwerp 'gemeente'"):
        load_region_rules(path)
