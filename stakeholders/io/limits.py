"""The sizes a map file may have, and the checks that keep hostile input bounded.

Every reader checks these before or while it parses, so that any input is answered (loaded
or refused with a Dutch message naming its place) in bounded time and memory: the file's
size, the decompressed size and number of parts of a workbook (zip bombs), the length of
a cell and of a name, how deeply JSON may nest, how many digits a JSON number may have.
The writers refuse what a format cannot hold (:mod:`stakeholders.io.writecheck`) with the
same limits, so what the app writes it reads back.

The figures are generous for real maps: the largest map measured (20,000 parties) is
8 MB as ``.regiokaart``; Excel itself stores at most 32,767 characters in a cell.
"""

from __future__ import annotations

from pathlib import Path

from stakeholders.i18n import translator
from stakeholders.io.problems import MapLoadError, Problem
from stakeholders.model.invariants import MAX_NAME_CHARS, MAX_TEXT_CHARS

__all__ = ["MAX_CELL_CHARS", "MAX_NAME_CHARS"]

_t = translator("limits")

#: The largest file read (a CSV file or folder, a workbook as stored).
MAX_FILE_BYTES = 25 * 1024 * 1024
#: The largest ``.regiokaart`` (its snapshots hold whole maps: a 20,000-party map of 8 MB
#: with seven snapshots); the writer refuses a bigger one, so every saved map opens again.
MAX_MAP_FILE_BYTES = 64 * 1024 * 1024
#: The largest sum of the declared sizes of a workbook's parts once unpacked.
MAX_UNPACKED_BYTES = 120 * 1024 * 1024
#: The most parts a workbook may have.
MAX_ZIP_ENTRIES = 2_000
#: The most CSV files a folder may hold for one map.
MAX_CSV_FILES = 64
#: The most characters of one cell, and of a name (see :mod:`stakeholders.model.invariants`).
MAX_CELL_CHARS = MAX_TEXT_CHARS
#: The most rows of one sheet, and cells of a whole workbook (a 20,000-party map has about
#: 250,000; reading 600,000 takes seconds).
MAX_ROWS = 200_000
MAX_CELLS = 600_000
#: The most columns of one row.
MAX_COLUMNS = 1_000
#: How deeply a ``.regiokaart`` may nest lists and objects (the format needs 6).
MAX_NESTING = 64
#: The most digits of a JSON number.
MAX_NUMBER_DIGITS = 100
#: A file or folder name of more bytes than this cannot exist on common file systems.
MAX_NAME_BYTES = 255


def refused(code: str, message: str, path: Path | str = "") -> MapLoadError:
    """A :class:`MapLoadError` with one file-level problem."""
    return MapLoadError([Problem(code, message)], str(path))


def check_file_size(path: Path, limit: int | None = None) -> None:
    """E-FILE-TOO-LARGE for a file over ``limit`` bytes (:data:`MAX_FILE_BYTES` when not
    given), checked before reading."""
    limit = MAX_FILE_BYTES if limit is None else limit
    size = path.stat().st_size
    if size > limit:
        raise refused("E-FILE-TOO-LARGE", _t(
            "{bestand} is te groot ({mb} MB; stakeholders leest kaarten tot {max} MB)").format(
                bestand=path.name, mb=round(size / 1024 / 1024, 1),
                max=limit // 1024 // 1024), path)


def check_name_length(path: Path) -> None:
    """E-FILE-NAME-TOO-LONG for a path with a part over :data:`MAX_NAME_BYTES` bytes."""
    for part in Path(path).parts:
        if len(part.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
            raise refused("E-FILE-NAME-TOO-LONG", _t(
                "de naam '{naam}…' is langer dan {max} bytes; geen bestandssysteem kan die "
                "bewaren").format(naam=part[:40], max=MAX_NAME_BYTES), path)
