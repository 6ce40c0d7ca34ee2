"""Keep the open map safe: its lock file, autosave to a recovery folder, and recovery.

:class:`MapSafety` belongs to a window's :class:`~stakeholders.ui.files.FileController`:

- **Lock**: while a ``.regiokaart`` is open, its lock file (:mod:`stakeholders.io.lock`)
  says who has it open; it is refreshed every few minutes and removed when the map is
  closed or saved under another name.
- **Autosave**: the open map, when it has unsaved changes, is written to the recovery
  folder (``QStandardPaths.AppDataLocation``/``herstel``) every
  :data:`AUTOSAVE_MS` and :data:`IDLE_MS` after the last edit: never to the user's own
  file, which changes only when the user saves. A clean save or closing removes it.
  The window's thread only takes a snapshot of the map (a copy of its lists: the
  entities are immutable, so this costs well under a millisecond at 5,000 parties);
  serialising and the atomic write run in a worker thread, one write at a time (an
  autosave asked for while one runs follows it). A failure is logged and told quietly
  in the status bar, never in a dialog.
- **Recovery**: at start, recovery files of a window that is gone (a crash, a power cut)
  are offered: restore (the map opens with unsaved changes, under its own file name),
  discard, or later.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from stakeholders import userdata
from stakeholders.i18n import translator
from stakeholders.io import atomic, lock, regiokaart
from stakeholders.io.problems import MapLoadError, MapSaveError
from stakeholders.model.regionmap import RegionMap
from stakeholders.model.snapshots import copy_of
from stakeholders.rules.catalogue import known_rule_ids

if TYPE_CHECKING:
    from stakeholders.ui.files import FileController

log = logging.getLogger(__name__)
_t = translator("safety")

#: How often (ms) a map with unsaved changes is written to the recovery folder.
AUTOSAVE_MS = 2 * 60 * 1000
#: How long (ms) after the last edit the map is written there (the user paused).
IDLE_MS = 10 * 1000


def recovery_dir() -> Path:
    """Where autosaved maps wait (the user's data folder, ``herstel``)."""
    return userdata.data_dir() / "herstel"


@dataclass(frozen=True)
class Recovery:
    """An autosaved map of a window that is gone."""

    file: Path
    name: str
    source: str  #: the map's own file ("" for a map that was never saved)
    time: float

    def describe(self) -> str:
        when = datetime.fromtimestamp(self.time).strftime("%d-%m-%Y %H:%M")
        where = self.source or _t("nog nooit opgeslagen")
        return _t("'{naam}' ({waar}), automatisch bewaard op {tijd}").format(
            naam=self.name or _t("naamloos"), waar=where, tijd=when)

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)
        _meta(self.file).unlink(missing_ok=True)


def _meta(file: Path) -> Path:
    return file.with_suffix(".json")


