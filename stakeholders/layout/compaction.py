"""``compact``: an arrangement brought to the density of other boxes and squeezed, shape kept.

The page lays the map out again at print size: its boxes are not the
screen's. :func:`compact` keeps the screen's arrangement (``seed``), stretched
towards the shape of the box it will be printed in (``aspect``), brings it to
the density where the print boxes mostly clear each other, frees it of
overlap and then shrinks it towards its centre and frees it again as long as
that lets it be printed larger (a PRISM-like compaction by pushing). Every
result is free of overlap. :func:`~stakeholders.layout.auto_layout` seeded with
the same positions is the other candidate; the page keeps whichever prints
larger (see ``stakeholders.export.maplayout``).
"""

from __future__ import annotations

import math

import numpy as np

from stakeholders.layout._geometry import overlapping_pairs, remove_overlaps, spacing_scale
from stakeholders.layout.boxes import BoxSizes
from stakeholders.layout.types import Positions

#: Above this many items the compaction takes only a few rounds (time).
LARGE = 150


def compact(seed: Positions, boxes: BoxSizes, aspect: float, gap: float) -> Positions:
    """Positions for the items of ``boxes`` (uid -> (w, h, dy)), arranged like ``seed``,
    free of overlap (``gap`` apart) and as large as they can be printed in a box of
    width/height ``aspect``."""
    uids = list(boxes)
    if not uids:
        return {}
    x = np.array([seed.get(u, (0.0, 0.0))[0] for u in uids], dtype=float)
    y = np.array([seed.get(u, (0.0, 0.0))[1] for u in uids], dtype=float)
    w = np.array([boxes[u][0] for u in uids], dtype=float)
    h = np.array([boxes[u][1] for u in uids], dtype=float)
    dy = np.array([boxes[u][2] for u in uids], dtype=float)
    x -= x.mean()
    y -= y.mean()
    span_x = float(x.max() - x.min()) + float(w.mean())
    span_y = float(y.max() - y.min()) + float(h.mean())
    stretch = math.sqrt(max(0.25, min(4.0, aspect * span_y / max(span_x, 1e-9))))
    x *= stretch
    y /= stretch
    if len(uids) > 1:
        scale = spacing_scale(x, y + dy, w / 2, h / 2, gap=gap, low=1e-4, high=1e4)
        x *= scale
        y *= scale
    cx, cy = _squeeze(x, y + dy, w / 2, h / 2, aspect, gap)
    return {u: (float(cx[i]), float(cy[i] - dy[i])) for i, u in enumerate(uids)}


def print_fill(positions: Positions, boxes: BoxSizes, aspect: float) -> float:
    """How large the drawing can be printed in a box of width/height ``aspect`` (the scale
    for a box of height 1: larger is better)."""
    uids = list(boxes)
    cx = np.array([positions[u][0] for u in uids])
    cy = np.array([positions[u][1] + boxes[u][2] for u in uids])
    hw = np.array([boxes[u][0] / 2 for u in uids])
    hh = np.array([boxes[u][1] / 2 for u in uids])
    return _fill(cx, cy, hw, hh, aspect)


def overlapping(positions: Positions, boxes: BoxSizes) -> bool:
    """Whether any two of the ``boxes`` at ``positions`` overlap."""
    uids = list(boxes)
    cx = np.array([positions[u][0] for u in uids])
    cy = np.array([positions[u][1] + boxes[u][2] for u in uids])
    hw = np.array([boxes[u][0] / 2 for u in uids])
    hh = np.array([boxes[u][1] / 2 for u in uids])
    i, _j = overlapping_pairs(cx, cy, hw, hh, 0.0)
    return len(i) > 0


def _fill(cx: np.ndarray, cy: np.ndarray, hw: np.ndarray, hh: np.ndarray, aspect: float
          ) -> float:
    width = float((cx + hw).max() - (cx - hw).min())
    height = float((cy + hh).max() - (cy - hh).min())
    return min(aspect / width, 1.0 / height)


def _squeeze(cx: np.ndarray, cy: np.ndarray, hw: np.ndarray, hh: np.ndarray, aspect: float,
             gap: float, rounds: int = 14) -> tuple[np.ndarray, np.ndarray]:
    """Free the boxes of overlaps, then shrink the drawing towards its centre and free it again
    as long as that lets it be printed larger. Every result is free of overlaps."""
    movable = np.ones(len(cx), dtype=bool)
    x, y = remove_overlaps(cx, cy, hw, hh, movable, gap=gap)
    best = (_fill(x, y, hw, hh, aspect), x, y)
    if len(cx) > LARGE:
        rounds = min(rounds, 4)  # each round costs time in proportion to the map
    factor = 0.85
    for _ in range(rounds):
        mx, my = x.mean(), y.mean()
        x, y = remove_overlaps(mx + (x - mx) * factor, my + (y - my) * factor, hw, hh, movable,
                               gap=gap)
        score = _fill(x, y, hw, hh, aspect)
        if score > best[0] * 1.005:
            best = (score, x, y)
        elif factor > 0.95:
            break
        else:
            x, y = best[1], best[2]
            factor = 1 - (1 - factor) / 2
    return best[1], best[2]
