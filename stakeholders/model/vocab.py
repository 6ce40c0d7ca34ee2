"""Vocabularies: party types, table kinds, domains and the fixed enumerations.

Party types and table kinds are read from the contract files copied into
``resources/`` (``party-types.csv``, ``table-kinds.csv``); domains from
``resources/domains.csv``. Lookups accept the id, the Dutch or English label
or an alias, after name normalisation (``spreadsheet-format.md`` §3).
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from stakeholders import paths
from stakeholders.model.normalize import closest, normalize_name, suggestion_limit


@dataclass(frozen=True)
class Domain:
    """A domain of party types (financier, overheid, …), used for grouping and colour."""

    id: str
    label_nl: str
    label_en: str


@dataclass(frozen=True)
class PartyType:
    """One row of ``party-types.csv``."""

    id: str
    label_nl: str
    label_en: str
    domain: str
    aliases: tuple[str, ...]
    ref_code: str
    berenschot_category: str
    source: str

    @property
    def terms(self) -> tuple[str, ...]:
        """All accepted spellings in lookup order: id, label_nl, label_en, aliases."""
        return (self.id, self.label_nl, self.label_en, *self.aliases)


@dataclass(frozen=True)
class TableKind:
    """One row of ``table-kinds.csv``."""

    id: str
    label_nl: str
    label_en: str
    scale: tuple[str, ...]
    basis: str
    chair_rule: str
    initiator_rule: str
    rules: tuple[str, ...]
    source: str
    aliases: tuple[str, ...]

    @property
    def terms(self) -> tuple[str, ...]:
        """All accepted spellings in lookup order: id, label_nl, label_en, aliases."""
        return (self.id, self.label_nl, self.label_en, *self.aliases)


T = TypeVar("T", PartyType, TableKind)


class Lookup(Generic[T]):
    """Resolves a user's spelling of a vocabulary term to its entry."""

    def __init__(self, entries: list[T]) -> None:
        self.entries: list[T] = entries
        self.by_id: dict[str, T] = {e.id: e for e in entries}
        self._index: dict[str, T] = {}
        for entry in entries:
            for term in entry.terms:
                key = normalize_name(term)
                if key and key not in self._index:
                    self._index[key] = entry
        self._candidates = [
            (e.id, tuple(normalize_name(t) for t in e.terms)) for e in entries
        ]

    def __contains__(self, type_id: object) -> bool:
        return type_id in self.by_id

    def __getitem__(self, type_id: str) -> T:
        return self.by_id[type_id]

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def resolve(self, text: str) -> T | None:
        """Return the entry for any accepted spelling of ``text``, or ``None``."""
        return self._index.get(normalize_name(text))

    def suggest(self, text: str) -> str | None:
        """Return the id closest to an unknown ``text`` (§3), or ``None``."""
        key = normalize_name(text)
        return closest(key, self._candidates, suggestion_limit(key))


@dataclass(frozen=True)
class EnumValue:
    """One value of a fixed enumeration: canonical Dutch id plus English aliases."""

    id: str
    label_nl: str
    label_en: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Enumeration:
    """A fixed list of values (seat roles, rings, relation kinds, party roles)."""

    noun_nl: str  #: the word used in E-ENUM-INVALID, e.g. ``rol``
    values: tuple[EnumValue, ...]
    default: str | None = None
    _index: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for value in self.values:
            for term in (value.id, *value.aliases):
                self._index.setdefault(normalize_name(term), value.id)

    @property
    def ids(self) -> tuple[str, ...]:
        """The canonical ids in their defined order."""
        return tuple(v.id for v in self.values)

    def resolve(self, text: str) -> str | None:
        """Return the canonical id of ``text`` (id or English alias), or ``None``."""
        return self._index.get(normalize_name(text))

    def label(self, value_id: str) -> str:
        """Return the Dutch label of ``value_id``."""
        for value in self.values:
            if value.id == value_id:
                return value.label_nl
        return value_id