def _alive_here(host: str, pid: int) -> bool:
    if host != socket.gethostname() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def pending_recoveries(folder: Path | None = None) -> Iterator[Recovery]:
    """The recovery files of windows that are gone, newest first."""
    folder = recovery_dir() if folder is None else folder
    found = []
    for meta in folder.glob("*.json") if folder.is_dir() else []:
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            host, pid = str(data["computer"]), int(data["pid"])
            item = Recovery(meta.with_suffix(regiokaart.SUFFIX), str(data["naam"]),
                            str(data["pad"]), float(data["tijd"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if item.file.is_file() and not _alive_here(host, pid):
            found.append(item)
    yield from sorted(found, key=lambda r: -r.time)


def frozen_copy(region: RegionMap) -> RegionMap:
    """The map as it is now, snapshots included, safe to read in another thread while
    the window edits on (the document changes its lists, never an entity)."""
    return replace(copy_of(region), snapshots=list(region.snapshots))


def write_recovery(region: RegionMap, file: Path, meta: dict[str, object]) -> None:
    """Write an autosaved map and its description (who, which file) atomically."""
    file.parent.mkdir(parents=True, exist_ok=True)
    regiokaart.save(region, file)
    atomic.write_bytes_atomic(_meta(file), json.dumps(meta).encode("utf-8"))


class MapSafety(QObject):
    """Lock, autosave and recovery for one window (see the module's description)."""

    #: A background write ended: its generation and the error ("" when it worked).
    _written = Signal(int, str)

    def __init__(self, files: FileController) -> None:
        super().__init__(files)
        self.files = files
        self.document = files.document
        self.locked: Path | None = None
        self.file = recovery_dir() / f"{socket.gethostname()}-{os.getpid()}-{id(self):x}" \
                                     f"{regiokaart.SUFFIX}"
        self._dirty = False
        #: One worker thread: never two writes at once.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.writing = False
        self._again = False  # an autosave was asked for while one was being written
        self._generation = 0  # bumped when the recovery file is discarded
        self._written.connect(self._on_written)
        self.periodic = QTimer(self)
        self.periodic.setInterval(AUTOSAVE_MS)
        self.periodic.timeout.connect(self.autosave)
        self.periodic.start()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.autosave)
        self.refresh = QTimer(self)
        self.refresh.setInterval(lock.REFRESH_EVERY * 1000)
        self.refresh.timeout.connect(self._refresh_lock)
        self.refresh.start()
        self.document.path_changed.connect(self._on_path)
        self.document.changed.connect(self._on_edit)
        files.modified_changed.connect(self._on_modified)

    # -- lock ---------------------------------------------------------------------------------
    def _on_path(self, path: str) -> None:
        new = Path(path) if path else None
        if new == self.locked:
            return
        self.release_lock()
        if new is not None:
            try:
                lock.acquire(new, force=True)  # the user chose to open or save it here
                self.locked = new
            except OSError as exc:  # a read-only folder: the map opens without a lock
                log.info("no lock on %s: %s", new, exc)

    def _refresh_lock(self) -> None:
        if self.locked is not None:
            with contextlib.suppress(OSError):
                lock.acquire(self.locked, force=True)

    def release_lock(self) -> None:
        if self.locked is not None:
            lock.release(self.locked)
            self.locked = None

    # -- autosave -------------------------------------------------------------------------------
    def _on_edit(self, *_args: object) -> None:
        self._dirty = True
        self.idle.start()

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self.discard_own()

    def autosave(self, *, background: bool = True) -> bool:
        """Write the map to the recovery folder if it has unsaved changes; whether a write
        was started (``background``) or done. In the background only the snapshot is
        taken in this thread; :meth:`wait` waits for the write."""
        if not self.files.is_modified():
            self.discard_own()
            return False
        if self.writing:
            self._again = True
            return False
        if not self._dirty and self.file.exists():
            return False
        region = frozen_copy(self.document.region)
        meta = {"naam": region.info.naam, "pad": str(self.document.path or ""),
                "tijd": time.time(), "computer": socket.gethostname(), "pid": os.getpid()}
        self._dirty = False
        if not background:
            error = self._write(region, meta)
            if error:
                self._failed(error)
            return not error
        self.writing = True
        generation, file = self._generation, self.file
        self.pool.start(lambda: self._written.emit(generation, self._write(region, meta, file)))
        return True

    def _write(self, region: RegionMap, meta: dict[str, object],
               file: Path | None = None) -> str:
        """Write one autosave (in any thread); the error, or "" when it worked."""
        file = self.file if file is None else file
        try:
            write_recovery(region, file, meta)
        except (OSError, ValueError, MapSaveError) as exc:
            log.warning("autosave to %s failed: %s", file, exc)
            return str(exc) or type(exc).__name__
        except Exception as exc:  # a bug must not leave the window "writing" for ever
            log.exception("autosave to %s failed", file)
            return str(exc) or type(exc).__name__
        return ""

    def _on_written(self, generation: int, error: str) -> None:
        """A background write ended (in the window's thread)."""
        self.writing = False
        if generation != self._generation:  # saved or closed meanwhile: it is not wanted
            self.discard_own()
        elif error:
            self._failed(error)
        if self._again:
            self._again = False
            self.autosave()

    def _failed(self, error: str) -> None:
        self._dirty = True  # the next autosave tries again
        self.files.status.emit(_t("Automatisch bewaren mislukt: {reden}").format(reden=error))

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Wait until the background write (if any) is done and handled; whether it is."""
        done = self.pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents(self)  # deliver the queued "written"
        return done and not self.writing

    def discard_own(self) -> None:
        self._generation += 1
        self.file.unlink(missing_ok=True)
        _meta(self.file).unlink(missing_ok=True)

    def close(self) -> None:
        """The window closes (after the user saved or discarded): lock and recovery go."""
        self.periodic.stop()
        self.idle.stop()
        self.refresh.stop()
        self.release_lock()
        self._again = False
        self.pool.waitForDone(30000)  # a write still running must not outlive the discard
        self.discard_own()

    # -- recovery ------------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the newest map a crashed window left; whether one was restored."""
        for item in pending_recoveries():
            answer = self.files.ask_recovery(item.describe())
            if answer == "later":
                return False
            if answer == "herstel":
                return self.restore(item)
            item.discard()
        return False

    def restore(self, item: Recovery) -> bool:
        """Open the autosaved map with unsaved changes, under its own file name (saving
        writes the user's file only when the user saves)."""
        try:
            result = regiokaart.load(item.file, known_rules=known_rule_ids)
        except MapLoadError as exc:
            self.files.show_error(_t("Herstellen mislukt"), str(exc))
            return False
        source = Path(item.source) if item.source.endswith(regiokaart.SUFFIX) else None
        self.files.install_recovered(result.map, source)
        self._dirty = True
        # The restored map is safe under this window before the old copy goes.
        if self.autosave(background=False):
            item.discard()
        return True
