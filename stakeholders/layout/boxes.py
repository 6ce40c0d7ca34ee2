"""The true footprint of every item of a map, for the layouts (Qt-free).

A party's footprint is its shape plus its wrapped name
(:func:`~stakeholders.layout.labels.node_box`); a mandate holder's footprint
also holds the row of its "alle ‹type›" targets
(:func:`~stakeholders.layout.labels.footprint`), so a layout reserves room
for them. The canvas and the page draw the same boxes, so a layout free of
overlap here is free of overlap there.
"""

from __future__ import annotations

from dataclasses import dataclass

from stakeholders.i18n import tr
from stakeholders.layout.labels import FONT_PX, NodeBox, footprint, node_box
from stakeholders.model import vocab
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


def map_boxes(region: RegionMap, font_px: float = FONT_PX) -> MapBoxes:
    """The footprint of every party and table of ``region`` at label size ``font_px``."""
    kinds = {k.id: k.label_nl for k in vocab.table_kinds()}
    items: dict[str, NodeBox] = {}
    targets: dict[str, list[NodeBox]] = {}
    sizes: BoxSizes = {}
    texts = type_targets(region)
    for party in region.parties:
        box = node_box("partij", party.naam or party.id, font_px)
        items[party.uid] = box
        own = [node_box("doel", text, font_px) for text in texts.get(fold(party.id), ())]
        targets[party.uid] = own
        sizes[party.uid] = footprint(box, own)
    for table in region.tables:
        box = node_box("tafel", table.naam or table.id, font_px,
                       subtitle=kinds.get(table.soort, table.soort))
        items[table.uid] = box
        targets[table.uid] = []
        sizes[table.uid] = (box.width, box.height, box.dy)
    return MapBoxes(items, targets, sizes)