SEAT_ROLES = Enumeration(
    "rol",
    (
        EnumValue("voorzitter", "voorzitter", "chair", ("chair",)),
        EnumValue("initiatiefnemer", "initiatiefnemer", "initiator", ("initiator",)),
        EnumValue("lid", "lid", "member", ("member",)),
        EnumValue("adviseur", "adviseur", "adviser", ("adviser", "advisor")),
        EnumValue("toehoorder", "toehoorder", "observer", ("observer",)),
        EnumValue("secretariaat", "secretariaat", "secretariat", ("secretariat",)),
    ),
    default="lid",
)

RINGS = Enumeration(
    "ring",
    (
        EnumValue("kopgroep", "kopgroep", "core group", ("core-group", "core")),
        EnumValue("tweede-ring", "tweede ring", "second ring", ("second-ring",)),
    ),
    default="kopgroep",
)

RELATION_KINDS = Enumeration(
    "soort",
    (
        EnumValue("financiert", "financiert", "funds", ("funds",)),
        EnumValue("contracteert", "contracteert", "contracts", ("contracts",)),
        EnumValue("werkt-samen", "werkt samen met", "works with", ("works-with",)),
        EnumValue("informeert", "informeert", "informs", ("informs",)),
        EnumValue(
            "legt-verantwoording-af", "legt verantwoording af aan", "reports to", ("reports-to",)
        ),
        EnumValue("escaleert-naar", "escaleert naar", "escalates to", ("escalates-to",)),
    ),
)

PARTY_ROLES = Enumeration(
    "rol",
    (
        EnumValue("marktleider", "marktleider", "market leader", ("market-leader",)),
        EnumValue(
            "aangewezen-gemeente",
            "aangewezen gemeente",
            "designated municipality",
            ("designated-municipality",),
        ),
        EnumValue(
            "centrumgemeente", "centrumgemeente", "central municipality", ("central-municipality",)
        ),
        EnumValue(
            "concessiehouder", "concessiehouder", "concession holder", ("concession-holder",)
        ),
        EnumValue("budgethouder", "budgethouder", "budget holder", ("budget-holder",)),
    ),
)

#: The recommended values of Kaart ``regio-indeling`` (``spreadsheet-format.md`` §5.1), the
#: same slugs as the ``scale`` column of ``table-kinds.csv``; other text is kept as written.
REGION_DIVISIONS = Enumeration(
    "regio-indeling",
    (
        EnumValue("zorgkantoorregio", "zorgkantoorregio", "care office region"),
        EnumValue("subregio", "subregio", "subregion"),
        EnumValue("roaz-regio", "ROAZ-regio", "ROAZ region"),
        EnumValue("ggd-regio", "GGD-regio", "GGD region"),
        EnumValue("veiligheidsregio", "veiligheidsregio", "safety region"),
        EnumValue("regio-acute-psychiatrie", "regio acute psychiatrie",
                  "acute psychiatry region"),
        EnumValue("jeugdregio", "jeugdregio", "youth care region"),
        EnumValue("centrumgemeenteregio", "centrumgemeenteregio", "central municipality region"),
        EnumValue("zorg-en-veiligheidshuisregio", "zorg- en veiligheidshuisregio",
                  "care and safety house region"),
        EnumValue("vsv-regio", "VSV-regio", "VSV region"),
        EnumValue("netwerkregio", "netwerkregio", "network region"),
        EnumValue("arbeidsmarktregio", "arbeidsmarktregio", "labour market region"),
        EnumValue("provincie", "provincie", "province"),
        EnumValue("gemeente", "gemeente", "municipality"),
        EnumValue("anders", "anders", "other"),
    ),
)


def division_label(value: str) -> str:
    """The label of a regio-indeling slug ("ROAZ-regio"); other text as written."""
    slug = REGION_DIVISIONS.resolve(value) if value else None
    return REGION_DIVISIONS.label(slug) if slug is not None else value


