"""Kumu's JSON blueprint (``.kumu.json``) and its two-sheet workbook (``.kumu.xlsx``).

Kumu (kumu.io) reads a map as *elements* (``label``, ``type``, ``description`` and any
other fields) and *connections* (``from``, ``to``, ``type``, ``direction`` and fields):
as JSON (``{"elements": […], "connections": […]}``) or as a workbook with the sheets
*Elements* and *Connections*, a header in row 1 and several values in one cell separated
by ``|``. The nodes and edges of :mod:`stakeholders.io.mapgraph` map onto them:

- ``id`` is Kumu's id, the name its ``label``, the notes (``notities``) its
  ``description``;
- Kumu's ``type`` holds the party type, the table kind or the relation kind, so Kumu
  colours by them; a seat, a mandate and the map's own element have ``zetel``,
  ``mandaat`` and ``kaart``;
- every other field is a Kumu field with the app's name (``onderdeel``, ``rollen``,
  ``invloed``, …); a list is a JSON list, or ``a | b`` in the workbook;
- the place on the app's canvas is the fields ``x`` and ``y`` (Kumu lays a map out
  itself; the app reads them back).

Reading accepts the same, Kumu's own JSON export (fields under ``attributes``,
``element type``, connections by ``_id``, positions in ``maps``) and a blueprint from
elsewhere, whose elements and connections (by id or by label) become parties and
relations (:mod:`stakeholders.io.graphforeign`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from stakeholders.i18n import translator
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.io.graphforeign import FOREIGN_RELATION
from stakeholders.io.graphread import Dialect, read_graph
from stakeholders.io.graphxml import number
from stakeholders.io.importer import ImportResult
from stakeholders.io.mapgraph import (
    ONDERDEEL,
    PART_SPECS,
    GraphEdge,
    GraphNode,
    MapGraph,
    Part,
    attribute_key,
    part_spec,
    to_graph,
)
from stakeholders.io.problems import MapLoadError, MapSaveError
from stakeholders.io.safexml import read_limited, refuse
from stakeholders.io.workbook import RawSheet, read_xlsx
from stakeholders.model import schema
from stakeholders.model.normalize import normalize_name
from stakeholders.model.regionmap import KnownRules, RegionMap

log = logging.getLogger(__name__)

JSON_SUFFIX = ".kumu.json"
XLSX_SUFFIX = ".kumu.xlsx"
ELEMENTS, CONNECTIONS = "Elements", "Connections"
#: How Kumu's own workbook names its columns.
_HEADERS = {"id": "ID", "label": "Label", "type": "Type", "description": "Description",
            "from": "From", "to": "To", "direction": "Direction"}
#: The largest Kumu JSON file read.
MAX_JSON_BYTES = 50 * 1024 * 1024  # as for XML (io/safexml.py)

_t = translator("kumu")

KUMU = Dialect(
    "kumu",
    node_place=lambda node: _t("element '{id}'").format(id=node),
    edge_place=lambda edge, a, b: _t("connectie '{id}' ({van} → {naar})").format(
        id=edge, van=a, naar=b),
    label="label", source="from", target="to",
    renames={"notities": "description"}, type_key="type",
)


# -- writing ---------------------------------------------------------------------------------
def _kumu_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """A node's or edge's attributes as Kumu fields: ``type`` from the part's type column
    (else the part), the notes as ``description``, ja/nee as text."""
    spec = part_spec(fields.get(ONDERDEEL))
    rest = dict(fields)
    type_column = spec.type_column if spec is not None else None
    kumu_type = rest.pop(type_column.name, None) if type_column is not None else None
    out: dict[str, Any] = {"type": kumu_type or str(fields.get(ONDERDEEL, ""))}
    for name, value in rest.items():
        key = KUMU.renames.get(name, name)
        out[key] = ("ja" if value else "nee") if isinstance(value, bool) else value
    return out


def _elements(graph: MapGraph) -> list[dict[str, Any]]:
    return [{"id": node.fields.get("id", node.id), "label": node.label,
             **_kumu_fields({k: v for k, v in node.fields.items() if k != "id"}),
             **_place(node)} for node in graph.nodes]


def _place(node: GraphNode) -> dict[str, float]:
    """The app's place of a node as the fields ``x`` and ``y`` (Kumu lays out itself)."""
    if node.pos is None:
        return {}
    return {schema.X.name: float(node.pos[0]), schema.Y.name: float(node.pos[1])}


def _connections(graph: MapGraph) -> list[dict[str, Any]]:
    return [{"id": edge.id, "from": edge.source, "to": edge.target,
             **_kumu_fields(edge.fields), "direction": _direction(edge)}
            for edge in graph.edges]


