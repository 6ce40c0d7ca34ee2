"""Translation helper for user-visible text, and the language the app speaks.

Dutch is the source language and the default; ``resources/translations/stakeholders_en.ts``
(Qt Linguist format) holds the English. Widgets use ``self.tr()`` and get their English
from the compiled ``.qm`` through Qt's translator (installed by ``qtenv``). Code outside
the widgets (the Qt-free ``io`` and ``rules`` packages, the command line, the page) wraps
its Dutch strings in :func:`tr`, which reads the same ``.ts`` itself once a language other
than Dutch is active (:func:`activate`), so it works without a ``QApplication`` and
without Qt. This module never imports Qt, so ``io`` and ``rules`` stay free of it.

A module with many strings makes its helper once::

    _t = translator("MapScene")
    label = _t("onderdeel van")

Every user-visible string is a literal inside ``tr(…)``/``_t(…)``/``self.tr(…)``
(a translation tool can only extract literals); a test guards that. Texts that come from
the data files (a rule's fix in ``rules.toml``, a table kind's chair rule) go through
:func:`data_text`; ``tools/translations.py`` extracts those from the files themselves.
"""

from __future__ import annotations

import logging
import os
import xml.etree.ElementTree as ET  # our own shipped file, not user input
from collections.abc import Callable, Mapping
from pathlib import Path

log = logging.getLogger(__name__)

#: The languages the app speaks; the first is the source language and the default.
LANGUAGES = ("nl", "en")
DEFAULT = "nl"

_state: dict[str, object] = {"language": DEFAULT, "messages": {}}


def language() -> str:
    """The active language: ``"nl"`` or ``"en"``."""
    return str(_state["language"])


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a Qt Linguist ``.ts`` file: (context, source) -> text."""
    messages: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            messages[(name, source)] = translation.text
    return messages


def activate(lang: str, folder: Path | None = None) -> str:
    """Make ``lang`` the active language, reading ``folder/stakeholders_<lang>.ts``.

    Returns the language that is active afterwards (Dutch when ``lang`` is unknown or
    its translation file is missing).
    """
    if lang not in LANGUAGES:
        lang = DEFAULT
    messages: Mapping[tuple[str, str], str] = {}
    if lang != DEFAULT:
        path = (folder or Path()) / f"stakeholders_{lang}.ts"
        try:
            messages = read_ts(path)
        except (OSError, ET.ParseError) as exc:
            log.warning("translation %s not readable (%s); Dutch it is", path, exc)
            lang = DEFAULT
    _state["language"] = lang
    _state["messages"] = messages
    return lang


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).

    English when the first set variable names English, otherwise Dutch (the default: a
    German or French system gets the Dutch source, as before there was a translation).
    """
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            return language_from_locale(value.split(":")[0])
    return DEFAULT


def language_from_locale(name: str) -> str:
    """``"en_GB.UTF-8"`` -> ``"en"``; anything but English -> the default."""
    return "en" if name.lower().startswith("en") else DEFAULT


def tr(context: str, text: str) -> str:
    """Return ``text`` (Dutch, a literal) in the active language."""
    if _state["language"] == DEFAULT:
        return text
    messages = _state["messages"]
    assert isinstance(messages, Mapping)
    return str(messages.get((context, text), text))


def data_text(context: str, text: str) -> str:
    """:func:`tr` for a Dutch text read from a data file (not a literal in the code)."""
    return tr(context, text)


def translator(context: str) -> Callable[[str], str]:
    """A one-argument :func:`tr` for ``context`` (the module's ``_t``)."""

    def translate(text: str) -> str:
        return tr(context, text)

    translate.__name__ = "_t"
    translate.__doc__ = f"Translate ``text`` in the context {context!r}."
    return translate


def is_dutch(lang: str = "") -> bool:
    """Whether ``lang`` (default: the active language) is Dutch, for texts kept per language."""
    return (lang or language()) == DEFAULT


def decimal(value: float, digits: int = 1) -> str:
    """``5.8`` as the active language writes it: ``5,8`` in Dutch, ``5.8`` in English."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if is_dutch() else text
