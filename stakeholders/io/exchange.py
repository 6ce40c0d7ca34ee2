"""The formats of other programs: GraphML, GEXF, Kumu JSON and Kumu's workbook.

One table (:data:`FORMATS`) names each format's kind, the file name endings that choose
it, its reader and its writer; :mod:`stakeholders.io.formats` asks it which format a
path is and hands the work over. A Kumu workbook is recognised by its ending
``.kumu.xlsx`` or, for reading, by its sheets (*Elements* without a *Partijen*): a
workbook downloaded from Kumu is called ``….xlsx``.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stakeholders.io.importer import ImportResult
from stakeholders.model.regionmap import KnownRules, RegionMap

log = logging.getLogger(__name__)

GRAPHML = "graphml"
GEXF = "gexf"
KUMU_JSON = "kumu-json"
KUMU_XLSX = "kumu-xlsx"

Reader = Callable[..., ImportResult]
Writer = Callable[[RegionMap, Path], None]


@dataclass(frozen=True)
class Format:
    """One exchange format: its kind, the endings that choose it, reader and writer.

    The reader and writer are named, in ``stakeholders.io.<module>``, and imported on
    first use: GraphML and GEXF need networkx, which the window must not wait for at
    start-up (``tests/test_startup_imports.py``).
    """

    kind: str
    endings: tuple[str, ...]
    module: str
    reader: str
    writer: str

    @property
    def read(self) -> Reader:
        return self._function(self.reader)

    @property
    def write(self) -> Writer:
        return self._function(self.writer)

    def _function(self, name: str) -> Callable:
        return getattr(_module(self.module), name)


def _module(name: str):
    """``stakeholders.io.<name>``, imported now. The imports are written out (not
    ``importlib``) so that PyInstaller's analysis puts them in the bundle."""
    from stakeholders.io import gexf, graphml, kumu

    return {"gexf": gexf, "graphml": graphml, "kumu": kumu}[name]


#: The endings are the modules' ``SUFFIX`` constants (a test keeps them equal).
FORMATS: tuple[Format, ...] = (
    Format(GRAPHML, (".graphml",), "graphml", "read_graphml", "write_graphml"),
    Format(GEXF, (".gexf",), "gexf", "read_gexf", "write_gexf"),
    Format(KUMU_JSON, (".kumu.json",), "kumu", "read_kumu_json", "write_kumu_json"),
    Format(KUMU_XLSX, (".kumu.xlsx",), "kumu", "read_kumu_xlsx", "write_kumu_xlsx"),
)
_BY_KIND = {f.kind: f for f in FORMATS}
#: The kinds of this module (for :mod:`stakeholders.io.formats`).
KINDS = frozenset(_BY_KIND)


def kind_by_name(path: Path) -> str:
    """The exchange format the file name asks for (``""``: none of them)."""
    name = Path(path).name.lower()
    for found in FORMATS:
        if name.endswith(found.endings):
            return found.kind
    return ""


def sniff(head: bytes) -> str:
    """The exchange format of a file named otherwise, from its first bytes: GraphML or
    GEXF (XML), a Kumu blueprint (JSON with ``elements`` and without the ``formaat`` of a
    ``.regiokaart``); ``""``: none of them."""
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        if "<graphml" in text:
            return GRAPHML
        if "<gexf" in text:
            return GEXF
    if text.startswith("{") and '"elements"' in text and '"formaat"' not in text:
        return KUMU_JSON
    return ""


def is_kumu_workbook(path: Path) -> bool:
    """Whether an ``.xlsx`` file has Kumu's sheets rather than the app's own."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        return False  # the spreadsheet reader says what is wrong with it
    from stakeholders.io import kumu

    try:
        return kumu.is_kumu_workbook(workbook.sheetnames)
    finally:
        workbook.close()


def load(kind: str, path: Path, *, known_rules: KnownRules, today: date | None
         ) -> ImportResult:
    """Read ``path`` in the exchange format ``kind``."""
    result = _BY_KIND[kind].read(path, known_rules=known_rules, today=today)
    log.info("imported %s (%s): %s", path, kind, result.map.counts())
    return result


def save(kind: str, region: RegionMap, path: Path) -> None:
    """Write ``region`` to ``path`` in the exchange format ``kind`` (atomically)."""
    _BY_KIND[kind].write(region, path)
    log.info("wrote %s (%s)", path, kind)
