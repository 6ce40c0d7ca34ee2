"""Which language the app speaks this run, and switching it on.

The order: ``--taal nl|en`` on the command line, then the choice saved in Voorkeuren
(the GUI only), then the system (``QLocale`` in the GUI, ``LANGUAGE``/``LC_ALL``/
``LC_MESSAGES``/``LANG`` on the command line), then Dutch. The texts come from
``resources/translations/stakeholders_<taal>.ts`` (see :mod:`stakeholders.i18n`).
"""

from __future__ import annotations

from stakeholders import i18n, paths

#: The value of the Voorkeuren setting that means "follow the system".
SYSTEM = ""


def choose(option: str | None = None, saved: str = SYSTEM, system: str | None = None) -> str:
    """The language to use: ``option``, else ``saved``, else the system's, else Dutch.

    ``system`` is a locale name such as ``en_GB`` (``None``: read the environment).
    """
    for candidate in (option, saved):
        if candidate in i18n.LANGUAGES:
            return candidate
    if system is not None:
        return i18n.language_from_locale(system)
    return i18n.language_from_environment()


def start(option: str | None = None, saved: str = SYSTEM, system: str | None = None) -> str:
    """Choose the language (see :func:`choose`) and make it active; returns it."""
    return i18n.activate(choose(option, saved, system), paths.resource("translations"))
