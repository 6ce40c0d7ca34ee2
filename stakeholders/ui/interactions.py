"""Canvas gestures that create things: connect two nodes, quick add a party.

*Connect*: hold Shift (or switch on "Verbinden", key C) and drag from one
node to another. Party → table makes a seat (pick role and ring); party →
party a mandate ("spreekt namens") or a relation; a drop on empty canvas
offers a mandate on behalf of a whole type. Each result is one undo step.

*Quick add*: press N (or double-click empty canvas), type the name, Enter,
pick the type from a short filtered list, Enter.

Choices are asked through :meth:`CanvasInteractions.ask_choice`, one small
method that tests replace.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QLineF, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QMenu, QWidget

from stakeholders.i18n import tr
from stakeholders.look import style as S
from stakeholders.model import vocab
from stakeholders.model.entities import Party, Table
from stakeholders.ui.canvas.items import NodeItem, PartyItem, TableItem
from stakeholders.ui.canvas.scene import MapScene
from stakeholders.ui.canvas.view import MapView
from stakeholders.ui.editor import DocumentEditor
from stakeholders.ui.quickadd import QuickAddPopup

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return tr("CanvasInteractions", text)


#: Seat choices offered after a party → table drag: (label, rol, ring).
SEAT_CHOICES: tuple[tuple[str, str, str], ...] = (
    ("Lid, kopgroep", "lid", "kopgroep"),
    ("Lid, tweede ring", "lid", "tweede-ring"),
    ("Initiatiefnemer", "initiatiefnemer", "kopgroep"),
    ("Voorzitter", "voorzitter", "kopgroep"),
    ("Adviseur, tweede ring", "adviseur", "tweede-ring"),
    ("Toehoorder, tweede ring", "toehoorder", "tweede-ring"),
    ("Secretariaat", "secretariaat", "kopgroep"),
)

#: Grid (scene units) and reach of the search for a free place for a new item.
FREE_SPOT_STEP = (150.0, 120.0)
FREE_SPOT_RINGS = 12


def _relation_options(source: str, target: str) -> list[tuple[str, object]]:
    """Menu entries for every relation kind from ``source`` to ``target``."""
    return [(_t("Relatie: {a} {soort} {b}").format(a=source, soort=value.label_nl, b=target),
             ("relation", value.id)) for value in vocab.RELATION_KINDS.values]


class CanvasInteractions(QObject):
    """Turns mouse and key gestures on the canvas into editor calls."""

    def __init__(self, editor: DocumentEditor, scene: MapScene, view: MapView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = editor.document
        self.scene = scene
        self.view = view
        self.connect_mode = False
        self._source: NodeItem | None = None
        self._line: QGraphicsLineItem | None = None
        self.popup = QuickAddPopup(view)
        self.popup.accepted.connect(self._quick_add_accepted)
        view.viewport().installEventFilter(self)

    # -- choices (replaced in tests) ------------------------------------------------------
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

    # -- connect ---------------------------------------------------------------------------
    def set_connect_mode(self, on: bool) -> None:
        self.connect_mode = on
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor if on
                                       else Qt.CursorShape.ArrowCursor)

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
        choice = self.ask_choice(title, [(_t(label), (rol, ring)) for label, rol, ring
                                         in SEAT_CHOICES])
        if choice is None:
            return False
        rol, ring = choice
        return self.editor.add_seat(table.id, party.id, rol=rol, ring=ring) is not None

    def _party_to_party(self, holder: Party, other: Party) -> bool:
        options: list[tuple[str, object]] = [
            (_t("{a} spreekt namens {b} (alle tafels)").format(a=holder.naam, b=other.naam),
             ("mandate", "")),
        ]
        for seat in self.document.region.seats:
            if seat.partij == holder.id:
                table = self.document.by_id(seat.tafel)
                options.append((_t("{a} spreekt namens {b} aan {t}").format(
                    a=holder.naam, b=other.naam, t=table.naam if table else seat.tafel),
                    ("mandate", seat.tafel)))
        options += _relation_options(holder.naam, other.naam)
        choice = self.ask_choice(_t("Verbinden"), options)
        if choice is None:
            return False
        what, detail = choice
        if what == "mandate":
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

    # -- quick add -------------------------------------------------------------------------
    def free_spot(self, scene_pos: QPointF) -> QPointF:
        """``scene_pos``, or the nearest grid place around it where no party or table is,
        so that a new item never lands on (and hides) an existing one."""
        step_x, step_y = FREE_SPOT_STEP
        for ring in range(FREE_SPOT_RINGS):
            offsets = sorted(
                ((dx, dy) for dx in range(-ring, ring + 1) for dy in range(-ring, ring + 1)
                 if max(abs(dx), abs(dy)) == ring),
                key=lambda d: (d[0] * d[0] + d[1] * d[1], d[1], d[0]))
            for dx, dy in offsets:
                spot = scene_pos + QPointF(dx * step_x, dy * step_y)
                box = QRectF(spot.x() - step_x / 2, spot.y() - step_y / 2, step_x, step_y)
                if not any(isinstance(item, (PartyItem, TableItem))
                           for item in self.scene.items(box)):
                    return spot
        return scene_pos

    def quick_add(self, scene_pos: QPointF | None = None, type_id: str = "") -> None:
        """Open the quick-add popup at ``scene_pos`` (default: a free place near the centre)."""
        if scene_pos is None:
            scene_pos = self.free_spot(
                self.view.mapToScene(self.view.viewport().rect().center()))
        self.popup.open_at(self.view.mapFromScene(scene_pos), scene_pos, type_id)

    def _quick_add_accepted(self, name: str, type_id: str, scene_pos: QPointF) -> None:
        party = self.editor.add_party(name, type_id, (scene_pos.x(), scene_pos.y()))
        if party is not None:
            self.scene.select_uids([party.uid])

    # -- mouse ------------------------------------------------------------------------------
    def _node_at(self, view_pos: QPoint) -> NodeItem | None:
        for item in self.view.items(view_pos):
            if isinstance(item, (PartyItem, TableItem)):
                return item
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            wants = self.connect_mode or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            node = self._node_at(event.position().toPoint())
            if wants and node is not None:
                self._start_line(node)
                return True
        elif kind == QEvent.Type.MouseMove and self._source is not None:
            end = self.view.mapToScene(event.position().toPoint())
            self._line.setLine(QLineF(self._source.scenePos(), end))
            return True
        elif kind == QEvent.Type.MouseButtonRelease and self._source is not None:
            source = self._source
            target = self._node_at(event.position().toPoint())
            self._end_line()
            if target is not source:
                self.connect_items(source.uid, target.uid if target is not None else None)
            return True
        elif (kind == QEvent.Type.MouseButtonDblClick
              and event.button() == Qt.MouseButton.LeftButton
              and self._node_at(event.position().toPoint()) is None):
            self.quick_add(self.view.mapToScene(event.position().toPoint()))
            return True
        return False

    def _start_line(self, node: NodeItem) -> None:
        self._source = node
        pen = QPen(S.SELECTION, 2.0, Qt.PenStyle.DashLine)
        self._line = self.scene.addLine(QLineF(node.scenePos(), node.scenePos()), pen)
        self._line.setZValue(S.Z_DRAGGED)

    def _end_line(self) -> None:
        if self._line is not None:
            self.scene.removeItem(self._line)
        self._line = None
        self._source = None


def parent_widget(obj: QObject) -> QWidget | None:
    """The widget that owns ``obj`` (for dialogs)."""
    return obj if isinstance(obj, QWidget) else None
