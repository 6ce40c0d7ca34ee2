"""The sheets and columns of the interchange format (``spreadsheet-format.md`` §1 and §5).

This table drives both the reader (header matching, required columns, value
kinds) and the writer (sheet order, column order, canonical names).
"""

from __future__ import annotations

from dataclasses import dataclass

from stakeholders.model.normalize import normalize_name

# Value kinds of a column; the importer dispatches on them.
TEXT = "text"
ID = "id"
PARTY_REF = "party-ref"
TABLE_REF = "table-ref"
ANY_REF = "any-ref"
PARTY_TYPE = "party-type"
TABLE_KIND = "table-kind"
PARTY_ROLES = "party-roles"
GEMEENTEN = "gemeenten"
SCORE = "score"
BOOL = "bool"
DATE = "date"
SEAT_ROLE = "seat-role"
RING = "ring"
RELATION_KIND = "relation-kind"
NAMENS = "namens"
RULE = "rule"
SUBJECT = "subject"


@dataclass(frozen=True)
class Column:
    """One column of a sheet: canonical name, accepted aliases, whether required, value kind."""

    name: str
    kind: str = TEXT
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def keys(self) -> tuple[str, ...]:
        """The normalised spellings that match this column."""
        return tuple(normalize_name(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: canonical name, aliases, whether required, and its columns in write order."""

    name: str
    aliases: tuple[str, ...]
    columns: tuple[Column, ...]
    required: bool = False

    @property
    def keys(self) -> tuple[str, ...]:
        """The normalised spellings that match this sheet."""
        return tuple(normalize_name(n) for n in (self.name, *self.aliases))

    def column(self, name: str) -> Column:
        """Return the column with canonical ``name``."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


#: The Kaart keys (§5.1) in write order, with their aliases.
KAART_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("naam", ("name",)),
    ("regio-indeling", ("regioindeling", "region-division")),
    ("regio", ("region",)),
    ("peildatum", ("reference-date",)),
    ("auteur", ("author",)),
    ("versie", ("version",)),
)
KAART_HEADER = ("sleutel", "waarde")

KAART = SheetSpec("Kaart", ("Map",), ())

PARTIJEN = SheetSpec(
    "Partijen",
    ("Parties",),
    (
        Column("id", ID, required=True),
        Column("naam", TEXT, ("name",), required=True),
        Column("type", PARTY_TYPE, required=True),
        Column("rollen", PARTY_ROLES, ("roles",)),
        Column("subregio", TEXT, ("subregion",)),
        Column("gemeenten", GEMEENTEN, ("municipalities",)),
        Column("invloed", SCORE, ("influence", "power")),
        Column("belang", SCORE, ("interest",)),
        Column("contactpersoon", TEXT, ("contact", "contact-person")),
        Column("notities", TEXT, ("notes",)),
    ),
    required=True,
)

TAFELS = SheetSpec(
    "Tafels",
    ("Tables",),
    (
        Column("id", ID, required=True),
        Column("naam", TEXT, ("name",), required=True),
        Column("soort", TABLE_KIND, ("kind",), required=True),
        Column("bovenliggende-tafel", TABLE_REF, ("parent-table", "parent")),
        Column("voorzitter", PARTY_REF, ("chair",)),
        Column("onafhankelijke-voorzitter", TEXT, ("independent-chair",)),
        Column("secretariaat", PARTY_REF, ("secretariat",)),
        Column("werkgebied", GEMEENTEN, ("service-area", "gemeenten", "municipalities")),
        Column("besluitvorming", TEXT, ("decision-making",)),
        Column(
            "verantwoordelijkheden",
            TEXT,
            ("verantwoordelijkheidsverdeling", "responsibilities"),
        ),
        Column("verantwoording", TEXT, ("accountability",)),
        Column("financiering", TEXT, ("funding",)),
        Column("ondersteuning", TEXT, ("ondersteunende-infrastructuur", "support")),
        Column("burgerbetrokkenheid", TEXT, ("citizen-involvement",)),
        Column("gemeenteraad", TEXT, ("gemeenteraden", "municipal-council")),
        Column("regioanalyse", TEXT, ("regio-analyse", "regional-analysis")),
        Column("notities", TEXT, ("notes",)),
    ),
)

ZETELS = SheetSpec(
    "Zetels",
    ("Seats",),
    (
        Column("tafel", TABLE_REF, ("table",), required=True),
        Column("partij", PARTY_REF, ("party",), required=True),
        Column("rol", SEAT_ROLE, ("role",)),
        Column("ring", RING),
        Column("gecompenseerd", BOOL, ("compensated",)),
        Column("notities", TEXT, ("notes",)),
    ),
)

MANDATEN = SheetSpec(
    "Mandaten",
    ("Mandates",),
    (
        Column("houder", PARTY_REF, ("holder",), required=True),
        Column("namens", NAMENS, ("on-behalf-of",), required=True),
        Column("tafel", TABLE_REF, ("table",)),
        Column("formeel", BOOL, ("formal",)),
        Column("geldig-tot", DATE, ("valid-until",)),
        Column("notities", TEXT, ("notes",)),
    ),
)

RELATIES = SheetSpec(
    "Relaties",
    ("Relations", "Relationships"),
    (
        Column("van", ANY_REF, ("from",), required=True),
        Column("naar", ANY_REF, ("to",), required=True),
        Column("soort", RELATION_KIND, ("kind",), required=True),
        Column("notities", TEXT, ("notes",)),
    ),
)

KEUZES = SheetSpec(
    "Keuzes",
    ("Choices", "Waivers"),
    (
        Column("regel", RULE, ("rule",), required=True),
        Column("onderwerp", SUBJECT, ("subject",), required=True),
        Column("reden", TEXT, ("reason",), required=True),
        Column("datum", DATE, ("date",)),
        Column("door", TEXT, ("by",)),
    ),
)

#: All sheets in the order of §1 (also the write order and the error sort order).
SHEETS: tuple[SheetSpec, ...] = (KAART, PARTIJEN, TAFELS, ZETELS, MANDATEN, RELATIES, KEUZES)


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
