"""Which fields the property panel shows per kind of item, with their editor kind.

The fields are generated from :mod:`stakeholders.model.schema`: each column gives the
attribute, the Dutch label and hint, and its value kind picks the editor (and, for
drop-downs, a function that lists the choices from the current map). The few places
where the panel shows a column differently are listed here as data (``_OVERRIDES``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from stakeholders.i18n import data_text, translator
from stakeholders.model import schema, vocab
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RegionMap
from stakeholders.model.schema import Kind

TEXT = "text"  #: one line, each keystroke an edit, merged into one undo step
ID = "id"  #: one line, committed when editing finishes (renames references)
MULTILINE = "multiline"
CHOICE = "choice"
ROLES = "roles"
SCORE = "score"
BOOL = "bool"
TRISTATE = "tristate"
DATE = "date"
LIST = "list"  #: comma-separated list
GEMEENTEN = "gemeenten"  #: CBS gemeente codes, chosen and shown by name
NAMENS = "namens"
READONLY = "readonly"

Choices = Callable[[RegionMap, object], list[tuple[str, str]]]


_t = translator("fields")


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of an entity."""

    name: str
    label: str
    kind: str = TEXT
    choices: Choices | None = None
    placeholder: str = ""
    open_choice: bool = False  #: a drop-down that also takes typed text

    # The schema's labels are made when it is imported; these translate them when shown.
    @property
    def caption(self) -> str:
        """The label in the active language."""
        return data_text("fields", self.label)

    @property
    def hint(self) -> str:
        """The placeholder in the active language."""
        return data_text("fields", self.placeholder)


def _party_types(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(t.id, f"{t.label} ({vocab.domains()[t.domain].label})")
            for t in vocab.party_types()]


def _table_kinds(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(k.id, k.label) for k in vocab.table_kinds()]


def _none(label: str) -> list[tuple[str, str]]:
    return [("", label)]


def _parties(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(p.id, f"{p.naam} ({p.id})") for p in region.parties]


def _parties_or_none(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return _none(_t("(geen)")) + _parties(region, entity)


def _seated_or_none(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    table_id = getattr(entity, "id", "")
    seated = {s.partij for s in region.seats if s.tafel == table_id}
    return _none(_t("(geen)")) + [(p.id, f"{p.naam} ({p.id})") for p in region.parties
                                  if p.id in seated]


def _other_tables_or_none(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    own = getattr(entity, "id", "")
    return _none(_t("(geen)")) + [(t.id, f"{t.naam} ({t.id})") for t in region.tables
                                  if t.id != own]


def _tables_or_all(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return _none(_t("alle tafels")) + [(t.id, f"{t.naam} ({t.id})") for t in region.tables]


def _ids(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(t.id, f"{t.naam} ({t.id})") for t in region.tables] + _parties(region, entity)


def _subjects(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [("kaart", _t("hele kaart")), *_ids(region, entity)]


def _enum(enumeration: vocab.Enumeration) -> Choices:
    return lambda region, entity: [(v.id, v.label) for v in enumeration.values]


def _rules(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    from stakeholders.rules.catalogue import known_rule_ids

    return [(r, r) for r in known_rule_ids(region.custom_rules)]


def _divisions(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(v.id, v.label) for v in vocab.REGION_DIVISIONS.values]


def _regions(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    """The regions of the map's regio-indeling, by name (label = value, so typing a name
    never changes under the cursor); free text stays allowed."""
    from stakeholders.ui.divisions_data import current_divisions

    division = region.info.regio_indeling
    slug = vocab.REGION_DIVISIONS.resolve(division) or division
    if not slug:  # no division chosen: no list (and the divisions are not read at start-up)
        return []
    return [(r.name, r.name) for r in current_divisions().regions_of(slug)]


#: The editor of each value kind (a column may override it below).
_EDITORS: dict[Kind, str] = {
    Kind.TEXT: TEXT, Kind.LONG_TEXT: MULTILINE, Kind.ID: ID, Kind.PARTY_ROLES: ROLES,
    Kind.GEMEENTEN: GEMEENTEN, Kind.SCORE: SCORE, Kind.BOOL: BOOL, Kind.OPTIONAL_BOOL: TRISTATE,
    Kind.DATE: DATE, Kind.NAMENS: NAMENS,
}


def _choices(column: schema.Column) -> Choices | None:
    """The drop-down list of a column of a choice kind (``None``: not a choice)."""
    if column.enum is not None:
        return _enum(column.enum)
    if column.kind is Kind.PARTY_REF:
        return _parties if column.required else _parties_or_none
    if column.kind in (Kind.TABLE_REF, Kind.PARENT):
        return _other_tables_or_none
    return {
        Kind.PARTY_TYPE: _party_types, Kind.TABLE_KIND: _table_kinds, Kind.ANY_REF: _ids,
        Kind.CHAIR: _seated_or_none, Kind.TABLE_SCOPE: _tables_or_all,
        Kind.RULE: _rules, Kind.SUBJECT: _subjects,
    }.get(column.kind)


#: Where the panel shows a column differently from its kind: (kind, attribute) -> editor,
#: choices. A seat's table and party are its identity (a seat is moved by removing it);
#: the Kaart's
#: regio-indeling and regio are open choices (typed text stays) from the regional divisions.
_OVERRIDES: dict[tuple[str, str], tuple[str, Choices | None, bool]] = {
    (EntityKind.SEAT, "tafel"): (READONLY, None, False),
    (EntityKind.SEAT, "partij"): (READONLY, None, False),
    (schema.INFO, "regio_indeling"): (CHOICE, _divisions, True),
    (schema.INFO, "regio"): (CHOICE, _regions, True),
}

#: Fields the panel shows that are no column of their own: after ``namens``, the subregio
#: of a mandate on behalf of a type (part of the ``namens`` cell).
_EXTRA_AFTER: dict[tuple[str, str], FieldSpec] = {
    (EntityKind.MANDATE, "namens"): FieldSpec("namens_subregio", _t("Alleen subregio"),
                                     placeholder=_t("leeg = overal")),
}


def _field(kind: str, column: schema.Column) -> FieldSpec:
    override = _OVERRIDES.get((kind, column.attr))
    if override is not None:
        editor, choices, open_choice = override
    else:
        choices, open_choice = _choices(column), False
        editor = CHOICE if choices is not None else _EDITORS[column.kind]
    hint = column.hint or (_t("JJJJ-MM-DD") if column.kind is Kind.DATE else "")
    return FieldSpec(column.attr, column.label, editor, choices, hint, open_choice)


def fields_of(spec: schema.SheetSpec) -> tuple[FieldSpec, ...]:
    """The panel's fields of one sheet's entity: its columns in order, then the pin."""
    out: list[FieldSpec] = []
    for column in spec.columns:
        out.append(_field(spec.kind, column))
        extra = _EXTRA_AFTER.get((spec.kind, column.attr))
        if extra is not None:
            out.append(extra)
    if spec.layout:
        out += [_field(spec.kind, c) for c in schema.LAYOUT_COLUMNS if c.label]
    return tuple(out)


#: entity kind (``info``: the Kaart) -> its fields in panel order.
FIELDS: dict[str, tuple[FieldSpec, ...]] = {spec.kind: fields_of(spec) for spec in schema.SHEETS}

KIND_TITLES: dict[str, str] = {spec.kind: spec.title for spec in schema.SHEETS}


def kind_title(kind: str) -> str:
    """What one entity of ``kind`` is called ("Partij"), in the active language."""
    return data_text("fields", KIND_TITLES.get(kind, kind))
