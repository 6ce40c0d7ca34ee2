"""What the map shows of each entity: names, kinds, badges, and every line with its style.

The canvas (``ui.canvas.scene``) and the printed page (``export.mapgeom``)
both draw from these values, so a line means the same on screen and on
paper: which seats are drawn how, which mandate rows share one arrow and
what its label says, what an "alle ‹type›" target reads, how many open
findings a badge counts. Plain functions of the model (no widgets).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from stakeholders.i18n import translator
from stakeholders.layout.boxes import mandate_label_text
from stakeholders.look import lines
from stakeholders.look.lines import LineStyle
from stakeholders.model import vocab
from stakeholders.model.entities import Mandate, Party, Relation, Seat, Table
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RegionMap, fold
from stakeholders.rules.catalogue import LEVELS
from stakeholders.rules.flags import Flag

_t = translator("MapScene")

#: The seat roles a line is labelled with (a plain member's seat has no label).
LABELLED_ROLES = ("voorzitter", "initiatiefnemer", "adviseur", "toehoorder", "secretariaat")
#: The roles whose seat is drawn wider (they lead the table).
LEADING_ROLES = ("voorzitter", "initiatiefnemer")
#: The kind of line from a sub-table to its parent table (not an entity of its own).
PARENT_LINK = "parent"
#: Drawing order of the kinds of line (later ones are drawn on top).
LINE_KINDS = (EntityKind.SEAT, EntityKind.MANDATE, EntityKind.RELATION, PARENT_LINK)


def _role_label(role: str) -> str:
    """The Dutch word on a seat's line for ``role``."""
    labels = {
        "voorzitter": _t("voorzitter"),
        "initiatiefnemer": _t("initiatiefnemer"),
        "adviseur": _t("adviseur"),
        "toehoorder": _t("toehoorder"),
        "secretariaat": _t("secretariaat"),
    }
    return labels[role]


# -- nodes --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PartyFace:
    """How a party shows: name (its id when unnamed), domain and type label."""

    name: str
    domain: str
    type_label: str


@dataclass(frozen=True)
class TableFace:
    """How a table shows: name (its id when unnamed), kind label and independent chair."""

    name: str
    kind_label: str
    chair: str


def party_face(party: Party) -> PartyFace:
    """What a party's node shows (an unnamed party shows its id, as the layouts measure it)."""
    party_type = vocab.party_types().by_id.get(party.type)
    return PartyFace(party.naam or party.id, vocab.domain_of(party.type),
                     party_type.label_nl if party_type else party.type)


def table_face(table: Table) -> TableFace:
    """What a table's node shows."""
    kind = vocab.table_kinds().by_id.get(table.soort)
    return TableFace(table.naam or table.id, kind.label_nl if kind else table.soort,
                     table.onafhankelijke_voorzitter)


def badges(flags: Iterable[Flag]) -> dict[str, tuple[int, str]]:
    """Per subject id: (open findings, worst open level). One finding per theme counts."""
    counts: dict[str, int] = defaultdict(int)
    worst: dict[str, int] = {}
    themes: set[tuple[str, str]] = set()
    for flag in flags:
        if flag.waived:
            continue
        if (flag.subject, flag.thema) not in themes:
            themes.add((flag.subject, flag.thema))
            counts[flag.subject] += 1
        rank = LEVELS.index(flag.level)
        worst[flag.subject] = min(worst.get(flag.subject, rank), rank)
    return {subject: (count, LEVELS[worst[subject]]) for subject, count in counts.items()}


# -- lines --------------------------------------------------------------------------------
def seat_look(region: RegionMap, seat: Seat, table: Table | None) -> tuple[LineStyle, str]:
    """A seat's line style and label (its roles, the table's chair included)."""
    roles = []
    if table is not None and table.voorzitter == seat.partij and seat.rol != "voorzitter":
        roles.append("voorzitter")
    if seat.rol in LABELLED_ROLES:
        roles.append(seat.rol)
    if seat.rol == "toehoorder":
        style = lines.SEAT_LISTENER
    elif seat.ring == "tweede-ring":
        style = lines.SEAT_SECOND_RING
    else:
        style = lines.SEAT
    if any(role in LEADING_ROLES for role in roles):
        style = style.wider(lines.LEADING_SEAT_EXTRA_WIDTH)
    return style, ", ".join(_role_label(role) for role in roles)


def relation_look(relation: Relation) -> tuple[LineStyle, str]:
    """A relation's line style and label (its kind)."""
    return lines.RELATION, vocab.RELATION_KINDS.label(relation.soort)


