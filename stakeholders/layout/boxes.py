"""The true footprint of every item of a map, for the layouts (Qt-free).

A party's footprint is its shape plus its wrapped name
(:func:`~stakeholders.layout.labels.node_box`); a mandate holder's footprint
also holds the row of its "alle ‹type›" targets
(:func:`~stakeholders.layout.labels.footprint`), so a layout reserves room
for them. The canvas and the page draw the same boxes, so a layout free of
overlap here is free of overlap there. :func:`mandate_labels` gives the
"namens …" label of every mandate line between two parties, which the
automatic layout keeps clear as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from stakeholders.i18n import tr
from stakeholders.layout.labels import (
    FONT_PX,
    BoxKind,
    NodeBox,
    footprint,
    line_label_size,
    node_box,
)
from stakeholders.model import vocab
from stakeholders.model.entities import Mandate
from stakeholders.model.regionmap import RegionMap, fold

#: ``uid -> (width, height, dy)``: a box of that size whose centre lies ``dy`` below the item.
BoxSizes = dict[str, tuple[float, float, float]]


@dataclass(frozen=True)
class MapBoxes:
    """Per item uid: its own box, its "alle ‹type›" targets and the footprint of both."""

    items: dict[str, NodeBox]
    targets: dict[str, list[NodeBox]]
    sizes: BoxSizes


def type_target_text(namens_type: str, namens_subregio: str = "") -> str:
    """The text of an "alle ‹type›" target, as the canvas shows it."""
    party_type = vocab.party_types().by_id.get(namens_type)
    label = party_type.label_nl if party_type else namens_type
    text = tr("MapScene", "alle {type}").format(type=label)
    return f"{text} @{namens_subregio}" if namens_subregio else text


def type_targets(region: RegionMap) -> dict[str, list[str]]:
    """Per holder (folded id): the texts of its "alle ‹type›" targets, one per type and subregio,
    in map order (the canvas draws one target per holder, type and subregio)."""
    result: dict[str, list[str]] = {}
    seen: set[tuple[str, str, str]] = set()
    for mandate in region.mandates:
        if mandate.namens_partij or not mandate.namens_type:
            continue
        key = (fold(mandate.houder), mandate.namens_type, mandate.namens_subregio)
        if key in seen:
            continue
        seen.add(key)
        result.setdefault(key[0], []).append(
            type_target_text(mandate.namens_type, mandate.namens_subregio))
    return result


@dataclass(frozen=True)
class LineLabel:
    """The label of a mandate line for one party: drawn centred on the midpoint between the
    holder's and the party's positions (the canvas puts it on the line's middle)."""

    holder: str  #: uid of the mandate holder
    party: str  #: uid of the party it speaks for
    text: str
    width: float
    height: float


def mandate_label_text(region: RegionMap, mandates: list[Mandate]) -> str:
    """The label of the line of ``mandates`` (one holder, one party), as the canvas writes it:
    "namens (alle tafels)", "namens (A, B)" or "namens (3 tafels)", with "· verlopen" when
    none is valid on the map's reference date and "· informeel" when one valid is informal."""
    tables = sorted({m.tafel for m in mandates})
    if "" in tables:
        where = tr("MapScene", "alle tafels")
    else:
        by_id = {fold(t.id): t for t in region.tables}
        names = [by_id[fold(t)].naam if fold(t) in by_id else t for t in tables]
        where = (", ".join(names) if len(names) <= 2
                 else tr("MapScene", "{n} tafels").format(n=len(names)))
    text = tr("MapScene", "namens ({waar})").format(waar=where)
    reference = region.reference_date()
    current = [m for m in mandates if m.is_valid_on(reference)]
    if not current:
        text += " · " + tr("MapScene", "verlopen")
    elif not all(m.formeel for m in current):
        text += " · " + tr("MapScene", "informeel")
    return text


def mandate_labels(region: RegionMap, font_px: float = FONT_PX) -> list[LineLabel]:
    """The label of every mandate line between two parties of ``region`` (one per holder and
    party, as the canvas draws them)."""
    uid_of = {fold(p.id): p.uid for p in reversed(region.parties)}
    groups: dict[tuple[str, str], list[Mandate]] = {}
    for mandate in region.mandates:
        if not mandate.namens_partij:
            continue
        holder, party = uid_of.get(fold(mandate.houder)), uid_of.get(fold(mandate.namens_partij))
        if holder is not None and party is not None and holder != party:
            groups.setdefault((holder, party), []).append(mandate)
    labels = []
    for (holder, party), mandates in groups.items():
        text = mandate_label_text(region, mandates)
        width, height = line_label_size(text, font_px)
        labels.append(LineLabel(holder, party, text, width, height))
    return labels


def map_boxes(region: RegionMap, font_px: float = FONT_PX) -> MapBoxes:
    """The footprint of every party and table of ``region`` at label size ``font_px``."""
    kinds = {k.id: k.label_nl for k in vocab.table_kinds()}
    items: dict[str, NodeBox] = {}
    targets: dict[str, list[NodeBox]] = {}
    sizes: BoxSizes = {}
    texts = type_targets(region)
    for party in region.parties:
        box = node_box(BoxKind.PARTY, party.naam or party.id, font_px)
        items[party.uid] = box
        own = [node_box(BoxKind.TARGET, text, font_px) for text in texts.get(fold(party.id), ())]
        targets[party.uid] = own
        sizes[party.uid] = footprint(box, own)
    for table in region.tables:
        box = node_box(BoxKind.TABLE, table.naam or table.id, font_px,
                       subtitle=kinds.get(table.soort, table.soort))
        items[table.uid] = box
        targets[table.uid] = []
        sizes[table.uid] = (box.width, box.height, box.dy)
    return MapBoxes(items, targets, sizes)
