"""Measures of a drawing's quality: crossings, overlaps, edge-length spread, label size at fit.

Used by the layout benchmark and the tests, on plain arrays (Qt-free):

* :func:`crossings` – pairs of straight edges (centre to centre) that cross,
  edges sharing an end not counted;
* :func:`overlaps` – pairs of items whose shapes or labels intersect, split
  into node/node, label/label and label/node;
* :func:`edge_length_cv` – coefficient of variation of the edge lengths;
* :func:`fit_scale` – the zoom at which the whole drawing fits a viewport.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from stakeholders.layout._crossings import crossing_pairs
from stakeholders.layout._geometry import near_pairs
from stakeholders.layout.labels import BoxKind, NodeBox


def crossings(pos: np.ndarray, ei: np.ndarray, ej: np.ndarray) -> int:
    """Number of pairs of segments ``pos[ei]–pos[ej]`` that properly cross (exact)."""
    return len(crossing_pairs(pos, ei, ej)[0])


def edge_length_cv(pos: np.ndarray, ei: np.ndarray, ej: np.ndarray) -> float:
    """Standard deviation of the edge lengths divided by their mean (0 for no edges)."""
    if not len(ei):
        return 0.0
    lengths = np.sqrt(((pos[ei] - pos[ej]) ** 2).sum(axis=1))
    mean = float(lengths.mean())
    return float(lengths.std() / mean) if mean > 0 else 0.0


@dataclass(frozen=True)
class Overlaps:
    """Counts of intersecting pairs by what intersects."""

    node_node: int
    label_label: int
    label_node: int

    @property
    def total(self) -> int:
        return self.node_node + self.label_label + self.label_node


def item_rects(pos: np.ndarray, boxes: list[NodeBox]) -> tuple[np.ndarray, np.ndarray]:
    """Shape rectangles and label rectangles ``(x0, y0, x1, y1)`` per item (label rect empty
    for items whose label sits inside their shape)."""
    n = len(boxes)
    shapes = np.zeros((n, 4))
    labels = np.full((n, 4), np.nan)
    for k, box in enumerate(boxes):
        x, y = pos[k]
        shapes[k] = (x - box.shape_w / 2, y - box.shape_h / 2,
                     x + box.shape_w / 2, y + box.shape_h / 2)
        if box.kind == BoxKind.PARTY and box.lines:
            half = box.label_width / 2
            labels[k] = (x - half, y + box.label_top, x + half,
                         y + box.label_top + box.line_height * len(box.lines))
    return shapes, labels


def overlaps(pos: np.ndarray, boxes: list[NodeBox]) -> Overlaps:
    """Pairs of items whose shapes and/or labels intersect (touching is not overlapping)."""
    shapes, labels = item_rects(pos, boxes)
    n = len(boxes)
    if n < 2:
        return Overlaps(0, 0, 0)
    reach = max(max(b.width, b.height) for b in boxes)
    i, j = near_pairs(pos[:, 0], pos[:, 1], reach)

    def hit(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        ok = ~np.isnan(a).any(axis=1) & ~np.isnan(b).any(axis=1)
        inter = ((a[:, 0] < b[:, 2]) & (b[:, 0] < a[:, 2])
                 & (a[:, 1] < b[:, 3]) & (b[:, 1] < a[:, 3]))
        return ok & inter

    node_node = int(hit(shapes[i], shapes[j]).sum())
    label_label = int(hit(labels[i], labels[j]).sum())
    label_node = int((hit(labels[i], shapes[j]) | hit(shapes[i], labels[j])).sum())
    return Overlaps(node_node, label_label, label_node)


def fit_scale(pos: np.ndarray, half_w: np.ndarray, half_h: np.ndarray, dy: np.ndarray,
              width: float, height: float, margin: float = 0.0) -> float:
    """The zoom at which every box fits a ``width`` × ``height`` viewport (minus ``margin``)."""
    x0 = float((pos[:, 0] - half_w).min())
    x1 = float((pos[:, 0] + half_w).max())
    y0 = float((pos[:, 1] + dy - half_h).min())
    y1 = float((pos[:, 1] + dy + half_h).max())
    return min((width - 2 * margin) / max(x1 - x0, 1e-9),
               (height - 2 * margin) / max(y1 - y0, 1e-9))
