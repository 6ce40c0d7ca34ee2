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
from stakeholders.i18n import translator
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.io.importer import ImportResult, import_workbook
from stakeholders.io.problems import MapLoadError, Problem
from stakeholders.io.workbook import RawSheet, RawWorkbook
from stakeholders.model import schema
from stakeholders.model.regionmap import KnownRules, RegionMap
from stakeholders.model.schema import Column, SheetSpec

log = logging.getLogger(__name__)

FORMAT_NAME = "stakeholders-regiokaart"
FORMAT_VERSION = 1
SUFFIX = ".regiokaart"

#: The sheets that are lists of records, in file order (their ``section`` is the JSON key).
SECTIONS: tuple[SheetSpec, ...] = tuple(s for s in schema.SHEETS if not s.key_value)

_t = translator("regiokaart")


def _fail(message: str, path: Path) -> MapLoadError:
    return MapLoadError([Problem("E-REGIOKAART", message)], str(path))


# -- writing ---------------------------------------------------------------------
def _json_value(column: Column, value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if column.kind.is_list:
        return list(value)
    return value


def _record(columns: tuple[Column, ...], entity: Any) -> dict[str, Any]:
    """One entity as a JSON object: its columns in schema order, empty values left out."""
    out: dict[str, Any] = {}
    for column in columns:
        value = getattr(entity, column.attr)
        if value not in (None, "", ()):
            out[column.name] = _json_value(column, value)
    return out


def _layout(item: Any) -> dict[str, Any]:
    """``x``, ``y`` and ``vast`` of a party or table (written exactly: shortest repr)."""
    out: dict[str, Any] = {}
    if item.pos is not None:
        out[schema.X.name], out[schema.Y.name] = float(item.pos[0]), float(item.pos[1])
    if item.pinned:
        out[schema.PINNED.name] = True
    return out


def to_json_dict(region: RegionMap) -> dict[str, Any]:
    """The map as the JSON structure of format version 1."""
    data: dict[str, Any] = {
        "formaat": FORMAT_NAME,
        "formaatversie": FORMAT_VERSION,
        "programma": f"stakeholders {__version__}",
        "kaart": _record(schema.KAART.columns, region.info),
    }
    for spec in SECTIONS:
        data[spec.section] = [
            {**_record(spec.columns, item), **(_layout(item) if spec.layout else {})}
            for item in region.items(spec.kind)
        ]
    if region.custom_rules:
        data["eigen-regels"] = [dict(rule) for rule in region.custom_rules]
    return data


def dumps(region: RegionMap) -> str:
    """The map as ``.regiokaart`` text (ends with a newline)."""
    return json.dumps(to_json_dict(region), ensure_ascii=False, indent=2) + "\n"


def save(region: RegionMap, path: Path) -> None:
    """Write the map atomically: the old file stays intact if anything fails."""
    write_bytes_atomic(Path(path), dumps(region).encode("utf-8"))
    log.info("saved %s", path)


# -- reading ---------------------------------------------------------------------
_LIST_KEYS = frozenset(c.name for s in SECTIONS for c in s.columns if c.kind.is_list)


def _cell(column: str, value: Any) -> Any:
    """A JSON value as a raw cell for the importer."""
    if isinstance(value, list) and column in _LIST_KEYS:
        return ", ".join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _sheet(spec: SheetSpec, items: Any, path: Path) -> RawSheet:
    section = spec.section
    if not isinstance(items, list):
        raise _fail(
            _t("{bestand}: '{sectie}' moet een lijst zijn").format(
                bestand=path.name, sectie=section
            ),
            path,
        )
    columns = [c.name for c in spec.columns] + [
        c.name for c in (schema.LAYOUT_COLUMNS if spec.layout else ())
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


def _custom_rules(items: Any, path: Path, known_rules: KnownRules
                  ) -> tuple[list[dict[str, Any]], list[str]]:
    """The region's own rules (same schema as rules.toml) and every rule id a choice may
    name; ``known_rules`` validates the own rules against the catalogue."""
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _fail(_t("{bestand}: 'eigen-regels' moet een lijst van objecten zijn").format(
            bestand=path.name), path)
    rules = [dict(item) for item in items]
    try:
        return rules, known_rules(rules)
    except ValueError as exc:
        raise _fail(_t("{bestand}: eigen-regels: {melding}").format(bestand=path.name,
                                                                      melding=exc), path) from exc


def parse(text: str, path: Path, *, known_rules: KnownRules, today: date | None = None
          ) -> ImportResult:
    """Validate ``.regiokaart`` text and build the map (``known_rules``: see :func:`load`)."""
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
    for spec in SECTIONS:
        sheets.append(_sheet(spec, data.get(spec.section, []), path))
    known = {"formaat", "formaatversie", "programma", "kaart", "eigen-regels",
             *(s.section for s in SECTIONS)}
    unknown = [k for k in data if k not in known]
    custom, rule_ids = _custom_rules(data.get("eigen-regels", []), path, known_rules)
    result = import_workbook(
        RawWorkbook(sheets, kind="json"),
        known_rules=rule_ids,
        fallback_name=path.stem,
        today=today,
        style="json",
        layout=True,
    )
    result.map.custom_rules = custom
    for key in unknown:
        result.warnings.append(
            Problem("W-KEY-UNKNOWN", _t("onbekend onderdeel '{sleutel}' wordt genegeerd").format(
                sleutel=key), style="json")
        )
    return result


def load(path: Path, *, known_rules: KnownRules, today: date | None = None) -> ImportResult:
    """Read a ``.regiokaart`` file; raise :class:`MapLoadError` naming every problem.

    ``known_rules`` (:func:`stakeholders.rules.catalogue.known_rule_ids`, from the caller)
    validates the map's own rules and lists the rule ids a choice may name.
    """
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
    return parse(text, path, known_rules=known_rules, today=today)
