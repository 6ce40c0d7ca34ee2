"""The native ``.regiokaart`` file: UTF-8 JSON, readable and diff-friendly.

Layout (format version 1)::

    {
      "formaat": "stakeholders-regiokaart",
      "formaatversie": 1,
      "kaart": {"naam": …, "regio-indeling": …, "regio": …, "peildatum": "2024-03-01", …},
      "partijen": [{"id": …, "naam": …, "type": …, "rollen": [...], …, "x": 0.0, "y": 0.0}],
      "tafels": [...], "zetels": [...], "mandaten": [...], "relaties": [...], "keuzes": [...],
      "eigen-regels": [...],
      "momentopnames": [{"naam": …, "datum": "2025-03-12", "notities": …,
                         "kaart": {…}, "partijen": [...], …, "eigen-regels": [...]}]
    }

Keys use the canonical column names of ``spreadsheet-format.md`` and are
written in a fixed order; empty values are left out. Parties and tables also
carry their canvas position (``x``, ``y``) and whether they are pinned
(``vast``). Loading validates with the same importer as the spreadsheets, so
every problem is named with its place (``partijen[3], veld type: …``). A file
of a newer format version is refused, never guessed at. Saving is atomic.

``momentopnames`` (snapshots, :mod:`stakeholders.model.snapshots`) holds per snapshot its
fields (:data:`~stakeholders.model.schema.MOMENTOPNAME`) and the map as it was, written
by :func:`map_body` and read by :func:`_read_map` exactly like the file's own map. The
section did not raise the format version: an app that does not know it reads the map
itself unchanged and warns that it ignores ``momentopnames`` (it refuses no file and
misreads nothing).
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from stakeholders import __version__
from stakeholders.i18n import translator
from stakeholders.io import limits
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.io.cells import CellError, cell_text
from stakeholders.io.importer import ImportResult, import_workbook
from stakeholders.io.problems import MapLoadError, MapSaveError, Problem
from stakeholders.io.rowparse import cell_parser
from stakeholders.io.workbook import RawSheet, RawWorkbook
from stakeholders.model import invariants as inv
from stakeholders.model import schema
from stakeholders.model import snapshots as snapshot_model
from stakeholders.model.regionmap import KnownRules, RegionMap
from stakeholders.model.schema import Column, Kind, SheetSpec
from stakeholders.model.snapshots import Snapshot

log = logging.getLogger(__name__)

FORMAT_NAME = "stakeholders-regiokaart"
FORMAT_VERSION = 1
SUFFIX = ".regiokaart"

#: The sheets that are lists of records, in file order (their ``section`` is the JSON key).
SECTIONS: tuple[SheetSpec, ...] = tuple(s for s in schema.SHEETS if not s.key_value)
#: The key of the region's own rules.
RULES_KEY = "eigen-regels"
#: The keys of one map (the file's own, or a snapshot's).
_MAP_KEYS = frozenset({"kaart", RULES_KEY, *(s.section for s in SECTIONS)})
#: The keys of the file's header.
_HEADER_KEYS = frozenset({"formaat", "formaatversie", "programma"})

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
        if value not in (None, "", ()) and (value or not column.extension):
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


def map_body(region: RegionMap) -> dict[str, Any]:
    """The sections of one map: ``kaart``, the lists of entities and ``eigen-regels``.

    The file's own map and every snapshot in it are written by this one function."""
    data: dict[str, Any] = {"kaart": _record(schema.KAART.columns, region.info)}
    for spec in SECTIONS:
        data[spec.section] = [
            {**_record(spec.columns, item), **(_layout(item) if spec.layout else {})}
            for item in region.items(spec.kind)
        ]
    if region.custom_rules:
        data[RULES_KEY] = [dict(rule) for rule in region.custom_rules]
    return data


def to_json_dict(region: RegionMap) -> dict[str, Any]:
    """The map as the JSON structure of format version 1 (its snapshots last)."""
    data: dict[str, Any] = {
        "formaat": FORMAT_NAME,
        "formaatversie": FORMAT_VERSION,
        "programma": f"stakeholders {__version__}",
        **map_body(region),
    }
    if region.snapshots:
        spec = schema.MOMENTOPNAME
        data[spec.section] = [{**_record(spec.columns, snapshot), **map_body(snapshot.kaart)}
                              for snapshot in region.snapshots]
    return data


def dumps(region: RegionMap) -> str:
    """The map as ``.regiokaart`` text (ends with a newline)."""
    return json.dumps(to_json_dict(region), ensure_ascii=False, indent=2) + "\n"


