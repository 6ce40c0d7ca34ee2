"""The native ``.regiokaart`` file: UTF-8 JSON, readable and diff-friendly.

Layout (format version 1)::

    {
      "formaat": "stakeholders-regiokaart",
      "formaatversie": 1,
      "kaart": {"naam": …, "regio-indeling": …, "regio": …, "peildatum": "2024-03-01", …},
      "partijen": [{"id": …, "naam": …, "type": …, "rollen": [...], …, "x": 0.0, "y": 0.0}],
      "tafels": [...], "zetels": [...], "mandaten": [...], "relaties": [...], "keuzes": [...]
    }

Keys use the canonical column names of ``spreadsheet-format.md`` and are
written in a fixed order; empty values are left out. Parties and tables also
carry their canvas position (``x``, ``y``) and whether they are pinned
(``vast``). Loading validates with the same importer as the spreadsheets, so
every problem is named with its place (``partijen[3], veld type: …``). A file
of a newer format version is refused, never guessed at. Saving is atomic.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

from stakeholders import __version__
from stakeholders.i18n import tr
from stakeholders.io import schema
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.io.importer import ImportResult, import_workbook
from stakeholders.io.problems import MapLoadError, Problem
from stakeholders.io.workbook import RawSheet, RawWorkbook
from stakeholders.model.regionmap import RegionMap

log = logging.getLogger(__name__)

FORMAT_NAME = "stakeholders-regiokaart"
FORMAT_VERSION = 1
SUFFIX = ".regiokaart"

#: JSON section -> sheet spec, in file order.
SECTIONS: tuple[tuple[str, schema.SheetSpec], ...] = (
    ("partijen", schema.PARTIJEN),
    ("tafels", schema.TAFELS),
    ("zetels", schema.ZETELS),
    ("mandaten", schema.MANDATEN),
    ("relaties", schema.RELATIES),
    ("keuzes", schema.KEUZES),
)
_LAYOUT_COLUMNS = (
    schema.Column("x", "coordinate"),
    schema.Column("y", "coordinate"),
    schema.Column("vast", schema.BOOL),
)
EXTRA_COLUMNS = {"Partijen": _LAYOUT_COLUMNS, "Tafels": _LAYOUT_COLUMNS}
_LIST_FIELDS = frozenset({"rollen", "gemeenten", "werkgebied"})


def _t(text: str) -> str:
    return tr("regiokaart", text)


def _fail(message: str, path: Path) -> MapLoadError:
    return MapLoadError([Problem("E-REGIOKAART", message)], str(path))


# -- writing ---------------------------------------------------------------------
def _json_value(column: str, value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if column in _LIST_FIELDS:
        return list(value)
    return value


def _record(columns: tuple[str, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column, value in zip(columns, values, strict=True):
        if value in (None, "", ()) or (value is False and column == "vast"):
            continue
        out[column] = _json_value(column, value)
    return out


def to_json_dict(region: RegionMap) -> dict[str, Any]:
    """The map as the JSON structure of format version 1."""
    info = region.info
    kaart = _record(
        ("naam", "regio-indeling", "regio", "peildatum", "auteur", "versie"),
        (info.naam, info.regio_indeling, info.regio, info.peildatum, info.auteur, info.versie),
    )

    def layout(item: Any) -> tuple[Any, ...]:
        if item.pos is None:
            return (None, None, item.pinned)
        # Written exactly (shortest repr), so that loading gives the same position.
        return (float(item.pos[0]), float(item.pos[1]), item.pinned)

    party_columns = (*(c.name for c in schema.PARTIJEN.columns), "x", "y", "vast")
    table_columns = (*(c.name for c in schema.TAFELS.columns), "x", "y", "vast")
    data: dict[str, Any] = {
        "formaat": FORMAT_NAME,
        "formaatversie": FORMAT_VERSION,
        "programma": f"stakeholders {__version__}",
        "kaart": kaart,
        "partijen": [
            _record(party_columns, (p.id, p.naam, p.type, p.rollen, p.subregio, p.gemeenten,
                                    p.invloed, p.belang, p.contactpersoon, p.notities,
                                    *layout(p)))
            for p in region.parties
        ],
        "tafels": [
            _record(table_columns, (t.id, t.naam, t.soort, t.bovenliggende_tafel, t.voorzitter,
                                    t.onafhankelijke_voorzitter, t.secretariaat, t.werkgebied,
                                    t.besluitvorming,
                                    t.verantwoordelijkheden, t.verantwoording, t.financiering,
                                    t.ondersteuning, t.burgerbetrokkenheid, t.gemeenteraad,
                                    t.regioanalyse, t.notities, *layout(t)))
            for t in region.tables
        ],
        "zetels": [
            _record(("tafel", "partij", "rol", "ring", "gecompenseerd", "notities"),
                    (s.tafel, s.partij, s.rol, s.ring,
                     None if s.gecompenseerd is None else s.gecompenseerd, s.notities))
            for s in region.seats
        ],
        "mandaten": [
            _record(("houder", "namens", "tafel", "formeel", "geldig-tot", "notities"),
                    (m.houder, m.namens, m.tafel, m.formeel, m.geldig_tot, m.notities))
            for m in region.mandates
        ],
        "relaties": [
            _record(("van", "naar", "soort", "notities"), (r.van, r.naar, r.soort, r.notities))
            for r in region.relations
        ],
        "keuzes": [
            _record(("regel", "onderwerp", "reden", "datum", "door"),
                    (w.regel, w.onderwerp, w.reden, w.datum, w.door))
            for w in region.waivers
        ],
    }
    if region.custom_rules:
        data["eigen-regels"] = [dict(rule) for rule in region.custom_rules]
    # Booleans that are False are meaningful for gecompenseerd/formeel: keep them.
    for seat, record in zip(region.seats, data["zetels"], strict=True):
        if seat.gecompenseerd is False:
            record["gecompenseerd"] = False
    return data


def dumps(region: RegionMap) -> str:
    """The map as ``.regiokaart`` text (ends with a newline)."""
    return json.dumps(to_json_dict(region), ensure_ascii=False, indent=2) + "\n"


def save(region: RegionMap, path: Path) -> None:
    """Write the map atomically: the old file stays intact if anything fails."""
    write_bytes_atomic(Path(path), dumps(region).encode("utf-8"))
    log.info("saved %s", path)


# -- reading ---------------------------------------------------------------------
def _cell(column: str, value: Any) -> Any:
    """A JSON value as a raw cell for the importer."""
    if isinstance(value, list) and column in _LIST_FIELDS:
        return ", ".join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _sheet(section: str, spec: schema.SheetSpec, items: Any, path: Path) -> RawSheet:
    if not isinstance(items, list):
        raise _fail(
            _t("{bestand}: '{sectie}' moet een lijst zijn").format(
                bestand=path.name, sectie=section
            ),
            path,
        )
    columns = [c.name for c in spec.columns] + [
        c.name for c in EXTRA_COLUMNS.get(spec.name, ())
    ]
    extra: list[str] = []
    for item in items:
        if isinstance(item, dict):
            extra.extend(k for k in item if k not in columns and k not in extra)
    header = columns + extra
    rows: list[list[Any]] = [header]
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise _fail(
                _t("{bestand}: {sectie}[{nr}] moet een object zijn").format(
                    bestand=path.name, sectie=section, nr=index
                ),
                path,
            )
        rows.append([_cell(c, item.get(c)) for c in header])
    return RawSheet(section, spec.name, rows)


def _custom_rules(items: Any, path: Path) -> list[dict[str, Any]]:
    """Validate the region's own rules against the catalogue (same schema as rules.toml)."""
    from stakeholders.rules.catalogue import CatalogueError, default_catalogue

    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _fail(_t("{bestand}: 'eigen-regels' moet een lijst van objecten zijn").format(
            bestand=path.name), path)
    try:
        default_catalogue().with_region_rules(items)
    except CatalogueError as exc:
        raise _fail(_t("{bestand}: eigen-regels: {melding}").format(bestand=path.name,
                                                                      melding=exc), path) from exc
    return [dict(item) for item in items]


