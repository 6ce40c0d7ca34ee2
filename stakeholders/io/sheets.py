"""Recognise the sheets of a workbook and map their headers to the schema's columns.

This is the first step of an import (``spreadsheet-format.md`` §1-§2): which raw sheet is
which sheet of :data:`stakeholders.model.schema.SHEETS` (W-SHEET-UNKNOWN,
E-SHEET-DUPLICATE, E-SHEET-MISSING), which header cell is which column (W-COLUMN-UNKNOWN,
E-COLUMN-DUPLICATE, E-COLUMN-MISSING), and the non-empty data rows as :class:`Record`
objects keyed by canonical column name. The :class:`Reporter` collects every problem
with its place, for spreadsheets (``rij 3, kolom naam``) and ``.regiokaart`` files
(``item 2, veld naam``) alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from stakeholders.i18n import translator
from stakeholders.io.cells import cell_text
from stakeholders.io.problems import Problem
from stakeholders.io.workbook import RawSheet, RawWorkbook
from stakeholders.model import schema
from stakeholders.model.invariants import NAME_COLUMNS, Violation, text_violation
from stakeholders.model.normalize import normalize_name
from stakeholders.model.schema import Column, SheetSpec

#: Problems about a column that is not in the file sort after every column that is.
_MISSING_COLUMN_RANK = 1000


_t = translator("import")


@dataclass
class Record:
    """One non-empty data row of a sheet: its 1-based row number and cells by column name."""

    row: int
    cells: dict[str, Any]

    def raw(self, column: str) -> Any:
        """The raw cell value of ``column`` (``None`` when the column is missing)."""
        return self.cells.get(column)

    def text(self, column: str) -> str:
        """The cell of ``column`` as trimmed text."""
        return cell_text(self.cells.get(column))


class Reporter:
    """Collects the problems of one import, each with its sheet, row and column."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.problems: list[Problem] = []
        #: Cells (sheet, row, column) already reported and emptied: no second problem there.
        self.silenced: set[tuple[str, int | None, str]] = set()

    @property
    def has_errors(self) -> bool:
        """Whether an error (not only warnings) was reported."""
        return any(p.is_error for p in self.problems)

    def problem(
        self,
        code: str,
        message: str,
        sheet: Sheet | str | None = None,
        row: int | None = None,
        column: str = "",
        value: str | None = None,
        *,
        column_rank: int = 0,
        sheet_rank: int | None = None,
    ) -> None:
        """Report a problem; a :class:`Sheet` gives its name and rank, a text an unknown
        sheet (rank 99), ``None`` the whole file (rank -1)."""
        if isinstance(sheet, Sheet):
            sheet_name, rank = sheet.name, sheet.rank
        else:
            sheet_name, rank = sheet or "", -1 if sheet is None else 99
        if (sheet_name, row, column) in self.silenced:
            return
        self.problems.append(Problem(
            code, message, sheet_name, row, column, value,
            sheet_rank=rank if sheet_rank is None else sheet_rank,
            column_rank=column_rank, style=self.style,
        ))

    def cell(self, found: Violation, sheet: Sheet, record: Record, column: str,
             value: str) -> None:
        """Report a broken invariant at a cell (its header as written in the file)."""
        self.problem(found.code, found.message, sheet, record.row, sheet.header(column), value,
                     column_rank=sheet.column_rank(column))

    def row_text(self, row: int) -> str:
        """"rij 3" in a spreadsheet; "item 2" in a .regiokaart list (its header is row 1)."""
        if self.style == "json":
            return _t("item {nr}").format(nr=row - 1)
        return _t("rij {rij}").format(rij=row)


class Sheet:
    """A recognised sheet: its spec, the mapping of its header and its records."""

    def __init__(self, spec: SheetSpec, raw: RawSheet, columns: tuple[Column, ...],
                 reporter: Reporter) -> None:
        self.spec = spec
        self.raw = raw
        #: The columns this sheet may have: the spec's, plus the layout in a .regiokaart.
        self.all_columns = columns
        self._required = {c.name for c in columns if c.required}
        self.rank = schema.sheet_rank(spec)
        self.columns: dict[str, tuple[int, str]] = {}  # canonical -> (index, header text)
        self.missing: set[str] = set()
        self._map_header(reporter)

    @property
    def name(self) -> str:
        """The sheet's name as in the file (for CSV: the file name)."""
        return self.raw.name

    def header(self, column: str) -> str:
        """The header text as written in the file (canonical name if missing)."""
        return self.columns[column][1] if column in self.columns else column

    def column_rank(self, column: str) -> int:
        """Where the column stands in the file, for sorting problems."""
        if column in self.columns:
            return self.columns[column][0]
        names = [c.name for c in self.all_columns]
        return _MISSING_COLUMN_RANK + (names.index(column) if column in names else 0)

    def requires(self, column: str) -> bool:
        """Whether an empty cell of ``column`` is an E-VALUE-REQUIRED of its own: the column
        is required and present (a missing one is reported once, as E-COLUMN-MISSING)."""
        return column in self._required and column not in self.missing \
            and column in self.columns

    def _map_header(self, reporter: Reporter) -> None:
        header = self.raw.rows[0] if self.raw.rows else []
        lookup: dict[str, Column] = {}
        for column in self.all_columns:
            for key in column.keys:
                lookup.setdefault(key, column)
        for index, raw in enumerate(header):
            text = cell_text(raw)
            if not text:
                continue
            found = lookup.get(normalize_name(text))
            if found is None:
                reporter.problem(
                    "W-COLUMN-UNKNOWN",
                    _t("onbekende kolom '{kolom}' wordt genegeerd").format(kolom=text),
                    self, 1, text, text, column_rank=index,
                )
            elif found.name in self.columns:
                reporter.problem(
                    "E-COLUMN-DUPLICATE",
                    _t("kolom '{kolom}' komt twee keer voor").format(kolom=text),
                    self, 1, text, text, column_rank=index,
                )
            else:
                self.columns[found.name] = (index, text)
        for column in self.all_columns:
            if column.required and column.name not in self.columns:
                self.missing.add(column.name)
                reporter.problem(
                    "E-COLUMN-MISSING",
                    _t("verplichte kolom '{kolom}' ontbreekt").format(kolom=column.name),
                    self, 1, column.name, None,
                    column_rank=self.column_rank(column.name),
                )

    def records(self) -> Iterator[Record]:
        """The data rows that are not entirely empty, with their 1-based row numbers."""
        for offset, row in enumerate(self.raw.rows[1:]):
            if all(cell_text(v) == "" for v in row):
                continue
            cells = {
                name: (row[index] if index < len(row) else None)
                for name, (index, _text) in self.columns.items()
            }
            yield Record(offset + 2, cells)


