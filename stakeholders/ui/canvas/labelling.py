"""Placing every label of a scene at once: readable size, by importance, never on top of another.

The level of detail depends on the size of the text on screen, not on a
fixed zoom: a name is drawn at least ``min_px`` pixels high (the Beeld >
Tekstgrootte setting); when the view is zoomed out that far, the name grows
beyond the room the layout kept for it. Then names compete for room, and
:func:`~stakeholders.ui.canvas.declutter.place_labels` decides in order of
importance: selected items, tables (most seats first), parties (most lines
first), then the labels of lines. A name that finds no free spot next to
its node stays hidden until the user zooms in or points at the node.

An export scene (``full_detail``) shows every label at its own place and
size, as the page was laid out.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from stakeholders import settings
from stakeholders.ui.canvas import style as S
from stakeholders.ui.canvas.declutter import Box, LabelRequest, place_labels
from stakeholders.ui.canvas.items import (
    EdgeItem,
    MandateEdge,
    NodeItem,
    ParentEdge,
    SeatEdge,
    TableItem,
)
from stakeholders.ui.canvas.label_item import LabelItem

#: Where along its line a line's label may sit, best first.
_ALONG = (0.5, 0.38, 0.62, 0.27, 0.73)
_EDGE_ORDER = {MandateEdge: 0, ParentEdge: 1, SeatEdge: 2}


def _box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


class LabelPlacer:
    """Shows, sizes and places the labels of one :class:`MapScene`."""

    def __init__(self, scene) -> None:
        self.scene = scene
        #: Smallest size of a name on screen, pixels (Beeld > Tekstgrootte).
        self.min_px = float(settings.LABEL_SIZE.default)
        #: Whether mandate lines show their "namens (…)" label.
        self.mandate_labels = True
        #: Labels drawn this many times their size whatever the zoom (a printed page).
        self.factor = 1.0
        self._preferred: dict[int, tuple[QPointF, object, float]] = {}

    # -- importance ----------------------------------------------------------------------
    def _node_order(self, nodes: list[NodeItem]) -> list[NodeItem]:
        def key(node: NodeItem):
            return (not node.isSelected(), not isinstance(node, TableItem), -len(node.edges),
                    getattr(node, "name", ""), node.uid)

        return sorted(nodes, key=key)

    def _edge_order(self, edges: list[EdgeItem]) -> list[EdgeItem]:
        return sorted(edges, key=lambda e: (not e.isSelected(), _EDGE_ORDER.get(type(e), 3),
                                            e.uid))

    def _min_px(self, label: LabelItem, owner: QGraphicsItem) -> float:
        if isinstance(owner, EdgeItem):
            return max(6.0, self.min_px - S.EDGE_LABEL_SMALLER)
        if isinstance(owner, TableItem):
            return self.min_px * label.font_px / S.FONT_PX
        return self.min_px

    # -- the pass --------------------------------------------------------------------------
    def run(self, zoom: float | None) -> None:
        """Place every label for the view's ``zoom`` (``None``: every label at its own size)."""
        scene = self.scene
        full = zoom is None or scene.full_detail
        zoom = zoom or 1.0
        obstacles: list[NodeItem] = [*scene.nodes.values(), *scene.type_targets.values()]
        index = {id(node): k for k, node in enumerate(obstacles)}
        shapes = [_box(node.obstacle()) for node in obstacles]
        labels: list[LabelItem] = []
        requests: list[LabelRequest] = []
        placements: list[list[tuple[QPointF, QPointF, object]]] = []
        scales: list[float] = []
        nodes = [n for n in scene.nodes.values() if n.label is not None]
        for node in self._node_order(nodes):
            label = node.label
            if label.is_empty():
                label.setVisible(False)
                continue
            scale = self._scale(label, node, zoom, full)
            anchor = node.scenePos()
            slots = node.label_slots(scale, scale > self.factor + 1e-9)
            self._add(labels, requests, placements, scales, label, scale, anchor, slots,
                      frozenset({index[id(node)]}))
        edges = [*scene.edges.values(), *scene.parent_edges.values()]
        for edge in self._edge_order(edges):
            label = edge.text_label
            if label.is_empty() or (isinstance(edge, MandateEdge) and not self.mandate_labels):
                self._hide(label)
                continue
            scale = self._scale(label, edge, zoom, full)
            if scale > self.factor * S.EDGE_LABEL_MAX_GROWTH:
                self._hide(label)
                continue
            w, h = (v * scale for v in label.text_size())
            slots = [(edge.point_at(a), QPointF(-w / 2, -h / 2), a) for a in _ALONG]
            self._add_edge(labels, requests, placements, scales, label, scale, slots)
        if full:  # a page: every label where the page's layout kept room for it
            chosen = [0] * len(requests)
        else:
            chosen = place_labels(requests, shapes, gap=S.LABEL_GAP_PX / zoom)
        self._apply(labels, placements, scales, chosen)

    def _scale(self, label: LabelItem, owner: QGraphicsItem, zoom: float, full: bool) -> float:
        if full:
            return self.factor
        return max(self.factor, self._min_px(label, owner) / (label.font_px * zoom))

    @staticmethod
    def _candidate(anchor: QPointF, offset: QPointF, w: float, h: float) -> Box:
        left, top = anchor.x() + offset.x(), anchor.y() + offset.y()
        return (left, top, left + w, top + h)

    def _add(self, labels, requests, placements, scales, label: LabelItem, scale: float,
             anchor: QPointF, slots, owners: frozenset[int]) -> None:
        w, h = (v * scale for v in label.text_size())
        labels.append(label)
        scales.append(scale)
        placements.append([(anchor, offset, (align, leader)) for offset, align, leader in slots])
        requests.append(LabelRequest([self._candidate(anchor, o, w, h) for o, _a, _l in slots],
                                     owners))

    def _add_edge(self, labels, requests, placements, scales, label: LabelItem, scale: float,
                  slots) -> None:
        w, h = (v * scale for v in label.text_size())
        labels.append(label)
        scales.append(scale)
        placements.append([(point, offset, along) for point, offset, along in slots])
        requests.append(LabelRequest([self._candidate(p, o, w, h) for p, o, _a in slots]))

    def _apply(self, labels: list[LabelItem], placements, scales: list[float],
               chosen: list[int]) -> None:
        self._preferred.clear()
        for label, options, scale, pick in zip(labels, placements, scales, chosen, strict=True):
            anchor, offset, extra = options[max(pick, 0)]
            first_anchor, first_offset, first_extra = options[0]
            self._preferred[id(label)] = (first_anchor, first_offset, first_extra, scale)
            if pick < 0:
                self._hide(label)
                continue
            label.placed = True
            if isinstance(extra, float):  # a line's label: a fraction along the line
                label.along = extra
                label.place(anchor, offset, scale)
            else:
                align, leader = extra
                label.place(anchor, offset, scale, align)
                label.set_leader(self._leader_radius(label.owner) if leader else None)
            label.setVisible(True)
            owner = label.owner
            if isinstance(owner, NodeItem):
                owner.label_moved()

    @staticmethod
    def _leader_radius(owner: NodeItem) -> float:
        """How far from the node's centre a leader line stops (its shape's edge)."""
        rect = owner.obstacle()
        return min(rect.width(), rect.height()) / 2

    def _hide(self, label: LabelItem) -> None:
        label.placed = False
        if label.isVisible() and not label.hovered:
            label.setVisible(False)
            owner = label.owner
            if isinstance(owner, NodeItem):
                owner.label_moved()

    # -- pointing at a node -----------------------------------------------------------------
    def hover(self, label: LabelItem, on: bool) -> None:
        """Show ``label`` on top while the mouse is over its node; back to the placement after."""
        label.hovered = on
        if on:
            label.setZValue(S.Z_LABEL_HOVER)
            if not label.isVisible() and id(label) in self._preferred:
                _anchor, offset, (align, _leader), scale = self._preferred[id(label)]
                label.place(label.owner.scenePos(), offset, scale, align)
                label.set_leader(None)
                label.setVisible(True)
        else:
            label.setZValue(S.Z_LABEL)
            if not label.placed:
                label.setVisible(False)
