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

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from stakeholders import settings
from stakeholders.look import style as S
from stakeholders.ui.canvas.declutter import Box, LabelRequest, place_labels
from stakeholders.ui.canvas.items import (
    EdgeItem,
    MandateEdge,
    NodeItem,
    ParentEdge,
    PartyItem,
    SeatEdge,
    TableItem,
)
from stakeholders.ui.canvas.label_item import LabelItem

_CENTRE_ALIGN = Qt.AlignmentFlag.AlignHCenter
#: Where along its line a line's label may sit, best first.
_ALONG = (0.5, 0.38, 0.62, 0.27, 0.73)
#: Up to this many names, every name should find a place: names may also sit farther from
#: their node (with a leader line) and a name in the way may move aside. A larger map shows
#: its names by importance, as many as fit.
EVERY_NAME_UP_TO = 300
#: Level of detail: zoomed out until a party's shape is smaller than this on screen (a
#: province or the country at fit), party names and line labels are not placed at all (they
#: would not fit anyway, and trying costs seconds); tables, the selection and the captions
#: still are, and pointing at a party shows its name.
FAR_SHAPE_PX = 8.0
_EDGE_ORDER = {MandateEdge: 0, ParentEdge: 1, SeatEdge: 2}


def _box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


@dataclass
class _Pending:
    """One label during a pass: its size and, per candidate, anchor, offset and extra
    (a node label's alignment and leader flag, or a line label's place along the line)."""

    label: LabelItem
    scale: float
    anchors: list[tuple[float, float]]
    offsets: list[tuple[float, float]]
    extras: list
    owners: frozenset[int] = frozenset()
    rank: int = 2

    def request(self) -> LabelRequest:
        w, h = (v * self.scale for v in self.label.text_size())
        m = self.label.margin() * self.scale
        boxes = [(ax + dx - m, ay + dy - m, ax + dx + w + m, ay + dy + h + m)
                 for (ax, ay), (dx, dy) in zip(self.anchors, self.offsets, strict=True)]
        return LabelRequest(boxes, self.owners, self.rank)


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
        #: The zoom of the last pass (``None``: every label at its own size, or none yet).
        self.zoom: float | None = None
        self._preferred: dict[int, _Pending] = {}

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
        if isinstance(owner, (PartyItem, TableItem)):
            return self.min_px  # a table's name is bold and framed: as large is enough
        # Guide captions keep their size relative to the names.
        return self.min_px * label.font_px / S.FONT_PX

    # -- the pass --------------------------------------------------------------------------
    def run(self, zoom: float | None) -> None:
        """Place every label for the view's ``zoom`` (``None``: every label at its own size)."""
        scene = self.scene
        full = zoom is None or scene.full_detail
        self.zoom = None if full else zoom
        zoom = zoom or 1.0
        # A hidden node (workshop mode's step-by-step story) has no name and takes no room.
        obstacles: list[NodeItem] = [n for n in (*scene.nodes.values(),
                                                 *scene.type_targets.values()) if n.isVisible()]
        index = {id(node): k for k, node in enumerate(obstacles)}
        for node in scene.nodes.values():
            if not node.isVisible() and node.label is not None:
                self._hide(node.label)
        nodes = self._node_order([n for n in scene.nodes.values()
                                  if n.label is not None and n.isVisible()])
        every = len(nodes) <= EVERY_NAME_UP_TO
        first = [n for n in nodes if n.isSelected() or isinstance(n, TableItem)]
        rest = nodes[len(first):]
        far = not full and S.PARTY_SIZE * zoom < FAR_SHAPE_PX
        set_far = getattr(scene, "set_far", None)
        if set_far is not None:
            set_far(far)
        if far:
            for node in rest:
                self._hide(node.label)
            rest = []
        guides = getattr(scene, "guides", None)
        captions = guides.captions if guides else []
        # Selected items and tables; the rings' titles and the domains' names; the parties;
        # the other captions; the lines' labels.
        pending: list[_Pending] = []
        self._nodes(pending, first, index, zoom, full, every)
        self._captions(pending, [c for c in captions if c[3]], zoom, full)
        self._nodes(pending, rest, index, zoom, full, every)
        self._captions(pending, [c for c in captions if not c[3]], zoom, full)
        self._edges(pending, zoom, full, far)
        requests = [item.request() for item in pending]
        if full:  # a page: every label where the page's layout kept room for it
            chosen, covering = [0] * len(requests), set()
        else:
            shapes = [_box(node.obstacle()) for node in obstacles]
            chosen, covering = place_labels(requests, shapes, gap=S.LABEL_GAP_PX / zoom,
                                            repair=every, search=every)
        self._preferred.clear()
        for k, (item, pick) in enumerate(zip(pending, chosen, strict=True)):
            self._preferred[id(item.label)] = item
            item.label.covers = k in covering
            if pick < 0:
                self._hide(item.label)
            else:
                self._show(item, pick)

    def _nodes(self, pending: list[_Pending], nodes: list[NodeItem], index: dict[int, int],
               zoom: float, full: bool, every: bool) -> None:
        """Names of parties and tables: the node's slots, at the size the zoom asks for."""
        for node in nodes:
            label = node.label
            if label.is_empty():
                self._hide(label)
                continue
            scale = self._scale(label, node, zoom, full)
            pos = node.scenePos()
            slots = node.label_slots(scale, scale > self.factor + 1e-9, far=every)
            pending.append(_Pending(label, scale, [(pos.x(), pos.y())] * len(slots),
                                    [(x, y) for x, y, _a, _l in slots],
                                    [(a, leader) for _x, _y, a, leader in slots],
                                    frozenset({index[id(node)]}),
                                    0 if isinstance(node, TableItem) else 1))

    def _edges(self, pending: list[_Pending], zoom: float, full: bool, far: bool) -> None:
        """Labels of lines: on the line, at a few places along it; small ones only (none
        when ``far``)."""
        scene = self.scene
        edges = [*scene.edges.values(), *scene.parent_edges.values()]
        for edge in edges if far else self._edge_order(edges):
            label = edge.text_label
            if far or label.is_empty() or not edge.isVisible() or (
                    isinstance(edge, MandateEdge) and not self.mandate_labels):
                self._hide(label)
                continue
            scale = self._scale(label, edge, zoom, full)
            if scale > self.factor * S.EDGE_LABEL_MAX_GROWTH:
                self._hide(label)
                continue
            w, h = (v * scale for v in label.text_size())
            points = [edge.point_at(a) for a in _ALONG]
            pending.append(_Pending(label, scale, [(p.x(), p.y()) for p in points],
                                    [(-w / 2, -h / 2)] * len(_ALONG), list(_ALONG)))

    def _captions(self, pending: list[_Pending], captions, zoom: float, full: bool) -> None:
        """Guide captions: at their point, else a little above or below it."""
        for label, points, centred, _first in captions:
            scale = self._scale(label, label.owner, zoom, full)
            w, h = (v * scale for v in label.text_size())
            top = -h / 2 if centred else -h
            shifts = (0.0, -0.8, 0.8, -1.6, 1.6)
            anchors = [(p.x(), p.y()) for p in points for _s in shifts]
            offsets = [(-w / 2, top + shift * h) for _p in points for shift in shifts]
            pending.append(_Pending(label, scale, anchors, offsets,
                                    [(_CENTRE_ALIGN, False)] * len(offsets)))

    def _scale(self, label: LabelItem, owner: QGraphicsItem, zoom: float, full: bool) -> float:
        if full:
            return self.factor
        return max(self.factor, self._min_px(label, owner) / (label.font_px * zoom))

    def _show(self, item: _Pending, pick: int, leader: bool = True) -> None:
        """Put the label at candidate ``pick`` (``leader`` False: shown for the mouse only,
        without a leader line and not as part of the placement)."""
        label = item.label
        anchor = QPointF(*item.anchors[pick])
        offset = QPointF(*item.offsets[pick])
        extra = item.extras[pick]
        if isinstance(extra, float):  # a line's label: a fraction along the line
            label.along = extra
            label.place(anchor, offset, item.scale)
        else:
            align, far = extra
            label.place(anchor, offset, item.scale, align)
            label.set_leader(self._leader_radius(label.owner) if far and leader else None)
        label.setVisible(True)
        label.placed = leader
        if isinstance(label.owner, NodeItem):
            label.owner.label_moved()

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
    def _far_name(self, label: LabelItem) -> _Pending | None:
        """A party's name that was not placed because the view is far out (see FAR_SHAPE_PX)."""
        owner = label.owner
        if not isinstance(owner, NodeItem) or label.is_empty():
            return None
        pending: list[_Pending] = []
        self._nodes(pending, [owner], {id(owner): 0}, self.zoom or 1.0, False, False)
        return pending[0] if pending else None

    def hover(self, label: LabelItem, on: bool) -> None:
        """Show ``label`` on top while the mouse is over its node; back to the placement after."""
        label.hovered = on
        if on:
            label.setZValue(S.Z_LABEL_HOVER)
            item = self._preferred.get(id(label)) or self._far_name(label)
            if not label.isVisible() and item is not None:
                label.covers = True  # shown for the mouse only: no part of the node's shape
                self._show(item, 0, leader=False)
                label.follow(label.owner.scenePos())  # the node may have moved since
        else:
            label.setZValue(S.Z_LABEL)
            if not label.placed:
                label.setVisible(False)
                label.owner.label_moved()
