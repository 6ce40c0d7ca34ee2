"""Lay the printed map out at print size, place the line labels, and measure the result.

:func:`print_positions` is the one call that turns print footprints into
positions. The map's own arrangement (what the user sees on screen) is the
seed: it is stretched towards the shape of the map box, brought to the
density of the print footprints and freed of overlaps with those very
footprints, so nothing is enlarged after layout and no two footprints touch.

Line labels ("namens …", "voorzitter", relation kinds) are then put on their
line where they hit no name, shape or other label; a label that finds no
free place is left out (the legend still says what the line is).
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF

from stakeholders.export.mapgeom import FONT, GAP, PrintGeometry, metrics
from stakeholders.layout import auto_layout, compact
from stakeholders.layout.compaction import overlapping, print_fill
from stakeholders.layout.types import Positions
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RegionMap

log = logging.getLogger(__name__)

#: Where along a line its label may go (fractions from the source), best first.
_ALONG = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82)


def print_positions(region: RegionMap, boxes: dict[str, tuple[float, float, float]],
                    seed: Positions, aspect: float) -> Positions:
    """Positions for ``boxes`` (uid -> (w, h, dy)) that keep them clear of each other.

    ``seed`` gives the arrangement to start from (the map's own positions);
    ``aspect`` is the width/height of the box the map will be printed in. Two
    candidates, both free of overlap: the seed compacted
    (:func:`~stakeholders.layout.compact`) and the default layout with the
    page's footprints seeded with the map
    (:func:`~stakeholders.layout.auto_layout`); whichever prints larger is used
    (measured on the examples and a generated 300-party map: the compacted seed,
    by 10-20 %, after the crossing reduction made auto_layout spread a little).
    """
    uids = list(boxes)
    if not uids:
        return {}
    own = compact(seed, boxes, aspect, GAP)
    auto = {**seed, **auto_layout(region, boxes=boxes, seed=seed)}
    if all(u in auto for u in uids):
        larger = print_fill(auto, boxes, aspect) > print_fill(own, boxes, aspect)
        if larger and not overlapping(auto, boxes):
            log.debug("print layout: auto_layout")
            return {u: auto[u] for u in uids}
    return own


@dataclass
class EdgeLabel:
    """A placed line label: its text and the rectangle (map units) it is drawn in."""

    text: str
    rect: QRectF
    edge: int  #: index into the geometry's edges


class _Grid:
    """Rectangles in a uniform grid, to ask quickly whether a new one hits any."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[QRectF]] = defaultdict(list)

    def _keys(self, rect: QRectF):
        c = self.cell
        for i in range(math.floor(rect.left() / c), math.floor(rect.right() / c) + 1):
            for j in range(math.floor(rect.top() / c), math.floor(rect.bottom() / c) + 1):
                yield i, j

    def add(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self.cells[key].append(rect)

    def hits(self, rect: QRectF) -> bool:
        return any(rect.intersects(other) for key in self._keys(rect)
                   for other in self.cells.get(key, ()))


def anchor(body: QRectF, centre: QPointF, towards: QPointF, round_shape: bool) -> QPointF:
    """Where a line from ``centre`` towards ``towards`` leaves ``body`` (placed at centre)."""
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if abs(dx) < 1e-6 and abs(dy) < 1e-6:
        return centre
    if round_shape:
        length = math.hypot(dx, dy)
        r = body.width() / 2
        return QPointF(centre.x() + dx / length * r, centre.y() + dy / length * r)
    half_w, half_h = body.width() / 2, body.height() / 2
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def edge_line(geometry: PrintGeometry, positions: Positions, index: int) -> QLineF:
    """The visible segment of an edge: from the source's outline to the target's."""
    edge = geometry.edges[index]
    source = geometry.nodes[edge.source]
    start = QPointF(*positions[edge.source])
    if edge.target in geometry.target_owner:
        target = next(t for t in source.targets if t.key == edge.target)
        # From below the holder's name straight down to its "alle …" box.
        text_bottom = max((t.rect.bottom() for t in source.texts), default=source.body.bottom())
        top = target.rect.translated(start)
        return QLineF(QPointF(top.center().x(), start.y() + text_bottom + 0.1 * FONT),
                      QPointF(top.center().x(), top.top()))
    node = geometry.nodes[edge.target]
    end = QPointF(*positions[edge.target])
    return QLineF(anchor(source.body, start, end, source.kind == EntityKind.PARTY),
                  anchor(node.body, end, start, node.kind == EntityKind.PARTY))


def obstacles(geometry: PrintGeometry, positions: Positions) -> list[QRectF]:
    """Every shape, box and line of text on the map (map units)."""
    rects = []
    for uid, node in geometry.nodes.items():
        at = QPointF(*positions[uid])
        rects.append(node.body.translated(at))
        rects.extend(t.rect.translated(at) for t in node.texts)
        for target in node.targets:
            rects.append(target.rect.translated(at))
        if node.badge[0]:
            rects.append(node.badge_rect().translated(at))
    return rects


def _short(label: str) -> str:
    """A shorter form of a line label: its first word ("namens", "voorzitter")."""
    head = label.split(" (", 1)[0].split(",", 1)[0].strip()
    return head if head != label else ""


def place_labels(geometry: PrintGeometry, positions: Positions, bounds: QRectF
                 ) -> tuple[list[EdgeLabel], int]:
    """Put line labels where they hit nothing; return them and how many were left out."""
    grid = _Grid(4 * FONT)
    for rect in obstacles(geometry, positions):
        grid.add(rect.adjusted(-0.1 * FONT, -0.05 * FONT, 0.1 * FONT, 0.05 * FONT))
    height = metrics().height()
    placed: list[EdgeLabel] = []
    left_out = 0
    for index, edge in enumerate(geometry.edges):
        if not edge.label:
            continue
        line = edge_line(geometry, positions, index)
        spot = None
        for text in (edge.label, _short(edge.label)):
            if not text:
                continue
            width = metrics().horizontalAdvance(text) + 0.3 * FONT
            for t in _ALONG:
                centre = line.pointAt(t)
                rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
                if bounds.contains(rect) and not grid.hits(rect):
                    spot = EdgeLabel(text, rect, index)
                    break
            if spot is not None:
                break
        if spot is None:
            left_out += 1
            continue
        placed.append(spot)
        grid.add(spot.rect)
    if left_out:
        log.info("%d line label(s) found no free place on the page", left_out)
    return placed, left_out


def drawing_bounds(geometry: PrintGeometry, positions: Positions) -> QRectF:
    """The rectangle around every footprint (map units)."""
    rect = QRectF()
    for uid, node in geometry.nodes.items():
        rect = rect.united(node.footprint.translated(QPointF(*positions[uid])))
    return rect
