"""Compare two maps with their findings: what changed, and which findings were resolved or new.

A :class:`Side` is one map of the comparison (a snapshot, the map as it is now, a file),
with the date its mandates are judged on. :func:`compare` runs the rules on both sides
(:func:`~stakeholders.rules.engine.check_map`, each with its own choices and own rules),
groups the flags into findings (:func:`~stakeholders.rules.findings.group_findings`) and
compares the **open** ones: a finding is identified by (subject, theme), a flag by
(rule, subject).

- *opgelost*: a finding that was open and is not any more (gone, or every part now a
  deliberate choice: :attr:`FindingChange.by_choice`);
- *nieuw*: a finding that is open now and was not;
- *gewijzigd*: open on both sides, but parts were resolved, added or read differently.

The entity changes come from :func:`stakeholders.model.diff.diff_maps`. Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from stakeholders.model.diff import Change, MapDiff, diff_maps
from stakeholders.model.regionmap import RESERVED_SUBJECT, RegionMap, fold
from stakeholders.rules.engine import check_map
from stakeholders.rules.findings import Finding, group_findings
from stakeholders.rules.flags import Flag


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a map, what it is called and its reference date.

    ``flags`` may be given when they are known already (the window's live check);
    otherwise :func:`compare` computes them.
    """

    label: str
    region: RegionMap
    reference: date
    flags: tuple[Flag, ...] | None = None
    #: The snapshot's name, when the side is a snapshot.
    snapshot: str = ""
    #: Where the map comes from (a file path), when it does.
    source: str = ""


@dataclass(frozen=True)
class FindingChange:
    """A finding resolved, new or changed, with the parts (flags) that made the difference."""

    subject: str
    thema: str
    change: Change
    old: Finding | None = None
    new: Finding | None = None
    #: Open parts before that are not open now (rule, subject).
    resolved: tuple[Flag, ...] = ()
    #: Open parts now that were not open before.
    added: tuple[Flag, ...] = ()
    #: Parts open on both sides whose message changed: (before, now).
    reworded: tuple[tuple[Flag, Flag], ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.subject, self.thema)

    @property
    def finding(self) -> Finding:
        """The newer finding, or the resolved one."""
        finding = self.new if self.change == Change.ADDED or (
            self.change == Change.CHANGED and self.new is not None) else self.old
        assert finding is not None
        return finding

    @property
    def by_choice(self) -> bool:
        """Resolved because every open part became a deliberate choice."""
        return self.change == Change.REMOVED and self.new is not None


@dataclass(frozen=True)
class Comparison:
    """Two sides, what changed between their maps, and their findings compared."""

    old: Side
    new: Side
    diff: MapDiff
    findings: tuple[FindingChange, ...] = ()
    old_flags: tuple[Flag, ...] = field(default=(), repr=False)
    new_flags: tuple[Flag, ...] = field(default=(), repr=False)

    def findings_of(self, change: Change) -> list[FindingChange]:
        """The findings resolved (``REMOVED``), new (``ADDED``) or changed."""
        return [f for f in self.findings if f.change == change]

    def changed_ids(self) -> set[str]:
        """Every party and table id (folded) an entity change or a finding is about."""
        ids = self.diff.node_ids()
        ids |= {fold(f.subject) for f in self.findings if f.subject != RESERVED_SUBJECT}
        return ids

    def __bool__(self) -> bool:
        return bool(self.diff or self.findings)


def side_flags(side: Side) -> tuple[Flag, ...]:
    """The side's flags: given, or checked with its own choices, rules and reference date."""
    if side.flags is not None:
        return side.flags
    return tuple(check_map(side.region, today=side.reference))


def _open(findings: Iterable[Finding]) -> dict[tuple[str, str], Finding]:
    return {(fold(f.subject), f.thema): f for f in findings if f.is_open}


def compare_findings(old_flags: Sequence[Flag], new_flags: Sequence[Flag]
                     ) -> tuple[FindingChange, ...]:
    """The open findings of two flag lists compared (see the module docstring); in the
    display order of the newer side, resolved ones in the order of the older side."""
    old_all = {(fold(f.subject), f.thema): f for f in group_findings(old_flags)}
    new_all = {(fold(f.subject), f.thema): f for f in group_findings(new_flags)}
    before, after = _open(old_all.values()), _open(new_all.values())
    out: list[FindingChange] = []
    for key, finding in before.items():
        if key not in after:
            out.append(FindingChange(finding.subject, finding.thema, Change.REMOVED, finding,
                                     new_all.get(key), resolved=tuple(finding.open_parts)))
    for key, finding in after.items():
        if key not in before:
            out.append(FindingChange(finding.subject, finding.thema, Change.ADDED, None,
                                     finding, added=tuple(finding.open_parts)))
            continue
        earlier = before[key]
        old_parts = {(p.rule, fold(p.subject)): p for p in earlier.open_parts}
        new_parts = {(p.rule, fold(p.subject)): p for p in finding.open_parts}
        resolved = tuple(p for k, p in old_parts.items() if k not in new_parts)
        added = tuple(p for k, p in new_parts.items() if k not in old_parts)
        reworded = tuple((old_parts[k], p) for k, p in new_parts.items()
                         if k in old_parts and old_parts[k].message_nl != p.message_nl)
        if resolved or added or reworded:
            out.append(FindingChange(finding.subject, finding.thema, Change.CHANGED, earlier,
                                     finding, resolved, added, reworded))
    return tuple(out)


def compare(old: Side, new: Side) -> Comparison:
    """Compare two sides: their maps (:func:`diff_maps`) and their open findings."""
    old_flags, new_flags = side_flags(old), side_flags(new)
    return Comparison(old, new, diff_maps(old.region, new.region),
                      compare_findings(old_flags, new_flags), old_flags, new_flags)
