"""Opening a large map without freezing the window: read and arrange it in a worker thread.

The Qt-free part of opening a file (io reads and validates it, placement gives
items without a position a place) runs in a Python thread while a progress
dialog names the step and offers *Annuleren*. Cancelling stops the arranging
at once (the layout's ``progress`` callable) and leaves the reading to finish
unseen in the background; the open map stays as it was either way. Drawing
the new map (building the canvas) happens afterwards in the window's thread.

Small files are read in the window's thread straight away: a thread and a
dialog would cost more than they save.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from stakeholders.i18n import translator
from stakeholders.io.formats import load_map
from stakeholders.io.importer import ImportResult
from stakeholders.layout import Cancelled
from stakeholders.model.regionmap import RegionMap
from stakeholders.placement import with_positions
from stakeholders.rules.catalogue import known_rule_ids

log = logging.getLogger(__name__)

_t = translator("loading")

#: Files from this size on load in the background (about 1,500 parties in .regiokaart).
BACKGROUND_FROM_BYTES = 512 * 1024
#: The dialog appears only when opening takes longer than this.
SHOW_AFTER_MS = 300
#: How often the window looks at the worker (ms).
POLL_MS = 40
#: Progress bar: reading up to READ_END %, arranging up to ARRANGE_END %, then drawing.
READ_END, ARRANGE_END = 45, 90


@dataclass
class Loaded:
    """What the worker produced: the file's result and the map with every position."""

    result: ImportResult
    region: RegionMap


def load(path: Path) -> Loaded:
    """Read ``path`` and give every item a position, in this thread."""
    result = load_map(path, known_rules=known_rule_ids)
    return Loaded(result, with_positions(result.map))


def is_large(path: Path) -> bool:
    """Whether ``path`` is a file large enough to read in the background."""
    try:
        return path.is_file() and path.stat().st_size >= BACKGROUND_FROM_BYTES
    except OSError:
        return False


class _Worker:
    """One background load; the window polls ``done``, ``percent`` and ``stage``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cancelled = threading.Event()
        self.done = threading.Event()
        self.percent = 0
        self.stage = _t("Bestand lezen…")
        self.loaded: Loaded | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name=f"load {path.name}", daemon=True)

    def _arranging(self, fraction: float) -> bool:
        self.percent = READ_END + round((ARRANGE_END - READ_END) * fraction)
        return not self.cancelled.is_set()

    def _run(self) -> None:
        try:
            result = load_map(self.path, known_rules=known_rule_ids)
            if self.cancelled.is_set():
                return
            self.percent, self.stage = READ_END, _t("Partijen en tafels schikken…")
            region = with_positions(result.map, progress=self._arranging)
            self.loaded = Loaded(result, region)
        except Cancelled:
            pass
        except BaseException as exc:  # handed to the window's thread, raised there
            self.error = exc
        finally:
            self.done.set()


def load_with_progress(path: Path, parent: QWidget | None,
                       install: Callable[[Loaded], None]) -> Loaded | None:
    """Load ``path`` in a worker thread behind a progress dialog, then ``install`` it.

    Returns what was loaded, or ``None`` when the user cancelled (nothing installed).
    Raises :class:`MapLoadError` (or whatever else the load raised) in this thread.
    """
    worker = _Worker(path)
    dialog = _dialog(parent)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        dialog.setLabelText(f"{path.name}\n{worker.stage}")
        dialog.setValue(worker.percent)
        if worker.done.is_set() or dialog.wasCanceled():
            loop.quit()

    timer.timeout.connect(poll)
    dialog.canceled.connect(loop.quit)
    worker.thread.start()
    timer.start()
    poll()
    loop.exec()
    timer.stop()
    try:
        if dialog.wasCanceled() or not worker.done.is_set():
            worker.cancelled.set()
            log.info("opening %s cancelled", path)
            return None
        if worker.error is not None:
            raise worker.error
        dialog.setLabelText(f"{path.name}\n{_t('Kaart tekenen…')}")
        dialog.setCancelButton(None)  # drawing runs in this thread: it cannot stop halfway
        dialog.setValue(ARRANGE_END)
        loaded = worker.loaded
        assert loaded is not None
        install(loaded)
        dialog.setValue(100)
        return loaded
    finally:
        dialog.close()
        dialog.deleteLater()


def _dialog(parent: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setObjectName("loadProgress")
    dialog.setWindowTitle(_t("Kaart openen"))
    dialog.setCancelButtonText(_t("Annuleren"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 100)
    return dialog
