"""The map as a graph of typed nodes and edges: the common ground of GraphML, GEXF and Kumu.

A :class:`MapGraph` is what the exchange formats hold, before any XML or JSON:

- a **node** per party and per table: its id is the entity id, its label the name
  (``naam``), every other field of :mod:`stakeholders.model.schema` an attribute named
  as its column (``id``, ``type``, ``rollen``, ``invloed``, …), its position the canvas
  position. The ``id`` attribute wins over the node's id in the file: yEd renumbers the
  nodes of a file it saves, and keeps the attributes;
- an **edge** per seat (party → table), mandate (holder → the party it speaks for) and
  relation (``van`` → ``naar``), its other fields as attributes. A mandate for a whole
  type (``type:huisartsen@Noord``) names no node: it loops on its holder and keeps the
  ``namens`` attribute;
- one node ``kaart`` for the map itself: the Kaart fields and the deliberate choices
  (``keuzes``, a JSON list) travel on it, so they survive a trip through Gephi, yEd or
  Kumu, which keep nodes and their attributes but not a file's own extras.

Every node and edge says what it is in the attribute ``onderdeel`` (:class:`Part`). A
node or edge without it comes from another program (:mod:`stakeholders.io.graphread`).
The attributes are generated from the schema: a field added there travels without code
here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from stakeholders.model import schema
from stakeholders.model.normalize import normalize_name
from stakeholders.model.regionmap import RESERVED_SUBJECT, RegionMap
from stakeholders.model.schema import Column, Kind, SheetSpec

#: The attribute that says what a node or edge is (:class:`Part`).
ONDERDEEL = "onderdeel"
#: The attribute of the map's node that holds the deliberate choices, as a JSON list.
KEUZES = schema.KEUZES.section
#: The id of the map's node (an id no party or table may have).
MAP_NODE = RESERVED_SUBJECT


class Part(StrEnum):
    """What a node or edge of the graph is (the value of ``onderdeel``)."""

    KAART = "kaart"
    PARTIJ = "partij"
    TAFEL = "tafel"
    ZETEL = "zetel"
    MANDAAT = "mandaat"
    RELATIE = "relatie"


@dataclass(frozen=True)
class PartSpec:
    """A part and its sheet; for an edge, the columns its source and target node fill."""

    part: Part
    spec: SheetSpec
    source: str = ""
    target: str = ""

    @property
    def is_edge(self) -> bool:
        """Whether this part is an edge (seat, mandate, relation)."""
        return bool(self.source)

    @property
    def label_column(self) -> Column | None:
        """The column the node's label holds: the name (the first text column)."""
        if self.is_edge:
            return None
        return next(c for c in self.spec.columns if c.kind is Kind.TEXT)

    @property
    def type_column(self) -> Column | None:
        """The column that says what kind of thing an item is (party type, table kind,
        relation kind): the first required vocabulary column, if any."""
        kinds = (Kind.PARTY_TYPE, Kind.TABLE_KIND, Kind.ENUM)
        return next((c for c in self.spec.columns if c.required and c.kind in kinds), None)

    def attribute_columns(self) -> tuple[Column, ...]:
        """The columns written as attributes: all but the label and the endpoints. The
        id is an attribute too (yEd renumbers the nodes of a file it saves)."""
        skip = {self.source, self.target}
        label = self.label_column
        return tuple(c for c in self.spec.columns if c is not label and c.name not in skip)


#: Every part, nodes first; the edges with the columns their endpoints fill.
PARTS: tuple[PartSpec, ...] = (
    PartSpec(Part.KAART, schema.KAART),
    PartSpec(Part.PARTIJ, schema.PARTIJEN),
    PartSpec(Part.TAFEL, schema.TAFELS),
    PartSpec(Part.ZETEL, schema.ZETELS, source="partij", target="tafel"),
    PartSpec(Part.MANDAAT, schema.MANDATEN, source="houder", target="namens"),
    PartSpec(Part.RELATIE, schema.RELATIES, source="van", target="naar"),
)
PART_SPECS: dict[Part, PartSpec] = {p.part: p for p in PARTS}


