"""What a spreadsheet format cannot hold is refused before anything is written.

A map the model accepts can hold texts and dates no spreadsheet program stores: Excel
keeps at most 32,767 characters in a cell (and the readers refuse longer cells, in CSV
too), no control characters, no U+FFFE/U+FFFF and no lone surrogates; Excel's dates start
in 1900. Writing such a map would give a file that is cut silently or refused when it is
opened again, so the writer refuses it with a message naming the sheet, row and column,
and the user can save as ``.regiokaart`` instead (which holds all of it).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from stakeholders.i18n import translator
from stakeholders.io.limits import MAX_CELL_CHARS
from stakeholders.io.problems import MapSaveError

_t = translator("io")

#: What an ``.xlsx`` cell cannot hold: control characters (but tab, LF, CR), lone
#: surrogates, U+FFFE and U+FFFF.
_NOT_IN_XLSX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: The first date an Excel workbook can hold.
FIRST_EXCEL_DATE = date(1900, 1, 1)


def check_rows(sheets: dict[str, list[list[Any]]], kind: str) -> None:
    """Raise :class:`MapSaveError` for the first cell ``kind`` (``xlsx`` or ``csv``) cannot
    hold, naming its sheet, row and column."""
    for sheet, rows in sheets.items():
        header = rows[0] if rows else []
        for number, row in enumerate(rows, start=1):
            for index, value in enumerate(row):
                reason = _problem(value, kind)
                if reason is not None:
                    column = str(header[index]) if number > 1 and index < len(header) else ""
                    where = _t("{blad}, rij {rij}, kolom {kolom}").format(
                        blad=sheet, rij=number, kolom=column) if column else _t(
                        "{blad}, rij {rij}").format(blad=sheet, rij=number)
                    raise MapSaveError(_t("{plaats}: {reden}; sla op als .regiokaart, dat "
                                          "alles bewaart").format(plaats=where, reden=reason))


def _problem(value: Any, kind: str) -> str | None:
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            return _t("tekst van {n} tekens past niet in een cel (hoogstens {max})").format(
                n=len(value), max=MAX_CELL_CHARS)
        if kind == "xlsx" and _NOT_IN_XLSX.search(value):
            return _t("bevat een stuurteken of ongeldig teken dat niet in een Excel-werkboek "
                      "past")
    elif kind == "xlsx" and isinstance(value, date) and value < FIRST_EXCEL_DATE:
        return _t("datum {datum} ligt voor 1900; Excel kan die niet bewaren").format(
            datum=value.isoformat())
    return None
