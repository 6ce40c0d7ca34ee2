"""The printed map: geometry, print-size layout and line labels of one drawn region.

A :class:`PrintMap` is built once per drawn region and box shape; the page
asks it how large its names come out in a given box (:meth:`PrintMap.name_pt`)
to choose the paper and whether to aggregate, and then draws it
(:mod:`stakeholders.export.mapdraw`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from stakeholders.export.mapgeom import FONT, PrintGeometry, build_geometry
from stakeholders.export.maplayout import (
    EdgeLabel,
    drawing_bounds,
    place_labels,
    print_positions,
)
from stakeholders.layout.types import Positions
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.flags import Flag

#: Page units per point (the page draws in tenths of a point).
UNITS_PER_POINT = 10
#: Names are never printed larger than this (a small map is drawn smaller, not bloated).
MAX_NAME_PT = 11.0


@dataclass
class PrintMap:
    """A drawn region laid out at print proportions (map units, see mapgeom)."""

    geometry: PrintGeometry
    positions: Positions
    labels: list[EdgeLabel]
    bounds: QRectF

    def scale_for(self, box: QRectF) -> float:
        """Page units per map unit when the drawing fills ``box``."""
        largest = MAX_NAME_PT * UNITS_PER_POINT / FONT
        if self.bounds.isEmpty():
            return largest
        return min(box.width() / self.bounds.width(), box.height() / self.bounds.height(),
                   largest)

    def name_pt(self, box: QRectF) -> float:
        """The size in points of the names when the drawing fills ``box``."""
        return FONT * self.scale_for(box) / UNITS_PER_POINT

    @property
    def empty(self) -> bool:
        return not self.geometry.nodes


def build_print_map(drawn: RegionMap, flags: list[Flag], aspect: float) -> PrintMap:
    """Lay ``drawn`` out at print size for a map box of width/height ``aspect``."""
    geometry = build_geometry(drawn, flags)
    seed = {e.uid: e.pos for e in (*drawn.parties, *drawn.tables) if e.pos is not None}
    boxes = {uid: node.box for uid, node in geometry.nodes.items()}
    positions = print_positions(drawn, boxes, seed, aspect)
    bounds = drawing_bounds(geometry, positions)
    labels, _left_out = place_labels(geometry, positions, bounds)
    return PrintMap(geometry, positions, labels, bounds)