def classify(workbook: RawWorkbook, reporter: Reporter, *, layout: bool
             ) -> tuple[dict[str, Sheet], RawSheet | None]:
    """The recognised sheets by canonical name, and the raw Kaart sheet (if any).

    ``layout``: a ``.regiokaart`` file, whose parties and tables also have the
    :data:`~stakeholders.model.schema.LAYOUT_COLUMNS`.
    """
    seen: dict[str, tuple[SheetSpec, RawSheet]] = {}
    for raw in workbook.sheets:
        spec = schema.sheet_for(raw.match_name)
        if spec is None:
            reporter.problem(
                "W-SHEET-UNKNOWN",
                _t("onbekend blad '{blad}' wordt genegeerd").format(blad=raw.name),
                raw.name,
            )
            continue
        if spec.name in seen:
            reporter.problem(
                "E-SHEET-DUPLICATE",
                _t("bladen '{a}' en '{b}' zijn allebei blad '{canoniek}'").format(
                    a=seen[spec.name][1].name, b=raw.name, canoniek=spec.name
                ),
            )
            continue
        seen[spec.name] = (spec, raw)
    sheets: dict[str, Sheet] = {}
    kaart: RawSheet | None = None
    for spec, raw in seen.values():
        if spec.key_value:
            kaart = raw
        else:
            columns = spec.columns + (schema.LAYOUT_COLUMNS if layout and spec.layout else ())
            sheets[spec.name] = Sheet(spec, raw, columns, reporter)
    return sheets, kaart


def report_missing_parties(workbook: RawWorkbook, reporter: Reporter) -> None:
    """E-SHEET-MISSING: the one required sheet, Partijen, is not there."""
    found = [f"'{s.name}'" for s in workbook.sheets]
    reporter.problem(
        "E-SHEET-MISSING",
        _t(
            "blad 'Partijen' ontbreekt (gevonden: {bladen}; verwacht: Kaart, Partijen, "
            "Tafels, Zetels, Mandaten, Relaties, Keuzes)"
        ).format(bladen=", ".join(found) if found else _t("geen bladen")),
    )


def _name_columns(raw: RawSheet) -> set[int]:
    """The columns of a sheet's header that hold names (Kaart: none by header)."""
    spec = schema.sheet_for(raw.match_name)
    if spec is None or spec.key_value or not raw.rows:
        return set()
    keys = {key for c in spec.columns if c.name in NAME_COLUMNS for key in c.keys}
    return {i for i, cell in enumerate(raw.rows[0])
            if isinstance(cell, str) and normalize_name(cell) in keys}


def check_texts(workbook: RawWorkbook, reporter: Reporter) -> None:
    """E-TEXT-TOO-LONG and E-TEXT-INVALID for every text cell of every sheet, at its place;
    the cell is then emptied, so that no later step meets it. Names (``naam``) have their
    own, shorter limit."""
    for raw in workbook.sheets:
        raw.name = raw.name.encode("utf-8", "replace").decode("utf-8")
        names = _name_columns(raw)
        header = raw.rows[0] if raw.rows else []
        for number, row in enumerate(raw.rows, start=1):
            kaart_name = bool(row) and isinstance(row[0], str) and \
                normalize_name(row[0]) in ("naam", "name")
            for index, cell in enumerate(row):
                if not isinstance(cell, str):
                    continue
                is_name = (index in names and number > 1) or (kaart_name and index == 1)
                found = text_violation(cell, name=is_name)
                if found is None:
                    continue
                column = header[index] if number > 1 and index < len(header) else ""
                column = column if isinstance(column, str) and \
                    text_violation(column) is None else _column_letter(index)
                reporter.problem(found.code, found.message, raw.name, number, column[:80],
                                 None, column_rank=index, sheet_rank=_rank(raw))
                reporter.silenced.add((raw.name, number, column[:80]))
                row[index] = None


def _rank(raw: RawSheet) -> int:
    spec = schema.sheet_for(raw.match_name)
    return schema.sheet_rank(spec) if spec is not None else 99


def _column_letter(index: int) -> str:
    """``A``, ``B``, …, ``AA`` for a 0-based column index."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
