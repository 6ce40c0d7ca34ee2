"""The matrix view as an Excel sheet: one row per party, one column per table.

Written with pandas (openpyxl engine) into memory, then atomically to disk
(:mod:`stakeholders.io.atomic`): a failed export never leaves half a file. A cell reads
as on screen ("lid · kopgroep", "namens …" on the next line); an empty cell is no seat.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from stakeholders.i18n import translator
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.model.entities import Table
from stakeholders.model.matrix import Row

if TYPE_CHECKING:
    import pandas as pd

_t = translator("matrix")

#: The sheet's name in the workbook.
SHEET = "Matrix"


def table_heading(table: Table) -> str:
    """A table's column heading: its name and id, so two tables of one name stay apart."""
    return f"{table.naam or table.id} ({table.id})"


def matrix_frame(tables: Iterable[Table], rows: Iterable[Row]) -> pd.DataFrame:
    """The matrix as a DataFrame: Partij, Id, Type, Domein, then a column per table."""
    import pandas as pd  # only when exporting: the window starts without pandas

    tables = list(tables)
    records = []
    for row in rows:
        record = {_t("Partij"): row.party.naam, _t("Id"): row.party.id,
                  _t("Type"): row.type_label, _t("Domein"): row.domain_label}
        for table in tables:
            cell = row.cells.get(table.id)
            record[table_heading(table)] = cell.text if cell is not None else ""
        records.append(record)
    columns = [_t("Partij"), _t("Id"), _t("Type"), _t("Domein"),
               *(table_heading(t) for t in tables)]
    return pd.DataFrame.from_records(records, columns=columns)


def write_matrix_xlsx(path: Path, tables: Iterable[Table], rows: Iterable[Row]) -> None:
    """Write the rows (as the view shows them: filtered and sorted) to ``path``."""
    import pandas as pd
    from openpyxl.styles import Alignment

    frame = matrix_frame(tables, rows)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name=SHEET, index=False)
        sheet = writer.sheets[SHEET]
        sheet.freeze_panes = "C2"
        for index, column in enumerate(frame.columns, start=1):
            longest = max([len(str(column)), *(max((len(p) for p in str(v).split("\n")),
                                                   default=0) for v in frame[column])])
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = min(max(longest + 2, 8), 48)
        wrap = Alignment(wrap_text=True, vertical="top")
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                cell.alignment = wrap
    write_bytes_atomic(Path(path), buffer.getvalue())
