"""Pick the reader or writer from a path: ``.regiokaart``, ``.xlsx``, a CSV folder or file,
or a format of another program (GraphML, GEXF, Kumu: :mod:`stakeholders.io.exchange`).

This is the entry point the command line and the GUI use. Loading never
raises anything but :class:`~stakeholders.io.problems.MapLoadError`; saving
raises :class:`~stakeholders.io.problems.MapSaveError` and leaves the old
file untouched.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from stakeholders.i18n import tr
from stakeholders.io import exchange, regiokaart, spreadsheet
from stakeholders.io.importer import ImportResult
from stakeholders.io.problems import MapLoadError, MapSaveError, Problem
from stakeholders.io.workbook import unreadable
from stakeholders.model.regionmap import KnownRules, RegionMap

log = logging.getLogger(__name__)

NATIVE = "regiokaart"
XLSX = "xlsx"
CSV_FOLDER = "csv"
CSV_FILE = "csv-bestand"

_XLSX_SUFFIXES = (".xlsx", ".xlsm")


def kind_of(path: Path, *, for_writing: bool = False) -> str:
    """The format of ``path``; for writing, a trailing slash or folder means CSV."""
    text = os.fspath(path)
    path = Path(path)
    if path.is_dir() or (for_writing and text.endswith(("/", os.sep))):
        return CSV_FOLDER
    suffix = path.suffix.lower()
    if found := exchange.kind_by_name(path):
        return found
    if suffix == regiokaart.SUFFIX:
        return NATIVE
    if suffix in _XLSX_SUFFIXES:
        return XLSX
    if suffix == ".csv":
        return CSV_FILE
    if for_writing:
        return ""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return ""
    if found := exchange.sniff(head):
        return found
    if head.startswith(b"PK"):
        return XLSX
    if head.lstrip().startswith(b"{"):
        return NATIVE
    return ""


def load_map(path: Path | str, *, known_rules: KnownRules, today: date | None = None
             ) -> ImportResult:
    """Load a map from any supported form; raise :class:`MapLoadError` with every problem.

    ``known_rules`` is :func:`stakeholders.rules.catalogue.known_rule_ids` (given by the
    caller: io knows no rules): the rule ids a Keuzes row may name.
    """
    path = Path(path)
    if not path.exists():
        message = tr("io", "bestand of map bestaat niet: {pad}").format(pad=path)
        raise MapLoadError([Problem("E-FILE-MISSING", message)], str(path))
    kind = kind_of(path)
    try:
        if kind == NATIVE:
            return regiokaart.load(path, known_rules=known_rules, today=today)
        if kind == XLSX and exchange.is_kumu_workbook(path):
            kind = exchange.KUMU_XLSX
        if kind in exchange.KINDS:
            return exchange.load(kind, path, known_rules=known_rules, today=today)
        if kind in (XLSX, CSV_FOLDER, CSV_FILE):
            return spreadsheet.read_spreadsheet(path, known_rules=known_rules, today=today)
    except MapLoadError as exc:
        exc.path = str(path)
        raise
    except (OSError, MemoryError, RecursionError) as exc:
        raise unreadable(str(exc), path) from exc
    if path.suffix.lower() == ".xls":
        raise unreadable(tr("io", "het oude .xls-formaat wordt niet ondersteund; sla het "
                                  "werkboek op als .xlsx"), path)
    raise unreadable(tr("io", "onbekend bestandstype '{type}'").format(
        type=path.suffix or path.name), path)


def save_map(region: RegionMap, path: Path | str) -> str:
    """Write the map in the format the path asks for; return that format."""
    target = Path(path)
    kind = kind_of(Path(path), for_writing=True) if not str(path).endswith(("/", os.sep)) \
        else CSV_FOLDER
    try:
        if kind == NATIVE:
            regiokaart.save(region, target)
        elif kind == XLSX:
            spreadsheet.write_xlsx(region, target)
        elif kind == CSV_FOLDER:
            spreadsheet.write_csv_folder(region, target)
        elif kind in exchange.KINDS:
            exchange.save(kind, region, target)
        else:
            raise MapSaveError(tr("io", "onbekend doelformaat voor {pad}: gebruik .regiokaart, "
                                        ".xlsx, een map (eindigend op /), .graphml, .gexf, "
                                        ".kumu.json of .kumu.xlsx").format(pad=path))
    except OSError as exc:
        raise MapSaveError(tr("io", "{pad} kan niet worden geschreven ({reden})").format(
            pad=path, reden=exc.strerror or exc)) from exc
    return kind
