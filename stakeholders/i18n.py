"""Translation helper for user-visible text.

Widgets use ``self.tr()``. Code outside the widgets (the Qt-free ``io`` and
``rules`` packages, the command line) wraps its Dutch strings in :func:`tr`.
When Qt's core module is already loaded and an application exists, the text
goes through ``QCoreApplication.translate`` so that an installed translator
(``resources/translations/*.qm``) applies; otherwise the Dutch source text is
returned unchanged. This module never imports Qt itself, so ``io`` and
``rules`` stay free of Qt.

A module with many strings makes its helper once::

    _t = translator("MapScene")
    label = _t("onderdeel van")

Every user-visible string is a literal inside ``tr(…)``/``_t(…)``/``self.tr(…)``
(a translation tool can only extract literals); a test guards that.
"""

from __future__ import annotations

import sys
from collections.abc import Callable


def tr(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` when a Qt translator is active."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        app = qtcore.QCoreApplication.instance()
        if app is not None:
            return qtcore.QCoreApplication.translate(context, text)
    return text


def translator(context: str) -> Callable[[str], str]:
    """A one-argument :func:`tr` for ``context`` (the module's ``_t``)."""

    def translate(text: str) -> str:
        return tr(context, text)

    translate.__name__ = "_t"
    translate.__doc__ = f"Translate ``text`` in the context {context!r}."
    return translate
