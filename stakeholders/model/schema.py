"""The fields of a map, one line each: the one place a field is described.

Every :class:`Column` names, for one field of one entity:

- its canonical name: the header of the interchange format (``spreadsheet-format.md``
  §5) and the key in a ``.regiokaart`` file;
- its value kind (:class:`Kind`): how the importer parses a cell, how the writers write
  the value, which check the edit planner runs and which editor the property panel shows;
- the entity attribute that holds it (by default the name with ``-`` as ``_``);
- the aliases accepted on import, whether it is required, and the Dutch label and hint
  of the property panel.

The readers (:mod:`stakeholders.io.importer`), the writers (:mod:`stakeholders.io.rows`,
:mod:`stakeholders.io.regiokaart`), the edit planner (:mod:`stakeholders.model.edits`) and
the property panel (:mod:`stakeholders.ui.panels.fields`) are generated from these
tables. Adding a field is one line here plus its attribute on the entity in
:mod:`stakeholders.model.entities`.

The schema lives in ``model`` rather than ``io`` because it describes the entities
themselves: ``io``, the edit planner and the user interface all read it, and ``model`` is
the layer below all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from stakeholders.i18n import translator
from stakeholders.model import vocab
from stakeholders.model.entities import (
    Mandate,
    MapInfo,
    Party,
    Relation,
    Seat,
    Table,
    Waiver,
)
from stakeholders.model.kinds import EntityKind
from stakeholders.model.normalize import normalize_name
from stakeholders.model.snapshots import Snapshot

_t = translator("fields")


class Kind(StrEnum):
    """The value kind of a column; the importer, the writers and the panel dispatch on it."""

    TEXT = "text"  #: one line of text
    LONG_TEXT = "long-text"  #: free text over several lines
    ID = "id"  #: a party or table id (``spreadsheet-format.md`` §2)
    PARTY_REF = "party-ref"
    CHAIR = "chair"  #: a party reference that must have a seat at this table
    TABLE_REF = "table-ref"
    PARENT = "parent"  #: a table reference that must not lead back to its own table
    TABLE_SCOPE = "table-scope"  #: the table a row holds at; empty: at every table
    ANY_REF = "any-ref"  #: a party or a table
    PARTY_TYPE = "party-type"  #: a term of ``party-types.csv``
    TABLE_KIND = "table-kind"  #: a term of ``table-kinds.csv``
    PARTY_ROLES = "party-roles"  #: a list of party roles, each tied to types
    GEMEENTEN = "gemeenten"  #: a list of CBS gemeente codes
    SCORE = "score"  #: an integer 1-5, empty is "not given"
    BOOL = "bool"  #: ja/nee, empty is nee
    OPTIONAL_BOOL = "optional-bool"  #: ja/nee, empty is "unknown"
    DATE = "date"
    ENUM = "enum"  #: one value of the column's :class:`~stakeholders.model.vocab.Enumeration`
    NAMENS = "namens"  #: a party id or ``type:T@S`` (Mandaten)
    RULE = "rule"  #: a rule id
    SUBJECT = "subject"  #: a party id, a table id or ``kaart``
    COORDINATE = "coordinate"  #: a canvas coordinate (``.regiokaart`` only)

    @property
    def is_list(self) -> bool:
        """Whether the value is a tuple, written as ``a, b`` in a cell and a list in JSON."""
        return self in _LISTS

    @property
    def is_reference(self) -> bool:
        """Whether the value names a party or a table by id (renames follow it)."""
        return self in _REFERENCES

    @property
    def target(self) -> EntityKind | None:
        """What a reference kind names: a party, a table or ``None`` (either)."""
        return _TARGETS.get(self)


_LISTS = frozenset({Kind.PARTY_ROLES, Kind.GEMEENTEN})
_TARGETS: dict[Kind, EntityKind] = {
    Kind.PARTY_REF: EntityKind.PARTY, Kind.CHAIR: EntityKind.PARTY,
    Kind.TABLE_REF: EntityKind.TABLE, Kind.PARENT: EntityKind.TABLE,
    Kind.TABLE_SCOPE: EntityKind.TABLE,
}
_REFERENCES = frozenset({*_TARGETS, Kind.ANY_REF, Kind.SUBJECT})


@dataclass(frozen=True)
class Column:
    """One field of an entity: see the module docstring."""

    name: str
    kind: Kind
    label: str = ""
    aliases: tuple[str, ...] = ()
    required: bool = False
    attr: str = ""
    enum: vocab.Enumeration | None = None
    hint: str = ""  #: what to type, or what empty means (the panel's placeholder)
    #: A column of this app that the interchange format does not name: a spreadsheet gets
    #: it only when some row has a value, so a map without one writes the format's columns.
    extension: bool = False

    def __post_init__(self) -> None:
        if not self.attr:
            object.__setattr__(self, "attr", self.name.replace("-", "_"))
        if (self.kind is Kind.ENUM) != (self.enum is not None):
            raise ValueError(f"column {self.name}: an enumeration goes with kind ENUM")

    @property
    def keys(self) -> tuple[str, ...]:
        """The normalised spellings that match this column."""
        return tuple(normalize_name(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True)
class SheetSpec:
    """One sheet of the interchange format and the entity its rows hold.

    ``kind`` is the :class:`EntityKind` of its rows (:data:`INFO` for Kaart), ``section`` the key of
    its list in a ``.regiokaart`` file, ``title`` the Dutch word for one row. Kaart is a
    key/value sheet; the others have a header row. Sheets with ``layout`` also carry the
    canvas position and pin in a ``.regiokaart`` file (:data:`LAYOUT_COLUMNS`).
    """

    name: str
    aliases: tuple[str, ...]
    columns: tuple[Column, ...]
    entity: type
    kind: str
    section: str
    title: str
    required: bool = False
    layout: bool = False
    key_value: bool = False

    @property
    def keys(self) -> tuple[str, ...]:
        """The normalised spellings that match this sheet."""
        return tuple(normalize_name(n) for n in (self.name, *self.aliases))


#: The kind of the Kaart "entity" (the map's info) where an entity kind is expected.
INFO = "info"

TEXT, LONG_TEXT, ID = Kind.TEXT, Kind.LONG_TEXT, Kind.ID
PARTY_REF, TABLE_REF, ANY_REF = Kind.PARTY_REF, Kind.TABLE_REF, Kind.ANY_REF
_NOTES = Column("notities", LONG_TEXT, _t("Notities"), ("notes",))

#: The Kaart keys (§5.1) in write order; the attributes are those of :class:`MapInfo`.
KAART = SheetSpec("Kaart", ("Map",), (
    Column("naam", TEXT, _t("Naam van de kaart"), ("name",)),
    Column("regio-indeling", TEXT, _t("Regio-indeling"), ("regioindeling", "region-division")),
    Column("regio", TEXT, _t("Regio"), ("region",),
           hint=_t("kies uit de regio-indeling of typ een naam")),
    Column("peildatum", Kind.DATE, _t("Peildatum"), ("reference-date",),
           hint=_t("JJJJ-MM-DD (leeg = vandaag)")),
    Column("auteur", TEXT, _t("Auteur"), ("author",)),
    Column("versie", TEXT, _t("Versie"), ("version",)),
), MapInfo, INFO, "kaart", _t("Kaart"), key_value=True)
#: The optional header row of Kaart, and the column names its problems use.
KAART_HEADER = ("sleutel", "waarde")

PARTIJEN = SheetSpec("Partijen", ("Parties",), (
    Column("id", ID, _t("Id"), required=True),
    Column("naam", TEXT, _t("Naam"), ("name",), required=True),
    Column("type", Kind.PARTY_TYPE, _t("Type"), required=True),
    Column("rollen", Kind.PARTY_ROLES, _t("Rollen"), ("roles",)),
    Column("subregio", TEXT, _t("Subregio"), ("subregion",), hint=_t("leeg = hele regio")),
    Column("gemeenten", Kind.GEMEENTEN, _t("Gemeenten"), ("municipalities",)),
    Column("invloed", Kind.SCORE, _t("Invloed (1-5)"), ("influence", "power")),
    Column("belang", Kind.SCORE, _t("Belang (1-5)"), ("interest",)),
    Column("parkeerplaats", Kind.BOOL, _t("Op de parkeerplaats"), ("parking-lot", "parked"),
           hint=_t("type of tafel nog niet bekend"), extension=True),
    Column("contactpersoon", TEXT, _t("Contactpersoon"), ("contact", "contact-person"),
           hint=_t("persoonsgegevens: blijven lokaal")),
    _NOTES,
), Party, EntityKind.PARTY, "partijen", _t("Partij"), required=True, layout=True)

#: The governance columns of Tafels (``rules.md`` §2: "arranged" or not), in sheet order.
_GOVERNANCE = (
    Column("besluitvorming", LONG_TEXT, _t("Besluitvorming"), ("decision-making",)),
    Column("verantwoordelijkheden", LONG_TEXT, _t("Verantwoordelijkheden"),
           ("verantwoordelijkheidsverdeling", "responsibilities")),
    Column("verantwoording", LONG_TEXT, _t("Verantwoording"), ("accountability",)),
    Column("financiering", LONG_TEXT, _t("Financiering"), ("funding",)),
    Column("ondersteuning", LONG_TEXT, _t("Ondersteuning"),
           ("ondersteunende-infrastructuur", "support")),
    Column("burgerbetrokkenheid", LONG_TEXT, _t("Burgerbetrokkenheid"), ("citizen-involvement",)),
    Column("gemeenteraad", LONG_TEXT, _t("Gemeenteraad"), ("gemeenteraden", "municipal-council")),
    Column("regioanalyse", LONG_TEXT, _t("Regioanalyse"), ("regio-analyse", "regional-analysis")),
)

TAFELS = SheetSpec("Tafels", ("Tables",), (
    Column("id", ID, _t("Id"), required=True),
    Column("naam", TEXT, _t("Naam"), ("name",), required=True),
    Column("soort", Kind.TABLE_KIND, _t("Soort"), ("kind",), required=True),
    Column("bovenliggende-tafel", Kind.PARENT, _t("Bovenliggende tafel"),
           ("parent-table", "parent")),
    Column("voorzitter", Kind.CHAIR, _t("Voorzitter (partij)"), ("chair",)),
    Column("onafhankelijke-voorzitter", TEXT, _t("Onafhankelijke voorzitter"),
           ("independent-chair",), hint=_t("naam, 'ja' of leeg")),
    Column("secretariaat", PARTY_REF, _t("Secretariaat"), ("secretariat",)),
    Column("werkgebied", Kind.GEMEENTEN, _t("Werkgebied (gemeenten)"),
           ("service-area", "gemeenten", "municipalities")),
    *_GOVERNANCE,
    _NOTES,
), Table, EntityKind.TABLE, "tafels", _t("Tafel"), layout=True)

ZETELS = SheetSpec("Zetels", ("Seats",), (
    Column("tafel", TABLE_REF, _t("Tafel"), ("table",), required=True),
    Column("partij", PARTY_REF, _t("Partij"), ("party",), required=True),
    Column("rol", Kind.ENUM, _t("Rol"), ("role",), enum=vocab.SEAT_ROLES),
    Column("ring", Kind.ENUM, _t("Ring"), enum=vocab.RINGS),
    Column("gecompenseerd", Kind.OPTIONAL_BOOL, _t("Vergoeding voor deelname"), ("compensated",)),
    _NOTES,
), Seat, EntityKind.SEAT, "zetels", _t("Zetel"))

MANDATEN = SheetSpec("Mandaten", ("Mandates",), (
    Column("houder", PARTY_REF, _t("Mandaathouder"), ("holder",), required=True),
    Column("namens", Kind.NAMENS, _t("Namens"), ("on-behalf-of",), required=True),
    Column("tafel", Kind.TABLE_SCOPE, _t("Tafel"), ("table",)),
    Column("formeel", Kind.BOOL, _t("Formeel vastgelegd"), ("formal",)),
    Column("geldig-tot", Kind.DATE, _t("Geldig tot"), ("valid-until",)),
    _NOTES,
), Mandate, EntityKind.MANDATE, "mandaten", _t("Mandaat"))

RELATIES = SheetSpec("Relaties", ("Relations", "Relationships"), (
    Column("van", ANY_REF, _t("Van"), ("from",), required=True),
    Column("naar", ANY_REF, _t("Naar"), ("to",), required=True),
    Column("soort", Kind.ENUM, _t("Soort"), ("kind",), required=True, enum=vocab.RELATION_KINDS),
    _NOTES,
), Relation, EntityKind.RELATION, "relaties", _t("Relatie"))

KEUZES = SheetSpec("Keuzes", ("Choices", "Waivers"), (
    Column("regel", Kind.RULE, _t("Regel"), ("rule",), required=True),
    Column("onderwerp", Kind.SUBJECT, _t("Onderwerp"), ("subject",), required=True),
    Column("reden", LONG_TEXT, _t("Reden"), ("reason",), required=True),
    Column("datum", Kind.DATE, _t("Datum"), ("date",)),
    Column("door", TEXT, _t("Door"), ("by",)),
), Waiver, EntityKind.WAIVER, "keuzes", _t("Bewuste keuze"))

#: All sheets in the order of §1 (also the write order and the error sort order).
SHEETS: tuple[SheetSpec, ...] = (KAART, PARTIJEN, TAFELS, ZETELS, MANDATEN, RELATIES, KEUZES)

#: A snapshot (momentopname) in a ``.regiokaart`` file: these fields, then the map as it was,
#: written and read exactly as the file's own map (``kaart``, ``partijen``, …, ``eigen-regels``).
#: Spreadsheets hold no snapshots, so this is not one of :data:`SHEETS`.
MOMENTOPNAME = SheetSpec("Momentopnamen", ("Snapshots",), (
    Column("naam", TEXT, _t("Naam"), ("name",), required=True),
    Column("datum", Kind.DATE, _t("Datum"), ("date",), required=True),
    _NOTES,
), Snapshot, "snapshot", "momentopnames", _t("Momentopname"))

#: What a ``.regiokaart`` file adds to the rows of sheets with ``layout``: the canvas
#: position (``x``, ``y`` of the attribute ``pos``) and the pin (``vast``).
X = Column("x", Kind.COORDINATE, attr="pos")
Y = Column("y", Kind.COORDINATE, attr="pos")
PINNED = Column("vast", Kind.BOOL, _t("Vastgezet"), attr="pinned")
LAYOUT_COLUMNS: tuple[Column, ...] = (X, Y, PINNED)

#: The Mandaten ``namens`` cell is held in three attributes (see :class:`Mandate`).
NAMENS_ATTRS = ("namens_partij", "namens_type", "namens_subregio")

#: The governance fields of a table that can be "arranged" (``rules.md`` §2), in sheet order.
GOVERNANCE_FIELDS: tuple[str, ...] = tuple(c.name for c in _GOVERNANCE)


def reference_attrs(spec: SheetSpec) -> tuple[str, ...]:
    """The attributes of ``spec``'s entity that hold a party or table id (a rename of that
    id must follow them), in column order."""
    return tuple(
        NAMENS_ATTRS[0] if c.kind is Kind.NAMENS else c.attr
        for c in spec.columns if c.kind.is_reference or c.kind is Kind.NAMENS
    )


def sheet_for(name: str) -> SheetSpec | None:
    """Return the sheet whose name or alias matches ``name`` after normalisation."""
    key = normalize_name(name)
    for sheet in SHEETS:
        if key in sheet.keys:
            return sheet
    return None


def sheet_rank(spec: SheetSpec) -> int:
    """The position of ``spec`` in :data:`SHEETS`."""
    return SHEETS.index(spec)


def spec_of(kind: str) -> SheetSpec:
    """The sheet of an entity kind (``party`` → Partijen, ``info`` → Kaart)."""
    for sheet in SHEETS:
        if sheet.kind == kind:
            return sheet
    raise KeyError(kind)
