"""The flag record of ``rules.md`` §4 and its display order."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from stakeholders.model.kinds import SUBJECT_KIND_ORDER, SubjectKind

__all__ = ["SUBJECT_KIND_ORDER", "Flag", "SubjectKind"]


@dataclass(frozen=True)
class Flag:
    """One flag: a rule that fires on a subject (the map, a table or a party).

    The flags of one subject and one theme form a finding (``findings.py``).
    """

    rule: str
    level: str
    subject: str
    subject_kind: SubjectKind
    message_nl: str
    message_en: str
    fix_nl: str
    source: str
    waived: bool = False
    waiver_reason: str = ""
    waiver_date: date | None = None
    waiver_by: str = ""
    basis: str = ""
    thema: str = ""
    #: Rule parameters (missing groups, counts, …) for views that need more than text.
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    #: Sort key of the display order: subject kind, subject row, level, theme, rule order.
    order: tuple[int, ...] = field(default=(0, 0, 0, 0, 0), compare=False)

    @property
    def key(self) -> tuple[str, str]:
        """(rule, subject): unique per flag."""
        return (self.rule, self.subject)

    def as_dict(self) -> dict[str, Any]:
        """The JSON record of ``rules.md`` §4 (waiver fields only when waived)."""
        record: dict[str, Any] = {
            "rule": self.rule,
            "level": self.level,
            "basis": self.basis,
            "thema": self.thema,
            "subject": self.subject,
            "subject_kind": self.subject_kind,
            "message_nl": self.message_nl,
            "message_en": self.message_en,
            "fix_nl": self.fix_nl,
            "source": self.source,
            "waived": self.waived,
        }
        if self.waived:
            record["waiver_reason"] = self.waiver_reason
            record["waiver_date"] = self.waiver_date.isoformat() if self.waiver_date else None
            record["waiver_by"] = self.waiver_by
        return record
