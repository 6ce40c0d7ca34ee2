"""Bend the scene's lines around the nodes they don't belong to (Qt side of layout.routing)."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from stakeholders.layout.routing import route_edges


def route_scene(scene) -> None:
    """Route every line of ``scene`` around the footprints (shape and name) of other nodes."""
    nodes = [*scene.nodes.values(), *scene.type_targets.values()]
    index = {id(node): k for k, node in enumerate(nodes)}
    boxes = []
    centres = []
    for node in nodes:
        rect = node.footprint()
        boxes.append((rect.left(), rect.top(), rect.right(), rect.bottom()))
        centre = node.scenePos()
        centres.append((centre.x(), centre.y()))
    edges = [e for e in [*scene.edges.values(), *scene.parent_edges.values()]
             if id(e.source) in index and id(e.target) in index]
    pairs = [(index[id(e.source)], index[id(e.target)]) for e in edges]
    for edge, points in zip(edges, route_edges(boxes, centres, pairs), strict=True):
        edge.set_waypoints([QPointF(x, y) for x, y in points[1:-1]])
