"""The message after a delete: what went, what went with it, and that Ctrl+Z brings it back.

"Zorgtafel Kustmarken verwijderd, met 10 zetels en 16 mandaten. Ctrl+Z zet alles terug."
Deleting never asks first (every delete is one undo step that restores everything
exactly, and a question would stop a live session); this message, over the canvas
and in the status bar, says what happened instead.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from stakeholders.i18n import translator
from stakeholders.model.edits import Removal

_t = translator("RemovalText")


def _count(kind: str, n: int) -> str:
    """"1 zetel", "10 zetels" (Dutch plurals of the kinds that go along)."""
    one, many = {
        "seat": (_t("zetel"), _t("zetels")),
        "mandate": (_t("mandaat"), _t("mandaten")),
        "relation": (_t("relatie"), _t("relaties")),
        "waiver": (_t("bewuste keuze"), _t("bewuste keuzes")),
        "party": (_t("partij"), _t("partijen")),
        "table": (_t("tafel"), _t("tafels")),
    }[kind]
    return f"{n} {one if n == 1 else many}"


def _enumerate(parts: list[str]) -> str:
    """"a", "a en b", "a, b en c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return _t("{eerste} en {laatste}").format(eerste=", ".join(parts[:-1]), laatste=parts[-1])


def _role(role: str, table: str) -> str:
    texts = {
        "voorzitter": _t("voorzitter van {tafel}"),
        "secretariaat": _t("secretariaat van {tafel}"),
        "bovenliggende_tafel": _t("bovenliggende tafel van {tafel}"),
    }
    return texts[role].format(tafel=table)


def removal_text(removal: Removal) -> str:
    """The Dutch message for a removal (the undo key by the platform's name)."""
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText) or "Ctrl+Z"
    if len(removal.names) == 1:
        what = removal.names[0]
    elif removal.names:
        what = _enumerate([_count(k, n) for k, n in (("party", removal.parties),
                                                      ("table", removal.tables)) if n])
    else:
        what = _enumerate([_count(k, n) for k, n in removal.dependants.items()])
        return _t("{wat} verwijderd. {toets} zet het terug.").format(wat=what, toets=undo)
    along = [_count(kind, removal.dependants[kind])
             for kind in ("seat", "mandate", "relation", "waiver") if kind in removal.dependants]
    roles = [_role(role, table) for role, table in removal.roles]
    if not along and not roles:
        return _t("{wat} verwijderd. {toets} zet het terug.").format(wat=what, toets=undo)
    text = _t("{wat} verwijderd").format(wat=what)
    if along:
        text += _t(", met {wat}").format(wat=_enumerate(along))
    if roles:
        text += _t(" (ook {rollen})").format(rollen=", ".join(roles))
    return text + _t(". {toets} zet alles terug.").format(toets=undo)
