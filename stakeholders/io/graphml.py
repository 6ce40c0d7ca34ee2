"""GraphML for yEd, Gephi, Cytoscape and networkx (``.graphml``).

Written by networkx's GraphML writer: a directed graph whose nodes and edges carry the
attributes of :mod:`stakeholders.io.mapgraph` as typed GraphML keys, the name as ``label``
(Gephi's node label) and, for yEd, a ``y:ShapeNode`` per node with its name and its
place (``y:Geometry``: yEd keeps the top-left corner and the size, in screen coordinates,
y downwards like the app). Without that yEd would draw every node at the same spot.
The place is also written as Gephi's ``x`` and ``y`` attributes (y upwards), which
Gephi's GraphML import draws and which keep the exact value: when reading, yEd's box
wins unless it is where the app put it.

Read with networkx after :mod:`stakeholders.io.safexml` has parsed the file (no entities,
a size limit). A node's place comes from yEd's geometry, else from Gephi's ``x``/``y``
attributes (y upwards); Gephi's colour and size attributes are drawing, not data.
"""

from __future__ import annotations

import io
import logging
import warnings
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, SubElement

import networkx as nx
from networkx.readwrite.graphml import GraphMLReader, GraphMLWriter

from stakeholders.i18n import translator
from stakeholders.io.graphxml import (
    NodeData,
    edge_order,
    from_networkx,
    import_graph,
    keep_edge_order,
    number,
    save_graph,
    to_networkx,
    unreadable_graph,
)
from stakeholders.io.importer import ImportResult
from stakeholders.io.mapgraph import GraphNode, MapGraph, Part
from stakeholders.io.safexml import read_xml, refuse
from stakeholders.model.regionmap import KnownRules, RegionMap

log = logging.getLogger(__name__)

SUFFIX = ".graphml"
NS_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
NS_Y = "http://www.yworks.com/xml/graphml"
_YED_KEY = "yed-node"
#: Node data that is drawing, not data: Gephi's colour and size, networkx's yEd shape.
_DRAWING = frozenset({"label", "x", "y", "z", "r", "g", "b", "size", "shape_type"})
#: Edge data GraphML or networkx adds itself (the edge id, Gephi's weight).
_EDGE_OWN = frozenset({"id", "weight"})
#: How yEd draws a party, a table and the map's own node: shape, fill, outline.
_LOOK = {
    Part.PARTIJ.value: ("roundrectangle", "#DCE9F5", "#4A6D8C"),
    Part.TAFEL.value: ("hexagon", "#FBE3B5", "#9C6B12"),
    Part.KAART.value: ("rectangle", "#EEEEEE", "#777777"),
}
_HEIGHT = 32.0

_t = translator("graphml")


# -- writing -------------------------------------------------------------------------------
def _size(label: str) -> tuple[float, float]:
    """A box that holds the label at yEd's 12 pt Dialog (about 7 px a character)."""
    return max(60.0, 7.0 * len(label) + 24.0), _HEIGHT


def _shape_node(node: GraphNode) -> Element:
    """yEd's drawing of a node: its box at the node's place, its name inside."""
    shape, fill, outline = _LOOK.get(str(node.fields.get("onderdeel")), _LOOK["partij"])
    width, height = _size(node.label)
    data = Element("data", key=_YED_KEY)
    box = SubElement(data, "y:ShapeNode")
    geometry = SubElement(box, "y:Geometry", height=repr(height), width=repr(width))
    if node.pos is not None:  # without a place yEd puts the node at 0,0; reading keeps none
        geometry.set("x", repr(node.pos[0] - width / 2))
        geometry.set("y", repr(node.pos[1] - height / 2))
    SubElement(box, "y:Fill", color=fill, transparent="false")
    SubElement(box, "y:BorderStyle", color=outline, type="line", width="1.0")
    label = SubElement(box, "y:NodeLabel", alignment="center", autoSizePolicy="content",
                       fontFamily="Dialog", fontSize="12", fontStyle="plain",
                       modelName="internal", modelPosition="c", textColor="#000000",
                       visible="true")
    label.text = node.label
    SubElement(box, "y:Shape", type=shape)
    return data


def _node_extra(node: GraphNode) -> dict[str, Any]:
    """The label, and the place as Gephi's ``x`` and ``y`` (y upwards)."""
    extra: dict[str, Any] = {"label": node.label}
    if node.pos is not None:
        extra["x"], extra["y"] = float(node.pos[0]), -float(node.pos[1])
    return extra


