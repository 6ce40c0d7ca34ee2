"""Room for the labels of mandate lines: their boxes on the lines' midpoints, clear of the rest.

A mandate line between two parties carries its label ("namens …") on its
midpoint. :func:`make_room` treats each label as a box tied to that midpoint
and repeats two steps until nothing overlaps (or a few dozen rounds):

1. a line too short for its label (the box on the midpoint would touch one of
   the two ends' footprints) is lengthened, its ends moved apart along it;
2. overlapping boxes are pushed apart as in
   :func:`~stakeholders.layout._geometry.push_apart`, where a label takes its
   push by moving both ends of its line (so it stays on the midpoint).

:class:`Labels` also answers, for the crossing reduction, whether an item may
stand at a spot without putting a label on a box or a box on a label.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from stakeholders.layout._geometry import DENSE_PAIRS, candidate_pairs, pushes

#: Room kept between a label and the boxes and labels around it (the label has its own
#: white margin already).
LABEL_GAP = 4.0
#: Rounds of lengthening and pushing at most.
ROUNDS = 60
#: On a small map every pair is a candidate; the rounds test only the pairs within ``SLACK``
#: of touching, chosen afresh every ``REFRESH`` rounds (and before stopping, all pairs).
SLACK = 48.0
REFRESH = 6


@dataclass
class Labels:
    """Line labels: the ends ``a``, ``b`` (item indices) and half sizes of each label box."""

    a: np.ndarray
    b: np.ndarray
    half_w: np.ndarray
    half_h: np.ndarray

    def __len__(self) -> int:
        return len(self.a)

    def centres(self, pos: np.ndarray) -> np.ndarray:
        """Label box centres: the midpoints of their lines (item positions ``pos``)."""
        return (pos[self.a] + pos[self.b]) / 2


def make_room(pos: np.ndarray, dy: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
              movable: np.ndarray, labels: Labels, gap: float) -> np.ndarray:
    """Item positions where every label box clears every footprint and label (as far as a
    few dozen rounds get); boxes keep ``gap`` between them as before."""
    pos = np.array(pos, dtype=float)
    if not len(labels):
        return pos
    n, m = len(pos), len(labels)
    share = np.concatenate([movable.astype(float),
                            (movable[labels.a] | movable[labels.b]).astype(float)])
    hw = np.concatenate([half_w + (gap - LABEL_GAP) / 2, labels.half_w])
    hh = np.concatenate([half_h + (gap - LABEL_GAP) / 2, labels.half_h])
    own_a = np.full(n + m, -1, dtype=np.int64)
    own_b = np.full(n + m, -1, dtype=np.int64)
    own_a[n:], own_b[n:] = labels.a, labels.b
    fixed_pairs = None
    near = None  # of the fixed pairs, those close enough to meet within a few rounds
    ends = np.concatenate([labels.a, labels.b])
    for k in range(ROUNDS):
        _lengthen(pos, dy, half_w, half_h, movable, labels)
        centres = labels.centres(pos)
        x = np.concatenate([pos[:, 0], centres[:, 0]])
        y = np.concatenate([pos[:, 1] + dy, centres[:, 1]])
        if fixed_pairs is not None:
            i, j = fixed_pairs
            if near is None or k % REFRESH == 0:
                near = _close(x, y, hw, hh, *fixed_pairs)
            i, j = i[near], j[near]
        else:
            i, j = candidate_pairs(x, y, 2.0 * float(max(hw.max(), hh.max())) + LABEL_GAP)
            # A label and the ends of its own line are kept apart by lengthening, not pushing.
            keep = ((own_a[i] != j) & (own_a[j] != i) & (own_b[i] != j) & (own_b[j] != i))
            i, j = i[keep], j[keep]
            if n + m <= DENSE_PAIRS:  # all pairs: the same every round
                fixed_pairs = (i, j)
        touching = _overlapping(x, y, hw, hh, i, j, n, gap)
        if not touching.any():
            if fixed_pairs is None or not _overlapping(x, y, hw, hh, *fixed_pairs, n, gap).any():
                break
            near = _close(x, y, hw, hh, *fixed_pairs)  # moved near since the last look
            i, j = fixed_pairs[0][near], fixed_pairs[1][near]
            touching = _overlapping(x, y, hw, hh, i, j, n, gap)
        # Push the pairs with a label in them, and boxes that touch: boxes that are merely
        # closer than gap are left alone (pushing them too only makes the rounds fight).
        push = touching | (i >= n) | (j >= n)
        disp_x, disp_y, _ = pushes(x, y, hw, hh, share, LABEL_GAP, i[push], j[push])
        # A label's push moves both ends of its line.
        disp_x[:n] += np.bincount(ends, np.concatenate([disp_x[n:], disp_x[n:]]), n)
        disp_y[:n] += np.bincount(ends, np.concatenate([disp_y[n:], disp_y[n:]]), n)
        pos[:, 0] += disp_x[:n] * movable
        pos[:, 1] += disp_y[:n] * movable
    return pos


def _close(x: np.ndarray, y: np.ndarray, hw: np.ndarray, hh: np.ndarray, i: np.ndarray,
           j: np.ndarray) -> np.ndarray:
    """Which pairs are within :data:`SLACK` of touching: the only ones that can touch or be
    pushed in the next :data:`REFRESH` rounds (a round moves a box a few units)."""
    return ((np.abs(x[j] - x[i]) < hw[i] + hw[j] + SLACK)
            & (np.abs(y[j] - y[i]) < hh[i] + hh[j] + SLACK))


def _overlapping(x: np.ndarray, y: np.ndarray, hw: np.ndarray, hh: np.ndarray, i: np.ndarray,
                 j: np.ndarray, n: int, gap: float) -> np.ndarray:
    """Which pairs still need parting: two boxes closer than ``gap``, or a label that touches
    anything (the pushes keep a little more room, to settle; this is the stop test)."""
    # Boxes' hw, hh hold half the difference between gap and LABEL_GAP. Nothing may touch
    # (two boxes squeezed between labels may end up closer than gap, never on each other).
    boxes = (i < n).astype(float) + (j < n)
    margin = -(gap - LABEL_GAP) / 2 * boxes
    return ((np.abs(x[j] - x[i]) < hw[i] + hw[j] + margin)
            & (np.abs(y[j] - y[i]) < hh[i] + hh[j] + margin))


def _lengthen(pos: np.ndarray, dy: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
              movable: np.ndarray, labels: Labels) -> None:
    """Move the ends of every line too short for its label apart along the line (in place)."""
    a, b = labels.a, labels.b
    d = pos[b] - pos[a]
    ax, ay = np.abs(d[:, 0]), np.abs(d[:, 1])
    # The label's centre lies half the line from each end; it clears an end's box when it is
    # far enough from it in x or in y (the box centre lies dy below the end).
    need = np.ones(len(labels))
    for end in (a, b):
        reach_x = 2 * (half_w[end] + labels.half_w + LABEL_GAP)
        reach_y = 2 * (half_h[end] + labels.half_h + LABEL_GAP + np.abs(dy[end]))
        by_x = reach_x / np.maximum(ax, 1e-9)
        by_y = reach_y / np.maximum(ay, 1e-9)
        need = np.maximum(need, np.minimum(by_x, by_y))
    short = need > 1.0 + 1e-9
    if not short.any():
        return
    grow = (need[short, None] - 1.0) / 2 * d[short]
    ma, mb = movable[a[short]], movable[b[short]]
    # Both ends movable: each takes half; one fixed: the other takes all.
    part_a = np.where(ma & mb, 1.0, np.where(ma, 2.0, 0.0))[:, None]
    part_b = np.where(ma & mb, 1.0, np.where(mb, 2.0, 0.0))[:, None]
    np.add.at(pos, a[short], -grow * part_a)
    np.add.at(pos, b[short], grow * part_b)
