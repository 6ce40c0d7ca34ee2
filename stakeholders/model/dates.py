"""Dates as people read them: "3 december 2026" (Dutch) and "3 December 2026" (English).

Files keep ISO dates (``2026-12-03``); everything a user reads — flag
messages, the property panel's hints, the one-page overview — uses these.
"""

from __future__ import annotations

import re
from datetime import date

from stakeholders.i18n import is_dutch

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def dutch_date(value: date) -> str:
    """``date(2024, 12, 31)`` → ``"31 december 2024"``."""
    return f"{value.day} {MONTHS_NL[value.month - 1]} {value.year}"


def english_date(value: date) -> str:
    """``date(2024, 12, 31)`` → ``"31 December 2024"``."""
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def dutch_dates_in(text: str) -> str:
    """``text`` with every ISO date (2026-12-03) written the Dutch way; other text unchanged."""
    return readable_dates_in(text, "nl")


def readable_dates_in(text: str, language: str = "") -> str:
    """``text`` with every ISO date written in ``language`` (default: the active one)."""

    def replace(match: re.Match[str]) -> str:
        try:
            return readable_date(date(int(match[1]), int(match[2]), int(match[3])), language)
        except ValueError:  # not a real date (2026-13-40): leave it as written
            return match[0]

    return _ISO.sub(replace, text)


def readable_date(value: date, language: str = "") -> str:
    """The date in ``language`` (default: the active language)."""
    return dutch_date(value) if is_dutch(language) else english_date(value)
