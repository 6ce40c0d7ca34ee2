"""Read the yearly CBS table "Gebieden in Nederland" (a CSV file) into regional divisions.

CBS publishes one table per year (2023: 85385NED, 2024: 85755NED, …) and its columns
differ from year to year: a division is added, renamed or moves to another position.
Two layouts are read, recognised by their headers:

*StatLine* (the CSV download of the table on the CBS website; ``;``-separated, UTF-8
with BOM, codes padded with spaces)::

    Regio's;Codes en namen van gemeenten/Code (code);Codes en namen van gemeenten/Naam (naam);
    Lokaliseringen van gemeenten/GGD-regio's/Code (code);…/GGD-regio's/Naam (naam);…

Older downloads write the headers without " (code)" / " (naam)"; both are accepted.
A division is recognised by its group title ("GGD-regio's", "Jeugdzorgregio's",
"Zorgkantoorregio's", …), or else by the prefix of its codes.

*Open data* (the OData data set as CSV, e.g. via the ``cbsodata`` package): the columns
are numbered (``Code_1``, ``Naam_2``, ``SorteringNaam_3``, ``Code_4``, ``Naam_5``, …),
their numbers shift every year, so each ``Code_n`` column is recognised by the prefix
of its codes (``GG`` GGD-regio, ``VR`` veiligheidsregio, ``ZK`` zorgkantoorregio,
``JZ`` jeugdregio, ``PV``, ``CR``, ``AM``) and its name is the next ``Naam_n+1``.

Every problem raises :class:`CbsImportError` with a Dutch message naming the file, the
row and the column. Qt-free; pandas reads the file.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from stakeholders.i18n import translator
from stakeholders.model.divisions import CBS_LICENCE, KNOWN, Division, ImportedYear, Region
from stakeholders.model.invariants import violation
from stakeholders.model.normalize import normalize_name

if TYPE_CHECKING:  # pandas loads only when a CBS file is read (the app starts faster)
    import pandas as pd

log = logging.getLogger(__name__)

STATLINE = "statline"
ODATA = "opendata"

#: Group titles of the StatLine download (normalised) -> division slug.
GROUP_TITLES: dict[str, str] = {
    "provincies": "provincie",
    "corop-gebieden": "corop",
    "arbeidsmarktregio's": "arbeidsmarktregio",
    "veiligheidsregio's": "veiligheidsregio",
    "ggd-regio's": "ggd-regio",
    "zorgkantoorregio's": "zorgkantoorregio",
    "jeugdzorgregio's": "jeugdregio",
    "jeugdregio's": "jeugdregio",
    "roaz-regio's": "roaz-regio",
    "acute-zorgregio's": "roaz-regio",
    "rav-regio's": "rav-regio",
    "ambulanceregio's": "rav-regio",
}
#: Code prefixes -> division slug (both layouts).
PREFIXES: dict[str, str] = {
    "PV": "provincie",
    "CR": "corop",
    "AM": "arbeidsmarktregio",
    "VR": "veiligheidsregio",
    "GG": "ggd-regio",
    "ZK": "zorgkantoorregio",
    "JZ": "jeugdregio",
}
_STATLINE_HEADER = re.compile(r"^(?:(?P<path>.*)/)?(?P<group>[^/]+)/(?P<field>code|naam)"
                              r"(?:\s*\((?:code|naam)\))?$", re.IGNORECASE)
_ODATA_HEADER = re.compile(r"^(?P<field>Code|Naam)_(?P<n>\d+)$")
_GEMEENTE = re.compile(r"^GM\d{4}$")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
GEMEENTE_GROUP = "codes-en-namen-van-gemeenten"


_t = translator("cbs")


class CbsImportError(ValueError):
    """A CBS file that cannot be imported; the message is for the user (Dutch)."""


@dataclass(frozen=True)
class Column:
    """Where one division is in the file: its code and name columns."""

    slug: str
    code: str
    name: str


@dataclass(frozen=True)
class CbsFile:
    """What was read: the layout, the year, the gemeenten and the divisions found."""

    path: Path
    layout: str
    year: int
    gemeenten: dict[str, str]
    #: slug -> gemeente code -> region
    placements: dict[str, dict[str, Region]]
    columns: tuple[Column, ...]

    def imported_year(self, imported_on: date | None = None) -> ImportedYear:
        """As model data: one :class:`Division` per division found (source, year, licence)."""
        when = (imported_on or date.today()).isoformat()
        divisions = []
        for slug, placement in self.placements.items():
            label, plural = KNOWN.get(slug, (slug, slug))
            source = _t("CBS, Gebieden in Nederland {jaar} (geïmporteerd uit {bestand} op "
                        "{datum})").format(jaar=self.year, bestand=self.path.name, datum=when)
            divisions.append((Division(slug, label, plural, source, self.year, CBS_LICENCE),
                              placement))
        return ImportedYear(self.year, dict(self.gemeenten), divisions)


# -- reading ---------------------------------------------------------------------------------
def _read_text(path: Path) -> str:
    """The file's text: UTF-8 with or without BOM, else Windows-1252 (older downloads)."""
    if not path.is_file():
        raise CbsImportError(_t("{bestand}: bestand niet gevonden").format(bestand=path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CbsImportError(_t("{bestand}: kan niet worden gelezen ({reden})").format(
            bestand=path.name, reden=exc.strerror or exc)) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_table(path: Path) -> pd.DataFrame:
    """The file as stripped text cells; the separator (``;``, ``,`` or tab) is the one the
    header line uses most."""
    import pandas as pd

    text = _read_text(path)
    header = text.lstrip().split("\n", 1)[0]
    if not header.strip():
        raise CbsImportError(_t("{bestand}: het bestand is leeg").format(bestand=path.name))
    sep = max((";", ",", "\t"), key=header.count)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                            skipinitialspace=True)
    except (pd.errors.ParserError, csv.Error, ValueError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CbsImportError(_t("{bestand}: geen leesbaar CSV-bestand ({reden})").format(
            bestand=path.name, reden=reason)) from exc
    frame.columns = [str(c).strip().strip('"') for c in frame.columns]
    return frame.apply(lambda column: column.str.strip())


def _statline_columns(frame: pd.DataFrame) -> tuple[str, str, list[Column]] | None:
    """(gemeente code column, gemeente name column, divisions) of a StatLine download."""
    groups: dict[str, dict[str, str]] = {}
    for header in frame.columns:
        match = _STATLINE_HEADER.match(header)
        if match:
            key = normalize_name(match["group"]).replace("\u2019", "'")
            groups.setdefault(key, {})[match["field"].lower()] = header
    gemeente = groups.pop(GEMEENTE_GROUP, None)
    if not gemeente or "code" not in gemeente:
        return None
    divisions = []
    for key, pair in groups.items():
        if "code" not in pair or "naam" not in pair:
            continue
        slug = GROUP_TITLES.get(key) or _slug_by_prefix(frame[pair["code"]])
        if slug:
            divisions.append(Column(slug, pair["code"], pair["naam"]))
    return gemeente["code"], gemeente.get("naam", ""), divisions


def _odata_columns(frame: pd.DataFrame) -> tuple[str, str, list[Column]] | None:
    """(gemeente code column, gemeente name column, divisions) of an open-data export."""
    numbered = {int(m["n"]): h for h in frame.columns if (m := _ODATA_HEADER.match(h))}
    codes = [(n, h) for n, h in sorted(numbered.items()) if h.startswith("Code_")]
    if not codes:
        return None
    gemeente_code, gemeente_name = "", ""
    divisions = []
    for n, header in codes:
        name = numbered.get(n + 1, "")
        if not name.startswith("Naam_"):
            continue
        values = frame[header]
        if not gemeente_code and values.str.match(_GEMEENTE).mean() > 0.5:
            gemeente_code, gemeente_name = header, name
            continue
        slug = _slug_by_prefix(values)
        if slug:
            divisions.append(Column(slug, header, name))
    return (gemeente_code, gemeente_name, divisions) if gemeente_code else None


def _slug_by_prefix(values: pd.Series) -> str:
    """The division whose code prefix most filled cells share (at least 90 %)."""
    filled = values[values != ""]
    if filled.empty:
        return ""
    prefixes = filled.str[:2].str.upper().value_counts()
    prefix, count = prefixes.index[0], int(prefixes.iloc[0])
    return PREFIXES.get(prefix, "") if count >= 0.9 * len(filled) else ""


def detect_year(path: Path, frame: pd.DataFrame | None = None) -> int | None:
    """The year of the table: a ``Perioden`` column, else a year in the file name."""
    if frame is not None and "Perioden" in frame.columns:
        found = _YEAR.search(" ".join(frame["Perioden"].head(3)))
        if found:
            return int(found.group(1))
    found = _YEAR.search(path.stem)
    return int(found.group(1)) if found else None


def read_cbs_file(path: str | Path, year: int | None = None) -> CbsFile:
    """Read a CBS "Gebieden in Nederland" CSV; ``year`` overrides the detected year."""
    path = Path(path)
    frame = _read_table(path)
    layout = STATLINE
    found = _statline_columns(frame)
    if found is None:
        layout, found = ODATA, _odata_columns(frame)
    if found is None:
        shown = ", ".join(f"'{c}'" for c in list(frame.columns)[:6])
        raise CbsImportError(_t(
            "{bestand}, rij 1: geen kolom met gemeentecodes gevonden (verwacht 'Codes en namen "
            "van gemeenten/Code' of 'Code_1' met codes als GM0363); de kolommen zijn {kolommen}"
        ).format(bestand=path.name, kolommen=shown or _t("(geen)")))
    code_col, name_col, columns = found
    if not columns:
        raise CbsImportError(_t(
            "{bestand}: geen regio-indeling gevonden (zoals GGD-regio's, zorgkantoorregio's of "
            "jeugdregio's); is dit de tabel 'Gebieden in Nederland'?").format(bestand=path.name))
    year = year or detect_year(path, frame)
    if year is None:
        raise CbsImportError(_t("{bestand}: het jaar staat niet in de bestandsnaam; geef het "
                                "jaar van de tabel op").format(bestand=path.name))
    rows = _gemeenten(path, frame, code_col, name_col)
    placements = {col.slug: _placement(path, frame, col, rows) for col in columns}
    log.info("CBS %s (%s, %d): %d gemeenten, %s", path.name, layout, year, len(rows),
             ", ".join(placements))
    return CbsFile(path, layout, year, {code: name for code, (name, _i) in rows.items()},
                   placements, tuple(columns))


def _where(path: Path, index: int, column: str) -> str:
    # index is the 0-based data row; the header is row 1 of the file
    return _t("{bestand}, rij {rij}, kolom '{kolom}'").format(bestand=path.name, rij=index + 2,
                                                              kolom=column)


def _gemeenten(path: Path, frame: pd.DataFrame, code_col: str, name_col: str
               ) -> dict[str, tuple[str, int]]:
    """Gemeente code -> (name, data row) of every gemeente row; rows of other levels
    (Nederland, provincies) have an empty gemeente code and are skipped."""
    found: dict[str, tuple[str, int]] = {}
    for index, raw in enumerate(frame[code_col].astype(str).tolist()):
        code = raw.upper()
        if not code:
            continue
        if code.isdigit():  # tables up to 2012 write 363 for GM0363
            code = f"GM{int(code):04d}"
        if not _GEMEENTE.match(code):
            raise CbsImportError(_where(path, index, code_col) + ": " + violation(
                "E-GEMEENTECODE-INVALID", waarde=raw).message)
        if code in found:
            raise CbsImportError(_where(path, index, code_col) + ": " + _t(
                "gemeente {code} staat er twee keer in (ook in rij {rij})").format(
                code=code, rij=found[code][1] + 2))
        name = str(frame.at[index, name_col] if name_col else "") or str(frame.iat[index, 0])
        found[code] = (name, index)
    if not found:
        raise CbsImportError(_t("{bestand}: geen enkele gemeente gevonden in kolom "
                                "'{kolom}'").format(bestand=path.name, kolom=code_col))
    return found


def _placement(path: Path, frame: pd.DataFrame, col: Column,
               gemeenten: dict[str, tuple[str, int]]) -> dict[str, Region]:
    """Gemeente code -> region for one division; a region code without a name is an error.
    A gemeente with an empty cell lies in no region of that division (that year)."""
    placement: dict[str, Region] = {}
    for gemeente, (_name, index) in gemeenten.items():
        code, name = str(frame.at[index, col.code]).upper(), str(frame.at[index, col.name])
        if not code:
            continue
        if not name:
            raise CbsImportError(_where(path, index, col.name) + ": " + _t(
                "regiocode {code} heeft geen naam").format(code=code))
        placement[gemeente] = Region(col.slug, code, name)
    return placement
