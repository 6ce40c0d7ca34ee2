"""What the two XML graph formats share: to and from networkx, limits, saving.

:mod:`stakeholders.io.graphml` and :mod:`stakeholders.io.gexf` let networkx read and
write the format itself; this module turns a :class:`~stakeholders.io.mapgraph.MapGraph`
into a networkx graph and back, checks that every text fits in XML before anything is
written, writes atomically, and turns any failure of a foreign file into one Dutch
message.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import networkx as nx

from stakeholders.i18n import translator
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.io.graphread import GRAPH, read_graph
from stakeholders.io.importer import ImportResult
from stakeholders.io.mapgraph import GraphEdge, GraphNode, MapGraph, to_graph
from stakeholders.io.problems import MapLoadError, MapSaveError, Problem
from stakeholders.io.safexml import refuse
from stakeholders.model.regionmap import KnownRules, RegionMap

#: The most nodes and edges a graph file may have (a region has hundreds, not thousands).
MAX_NODES = 20_000
MAX_EDGES = 100_000

#: Characters XML 1.0 cannot hold (control characters other than tab and newlines).
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

_t = translator("graphxml")

#: Turns a node's networkx data into (label, position, attributes); see :func:`from_networkx`.
NodeData = Callable[[str, dict[str, Any]], tuple[str, tuple[float, float] | None, dict[str, Any]]]


def attribute_value(value: Any) -> Any:
    """A field value as networkx writes it: lists as ``a, b``; text, numbers, ja/nee kept."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


def to_networkx(graph: MapGraph, node_extra: Callable[[GraphNode], dict[str, Any]],
                edge_extra: Callable[[GraphEdge], dict[str, Any]] = lambda edge: {}
                ) -> nx.MultiDiGraph:
    """The graph for networkx's writers; ``node_extra`` and ``edge_extra`` add the
    format's own data (a node's label and position, an edge's id)."""
    result = nx.MultiDiGraph()
    for node in graph.nodes:
        fields = {k: attribute_value(v) for k, v in node.fields.items()}
        result.add_node(node.id, **node_extra(node), **fields)
    for edge in graph.edges:
        fields = {k: attribute_value(v) for k, v in edge.fields.items()}
        result.add_edge(edge.source, edge.target, key=edge.id, **edge_extra(edge), **fields)
    return result


def _texts(graph: MapGraph) -> Iterator[tuple[str, str, Any]]:
    for node in graph.nodes:
        yield _t("knoop '{id}'").format(id=node.id), "label", node.label
        for name, value in node.fields.items():
            yield _t("knoop '{id}'").format(id=node.id), name, value
    for edge in graph.edges:
        for name, value in edge.fields.items():
            yield _t("verbinding '{id}'").format(id=edge.id), name, value


def check_xml_text(graph: MapGraph) -> None:
    """Raise :class:`MapSaveError` naming the first text XML cannot hold."""
    for place, name, value in _texts(graph):
        values = value if isinstance(value, (list, tuple)) else (value,)
        if any(isinstance(v, str) and _NOT_IN_XML.search(v) for v in values):
            raise MapSaveError(_t(
                "{plaats}, {naam}: bevat een stuurteken dat niet in een XML-bestand past; "
                "verwijder het of sla op als .regiokaart").format(plaats=place, naam=name))


def keep_edge_order(parent: Element | None, graph: MapGraph) -> None:
    """Put the edge elements under ``parent`` back in the order of the map's rows
    (networkx writes the edges of one node together)."""
    if parent is None:
        return
    order = {edge.id: n for n, edge in enumerate(graph.edges)}
    edges = [e for e in parent if e.tag == "edge"]
    for element in edges:
        parent.remove(element)
    parent.extend(sorted(edges, key=lambda e: order.get(e.get("id", ""), len(order))))


