"""The canvas's gestures: which one a press starts, and what a connection means.

:class:`CanvasInteractions` is the one place that watches the canvas's mouse
and keys (an event filter on the view and its viewport). A press starts one
gesture object (:mod:`stakeholders.ui.gestures`) that gets the events until
it ends; Esc cancels it:

- middle or right button, or the left one while Space is held: pan;
- Shift on a party or table: connect. Party → table makes a seat (pick role
  and ring); party → party a mandate ("spreekt namens") or a relation;
  table → table a sub-table or a relation; a drop on empty canvas offers a
  mandate on behalf of a whole type. Each result is one undo step;
- on a party or table: move (the selection; one undo step on release);
- anywhere else: rubber band;
- double-click on empty canvas (or N, or a type from the palette): quick
  add: type the name, Enter, pick the type from a short filtered list, Enter.

Choices are asked through :meth:`CanvasInteractions.ask_choice`, one small
method that tests replace.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGraphicsLineItem, QMenu

from stakeholders.i18n import translator
from stakeholders.layout.labels import BoxKind
from stakeholders.model import vocab
from stakeholders.model.entities import Party, Table
from stakeholders.model.kinds import EntityKind
from stakeholders.ui.canvas.items import NodeItem, PartyItem, TableItem
from stakeholders.ui.canvas.scene import node_shape
from stakeholders.ui.context import CanvasContext
from stakeholders.ui.gestures import (
    ConnectInteraction,
    Interaction,
    MoveInteraction,
    PanInteraction,
    QuickAddInteraction,
    RubberBandInteraction,
)
from stakeholders.ui.quickadd import QuickAddPopup

log = logging.getLogger(__name__)

_t = translator("CanvasInteractions")

#: Seat choices offered after a party → table drag: (rol, ring), in menu order.
SEAT_CHOICES: tuple[tuple[str, str], ...] = (
    ("lid", "kopgroep"),
    ("lid", "tweede-ring"),
    ("initiatiefnemer", "kopgroep"),
    ("voorzitter", "kopgroep"),
    ("adviseur", "tweede-ring"),
    ("toehoorder", "tweede-ring"),
    ("secretariaat", "kopgroep"),
)


def _seat_label(rol: str, ring: str) -> str:
    """The menu entry of a seat choice."""
    labels = {
        ("lid", "kopgroep"): _t("Lid, kopgroep"),
        ("lid", "tweede-ring"): _t("Lid, tweede ring"),
        ("initiatiefnemer", "kopgroep"): _t("Initiatiefnemer"),
        ("voorzitter", "kopgroep"): _t("Voorzitter"),
        ("adviseur", "tweede-ring"): _t("Adviseur, tweede ring"),
        ("toehoorder", "tweede-ring"): _t("Toehoorder, tweede ring"),
        ("secretariaat", "kopgroep"): _t("Secretariaat"),
    }
    return labels[(rol, ring)]


def _relation_options(source: str, target: str) -> list[tuple[str, object]]:
    """Menu entries for every relation kind from ``source`` to ``target``."""
    return [(_t("Relatie: {a} {soort} {b}").format(a=source, soort=value.label_nl, b=target),
             (EntityKind.RELATION, value.id)) for value in vocab.RELATION_KINDS.values]


class CanvasInteractions(QObject):
    """Starts and feeds the gesture a mouse press means; turns connections into editor calls."""

    def __init__(self, context: CanvasContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor = context.editor
        self.document = context.document
        self.scene = context.scene
        self.view = context.view
        #: The gesture in progress (``None``: none).
        self.current: Interaction | None = None
        self._space_down = False
        self.popup = QuickAddPopup(self.view)
        self._viewport = self.view.viewport()
        self.view.installEventFilter(self)
        self._viewport.installEventFilter(self)

    # -- the gesture in progress ---------------------------------------------------------------
    def begin(self, interaction: Interaction, event: QMouseEvent | None = None) -> None:
        """Make ``interaction`` the gesture in progress (cancelling any other)."""
        if self.current is not None:
            self.current.cancel()
        self.current = interaction
        interaction.start(event)

    def interaction_ended(self, interaction: Interaction) -> None:
        """Called by a gesture when it ends or is cancelled."""
        if self.current is interaction:
            self.current = None
        interaction.deleteLater()

    @property
    def _line(self) -> QGraphicsLineItem | None:
        """The dashed line of a connect gesture in progress (``None`` otherwise)."""
        current = self.current
        return current.line if isinstance(current, ConnectInteraction) else None

    # -- events ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return self._key(event)
        if watched is not self._viewport:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            return self._press(event)
        if kind == QEvent.Type.MouseButtonDblClick:
            return self._double_click(event)
        if self.current is None:
            return False
        if kind == QEvent.Type.MouseMove:
            return self.current.mouse_move(event)
        if kind == QEvent.Type.MouseButtonRelease:
            return self.current.mouse_release(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = event.type() == QEvent.Type.KeyPress
            if self._space_down:
                self._viewport.setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self._viewport.unsetCursor()
        elif (event.key() == Qt.Key.Key_Escape and event.type() == QEvent.Type.KeyPress
              and self.current is not None and not isinstance(self.current,
                                                              QuickAddInteraction)):
            self.current.cancel()
            return True
        return False

    def _press(self, event: QMouseEvent) -> bool:
        button = event.button()
        point = event.position().toPoint()
        if button in (Qt.MouseButton.MiddleButton, Qt.MouseButton.RightButton) or (
                button == Qt.MouseButton.LeftButton and self._space_down):
            self.begin(PanInteraction(self), event)
            return True
        if button != Qt.MouseButton.LeftButton:
            return False
        node = self.node_at(point)
        if node is not None and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.begin(ConnectInteraction(self, node), event)
        elif self._movable_at(point):
            self.begin(MoveInteraction(self), event)
        else:
            self.begin(RubberBandInteraction(self), event)
        return True

    def _double_click(self, event: QMouseEvent) -> bool:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.node_at(point) is None:
            self.quick_add(self.view.mapToScene(point))
            return True
        return False

    def node_at(self, view_pos: QPoint) -> NodeItem | None:
        """The party or table under ``view_pos`` (names and lines above it do not count)."""
        for item in self.view.items(view_pos):
            if isinstance(item, (PartyItem, TableItem)):
                return item
        return None

    def _movable_at(self, view_pos: QPoint) -> bool:
        item = self.view.itemAt(view_pos)
        return item is not None and bool(item.flags() & item.GraphicsItemFlag.ItemIsMovable)

    # -- quick add -------------------------------------------------------------------------------
    def quick_add(self, scene_pos: QPointF | None = None, type_id: str = "") -> None:
        """Open the quick-add popup for a party wanted at ``scene_pos`` (default: where the
        mouse is, else the middle of the view); it lands there or on the nearest free spot."""
        if scene_pos is None:
            scene_pos = self.wanted_place()
        self.begin(QuickAddInteraction(self, scene_pos, type_id))

    def pointer_place(self) -> QPointF | None:
        """The scene point under the mouse, when the mouse is over the canvas."""
        at = self._viewport.mapFromGlobal(QCursor.pos())
        return self.view.mapToScene(at) if self._viewport.rect().contains(at) else None

    def wanted_place(self) -> QPointF:
        """Where a new item is wanted: under the mouse when it is over the canvas, else the
        middle of the view."""
        return self.pointer_place() or self.view.mapToScene(self._viewport.rect().center())

    def free_place(self, kind: BoxKind, name: str, near: QPointF, subtitle: str = "") -> QPointF:
        """The place for a new party or table called ``name`` wanted at ``near``."""
        return self.scene.free_place(node_shape(kind, name, subtitle), near)

    # -- choices (replaced in tests) ------------------------------------------------------------
    def ask_choice(self, title: str, options: list[tuple[str, object]]) -> object | None:
        """Show a small menu at the mouse; return the chosen value or ``None``."""
        menu = QMenu(self.view)
        menu.setObjectName("connectMenu")
        header = menu.addAction(title)
        header.setEnabled(False)
        menu.addSeparator()
        for label, value in options:
            action = menu.addAction(label)
            action.setData(value)
        chosen = menu.exec(QCursor.pos())
        return chosen.data() if chosen is not None and chosen is not header else None

    # -- what a connection means ---------------------------------------------------------------
    def connect_items(self, source_uid: str, target_uid: str | None) -> bool:
        """Create what a drag from ``source`` to ``target`` (or empty canvas) means."""
        source = self.document.entity(source_uid)
        target = self.document.entity(target_uid) if target_uid else None
        if isinstance(source, Table) and isinstance(target, Party):
            source, target = target, source
        if isinstance(source, Party) and isinstance(target, Table):
            return self._make_seat(source, target)
        if isinstance(source, Party) and isinstance(target, Party) and source.id != target.id:
            return self._party_to_party(source, target)
        if isinstance(source, Party) and target is None:
            return self._mandate_for_type(source)
        if isinstance(source, Table) and isinstance(target, Table) and source.id != target.id:
            return self._table_to_table(source, target)
        return False

    def _make_seat(self, party: Party, table: Table) -> bool:
        if any(s.tafel == table.id and s.partij == party.id for s in self.document.region.seats):
            self.editor.edit_refused.emit(_t("{partij} zit al aan {tafel}; wijzig de rol of ring "
                                             "in het eigenschappenpaneel").format(
                partij=party.naam, tafel=table.naam))
            return False
        title = _t("{partij} aan {tafel}").format(partij=party.naam, tafel=table.naam)
        choice = self.ask_choice(title, [(_seat_label(rol, ring), (rol, ring))
                                         for rol, ring in SEAT_CHOICES])
        if choice is None:
            return False
        rol, ring = choice
        return self.editor.add_seat(table.id, party.id, rol=rol, ring=ring) is not None

    def _party_to_party(self, holder: Party, other: Party) -> bool:
        options: list[tuple[str, object]] = [
            (_t("{a} spreekt namens {b} (alle tafels)").format(a=holder.naam, b=other.naam),
             (EntityKind.MANDATE, "")),
        ]
        for seat in self.document.region.seats:
            if seat.partij == holder.id:
                table = self.document.by_id(seat.tafel)
                options.append((_t("{a} spreekt namens {b} aan {t}").format(
                    a=holder.naam, b=other.naam, t=table.naam if table else seat.tafel),
                    (EntityKind.MANDATE, seat.tafel)))
        options += _relation_options(holder.naam, other.naam)
        choice = self.ask_choice(_t("Verbinden"), options)
        if choice is None:
            return False
        what, detail = choice
        if what == EntityKind.MANDATE:
            return self.editor.add_mandate(holder.id, party=other.id, table=detail) is not None
        return self.editor.add_relation(holder.id, other.id, detail) is not None

    def _mandate_for_type(self, holder: Party) -> bool:
        types = sorted(vocab.party_types(), key=lambda t: t.id != holder.type)  # own type first
        options = [(_t("namens alle {type}").format(type=t.label_nl), t.id) for t in types]
        choice = self.ask_choice(_t("{a} spreekt namens een type").format(a=holder.naam),
                                 options)
        if choice is None:
            return False
        return self.editor.add_mandate(holder.id, type_id=str(choice)) is not None

    def _table_to_table(self, child: Table, parent: Table) -> bool:
        options: list[tuple[str, object]] = [
            (_t("{a} is onderdeel van {b}").format(a=child.naam, b=parent.naam), ("parent", "")),
        ]
        options += _relation_options(child.naam, parent.naam)
        choice = self.ask_choice(_t("Verbinden"), options)
        if choice is None:
            return False
        what, detail = choice
        if what == "parent":
            return self.editor.set_fields(child.uid, {"bovenliggende_tafel": parent.id},
                                          text=_t("Bovenliggende tafel kiezen"))
        return self.editor.add_relation(child.id, parent.id, detail) is not None
