"""Create the QApplication once, headless when there is no screen (command-line export)."""

from __future__ import annotations

import logging
import os
import sys

from stakeholders import APP_NAME, ORG_NAME, __version__

log = logging.getLogger(__name__)


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


def install_translations(app, language: str | None = None) -> bool:
    """Install the translators of ``language`` (default: the active one, see ``i18n``).

    Qt's own texts (standard buttons such as Sluiten, Annuleren, Opslaan) come from Qt's
    ``qtbase_<taal>.qm``; the app's own texts are Dutch in the source and English from
    ``resources/translations/stakeholders_en.qm``. Translators installed before are removed
    first. Returns whether Qt's own translation was found.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from stakeholders import i18n, paths

    language = language or i18n.language()
    remove_translations(app)
    installed = []
    qt_texts = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = qt_texts.load(QLocale(language), "qtbase", "_", folder)
    if found:
        installed.append(qt_texts)
    own = paths.resources_dir() / "translations" / f"stakeholders_{language}.qm"
    if language != i18n.DEFAULT:
        ours = QTranslator(app)
        if ours.load(str(own)):
            installed.append(ours)
        else:
            log.warning("translation %s not found; the window stays Dutch", own)
    for translator in installed:
        app.installTranslator(translator)
    app._stakeholders_translators = installed  # keep them alive with the app
    return found


def remove_translations(app) -> None:
    """Remove the translators :func:`install_translations` installed (Qt's source texts)."""
    for old in getattr(app, "_stakeholders_translators", []):
        app.removeTranslator(old)
    app._stakeholders_translators = []


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
