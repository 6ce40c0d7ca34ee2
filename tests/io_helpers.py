"""Helpers for the spreadsheet import/export tests (``spreadsheet-format.md``).

``errors_of`` / ``warnings_of`` run the real importer on CSV texts (see
:mod:`builders`) and return the problems; ``make_xlsx`` writes a real XLSX
workbook with openpyxl so that typed cells (numbers, dates, booleans,
formulas) and the 1904 date system can be exercised.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from builders import import_sheets

from stakeholders.io.formats import load_map
from stakeholders.io.problems import MapLoadError, Problem
from stakeholders.rules.catalogue import known_rule_ids

#: A small valid base map, reused by many tests.
PARTIJEN = "id;naam;type\nP1;Gemeente A;gemeente\nP2;Ziekenhuis B;ziekenhuis\n"
TAFELS = "id;naam;soort\nT1;Zorgtafel;zorgtafel\n"


def load_error(**sheets: str) -> MapLoadError:
    """Import CSV texts and return the :class:`MapLoadError` (the import must fail)."""
    with pytest.raises(MapLoadError) as info:
        import_sheets(**sheets)
    return info.value


def errors_of(**sheets: str) -> list[Problem]:
    """The errors of an import that must fail, in reported order."""
    return load_error(**sheets).errors


def warnings_of(**sheets: str) -> list[Problem]:
    """The warnings of an import that must succeed."""
    return import_sheets(**sheets).warnings


def file_errors(path: Path) -> list[Problem]:
    """Load a file or folder that must fail; return its errors."""
    with pytest.raises(MapLoadError) as info:
        load_map(path, known_rules=known_rule_ids)
    return info.value.errors


def only(problems: Iterable[Problem], code: str) -> Problem:
    """The single problem with ``code``; fails when there is not exactly one problem at all."""
    problems = list(problems)
    assert [p.code for p in problems] == [code], [p.text() for p in problems]
    return problems[0]


def where(problem: Problem) -> tuple[str, int | None, str]:
    """``(sheet, row, column)`` of a problem."""
    return (problem.sheet, problem.row, problem.column)


def make_xlsx(
    path: Path,
    sheets: Mapping[str, Sequence[Sequence[Any]]],
    *,
    epoch_1904: bool = False,
    number_formats: Mapping[tuple[str, str], str] | None = None,
) -> Path:
    """Write a workbook with one sheet per entry (rows of cell values) and return ``path``.

    ``number_formats`` maps ``(sheet, cell)`` such as ``("Mandaten", "E2")`` to
    an Excel number format. An empty ``sheets`` mapping gives the default,
    empty ``Sheet`` worksheet.
    """
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    workbook = openpyxl.Workbook()
    if epoch_1904:
        workbook.epoch = CALENDAR_MAC_1904
    if sheets:
        workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    for (name, cell), number_format in (number_formats or {}).items():
        workbook[name][cell].number_format = number_format
    workbook.save(path)
    return path


def split_rows(text: str) -> list[list[str]]:
    """``"a;b\\nc;d"`` as rows of cells (for building XLSX sheets from compact text)."""
    return [line.split(";") for line in text.splitlines()]
