"""Bend the scene's lines around the nodes they don't belong to (Qt side of layout.routing).

After a layout or a change of lines every line is routed. After a few nodes
moved (a drag), only the lines that can have changed are: those of the moved
nodes, those that now run through a moved node, and bent lines whose
straight course ran through a moved node's old place.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF

from stakeholders.layout.routing import CLEARANCE, Box, route_edges, segment_hits_box

#: Above this many moved nodes all lines are routed (checking each line costs as much).
INCREMENTAL_LIMIT = 25


def _box(rect: QRectF, grow: float = 0.0) -> Box:
    return (rect.left() - grow, rect.top() - grow, rect.right() + grow, rect.bottom() + grow)


def route_scene(scene, moved: dict | None = None, lines: set[str] | None = None) -> None:
    """Route the lines of ``scene`` around the footprints (shape and name) of other nodes.

    ``moved``: nodes that moved since the last routing, with their boxes before the move
    (``None``: route every line); ``lines``: uids of new lines, routed with those a move
    changed.
    """
    nodes = [*scene.nodes.values(), *scene.type_targets.values()]
    index = {id(node): k for k, node in enumerate(nodes)}
    boxes = [_box(node.footprint()) for node in nodes]
    centres = [(p.x(), p.y()) for p in (node.scenePos() for node in nodes)]
    edges = [e for e in [*scene.edges.values(), *scene.parent_edges.values()]
             if id(e.source) in index and id(e.target) in index]
    if moved is not None and len(moved) <= INCREMENTAL_LIMIT:
        chosen = _affected(edges, moved) if moved else []
        if lines:
            chosen += [e for e in edges if e.uid in lines and e not in chosen]
        edges = chosen
    pairs = [(index[id(e.source)], index[id(e.target)]) for e in edges]
    for edge, points in zip(edges, route_edges(boxes, centres, pairs), strict=True):
        edge.set_waypoints([QPointF(x, y) for x, y in points[1:-1]])


def _centre(node) -> tuple[float, float]:
    point = node.scenePos()
    return point.x(), point.y()


def _affected(edges: list, moved: dict) -> list:
    """The lines a move of ``moved`` (node -> box before the move) can have changed."""
    movers = set(moved)
    for node in list(movers):
        movers.update(child for child in node.childItems() if hasattr(child, "edges"))
    now = [_box(node.footprint(), CLEARANCE) for node in movers]
    before = [_box(rect, CLEARANCE) for rect in moved.values()]
    affected = []
    for edge in edges:
        if edge.source in movers or edge.target in movers:
            affected.append(edge)
            continue
        points = [(p.x(), p.y()) for p in edge.points()]
        if any(segment_hits_box(a, b, box) is not None
               for box in now for a, b in itertools.pairwise(points)):
            affected.append(edge)  # now runs through a moved node
        elif len(points) > 2:
            # Bent, maybe because a moved node was in its way: straight from centre to centre
            # it would run through the old place.
            ends = (_centre(edge.source), _centre(edge.target))
            if any(segment_hits_box(*ends, box) is not None for box in before):
                affected.append(edge)
    return affected
