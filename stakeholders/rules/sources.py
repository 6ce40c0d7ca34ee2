"""Sources as a chair can cite them: document title, section and quote (``rules.md`` §0, 8).

A rule's ``source`` (kept verbatim in the JSON flag record for traceability)
names seed files and line numbers, e.g. ``004_27437df82e324f7c.txt L250-256:
"…"; L1822: "…"``. Users never see those: :func:`citations` turns the text
into the document's title (from ``rules.toml`` ``[sources]``), the section
where one is given (``§ 4.2``) and the quote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

_CITATION = re.compile(
    r"(?:(?P<file>\b\d{3}_[0-9a-f]{16}\.txt)\s+)?"
    r"(?P<place>L\d+(?:-\d+)?|§\s?\d+(?:\.\d+)*)"
    r"(?:\s*\([^)]*\))?"
    r':\s*"(?P<quote>[^"]*)"'
    r'(?P<more>(?:\s+and\s+"[^"]*")*)'  # 'L136-142: "…" and "…"': two quotes, one place
)
_QUOTE = re.compile(r'"([^"]*)"')
_FILE = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b|\bL\d+(?:-\d+)?\b")


class _Document(Protocol):
    title: str
    short: str


@dataclass(frozen=True)
class Citation:
    """One quote from one source document."""

    title: str
    short: str
    section: str  #: "§ 4.2", or "" where the contract gives a line number only
    quote: str

    def text(self, short: bool = False) -> str:
        """``Title, § 4.2: "quote"``."""
        head = self.short if short else self.title
        if self.section:
            head = f"{head}, {self.section}"
        return f'{head}: "{self.quote}"'


def citations(source: str, documents: Mapping[str, _Document]) -> list[Citation]:
    """The quotes of a rule's source with the titles of their documents, in order."""
    found: list[Citation] = []
    current = ""
    for match in _CITATION.finditer(source):
        current = match.group("file") or current
        document = documents.get(current)
        if document is None:
            continue
        place = match.group("place")
        section = "§ " + place[1:].strip() if place.startswith("§") else ""
        for quote in (match.group("quote"), *_QUOTE.findall(match.group("more"))):
            found.append(Citation(document.title, document.short, section, quote))
    return found


def readable_source(source: str, documents: Mapping[str, _Document], *,
                    short: bool = False) -> str:
    """The source as users read it: quotes grouped under their document's title.

    A source without any seed citation (a region's own rule) is returned as written,
    with file names and line numbers taken out.
    """
    found = citations(source, documents)
    if not found:
        return re.sub(r"\s{2,}", " ", _FILE.sub("", source)).strip()
    parts: list[str] = []
    previous: tuple[str, str] = ("", "")
    for citation in found:
        title = citation.short if short else citation.title
        quote = f'"{citation.quote}"'
        if title != previous[0]:
            head = f"{title}, {citation.section}" if citation.section else title
            parts.append(f"{head}: {quote}")
        elif citation.section and citation.section != previous[1]:
            parts[-1] += f"; {citation.section}: {quote}"
        else:
            parts[-1] += f" … {quote}"
        previous = (title, citation.section)
    return "; ".join(parts)


def titles(source: str, documents: Mapping[str, _Document], *, short: bool = True) -> list[str]:
    """The distinct document titles a source cites, in order (page footers)."""
    out: list[str] = []
    for citation in citations(source, documents):
        title = citation.short if short else citation.title
        if title not in out:
            out.append(title)
    return out
