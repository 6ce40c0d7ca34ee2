"""GEXF for Gephi (``.gexf``, version 1.2).

Written by networkx's GEXF writer: the nodes and edges of
:mod:`stakeholders.io.mapgraph` with their fields as typed GEXF attributes, the name as
the node's ``label`` and the place as ``viz:position`` (Gephi's y runs upwards, the app's
downwards, so y changes sign). networkx adds a ``networkx_key`` attribute to the edges
of a graph with parallel edges; it is taken out again, as the edge id says the same.

Read with networkx after :mod:`stakeholders.io.safexml` has parsed the file (no entities,
a size limit); Gephi's colours, sizes and time intervals are drawing, not data.
"""

from __future__ import annotations

import io
import logging
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import networkx as nx
from networkx.readwrite.gexf import GEXFReader, GEXFWriter

from stakeholders.i18n import translator
from stakeholders.io.graphxml import (
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
from stakeholders.io.mapgraph import GraphNode, MapGraph
from stakeholders.io.safexml import read_xml, refuse
from stakeholders.model.regionmap import KnownRules, RegionMap

log = logging.getLogger(__name__)

SUFFIX = ".gexf"
VERSION = "1.2draft"
#: Node data networkx makes of GEXF's own elements (label, drawing, hierarchy, time).
_NODE_OWN = frozenset({"label", "viz", "pid", "parents", "start", "end", "spells", "slices"})
#: Edge data networkx makes of GEXF's own attributes (the label stays: it may name a kind).
_EDGE_OWN = frozenset({"id", "weight", "start", "end", "spells", "slices"})

_t = translator("gexf")


# -- writing -------------------------------------------------------------------------------
def _viz(node: GraphNode) -> dict[str, Any]:
    extra: dict[str, Any] = {"label": node.label}
    if node.pos is not None:
        extra["viz"] = {"position": {"x": float(node.pos[0]), "y": -float(node.pos[1]),
                                     "z": 0.0}}
    return extra


def _drop_networkx_key(root: Element) -> None:
    """Remove the ``networkx_key`` edge attribute (the edge id says the same). The writer's
    tree names its elements without a namespace (it sets ``xmlns`` as an attribute)."""
    for attributes in root.iter("attributes"):
        for attribute in list(attributes):
            if attribute.get("title") == "networkx_key":
                attributes.remove(attribute)
                key = attribute.get("id")
                for values in root.iter("attvalues"):
                    for value in [v for v in values if v.get("for") == key]:
                        values.remove(value)


def _write(graph: MapGraph, buffer: io.BytesIO) -> None:
    networkx_graph = to_networkx(graph, _viz, lambda edge: {"id": edge.id})
    writer = GEXFWriter(graph=networkx_graph, encoding="utf-8", prettyprint=True,
                        version=VERSION)
    _drop_networkx_key(writer.xml)
    keep_edge_order(writer.xml.find("graph/edges"), graph)
    writer.write(buffer)


def write_gexf(region: RegionMap, path: Path) -> None:
    """Write the map as GEXF (atomically)."""
    save_graph(region, path, _write)
    log.info("wrote GEXF %s", path)


# -- reading -------------------------------------------------------------------------------
class _Reader(GEXFReader):  # type: ignore[misc]
    """networkx's reader on a tree :mod:`~stakeholders.io.safexml` already parsed."""

    def graph(self, root: Element) -> nx.Graph | None:
        self.xml = root
        for version in self.versions:
            self.set_version(version)
            if root.tag == f"{{{self.NS_GEXF}}}gexf":
                element = root.find(f"{{{self.NS_GEXF}}}graph")
                return None if element is None else self.make_graph(element)
        return None


def _node_data(node_id: str, data: dict[str, Any]
               ) -> tuple[str, tuple[float, float] | None, dict[str, Any]]:
    position = (data.get("viz") or {}).get("position") or {}
    x, y = number(position.get("x")), number(position.get("y"))
    pos = (x, -y) if x is not None and y is not None else None
    return str(data.get("label") or ""), pos, {k: v for k, v in data.items()
                                               if k not in _NODE_OWN}


def read_gexf(path: Path, *, known_rules: KnownRules, today: date | None = None
              ) -> ImportResult:
    """Read a GEXF file (ours, Gephi's, networkx's) into a validated map."""
    path = Path(path)
    root = read_xml(path)
    try:
        graph = _Reader(version=VERSION).graph(root)
    except Exception as exc:  # networkx raises many kinds on a malformed file
        log.info("GEXF not read: %r", exc)
        raise unreadable_graph(path, "GEXF", exc) from exc
    if graph is None:
        raise refuse("E-GRAPH-INVALID", _t(
            "{bestand} is geen GEXF-bestand (geen <gexf> met een <graph>)").format(
                bestand=path.name), path)
    return import_graph(from_networkx(graph, _node_data, _EDGE_OWN, edge_order(root)), path,
                        known_rules=known_rules, today=today)
