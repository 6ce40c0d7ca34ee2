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
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stakeholders.i18n import tr
from stakeholders.io import limits
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
    #: Chart sheets and other sheets without cells that were skipped (a warning each).
    skipped: list[str] = field(default_factory=list)


def unreadable(reason: str, path: Path | str = "") -> MapLoadError:
    """Return the E-FILE-UNREADABLE error for ``reason``."""
    message = tr(
        "io", "bestand kan niet worden gelezen als Excel-werkboek of CSV ({reden})"
    ).format(reden=reason)
    return MapLoadError([Problem("E-FILE-UNREADABLE", message)], str(path))


def read_xlsx(path: Path) -> RawWorkbook:
    """Read every worksheet of an ``.xlsx`` workbook (cached values of formulas).

    The package is checked first (:func:`stakeholders.io.xlsxcheck.check_package`): its
    size once unpacked, its parts, no DTD in any XML part; openpyxl then parses the XML
    with defusedxml. Chart sheets are skipped with a warning.
    """
    from stakeholders.io.xlsxcheck import check_package, ensure_defused, refused_parts

    ensure_defused()
    import openpyxl  # imported here: only spreadsheet import needs it

    check_package(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except MemoryError as exc:
        raise refused_parts(path, tr("io", "te groot om te lezen")) from exc
    except Exception as exc:  # openpyxl raises anything on a damaged part: report it
        raise unreadable(_reason(exc), path) from exc
    skipped: list[str] = []
    try:
        epoch_1904 = workbook.epoch.year == 1904
        sheets = []
        cells = 0
        for worksheet in workbook.worksheets:
            if not hasattr(worksheet, "iter_rows"):  # a chart sheet: nothing to read
                skipped.append(worksheet.title)
                continue
            if hasattr(worksheet, "reset_dimensions"):
                worksheet.reset_dimensions()  # trust the data, not the stored dimension
            rows: list[list[Any]] = []
            for row in worksheet.iter_rows(min_row=1, values_only=True):
                cells += len(row)
                if len(rows) >= limits.MAX_ROWS or cells > limits.MAX_CELLS:
                    raise refused_parts(path, tr("io", "blad '{blad}' heeft meer dan {max} "
                                                       "rijen of cellen").format(
                        blad=worksheet.title, max=limits.MAX_ROWS))
                trimmed = _trimmed(list(row))
                if len(trimmed) > limits.MAX_COLUMNS:
                    raise refused_parts(path, tr("io", "blad '{blad}' heeft meer dan {max} "
                                                       "kolommen").format(
                        blad=worksheet.title, max=limits.MAX_COLUMNS))
                rows.append(trimmed)
            sheets.append(RawSheet(worksheet.title, worksheet.title, rows))
    except MapLoadError:
        raise
    except Exception as exc:  # a damaged sheet part: report it, never crash
        raise unreadable(_reason(exc), path) from exc
    finally:
        workbook.close()
    result = RawWorkbook(sheets, epoch_1904=epoch_1904, kind="xlsx")
    result.skipped = skipped
    return result


def _reason(exc: BaseException) -> str:
    """A short reason for an exception of a parser (its class when it has no text)."""
    text = str(exc).strip() or type(exc).__name__
    return text.encode("utf-8", "replace").decode("utf-8")[:200]


def _trimmed(row: list[Any]) -> list[Any]:
    """A row without its trailing empty cells (a cell far to the right pads the row)."""
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    del row[end:]
    return row


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


#: What starts a formula when a spreadsheet program opens a CSV file (OWASP, "CSV
#: injection"); the writer puts an apostrophe before such a cell, the reader takes it off.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A plain number (a coordinate, a score) is no formula and stays a number in Excel.
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def _needs_quote(text: str) -> bool:
    """Whether a cell (after any apostrophes it already starts with) would start a formula."""
    return text.lstrip("'").startswith(FORMULA_STARTS) and not _NUMBER.match(text)


def csv_escape(text: str) -> str:
    """``'=A1`` for ``=A1``: a cell a spreadsheet program would run as a formula is text.
    A text that starts with apostrophes before such a character gets one more, so that
    :func:`csv_unescape` gives back exactly what was written."""
    return "'" + text if _needs_quote(text) else text


def csv_unescape(text: str) -> str:
    """The cell as written before :func:`csv_escape` (``'=A1`` -> ``=A1``)."""
    if text.startswith("'") and _needs_quote(text[1:]):
        return text[1:]
    return text


# A cell longer than the limit is read whole and then reported at its place (check_texts).
csv.field_size_limit(limits.MAX_FILE_BYTES)


def read_csv_file(path: Path) -> RawSheet:
    """Read one CSV file as a sheet named after the file."""
    try:
        limits.check_file_size(path)
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(exc.strerror or str(exc), path) from exc
    try:
        rows = [[csv_unescape(cell) for cell in row] for row in parse_csv_text(decode_csv(data))]
    except csv.Error as exc:
        raise unreadable(f"{path.name}: {exc}", path) from exc
    if len(rows) > limits.MAX_ROWS or any(len(r) > limits.MAX_COLUMNS for r in rows):
        raise limits.refused("E-FILE-TOO-LARGE", tr(
            "io", "{bestand} heeft meer dan {rijen} rijen of {kolommen} kolommen").format(
                bestand=path.name, rijen=limits.MAX_ROWS, kolommen=limits.MAX_COLUMNS), path)
    name = path.name.encode("utf-8", "replace").decode("utf-8")
    stem = path.stem.encode("utf-8", "replace").decode("utf-8")
    return RawSheet(name, stem, rows)


def read_csv_folder(path: Path) -> RawWorkbook:
    """Read every ``*.csv`` file of a folder (other files are ignored silently)."""
    try:
        files = sorted(
            (p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".csv"),
            key=lambda p: p.name.lower(),
        )
        total = sum(p.stat().st_size for p in files)
    except OSError as exc:
        raise unreadable(exc.strerror or str(exc), path) from exc
    if len(files) > limits.MAX_CSV_FILES or total > limits.MAX_FILE_BYTES:
        raise limits.refused("E-FILE-TOO-LARGE", tr(
            "io", "de map {map} heeft {n} CSV-bestanden van samen {mb} MB (hoogstens {max} "
                  "bestanden, {maxmb} MB)").format(
                map=path.name, n=len(files), mb=round(total / 1024 / 1024, 1),
                max=limits.MAX_CSV_FILES, maxmb=limits.MAX_FILE_BYTES // 1024 // 1024), path)
    return RawWorkbook([read_csv_file(p) for p in files], kind="csv")


def read_single_csv(path: Path) -> RawWorkbook:
    """Read one CSV file as a folder that contains only that file (§ intro)."""
    return RawWorkbook([read_csv_file(path)], kind="csv")
