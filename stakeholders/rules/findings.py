"""Findings: the flags of one subject and one theme, shown as one entry (``rules.md`` §4).

A chair should read "Zorgtafel Kustmarken · samenstelling: ontbreekt
inwoner- en patiëntenperspectief (vereist · akkoord), welzijn en sociaal
domein (aanbevolen), GGD (signaal)" once, not six loose flags. The flags
panel, ``stakeholders check`` and the one-page overview all group with
:func:`group_findings`; the JSON output keeps one record per flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stakeholders.rules.catalogue import LEVELS, THEMES, Catalogue
from stakeholders.rules.flags import SUBJECT_KIND_ORDER, Flag


@dataclass(frozen=True)
class Finding:
    """The flags of one subject with one theme, in display order (level, rule order)."""

    subject: str
    subject_kind: str
    thema: str
    parts: tuple[Flag, ...]

    @property
    def key(self) -> tuple[str, str]:
        """(subject, theme): unique per finding."""
        return (self.subject, self.thema)

    @property
    def level(self) -> str:
        """The highest level among all parts."""
        return min((f.level for f in self.parts), key=LEVELS.index)

    @property
    def open_parts(self) -> list[Flag]:
        return [f for f in self.parts if not f.waived]

    @property
    def is_open(self) -> bool:
        """Open while at least one part is not a deliberate choice."""
        return any(not f.waived for f in self.parts)

    @property
    def open_level(self) -> str | None:
        """The highest level among the open parts (``None`` when all are waived)."""
        open_parts = self.open_parts
        return min((f.level for f in open_parts), key=LEVELS.index) if open_parts else None


def group_findings(flags: Iterable[Flag]) -> list[Finding]:
    """Group flags into findings, in display order (``rules.md`` §4).

    Subjects: the map, then tables in Tafels order, then parties in Partijen
    order (as the flags' order key says); per subject by highest level, then theme.
    """
    grouped: dict[tuple[str, str], list[Flag]] = {}
    for flag in flags:
        grouped.setdefault((flag.subject, flag.thema), []).append(flag)
    findings = []
    for (subject, theme), parts in grouped.items():
        parts.sort(key=lambda f: (LEVELS.index(f.level), f.order[-1]))
        findings.append(Finding(subject, parts[0].subject_kind, theme, tuple(parts)))

    def order(finding: Finding) -> tuple[int, ...]:
        first = finding.parts[0]
        theme = THEMES.index(finding.thema) if finding.thema in THEMES else len(THEMES)
        return (SUBJECT_KIND_ORDER.index(first.subject_kind), first.order[1],
                LEVELS.index(finding.level), theme)

    findings.sort(key=order)
    return findings


def open_findings(findings: Iterable[Finding]) -> int:
    """How many findings are open (the count on badges, the status bar and the page)."""
    return sum(1 for f in findings if f.is_open)


def part_label(flag: Flag, catalogue: Catalogue, language: str = "nl") -> str:
    """A flag's gap in a few words: the missing groups, else the rule's short label."""
    values = flag.params if language == "nl" else flag.params.get("en", flag.params)
    missing = values.get("missing")
    if missing:
        return _join(list(missing), language)
    rule = catalogue.lookup(flag.rule)
    if rule is not None:
        short = rule.short(flag.params.get("variant"), language)
        if short:
            try:
                return short.format_map(_Values(values))
            except (ValueError, KeyError, IndexError, AttributeError, TypeError):
                return short
    return flag.message_nl if language == "nl" else flag.message_en


def summary(finding: Finding, catalogue: Catalogue, language: str = "nl") -> str:
    """``ontbreekt inwoner- en patiëntenperspectief (vereist · akkoord), GGD (signaal)``.

    What is missing (the groups of a coverage rule; every governance field) comes
    first, after the theme's lead word; other gaps follow as short statements. Parts
    of one level are joined, and the level shows its basis when they share one.
    Deliberate choices come last as "bewuste keuze".
    """
    nouns = [f for f in finding.parts if f.params.get("missing") or finding.thema == "governance"]
    statements = [f for f in finding.parts if f not in nouns]
    pieces = []
    if nouns:
        lead = catalogue.vocabulary.theme_lead(finding.thema, language)
        text = _levelled(nouns, catalogue, language)
        pieces.append(f"{lead} {text}" if lead else text)
    if statements:
        pieces.append(_levelled(statements, catalogue, language))
    return "; ".join(pieces)


def _levelled(parts: Sequence[Flag], catalogue: Catalogue, language: str) -> str:
    """Labels grouped by level: ``a (vereist · akkoord), b en c (aanbevolen)``."""
    vocabulary = catalogue.vocabulary
    groups: dict[str, list[Flag]] = {}
    for flag in parts:
        groups.setdefault("waived" if flag.waived else flag.level, []).append(flag)
    pieces = []
    for key in (*LEVELS, "waived"):
        flags = groups.get(key)
        if not flags:
            continue
        labels = _unique(part_label(f, catalogue, language) for f in flags)
        if key == "waived":
            note = "bewuste keuze" if language == "nl" else "deliberate choice"
        else:
            note = vocabulary.level(key, language).lower()
            bases = {f.basis for f in flags}
            if len(bases) == 1:
                # "akkoord (IZA)" reads as "akkoord" inside the parentheses of a summary
                note += " · " + _BRACKETS.sub("", vocabulary.basis(bases.pop(), language))
        pieces.append(f"{_join(labels, language)} ({note})")
    return ", ".join(pieces)


def headline(finding: Finding, subject_name: str, catalogue: Catalogue,
             language: str = "nl") -> str:
    """``Zorgtafel Kustmarken · samenstelling: ontbreekt …``."""
    theme = catalogue.vocabulary.theme(finding.thema, language)
    return f"{subject_name} · {theme}: {summary(finding, catalogue, language)}"


_BRACKETS = re.compile(r"\s*\([^)]*\)$")


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _join(items: Sequence[str], language: str) -> str:
    """"a", "a en b", "a, b en c"."""
    word = " en " if language == "nl" else " and "
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + word + items[-1]
