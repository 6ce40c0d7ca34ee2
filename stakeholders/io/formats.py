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
from stakeholders.io import atomic, exchange, limits, regiokaart, spreadsheet, xlsxcheck
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
    try:
        return _load(path, known_rules=known_rules, today=today)
    except MapLoadError as exc:
        exc.path = str(path)
        raise
    except (OSError, MemoryError, RecursionError, UnicodeError) as exc:
        raise unreadable(str(exc)[:200], path) from exc


def _load(path: Path, *, known_rules: KnownRules, today: date | None) -> ImportResult:
    limits.check_name_length(path)
    staged = atomic.pending_swap(path)
    if staged is not None:
        raise MapLoadError([Problem("E-FILE-INTERRUPTED", tr(
            "io", "het opslaan van {pad} is onderbroken; de volledige nieuwe versie staat in "
                  "'{nieuw}'. Open de map in stakeholders om hem te herstellen, of hernoem "
                  "'{nieuw}' naar '{naam}'").format(pad=path, nieuw=staged.name,
                                                    naam=path.name))], str(path))
    if not path.exists():
        message = tr("io", "bestand of map bestaat niet: {pad}").format(pad=path)
        raise MapLoadError([Problem("E-FILE-MISSING", message)], str(path))
    kind = kind_of(path)
    if kind == NATIVE:
        return regiokaart.load(path, known_rules=known_rules, today=today)
    if kind in (XLSX, exchange.KUMU_XLSX):
        xlsxcheck.check_package(path)  # before any XML part of it is parsed
    if kind == XLSX and _is_kumu(path):
        kind = exchange.KUMU_XLSX
    if kind in exchange.KINDS:
        return exchange.load(kind, path, known_rules=known_rules, today=today)
    if kind in (XLSX, CSV_FOLDER, CSV_FILE):
        return spreadsheet.read_spreadsheet(path, known_rules=known_rules, today=today)
    if path.suffix.lower() == ".xls":
        raise unreadable(tr("io", "het oude .xls-formaat wordt niet ondersteund; sla het "
                                  "werkboek op als .xlsx"), path)
    raise unreadable(tr("io", "onbekend bestandstype '{type}'").format(
        type=path.suffix or path.name), path)


def _is_kumu(path: Path) -> bool:
    """Whether a workbook has Kumu's sheets; a damaged one is not (the spreadsheet reader
    then says what is wrong with it, at its place)."""
    try:
        return exchange.is_kumu_workbook(path)
    except Exception:  # any parser error of a damaged workbook part
        return False


def _check_target(target: Path, kind: str) -> None:
    """A folder is never used as a file, nor a file as a folder."""
    if target.is_dir() and target.suffix.lower() in (regiokaart.SUFFIX, *_XLSX_SUFFIXES):
        raise MapSaveError(tr("io", "{pad} is een map, geen bestand; kies een andere naam").format(
            pad=target))
    if kind == CSV_FOLDER and target.exists() and not target.is_dir():
        raise MapSaveError(tr("io", "{pad} is een bestand, geen map; kies een andere naam voor "
                                    "de CSV-map").format(pad=target))
    if kind == CSV_FOLDER and target.is_dir():
        # The folder is replaced as a whole: only a map's own folder, never one with other work.
        others = [p.name for p in target.iterdir()
                  if not p.name.startswith(".") and p.suffix.lower() != ".csv"]
        if others:
            raise MapSaveError(tr("io", "de map {pad} bevat ook andere bestanden ({namen}); "
                                        "kies een lege map of een nieuwe naam").format(
                pad=target, namen=", ".join(sorted(others)[:3])))


def save_map(region: RegionMap, path: Path | str) -> str:
    """Write the map in the format the path asks for; return that format."""
    target = Path(path)
    try:
        limits.check_name_length(target)
    except MapLoadError as exc:
        raise MapSaveError(exc.errors[0].message) from exc
    try:
        kind = kind_of(target, for_writing=True) if not str(path).endswith(("/", os.sep)) \
            else CSV_FOLDER
        _check_target(target, kind)
        atomic.remove_stale(target)
        if kind == NATIVE:
            regiokaart.save(region, target, backup=True)
        elif kind == XLSX:
            spreadsheet.write_xlsx(region, target, backup=True)
        elif kind == CSV_FOLDER:
            spreadsheet.write_csv_folder(region, target, backup=True)
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
