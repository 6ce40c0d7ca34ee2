"""Atomic file replacement: a crash never leaves a half-written file.

Data goes to a temporary file in the same folder, is flushed and fsynced,
and then replaces the target in one ``os.replace``. If anything fails, the
temporary file is removed and the old file is untouched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path, write: Callable[[BinaryIO], object], *,
                 backup: bool = False) -> None:
    """Call ``write`` on a temporary file next to ``path``, then move it into place;
    ``backup``: keep the version it replaces as :func:`backup_path` (only once the new
    version is complete: a failed save changes nothing)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=directory)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        if backup:
            keep_backup(path)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(directory)


def write_bytes_atomic(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically (``backup``: see :func:`write_atomic`)."""
    write_atomic(path, lambda handle: handle.write(data), backup=backup)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_prefix(path: Path) -> str:
    """The start of the name of a temporary file for ``path`` (short enough for any name:
    a file system holds names of at most 255 bytes)."""
    return f".{Path(path).name[:60]}."


# -- a folder of files as a whole ----------------------------------------------------------
#: The marker written last into a staged folder: the set in it is complete.
COMPLETE_MARKER = ".stakeholders-compleet"
#: How old a temporary file or folder of a save must be before a later save removes it
#: (younger ones may belong to a save that is still running).
STALE_SECONDS = 120


def staged_prefix(folder: Path) -> str:
    """The start of the name of the sibling folder a new version of ``folder`` is written
    into before it is swapped in."""
    return f".{Path(folder).name[:60]}.nieuw-"


def write_folder_atomic(folder: Path, files: dict[str, bytes], *, backup: bool = False
                        ) -> None:
    """Replace ``folder`` by one holding ``files`` (name -> content) as a whole.

    The set is written into a sibling temporary folder (every file fsynced, then the
    :data:`COMPLETE_MARKER`), other files of the old folder are copied along, and the
    folders are swapped by two renames. Whatever moment a crash hits, either ``folder`` is
    the old or the new set, or it is missing and the complete new set waits in the staged
    folder (:func:`pending_swap` finds it; :func:`finish_swap` puts it in place).
    ``backup``: the old folder becomes :func:`backup_path` instead of being removed.
    """
    folder = Path(folder)
    parent = folder.parent if str(folder.parent) else Path(".")
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(20, os.strerror(20), str(folder))
    staged = Path(tempfile.mkdtemp(prefix=staged_prefix(folder), dir=parent))
    try:
        for name, data in files.items():
            _write_synced(staged / name, data)
        if folder.is_dir():
            _copy_others(folder, staged, set(files))
        _write_synced(staged / COMPLETE_MARKER, b"")
        _fsync_directory(staged)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    _swap(folder, staged, backup)


def _write_synced(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _copy_others(old: Path, staged: Path, ours: set[str]) -> None:
    """Copy what the user keeps in the folder besides the map's own files."""
    for entry in old.iterdir():
        if entry.name in ours or entry.name == COMPLETE_MARKER:
            continue
        if entry.is_dir():
            shutil.copytree(entry, staged / entry.name, symlinks=True)
        else:
            shutil.copy2(entry, staged / entry.name, follow_symlinks=False)


def _swap(folder: Path, staged: Path, backup: bool) -> None:
    """Put ``staged`` in the place of ``folder``; the old folder is removed afterwards, or
    becomes the backup."""
    old = _moved_aside(folder)
    os.replace(staged, folder)
    (folder / COMPLETE_MARKER).unlink(missing_ok=True)
    _fsync_directory(folder.parent if str(folder.parent) else Path("."))
    if old is None:
        return
    if backup:
        previous = _moved_aside(backup_path(folder))
        os.replace(old, backup_path(folder))
        old = previous
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _moved_aside(folder: Path) -> Path | None:
    """Rename an existing ``folder`` to a hidden sibling (removed later); its new name."""
    if not folder.exists():
        return None
    parent = folder.parent if str(folder.parent) else Path(".")
    aside = Path(tempfile.mkdtemp(prefix=f".{folder.name[:60]}.oud-", dir=parent))
    aside.rmdir()
    os.replace(folder, aside)
    return aside


def pending_swap(folder: Path) -> Path | None:
    """The complete new version of ``folder`` a save left next to it when it was stopped
    between its two renames (``folder`` itself is then missing), or ``None``."""
    folder = Path(folder)
    parent = folder.parent if str(folder.parent) else Path(".")
    if folder.exists() or not parent.is_dir():
        return None
    found = [p for p in parent.glob(glob_escape(staged_prefix(folder)) + "*")
             if (p / COMPLETE_MARKER).is_file()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def finish_swap(folder: Path) -> bool:
    """Put the complete version :func:`pending_swap` found in place; whether there was one."""
    staged = pending_swap(folder)
    if staged is None:
        return False
    os.replace(staged, folder)
    (Path(folder) / COMPLETE_MARKER).unlink(missing_ok=True)
    return True


def glob_escape(text: str) -> str:
    """``text`` with the characters :meth:`Path.glob` treats specially escaped."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def remove_stale(target: Path, *, age: float = STALE_SECONDS) -> list[Path]:
    """Remove temporary files and folders that earlier saves of ``target`` left behind when
    they were stopped (older than ``age`` seconds); return what was removed."""
    target = Path(target)
    parent = target.parent if str(target.parent) else Path(".")
    name = glob_escape(target.name[:60])
    patterns = (f".{name}.*.tmp", f".{name}.nieuw-*", f".{name}.oud-*")
    removed = []
    now = time.time()
    for pattern in patterns:
        for stale in parent.glob(pattern):
            try:
                if now - stale.lstat().st_mtime < age:
                    continue
                if stale.is_dir() and not stale.is_symlink():
                    shutil.rmtree(stale)
                else:
                    stale.unlink()
            except OSError:
                continue
            removed.append(stale)
    return removed


# -- one backup of the previous version ----------------------------------------------------
def backup_path(target: Path) -> Path:
    """Where the previous version of a map is kept: ``kaart (vorige versie).regiokaart``,
    ``kaart (vorige versie).xlsx``, a folder ``kaart (vorige versie)``."""
    target = Path(target)
    return target.with_name(f"{target.stem} (vorige versie){target.suffix}") \
        if target.suffix else target.with_name(f"{target.name} (vorige versie)")


def keep_backup(target: Path) -> Path | None:
    """Copy the current version of the file ``target`` to :func:`backup_path`, replacing
    the backup before it atomically; ``target`` itself is never moved."""
    target = Path(target)
    if not target.exists():
        return None
    backup = backup_path(target)
    fd, name = tempfile.mkstemp(prefix=temp_prefix(backup), suffix=".tmp", dir=backup.parent)
    os.close(fd)
    staged = Path(name)
    try:
        staged.unlink()
        try:
            os.link(target, staged)  # cheap where the file system allows hard links
        except OSError:
            shutil.copy2(target, staged)
        os.replace(staged, backup)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return backup
