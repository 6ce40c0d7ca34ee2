"""Which fields the property panel shows per kind of item, with their editor kind.

A field spec names the model attribute, the Dutch label, the editor kind and
(for drop-downs) a function that lists the choices from the current map.
The panel turns each spec into a widget; the mapping lives here as data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from stakeholders.i18n import tr
from stakeholders.model import vocab
from stakeholders.model.regionmap import RegionMap

TEXT = "text"  #: one line, each keystroke an edit, merged into one undo step
ID = "id"  #: one line, committed when editing finishes (renames references)
MULTILINE = "multiline"
CHOICE = "choice"
ROLES = "roles"
SCORE = "score"
BOOL = "bool"
TRISTATE = "tristate"
DATE = "date"
LIST = "list"  #: comma-separated list
GEMEENTEN = "gemeenten"  #: CBS gemeente codes, chosen and shown by name
NAMENS = "namens"
READONLY = "readonly"

Choices = Callable[[RegionMap, object], list[tuple[str, str]]]


def _t(text: str) -> str:
    return tr("fields", text)


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of an entity."""

    name: str
    label: str
    kind: str = TEXT
    choices: Choices | None = None
    placeholder: str = ""


def _party_types(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(t.id, f"{t.label_nl} ({vocab.domains()[t.domain].label_nl})")
            for t in vocab.party_types()]


def _table_kinds(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(k.id, k.label_nl) for k in vocab.table_kinds()]


def _none(label: str) -> list[tuple[str, str]]:
    return [("", label)]


def _parties(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(p.id, f"{p.naam} ({p.id})") for p in region.parties]


