"""One invariant, one message: the importer and the edit planner refuse the same fault
with the same Dutch words (``model/invariants.py`` holds them once)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from builders import region
from io_helpers import errors_of

from stakeholders.model import edits
from stakeholders.model.entities import Mandate, Party, Relation, Table, Waiver
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids

PARTIJEN = "id;naam;type\nP1;Gemeente A;gemeente\nP2;Ziekenhuis B;ziekenhuis\n"
TAFELS = "id;naam;soort\nT1;Zorgtafel;zorgtafel\n"


def _base() -> RegionMap:
    return region(Partijen=PARTIJEN, Tafels=TAFELS)


def _table(m: RegionMap) -> str:
    return m.tables[0].uid


# (sheets that fail to import with one error, the edit that must fail with the same words)
CASES: dict[str, tuple[dict[str, str], Callable[[RegionMap], object]]] = {
    "E-ROLE-TYPE": (
        {"Partijen": "id;naam;type;rollen\nN1;x;gemeente;marktleider\n"},
        lambda m: edits.add_party(m, Party("N1", "x", "gemeente", rollen=("marktleider",)))),
    "E-GEMEENTECODE-INVALID": (
        {"Partijen": "id;naam;type;gemeenten\nN1;x;gemeente;GM12\n"},
        lambda m: edits.add_party(m, Party("N1", "x", "gemeente", gemeenten=("GM12",)))),
    "E-NUMBER-INVALID": (
        {"Partijen": "id;naam;type;invloed\nN1;x;gemeente;9\n"},
        lambda m: edits.add_party(m, Party("N1", "x", "gemeente", invloed=9))),
    "E-ID-INVALID": (
        {"Partijen": "id;naam;type\nkaart;x;gemeente\n"},
        lambda m: edits.add_party(m, Party("kaart", "x", "gemeente"))),
    "E-TYPE-UNKNOWN": (
        {"Partijen": "id;naam;type\nN1;x;stamtafel\n"},
        lambda m: edits.add_party(m, Party("N1", "x", "stamtafel"))),
    "E-SOORT-UNKNOWN": (
        {"Partijen": PARTIJEN, "Tafels": "id;naam;soort\nT1;x;stamtafel\n"},
        lambda m: edits.add_table(m, Table("T9", "x", "stamtafel"))),
    "E-REF-PARTY": (
        {"Partijen": PARTIJEN, "Tafels": "id;naam;soort;secretariaat\nT1;x;zorgtafel;P9\n"},
        lambda m: edits.set_fields(m, "table", _table(m), {"secretariaat": "P9"})),
    "E-REF-TABLE": (
        {"Partijen": PARTIJEN, "Tafels": TAFELS, "Mandaten": "houder;namens;tafel\nP1;P2;T9\n"},
        lambda m: edits.add_mandate(m, Mandate("P1", namens_partij="P2", tafel="T9"))),
    "E-REF-ID": (
        {"Partijen": PARTIJEN, "Relaties": "van;naar;soort\nP1;X9;financiert\n"},
        lambda m: edits.add_relation(m, Relation("P1", "X9", "financiert"))),
    "E-REF-RULE": (
        {"Partijen": PARTIJEN, "Keuzes": "regel;onderwerp;reden\nR-XXX-99;kaart;bewust\n"},
        lambda m: edits.add_waiver(m, Waiver("R-XXX-99", "kaart", "bewust"), known_rule_ids())),
    "E-MANDATE-SELF": (
        {"Partijen": PARTIJEN, "Mandaten": "houder;namens\nP1;P1\n"},
        lambda m: edits.add_mandate(m, Mandate("P1", namens_partij="P1"))),
    "E-CHAIR-NOT-SEATED": (
        {"Partijen": PARTIJEN, "Tafels": "id;naam;soort;voorzitter\nT1;x;zorgtafel;P1\n"},
        lambda m: edits.set_fields(m, "table", _table(m), {"voorzitter": "P1"})),
    "E-PARENT-CYCLE": (
        {"Partijen": PARTIJEN, "Tafels": "id;naam;soort;bovenliggende-tafel\nT1;x;zorgtafel;T1\n"},
        lambda m: edits.set_fields(m, "table", _table(m), {"bovenliggende_tafel": "T1"})),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_the_importer_and_the_editor_refuse_a_fault_with_the_same_words(code: str) -> None:
    sheets, edit = CASES[code]
    [error] = errors_of(**sheets)
    assert error.code == code
    with pytest.raises(edits.EditError) as refused:
        edit(_base())
    assert str(refused.value) == error.message


def test_a_new_table_needs_a_name_as_a_changed_one_does() -> None:
    """A table without a name could not be imported again (E-VALUE-REQUIRED)."""
    m = _base()
    with pytest.raises(edits.EditError, match="een tafel heeft een naam nodig"):
        edits.add_table(m, Table("T9", " ", "zorgtafel"))
    with pytest.raises(edits.EditError, match="een tafel heeft een naam nodig"):
        edits.set_fields(m, "table", _table(m), {"naam": ""})


def test_the_importer_names_the_place_of_a_duplicate_the_editor_does_not() -> None:
    [error] = errors_of(Partijen="id;naam;type\nP1;a;gemeente\np1;b;gemeente\n")
    assert error.message == "id 'p1' komt al voor (Partijen.csv, rij 2)"
    with pytest.raises(edits.EditError) as refused:
        edits.add_party(_base(), Party("p1", "b", "gemeente"))
    assert str(refused.value) == "id 'p1' komt al voor"
