"""The DocumentEditor: turns user gestures into undo commands on one Document.

Menus, the canvas and the panels all call the editor; it plans the edit
(:mod:`stakeholders.model.edits`), and pushes one
:class:`~stakeholders.commands.edit.EditCommand` per gesture on the undo
stack. An edit that would break the map is refused with a Dutch message
(``edit_refused``) and changes nothing. "Modified" is the undo stack's clean
state, so saving never clears the history.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from stakeholders.commands.edit import EditCommand
from stakeholders.i18n import translator
from stakeholders.model import edits, snapshots
from stakeholders.model.document import Document
from stakeholders.model.entities import Mandate, Party, Relation, Seat, Table, Waiver
from stakeholders.model.kinds import EntityKind
from stakeholders.model.ops import Op
from stakeholders.rules.catalogue import Catalogue, default_catalogue, known_rule_ids

log = logging.getLogger(__name__)


_t = translator("DocumentEditor")


class DocumentEditor(QObject):
    """Every change the user makes goes through here, as one undo step."""

    #: An edit was refused: the Dutch reason.
    edit_refused = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")

    # -- plumbing -----------------------------------------------------------------------
    @property
    def region(self):
        return self.document.region

    def catalogue(self) -> Catalogue:
        return default_catalogue()

    def known_rules(self) -> list[str]:
        """Rule ids a choice may name: the catalogue's and the region's own."""
        return known_rule_ids(self.region.custom_rules)

    def push(self, text: str, ops: list[Op], merge_key: str | None = None) -> bool:
        """Push planned operations as one undo step; ``False`` when there was nothing to do."""
        if not ops:
            return False
        self.undo_stack.push(EditCommand(self.document, text, ops, merge_key))
        return True

    def attempt(self, text: str, plan: Callable[[], list[Op]],
                merge_key: str | None = None) -> bool:
        """Plan and push an edit; a refused edit emits ``edit_refused`` and changes nothing."""
        try:
            ops = plan()
        except edits.EditError as exc:
            log.info("edit refused: %s", exc)
            self.edit_refused.emit(str(exc))
            return False
        return self.push(text, ops, merge_key)

    # -- adding ---------------------------------------------------------------------------
    def add_party(self, naam: str, type_id: str, pos: tuple[float, float] | None = None,
                  **fields: Any) -> Party | None:
        party = Party(id=fields.pop("id", None) or edits.new_id(self.region, "P"),
                      naam=naam.strip(), type=type_id, pos=pos, **fields)
        if self.attempt(_t("Partij toevoegen"), lambda: edits.add_party(self.region, party)):
            return party
        return None

    def add_table(self, naam: str, soort: str, pos: tuple[float, float] | None = None,
                  **fields: Any) -> Table | None:
        table = Table(id=fields.pop("id", None) or edits.new_id(self.region, "T"),
                      naam=naam.strip(), soort=soort, pos=pos, **fields)
        if self.attempt(_t("Tafel toevoegen"), lambda: edits.add_table(self.region, table)):
            return table
        return None

    def add_seat(self, table_id: str, party_id: str, rol: str = "lid",
                 ring: str = "kopgroep") -> Seat | None:
        seat = Seat(tafel=table_id, partij=party_id, rol=rol, ring=ring)
        if self.attempt(_t("Zetel toevoegen"), lambda: edits.add_seat(self.region, seat)):
            return seat
        return None

    def add_mandate(self, holder: str, *, party: str = "", type_id: str = "",
                    subregio: str = "", table: str = "", formeel: bool = False) -> Mandate | None:
        mandate = Mandate(houder=holder, namens_partij=party, namens_type=type_id,
                          namens_subregio=subregio, tafel=table, formeel=formeel)
        if self.attempt(_t("Mandaat toevoegen"), lambda: edits.add_mandate(self.region, mandate)):
            return mandate
        return None

    def add_relation(self, van: str, naar: str, soort: str) -> Relation | None:
        relation = Relation(van=van, naar=naar, soort=soort)
        if self.attempt(_t("Relatie toevoegen"),
                        lambda: edits.add_relation(self.region, relation)):
            return relation
        return None

    def waive(self, rule: str, subject: str, reason: str, datum=None, door: str = "") -> bool:
        """Record a deliberate choice for a flag (one undo step)."""
        return self.waive_many([(rule, subject)], reason, datum, door)

    def waive_many(self, keys: list[tuple[str, str]], reason: str, datum=None,
                   door: str = "") -> bool:
        """Record one deliberate choice for several (rule, subject) pairs: one undo step.

        This is how a whole finding is waived at once; a pair that is already waived by
        the same (rule, subject) row is skipped.
        """
        waivers = [Waiver(regel=rule, onderwerp=subject, reden=reason.strip(), datum=datum,
                          door=door.strip()) for rule, subject in dict.fromkeys(keys)]
        text = _t("Bewuste keuze vastleggen") if len(waivers) == 1 else _t(
            "Bewuste keuzes vastleggen")
        return self.attempt(text, lambda: edits.add_waivers(self.region, waivers,
                                                             self.known_rules()))

    def unwaive_many(self, keys: list[tuple[str, str]]) -> bool:
        """Withdraw the choices that waive each (rule, subject) pair, as one undo step."""
        doomed: dict[str, None] = {}
        for rule, subject in keys:
            for wanted in (subject.lower(), "kaart"):
                found = [w for w in self.region.waivers
                         if w.regel.upper() == rule.upper() and w.onderwerp.lower() == wanted]
                if found:
                    doomed[found[0].uid] = None
                    break
        if not doomed:
            return False
        text = _t("Bewuste keuze intrekken") if len(doomed) == 1 else _t(
            "Bewuste keuzes intrekken")
        doomed_rows = [(EntityKind.WAIVER, uid) for uid in doomed]
        return self.attempt(text, lambda: edits.remove(self.region, doomed_rows))

    # -- changing -------------------------------------------------------------------------
    def set_fields(self, uid: str, changes: dict[str, Any], *, merge: bool = False,
                   text: str | None = None, session: int = 0) -> bool:
        """Change fields of one entity; ``merge`` joins consecutive typing into one step
        (per ``session``: one visit of the field)."""
        kind = self.document.kind_of(uid)
        if kind is None:
            return False
        key = f"{uid}:{','.join(sorted(changes))}:{session}" if merge else None
        return self.attempt(
            text or _t("Eigenschap wijzigen"),
            lambda: edits.set_fields(self.region, kind, uid, changes, self.known_rules()),
            merge_key=key,
        )

    def set_info(self, changes: dict[str, Any], *, merge: bool = False,
                 session: int = 0) -> bool:
        """Change the Kaart fields (``merge``, ``session``: as :meth:`set_fields`)."""
        key = f"info:{','.join(sorted(changes))}:{session}" if merge else None
        return self.attempt(_t("Kaartgegevens wijzigen"),
                            lambda: edits.set_info(self.region, changes), merge_key=key)

    def move(self, positions: dict[str, tuple[float, float]], text: str | None = None) -> bool:
        """Record new positions of parties and tables as one step (a drag, a layout)."""
        return self.attempt(text or _t("Verplaatsen"), lambda: edits.move(self.region, positions))

    def set_pinned(self, uids: Iterable[str], pinned: bool) -> bool:
        text = _t("Vastzetten") if pinned else _t("Losmaken")
        return self.attempt(text, lambda: edits.set_pinned(self.region, uids, pinned))

    def add_snapshot(self, naam: str, datum: date, notities: str = "") -> bool:
        """Keep the map as it is now as a named snapshot (one undo step)."""
        return self.attempt(_t("Momentopname maken"), _snapshot_plan(
            lambda: snapshots.plan_add(self.region, naam, datum, notities)))

    def remove_snapshot(self, naam: str) -> bool:
        """Remove a snapshot (one undo step)."""
        return self.attempt(_t("Momentopname verwijderen"), _snapshot_plan(
            lambda: snapshots.plan_remove(self.region, naam)))

    def remove(self, uids: Iterable[str]) -> edits.Removal | None:
        """Remove items and what depends on them, as one step; what went (``None``: nothing)."""
        refs = [(self.document.kind_of(u), u) for u in uids]
        refs = [(k, u) for k, u in refs if k is not None]
        if not refs:
            return None
        ops = edits.remove(self.region, refs)  # never refused: dependants go along
        removal = edits.describe_removal(self.region, refs, ops)
        return removal if self.push(_t("Verwijderen"), ops) else None


def _snapshot_plan(plan: Callable[[], list[Op]]) -> Callable[[], list[Op]]:
    """``plan`` with a refused snapshot edit reported like any refused edit."""
    def planned() -> list[Op]:
        try:
            return plan()
        except snapshots.SnapshotError as exc:
            raise edits.EditError(str(exc)) from exc
    return planned
