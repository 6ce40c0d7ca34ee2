"""Changes since a snapshot on the canvas: marks around nodes, bands under lines, ghosts.

:func:`apply_marks` shows a :class:`~stakeholders.rules.changes.Comparison` on the map
(or takes every mark away for ``None``):

- a party or table that is new gets a green solid ring, one whose fields changed (or
  whose seat, mandate or relation was removed) an orange dashed ring — a
  :class:`NodeMark`, a child item behind the node so it follows every move;
- a seat, mandate or relation line that is new or changed gets a band under the line
  (:meth:`~stakeholders.ui.canvas.edges.EdgeItem.set_mark`);
- a party or table that is gone is drawn where it stood in the older map as a red dotted
  :class:`GhostItem` with its name (display only, not selectable).

Colours and patterns come from :mod:`stakeholders.look.change_style`. Display only.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from stakeholders.layout import labels as L
from stakeholders.look import change_style as C
from stakeholders.look import style as S
from stakeholders.model.diff import Change
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import fold
from stakeholders.rules.changes import Comparison
from stakeholders.ui.canvas.items import EdgeItem, NodeItem

#: The line kinds whose changes show as bands.
LINE_KINDS = (EntityKind.SEAT, EntityKind.MANDATE, EntityKind.RELATION)
#: The z-value of ghosts: under every line and node.
Z_GHOST = -5.0


class NodeMark(QGraphicsItem):
    """A ring around a node's shape marking it new or changed (child of the node)."""

    def __init__(self, node: NodeItem, change: Change) -> None:
        super().__init__(node)
        self.change = change
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        box = node.box
        gap = C.MARK_GAP + C.MARK_WIDTH / 2
        self._rect = QRectF(-box.shape_w / 2 - gap, -box.shape_h / 2 - gap,
                            box.shape_w + 2 * gap, box.shape_h + 2 * gap)

    def boundingRect(self) -> QRectF:
        half = C.MARK_WIDTH / 2 + 1
        return self._rect.adjusted(-half, -half, half, half)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(C.mark_pen(self.change, C.MARK_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect, 8, 8)


class GhostItem(QGraphicsItem):
    """A party or table that is gone, drawn where it stood: a dotted outline. Its name,
    struck through at the screen size of the other names (ignoring the zoom), shows while
    the pointer is on it: the place may now hold other names, and no two may overlap."""

    def __init__(self, kind: EntityKind, name: str, x: float, y: float) -> None:
        super().__init__()
        self.name = name
        box_kind = L.BoxKind.TABLE if kind == EntityKind.TABLE else L.BoxKind.PARTY
        box = L.node_box(box_kind, name)
        self._shape = QRectF(-box.shape_w / 2, -box.shape_h / 2, box.shape_w, box.shape_h)
        self.setPos(x, y)
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(name)
        font = QFont(S.FONT_FAMILY)
        font.setPixelSize(int(L.FONT_PX) + 1)
        font.setStrikeOut(True)
        self.text = QGraphicsSimpleTextItem(name, self)
        self.text.setFont(font)
        self.text.setBrush(C.mark_colour(Change.REMOVED))
        self.text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        width = self.text.boundingRect().width()
        self.text.setPos(0, box.shape_h / 2 + 2)
        self.text.setTransform(QTransform.fromTranslate(-width / 2, 0))  # centred, in px
        self.text.setVisible(False)
        self.setAcceptHoverEvents(True)

    def hoverEnterEvent(self, event) -> None:
        self.setZValue(S.Z_LABEL_HOVER)  # above every name while it is read
        self.text.setVisible(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.text.setVisible(False)
        self.setZValue(Z_GHOST)
        super().hoverLeaveEvent(event)

    def boundingRect(self) -> QRectF:
        return self._shape.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(C.mark_pen(Change.REMOVED, 2.5))
        painter.setBrush(C.mark_colour(Change.REMOVED, 28))
        painter.drawRoundedRect(self._shape, 6, 6)


def node_changes(comparison: Comparison, uid_of) -> dict[str, Change]:
    """The node uids of the newer map that are new or changed (``uid_of``: id → uid)."""
    out: dict[str, Change] = {}
    for change in comparison.diff.entities:
        if change.kind in (EntityKind.PARTY, EntityKind.TABLE) and change.change != \
                Change.REMOVED:
            out[change.new.uid] = change.change
        elif change.kind in LINE_KINDS and change.change == Change.REMOVED:
            for identifier in change.ids:
                uid = uid_of(identifier)
                if uid is not None:
                    out.setdefault(uid, Change.CHANGED)
    return out


def line_changes(comparison: Comparison) -> dict[str, Change]:
    """The seat, mandate and relation uids of the newer map that are new or changed."""
    return {c.new.uid: c.change for c in comparison.diff.entities
            if c.kind in LINE_KINDS and c.change != Change.REMOVED}


def _clear(scene: QGraphicsScene, nodes: dict[str, NodeItem],
           edges: list[EdgeItem]) -> None:
    for node in nodes.values():
        for child in node.childItems():
            if isinstance(child, NodeMark):
                child.setParentItem(None)
                scene.removeItem(child)
    for edge in edges:
        edge.set_mark(None)
    for item in scene.items():
        if isinstance(item, GhostItem):
            scene.removeItem(item)


def apply_marks(scene, comparison: Comparison | None) -> None:
    """Show ``comparison`` on ``scene`` (a :class:`~stakeholders.ui.canvas.scene.MapScene`);
    ``None`` takes every mark away."""
    _clear(scene, scene.nodes, list(scene.edges.values()))
    if comparison is None:
        return
    document = scene.document
    for uid, change in node_changes(comparison, document.uid_of).items():
        node = scene.nodes.get(uid)
        if node is not None:
            NodeMark(node, change)
    for uid, change in line_changes(comparison).items():
        edge = scene.item_for(uid)
        if isinstance(edge, EdgeItem):
            worst = Change.CHANGED if edge.mark is not None else change
            edge.set_mark(C.mark_pen(worst, C.MARK_WIDTH * 2, C.LINE_MARK_ALPHA))
    present = {fold(p.id) for p in document.region.parties}
    present |= {fold(t.id) for t in document.region.tables}
    for change in comparison.diff.entities:
        if change.change != Change.REMOVED or change.kind not in (EntityKind.PARTY,
                                                                 EntityKind.TABLE):
            continue
        old = change.old
        if old.pos is None or fold(old.id) in present:
            continue
        scene.addItem(GhostItem(EntityKind(change.kind), old.naam, *old.pos))
