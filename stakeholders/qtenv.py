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
        app.aboutToQuit.connect(release_clipboard)
        install_translations(app)
    return app


def install_translations(app, language: str = "nl") -> bool:
    """Load Qt's own Dutch texts (standard buttons such as Sluiten, Annuleren, Opslaan).

    The app's own texts are Dutch in the source; ``resources/translations`` can later hold
    ``stakeholders_en.qm`` for an English interface.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(translator)
        app._stakeholders_translator = translator  # keep it alive with the app
        return True
    return False


def release_clipboard() -> None:
    """Drop clipboard data this process still owns before Qt shuts down.

    With some platform plugins (offscreen, seen with PySide6 6.11) the process
    crashes at exit while it owns clipboard data; data copied to the system
    clipboard before then stays available to other programs only while we run.
    """
    from PySide6.QtGui import QClipboard
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    from stakeholders.io.clipboard import MIME_TYPE

    clipboard = app.clipboard()
    data = clipboard.mimeData(QClipboard.Mode.Clipboard)
    # ownsClipboard() is not reliable on every platform plugin: recognise our own data.
    if clipboard.ownsClipboard() or (data is not None and data.hasFormat(MIME_TYPE)):
        clipboard.clear(QClipboard.Mode.Clipboard)
