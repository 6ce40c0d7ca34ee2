"""The Document: the one object that owns the map being edited and announces every change.

Views never change the map; they ask an editor, which plans an edit
(:mod:`stakeholders.model.edits`) and pushes an undo command; the command
calls :meth:`Document.apply`. The Document emits fine-grained signals so the
canvas and panels update only what changed, and ``changed`` once per edit so
the rules can re-check. Only ``QtCore`` is used (signals), never widgets.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from stakeholders.model.entities import Party, Table
from stakeholders.model.kinds import EntityKind
from stakeholders.model.ops import Insert, Op, Replace, SetInfo, SetRules, SetSnapshots, apply_to
from stakeholders.model.regionmap import RegionMap, fold

log = logging.getLogger(__name__)


class Document(QObject):
    """Owns a :class:`RegionMap` and its file name; all changes go through :meth:`apply`."""

    #: The whole map was replaced (new, open, import).
    reset = Signal()
    #: An entity was added: (kind, uid); kind is an :class:`EntityKind` value.
    added = Signal(str, str)
    #: An entity was removed: (kind, uid); kind is an :class:`EntityKind` value.
    removed = Signal(str, str)
    #: An entity was replaced by a changed version: (kind, uid).
    updated = Signal(str, str)
    #: The Kaart info changed.
    info_changed = Signal()
    #: The region's own rules changed.
    rules_changed = Signal()
    #: The map's snapshots (momentopnames) changed.
    snapshots_changed = Signal()
    #: After every edit (one emission per apply or reset).
    changed = Signal()
    #: The file the document belongs to changed (save as, open).
    path_changed = Signal(str)

    def __init__(self, region: RegionMap | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._region = region or RegionMap()
        self._path: Path | None = None
        self._by_uid: dict[str, tuple[EntityKind, Any]] = {}
        self._by_id: dict[str, Any] = {}
        self._reindex()

    # -- state ------------------------------------------------------------------
    @property
    def region(self) -> RegionMap:
        """The map. Read it freely; never change it except through :meth:`apply`."""
        return self._region

    @property
    def path(self) -> Path | None:
        """The ``.regiokaart`` file the map is saved to, if any."""
        return self._path

    def set_path(self, path: Path | None) -> None:
        """Remember the file the map belongs to (after open or save as)."""
        self._path = Path(path) if path else None
        self.path_changed.emit(str(self._path or ""))

    def entity(self, uid: str) -> Any | None:
        """The current entity with ``uid``, or ``None``."""
        hit = self._by_uid.get(uid)
        return hit[1] if hit else None

    def kind_of(self, uid: str) -> EntityKind | None:
        """The kind (party, table, …) of ``uid``, or ``None``."""
        hit = self._by_uid.get(uid)
        return hit[0] if hit else None

    def by_id(self, identifier: str) -> Party | Table | None:
        """The party or table with this id (case-insensitive)."""
        return self._by_id.get(fold(identifier))

    def uid_of(self, identifier: str) -> str | None:
        """The uid of the party or table with this id."""
        item = self.by_id(identifier)
        return item.uid if item is not None else None

    def items(self, kind: EntityKind | str) -> list[Any]:
        """The entities of one kind, in row order."""
        return getattr(self._region, EntityKind(kind).list_name)

    # -- changes ----------------------------------------------------------------
    def load(self, region: RegionMap, path: Path | None = None) -> None:
        """Replace the whole map (open, new, import)."""
        self._region = region
        self._reindex()
        self._path = Path(path) if path else None
        self.reset.emit()
        self.path_changed.emit(str(self._path or ""))
        self.changed.emit()

    def apply(self, ops: list[Op]) -> None:
        """Apply operations in order, emitting a signal per change and ``changed`` once."""
        if not ops:
            return
        for op in ops:
            apply_to(self._region, op)
            self._index_op(op)
            if isinstance(op, SetInfo):
                self.info_changed.emit()
            elif isinstance(op, SetRules):
                self.rules_changed.emit()
            elif isinstance(op, SetSnapshots):
                self.snapshots_changed.emit()
            elif isinstance(op, Insert):
                self.added.emit(op.kind, op.entity.uid)
            elif isinstance(op, Replace):
                self.updated.emit(op.kind, op.new.uid)
            else:
                self.removed.emit(op.kind, op.entity.uid)
        self.changed.emit()

    # -- indexes ------------------------------------------------------------------
    def _reindex(self) -> None:
        self._by_uid = {}
        for kind in EntityKind:
            for item in getattr(self._region, kind.list_name):
                self._by_uid[item.uid] = (kind, item)
        self._by_id = {fold(p.id): p for p in self._region.parties}
        self._by_id.update({fold(t.id): t for t in self._region.tables})

    def _index_op(self, op: Op) -> None:
        if isinstance(op, (SetInfo, SetRules, SetSnapshots)):
            return
        if isinstance(op, Insert):
            entity = op.entity
            self._by_uid[entity.uid] = (EntityKind(op.kind), entity)
            if EntityKind(op.kind).is_node:
                self._by_id[fold(entity.id)] = entity
        elif isinstance(op, Replace):
            self._by_uid[op.new.uid] = (EntityKind(op.kind), op.new)
            if EntityKind(op.kind).is_node:
                self._by_id.pop(fold(op.old.id), None)
                self._by_id[fold(op.new.id)] = op.new
        else:
            self._by_uid.pop(op.entity.uid, None)
            if EntityKind(op.kind).is_node:
                self._by_id.pop(fold(op.entity.id), None)
