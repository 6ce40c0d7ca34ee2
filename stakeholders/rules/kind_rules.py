"""Which rule groups a table kind brings, read from the rule catalogue.

Choosing a table's kind decides which rules run on it (``applies_to`` in
``rules.toml``). :func:`kind_rules` summarises that per kind: the themes of the
rules (regie, samenstelling, governance, …, in the catalogue's theme order), how
many rules there are and how many are required, and on what they rest (akkoord,
wet, advies, …). Nothing here is written per kind by hand: a rule added to the
catalogue shows up in the summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from stakeholders.rules.catalogue import LEVELS, THEMES, Catalogue, default_catalogue


@dataclass(frozen=True)
class KindRules:
    """The rules that run on tables of one kind, summarised."""

    kind: str
    themes: tuple[str, ...]  #: Dutch theme labels, in the catalogue's theme order
    bases: tuple[str, ...]  #: Dutch basis labels, most rules first
    rules: int
    required: int  #: rules of level ``vereist``


def kind_rules(kind: str, catalogue: Catalogue | None = None) -> KindRules:
    """Summarise the checkable rules of ``catalogue`` (default: the bundled one) that run on
    tables of ``kind``."""
    catalogue = catalogue or default_catalogue()
    rules = catalogue.rules_for(kind)
    order = {theme: i for i, theme in enumerate(THEMES)}
    themes = sorted({r.thema for r in rules}, key=lambda t: (order.get(t, len(order)), t))
    counts: dict[str, int] = {}
    for rule in rules:
        counts[rule.basis] = counts.get(rule.basis, 0) + 1
    bases = sorted(counts, key=lambda b: -counts[b])
    vocabulary = catalogue.vocabulary
    return KindRules(
        kind=kind,
        themes=tuple(vocabulary.theme(t) for t in themes),
        bases=tuple(vocabulary.basis(b) for b in bases),
        rules=len(rules),
        required=sum(1 for r in rules if r.level == LEVELS[0]),
    )