def _parties_or_none(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return _none(_t("(geen)")) + _parties(region, entity)


def _seated_or_none(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    table_id = getattr(entity, "id", "")
    seated = {s.partij for s in region.seats if s.tafel == table_id}
    return _none(_t("(geen)")) + [(p.id, f"{p.naam} ({p.id})") for p in region.parties
                                  if p.id in seated]


def _other_tables_or_none(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    own = getattr(entity, "id", "")
    return _none(_t("(geen)")) + [(t.id, f"{t.naam} ({t.id})") for t in region.tables
                                  if t.id != own]


def _tables_or_all(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return _none(_t("alle tafels")) + [(t.id, f"{t.naam} ({t.id})") for t in region.tables]


def _ids(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(t.id, f"{t.naam} ({t.id})") for t in region.tables] + _parties(region, entity)


def _subjects(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [("kaart", _t("hele kaart")), *_ids(region, entity)]


def _enum(enumeration: vocab.Enumeration) -> Choices:
    return lambda region, entity: [(v.id, v.label_nl) for v in enumeration.values]


def _rules(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    from stakeholders.rules.catalogue import known_rule_ids

    return [(r, r) for r in known_rule_ids(region.custom_rules)]


def _divisions(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    return [(v.id, v.label_nl) for v in vocab.REGION_DIVISIONS.values]


def _regions(region: RegionMap, entity: object) -> list[tuple[str, str]]:
    """The regions of the map's regio-indeling, by name (label = value, so typing a name
    never changes under the cursor); free text stays allowed."""
    from stakeholders.ui.divisions_data import current_divisions

    division = region.info.regio_indeling
    slug = vocab.REGION_DIVISIONS.resolve(division) or division
    return [(r.name, r.name) for r in current_divisions().regions_of(slug)]


PARTY_FIELDS = (
    FieldSpec("id", _t("Id"), ID),
    FieldSpec("naam", _t("Naam")),
    FieldSpec("type", _t("Type"), CHOICE, _party_types),
    FieldSpec("rollen", _t("Rollen"), ROLES),
    FieldSpec("subregio", _t("Subregio"), placeholder=_t("leeg = hele regio")),
    FieldSpec("gemeenten", _t("Gemeenten"), GEMEENTEN),
    FieldSpec("invloed", _t("Invloed (1-5)"), SCORE),
    FieldSpec("belang", _t("Belang (1-5)"), SCORE),
    FieldSpec("contactpersoon", _t("Contactpersoon"),
              placeholder=_t("persoonsgegevens: blijven lokaal")),
    FieldSpec("notities", _t("Notities"), MULTILINE),
    FieldSpec("pinned", _t("Vastgezet"), BOOL),
)

TABLE_FIELDS = (
    FieldSpec("id", _t("Id"), ID),
    FieldSpec("naam", _t("Naam")),
    FieldSpec("soort", _t("Soort"), CHOICE, _table_kinds),
    FieldSpec("bovenliggende_tafel", _t("Bovenliggende tafel"), CHOICE, _other_tables_or_none),
    FieldSpec("voorzitter", _t("Voorzitter (partij)"), CHOICE, _seated_or_none),
    FieldSpec("onafhankelijke_voorzitter", _t("Onafhankelijke voorzitter"),
              placeholder=_t("naam, 'ja' of leeg")),
    FieldSpec("secretariaat", _t("Secretariaat"), CHOICE, _parties_or_none),
    FieldSpec("werkgebied", _t("Werkgebied (gemeenten)"), GEMEENTEN),
    FieldSpec("besluitvorming", _t("Besluitvorming"), MULTILINE),
    FieldSpec("verantwoordelijkheden", _t("Verantwoordelijkheden"), MULTILINE),
    FieldSpec("verantwoording", _t("Verantwoording"), MULTILINE),
    FieldSpec("financiering", _t("Financiering"), MULTILINE),
    FieldSpec("ondersteuning", _t("Ondersteuning"), MULTILINE),
    FieldSpec("burgerbetrokkenheid", _t("Burgerbetrokkenheid"), MULTILINE),
    FieldSpec("gemeenteraad", _t("Gemeenteraad"), MULTILINE),
    FieldSpec("regioanalyse", _t("Regioanalyse"), MULTILINE),
    FieldSpec("notities", _t("Notities"), MULTILINE),
    FieldSpec("pinned", _t("Vastgezet"), BOOL),
)

SEAT_FIELDS = (
    FieldSpec("tafel", _t("Tafel"), READONLY),
    FieldSpec("partij", _t("Partij"), READONLY),
    FieldSpec("rol", _t("Rol"), CHOICE, _enum(vocab.SEAT_ROLES)),
    FieldSpec("ring", _t("Ring"), CHOICE, _enum(vocab.RINGS)),
    FieldSpec("gecompenseerd", _t("Vergoeding voor deelname"), TRISTATE),
    FieldSpec("notities", _t("Notities"), MULTILINE),
)

MANDATE_FIELDS = (
    FieldSpec("houder", _t("Mandaathouder"), CHOICE, _parties),
    FieldSpec("namens", _t("Namens"), NAMENS),
    FieldSpec("namens_subregio", _t("Alleen subregio"), placeholder=_t("leeg = overal")),
    FieldSpec("tafel", _t("Tafel"), CHOICE, _tables_or_all),
    FieldSpec("formeel", _t("Formeel vastgelegd"), BOOL),
    FieldSpec("geldig_tot", _t("Geldig tot"), DATE, placeholder="JJJJ-MM-DD"),
    FieldSpec("notities", _t("Notities"), MULTILINE),
)

RELATION_FIELDS = (
    FieldSpec("van", _t("Van"), CHOICE, _ids),
    FieldSpec("naar", _t("Naar"), CHOICE, _ids),
    FieldSpec("soort", _t("Soort"), CHOICE, _enum(vocab.RELATION_KINDS)),
    FieldSpec("notities", _t("Notities"), MULTILINE),
)

WAIVER_FIELDS = (
    FieldSpec("regel", _t("Regel"), CHOICE, _rules),
    FieldSpec("onderwerp", _t("Onderwerp"), CHOICE, _subjects),
    FieldSpec("reden", _t("Reden"), MULTILINE),
    FieldSpec("datum", _t("Datum"), DATE, placeholder="JJJJ-MM-DD"),
    FieldSpec("door", _t("Door")),
)

INFO_FIELDS = (
    FieldSpec("naam", _t("Naam van de kaart")),
    FieldSpec("regio_indeling", _t("Regio-indeling"), CHOICE, _divisions),
    FieldSpec("regio", _t("Regio"), CHOICE, _regions,
              placeholder=_t("kies uit de regio-indeling of typ een naam")),
    FieldSpec("peildatum", _t("Peildatum"), DATE, placeholder=_t("JJJJ-MM-DD (leeg = vandaag)")),
    FieldSpec("auteur", _t("Auteur")),
    FieldSpec("versie", _t("Versie")),
)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "party": PARTY_FIELDS,
    "table": TABLE_FIELDS,
    "seat": SEAT_FIELDS,
    "mandate": MANDATE_FIELDS,
    "relation": RELATION_FIELDS,
    "waiver": WAIVER_FIELDS,
    "info": INFO_FIELDS,
}

KIND_TITLES = {
    "party": _t("Partij"),
    "table": _t("Tafel"),
    "seat": _t("Zetel"),
    "mandate": _t("Mandaat"),
    "relation": _t("Relatie"),
    "waiver": _t("Bewuste keuze"),
    "info": _t("Kaart"),
}
