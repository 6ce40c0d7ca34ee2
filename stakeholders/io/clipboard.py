"""Map fragments on the clipboard: ``.regiokaart`` JSON under their own MIME type.

A fragment (:func:`stakeholders.model.fragment.extract`) is written as ``.regiokaart``
text, so pasting validates it like any file; text that is not a valid fragment is
refused with a Dutch :class:`~stakeholders.model.edits.EditError`.
"""

from __future__ import annotations

import json

from stakeholders.i18n import translator
from stakeholders.io import regiokaart
from stakeholders.io.problems import MapLoadError
from stakeholders.model.edits import EditError
from stakeholders.model.regionmap import KnownRules, RegionMap

MIME_TYPE = "application/x-stakeholders-fragment"


_t = translator("clipboard")


class _ClipboardPath:
    """Stands in for a path in messages about clipboard content."""

    name = "klembord"
    stem = "klembord"


def to_text(fragment: RegionMap) -> str:
    """The fragment as clipboard text (``.regiokaart`` JSON)."""
    return regiokaart.dumps(fragment)


def from_text(text: str, known_rules: KnownRules) -> RegionMap:
    """Read clipboard text back; :class:`EditError` when it is not a valid fragment.

    ``known_rules``: see :func:`stakeholders.io.regiokaart.load`.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EditError(_t("het klembord bevat geen kaartonderdelen")) from exc
    if not isinstance(data, dict) or data.get("formaat") != regiokaart.FORMAT_NAME:
        raise EditError(_t("het klembord bevat geen kaartonderdelen"))
    try:
        path = _ClipboardPath()
        return regiokaart.parse(text, path, known_rules=known_rules).map  # type: ignore[arg-type]
    except MapLoadError as exc:
        raise EditError(_t("kaartonderdelen op het klembord zijn ongeldig: ")
                        + "; ".join(p.text() for p in exc.errors[:3])) from exc