def _write(graph: MapGraph, buffer: io.BytesIO) -> None:
    writer = GraphMLWriter(graph=to_networkx(graph, _node_extra), encoding="utf-8",
                           prettyprint=True)
    root = writer.xml
    root.set("xmlns:y", NS_Y)
    root.insert(0, Element("key", {"for": "node", "id": _YED_KEY,
                                   "yfiles.type": "nodegraphics"}))
    keep_edge_order(root.find("graph"), graph)
    nodes = {n.id: n for n in graph.nodes}
    for element in root.iter("node"):
        element.append(_shape_node(nodes[element.get("id", "")]))
    writer.dump(buffer)


def write_graphml(region: RegionMap, path: Path) -> None:
    """Write the map as GraphML (atomically)."""
    save_graph(region, path, _write)
    log.info("wrote GraphML %s", path)


# -- reading -------------------------------------------------------------------------------
class _Reader(GraphMLReader):  # type: ignore[misc]
    """networkx's reader on a tree :mod:`~stakeholders.io.safexml` already parsed."""

    def graphs(self, root: Element) -> list[nx.Graph]:
        self.xml = root
        keys, defaults = self.find_graphml_keys(root)
        return [self.make_graph(g, keys, defaults)
                for g in root.findall(f"{{{NS_GRAPHML}}}graph")]


def _yed_places(root: Element) -> dict[str, tuple[float, float]]:
    """The centre of every node yEd gave a geometry (top-left corner plus half the size)."""
    places: dict[str, tuple[float, float]] = {}
    for node in root.iter(f"{{{NS_GRAPHML}}}node"):
        geometry = next(node.iterfind(f"{{{NS_GRAPHML}}}data/*/{{{NS_Y}}}Geometry"), None)
        if geometry is None:
            continue
        x, y, width, height = (number(geometry.get(k))
                               for k in ("x", "y", "width", "height"))
        if None not in (x, y, width, height):
            places[node.get("id", "")] = (x + width / 2, y + height / 2)  # type: ignore[operator]
    return places


def _gephi_places(root: Element) -> dict[str, tuple[float, float]]:
    """The place in every node's ``x`` and ``y`` attributes (Gephi's, y upwards), read
    from the XML: networkx puts yEd's corner in the same names."""
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{{{NS_GRAPHML}}}key")
            if k.get("for") in ("node", "all") and k.get("attr.name") in ("x", "y")}
    places: dict[str, tuple[float, float]] = {}
    for node in root.iter(f"{{{NS_GRAPHML}}}node"):
        found = {keys[d.get("key")]: number(d.text)
                 for d in node.iterfind(f"{{{NS_GRAPHML}}}data") if d.get("key") in keys}
        x, y = found.get("x"), found.get("y")
        if x is not None and y is not None:
            places[node.get("id", "")] = (x, -y)
    return places


def _node_data(root: Element) -> NodeData:
    """The label, the place and the data attributes of a node. The place is yEd's box,
    unless it is where the app put it (then the exact place in Gephi's attributes)."""
    boxes, exact = _yed_places(root), _gephi_places(root)

    def node_data(node_id: str, data: dict[str, Any]
                  ) -> tuple[str, tuple[float, float] | None, dict[str, Any]]:
        label = str(data.get("label") or "")
        box, pos = boxes.get(node_id), exact.get(node_id)
        if box is not None and (pos is None or not _near(box, pos)):
            pos = box  # moved in yEd
        return label, pos, {k: v for k, v in data.items() if k not in _DRAWING}
    return node_data


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two places are the same up to yEd's rounding (a hundredth of a pixel)."""
    return abs(a[0] - b[0]) < 0.01 and abs(a[1] - b[1]) < 0.01


def read_graphml(path: Path, *, known_rules: KnownRules, today: date | None = None
                 ) -> ImportResult:
    """Read a GraphML file (ours, yEd's, Gephi's, networkx's) into a validated map."""
    path = Path(path)
    root = read_xml(path)
    if root.tag != f"{{{NS_GRAPHML}}}graphml":
        raise refuse("E-GRAPH-INVALID", _not_graphml(path), path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # networkx warns about ports and untyped keys
            graphs = _Reader().graphs(root)
    except Exception as exc:  # networkx raises many kinds on a malformed file
        log.info("GraphML not read: %r", exc)
        raise unreadable_graph(path, "GraphML", exc) from exc
    if not graphs:
        raise refuse("E-GRAPH-INVALID", _not_graphml(path), path)
    graph = from_networkx(graphs[0], _node_data(root), _EDGE_OWN,
                          edge_order(root))
    return import_graph(graph, path, known_rules=known_rules, today=today)


def _not_graphml(path: Path) -> str:
    return _t("{bestand} is geen GraphML-bestand (geen <graphml> met een <graph>)").format(
        bestand=path.name)
