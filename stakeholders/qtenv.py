"""Create the QApplication once, headless when there is no screen (command-line export)."""

from __future__ import annotations

import os
import sys

from stakeholders import APP_NAME, ORG_NAME, __version__


def ensure_gui_application(headless: bool = False):
    """Return the QApplication, creating it (offscreen when ``headless``) if needed."""
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORG_NAME)
        app.setApplicationVersion(__version__)
        app.setApplicationDisplayName("stakeholders")
    return app
