"""Parse the cells of a row by their column's value kind (``spreadsheet-format.md`` §2-§5).

:class:`RowParser` dispatches on :class:`~stakeholders.model.schema.Kind`: every column
of the schema is read by the parser of its kind, which reports what is wrong with the
cell (E-VALUE-REQUIRED, E-REF-…, E-TYPE-UNKNOWN, E-ENUM-INVALID, E-ROLE-TYPE,
E-GEMEENTECODE-INVALID, E-NUMBER-INVALID, E-BOOL-INVALID, E-DATE-INVALID, …) and
returns the value, or ``None`` when there is none. :meth:`RowParser.entity` turns the
parsed values of a row into its entity. A column added to the
schema is read here without further code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from stakeholders.io.cells import (
    CellError,
    cell_text,
    parse_bool,
    parse_date,
    parse_score,
    split_list,
)
from stakeholders.io.integrity import Namespace
from stakeholders.io.sheets import Record, Reporter, Sheet
from stakeholders.model import invariants as inv
from stakeholders.model import vocab
from stakeholders.model.invariants import Violation
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RESERVED_SUBJECT
from stakeholders.model.schema import NAMENS_ATTRS, PINNED, Column, Kind, SheetSpec, X, Y

#: Reads one column of a row: (sheet, record, the row's values so far) -> value or ``None``.
_Reader = Callable[[Sheet, Record, dict[str, Any]], Any]
_NAMENS_TYPE = re.compile(r"^type\s*:\s*(?P<type>[^@]*?)\s*(?:@\s*(?P<sub>.*?)\s*)?$", re.I)


#: The farthest a position may lie from the origin (a canvas is a few thousand wide; a
#: coordinate of 1e99 would overflow the drawing code).
MAX_COORDINATE = 1e7


def parse_coordinate(raw: Any) -> float | None:
    """A canvas coordinate (``.regiokaart`` ``x``/``y``): a finite number; empty is ``None``."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        raise CellError("E-POSITION-INVALID")
    try:
        value = float(raw)
    except (TypeError, ValueError) as exc:
        raise CellError("E-POSITION-INVALID") from exc
    if not abs(value) <= MAX_COORDINATE:  # also NaN and the infinities
        raise CellError("E-POSITION-INVALID")
    return value


def cell_parser(kind: Kind, *, epoch_1904: bool = False) -> Callable[[Any], Any]:
    """The parser of a kind whose value is one typed cell; raises :class:`CellError`."""
    parsers: dict[Kind, Callable[[Any], Any]] = {
        Kind.SCORE: parse_score,
        Kind.BOOL: parse_bool,
        Kind.OPTIONAL_BOOL: parse_bool,
        Kind.DATE: partial(parse_date, epoch_1904=epoch_1904),
        Kind.COORDINATE: parse_coordinate,
    }
    return parsers[kind]


#: The kinds whose value is one typed cell (see :func:`cell_parser`).
CELL_KINDS = frozenset({Kind.SCORE, Kind.BOOL, Kind.OPTIONAL_BOOL, Kind.DATE, Kind.COORDINATE})


def _fields_plan(spec: SheetSpec) -> tuple[tuple[str, str | None, Any], ...]:
    """Per column of ``spec``: its name, its attribute (``None``: the namens cell) and the
    attribute's value when the cell gave none."""
    plan: list[tuple[str, str | None, Any]] = []
    for column in spec.columns:
        kind = column.kind
        if kind is Kind.NAMENS:
            plan.append((column.name, None, None))
        elif kind is Kind.BOOL:
            plan.append((column.name, column.attr, False))
        elif kind in CELL_KINDS or kind is Kind.ENUM:
            plan.append((column.name, column.attr, None))
        else:
            plan.append((column.name, column.attr, () if kind.is_list else ""))
    return tuple(plan)


