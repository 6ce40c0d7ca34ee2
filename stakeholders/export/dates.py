"""Dates as the page writes them: "3 december 2026", never ISO."""

from __future__ import annotations

import re
from datetime import date

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def dutch_date(day: date) -> str:
    """``date(2026, 12, 3)`` -> ``"3 december 2026"``."""
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def dutch_dates_in(text: str) -> str:
    """``text`` with every ISO date (2026-12-03) written the Dutch way; other text unchanged."""

    def replace(match: re.Match[str]) -> str:
        try:
            return dutch_date(date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:  # not a real date (2026-13-40): leave it as written
            return match[0]

    return _ISO.sub(replace, text)
