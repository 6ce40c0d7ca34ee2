"""Build a map from a :class:`~stakeholders.io.mapgraph.MapGraph`, through the importer.

The nodes and edges become the rows of the interchange sheets and go through
:func:`~stakeholders.io.importer.import_workbook`, the validation a spreadsheet gets, so
a bad value gets the same message; its place is the node or edge and its attribute
(``knoop 'P1', attribuut type: …``) instead of sheet, row and column.

Nodes and edges without ``onderdeel`` come from another program (Gephi, yEd, Kumu,
networkx); :mod:`stakeholders.io.graphforeign` turns them into parties and relations.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from stakeholders.i18n import translator
from stakeholders.io.graphforeign import Foreign
from stakeholders.io.importer import ImportResult, import_workbook
from stakeholders.io.mapgraph import (
    KEUZES,
    ONDERDEEL,
    PART_SPECS,
    GraphEdge,
    GraphNode,
    MapGraph,
    Part,
    PartSpec,
    attribute_key,
    part_spec,
)
from stakeholders.io.problems import MapLoadError, Problem
from stakeholders.io.workbook import RawSheet, RawWorkbook
from stakeholders.model import schema
from stakeholders.model.regionmap import KnownRules
from stakeholders.model.schema import Column

log = logging.getLogger(__name__)

_t = translator("graphread")


@dataclass(frozen=True)
class Dialect:
    """How a format names what the map holds: the label, the endpoints, the fields."""

    style: str  #: the :class:`Problem` style of its places: ``graph`` or ``kumu``
    node_place: Callable[[str], str]  #: "knoop 'P1'"
    edge_place: Callable[[str, str, str], str]  #: "verbinding 'e1' (P1 → T1)"
    label: str = "label"
    source: str = "source"
    target: str = "target"
    #: column name -> the key the format uses for it (Kumu: notities -> description)
    renames: Mapping[str, str] = field(default_factory=dict)
    #: the key that holds each part's type column (Kumu's ``type``), if any
    type_key: str = ""

    def key(self, part: PartSpec, column: Column) -> str:
        """The key of ``column`` of ``part`` in the file."""
        if self.type_key and column is part.type_column:
            return self.type_key
        return self.renames.get(column.name, column.name)


GRAPH = Dialect(
    "graph",
    node_place=lambda node: _t("knoop '{id}'").format(id=node),
    edge_place=lambda edge, a, b: _t("verbinding '{id}' ({van} → {naar})").format(
        id=edge, van=a, naar=b),
)


class _Sheet:
    """The rows of one sheet being built, and the place in the file of each row."""

    def __init__(self, part: PartSpec) -> None:
        self.part = part
        layout = schema.LAYOUT_COLUMNS if part.spec.layout else ()
        self.columns = part.spec.columns + layout
        self.rows: list[list[Any]] = [[c.name for c in self.columns]]
        self.places: list[str] = []

    def add(self, cells: dict[str, Any], place: str) -> None:
        self.rows.append([cells.get(c.name) for c in self.columns])
        self.places.append(place)


def _cell(column: Column, value: Any) -> Any:
    """An attribute value as the raw cell the importer reads."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if column.kind.is_list and isinstance(value, str):
        return value.replace("|", ",")  # Kumu separates the values of a list with |
    return value


