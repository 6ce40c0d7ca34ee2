"""A lock file that marks a map as open or being written (also across a shared drive).

Next to ``kaart.regiokaart`` lies ``.~lock.kaart.regiokaart#`` while a window has it open
or the command line writes it (the name LibreOffice uses for the same purpose, so that
users of shared drives recognise it). It holds who, on which computer, in which process
and since when, as JSON. It is created exclusively (``O_EXCL``): of two that try at once,
one gets it.

A lock is **stale** when its process is gone (same computer) or when it was not refreshed
for :data:`STALE_AFTER` seconds (another computer: a window refreshes its lock every few
minutes while the map is open). A stale lock is taken over without asking.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from stakeholders.i18n import translator

_t = translator("io")

#: A lock not refreshed for this long (seconds) is stale: its window or computer is gone.
STALE_AFTER = 60 * 60
#: How often (seconds) a window refreshes the lock of the map it has open.
REFRESH_EVERY = 5 * 60


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock: user, computer, process and the time (seconds since the epoch)."""

    user: str
    host: str
    pid: int
    time: float

    def is_mine(self) -> bool:
        """Whether this process holds the lock."""
        return self.host == _host() and self.pid == os.getpid()

    def is_stale(self, now: float | None = None) -> bool:
        """Whether the lock's holder is gone (see the module's description)."""
        now = time.time() if now is None else now
        if self.host == _host() and not _alive(self.pid):
            return True
        return now - self.time > STALE_AFTER

    def describe(self) -> str:
        """``door anna op pc-12 sinds 3-12-2026 14:05`` (Dutch, for a message)."""
        since = datetime.fromtimestamp(self.time).strftime("%d-%m-%Y %H:%M")
        return _t("door {wie} op {computer} sinds {tijd}").format(
            wie=self.user, computer=self.host, tijd=since)


class LockedError(Exception):
    """The map is locked by someone else (``info``)."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        super().__init__(_t("{bestand} is geopend {door}").format(bestand=Path(path).name,
                                                                   door=info.describe()))
        self.path = Path(path)
        self.info = info


def lock_path(target: Path) -> Path:
    """The lock file of a map (a file or a CSV folder)."""
    target = Path(target)
    return target.with_name(f".~lock.{target.name[:200]}#")


def read_lock(target: Path) -> LockInfo | None:
    """The lock on ``target``, or ``None`` (an unreadable lock file counts as stale)."""
    try:
        data = json.loads(lock_path(target).read_text(encoding="utf-8"))
        return LockInfo(str(data["gebruiker"]), str(data["computer"]), int(data["pid"]),
                        float(data["tijd"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockInfo("?", "?", 0, 0.0)


def holder(target: Path) -> LockInfo | None:
    """Someone else's live lock on ``target``, or ``None`` (no lock, ours, or stale)."""
    info = read_lock(target)
    if info is None or info.is_mine() or info.is_stale():
        return None
    return info


def acquire(target: Path, *, force: bool = False) -> None:
    """Lock ``target`` for this process; :class:`LockedError` when someone else holds a
    live lock (``force``: take it over anyway). Refreshes a lock this process holds."""
    path = lock_path(target)
    for _attempt in range(3):
        other = holder(target)
        if other is not None and not force:
            raise LockedError(target, other)
        if other is not None or read_lock(target) is not None:
            _write(path, exclusive=False)  # ours, stale or forced: (re)write it
            return
        try:
            _write(path, exclusive=True)
            return
        except FileExistsError:
            continue  # someone was quicker: look again
    raise LockedError(target, read_lock(target) or LockInfo("?", "?", 0, time.time()))


def release(target: Path) -> None:
    """Remove the lock on ``target`` if this process holds it."""
    info = read_lock(target)
    if info is not None and info.is_mine():
        with contextlib.suppress(OSError):
            lock_path(target).unlink()


def _write(path: Path, *, exclusive: bool) -> None:
    data = json.dumps({"programma": "stakeholders", "gebruiker": _user(), "computer": _host(),
                       "pid": os.getpid(), "tijd": time.time()}).encode("utf-8")
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or password database
        return "?"


def _host() -> str:
    return socket.gethostname() or "?"


def _alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if os.name != "posix":  # pragma: no cover - no cheap check: trust the time
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
