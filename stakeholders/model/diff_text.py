"""The changes of a :class:`~stakeholders.model.diff.MapDiff` in Dutch words.

One place says how a change reads, for the command line, the changes panel and the
page: :func:`subject` names the entity ("GGD Kustmarken aan Zorgtafel Kustmarken"),
:func:`field_text` one changed field ("Besluitvorming: (leeg) → 'Consent, …'";
for a list "Werkgebied: + Tiel; − Culemborg") and :func:`line` a whole change.
Names come from the newer map, else the older one (a removed party keeps its name).
"""

from __future__ import annotations

from typing import Any

from stakeholders.i18n import translator
from stakeholders.model import schema, vocab
from stakeholders.model.diff import RULE_KIND, Change, EntityChange, FieldChange, display_value
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.model.schema import Kind

_t = translator("changes")

#: Longer values are cut (with "…") in one line of text.
MAX_VALUE = 60


class Names:
    """Party and table names of two maps, the newer winning (ids compared folded)."""

    def __init__(self, old: RegionMap, new: RegionMap) -> None:
        self.old, self.new = old, new
        self._names: dict[str, str] = {}
        for region in (old, new):
            for party in region.parties:
                self._names[fold(party.id)] = party.naam
            for table in region.tables:
                self._names[fold(table.id)] = table.naam

    def __call__(self, identifier: str) -> str:
        """The name of a party or table id, or the id itself."""
        return self._names.get(fold(identifier), identifier)


def kind_title(kind: str) -> str:
    """The heading of a kind's changes: the sheet's name (Partijen, …), Kaart, own rules."""
    if kind == RULE_KIND:
        return _t("Eigen verwachtingen")
    if kind == schema.INFO:
        return _t("Kaart")
    return schema.spec_of(kind).name


def change_word(change: Change) -> str:
    """``nieuw``, ``weg`` or ``gewijzigd`` as the user reads it."""
    return {Change.ADDED: _t("nieuw"), Change.REMOVED: _t("weg"),
            Change.CHANGED: _t("gewijzigd")}[change]


def _mandate_target(mandate: Any, names: Names) -> str:
    if mandate.namens_type:
        party_type = vocab.party_types().by_id.get(mandate.namens_type)
        text = _t("alle {type}").format(
            type=party_type.label_nl if party_type else mandate.namens_type)
        return text + (f" @{mandate.namens_subregio}" if mandate.namens_subregio else "")
    return names(mandate.namens_partij)


def subject(change: EntityChange, names: Names) -> str:
    """What the change is about, in words (with the id of a party or table)."""
    return entity_text(change.kind, change.entity, names)


def entity_text(kind: str, item: Any, names: Names) -> str:
    """An entity (or own rule) in words: ``Huisartsenkring namens alle huisartsen (alle
    tafels)``, ``GGD aan Zorgtafel``, ``Zorgtafel Kustmarken (T1)``."""
    if kind == RULE_KIND:
        return _t("eigen verwachting {id}").format(id=item.get("id", ""))
    if kind in (EntityKind.PARTY, EntityKind.TABLE):
        return f"{item.naam} ({item.id})"
    if kind == EntityKind.SEAT:
        return _t("{partij} aan {tafel}").format(partij=names(item.partij),
                                                 tafel=names(item.tafel))
    if kind == EntityKind.MANDATE:
        where = names(item.tafel) if item.tafel else _t("alle tafels")
        return _t("{houder} namens {wie} ({waar})").format(
            houder=names(item.houder), wie=_mandate_target(item, names), waar=where)
    if kind == EntityKind.RELATION:
        return f"{names(item.van)} {vocab.RELATION_KINDS.label(item.soort)} {names(item.naar)}"
    subject_name = _t("de hele kaart") if item.onderwerp.lower() == "kaart" \
        else names(item.onderwerp)
    return _t("bewuste keuze {regel} voor {onderwerp}").format(regel=item.regel,
                                                               onderwerp=subject_name)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1].rstrip() + "…"


def field_text(change: FieldChange, names: Names) -> str:
    """One changed field: ``Label: oud → nieuw``; a list says what came and went; a party
    or table is named by its name."""
    old, new = names.old, names.new
    column = change.column
    label = column.label or column.name
    if change.governance:
        label = _t("{veld} (governance)").format(veld=label)
    if column.kind.is_list:
        # Gemeente codes by their CBS names: the map would name a code after the party that
        # lists it, which on that party's own list reads "+ Gemeente Noord".
        maps: tuple[RegionMap | None, RegionMap | None] = (
            (None, None) if column.kind is Kind.GEMEENTEN else (old, new))
        before, after = tuple(change.old or ()), tuple(change.new or ())
        came = [v for v in after if v not in before]
        went = [v for v in before if v not in after]
        pieces = []
        if came:
            pieces.append("+ " + display_value(column, tuple(came), maps[1]))
        if went:
            pieces.append("− " + display_value(column, tuple(went), maps[0]))
        return f"{label}: {'; '.join(pieces) or _t('andere volgorde')}"
    empty = _t("(leeg)")
    before_text = display_value(column, change.old, old, names)
    after_text = display_value(column, change.new, new, names)
    before_text = f"'{_short(before_text)}'" if before_text else empty
    after_text = f"'{_short(after_text)}'" if after_text else empty
    return f"{label}: {before_text} → {after_text}"


def fields_text(change: EntityChange, names: Names) -> str:
    """Every changed field of a change, joined with ``; ``."""
    if change.kind == RULE_KIND:
        keys = sorted({*change.old, *change.new} - {"id"})
        return ", ".join(k for k in keys if change.old.get(k) != change.new.get(k))
    return "; ".join(field_text(f, names) for f in change.fields)


def line(change: EntityChange, names: Names) -> str:
    """The whole change on one line: ``nieuw: GGD (P9)``, ``gewijzigd: T1: Naam: …``."""
    text = f"{change_word(change.change)}: {subject(change, names)}"
    if change.change == Change.CHANGED:
        text += f": {fields_text(change, names)}"
    return text
