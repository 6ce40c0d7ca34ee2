"""The matrix view's content: parties × tables, each cell a seat (role, ring, "namens …").

Read from the map in one pass, Qt-free: the window's matrix (``ui/views/matrix.py``) shows
it and the Excel export (``io/matrix_xlsx.py``) writes it. A cell's role is the role the
seat shows (:func:`~stakeholders.model.chairs.role_at`: the chair's plain seat reads
voorzitter); "namens" lists whom the party speaks for at that table: its mandates for
that table and those for every table.
"""

from __future__ import annotations

from dataclasses import dataclass

from stakeholders.i18n import translator
from stakeholders.model import vocab
from stakeholders.model.chairs import role_at
from stakeholders.model.entities import Mandate, Party, Table
from stakeholders.model.regionmap import RegionMap

_t = translator("matrix")

#: The role × ring choices a cell offers, in vocabulary order (role first).
CHOICES: tuple[tuple[str, str], ...] = tuple(
    (rol, ring) for rol in vocab.SEAT_ROLES.ids for ring in vocab.RINGS.ids)


@dataclass(frozen=True)
class Cell:
    """One seat of the matrix: a party at a table."""

    seat_uid: str
    rol: str
    ring: str
    namens: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """What the cell reads: "lid · kopgroep", then "namens …" on a second line."""
        first = choice_text(self.rol, self.ring)
        if not self.namens:
            return first
        return first + "\n" + _t("namens {wie}").format(wie=", ".join(self.namens))


@dataclass(frozen=True)
class Row:
    """A party with its seats by table id."""

    party: Party
    type_label: str
    domain: str
    domain_label: str
    cells: dict[str, Cell]


@dataclass(frozen=True)
class Matrix:
    """The parties (rows, in Partijen order) and tables (columns, in Tafels order)."""

    tables: tuple[Table, ...]
    rows: tuple[Row, ...]


def choice_text(rol: str, ring: str) -> str:
    """A role and ring as the user reads them: "lid · tweede ring"."""
    return f"{vocab.SEAT_ROLES.label(rol)} · {vocab.RINGS.label(ring)}"


def whom(region_parties: dict[str, Party], mandate: Mandate) -> str:
    """Whom a mandate speaks for: a party's name, or "alle huisartsen @Noord"."""
    if mandate.namens_partij:
        named = region_parties.get(mandate.namens_partij)
        return named.naam if named is not None and named.naam else mandate.namens_partij
    party_type = vocab.party_types().by_id.get(mandate.namens_type)
    text = _t("alle {type}").format(
        type=party_type.label if party_type else mandate.namens_type)
    return f"{text} @{mandate.namens_subregio}" if mandate.namens_subregio else text


def build_matrix(region: RegionMap) -> Matrix:
    """The matrix of ``region`` (parties on the parkeerplaats included: they are parties)."""
    tables = region.table_index()
    parties = {p.id: p for p in region.parties}
    cells: dict[str, dict[str, Cell]] = {p.id: {} for p in region.parties}
    held: dict[str, list[Mandate]] = {}
    for mandate in region.mandates:
        held.setdefault(mandate.houder, []).append(mandate)
    for seat in region.seats:
        table = tables.get(seat.tafel)
        if seat.partij not in cells or table is None:
            continue
        namens = tuple(dict.fromkeys(
            whom(parties, m) for m in held.get(seat.partij, ())
            if m.tafel in ("", seat.tafel)))
        cells[seat.partij][seat.tafel] = Cell(seat.uid, role_at(seat, table), seat.ring, namens)
    domains = vocab.domains()
    rows = []
    for party in region.parties:
        party_type = vocab.party_types().by_id.get(party.type)
        domain = vocab.domain_of(party.type)
        rows.append(Row(party, party_type.label if party_type else party.type, domain,
                        domains[domain].label if domain in domains else domain,
                        cells[party.id]))
    return Matrix(tuple(region.tables), tuple(rows))
