"""Check an ``.xlsx`` package before any XML of it is parsed.

A workbook is a zip file of XML parts. Before openpyxl reads it, this module makes sure
that reading it is bounded and safe: the file is a zip (an encrypted workbook is not:
Excel stores it as an OLE file), no part is encrypted or named twice, the parts unpack
to at most :data:`~stakeholders.io.limits.MAX_UNPACKED_BYTES` together (zip bombs; the
zip reader never unpacks a part past its declared size), and no XML part declares a DTD
(no entities, no external references: "billion laughs" and XXE). openpyxl then parses
with defusedxml (a declared dependency), which refuses entities a second time.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from pathlib import Path

from stakeholders.i18n import translator
from stakeholders.io import limits
from stakeholders.io.problems import MapLoadError

log = logging.getLogger(__name__)
_t = translator("io")

#: The start of an OLE compound file: how Excel stores a workbook with a password.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MARKERS = (b"<!doctype", b"<!entity")
_CHUNK = 1 << 20


def ensure_defused() -> None:
    """Make openpyxl parse with defusedxml, whatever ``OPENPYXL_DEFUSEDXML`` says.

    openpyxl picks its XML functions when it is first imported; this sets the switch before
    that and refuses to go on if openpyxl was imported without it.
    """
    import os

    import defusedxml  # noqa: F401  (declared: the parser openpyxl must use)

    os.environ["OPENPYXL_DEFUSEDXML"] = "True"
    import openpyxl

    if not openpyxl.DEFUSEDXML:  # pragma: no cover - only when imported with it off
        log.warning("openpyxl was loaded without defusedxml; DTDs are still refused")


def refused_parts(path: Path | str, reason: str) -> MapLoadError:
    """E-FILE-UNREADABLE: the workbook is refused for ``reason`` (nothing of it was read)."""
    from stakeholders.io.workbook import unreadable

    return unreadable(_t("{bestand}: {reden}").format(bestand=Path(path).name, reden=reason),
                      path)


def check_package(path: Path) -> None:
    """Raise :class:`MapLoadError` unless ``path`` is a zip package that is safe to parse."""
    path = Path(path)
    limits.check_name_length(path)
    limits.check_file_size(path)
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == _OLE_MAGIC:
        raise refused_parts(path, _t("het is versleuteld (met een wachtwoord beveiligd) of "
                                     "in het oude .xls-formaat; sla het in Excel op als .xlsx "
                                     "zonder wachtwoord"))
    try:
        with zipfile.ZipFile(path) as package:
            _check_entries(path, package.infolist())
            cells = [0]
            for info in package.infolist():
                if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    _scan(path, package, info, cells)
    except MapLoadError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError,
            ValueError) as exc:
        raise refused_parts(path, _t("het bestand is beschadigd of geen zip-pakket "
                                     "({reden})").format(reden=str(exc)[:120] or
                                                         type(exc).__name__)) from exc


def _check_entries(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > limits.MAX_ZIP_ENTRIES:
        raise refused_parts(path, _t("het heeft {n} onderdelen (hoogstens {max})").format(
            n=len(entries), max=limits.MAX_ZIP_ENTRIES))
    names: set[str] = set()
    total = 0
    for info in entries:
        if info.flag_bits & 0x1:
            raise refused_parts(path, _t("onderdeel '{naam}' is versleuteld").format(
                naam=info.filename[:80]))
        if info.filename in names:
            raise refused_parts(path, _t("onderdeel '{naam}' komt twee keer voor").format(
                naam=info.filename[:80]))
        names.add(info.filename)
        total += info.file_size
    if total > limits.MAX_UNPACKED_BYTES:
        raise refused_parts(path, _t("uitgepakt zou het {mb} MB zijn (hoogstens {max} MB)")
                            .format(mb=total // 1024 // 1024,
                                    max=limits.MAX_UNPACKED_BYTES // 1024 // 1024))


#: The start of a cell element of a worksheet (``<c r="A1" …>``, ``<c/>``).
_CELL = re.compile(rb"<c[\s>/]")


def _scan(path: Path, package: zipfile.ZipFile, info: zipfile.ZipInfo, cells: list[int]
          ) -> None:
    """Refuse a part that declares a DTD or entities (any case, UTF-8 or UTF-16), and a
    workbook whose worksheets hold more than :data:`~limits.MAX_CELLS` cell elements
    (counted in ``cells``: a small part of millions of empty cells is a memory bomb)."""
    tail = b""
    cell_tail = b""
    utf16 = None
    with package.open(info) as part:
        while True:
            chunk = part.read(_CHUNK)
            if not chunk:
                break
            if utf16 is None:
                utf16 = chunk.startswith((b"\xff\xfe", b"\xfe\xff"))
            if utf16:
                chunk = chunk.replace(b"\x00", b"")
            window = (tail + chunk).lower()
            if any(marker in window for marker in _MARKERS):
                raise refused_parts(path, _t("onderdeel '{naam}' bevat een DTD of "
                                             "entiteiten; die worden nooit gelezen").format(
                    naam=info.filename[:80]))
            tail = window[-16:]
            if info.filename.startswith("xl/worksheets/"):
                cells[0] += len(_CELL.findall(cell_tail + chunk))
                cell_tail = chunk[-2:]
                if cells[0] > limits.MAX_CELLS:
                    raise refused_parts(path, _t("het heeft meer dan {max} cellen").format(
                        max=limits.MAX_CELLS))
