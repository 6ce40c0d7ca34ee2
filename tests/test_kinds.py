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
    lists = {f.name for f in dataclasses.fields(RegionMap)} - {"info", "custom_rules"}
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
