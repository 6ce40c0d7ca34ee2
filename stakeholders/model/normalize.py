"""Name normalisation and closest-match suggestions (``spreadsheet-format.md`` §1 and §3).

Sheet names, column headers, Kaart keys, enumeration values and vocabulary
terms are all compared after the same normalisation: accents are decomposed
and dropped, the text is lower-cased and trimmed, and every run of spaces,
``_`` and ``-`` becomes one ``-``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SEPARATORS = re.compile(r"[\s_\-]+")  # \s includes non-breaking spaces


def normalize_name(text: str) -> str:
    """Return the normalised form of ``text`` (see the module docstring)."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub("-", without_accents.strip().lower())


def levenshtein(a: str, b: str) -> int:
    """Return the edit distance between ``a`` and ``b`` (insert, delete, substitute)."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            )
        previous = current
    return previous[-1]


def suggestion_limit(normalized_input: str) -> int:
    """Return the largest edit distance that still gives a suggestion (§3)."""
    n = len(normalized_input)
    if n <= 4:
        return 1
    if n <= 9:
        return 2
    return 3


def closest(
    normalized_input: str, candidates: Iterable[tuple[str, Iterable[str]]], limit: int
) -> str | None:
    """Return the key of the candidate whose terms lie closest to the input.

    ``candidates`` yields ``(key, terms)`` in file order, the terms in the
    order id, label_nl, label_en, aliases. The first smallest distance wins; a
    distance above ``limit`` gives no suggestion.
    """
    best_key: str | None = None
    best = limit + 1
    for key, terms in candidates:
        for term in terms:
            if abs(len(normalized_input) - len(term)) >= best:
                continue  # the distance is at least the difference in length
            distance = levenshtein(normalized_input, term)
            if distance < best:
                best, best_key = distance, key
                if distance == 0:
                    return key
    return best_key if best <= limit else None
