"""Translation helper for user-visible text.

Widgets use ``self.tr()``. Code outside the widgets (the Qt-free ``io`` and
``rules`` packages, the command line) wraps its Dutch strings in :func:`tr`.
When Qt's core module is already loaded and an application exists, the text
goes through ``QCoreApplication.translate`` so that an installed translator
(``resources/translations/*.qm``) applies; otherwise the Dutch source text is
returned unchanged. This module never imports Qt itself, so ``io`` and
``rules`` stay free of Qt.
"""

from __future__ import annotations

import sys


def tr(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` when a Qt translator is active."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        app = qtcore.QCoreApplication.instance()
        if app is not None:
            return qtcore.QCoreApplication.translate(context, text)
    return text
