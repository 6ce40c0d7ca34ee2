"""The entities of a region's map, as immutable dataclasses.

They hold exactly the concepts of ``spreadsheet-format.md`` (Kaart, Partijen,
Tafels, Zetels, Mandaten, Relaties, Keuzes) plus the canvas position of
parties and tables. Every entity carries a ``uid``: a runtime identity that
survives edits (including a change of ``id``) and is never written to a file.
Entities are frozen; the :class:`~stakeholders.model.document.Document`
replaces them with ``dataclasses.replace`` when something changes, so an undo
command can keep the old and the new object.

References between entities use the canonical id spelling, exactly as the
spreadsheet does; an empty string means "not given".
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date

_uids = itertools.count(1)

Position = tuple[float, float]


def new_uid() -> str:
    """Return a fresh runtime identity for an entity."""
    return f"u{next(_uids)}"


def _uid_field() -> str:
    return field(default_factory=new_uid, compare=False, repr=False)  # type: ignore[return-value]


@dataclass(frozen=True)
class MapInfo:
    """The Kaart sheet: what the map is about."""

    naam: str = ""
    regio_indeling: str = ""
    regio: str = ""
    peildatum: date | None = None
    auteur: str = ""
    versie: str = ""


@dataclass(frozen=True)
class Party:
    """An organisation (Partijen row)."""

    id: str
    naam: str
    type: str
    rollen: tuple[str, ...] = ()
    subregio: str = ""
    gemeenten: tuple[str, ...] = ()
    invloed: int | None = None
    belang: int | None = None
    #: On the parkeerplaats: its type or table is not known yet (a workshop's tray).
    parkeerplaats: bool = False
    contactpersoon: str = ""
    notities: str = ""
    pos: Position | None = None
    pinned: bool = False
    uid: str = _uid_field()


@dataclass(frozen=True)
class Table:
    """An overlegtafel (Tafels row)."""

    id: str
    naam: str
    soort: str
    bovenliggende_tafel: str = ""
    voorzitter: str = ""
    onafhankelijke_voorzitter: str = ""
    secretariaat: str = ""
    werkgebied: tuple[str, ...] = ()
    besluitvorming: str = ""
    verantwoordelijkheden: str = ""
    verantwoording: str = ""
    financiering: str = ""
    ondersteuning: str = ""
    burgerbetrokkenheid: str = ""
    gemeenteraad: str = ""
    regioanalyse: str = ""
    notities: str = ""
    pos: Position | None = None
    pinned: bool = False
    uid: str = _uid_field()


@dataclass(frozen=True)
class Seat:
    """A party at a table (Zetels row); at most one per (tafel, partij)."""

    tafel: str
    partij: str
    rol: str = "lid"
    ring: str = "kopgroep"
    gecompenseerd: bool | None = None
    notities: str = ""
    uid: str = _uid_field()


@dataclass(frozen=True)
class Mandate:
    """Who speaks for whom (Mandaten row).

    Exactly one of ``namens_partij`` and ``namens_type`` is set. With
    ``namens_type``, ``namens_subregio`` optionally limits the mandate to the
    parties of that type in one subregio. ``tafel`` empty means every table.
    """

    houder: str
    namens_partij: str = ""
    namens_type: str = ""
    namens_subregio: str = ""
    tafel: str = ""
    formeel: bool = False
    geldig_tot: date | None = None
    notities: str = ""
    uid: str = _uid_field()

    @property
    def namens(self) -> str:
        """The ``namens`` cell as the spreadsheet writes it (``A22``, ``type:huisartsen@Noord``)."""
        if self.namens_type:
            suffix = f"@{self.namens_subregio}" if self.namens_subregio else ""
            return f"type:{self.namens_type}{suffix}"
        return self.namens_partij

    def is_valid_on(self, reference: date) -> bool:
        """Return whether the mandate has not expired on ``reference``."""
        return self.geldig_tot is None or self.geldig_tot >= reference


@dataclass(frozen=True)
class Relation:
    """Another typed relation between parties and tables (Relaties row)."""

    van: str
    naar: str
    soort: str
    notities: str = ""
    uid: str = _uid_field()


@dataclass(frozen=True)
class Waiver:
    """A deliberate choice that waives a flag (Keuzes row)."""

    regel: str
    onderwerp: str
    reden: str
    datum: date | None = None
    door: str = ""
    uid: str = _uid_field()
