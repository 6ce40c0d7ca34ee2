"""Mandates on a timeline: expired, expiring within the window of R-MND-01, or later.

R-MND-01 flags a holder whose mandate has expired, or expires within ``days`` (90) of the
reference date. :func:`mandate_timeline` places every mandate with a ``geldig-tot`` on
that scale, so a chair sees which mandates need renewing before the next meeting. The
window is read from the rule's check in the catalogue (one place for the 90 days).
Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from stakeholders.model.diff_text import Names, entity_text
from stakeholders.model.entities import Mandate
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import Catalogue, default_catalogue

#: The rule whose window the timeline shows.
EXPIRY_RULE = "R-MND-01"
#: The window when the catalogue has no such rule.
DEFAULT_WINDOW = 90


class Band(StrEnum):
    """Where a mandate's end date falls relative to the reference date."""

    EXPIRED = "verlopen"
    SOON = "binnenkort"
    LATER = "later"


@dataclass(frozen=True)
class TimelineEntry:
    """One dated mandate: its holder, what it reads as, its end date and band."""

    mandate: Mandate
    holder: str  #: the holder's party id
    text: str  #: "Huisartsenkring namens alle huisartsen (alle tafels)"
    until: date
    band: Band
    days: int  #: days from the reference date to the end date (negative: expired)


@dataclass(frozen=True)
class MandateTimeline:
    """Every dated mandate of a map, by end date, around the reference date."""

    reference: date
    window: int
    entries: tuple[TimelineEntry, ...]
    undated: int  #: mandates without a geldig-tot (valid until further notice)

    def of_band(self, band: Band) -> list[TimelineEntry]:
        return [e for e in self.entries if e.band == band]


def expiry_window(catalogue: Catalogue | None = None) -> int:
    """The days of R-MND-01's "expires soon" (90 in ``rules.toml``)."""
    rule = (catalogue or default_catalogue()).lookup(EXPIRY_RULE)
    if rule is None or not rule.check or "days" not in rule.check:
        return DEFAULT_WINDOW
    return int(rule.check["days"])


def band_of(until: date, reference: date, window: int) -> Band:
    """Expired before the reference date, soon within the window (inclusive), else later."""
    if until < reference:
        return Band.EXPIRED
    if until <= reference + timedelta(days=window):
        return Band.SOON
    return Band.LATER


def mandate_timeline(region: RegionMap, reference: date,
                     catalogue: Catalogue | None = None) -> MandateTimeline:
    """The map's dated mandates by end date (ties: in Mandaten row order)."""
    window = expiry_window(catalogue)
    names = Names(region, region)
    entries = []
    for mandate in region.mandates:
        if mandate.geldig_tot is None:
            continue
        text = entity_text(EntityKind.MANDATE, mandate, names)
        entries.append(TimelineEntry(mandate, mandate.houder, text, mandate.geldig_tot,
                                     band_of(mandate.geldig_tot, reference, window),
                                     (mandate.geldig_tot - reference).days))
    entries.sort(key=lambda e: e.until)
    undated = sum(1 for m in region.mandates if m.geldig_tot is None)
    return MandateTimeline(reference, window, tuple(entries), undated)