def save(region: RegionMap, path: Path, *, backup: bool = False) -> None:
    """Write the map atomically: the old file stays intact if anything fails (``backup``:
    the old version is kept as ``… (vorige versie).regiokaart``)."""
    data = dumps(region).encode("utf-8")
    if len(data) > limits.MAX_MAP_FILE_BYTES:  # what is written must open again
        raise MapSaveError(_t(
            "de kaart zou {mb} MB worden, meer dan de {max} MB die stakeholders leest; "
            "verwijder oude momentopnamen en sla opnieuw op").format(
                mb=len(data) // 1024 // 1024, max=limits.MAX_MAP_FILE_BYTES // 1024 // 1024))
    write_bytes_atomic(Path(path), data, backup=backup)
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


class _RefusedError(ValueError):
    """A JSON value the reader refuses before it is built (its Dutch message)."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key that occurs twice is an error, never a silent choice."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            owner = out.get("id") or dict(pairs).get("id")
            where = _t(" (in het object met id '{id}')").format(id=owner) \
                if isinstance(owner, str) else ""
            raise _RefusedError(_t("sleutel '{sleutel}' komt twee keer voor in één object{waar}; "
                              "welke waarde bedoeld is, is niet te zeggen").format(
                sleutel=key[:80], waar=where[:120]))
        out[key] = value
    return out


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > limits.MAX_NUMBER_DIGITS:
        raise _RefusedError(_t("getal van {n} cijfers is te groot").format(n=len(text)))
    return int(text)


def _float(text: str) -> float:
    if len(text) > limits.MAX_NUMBER_DIGITS * 4:
        raise _RefusedError(_t("getal van {n} tekens is te lang").format(n=len(text)))
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _RefusedError(_t("getal '{getal}…' is te groot").format(getal=text[:20]))
    return value


def _constant(name: str) -> Any:
    raise _RefusedError(_t("'{waarde}' is geen getal").format(waarde=name))


def _depth(data: Any) -> int:
    """How deeply ``data`` nests lists and objects (iteratively: no recursion limit)."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            deepest = max(deepest, depth)
            if depth > limits.MAX_NESTING:
                return depth
            stack.extend((item, depth + 1) for item in value)
    return deepest


def _decode(text: str, path: Path) -> Any:
    """The JSON value of ``text``, or a :class:`MapLoadError` that says what is wrong."""
    try:
        data = json.loads(text, object_pairs_hook=_object, parse_int=_integer,
                          parse_float=_float, parse_constant=_constant)
    except _RefusedError as exc:
        raise _fail(_t("{bestand} is geen geldige regiokaart: {reden}").format(
            bestand=path.name, reden=exc), path) from exc
    except RecursionError as exc:
        raise _too_deep(path) from exc
    except json.JSONDecodeError as exc:
        raise _fail(
            _t("{bestand} is geen geldige regiokaart (JSON-fout op regel {regel}, kolom {kolom}: "
               "{reden})").format(bestand=path.name, regel=exc.lineno, kolom=exc.colno,
                                  reden=exc.msg),
            path,
        ) from exc
    if _depth(data) > limits.MAX_NESTING:
        raise _too_deep(path)
    return data


def _too_deep(path: Path) -> MapLoadError:
    return _fail(_t("{bestand} is geen geldige regiokaart: lijsten en objecten zijn dieper "
                    "genest dan {max} niveaus").format(bestand=path.name,
                                                      max=limits.MAX_NESTING), path)


def parse(text: str, path: Path, *, known_rules: KnownRules, today: date | None = None
          ) -> ImportResult:
    """Validate ``.regiokaart`` text and build the map (``known_rules``: see :func:`load`)."""
    data = _decode(text, path)
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
    result = _read_map(data, path, known_rules, today, allowed=_HEADER_KEYS | {SNAPSHOTS_KEY})
    result.map.snapshots = _read_snapshots(data.get(SNAPSHOTS_KEY, []), path, known_rules,
                                           result.warnings)
    return result


def _read_map(data: dict[str, Any], path: Path, known_rules: KnownRules, today: date | None,
              *, allowed: frozenset[str]) -> ImportResult:
    """One map's sections (the file's own, or a snapshot's) through the importer; keys
    outside the map's and ``allowed`` are named in a warning and ignored."""
    kaart = data.get("kaart", {})
    if not isinstance(kaart, dict):
        raise _fail(_t("{bestand}: 'kaart' moet een object zijn").format(bestand=path.name), path)
    sheets = [RawSheet("kaart", "Kaart", [[k, v] for k, v in kaart.items()])]
    for spec in SECTIONS:
        sheets.append(_sheet(spec, data.get(spec.section, []), path))
    unknown = [k for k in data if k not in _MAP_KEYS and k not in allowed]
    custom, rule_ids = _custom_rules(data.get(RULES_KEY, []), path, known_rules)
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


# -- snapshots (momentopnames) ---------------------------------------------------------------
SNAPSHOTS_KEY = schema.MOMENTOPNAME.section
#: The warnings of a snapshot's map that are shown: those about parts that are ignored (and
#: lost on the next save). Warnings about its content were shown while it was the live map,
#: and a snapshot cannot be edited, so they are not repeated at every opening.
_DROPPED = frozenset({"W-KEY-UNKNOWN", "W-SHEET-UNKNOWN", "W-COLUMN-UNKNOWN",
                      "W-KAART-KEY-UNKNOWN"})


def _read_snapshots(items: Any, path: Path, known_rules: KnownRules,
                    warnings: list[Problem]) -> list[Snapshot]:
    """Every snapshot of the file: its fields, then its map through :func:`_read_map`.

    Problems are named with the snapshot (``momentopname 'Maart', partijen, item 3, veld
    type: …``); all errors are collected before the file is refused.
    """
    if not isinstance(items, list):
        raise _fail(_t("{bestand}: '{sectie}' moet een lijst zijn").format(
            bestand=path.name, sectie=SNAPSHOTS_KEY), path)
    problems: list[Problem] = []
    snapshots: list[Snapshot] = []
    names: list[str] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(_snapshot_problem(_t("moet een object zijn"), number))
            continue
        fields, found = _snapshot_fields(item, number)
        name = fields.get("naam") or ""
        if name and snapshot_model.name_key(name) in names:
            found.append(_snapshot_problem(_t("er is al een momentopname '{naam}'").format(
                naam=name), number, "naam"))
        names.append(snapshot_model.name_key(name))
        place = _t("momentopname '{naam}'").format(naam=name) if name else \
            _t("{sectie}, item {nr}").format(sectie=SNAPSHOTS_KEY, nr=number)
        try:
            body = _read_map(item, path, known_rules, fields.get("datum"),
                             allowed=frozenset(c.name for c in schema.MOMENTOPNAME.columns))
        except MapLoadError as exc:
            problems += found + [_placed(p, place, number) for p in exc.problems]
            continue
        problems += found
        warnings += [_placed(p, place, number) for p in body.warnings if p.code in _DROPPED]
        if not found:
            snapshots.append(Snapshot(kaart=body.map, **fields))
    if any(p.is_error for p in problems):
        raise MapLoadError(problems, str(path))
    return snapshots


def _snapshot_fields(item: dict[str, Any], number: int) -> tuple[dict[str, Any], list[Problem]]:
    """A snapshot's own fields (:data:`schema.MOMENTOPNAME`), parsed by their kind."""
    fields: dict[str, Any] = {}
    problems: list[Problem] = []
    for column in schema.MOMENTOPNAME.columns:
        raw = item.get(column.name)
        value: Any = cell_text(raw)
        if column.kind not in (Kind.TEXT, Kind.LONG_TEXT):
            try:
                value = cell_parser(column.kind)(raw)
            except CellError as exc:
                problems.append(_snapshot_problem(
                    inv.violation(exc.code, waarde=cell_text(raw)).message, number, column.name))
                continue
        if column.required and value in (None, ""):
            problems.append(_snapshot_problem(inv.violation("E-VALUE-REQUIRED").message,
                                              number, column.name))
            continue
        fields[column.attr] = value
    return fields, problems


def _rank(number: int, body: bool) -> int:
    """Problems sort after the file's own map, per snapshot: its fields, then its map."""
    return len(schema.SHEETS) + 2 * number + int(body)


def _snapshot_problem(message: str, number: int, column: str = "") -> Problem:
    # Row ``number + 1``: JSON records are numbered below a header row (see Problem.where).
    return Problem("E-MOMENTOPNAME", message, SNAPSHOTS_KEY, number + 1, column,
                   sheet_rank=_rank(number, False), style="json")


def _placed(problem: Problem, place: str, number: int) -> Problem:
    """``problem`` of the map of snapshot ``number``, named with the snapshot."""
    sheet = f"{place}, {problem.sheet}" if problem.sheet else place
    return replace(problem, sheet=sheet, sheet_rank=_rank(number, True))


def load(path: Path, *, known_rules: KnownRules, today: date | None = None) -> ImportResult:
    """Read a ``.regiokaart`` file; raise :class:`MapLoadError` naming every problem.

    ``known_rules`` (:func:`stakeholders.rules.catalogue.known_rule_ids`, from the caller)
    validates the map's own rules and lists the rule ids a choice may name.
    """
    path = Path(path)
    try:
        limits.check_file_size(path, limits.MAX_MAP_FILE_BYTES)
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
