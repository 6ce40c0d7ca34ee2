"""The divisions the GUI uses: the shipped ones plus the CBS years imported by the user.

Loaded once from the user's data folder (:func:`stakeholders.userdata.data_dir`) and
reloaded after an import, so the property panel, the view and the page agree.
"""

from __future__ import annotations

import functools

from stakeholders import userdata
from stakeholders.io.cbs_store import load_divisions
from stakeholders.model.divisions import Divisions


@functools.cache
def current_divisions() -> Divisions:
    """The divisions with the user's imports (cached until :func:`reload`)."""
    return load_divisions(userdata.data_dir())


def reload() -> Divisions:
    """Forget the cached divisions (after an import) and load them again."""
    current_divisions.cache_clear()
    return current_divisions()


def division_choices() -> list[tuple[str, str]]:
    """(slug, label) of every division, a derived one marked "(afgeleid)"."""
    from stakeholders.i18n import data_text, tr

    return [(d.slug, data_text("divisions", d.label)
             + (" " + tr("divisions", "(afgeleid)") if d.derived else ""))
            for d in current_divisions().ordered()]