def parent_look() -> tuple[LineStyle, str]:
    """A sub-table's link to its parent table."""
    return lines.PARENT_LINK, _t("onderdeel van")


def mandate_key(mandate: Mandate) -> str:
    """The arrow a mandate row belongs to: rows with the same holder and target share one."""
    target = mandate.namens_partij or f"type:{mandate.namens_type}@{mandate.namens_subregio}"
    return f"mandate:{mandate.houder}->{target}"


def mandate_groups(region: RegionMap) -> dict[str, list[Mandate]]:
    """The mandate rows per arrow, in Mandaten row order."""
    groups: dict[str, list[Mandate]] = defaultdict(list)
    for mandate in region.mandates:
        groups[mandate_key(mandate)].append(mandate)
    return dict(groups)


def mandate_look(region: RegionMap, mandates: list[Mandate]) -> tuple[LineStyle, str]:
    """One mandate arrow's style (expired, formal or informal) and its label.

    The label is the text the layouts keep room for (``layout.boxes``): one place.
    """
    reference = region.reference_date()
    current = [m for m in mandates if m.is_valid_on(reference)]
    if not current:
        style = lines.MANDATE_EXPIRED
    elif all(m.formeel for m in current):
        style = lines.MANDATE_FORMAL
    else:
        style = lines.MANDATE_INFORMAL
    return style, mandate_label_text(region, mandates)


def type_target_text(mandate: Mandate) -> str:
    """What the target of a mandate on behalf of a whole type reads: "alle huisartsen @Noord"."""
    party_type = vocab.party_types().by_id.get(mandate.namens_type)
    label = party_type.label_nl if party_type else mandate.namens_type
    text = _t("alle {type}").format(type=label)
    if mandate.namens_subregio:
        text += f" @{mandate.namens_subregio}"
    return text


# -- the whole map ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """One line of the map: from a node to a node or to a holder's "alle ‹type›" target."""

    kind: str  #: one of :data:`LINE_KINDS`
    key: str  #: the entity uid (seat, relation), the mandate arrow key, or ``parent:<uid>``
    source: str  #: uid of the party or table it starts at
    target: str  #: uid of the node it ends at, or the mandate key of a type target
    style: LineStyle
    label: str


@dataclass(frozen=True)
class TypeTarget:
    """An "alle ‹type›" target under the party that holds the mandate."""

    key: str  #: the mandate arrow key
    holder: str  #: the holder's uid
    text: str
    domain: str


class MapLines:
    """Every line and type target of a map, in drawing order (seats, mandates, relations,
    parent links), between the uids of its parties and tables."""

    def __init__(self, region: RegionMap) -> None:
        self.region = region
        self._uid = {fold(e.id): e.uid for e in (*region.parties, *region.tables)}
        self._tables = {fold(t.id): t for t in region.tables}
        self.lines: list[Line] = []
        self.targets: list[TypeTarget] = []
        self._seats()
        self._mandates()
        self._relations()
        self._parents()

    def uid(self, identifier: str) -> str:
        """The uid of the party or table with this id ('' when there is none)."""
        return self._uid.get(fold(identifier), "")

    def _add(self, kind: str, key: str, source_id: str, target_id: str,
             look: tuple[LineStyle, str]) -> None:
        source, target = self.uid(source_id), self.uid(target_id)
        if source and target:
            self.lines.append(Line(kind, key, source, target, *look))

    def _seats(self) -> None:
        for seat in self.region.seats:
            table = self._tables.get(fold(seat.tafel))
            self._add(EntityKind.SEAT, seat.uid, seat.partij, seat.tafel,
                      seat_look(self.region, seat, table))

    def _mandates(self) -> None:
        for key, mandates in mandate_groups(self.region).items():
            first = mandates[0]
            holder = self.uid(first.houder)
            if not holder:
                continue
            look = mandate_look(self.region, mandates)
            if first.namens_partij:
                self._add(EntityKind.MANDATE, key, first.houder, first.namens_partij, look)
                continue
            self.targets.append(TypeTarget(key, holder, type_target_text(first),
                                           vocab.domain_of(first.namens_type)))
            self.lines.append(Line(EntityKind.MANDATE, key, holder, key, *look))

    def _relations(self) -> None:
        for relation in self.region.relations:
            self._add(EntityKind.RELATION, relation.uid, relation.van, relation.naar,
                      relation_look(relation))

    def _parents(self) -> None:
        for table in self.region.tables:
            if table.bovenliggende_tafel:
                self._add(PARENT_LINK, f"parent:{table.uid}", table.id, table.bovenliggende_tafel,
                          parent_look())