class RowParser:
    """Reads the rows of one import; reports every problem of a cell on its own."""

    def __init__(self, reporter: Reporter, ids: Namespace, known_rules: Sequence[str],
                 *, epoch_1904: bool) -> None:
        self.reporter = reporter
        self.ids = ids
        self.known_rules = list(known_rules)
        self.epoch_1904 = epoch_1904
        #: The subregio names of the parties (lower case), for ``namens type:T@S``.
        self.subregions: set[str] = set()
        self._plans: dict[str, list[tuple[str, _Reader]]] = {}
        self._field_plans: dict[str, tuple[tuple[str, str | None, Any], ...]] = {}

    def parse(self, sheet: Sheet, record: Record) -> dict[str, Any]:
        """Every column of the sheet's row by its kind: column name -> value or ``None``."""
        plan = self._plans.get(sheet.name)
        if plan is None:
            plan = self._plans[sheet.name] = [(c.name, self._reader(sheet, c))
                                              for c in sheet.all_columns]
        values: dict[str, Any] = {}
        for name, read in plan:
            values[name] = read(sheet, record, values)
        return values

    def entity(self, sheet: Sheet, values: dict[str, Any]) -> Any:
        """The entity of a row from its parsed values (see :meth:`parse`): a value that is
        missing becomes the attribute's empty value, the ``namens`` cell its three
        attributes, ``x``/``y``/``vast`` the position and pin."""
        spec = sheet.spec
        plan = self._field_plans.get(spec.name)
        if plan is None:
            plan = self._field_plans[spec.name] = _fields_plan(spec)
        fields: dict[str, Any] = {}
        for name, attr, empty in plan:
            value = values.get(name)
            if attr is None:  # namens
                fields.update(zip(NAMENS_ATTRS, value or ("", "", ""), strict=True))
            elif empty is False:  # a ja/nee whose empty cell is nee
                fields[attr] = bool(value)
            else:
                fields[attr] = empty if value is None else value
        if spec.layout and PINNED.name in values:
            x, y = values.get(X.name), values.get(Y.name)
            fields[X.attr] = (x, y) if x is not None and y is not None else None
            fields[PINNED.attr] = bool(values.get(PINNED.name))
        return spec.entity(**fields)

    def _reader(self, sheet: Sheet, column: Column) -> _Reader:
        """The function that reads ``column``: the dispatch on its kind, done once per sheet."""
        kind, name = column.kind, column.name
        if kind in (Kind.TEXT, Kind.LONG_TEXT):
            if not column.required:
                return lambda s, r, v: r.text(name)
            return lambda s, r, v: self.required_text(s, r, name)
        if kind is Kind.ID:
            return lambda s, r, v: self.ids.defined.get((s.name, r.row))
        if kind is Kind.SUBJECT:
            return lambda s, r, v: self._subject(s, r, name)
        if kind.is_reference:
            target = kind.target
            return lambda s, r, v: self.reference(s, r, name, target)
        if kind in CELL_KINDS:
            parser = cell_parser(kind, epoch_1904=self.epoch_1904)
            return lambda s, r, v: self.cell(s, r, name, parser)
        if kind is Kind.ENUM:
            enumeration = column.enum
            assert enumeration is not None
            return lambda s, r, v: self._enum(s, r, name, enumeration)
        if kind in (Kind.PARTY_TYPE, Kind.TABLE_KIND):
            lookup, code = ((vocab.party_types(), "E-TYPE-UNKNOWN") if kind is Kind.PARTY_TYPE
                            else (vocab.table_kinds(), "E-SOORT-UNKNOWN"))
            return lambda s, r, v: self._vocabulary(s, r, name, lookup, code)
        if kind is Kind.PARTY_ROLES:
            type_column = next(c.name for c in sheet.all_columns if c.kind is Kind.PARTY_TYPE)
            return lambda s, r, v: self._party_roles(s, r, name, v.get(type_column))
        readers: dict[Kind, Callable[[Sheet, Record, str], Any]] = {
            Kind.GEMEENTEN: self._gemeenten, Kind.NAMENS: self._namens, Kind.RULE: self._rule,
        }
        read = readers[kind]
        return lambda s, r, v: read(s, r, name)

    # -- the pieces ----------------------------------------------------------------------
    def _report(self, found: Violation, sheet: Sheet, record: Record, column: str,
                value: str) -> None:
        self.reporter.cell(found, sheet, record, column, value)

    def require(self, sheet: Sheet, record: Record, column: str) -> None:
        """E-VALUE-REQUIRED for an empty cell of a required column."""
        if sheet.requires(column):
            self._report(inv.violation("E-VALUE-REQUIRED"), sheet, record, column, "")

    def required_text(self, sheet: Sheet, record: Record, column: str) -> str:
        """The cell as text (empty in a required column: E-VALUE-REQUIRED)."""
        text = record.text(column)
        if not text:
            self.require(sheet, record, column)
        return text

    def reference(self, sheet: Sheet, record: Record, column: str,
                  target: EntityKind | None) -> str | None:
        """The canonical id a reference cell names (``target`` None: party or table)."""
        text = record.text(column)
        if not text:
            self.require(sheet, record, column)
            return None
        resolved = self.ids.resolve(text, target)
        if resolved is None:
            self._report(inv.unknown_reference(target, text), sheet, record, column, text)
        return resolved

    def cell(self, sheet: Sheet, record: Record, column: str, parser: Callable[[Any], Any]
             ) -> Any:
        """Run a typed parser on a cell; report its error code with its message."""
        raw = record.raw(column)
        try:
            return parser(raw)
        except CellError as exc:
            text = cell_text(raw)
            self._report(inv.violation(exc.code, waarde=text), sheet, record, column, text)
            return None

    def _enum(self, sheet: Sheet, record: Record, column: str,
              enumeration: vocab.Enumeration) -> str | None:
        text = record.text(column)
        if not text:
            self.require(sheet, record, column)
            return enumeration.default
        value = enumeration.resolve(text)
        if value is None:
            self._report(inv.enum_violation(enumeration, text, listed=True),
                         sheet, record, column, text)
        return value

    def _vocabulary(self, sheet: Sheet, record: Record, column: str, lookup: vocab.Lookup,
                    code: str) -> str | None:
        text = self.required_text(sheet, record, column)
        if not text:
            return None
        entry = lookup.resolve(text)
        if entry is not None:
            return entry.id
        found = inv.violation(code, suggestion=lookup.suggest(text), waarde=text)
        self._report(found, sheet, record, column, text)
        return None

    def _party_roles(self, sheet: Sheet, record: Record, column: str, type_id: str | None
                     ) -> tuple[str, ...]:
        roles: list[str] = []
        for item in split_list(record.text(column)):
            role = vocab.PARTY_ROLES.resolve(item)
            if role is None:
                self._report(inv.enum_violation(vocab.PARTY_ROLES, item, listed=True),
                             sheet, record, column, item)
                continue
            found = inv.role_type_violation(role, type_id, shown=item) if type_id else None
            if found is not None:
                self._report(found, sheet, record, column, item)
                continue
            if role not in roles:
                roles.append(role)
        return tuple(roles)

    def _gemeenten(self, sheet: Sheet, record: Record, column: str) -> tuple[str, ...]:
        """CBS gemeente codes of a list column (Partijen ``gemeenten``, Tafels ``werkgebied``)."""
        codes: list[str] = []
        known = None
        for item in split_list(record.text(column)):
            found = inv.gemeente_code_violation(item)
            if found is not None:
                self._report(found, sheet, record, column, item)
                continue
            code = item.upper()
            if known is None:
                known = vocab.known_gemeente_codes()
            if code not in known:
                self._report(inv.violation("W-GEMEENTECODE-UNKNOWN", waarde=item),
                             sheet, record, column, item)
            if code not in codes:
                codes.append(code)
        return tuple(codes)

    def _namens(self, sheet: Sheet, record: Record, column: str
                ) -> tuple[str, str, str] | None:
        """Parse ``namens``: (party id, "", "") or ("", type id, subregio)."""
        text = record.text(column)
        if not text:
            self.require(sheet, record, column)
            return None
        match = _NAMENS_TYPE.match(text)
        if match is None:
            party = self.ids.resolve(text, EntityKind.PARTY)
            if party is None:
                self._report(inv.unknown_reference(EntityKind.PARTY, text), sheet, record,
                             column, text)
                return None
            return (party, "", "")
        type_text = match.group("type").strip()
        subregio = (match.group("sub") or "").strip()
        types = vocab.party_types()
        entry = types.resolve(type_text) if type_text else None
        if entry is None:
            suggestion = types.suggest(type_text) if type_text else None
            self._report(inv.violation("E-REF-TYPE", suggestion=suggestion, waarde=type_text),
                         sheet, record, column, type_text)
            return None
        if subregio and subregio.lower() not in self.subregions:
            self._report(inv.violation("W-SUBREGIO-UNKNOWN", subregio=subregio),
                         sheet, record, column, subregio)
        return ("", entry.id, subregio)

    def _subject(self, sheet: Sheet, record: Record, column: str) -> str | None:
        """A party, a table or ``kaart`` (the whole map)."""
        if record.text(column).lower() == RESERVED_SUBJECT:
            return RESERVED_SUBJECT
        return self.reference(sheet, record, column, None)

    def _rule(self, sheet: Sheet, record: Record, column: str) -> str | None:
        text = self.required_text(sheet, record, column)
        if not text:
            return None
        rule, suggestion = inv.closest_rule(text, self.known_rules)
        if rule is None:
            self._report(inv.violation("E-REF-RULE", suggestion=suggestion, waarde=text),
                         sheet, record, column, text)
        return rule
