"""The user's data folder (``QStandardPaths.AppDataLocation``): imported CBS divisions live there.

Used by the GUI and by ``stakeholders indeling`` (so both see the same imports). Only
QtCore is loaded, never the widgets. Tests redirect it (``XDG_DATA_HOME`` and Qt's test
mode, see ``tests/conftest.py``).
"""

from __future__ import annotations

from pathlib import Path

from stakeholders import APP_NAME, ORG_NAME


def data_dir() -> Path:
    """The folder for the user's own data (created on first write, not here)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)
