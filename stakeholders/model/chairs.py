"""Who chairs a table: one fact, read in one place.

``spreadsheet-format.md``: a table's chair is its ``voorzitter`` cell; when that
is empty, the one seat with role ``voorzitter`` gives the chair. A chair who is
also initiator is recorded as ``voorzitter`` = the party plus a seat with role
``initiatiefnemer``. The edits (:mod:`stakeholders.model.edits`) keep the cell
and the seats in step; a file may still have the chair in only one of them, so
everything that shows a chair or a seat's role asks here.
"""

from __future__ import annotations

from collections.abc import Iterable

from stakeholders.model.entities import Seat, Table
from stakeholders.model.regionmap import RegionMap

CHAIR = "voorzitter"
#: Roles a chair's own seat may have besides ``voorzitter`` (chair and initiator).
CHAIR_ALSO = ("initiatiefnemer",)


def chair_from(table: Table, seats: Iterable[Seat]) -> str:
    """The chair's party id: the table's cell, else the seat with role voorzitter, else ''."""
    if table.voorzitter:
        return table.voorzitter
    for seat in seats:
        if seat.tafel == table.id and seat.rol == CHAIR:
            return seat.partij
    return ""


def chair_of(region: RegionMap, table: Table) -> str:
    """The chair of ``table`` on ``region`` (see :func:`chair_from`)."""
    return chair_from(table, region.seats)


def role_at(seat: Seat, table: Table | None) -> str:
    """The role a seat at ``table`` shows: ``voorzitter`` for the chair's plain seat, else
    its own role (a chair who is also initiator shows as initiator; the table names the
    chair)."""
    if seat.rol in (CHAIR, *CHAIR_ALSO):
        return seat.rol
    if table is not None and table.voorzitter == seat.partij:
        return CHAIR
    return seat.rol


def shown_role(region: RegionMap, seat: Seat) -> str:
    """:func:`role_at` for a seat of ``region``."""
    return role_at(seat, region.table_index().get(seat.tafel))
