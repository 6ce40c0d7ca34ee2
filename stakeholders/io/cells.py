"""Cell values: text conversion and typed parsing (``spreadsheet-format.md`` §2 and §4).

Every cell is first read as text (:func:`cell_text`); typed columns then parse
the raw value (an ``openpyxl`` value for XLSX, a string for CSV and JSON) with
the ``parse_*`` functions, which return the value or raise :class:`CellError`
carrying the error code.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from stakeholders.model.yesno import NO_VALUES, YES_VALUES  # the rules read them too

EXCEL_EPOCH_1900 = date(1899, 12, 30)
EXCEL_EPOCH_1904 = date(1904, 1, 1)
_MAX_SERIAL = 2958465

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_DUTCH = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$")
_SERIAL = re.compile(r"^\d+(?:[.,]\d+)?$")
_INTEGER = re.compile(r"^([1-5])(?:[.,]0+)?$")


class CellError(ValueError):
    """A cell value that does not fit its column; ``code`` is the E-… code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def cell_text(raw: Any) -> str:
    """Return a cell's value as trimmed text (§2 "Cell values").

    Every line break becomes a line feed whatever wrote it (CR LF from Windows, a lone CR),
    as XML itself does when it reads a workbook: every format then reads back the same.
    """
    if raw is None:
        return ""
    if isinstance(raw, str):
        if "\r" in raw:
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        return raw.strip()
    if isinstance(raw, bool):
        return "ja" if raw else "nee"
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        if raw.is_integer():
            return str(int(raw))
        return repr(raw)
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, time):
        return raw.isoformat()
    return str(raw).strip()


def is_empty(raw: Any) -> bool:
    """Whether a raw cell counts as empty."""
    return cell_text(raw) == ""


def parse_bool(raw: Any) -> bool | None:
    """Parse a ja/nee cell; empty gives ``None`` (§4)."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    text = cell_text(raw).lower()
    if text == "":
        return None
    if text in YES_VALUES:
        return True
    if text in NO_VALUES:
        return False
    raise CellError("E-BOOL-INVALID")


def _from_serial(serial: float, epoch: date) -> date:
    if not 1 <= serial <= _MAX_SERIAL:
        raise CellError("E-DATE-INVALID")
    try:
        return epoch + timedelta(days=int(serial))
    except OverflowError as exc:  # pragma: no cover - guarded by the range check
        raise CellError("E-DATE-INVALID") from exc


def parse_date(raw: Any, *, epoch_1904: bool = False) -> date | None:
    """Parse a date cell in the order of §4; empty gives ``None``.

    ``epoch_1904`` applies to numeric cells of a workbook that uses the 1904
    date system; text serials always count from 1899-12-30.
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, bool):
        raise CellError("E-DATE-INVALID")
    if isinstance(raw, (int, float)):
        return _from_serial(float(raw), EXCEL_EPOCH_1904 if epoch_1904 else EXCEL_EPOCH_1900)
    text = cell_text(raw)
    if text == "":
        return None
    if _SERIAL.match(text):
        return _from_serial(float(text.replace(",", ".")), EXCEL_EPOCH_1900)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _make_date(year, month, day)
    match = _DUTCH.match(text)
    if match:
        day_text, _sep, month_text, year_text = match.groups()
        return _make_date(int(year_text), int(month_text), int(day_text))
    raise CellError("E-DATE-INVALID")


def _make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise CellError("E-DATE-INVALID") from exc


def parse_score(raw: Any) -> int | None:
    """Parse an integer 1-5 (``3``, ``3.0`` and ``3,0`` are 3); empty gives ``None``."""
    if isinstance(raw, bool):
        raise CellError("E-NUMBER-INVALID")
    if isinstance(raw, (int, float)):
        if float(raw).is_integer() and 1 <= raw <= 5:
            return int(raw)
        raise CellError("E-NUMBER-INVALID")
    text = cell_text(raw)
    if text == "":
        return None
    match = _INTEGER.match(text)
    if not match:
        raise CellError("E-NUMBER-INVALID")
    return int(match.group(1))


def split_list(text: str) -> list[str]:
    """Split a list cell on ``,`` and ``;``; trim, drop empty items and duplicates (§2)."""
    items: list[str] = []
    for part in re.split(r"[,;]", text):
        item = part.strip()
        if item and item not in items:
            items.append(item)
    return items