@dataclass
class GraphNode:
    """A node: id, label, attributes by name (values as :func:`field_value` gives them)."""

    id: str
    label: str
    fields: dict[str, Any] = field(default_factory=dict)
    pos: tuple[float, float] | None = None


@dataclass
class GraphEdge:
    """An edge between two node ids, with its attributes."""

    id: str
    source: str
    target: str
    fields: dict[str, Any] = field(default_factory=dict)
    #: ``False`` for an undirected or mutual edge of another program.
    directed: bool = True


@dataclass
class MapGraph:
    """A whole map as nodes and edges (see the module docstring)."""

    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)


def field_value(column: Column, entity: Any) -> Any:
    """The value of ``column`` of ``entity`` as an attribute: text, an ``int`` score, a
    ``bool``, a tuple for a list, a date as ``JJJJ-MM-DD``; ``None`` when empty (a ja/nee
    field whose empty value is nee is empty when nee)."""
    value = getattr(entity, column.attr)
    if value is None or value == "" or value == () or (column.kind is Kind.BOOL and not value):
        return None
    if isinstance(value, date):
        return value.isoformat()
    return value


#: The normalised form of an attribute name: the names repeat on every node and edge.
attribute_key = lru_cache(maxsize=4096)(normalize_name)


def part_spec(value: Any) -> PartSpec | None:
    """The part an ``onderdeel`` value names (any spelling), or ``None``."""
    if not isinstance(value, str):
        return None
    try:
        return PART_SPECS[Part(attribute_key(value))]
    except ValueError:
        return None


def _attributes(part: PartSpec, entity: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {ONDERDEEL: part.part.value}
    for column in part.attribute_columns():
        value = field_value(column, entity)
        if value is not None:
            fields[column.name] = value
    if part.spec.layout and entity.pinned:
        fields[schema.PINNED.name] = True
    return fields


def _map_node(region: RegionMap, choices: Iterable[Any]) -> GraphNode:
    part = PART_SPECS[Part.KAART]
    fields = _attributes(part, region.info)
    records = [{c.name: v for c in schema.KEUZES.columns
                if (v := field_value(c, choice)) is not None} for choice in choices]
    if records:
        fields[KEUZES] = json.dumps(records, ensure_ascii=False)
    return GraphNode(MAP_NODE, region.info.naam, fields, _corner(region))


def _corner(region: RegionMap) -> tuple[float, float] | None:
    """Above the top-left corner of the map, out of the way of its nodes."""
    points = [p.pos for p in region.parties if p.pos is not None]
    points += [t.pos for t in region.tables if t.pos is not None]
    if not points:
        return None
    return (min(p[0] for p in points), min(p[1] for p in points) - 120.0)


def to_graph(region: RegionMap) -> MapGraph:
    """The map as a :class:`MapGraph`. The map's own rules cannot travel (as in a
    spreadsheet), and neither can the choices about them."""
    graph = MapGraph([_map_node(region, region.spreadsheet_part().waivers)])
    for part in PARTS[1:3]:
        label = part.label_column
        assert label is not None
        for item in region.items(part.spec.kind):
            graph.nodes.append(GraphNode(item.id, getattr(item, label.attr),
                                         _attributes(part, item), item.pos))
    node_ids = {n.id for n in graph.nodes[1:]}
    for part in PARTS[3:]:
        columns = {c.name: c for c in part.spec.columns}
        for number, item in enumerate(region.items(part.spec.kind), start=1):
            fields = _attributes(part, item)
            source = getattr(item, columns[part.source].attr)
            target = getattr(item, columns[part.target].attr)
            if target not in node_ids:  # a mandate for a whole type: no node to point at
                fields[part.target] = target
                target = source
            graph.edges.append(GraphEdge(f"{part.part.value}:{number}", source, target, fields))
    return graph
