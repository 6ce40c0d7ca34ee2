"""Named snapshots (momentopnames): the map as it was at a moment, kept inside the map.

A chair asks "what changed since the last zorgtafel?". Before the meeting the map gets a
snapshot; afterwards the app compares it with the map as it is now
(:mod:`stakeholders.model.diff`, :mod:`stakeholders.rules.changes`).

A :class:`Snapshot` holds its name (unique within the map, ignoring case and surrounding
spaces, so ``FILE@naam`` finds it), the date it was made, an optional note, and **the
whole map as it was**: the Kaart fields, every party and table with its canvas position
and pin, the seats, mandates, relations, deliberate choices and the region's own rules —
everything a ``.regiokaart`` file holds except other snapshots. Positions are kept so that
a party that has since been removed can be shown where it stood, and so that a snapshot
is a complete map that could be opened on its own.

Findings are **not** stored: they follow from the map and the rules, so storing them would
keep a second copy of a fact that could disagree with the first. They are computed again
when needed, with the snapshot's own choices and own rules and its reference date
(:meth:`Snapshot.reference_date`: its peildatum, else the day it was made), so a mandate
that was valid then counts as valid then. The comparison thus shows what changed in the
region, not what changed in the app's rule catalogue between two versions.

The snapshot list changes only through :class:`~stakeholders.model.ops.SetSnapshots`
(one undo step); :func:`plan_add` and :func:`plan_remove` plan it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from stakeholders.i18n import translator
from stakeholders.model.dates import dutch_date
from stakeholders.model.entities import new_uid
from stakeholders.model.ops import Op, SetSnapshots
from stakeholders.model.regionmap import RegionMap

_t = translator("snapshots")

#: The longest name a snapshot may have (it is shown in menus and on the page).
MAX_NAME = 80


class SnapshotError(ValueError):
    """A snapshot cannot be made or removed; the message is for the user (Dutch)."""


@dataclass(frozen=True)
class Snapshot:
    """One momentopname: name, date, note and the map as it was (see the module docstring).

    The attribute names are those of the schema's columns
    (:data:`stakeholders.model.schema.MOMENTOPNAME`).
    """

    naam: str
    datum: date
    notities: str = ""
    kaart: RegionMap = field(default_factory=RegionMap, repr=False)
    uid: str = field(default_factory=new_uid, compare=False, repr=False)

    def reference_date(self) -> date:
        """The date the snapshot's mandates are judged on: its peildatum, else its date."""
        return self.kaart.reference_date(self.datum)

    @property
    def label(self) -> str:
        """``Zorgtafel maart (12 maart 2025)``: how lists and menus name it."""
        return f"{self.naam} ({dutch_date(self.datum)})"


def name_key(name: str) -> str:
    """The comparison key of a snapshot name: trimmed, case-folded."""
    return " ".join(name.split()).casefold()


def find(snapshots: Sequence[Snapshot], name: str) -> Snapshot | None:
    """The snapshot called ``name`` (ignoring case and spaces), or ``None``."""
    key = name_key(name)
    return next((s for s in snapshots if name_key(s.naam) == key), None)


def name_problem(snapshots: Sequence[Snapshot], name: str) -> str | None:
    """Why ``name`` cannot name a new snapshot among ``snapshots`` (Dutch), or ``None``."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return _t("een momentopname heeft een naam nodig")
    if len(cleaned) > MAX_NAME:
        return _t("de naam van een momentopname is hoogstens {n} tekens").format(n=MAX_NAME)
    if find(snapshots, cleaned) is not None:
        return _t("er is al een momentopname '{naam}'").format(naam=cleaned)
    return None


def copy_of(region: RegionMap) -> RegionMap:
    """The map as it is now, without its snapshots (entities are immutable and shared)."""
    return replace(
        region,
        parties=list(region.parties),
        tables=list(region.tables),
        seats=list(region.seats),
        mandates=list(region.mandates),
        relations=list(region.relations),
        waivers=list(region.waivers),
        custom_rules=[dict(rule) for rule in region.custom_rules],
        snapshots=[],
    )


def take(region: RegionMap, naam: str, datum: date, notities: str = "") -> Snapshot:
    """A snapshot of ``region`` as it is now."""
    return Snapshot(" ".join(naam.split()), datum, notities.strip(), copy_of(region))


def plan_add(region: RegionMap, naam: str, datum: date, notities: str = "") -> list[Op]:
    """Add a snapshot of the map as it is now (after the others); :class:`SnapshotError`
    when the name is empty, too long or already used."""
    problem = name_problem(region.snapshots, naam)
    if problem:
        raise SnapshotError(problem)
    old = tuple(region.snapshots)
    return [SetSnapshots(old, (*old, take(region, naam, datum, notities)))]


def plan_remove(region: RegionMap, naam: str) -> list[Op]:
    """Remove the snapshot called ``naam``."""
    doomed = find(region.snapshots, naam)
    if doomed is None:
        raise SnapshotError(_t("er is geen momentopname '{naam}'").format(naam=naam))
    old = tuple(region.snapshots)
    return [SetSnapshots(old, tuple(s for s in old if s is not doomed))]