def parse(text: str, path: Path, *, today: date | None = None) -> ImportResult:
    """Validate ``.regiokaart`` text and build the map."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(
            _t("{bestand} is geen geldige regiokaart (JSON-fout op regel {regel}, kolom {kolom}: "
               "{reden})").format(bestand=path.name, regel=exc.lineno, kolom=exc.colno,
                                  reden=exc.msg),
            path,
        ) from exc
    if not isinstance(data, dict) or data.get("formaat") != FORMAT_NAME:
        raise _fail(_t("{bestand} is geen regiokaart van stakeholders").format(bestand=path.name),
                    path)
    version = data.get("formaatversie")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(_t("{bestand}: ongeldige formaatversie '{versie}'").format(
            bestand=path.name, versie=version), path)
    if version > FORMAT_VERSION:
        raise _fail(
            _t("{bestand} is gemaakt met een nieuwere versie van stakeholders (formaatversie "
               "{versie}; deze versie leest tot en met {ondersteund}). Werk stakeholders bij om "
               "deze kaart te openen; het bestand is niet gewijzigd.").format(
                bestand=path.name, versie=version, ondersteund=FORMAT_VERSION),
            path,
        )
    kaart = data.get("kaart", {})
    if not isinstance(kaart, dict):
        raise _fail(_t("{bestand}: 'kaart' moet een object zijn").format(bestand=path.name), path)
    sheets = [RawSheet("kaart", "Kaart", [[k, v] for k, v in kaart.items()])]
    for section, spec in SECTIONS:
        sheets.append(_sheet(section, spec, data.get(section, []), path))
    known = {"formaat", "formaatversie", "programma", "kaart", "eigen-regels",
             *(s for s, _ in SECTIONS)}
    unknown = [k for k in data if k not in known]
    custom = _custom_rules(data.get("eigen-regels", []), path)
    from stakeholders.rules.catalogue import known_rule_ids

    result = import_workbook(
        RawWorkbook(sheets, kind="json"),
        fallback_name=path.stem,
        today=today,
        style="json",
        extra_columns=EXTRA_COLUMNS,
        known_rules=known_rule_ids(custom),
    )
    result.map.custom_rules = custom
    for key in unknown:
        result.warnings.append(
            Problem("W-KEY-UNKNOWN", _t("onbekend onderdeel '{sleutel}' wordt genegeerd").format(
                sleutel=key), style="json")
        )
    return result


def load(path: Path, *, today: date | None = None) -> ImportResult:
    """Read a ``.regiokaart`` file; raise :class:`MapLoadError` naming every problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(_t("{bestand} kan niet worden gelezen ({reden})").format(
            bestand=path.name, reden=exc.strerror or exc), path) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(_t("{bestand} is geen UTF-8-tekst (byte {positie})").format(
            bestand=path.name, positie=exc.start), path) from exc
    return parse(text, path, today=today)
