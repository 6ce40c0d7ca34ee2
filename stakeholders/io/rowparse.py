"""Parse the cells of a row by their column's value kind (``spreadsheet-format.md`` §2-§5).

:class:`RowParser` dispatches on :class:`~stakeholders.model.schema.Kind`: every column
of the schema is read by the parser of its kind, which reports what is wrong with the
cell (E-VALUE-REQUIRED, E-REF-…, E-TYPE-UNKNOWN, E-ENUM-INVALID, E-ROLE-TYPE,
E-GEMEENTECODE-INVALID, E-NUMBER-INVALID, E-BOOL-INVALID, E-DATE-INVALID, …) and
returns the value, or ``None`` when there is none. :func:`entity_fields` turns the
parsed values of a row into the keyword arguments of its entity. A column added to the
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

_NAMENS_TYPE = re.compile(r"^type\s*:\s*(?P<type>[^@]*?)\s*(?:@\s*(?P<sub>.*?)\s*)?$", re.I)


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
    if value != value or value in (float("inf"), float("-inf")):
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


def entity_fields(spec: SheetSpec, values: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of the entity of ``spec`` from a row's parsed values (by
    column name): a value that is missing becomes the attribute's empty value, the
    ``namens`` cell its three attributes, ``x``/``y``/``vast`` the position and pin."""
    out: dict[str, Any] = {}
    for column in spec.columns:
        value = values.get(column.name)
        if column.kind is Kind.NAMENS:
            out.update(zip(NAMENS_ATTRS, value or ("", "", ""), strict=True))
        elif column.kind is Kind.BOOL:
            out[column.attr] = bool(value)
        elif value is None and column.kind not in CELL_KINDS and column.kind is not Kind.ENUM:
            out[column.attr] = () if column.kind.is_list else ""
        else:
            out[column.attr] = value
    if spec.layout and PINNED.name in values:
        x, y = values.get(X.name), values.get(Y.name)
        out[X.attr] = (x, y) if x is not None and y is not None else None
        out[PINNED.attr] = bool(values.get(PINNED.name))
    return out


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

    def parse(self, sheet: Sheet, record: Record) -> dict[str, Any]:
        """Every column of the sheet's row by its kind: column name -> value or ``None``."""
        values: dict[str, Any] = {}
        for column in sheet.all_columns:
            values[column.name] = self._value(sheet, record, column, values)
        return values

    def _value(self, sheet: Sheet, record: Record, column: Column,
               values: dict[str, Any]) -> Any:
        kind, name = column.kind, column.name
        if kind in (Kind.TEXT, Kind.LONG_TEXT):
            return self.required_text(sheet, record, name)
        if kind is Kind.ID:
            return self.ids.defined.get((sheet.name, record.row))
        if kind.is_reference and kind is not Kind.SUBJECT:
            return self.reference(sheet, record, name, kind.target)
        if kind in CELL_KINDS:
            return self.cell(sheet, record, name, cell_parser(kind, epoch_1904=self.epoch_1904))
        if kind is Kind.ENUM:
            assert column.enum is not None
            return self._enum(sheet, record, name, column.enum)
        if kind is Kind.PARTY_TYPE:
            return self._vocabulary(sheet, record, name, vocab.party_types(), "E-TYPE-UNKNOWN")
        if kind is Kind.TABLE_KIND:
            return self._vocabulary(sheet, record, name, vocab.table_kinds(), "E-SOORT-UNKNOWN")
        if kind is Kind.PARTY_ROLES:
            type_column = next(c for c in sheet.all_columns if c.kind is Kind.PARTY_TYPE)
            return self._party_roles(sheet, record, name, values.get(type_column.name))
        if kind is Kind.GEMEENTEN:
            return self._gemeenten(sheet, record, name)
        if kind is Kind.NAMENS:
            return self._namens(sheet, record, name)
        if kind is Kind.RULE:
            return self._rule(sheet, record, name)
        if kind is Kind.SUBJECT:
            if record.text(name).lower() == RESERVED_SUBJECT:
                return RESERVED_SUBJECT
            return self.reference(sheet, record, name, None)
        raise AssertionError(f"no parser for kind {kind}")

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

    def _rule(self, sheet: Sheet, record: Record, column: str) -> str | None:
        text = self.required_text(sheet, record, column)
        if not text:
            return None
        rule, suggestion = inv.closest_rule(text, self.known_rules)
        if rule is None:
            self._report(inv.violation("E-REF-RULE", suggestion=suggestion, waarde=text),
                         sheet, record, column, text)
        return rule
