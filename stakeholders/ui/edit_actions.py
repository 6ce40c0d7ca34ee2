"""The Bewerken menu: delete, cut/copy/paste, duplicate, select all, add things, pin.

Each action works on the canvas selection and goes through the editor as
one undo step. Questions to the user go through ``ask_*`` methods that tests
replace.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QPointF, QRectF
from PySide6.QtWidgets import QApplication, QInputDialog

from stakeholders.i18n import translator
from stakeholders.io import clipboard
from stakeholders.layout.labels import BoxKind
from stakeholders.model import fragment as frag
from stakeholders.model import vocab
from stakeholders.model.edits import EditError
from stakeholders.model.entities import Party, Table
from stakeholders.model.ops import Insert, Op
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui.canvas.scene import node_shape
from stakeholders.ui.context import CanvasContext
from stakeholders.ui.interactions import CanvasInteractions
from stakeholders.ui.kind_rules_text import kind_rules_text
from stakeholders.ui.removal_text import removal_text

log = logging.getLogger(__name__)

_t = translator("EditActions")


class EditActions(QObject):
    """Selection-based edit commands on one canvas (the connections through its gestures)."""

    def __init__(self, context: CanvasContext, interactions: CanvasInteractions,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.interactions = interactions
        self.editor = context.editor
        self.document = context.document
        self.scene = context.scene

    # -- questions (replaced in tests) -----------------------------------------------------
    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self.context.dialog_parent, title, label, text=default)
        return text.strip() if ok and text.strip() else None

    def ask_item(self, title: str, label: str, items: list[str]) -> str | None:
        item, ok = QInputDialog.getItem(self.context.dialog_parent, title, label, items, 0,
                                        False)
        return item if ok else None

    def _status(self, text: str) -> None:
        self.context.status(text)

    def _selected(self) -> list[str]:
        return self.scene.selected_uids()

    def _selected_nodes(self) -> list[Any]:
        return [self.document.entity(u) for u in self._selected()
                if (kind := self.document.kind_of(u)) is not None and kind.is_node]

    # -- delete, select ----------------------------------------------------------------------
    def delete_selected(self) -> bool:
        uids = self._selected()
        if not uids:
            self._status(_t("Niets geselecteerd om te verwijderen."))
            return False
        removal = self.editor.remove(uids)
        if removal is None:
            return False
        self.context.notify(removal_text(removal))
        return True

    def select_all(self) -> None:
        self.scene.select_uids(list(self.scene.nodes))

    # -- clipboard -----------------------------------------------------------------------------
    def copy(self) -> bool:
        nodes = {e.uid for e in self._selected_nodes()}
        if not nodes:
            self._status(_t("Selecteer partijen of tafels om te kopiëren."))
            return False
        part = frag.extract(self.document.region, nodes)
        data = QMimeData()
        text = clipboard.to_text(part)
        data.setData(clipboard.MIME_TYPE, text.encode("utf-8"))
        data.setText("\n".join([p.naam for p in part.parties] + [t.naam for t in part.tables]))
        QApplication.clipboard().setMimeData(data)
        self._status(_t("{n} onderdelen gekopieerd.").format(n=len(nodes)))
        return True

    def cut(self) -> bool:
        return self.copy() and self.delete_selected()

    def paste(self) -> bool:
        data = QApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(clipboard.MIME_TYPE):
            self._status(_t("Het klembord bevat geen partijen of tafels."))
            return False
        try:
            text = bytes(data.data(clipboard.MIME_TYPE)).decode("utf-8")
            part = clipboard.from_text(text, known_rule_ids)
            ops, new_nodes = frag.plan_paste(self.document.region, part)
        except EditError as exc:
            self._status(str(exc))
            return False
        ops = self._place_group(ops, self.interactions.pointer_place())
        if self.editor.push(_t("Plakken"), ops):
            self.scene.select_uids(new_nodes)
            return True
        return False

    def duplicate(self) -> bool:
        nodes = {e.uid for e in self._selected_nodes()}
        if not nodes:
            self._status(_t("Selecteer partijen of tafels om te dupliceren."))
            return False
        part = frag.extract(self.document.region, nodes)
        ops, new_nodes = frag.plan_paste(self.document.region, part,
                                         name_suffix=_t(" (kopie)"))
        ops = self._place_group(ops, None)
        if self.editor.push(_t("Dupliceren"), ops):
            self.scene.select_uids(new_nodes)
            return True
        return False

    def _place_group(self, ops: list[Op], near: QPointF | None) -> list[Op]:
        """Move the new parties and tables of ``ops`` together so that they cover no item:
        to ``near`` (the mouse), else beside where the copy would land."""
        placed = [op for op in ops if isinstance(op, Insert) and op.kind in ("party", "table")
                  and op.entity.pos is not None]
        if not placed:
            return ops
        group = QRectF()
        for op in placed:
            kind = BoxKind.PARTY if op.kind == "party" else BoxKind.TABLE
            kind_of = vocab.table_kinds().by_id.get(getattr(op.entity, "soort", ""))
            subtitle = kind_of.label_nl if op.kind == "table" and kind_of else ""
            group = group.united(node_shape(kind, op.entity.naam, subtitle).translated(
                QPointF(*op.entity.pos)))
        anchor = group.center()
        target = self.scene.free_place(group.translated(-anchor), near or anchor)
        dx, dy = target.x() - anchor.x(), target.y() - anchor.y()
        moved = {id(op) for op in placed}
        return [Insert(op.kind, replace(op.entity, pos=(op.entity.pos[0] + dx,
                                                        op.entity.pos[1] + dy)), op.index)
                if id(op) in moved else op for op in ops]

    # -- adding ----------------------------------------------------------------------------------
    def quick_add(self) -> None:
        self.interactions.quick_add()

    def add_table(self) -> bool:
        name = self.ask_text(_t("Tafel toevoegen"), _t("Naam van de tafel:"))
        if not name:
            return False
        kinds = list(vocab.table_kinds())
        # Each kind says which rule groups it brings: the choice decides what is checked.
        labels = [f"{k.label_nl} — {kind_rules_text(k.id)}" for k in kinds]
        label = self.ask_item(_t("Tafel toevoegen"), _t("Soort tafel:"), labels)
        if label is None:
            return False
        kind = kinds[labels.index(label)]
        place = self.interactions.free_place(BoxKind.TABLE, name, self.interactions.wanted_place(),
                                             subtitle=kind.label_nl)
        table = self.editor.add_table(name, kind.id, (place.x(), place.y()))
        if table is not None:
            self.scene.select_uids([table.uid])
        return table is not None

    def add_seat(self) -> bool:
        nodes = self._selected_nodes()
        parties = [n for n in nodes if isinstance(n, Party)]
        tables = [n for n in nodes if isinstance(n, Table)]
        if len(tables) != 1 or not parties:
            self._status(_t("Selecteer één tafel en een of meer partijen, of sleep met Shift "
                            "van een partij naar een tafel."))
            return False
        done = False
        for party in parties:
            done = self.interactions.connect_items(party.uid, tables[0].uid) or done
        return done

    def add_mandate(self) -> bool:
        parties = [n for n in self._selected_nodes() if isinstance(n, Party)]
        if len(parties) == 1:
            return self.interactions.connect_items(parties[0].uid, None)
        if len(parties) == 2:
            a, b = parties
            choice = self.interactions.ask_choice(_t("Wie spreekt namens wie?"), [
                (_t("{a} spreekt namens {b}").format(a=a.naam, b=b.naam), (a, b)),
                (_t("{a} spreekt namens {b}").format(a=b.naam, b=a.naam), (b, a)),
            ])
            if choice is None:
                return False
            holder, other = choice
            return self.editor.add_mandate(holder.id, party=other.id) is not None
        self._status(_t("Selecteer de houder (en eventueel de partij namens wie), of sleep "
                        "met Shift van houder naar partij."))
        return False

    def add_relation(self) -> bool:
        nodes = self._selected_nodes()
        if len(nodes) != 2:
            self._status(_t("Selecteer twee partijen of tafels."))
            return False
        return self.interactions.connect_items(nodes[0].uid, nodes[1].uid)

    def toggle_pin(self) -> bool:
        nodes = self._selected_nodes()
        if not nodes:
            self._status(_t("Selecteer partijen of tafels om vast te zetten."))
            return False
        pin = not all(getattr(n, "pinned", False) for n in nodes)
        return self.editor.set_pinned([n.uid for n in nodes], pin)
