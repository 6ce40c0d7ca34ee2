"""The map as spreadsheet rows: one list of cell values per sheet (``spreadsheet-format.md`` §8).

Both writers (XLSX and CSV) start from these rows, so what is written is the same
everywhere. The rows are generated from :mod:`stakeholders.model.schema`: every column
in its order, each value written as its kind asks. Values are Python values: text,
``int`` (scores), ``date`` and ``None`` for empty.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from stakeholders.model import schema
from stakeholders.model.regionmap import RegionMap
from stakeholders.model.schema import Column, Kind

Row = list[Any]


def cell_value(column: Column, entity: Any) -> Any:
    """The value of ``column`` of ``entity`` as a spreadsheet cell (empty: ``None``)."""
    value = getattr(entity, column.attr)
    if column.kind.is_list:
        value = ", ".join(value)
    elif column.kind in (Kind.BOOL, Kind.OPTIONAL_BOOL) and value is not None:
        value = "ja" if value else "nee"
    return None if value == "" else value


def kaart_rows(region: RegionMap) -> list[Row]:
    """Kaart as key/value rows, starting with the ``sleutel``/``waarde`` header."""
    rows: list[Row] = [list(schema.KAART_HEADER)]
    for column in schema.KAART.columns:
        value = cell_value(column, region.info)
        if value is not None:
            rows.append([column.name, value])
    return rows


def sheet_rows(region: RegionMap) -> dict[str, list[Row]]:
    """All seven sheets: header row plus data rows, in the canonical column order.

    The map's own rules cannot be written to a spreadsheet, so choices about them are
    left out (a spreadsheet with them would not import).
    """
    region = region.spreadsheet_part()
    out: dict[str, list[Row]] = {}
    for spec in schema.SHEETS:
        if spec.key_value:
            out[spec.name] = kaart_rows(region)
            continue
        items = region.items(spec.kind)
        columns = [c for c in spec.columns
                   if not c.extension or any(getattr(item, c.attr) for item in items)]
        header: Row = [c.name for c in columns]
        out[spec.name] = [header, *([cell_value(c, item) for c in columns] for item in items)]
    return out


def text_value(value: Any) -> str:
    """A cell value as CSV text: dates ``YYYY-MM-DD``, empty as ``""``."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
