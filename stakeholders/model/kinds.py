"""The typed kinds of the map: what an entity is, and what a flag is about.

:class:`EntityKind` names the six entity lists of a
:class:`~stakeholders.model.regionmap.RegionMap`. The Document's signals
(``added``/``removed``/``updated``), the undo operations and the canvas use
it instead of the bare strings ``"party"``, ``"table"``, …

:class:`SubjectKind` is the ``subject_kind`` of a flag record (``rules.md`` §4):
``kaart``, ``tafel`` or ``partij``. Its values are Dutch because they are part
of the file and JSON format; they are not user-visible text.

Both are :class:`~enum.StrEnum`: a member *is* its string value, so it compares
equal to the old literals, travels through a Qt ``Signal(str, str)`` and is
written to JSON unchanged.
"""

from __future__ import annotations

from enum import StrEnum


class EntityKind(StrEnum):
    """The kind of an entity, as used in Document signals and undo operations."""

    PARTY = "party"
    TABLE = "table"
    SEAT = "seat"
    MANDATE = "mandate"
    RELATION = "relation"
    WAIVER = "waiver"

    @property
    def list_name(self) -> str:
        """The :class:`RegionMap` attribute that holds the entities of this kind."""
        return _LIST_NAMES[self]

    @property
    def is_node(self) -> bool:
        """Whether entities of this kind are nodes on the canvas (parties and tables)."""
        return self in (EntityKind.PARTY, EntityKind.TABLE)


_LIST_NAMES: dict[EntityKind, str] = {
    EntityKind.PARTY: "parties",
    EntityKind.TABLE: "tables",
    EntityKind.SEAT: "seats",
    EntityKind.MANDATE: "mandates",
    EntityKind.RELATION: "relations",
    EntityKind.WAIVER: "waivers",
}

#: The kinds whose entities are nodes on the canvas and have an ``id`` (parties, tables).
NODE_KINDS: tuple[EntityKind, ...] = tuple(kind for kind in EntityKind if kind.is_node)


class SubjectKind(StrEnum):
    """What a flag is about (``subject_kind`` of ``rules.md`` §4; a file-format value)."""

    MAP = "kaart"
    TABLE = "tafel"
    PARTY = "partij"


#: Display order of subject kinds: the map first, then tables, then parties (``rules.md`` §4).
SUBJECT_KIND_ORDER: tuple[SubjectKind, ...] = (SubjectKind.MAP, SubjectKind.TABLE,
                                                SubjectKind.PARTY)
