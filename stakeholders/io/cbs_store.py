"""Keep imported CBS years in the user's data folder and load the divisions with them.

An import is stored as two files in ``<data folder>/regio-indelingen/`` (never in the
app's ``resources/``), written atomically:

* ``cbs-gebieden-<jaar>.csv``: ``gemeentecode, gemeentenaam, indeling, regiocode,
  regionaam`` (one row per gemeente and division);
* ``cbs-gebieden-<jaar>.json``: the year, the source file, the import date, the layout and
  per division the source, year and licence that the app shows.

Importing the same year again replaces it. The GUI passes its data folder
(``QStandardPaths.AppDataLocation``); this module knows no Qt. A stored file that cannot
be read is skipped with a warning in the log, so a damaged folder never stops the app.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import date
from pathlib import Path

from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.io.cbs_gebieden import CbsFile, CbsImportError
from stakeholders.model.divisions import (
    KNOWN,
    USER_FOLDER,
    Division,
    Divisions,
    ImportedYear,
    Region,
    bundled,
    merged,
)

log = logging.getLogger(__name__)

COLUMNS = ("gemeentecode", "gemeentenaam", "indeling", "regiocode", "regionaam")


def folder(user_dir: Path) -> Path:
    """Where imports live inside the user's data folder."""
    return Path(user_dir) / USER_FOLDER


def save_import(cbs: CbsFile, user_dir: Path, imported_on: date | None = None) -> Path:
    """Store one read CBS file in the user's data folder; returns the CSV written."""
    target = folder(user_dir)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CbsImportError(f"{target}: map kan niet worden gemaakt "
                             f"({exc.strerror or exc})") from exc
    year = cbs.imported_year(imported_on)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(COLUMNS)
    for division, placement in year.divisions:
        for gemeente, region in placement.items():
            writer.writerow((gemeente, cbs.gemeenten.get(gemeente, ""), division.slug,
                             region.code, region.name))
    for gemeente, name in cbs.gemeenten.items():
        if not any(gemeente in placement for _d, placement in year.divisions):
            writer.writerow((gemeente, name, "", "", ""))
    meta = {
        "jaar": cbs.year,
        "bestand": cbs.path.name,
        "geimporteerd": (imported_on or date.today()).isoformat(),
        "formaat": cbs.layout,
        "indelingen": [{"indeling": d.slug, "bron": d.source, "jaar": d.year,
                        "licentie": d.licence} for d, _p in year.divisions],
    }
    data_path = target / f"cbs-gebieden-{cbs.year}.csv"
    try:
        write_bytes_atomic(data_path, text.getvalue().encode("utf-8"))
        write_bytes_atomic(data_path.with_suffix(".json"),
                           json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8"))
    except OSError as exc:
        raise CbsImportError(f"{data_path}: kan niet worden geschreven "
                             f"({exc.strerror or exc})") from exc
    log.info("stored CBS %d in %s", cbs.year, data_path)
    return data_path


def _read_one(csv_path: Path) -> ImportedYear:
    meta = json.loads(csv_path.with_suffix(".json").read_text(encoding="utf-8"))
    info = {d["indeling"]: d for d in meta.get("indelingen", [])}
    year = int(meta["jaar"])
    gemeenten: dict[str, str] = {}
    placements: dict[str, dict[str, Region]] = {}
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            gemeenten[row["gemeentecode"]] = row["gemeentenaam"]
            if row["indeling"]:
                placements.setdefault(row["indeling"], {})[row["gemeentecode"]] = Region(
                    row["indeling"], row["regiocode"], row["regionaam"])
    divisions = []
    for slug, placement in placements.items():
        label, plural = KNOWN.get(slug, (slug, slug))
        meta_of = info.get(slug, {})
        divisions.append((Division(slug, label, plural, meta_of.get("bron", ""),
                                   int(meta_of.get("jaar", year)),
                                   meta_of.get("licentie", "")), placement))
    return ImportedYear(year, gemeenten, divisions)


def read_imported(user_dir: Path) -> list[ImportedYear]:
    """Every stored import, oldest year first; unreadable ones are skipped (logged)."""
    found = []
    for csv_path in sorted(folder(user_dir).glob("cbs-gebieden-*.csv")):
        try:
            found.append(_read_one(csv_path))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("skipping stored CBS import %s: %s", csv_path, exc)
    return sorted(found, key=lambda item: item.year)


def stored_years(user_dir: Path) -> list[dict]:
    """The metadata of every stored import (for "Over de gegevens")."""
    years = []
    for meta_path in sorted(folder(user_dir).glob("cbs-gebieden-*.json")):
        try:
            years.append(json.loads(meta_path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            log.warning("skipping %s: %s", meta_path, exc)
    return years


def load_divisions(user_dir: Path | None = None) -> Divisions:
    """The shipped divisions plus every import stored in ``user_dir`` (``None``: shipped)."""
    if user_dir is None:
        return bundled()
    return merged(bundled(), read_imported(user_dir))
