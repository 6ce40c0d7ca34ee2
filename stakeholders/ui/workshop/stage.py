"""Show one step of the story on the canvas: the items of the step, nothing else.

Only visibility changes (display only): the map, the selection and the undo stack
stay as they are. ``show_step(scene, None)`` shows everything again.
"""

from __future__ import annotations

from stakeholders.ui.canvas.items import MandateEdge, TypeTargetItem
from stakeholders.ui.canvas.scene import MapScene
from stakeholders.ui.workshop.reveal import RevealStep


def show_step(scene: MapScene, step: RevealStep | None) -> None:
    """Show the nodes and lines of ``step`` (``None``: all of them)."""
    for uid, node in scene.nodes.items():
        node.setVisible(step is None or uid in step.nodes)
    for key, edge in scene.edges.items():
        if step is None:
            edge.setVisible(True)
            continue
        members = scene.group_members.get(key, ()) if isinstance(edge, MandateEdge) else (key,)
        ends = [e for e in (edge.source, edge.target) if not isinstance(e, TypeTargetItem)]
        edge.setVisible(any(u in step.lines for u in members)
                        and all(e.uid in step.nodes for e in ends))
    for target in scene.type_targets.values():
        target.setVisible(step is None or any(e.isVisible() for e in target.edges))
    for edge in scene.parent_edges.values():
        edge.setVisible(step is None or (edge.source.uid in step.nodes
                                         and edge.target.uid in step.nodes))
    scene.relabel()
