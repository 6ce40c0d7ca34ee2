"""Spreadsheet exchange: read and write an XLSX workbook or a folder of CSV files.

Reading goes through :mod:`stakeholders.io.workbook` (raw cells) and
:mod:`stakeholders.io.importer` (validation). Writing follows
``spreadsheet-format.md`` §8: all seven sheets with canonical names and
headers; XLSX dates as date cells formatted ``yyyy-mm-dd``; CSV as UTF-8 with
BOM, ``;`` and CRLF. Every write is atomic per file.
"""

from __future__ import annotations

import csv
import io
import logging
from datetime import date
from pathlib import Path

from stakeholders.i18n import tr
from stakeholders.io.atomic import write_bytes_atomic, write_folder_atomic
from stakeholders.io.importer import ImportResult, import_workbook
from stakeholders.io.problems import MapSaveError
from stakeholders.io.rows import Row, sheet_rows, text_value
from stakeholders.io.workbook import csv_escape, read_csv_folder, read_single_csv, read_xlsx
from stakeholders.io.writecheck import check_rows
from stakeholders.model.regionmap import KnownRules, RegionMap

log = logging.getLogger(__name__)


def read_spreadsheet(path: Path, *, known_rules: KnownRules, today: date | None = None
                     ) -> ImportResult:
    """Import an ``.xlsx`` file, a folder of CSV files or one CSV file.

    ``known_rules`` gives the rule ids a Keuzes row may name (a spreadsheet has no own rules).
    """
    path = Path(path)
    if path.is_dir():
        workbook = read_csv_folder(path)
        fallback = path.name
    elif path.suffix.lower() == ".csv":
        workbook = read_single_csv(path)
        fallback = path.stem
    else:
        workbook = read_xlsx(path)
        fallback = path.stem
    result = import_workbook(workbook, known_rules=known_rules(()), fallback_name=fallback,
                             today=today)
    log.info("imported %s: %s", path, result.map.counts())
    return result


def write_xlsx(region: RegionMap, path: Path, *, backup: bool = False) -> None:
    """Write the map as an XLSX workbook (atomically)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils.exceptions import IllegalCharacterError

    sheets = sheet_rows(region)
    check_rows(sheets, "xlsx")  # what Excel cannot hold is refused, never cut or mangled
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for number, row in enumerate(rows, start=1):
            try:
                sheet.append(row)
            except IllegalCharacterError as exc:  # control characters cannot go into XLSX
                raise MapSaveError(tr(
                    "io", "{blad}, rij {rij}: bevat een stuurteken dat niet in een "
                          "Excel-werkboek past; verwijder het of sla op als .regiokaart of CSV"
                ).format(blad=name, rij=number)) from exc
        for cell in sheet[1]:
            cell.font = bold
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif cell.data_type == "f":
                    cell.data_type = "s"  # text such as "=A" is text, never a formula
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(len(text_value(c.value)) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes_atomic(Path(path), buffer.getvalue(), backup=backup)


def csv_bytes(rows: list[Row]) -> bytes:
    """One sheet as CSV for Dutch Excel: UTF-8 with BOM, ``;``, CRLF."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([csv_escape(text_value(v)) for v in row])
    return b"\xef\xbb\xbf" + text.getvalue().encode("utf-8")


def write_csv_folder(region: RegionMap, folder: Path, *, backup: bool = False) -> None:
    """Write one CSV file per sheet into ``folder`` (created when missing), as a whole: the
    folder holds the old set or the new one, never a mix (:func:`write_folder_atomic`)."""
    sheets = sheet_rows(region)
    check_rows(sheets, "csv")
    files = {f"{name}.csv": csv_bytes(rows) for name, rows in sheets.items()}
    write_folder_atomic(Path(folder), files, backup=backup)
