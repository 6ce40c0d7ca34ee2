"""User settings, declared once with type, default and meaning (over QSettings).

Documents never go here; only preferences and the recent-files list.
Tests redirect QSettings to a temporary folder (see ``tests/conftest.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from stakeholders import APP_NAME, ORG_NAME

MAX_RECENT = 10


@dataclass(frozen=True)
class Setting:
    """One setting: key, type, default and what it is for."""

    key: str
    type: type
    default: Any
    doc: str


RECENT_FILES = Setting("files/recent", list, [], "Recently opened maps, newest first.")
LAST_FOLDER = Setting("files/lastFolder", str, "", "Folder of the last open/save dialog.")
WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"", "Main window geometry.")
WINDOW_STATE = Setting("window/state", bytes, b"", "Dock and toolbar layout.")
USER_NAME = Setting("user/name", str, "", "Default 'door' for deliberate choices.")
LABEL_SIZE = Setting("view/labelSize", int, 12,
                     "Smallest size of names on the canvas, in screen pixels.")
MANDATE_LABELS = Setting("view/mandateLabels", bool, True,
                         "Whether mandate lines carry their 'namens (…)' label.")
LANGUAGE = Setting("ui/language", str, "",
                   "Language of the app: 'nl', 'en', or empty to follow the system.")
SPEC = (RECENT_FILES, LAST_FOLDER, WINDOW_GEOMETRY, WINDOW_STATE, USER_NAME, LABEL_SIZE,
        MANDATE_LABELS, LANGUAGE)


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def get(setting: Setting) -> Any:
    """Read a setting (its default when absent or of the wrong type)."""
    value = _store().value(setting.key, setting.default)
    if setting.type is list:
        if value is None:
            return []
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    if setting.type is bytes:
        return bytes(value) if value else b""
    if setting.type is bool:
        # An ini file gives "true"/"false" back as text.
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value: Any) -> None:
    """Write a setting."""
    store = _store()
    store.setValue(setting.key, value)
    store.sync()


def recent_files() -> list[str]:
    """Recent maps that still exist, newest first."""
    return [p for p in get(RECENT_FILES) if Path(p).exists()]


def add_recent_file(path: str | Path) -> list[str]:
    """Put ``path`` first in the recent-files list and return the list."""
    text = str(Path(path).resolve())
    files = [text, *(p for p in get(RECENT_FILES) if p != text)][:MAX_RECENT]
    put(RECENT_FILES, files)
    return files
