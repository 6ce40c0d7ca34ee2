"""Read the rule catalogue contract ``rules.md`` into plain Python data.

Used by ``tools/sync_rules.py`` (which writes ``resources/rules.toml`` from it) and
by the catalogue tests (which compare the two). The app itself never reads
``rules.md``: it reads ``resources/rules.toml``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

#: Where the contract lives: ``../shared/domain`` relative to the repository root (CI has
#: it there too). A checkout elsewhere (a worktree in a sub-folder) may point to it with the
#: environment variable ``STAKEHOLDERS_CONTRACT_DIR``.
CONTRACT_DIR = Path(
    os.environ.get("STAKEHOLDERS_CONTRACT_DIR")
    or Path(__file__).resolve().parent.parent.parent / "shared" / "domain"
)
RULES_MD = CONTRACT_DIR / "rules.md"

_FIELD = re.compile(r"^- \*\*(?P<key>[a-z_ -]+)\*\*:\s*(?P<value>.*)$")
_VARIANT = re.compile(r'^\s+- \((?P<key>[a-z])\) (?P<value>".*)$')
_QUOTED = re.compile(r'^"(?P<text>.*)"(?: \(not used while the rule is not checkable\))?$')


@dataclass
class ContractRule:
    """One rule of ``rules.md`` §7, as written there."""

    id: str
    fields: dict[str, str] = field(default_factory=dict)
    variants_nl: dict[str, str] = field(default_factory=dict)
    variants_en: dict[str, str] = field(default_factory=dict)
    condition: str = ""
    extra_lines: list[str] = field(default_factory=list)

    def text(self, key: str) -> str:
        """A quoted field (message or fix) without its quotes."""
        return quoted(self.fields[key])

    @property
    def applies_to(self) -> tuple[str, ...]:
        return tuple(a.strip() for a in self.fields["applies_to"].split(","))

    @property
    def top_level_only(self) -> bool:
        return self.fields.get("top-level only", "").startswith("yes")

    @property
    def checkable(self) -> bool:
        return not self.fields["checkable"].startswith("**not checkable")

    @property
    def source(self) -> str:
        """The source as the flag record carries it: without markdown code marks."""
        return self.fields["source"].replace("`", "")


def quoted(value: str) -> str:
    match = _QUOTED.match(value.strip())
    if not match:
        raise ValueError(f"not a quoted text: {value!r}")
    return match.group("text")


def section(text: str, heading: str) -> str:
    """The text of a ``## `` section, from its heading to the next one."""
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:] if end < 0 else text[start:end]


def table_rows(block: str) -> list[list[str]]:
    """The body rows of the first markdown table in ``block``."""
    rows = []
    for line in block.splitlines():
        if not line.startswith("|") or set(line) <= {"|", "-", " "}:
            continue
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows[1:]


def rules(text: str) -> dict[str, ContractRule]:
    """Every rule of §7 in file order."""
    out: dict[str, ContractRule] = {}
    for chunk in section(text, "## 7. The rules").split("\n### ")[1:]:
        lines = chunk.rstrip().splitlines()
        rule = ContractRule(lines[0].strip())
        current: str | None = None
        condition: list[str] = []
        for line in lines[1:]:
            match = _FIELD.match(line)
            if match:
                current = match.group("key")
                rule.fields[current] = match.group("value").strip()
                if current == "condition":
                    condition.append(match.group("value").strip())
                continue
            variant = _VARIANT.match(line)
            if variant and current in ("message_nl", "message_en"):
                target = rule.variants_nl if current == "message_nl" else rule.variants_en
                target[variant.group("key")] = quoted(variant.group("value"))
            elif current == "condition" and line.startswith(" "):
                condition.append(line)
            elif line.startswith("- "):
                current = None
                rule.extra_lines.append(line)
        rule.condition = "\n".join(condition)
        out[rule.id] = rule
    return out


def summary(text: str) -> list[dict[str, str]]:
    """The rows of the §6 summary table as dicts keyed by its header."""
    block = section(text, "## 6. Summary")
    header_line = next(line for line in block.splitlines() if line.startswith("| rule"))
    header = [cell.strip() for cell in header_line.strip().strip("|").split("|")]
    return [dict(zip(header, row, strict=True)) for row in table_rows(block)]


def source_titles(text: str) -> list[tuple[str, str, str]]:
    """(file, title, short form) of the source table at the top of the file."""
    head = text[: text.index("## 0.")]
    return [(f.strip("`"), title, short) for f, title, short in table_rows(head)]


def groups(text: str) -> list[list[str]]:
    """The rows of the §3 type-group table."""
    return table_rows(section(text, "## 3. Type groups"))
