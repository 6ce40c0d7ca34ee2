"""The map scene: canvas items built from the Document and kept in step with its signals.

The scene owns the uid ↔ item maps. Items only display; the scene feeds
them display values (names, colours, badges). Mandate rows with the same
holder and target share one arrow, labelled with the tables they hold for;
a mandate on behalf of a whole type points at a small "alle …" target that
travels with its holder. The gestures that change the map (moving nodes,
connecting them) live in ``ui.gestures``; the scene only shows.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from stakeholders.layout import labels as L
from stakeholders.layout.free_spot import nearest_free
from stakeholders.layout.labels import target_offsets
from stakeholders.look import display
from stakeholders.look import style as S
from stakeholders.look.lines import LineStyle
from stakeholders.model import vocab
from stakeholders.model.document import Document
from stakeholders.model.entities import Mandate
from stakeholders.model.kinds import EntityKind
from stakeholders.rules.flags import Flag
from stakeholders.ui.canvas import far_view
from stakeholders.ui.canvas.guides import GuideLayer
from stakeholders.ui.canvas.items import (
    EdgeItem,
    MandateEdge,
    NodeItem,
    ParentEdge,
    PartyItem,
    RelationEdge,
    SeatEdge,
    TableItem,
    TypeTargetItem,
)
from stakeholders.ui.canvas.labelling import LabelPlacer
from stakeholders.ui.canvas.routes import route_scene

log = logging.getLogger(__name__)

#: Level of detail: above this many lines, lines run straight (see ``MapScene.reroute``).
ROUTE_UP_TO_LINES = 2_500


def _set_look(edge: EdgeItem, look: tuple[LineStyle, str]) -> None:
    """Give ``edge`` the style and label the map shows for it (``look.display``)."""
    style, label = look
    edge.set_style(style.pen(), arrow=style.arrow, label=label)


class MapScene(QGraphicsScene):
    """Parties, tables, seats, mandates and relations of one Document."""

    #: The selected parties/tables/lines changed: list of uids (mandate arrows give all rows).
    selection_uids_changed = Signal(list)

    def __init__(self, document: Document, parent=None, *, interactive: bool = True) -> None:
        super().__init__(parent)
        self.document = document
        self.interactive = interactive
        #: An export scene draws every label whatever the scale (see items._lod).
        self.full_detail = not interactive
        #: While nodes are dragged, lines are drawn thin and plain (see MapView.set_dragging).
        self.dragging = False
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setBackgroundBrush(S.CANVAS_BACKGROUND if interactive else S.PAPER)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}  # seat/relation uid or mandate-group key
        self.mandate_group: dict[str, str] = {}  # mandate uid -> group key
        self.group_members: dict[str, list[str]] = defaultdict(list)  # group key -> mandate uids
        self.type_targets: dict[str, TypeTargetItem] = {}
        self.parent_edges: dict[str, ParentEdge] = {}  # child table uid -> edge
        self._flags: list[Flag] = []
        self._rebuilding = False
        #: Shows, sizes and places every name and line label (see ``relabel``).
        self.labels = LabelPlacer(self)
        self._relabel_timer = QTimer(self)
        self._relabel_timer.setSingleShot(True)
        self._relabel_timer.timeout.connect(self.relabel)
        #: Lines bend around nodes they don't belong to (see ``reroute``).
        self.routing = True
        #: Nodes moved since the lines were last routed, with their boxes before the move.
        self._moved: dict[NodeItem, QRectF] = {}
        #: Far out on a large map: the lines and parties as one picture (see ``set_far``).
        self.far_picture: far_view.FarPicture | None = None
        self._far_hidden: list = []  # the items the picture stands in for
        #: Ring guides and domain captions of the last layout (display only).
        self.guides = GuideLayer(self)
        #: What must be redone once the current edit is complete (see ``_flush``).
        self._dirty: set[str] = set()
        #: Lines (uids) added since the last routing: routed on their own (see ``_flush``).
        self._new_lines: set[str] = set()
        document.reset.connect(self.rebuild)
        document.added.connect(self._on_added)
        document.removed.connect(self._on_removed)
        document.updated.connect(self._on_updated)
        document.changed.connect(self._flush)
        self.selectionChanged.connect(self._on_selection_changed)
        self.rebuild()

    # -- building ---------------------------------------------------------------------
    def rebuild(self) -> None:
        """Drop every item and build the scene from the Document."""
        self._rebuilding = True
        self._dirty = set()
        self._new_lines = set()
        try:
            self.clear()
            region = self.document.region
            for party in region.parties:
                self._add_node(PartyItem(party.uid))
            for table in region.tables:
                self._add_node(TableItem(table.uid))
            for uid in self.nodes:
                self._refresh_node(uid)
            for table in region.tables:
                self._refresh_parent_edge(table.uid)
            for seat in region.seats:
                self._add_seat(seat.uid)
            self._rebuild_mandates()
            for relation in region.relations:
                self._add_relation(relation.uid)
            self._apply_badges()
        finally:
            self._rebuilding = False
        self._fit_scene_rect()
        self.reroute()
        if self.interactive:
            # On screen a new map is usually fitted next (``MapView.request_fit``), which
            # places the names for its zoom: placing them for the old zoom first is wasted.
            self.schedule_relabel()
        else:
            self.relabel()

    def clear(self) -> None:
        """Remove every item, and forget them (an export clears its scene after rendering)."""
        self._relabel_timer.stop()
        outer, self._rebuilding = self._rebuilding, True
        try:
            super().clear()
        finally:
            self._rebuilding = outer
        self._relabel_timer.stop()
        self._moved = {}
        self.far_picture = None  # super().clear() deleted it
        self._far_hidden = []
        self.guides.forget()
        for table in (self.nodes, self.edges, self.mandate_group, self.group_members,
                      self.type_targets, self.parent_edges):
            table.clear()

    def _add_node(self, item: NodeItem) -> None:
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.interactive)
        self.nodes[item.uid] = item
        self.addItem(item)
        self.add_label(item.label)

    def _add_edge_item(self, edge: EdgeItem) -> None:
        self.addItem(edge)
        edge.sync_label()

    def add_label(self, label: QGraphicsItem) -> None:
        """Add a label item (names, line labels, captions) the way the scene draws them."""
        if self.interactive:
            # On screen a name is drawn once per zoom and then copied (a drag repaints many);
            # an export draws real text (a PDF stays searchable).
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.addItem(label)

    def _refresh_node(self, uid: str) -> bool:
        """Show the entity's current values; whether the node moved."""
        entity = self.document.entity(uid)
        item = self.nodes.get(uid)
        if entity is None or item is None:
            return False
        if isinstance(item, PartyItem):
            party = display.party_face(entity)
            item.set_display(party.name, party.domain, party.type_label)
        elif isinstance(item, TableItem):
            table = display.table_face(entity)
            item.set_display(table.name, table.kind_label, table.chair)
        item.set_pinned(entity.pinned)
        if entity.pos is not None:
            target = QPointF(*entity.pos)
            if item.pos() != target:
                item.setPos(target)
                return True
        return False

    def _refresh_parent_edge(self, table_uid: str) -> None:
        old = self.parent_edges.pop(table_uid, None)
        if old is not None:
            self._remove_edge_item(old)
        table = self.document.entity(table_uid)
        if table is None or not table.bovenliggende_tafel:
            return
        parent_uid = self.document.uid_of(table.bovenliggende_tafel)
        if parent_uid not in self.nodes:
            return
        edge = ParentEdge(f"parent:{table_uid}", self.nodes[table_uid], self.nodes[parent_uid])
        edge.setZValue(S.Z_SEAT)
        _set_look(edge, display.parent_look())
        edge.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.parent_edges[table_uid] = edge
        self._add_edge_item(edge)

    def _line(self, kind: type[EdgeItem], uid: str, source_id: str, target_id: str,
              z: float) -> EdgeItem | None:
        """A line between the nodes of two ids, registered under ``uid``."""
        source = self.nodes.get(self.document.uid_of(source_id) or "")
        target = self.nodes.get(self.document.uid_of(target_id) or "")
        if source is None or target is None:
            return None
        edge = kind(uid, source, target)
        edge.setZValue(z)
        self.edges[uid] = edge
        self._add_edge_item(edge)
        return edge

    def _add_seat(self, uid: str) -> None:
        seat = self.document.entity(uid)
        if self._line(SeatEdge, uid, seat.partij, seat.tafel, S.Z_SEAT) is not None:
            self._style_seat(uid)

    def _style_seat(self, uid: str) -> None:
        seat = self.document.entity(uid)
        edge = self.edges.get(uid)
        if seat is None or edge is None:
            return
        table = self.document.by_id(seat.tafel)
        _set_look(edge, display.seat_look(self.document.region, seat, table))

    def _add_relation(self, uid: str) -> None:
        relation = self.document.entity(uid)
        edge = self._line(RelationEdge, uid, relation.van, relation.naar, S.Z_RELATION)
        if edge is not None:
            _set_look(edge, display.relation_look(relation))

    # -- mandates ---------------------------------------------------------------------
    def _rebuild_mandates(self) -> None:
        """Rebuild every mandate arrow; a selected arrow stays selected (so the property
        panel is not rebuilt under the editor that is changing the mandate)."""
        with self._keeping_selection():
            self._build_mandates()

    @contextmanager
    def _keeping_selection(self):
        """Replace items without losing the selection: reselect the same model uids
        afterwards and announce a selection change only when it really changed."""
        before = self.selected_uids()
        outer = self._rebuilding
        self._rebuilding = True
        try:
            yield
            for uid in before:
                item = self.item_for(uid)
                if item is not None and not item.isSelected():
                    item.setSelected(True)
        finally:
            self._rebuilding = outer
        if not outer and self.selected_uids() != before:
            self._on_selection_changed()

    def _build_mandates(self) -> None:
        for key in [k for k in self.edges if k.startswith("mandate:")]:
            self._remove_edge_item(self.edges.pop(key))
        for target in self.type_targets.values():
            target.setParentItem(None)
            self.removeItem(target)
        self.type_targets.clear()
        self.mandate_group.clear()
        self.group_members.clear()
        region = self.document.region
        groups = display.mandate_groups(region)
        for key, mandates in groups.items():
            for mandate in mandates:
                self.mandate_group[mandate.uid] = key
                self.group_members[key].append(mandate.uid)
        per_holder: dict[str, list[TypeTargetItem]] = defaultdict(list)
        for key, mandates in groups.items():
            first = mandates[0]
            holder = self.nodes.get(self.document.uid_of(first.houder) or "")
            if holder is None:
                continue
            if first.namens_partij:
                target = self.nodes.get(self.document.uid_of(first.namens_partij) or "")
            else:
                target = self._type_target(key, holder, first)
                per_holder[holder.uid].append(target)
            if target is None:
                continue
            edge = MandateEdge(key, holder, target)
            edge.setZValue(S.Z_MANDATE)
            _set_look(edge, display.mandate_look(region, mandates))
            self.edges[key] = edge
            self._add_edge_item(edge)
        for holder_uid, targets in per_holder.items():
            # A row under the holder's box, exactly where the layouts keep room for it.
            offsets = target_offsets(self.nodes[holder_uid].box, [t.box for t in targets])
            for target, (dx, dy) in zip(targets, offsets, strict=True):
                target.setPos(dx, dy)
                for edge in target.edges:
                    edge.adjust()

    def _type_target(self, key: str, holder: NodeItem, mandate: Mandate) -> TypeTargetItem:
        item = TypeTargetItem(f"target:{key}")
        item.set_display(display.type_target_text(mandate), vocab.domain_of(mandate.namens_type))
        item.setParentItem(holder)
        self.type_targets[key] = item
        return item

    # -- document signals ---------------------------------------------------------------
    def _on_added(self, kind: str, uid: str) -> None:
        if kind == EntityKind.PARTY:
            self._add_node(PartyItem(uid))
            self._refresh_node(uid)
        elif kind == EntityKind.TABLE:
            self._add_node(TableItem(uid))
            self._refresh_node(uid)
            self._refresh_parent_edge(uid)
        elif kind == EntityKind.SEAT:
            self._add_seat(uid)
        elif kind == EntityKind.MANDATE:
            self._dirty.add("mandates")
        elif kind == EntityKind.RELATION:
            self._add_relation(uid)
        if kind in (EntityKind.SEAT, EntityKind.RELATION) and uid in self.edges:
            # A new line bends around nodes; the other lines stay as they are.
            self._new_lines.add(uid)
            self._dirty |= {"rect", "labels"}
        else:
            self._dirty |= {"rect", "routes", "labels"}

    def _on_removed(self, kind: str, uid: str) -> None:
        # A line taken away changes no other line's route; a node taken away may.
        line = kind in (EntityKind.SEAT, EntityKind.RELATION)
        self._dirty |= {"labels"} if line else {"routes", "labels"}
        self._new_lines.discard(uid)
        if EntityKind(kind).is_node:
            item = self.nodes.pop(uid, None)
            if item is not None:
                for edge in list(item.edges):
                    self._forget_edge(edge)
                # Its "alle …" targets are child items: take them off before the node goes.
                for key, target in list(self.type_targets.items()):
                    if target.parentItem() is item:
                        target.setParentItem(None)
                        self.removeItem(target)
                        del self.type_targets[key]
                self.parent_edges.pop(uid, None)
                self.removeItem(item)
                if item.label is not None and item.label.scene() is self:
                    self.removeItem(item.label)
            if kind == EntityKind.PARTY:
                self._dirty.add("mandates")
        elif kind == EntityKind.MANDATE:
            self._dirty.add("mandates")
        else:
            edge = self.edges.pop(uid, None)
            if edge is not None:
                self._remove_edge_item(edge)

    def _on_updated(self, kind: str, uid: str) -> None:
        self._dirty.add("labels")
        if EntityKind(kind).is_node:
            self._refresh_node(uid)  # a move is noted by node_moving
            if kind == EntityKind.TABLE:
                # Parent links, chair marks on seats and "namens (tafel)" labels depend on
                # tables: redo them once per edit, not once per table (a layout moves all).
                self._dirty.add("tables")
            # A party's own change never changes a mandate arrow: a renamed id also
            # renames the mandates, which arrive as mandate updates.
        elif kind == EntityKind.SEAT:
            self._style_seat(uid)
        elif kind == EntityKind.MANDATE:
            self._dirty.add("mandates")
        elif kind == EntityKind.RELATION:
            with self._keeping_selection():
                edge = self.edges.pop(uid, None)
                if edge is not None:
                    self._remove_edge_item(edge)
                self._add_relation(uid)

    def _forget_edge(self, edge: EdgeItem) -> None:
        if self.edges.get(edge.uid) is edge:
            del self.edges[edge.uid]
        child = edge.uid.removeprefix("parent:")
        if self.parent_edges.get(child) is edge:
            del self.parent_edges[child]
        self._remove_edge_item(edge)

    def _flush(self) -> None:
        """After each edit: the work that depends on many items, done once (not per item)."""
        dirty, self._dirty = self._dirty, set()
        if "tables" in dirty:
            for table in self.document.region.tables:
                self._refresh_parent_edge(table.uid)
            for seat in self.document.region.seats:
                self._style_seat(seat.uid)
        if dirty & {"tables", "mandates"}:
            self._rebuild_mandates()
        if dirty & {"rect", "mandates"} or self._moved:
            self._fit_scene_rect()
        if self.guides and (dirty or self._moved):
            self.guides.refresh()
        new_lines, self._new_lines = self._new_lines, set()
        if dirty & {"routes", "tables", "mandates"}:
            self.reroute()
        elif self._moved or new_lines:
            self.reroute(moved_only=True, lines=new_lines)
        if dirty or self._moved:
            self.relabel()
        self._moved = {}

    # -- labels and routes ------------------------------------------------------------------
    def view_zoom(self) -> float | None:
        """The zoom of the view showing this scene (``None``: no view, e.g. an export)."""
        views = self.views()
        return views[0].transform().m11() if views else None

    def relabel(self) -> None:
        """Show, size and place every label for the current zoom (see ``LabelPlacer``)."""
        self._relabel_timer.stop()
        self.labels.run(None if self.full_detail else self.view_zoom())

    def set_far(self, far: bool) -> None:
        """Far out (a party is a few pixels): on a large map, draw the lines and parties as
        one picture instead of one item each (see ``far_view``); near, as items again."""
        lines = [*self.edges.values(), *self.parent_edges.values()]
        far = far and self.interactive and len(lines) > far_view.FAR_PICTURE_FROM_LINES
        if not far and self.far_picture is None:
            return
        parties = [n for n in self.nodes.values() if isinstance(n, PartyItem)]
        if not far:
            for item in self._far_hidden:  # only what the picture hid (not a focus's hiding)
                item.setVisible(True)
            self._far_hidden = []
            self.removeItem(self.far_picture)
            self.far_picture = None
            return
        shown = [item for item in [*lines, *parties, *self.type_targets.values()]
                 if item.isVisible()]
        for item in shown:
            item.setVisible(False)
        self._far_hidden.extend(shown)
        if self.far_picture is None:
            self.far_picture = far_view.FarPicture()
            self.addItem(self.far_picture)
        self.far_picture.rebuild(lines, parties)

    def cancel_relabel(self) -> None:
        """Drop a relabel that was scheduled (something else places the labels now)."""
        self._relabel_timer.stop()

    def schedule_relabel(self, delay_ms: int = 0) -> None:
        """Relabel soon, once for many triggers (zoom steps, selection changes)."""
        if not self._relabel_timer.isActive() or delay_ms == 0:
            self._relabel_timer.start(delay_ms)

    def node_moving(self, node: NodeItem) -> None:
        """A node is about to move (by the user or the model): its lines need routing anew."""
        if node not in self._moved:
            self._moved[node] = node.footprint()

    def reroute(self, moved_only: bool = False, lines: set[str] | None = None) -> None:
        """Bend lines around the nodes they don't belong to (``moved_only``: only the lines
        that a move since the last routing can have changed, and the new ``lines``, uids).

        A map of more than ``ROUTE_UP_TO_LINES`` lines (a province, the country) keeps its
        lines straight: routing them costs seconds after every change.
        """
        count = len(self.edges) + len(self.parent_edges)
        if self.routing and count <= ROUTE_UP_TO_LINES:
            route_scene(self, self._moved if moved_only else None, lines)
        elif not moved_only:
            for edge in [*self.edges.values(), *self.parent_edges.values()]:
                if edge.waypoints():
                    edge.set_waypoints([])
        self._moved = {}

    def shown_labels(self) -> list:
        """The names and guide captions shown now (not the labels of lines)."""
        labels = [node.label for node in self.nodes.values()
                  if node.label is not None and node.label.isVisible()]
        labels += [caption[0] for caption in self.guides.captions if caption[0].isVisible()]
        return labels

    def set_guides(self, guides) -> None:
        """Draw the guides of the layout just applied (``layout.guides.LayoutGuides``;
        empty or ``None``: take the guides of an earlier layout away)."""
        self.guides.set(guides)
        self.relabel()

    def set_min_label_px(self, px: float) -> None:
        """Names are drawn at least ``px`` pixels high on screen (Beeld > Tekstgrootte)."""
        self.labels.min_px = float(px)
        self.relabel()

    def set_mandate_labels(self, shown: bool) -> None:
        """Show or hide the "namens (…)" labels of mandate lines."""
        self.labels.mandate_labels = shown
        self.relabel()

    def _remove_edge_item(self, edge: EdgeItem) -> None:
        edge.detach()
        if edge.scene() is self:
            self.removeItem(edge)
        if edge.text_label.scene() is self:
            self.removeItem(edge.text_label)

    # -- flags --------------------------------------------------------------------------
    def set_flags(self, flags: list[Flag]) -> None:
        """Show the open findings as badges on their subjects (count and worst open level)."""
        self._flags = list(flags)
        self._apply_badges()

    def _apply_badges(self) -> None:
        per_subject = display.badges(self._flags)
        for uid, item in self.nodes.items():
            entity = self.document.entity(uid)
            item.set_badge(*per_subject.get(getattr(entity, "id", ""), (0, "")))

    # -- selection -----------------------------------------------------------------------
    def uids_of(self, item: QGraphicsItem) -> list[str]:
        """The model uids an item stands for (a mandate arrow stands for its rows)."""
        if isinstance(item, MandateEdge):
            return list(self.group_members.get(item.uid, []))
        if isinstance(item, (NodeItem, EdgeItem)) and not isinstance(
            item, (TypeTargetItem, ParentEdge)
        ):
            return [item.uid]
        return []

    def selected_uids(self) -> list[str]:
        uids: list[str] = []
        for item in self.selectedItems():
            uids.extend(self.uids_of(item))
        return uids

    def item_for(self, uid: str) -> QGraphicsItem | None:
        """The item showing ``uid`` (a mandate row gives its arrow)."""
        if uid in self.nodes:
            return self.nodes[uid]
        if uid in self.edges:
            return self.edges[uid]
        key = self.mandate_group.get(uid)
        return self.edges.get(key) if key else None

    def select_uids(self, uids: Iterable[str]) -> None:
        """Select exactly the items of ``uids`` (selection is never an undo step)."""
        wanted = [self.item_for(u) for u in uids]
        self.blockSignals(True)
        try:
            self.clearSelection()
            for item in wanted:
                if item is not None:
                    item.setSelected(True)
        finally:
            self.blockSignals(False)
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        if not self._rebuilding:
            self.selection_uids_changed.emit(self.selected_uids())
            self.schedule_relabel()  # a selected node's name is shown first

    def set_dimmed(self, visible: set[str] | None) -> None:
        """Dim everything except ``visible`` node uids (``None``: nothing dimmed)."""
        for uid, item in self.nodes.items():
            item.setOpacity(1.0 if visible is None or uid in visible else S.DIM_OPACITY)
            item.label.setOpacity(item.opacity())
        for edge in self.edges.values():
            keep = visible is None or (edge.source.uid in visible and edge.target.uid in visible)
            edge.setOpacity(1.0 if keep else S.DIM_OPACITY)
            edge.text_label.setOpacity(edge.opacity())

    def set_label_scale(self, factor: float) -> None:
        """Enlarge nodes, lines and labels around their places (for a printed page)."""
        for item in self.nodes.values():
            item.setScale(factor)
        for edge in [*self.edges.values(), *self.parent_edges.values()]:
            edge.set_factor(factor)
        self.labels.factor = factor
        self.reroute()
        self.relabel()

    # -- geometry ------------------------------------------------------------------------
    def content_rect(self) -> QRectF:
        """The rectangle around every node with its name at its own size (not the grown
        labels of a zoomed-out view, which depend on the zoom)."""
        rect = self.guides.rect() if self.guides else QRectF()
        for node in [*self.nodes.values(), *self.type_targets.values()]:
            rect = rect.united(node.footprint())
        return rect

    def _fit_scene_rect(self) -> None:
        rect = self.content_rect()
        margin = 400.0
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))

    def taken_boxes(self, ignore: Iterable[str] = ()) -> list[tuple[float, float, float,
                                                                    float]]:
        """The footprints of every party, table and "alle …" target (not those in ``ignore``)
        as (left, top, width, height)."""
        skip = set(ignore)
        rects = [n.footprint() for uid, n in self.nodes.items() if uid not in skip]
        rects += [t.footprint() for t in self.type_targets.values()]
        return [(r.left(), r.top(), r.width(), r.height()) for r in rects]

    def free_place(self, shape: QRectF, near: QPointF, ignore: Iterable[str] = ()) -> QPointF:
        """Where an item with footprint ``shape`` (relative to its position) goes when it is
        wanted at ``near``: there, or at the nearest place where it covers nothing."""
        x, y = nearest_free((shape.left(), shape.top(), shape.width(), shape.height()),
                            (near.x(), near.y()), self.taken_boxes(ignore))
        return QPointF(x, y)


def node_shape(kind: L.BoxKind, name: str, subtitle: str = "") -> QRectF:
    """The footprint of a party or table named ``name``, relative to its position."""
    box = L.node_box(kind, name, S.FONT_PX, subtitle=subtitle)
    return QRectF(-box.width / 2, box.dy - box.height / 2, box.width, box.height)
