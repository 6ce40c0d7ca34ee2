"""Read an XLSX workbook, a CSV folder or a single CSV file into raw sheets.

The result is a :class:`RawWorkbook`: per sheet its name as in the file and
its rows as lists of raw cell values (row ``i`` of the list is spreadsheet
row ``i + 1``). Interpretation happens in :mod:`stakeholders.io.importer`.
CSV decoding follows ``spreadsheet-format.md`` §6.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stakeholders.i18n import tr
from stakeholders.io.problems import MapLoadError, Problem

log = logging.getLogger(__name__)

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DELIMITERS = (";", ",", "\t")  # tie order of §6


@dataclass
class RawSheet:
    """One sheet as read: ``name`` as in the file, ``match_name`` used to recognise it."""

    name: str
    match_name: str
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class RawWorkbook:
    """All sheets of one input, in file order."""

    sheets: list[RawSheet]
    epoch_1904: bool = False
    kind: str = "xlsx"  #: ``xlsx`` or ``csv``


def unreadable(reason: str, path: Path | str = "") -> MapLoadError:
    """Return the E-FILE-UNREADABLE error for ``reason``."""
    message = tr(
        "io", "bestand kan niet worden gelezen als Excel-werkboek of CSV ({reden})"
    ).format(reden=reason)
    return MapLoadError([Problem("E-FILE-UNREADABLE", message)], str(path))


def read_xlsx(path: Path) -> RawWorkbook:
    """Read every worksheet of an ``.xlsx`` workbook (cached values of formulas)."""
    import openpyxl  # imported here: only spreadsheet import needs it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise unreadable(str(exc) or type(exc).__name__, path) from exc
    try:
        epoch_1904 = workbook.epoch.year == 1904
        sheets = []
        for worksheet in workbook.worksheets:
            if hasattr(worksheet, "reset_dimensions"):
                worksheet.reset_dimensions()  # trust the data, not the stored dimension
            rows = [
                [cell.value for cell in row]
                for row in worksheet.iter_rows(min_row=1)
            ]
            sheets.append(RawSheet(worksheet.title, worksheet.title, rows))
    except Exception as exc:  # a damaged sheet part: report it, never crash
        raise unreadable(str(exc) or type(exc).__name__, path) from exc
    finally:
        workbook.close()
    return RawWorkbook(sheets, epoch_1904=epoch_1904, kind="xlsx")


def decode_csv(data: bytes) -> str:
    """Decode CSV bytes: UTF-8 BOM, UTF-16 BOM, strict UTF-8, else cp1252 (§6)."""
    if data.startswith(_UTF8_BOM):
        return data[len(_UTF8_BOM) :].decode("utf-8", errors="replace")
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """Pick ``;``, ``,`` or TAB from the first non-empty line, outside quotes (§6)."""
    for line in text.splitlines():
        if not line.strip():
            continue
        counts = dict.fromkeys(_DELIMITERS, 0)
        quoted = False
        for char in line:
            if char == '"':
                quoted = not quoted
            elif not quoted and char in counts:
                counts[char] += 1
        best = max(_DELIMITERS, key=lambda d: (counts[d], -_DELIMITERS.index(d)))
        return best if counts[best] else ","
    return ","


def parse_csv_text(text: str) -> list[list[Any]]:
    """Split decoded CSV text into records (RFC 4180; CRLF, LF or CR)."""
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    return [list(record) for record in reader]


def read_csv_file(path: Path) -> RawSheet:
    """Read one CSV file as a sheet named after the file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(exc.strerror or str(exc), path) from exc
    try:
        rows = parse_csv_text(decode_csv(data))
    except csv.Error as exc:
        raise unreadable(f"{path.name}: {exc}", path) from exc
    return RawSheet(path.name, path.stem, rows)


def read_csv_folder(path: Path) -> RawWorkbook:
    """Read every ``*.csv`` file of a folder (other files are ignored silently)."""
    try:
        files = sorted(
            (p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".csv"),
            key=lambda p: p.name.lower(),
        )
    except OSError as exc:
        raise unreadable(exc.strerror or str(exc), path) from exc
    return RawWorkbook([read_csv_file(p) for p in files], kind="csv")


def read_single_csv(path: Path) -> RawWorkbook:
    """Read one CSV file as a folder that contains only that file (§ intro)."""
    return RawWorkbook([read_csv_file(path)], kind="csv")