class GraphImport:
    """One import of a graph: the sheets, the places of their rows, the warnings."""

    def __init__(self, graph: MapGraph, dialect: Dialect) -> None:
        self.graph = graph
        self.dialect = dialect
        self.sheets = {p.part: _Sheet(p) for p in PART_SPECS.values()}
        self.kaart: list[list[Any]] = []
        self.choices: list[dict[str, Any]] = []
        self.kaart_place = ""
        self.warnings: list[Problem] = []
        self.foreign = Foreign(dialect, self.warnings)
        self._columns: dict[Part, tuple[tuple[Column, tuple[str, ...]], ...]] = {}
        # onderdeel is read already, the map's node has no id; a format's type key is a
        # part's type column or, for a part without one (seat, mandate), the part again
        self._read_already = frozenset(
            attribute_key(k) for k in ("id", ONDERDEEL, KEUZES, dialect.type_key) if k)

    # -- nodes ------------------------------------------------------------------------------
    def build(self) -> RawWorkbook:
        """The graph as the seven raw sheets of the interchange format."""
        own = {id(n): spec for n in self.graph.nodes
               if (spec := part_spec(n.fields.get(ONDERDEEL))) and not spec.is_edge}
        is_own_file = bool(own) or any(part_spec(e.fields.get(ONDERDEEL)) for e in self.graph.edges)
        self.foreign.reserve(str(n.fields.get("id") or n.id) for n in self.graph.nodes
                             if id(n) in own and own[id(n)].part is not Part.KAART)
        for node in self.graph.nodes:
            if id(node) in own:
                self._own_node(node, own[id(node)])
            else:
                cells = self.foreign.node(node, self.dialect.node_place(node.id), is_own_file)
                self.sheets[Part.PARTIJ].add(cells, self.dialect.node_place(node.id))
        for edge in self.graph.edges:
            self._edge(edge, is_own_file)
        self.foreign.summarise(is_own_file)
        return self._workbook()

    def _own_node(self, node: GraphNode, part: PartSpec) -> None:
        place = self.dialect.node_place(node.id)
        cells = self._fields(part, node.fields, place)
        label = part.label_column
        assert label is not None
        cells[label.name] = node.label
        if part.part is Part.KAART:
            self._map_node(node, cells, place)
            return
        cells["id"] = self.foreign.own_id(node.id, cells.get("id"))
        if node.pos is not None:
            cells[schema.X.name], cells[schema.Y.name] = node.pos
        self.sheets[part.part].add(cells, place)

    def _map_node(self, node: GraphNode, cells: dict[str, Any], place: str) -> None:
        if self.kaart_place:
            self.warnings.append(Problem("W-GRAPH-MAP-TWICE", _t(
                "een tweede knoop met onderdeel 'kaart' wordt genegeerd"), place,
                style=self.dialect.style))
            return
        self.kaart_place = place
        self.kaart = [[name, value] for name, value in cells.items() if value is not None]
        text = node.fields.get(KEUZES)
        if text in (None, ""):
            return
        try:
            records = json.loads(text) if isinstance(text, str) else text
            if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                raise ValueError(records)
        except ValueError as exc:
            raise MapLoadError([Problem("E-GRAPH-KEUZES", _t(
                "'keuzes' is geen lijst van keuzes zoals stakeholders die schrijft"), place,
                column=KEUZES, style=self.dialect.style)]) from exc
        self.choices = records

    def _candidates(self, part: PartSpec) -> tuple[tuple[Column, tuple[str, ...]], ...]:
        """The columns of ``part`` read from attributes, each with the normalised keys
        that name it (the format's key first); worked out once per part."""
        if part.part not in self._columns:
            columns = part.attribute_columns() + (
                (schema.PINNED,) if part.spec.layout else ())
            if part.is_edge:  # a mandate for a whole type names it in its target attribute
                columns += tuple(c for c in part.spec.columns if c.name == part.target)
            self._columns[part.part] = tuple(
                (c, (attribute_key(self.dialect.key(part, c)), *c.keys)) for c in columns)
        return self._columns[part.part]

    def _fields(self, part: PartSpec, fields: Mapping[str, Any], place: str) -> dict[str, Any]:
        """The cells of ``part``'s columns from the item's attributes; an attribute the
        part does not have is reported once per name."""
        by_key = {attribute_key(k): k for k in fields}
        used = set(self._read_already)
        cells: dict[str, Any] = {}
        for column, keys in self._candidates(part):
            for key in keys:
                if key in by_key:
                    cells[column.name] = _cell(column, fields[by_key[key]])
                    used.add(key)
                    break
        for key, name in by_key.items():
            if key not in used:
                self.foreign.ignore(name, part.is_edge)
        return cells

    # -- edges ------------------------------------------------------------------------------
    def _edge(self, edge: GraphEdge, is_own_file: bool) -> None:
        part = part_spec(edge.fields.get(ONDERDEEL))
        place = self.dialect.edge_place(edge.id, edge.source, edge.target)
        if part is None or not part.is_edge:
            cells = self.foreign.edge(edge, place, is_own_file)
            if cells is not None:
                self.sheets[Part.RELATIE].add(cells, place)
            return
        cells = self._fields(part, edge.fields, place)
        cells[part.source] = self.foreign.node_id(edge.source)
        if cells.get(part.target) in (None, ""):  # a mandate for a type keeps its namens
            cells[part.target] = self.foreign.node_id(edge.target)
        self.sheets[part.part].add(cells, place)

    # -- the workbook and the places of its problems ----------------------------------------
    def _workbook(self) -> RawWorkbook:
        kaart = schema.KAART.name
        sheets = [RawSheet(kaart, kaart, self.kaart)]
        for part in (Part.PARTIJ, Part.TAFEL, Part.ZETEL, Part.MANDAAT, Part.RELATIE):
            name = PART_SPECS[part].spec.name
            sheets.append(RawSheet(name, name, self.sheets[part].rows))
        keuzes = [c.name for c in schema.KEUZES.columns]
        rows: list[list[Any]] = [keuzes]
        rows += ([record.get(c) for c in keuzes] for record in self.choices)
        sheets.append(RawSheet(schema.KEUZES.name, schema.KEUZES.name, rows))
        return RawWorkbook(sheets, kind="graph")

    def relocate(self, problems: list[Problem]) -> list[Problem]:
        """The importer's problems with the node or edge and attribute as their place."""
        return [self._relocated(p) for p in problems]

    def _relocated(self, problem: Problem) -> Problem:
        place, column = self._place(problem)
        if place is None:
            return problem
        return Problem(problem.code, problem.message, place, problem.row, column, problem.value,
                       sheet_rank=problem.sheet_rank, column_rank=problem.column_rank,
                       style=self.dialect.style)

    def _place(self, problem: Problem) -> tuple[str | None, str]:
        if problem.sheet == schema.KAART.name:
            return self.kaart_place or self.dialect.node_place(Part.KAART.value), problem.column
        if problem.sheet == schema.KEUZES.name:
            number = (problem.row or 2) - 1
            return _t("{plaats}, keuze {nr}").format(
                plaats=self.kaart_place or self.dialect.node_place(Part.KAART.value),
                nr=number), problem.column
        for sheet in self.sheets.values():
            if sheet.part.spec.name == problem.sheet and problem.row is not None:
                index = problem.row - 2
                if 0 <= index < len(sheet.places):
                    return sheet.places[index], self._column(sheet.part, problem.column)
        return None, problem.column

    def _column(self, part: PartSpec, column: str) -> str:
        """The name the file gives to ``column``: the label, an endpoint or the attribute."""
        label = part.label_column
        if column == "id":
            return "id"
        if label is not None and column == label.name:
            return self.dialect.label
        if column == part.source:
            return self.dialect.source
        if column == part.target:
            return self.dialect.target
        found = next((c for c in part.spec.columns if c.name == column), None)
        return self.dialect.key(part, found) if found is not None else column


def read_graph(graph: MapGraph, *, dialect: Dialect, known_rules: KnownRules,
               fallback_name: str, today: date | None = None) -> ImportResult:
    """Validate the graph and build the map; raise :class:`MapLoadError` with every error,
    each at its node or edge."""
    run = GraphImport(graph, dialect)
    workbook = run.build()
    try:
        result = import_workbook(workbook, known_rules=known_rules(()),
                                 fallback_name=fallback_name, today=today, style="json",
                                 layout=True)
    except MapLoadError as exc:
        raise MapLoadError(run.relocate(exc.problems) + run.warnings) from exc
    result.warnings = run.relocate(result.warnings) + run.warnings
    log.info("graph imported: %s", result.map.counts())
    return result

