"""Build maps for tests from compact CSV text, through the real importer.

``import_sheets(Partijen="id;naam;type\\nP1;Gemeente A;gemeente", Tafels=…)``
parses each sheet like a CSV file named after it and validates the whole
workbook exactly as a user's file would be. ``region(...)`` returns just the
map and fails the test with every problem listed when the import fails.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from stakeholders.io.importer import ImportResult, import_workbook
from stakeholders.io.problems import MapLoadError
from stakeholders.io.workbook import RawSheet, RawWorkbook, parse_csv_text
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids


def raw_workbook(**sheets: str) -> RawWorkbook:
    """A CSV-style workbook: one sheet per keyword, named ``<keyword>.csv``."""
    return RawWorkbook(
        [RawSheet(f"{name}.csv", name, parse_csv_text(text)) for name, text in sheets.items()],
        kind="csv",
    )


def import_sheets(*, today: date | None = None, **sheets: str) -> ImportResult:
    """Import CSV texts (keyword = sheet name); raises MapLoadError like a real import."""
    return import_workbook(raw_workbook(**sheets), known_rules=known_rule_ids(),
                           fallback_name="test", today=today)


def region(*, today: date | None = None, **sheets: str) -> RegionMap:
    """Import and return the map; a failed import fails the test with all problems."""
    try:
        return import_sheets(today=today, **sheets).map
    except MapLoadError as exc:  # pragma: no cover - only on a broken fixture
        raise AssertionError("\n".join(p.text() for p in exc.problems)) from exc


def write_csv_folder(folder: Path, **sheets: str | bytes) -> Path:
    """Write sheets as ``<name>.csv`` files (bytes are written as-is) and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in sheets.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / f"{name}.csv").write_bytes(data)
    return folder
