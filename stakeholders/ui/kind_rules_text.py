"""The sentence that says which rule groups a table kind brings (see
:mod:`stakeholders.rules.kind_rules`), for the table-kind pickers."""

from __future__ import annotations

from stakeholders.i18n import translator
from stakeholders.rules.kind_rules import kind_rules

_t = translator("kind_rules")


def dutch_list(words: tuple[str, ...] | list[str]) -> str:
    """``a, b en c``."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return _t("{eerste} en {laatste}").format(eerste=", ".join(words[:-1]), laatste=words[-1])


def kind_rules_text(kind: str) -> str:
    """What the rules of ``kind`` check, how many there are and on what they rest, e.g.
    "samenstelling, regie, governance, mandaten en samenhang: 31 regels (4 vereist), volgens
    onderzoek, advies, akkoord (IZA) en beleid"."""
    summary = kind_rules(kind)
    if not summary.rules:
        return _t("geen eigen regels: alleen de regels voor de hele kaart")
    return _t("{themas}: {n} regels ({vereist} vereist), volgens {bases}").format(
        themas=dutch_list(summary.themes), n=summary.rules, vereist=summary.required,
        bases=dutch_list(summary.bases))