def save_graph(region: RegionMap, path: Path, write: Callable[[MapGraph, io.BytesIO], None]
               ) -> None:
    """Write the map with ``write`` (the format's writer) atomically."""
    graph = to_graph(region)
    check_xml_text(graph)
    buffer = io.BytesIO()
    write(graph, buffer)
    write_bytes_atomic(Path(path), buffer.getvalue())


def edge_order(root: Element) -> dict[str, int]:
    """The position of every edge id in the file: networkx lists the edges of a node
    together, but the order of the rows is the order of the file."""
    edges = (e for e in root.iter() if isinstance(e.tag, str) and e.tag.endswith("}edge"))
    return {edge_id: n for n, e in enumerate(edges) if (edge_id := e.get("id"))}


def from_networkx(graph: nx.Graph, node_data: NodeData, edge_drop: frozenset[str],
                  order: dict[str, int]) -> MapGraph:
    """The :class:`MapGraph` of a graph networkx read: ``node_data`` takes the format's
    label and position out of a node's data; ``edge_drop`` are the format's own edge
    keys; ``order`` the file order of the edges (:func:`edge_order`). Empty values are
    left out."""
    result = MapGraph()
    for node_id, data in graph.nodes(data=True):
        label, pos, fields = node_data(str(node_id), dict(data))
        result.nodes.append(GraphNode(str(node_id), label, _filled(fields), pos))
    edges = (graph.edges(keys=True, data=True) if graph.is_multigraph()
             else ((u, v, d.get("id", ""), d) for u, v, d in graph.edges(data=True)))
    seen: set[tuple[frozenset[str], str]] = set()
    for number, (source, target, key, data) in enumerate(edges, start=1):
        edge_id = str(key) if key not in (None, "") else f"e{number}"
        pair = (frozenset((str(source), str(target))), edge_id)
        if pair in seen:  # a GEXF edge of type "mutual" comes back in both directions
            continue
        seen.add(pair)
        fields = {k: v for k, v in data.items() if k not in edge_drop}
        result.edges.append(GraphEdge(edge_id, str(source), str(target), _filled(fields),
                                      directed=graph.is_directed()))
    result.edges.sort(key=lambda e: order.get(e.id, len(order)))
    return result


def _filled(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None and v != ""}


def import_graph(graph: MapGraph, path: Path, *, known_rules: KnownRules,
                 today: date | None) -> ImportResult:
    """Check the size of the graph, then build the map (:func:`read_graph`)."""
    if len(graph.nodes) > MAX_NODES or len(graph.edges) > MAX_EDGES:
        raise refuse("E-GRAPH-TOO-LARGE", _t(
            "{bestand} heeft {knopen} knopen en {verbindingen} verbindingen; stakeholders "
            "leest er hoogstens {max_knopen} en {max_verbindingen}").format(
                bestand=path.name, knopen=_dutch(len(graph.nodes)),
                verbindingen=_dutch(len(graph.edges)), max_knopen=_dutch(MAX_NODES),
                max_verbindingen=_dutch(MAX_EDGES)), path)
    return read_graph(graph, dialect=GRAPH, known_rules=known_rules,
                      fallback_name=path.name.split(".")[0], today=today)


def _dutch(count: int) -> str:
    """A count as Dutch writes it: ``100.000``."""
    return f"{count:,}".replace(",", ".")


def unreadable_graph(path: Path, what: str, exc: BaseException) -> MapLoadError:
    """The error for a file the format's reader could not make sense of."""
    reason = str(exc) or type(exc).__name__
    return MapLoadError([Problem("E-GRAPH-INVALID", _t(
        "{bestand} kan niet worden gelezen als {formaat} ({reden})").format(
            bestand=path.name, formaat=what, reden=reason))], str(path))


def number(value: Any) -> float | None:
    """A coordinate read from a file, or ``None`` when it is no finite number."""
    try:
        result = float(value)
    except (TypeError, ValueError):
        return None
    return result if result == result and abs(result) != float("inf") else None