def _direction(edge: GraphEdge) -> str:
    """Kumu's arrow: none for working together, else from ``from`` to ``to``."""
    relation = PART_SPECS[Part.RELATIE]
    kind = relation.type_column.name if relation.type_column is not None else ""
    if edge.fields.get(ONDERDEEL) == Part.RELATIE and edge.fields.get(kind) == FOREIGN_RELATION:
        return "undirected"
    return "directed"


def kumu_json(region: RegionMap) -> str:
    """The map as a Kumu blueprint (JSON text)."""
    graph = to_graph(region)
    data = {"elements": _elements(graph), "connections": _connections(graph)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_kumu_json(region: RegionMap, path: Path) -> None:
    """Write the map as a Kumu blueprint (atomically)."""
    write_bytes_atomic(Path(path), kumu_json(region).encode("utf-8"))


def _sheet_rows(records: list[dict[str, Any]], first: Iterable[str]) -> list[list[Any]]:
    """Records as rows under a header: ``first`` columns, then every other key in order
    of appearance; lists as ``a | b`` (Kumu's separator)."""
    header = list(first)
    for record in records:
        header.extend(k for k in record if k not in header)
    rows: list[list[Any]] = [[_HEADERS.get(h, h) for h in header]]
    for record in records:
        rows.append([" | ".join(map(str, v)) if isinstance(v := record.get(h), (list, tuple))
                     else v for h in header])
    return rows


def write_kumu_xlsx(region: RegionMap, path: Path) -> None:
    """Write the map as Kumu's two-sheet workbook (atomically)."""
    import io

    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    graph = to_graph(region)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, records, first in (
            (ELEMENTS, _elements(graph), ("id", "label", "type", "description")),
            (CONNECTIONS, _connections(graph), ("id", "from", "to", "type", "direction"))):
        sheet = workbook.create_sheet(name)
        for row_number, row in enumerate(_sheet_rows(records, first), start=1):
            try:
                sheet.append(row)
            except IllegalCharacterError as exc:
                raise MapSaveError(_t(
                    "{blad}, rij {rij}: bevat een stuurteken dat niet in een Excel-werkboek "
                    "past; verwijder het of sla op als .regiokaart").format(
                        blad=name, rij=row_number)) from exc
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"  # text such as "=A" is text, never a formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes_atomic(Path(path), buffer.getvalue())


# -- reading ---------------------------------------------------------------------------------
def _node(raw: dict[str, Any], index: int) -> GraphNode:
    fields = _flat(raw)
    label = _pop(fields, "label")
    file_id = str(raw.get("_id") or fields.get("id") or label or f"element-{index}")
    x, y = number(_pop(fields, schema.X.name)), number(_pop(fields, schema.Y.name))
    pos = (x, y) if x is not None and y is not None else None
    return GraphNode(file_id, str(label or ""), fields, pos)


def _flat(raw: dict[str, Any]) -> dict[str, Any]:
    """A Kumu item's fields, from a blueprint (flat) or Kumu's export (``attributes``);
    ``element type`` and ``connection type`` are its ``type``."""
    fields = {k: v for k, v in raw.items() if k not in ("attributes", "_id")}
    attributes = raw.get("attributes")
    if isinstance(attributes, dict):
        fields.update(attributes)
    for key in list(fields):
        if attribute_key(key) in ("element-type", "connection-type"):
            fields["type"] = fields.pop(key)
    return {k: v for k, v in fields.items() if v is not None and v != "" and v != []}


def _pop(fields: dict[str, Any], name: str) -> Any:
    key = next((k for k in fields if attribute_key(k) == name), None)
    return fields.pop(key) if key is not None else None


def _graph(elements: list[dict[str, Any]], connections: list[dict[str, Any]],
           positions: dict[str, tuple[float, float]]) -> MapGraph:
    """The graph of Kumu's elements and connections (which name elements by id or label)."""
    graph = MapGraph([_node(raw, n) for n, raw in enumerate(elements, start=1)])
    ids = {node.id for node in graph.nodes}
    labels: dict[str, list[str]] = {}
    for node in graph.nodes:
        node.pos = positions.get(node.id, node.pos)  # Kumu's own layout wins
        labels.setdefault(node.label, []).append(node.id)
    for index, raw in enumerate(connections, start=1):
        fields = _flat(raw)
        source, targets = _pop(fields, "from"), _pop(fields, "to")
        direction = str(_pop(fields, "direction") or "directed").lower()
        edge_id = str(_pop(fields, "id") or raw.get("_id") or f"connectie-{index}")
        for target in str(targets or "").split("|"):  # Kumu: one From to several To
            ends = [_end(str(end or "").strip(), ids, labels) for end in (source, target)]
            graph.edges.append(GraphEdge(edge_id, ends[0], ends[1], dict(fields),
                                         directed=direction == "directed"))
    return graph


def _end(text: str, ids: set[str], labels: dict[str, list[str]]) -> str:
    """The node a connection's ``from`` or ``to`` names: an id, else a unique label."""
    if text in ids or len(labels.get(text, ())) != 1:
        return text
    return labels[text][0]


def _positions(data: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Element positions of the first map in Kumu's own export (``maps``)."""
    maps = data.get("maps")
    if not isinstance(maps, list) or not maps or not isinstance(maps[0], dict):
        return {}
    found: dict[str, tuple[float, float]] = {}
    for item in maps[0].get("elements") or []:
        if not isinstance(item, dict) or not isinstance(item.get("position"), dict):
            continue
        x, y = item["position"].get("x"), item["position"].get("y")
        if isinstance(x, (int, float)) and isinstance(y, (int, float)):
            found[str(item.get("element"))] = (float(x), float(y))
    return found


def read_kumu_json(path: Path, *, known_rules: KnownRules, today: date | None = None
                   ) -> ImportResult:
    """Read a Kumu blueprint or Kumu JSON export into a validated map."""
    path = Path(path)
    raw = read_limited(path, MAX_JSON_BYTES)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise refuse("E-KUMU-INVALID", _t("{bestand} is geen UTF-8-tekst").format(
            bestand=path.name), path) from exc
    except json.JSONDecodeError as exc:
        raise refuse("E-KUMU-INVALID", _t(
            "{bestand} is geen geldige JSON (regel {regel}, kolom {kolom}: {reden})").format(
                bestand=path.name, regel=exc.lineno, kolom=exc.colno, reden=exc.msg),
            path) from exc
    elements = data.get("elements") if isinstance(data, dict) else None
    connections = data.get("connections", []) if isinstance(data, dict) else None
    if not _records(elements) or not _records(connections):
        raise refuse("E-KUMU-INVALID", _t(
            "{bestand} is geen Kumu-bestand: verwacht een object met de lijsten 'elements' en "
            "'connections'").format(bestand=path.name), path)
    graph = _graph(elements, connections, _positions(data))  # type: ignore[arg-type]
    return _import(graph, path, known_rules, today)


def _records(items: Any) -> bool:
    return isinstance(items, list) and all(isinstance(i, dict) for i in items)


def is_kumu_workbook(sheet_names: Iterable[str]) -> bool:
    """Whether a workbook has Kumu's sheets (and no Partijen sheet of the app's own)."""
    names = {normalize_name(n) for n in sheet_names}
    return normalize_name(ELEMENTS) in names and not names & {"partijen", "parties"}


def _sheet_records(sheet: RawSheet) -> list[dict[str, Any]]:
    header = [str(h).strip() if h is not None else "" for h in (sheet.rows or [[]])[0]]
    records = []
    for row in sheet.rows[1:]:
        record = {h: v for h, v in zip(header, row, strict=False) if h and v not in (None, "")}
        if record:
            records.append(record)
    return records


def read_kumu_xlsx(path: Path, *, known_rules: KnownRules, today: date | None = None
                   ) -> ImportResult:
    """Read Kumu's workbook (sheets Elements and Connections) into a validated map."""
    path = Path(path)
    workbook = read_xlsx(path)
    by_name = {normalize_name(s.name): s for s in workbook.sheets}
    elements = by_name.get(normalize_name(ELEMENTS))
    if elements is None:
        raise refuse("E-KUMU-INVALID", _t(
            "{bestand} heeft geen blad 'Elements' (gevonden: {bladen})").format(
                bestand=path.name, bladen=", ".join(s.name for s in workbook.sheets)), path)
    connections = by_name.get(normalize_name(CONNECTIONS))
    graph = _graph(_sheet_records(elements),
                   _sheet_records(connections) if connections is not None else [], {})
    return _import(graph, path, known_rules, today)


def _import(graph: MapGraph, path: Path, known_rules: KnownRules, today: date | None
            ) -> ImportResult:
    name = path.name
    for suffix in (JSON_SUFFIX, XLSX_SUFFIX, ".json", ".xlsx"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    try:
        return read_graph(graph, dialect=KUMU, known_rules=known_rules, fallback_name=name,
                          today=today)
    except MapLoadError as exc:
        exc.path = str(path)
        raise