#: Which party types may carry a party role (``spreadsheet-format.md`` §5.2); absent = any type.
ROLE_TYPES: dict[str, tuple[str, ...]] = {
    "marktleider": ("zorgverzekeraar",),
    "concessiehouder": ("zorgverzekeraar", "zorgkantoor"),
    "aangewezen-gemeente": ("gemeente",),
    "centrumgemeente": ("gemeente",),
}

def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _split(text: str, sep: str = ";") -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(sep) if part.strip())


@functools.cache
def party_types() -> Lookup[PartyType]:
    """Return the party types of ``resources/party-types.csv`` (cached)."""
    rows = _read_csv(paths.resource("party-types.csv"))
    return Lookup(
        [
            PartyType(
                id=r["id"],
                label_nl=r["label_nl"],
                label_en=r["label_en"],
                domain=r["domain"],
                aliases=_split(r["aliases"]),
                ref_code=r["ref_code"],
                berenschot_category=r["berenschot_category"],
                source=r["source"],
            )
            for r in rows
        ]
    )


@functools.cache
def table_kinds() -> Lookup[TableKind]:
    """Return the table kinds of ``resources/table-kinds.csv`` (cached)."""
    rows = _read_csv(paths.resource("table-kinds.csv"))
    return Lookup(
        [
            TableKind(
                id=r["id"],
                label_nl=r["label_nl"],
                label_en=r["label_en"],
                scale=_split(r["scale"]),
                basis=r["basis"],
                chair_rule=r["chair_rule"],
                initiator_rule=r["initiator_rule"],
                rules=tuple(r["rules"].split()),
                source=r["source"],
                aliases=_split(r.get("aliases", "")),
            )
            for r in rows
        ]
    )


@functools.cache
def domains() -> dict[str, Domain]:
    """Return the domains of ``resources/domains.csv`` in their display order."""
    rows = _read_csv(paths.resource("domains.csv"))
    return {r["id"]: Domain(r["id"], r["label_nl"], r["label_en"]) for r in rows}


@dataclass(frozen=True)
class Gemeente:
    """A gemeente of the CBS list: code, name and the last year it existed."""

    code: str
    naam: str
    jaar: int


@functools.cache
def gemeenten() -> dict[str, Gemeente]:
    """The CBS gemeenten of 2010-2026 by code (``resources/regio-indelingen``), by name."""
    rows = _read_csv(
        paths.resource(
            "regio-indelingen", "cbs_gemeenten_corop_arbeidsmarktregio_provincie_2010-2026.csv"
        )
    )
    found: dict[str, Gemeente] = {}
    for row in rows:
        code = (row.get("code") or "").strip().upper()
        if code:
            year = int(row.get("year") or 0)
            if code not in found or year > found[code].jaar:
                found[code] = Gemeente(code, (row.get("name") or "").strip(), year)
    return dict(sorted(found.items(), key=lambda item: item[1].naam.lower()))


_GEMEENTE_CODE = re.compile(r"^GM\d{4}$", re.IGNORECASE)


def is_gemeente_code(text: str) -> bool:
    """Whether ``text`` has the form of a CBS gemeente code (``GM`` + 4 digits, any case)."""
    return bool(_GEMEENTE_CODE.match(text))


def known_gemeente_codes() -> frozenset[str]:
    """Return the CBS gemeente codes of 2010-2026 (``resources/regio-indelingen``)."""
    return frozenset(gemeenten())


def gemeente_name(code: str) -> str:
    """The CBS name of a gemeente code, or ``""`` when the code is not in the list."""
    entry = gemeenten().get(code.strip().upper())
    return entry.naam if entry else ""


def domain_of(type_id: str) -> str:
    """Return the domain id of a party type id (``overig`` for an unknown id)."""
    entry = party_types().by_id.get(type_id)
    return entry.domain if entry else "overig"
