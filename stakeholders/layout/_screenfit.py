"""Spreading a crowded map evenly over the window, so that every name finds room at fit.

When the whole map is fitted to the window, the canvas draws every name at
least :data:`READABLE_PX` pixels high: on a map of 150 parties the names grow
to two or three times the room the layout kept for them, and compete for the
free space around their nodes. A force drawing is a round blob, dense in the
middle and sparse at its rim and in the corners of the window, so the names
in the middle find no room while the corners stay empty. Two steps fix that
without changing the drawing's structure:

* :func:`equalize`: per axis, every item moves towards the place it would
  have if the items, in their present order along that axis, were spread
  evenly over the drawing's extent (each taking room in proportion to its
  box), as in histogram equalization. The order along each axis is kept, so
  neighbours stay neighbours; the dense middle opens up, the sparse rim
  closes in. A PRISM pass then removes the overlaps this made.
* :func:`stretch`: the drawing is stretched along its short axis until its
  extent has the shape of the window (:data:`WINDOW`). Stretching keeps every
  crossing and cannot make an overlap; the fit zoom stays the same (the long
  axis decides it), and the names get the room that was left empty above and
  below the map.

:func:`crowded` says when this is worth it: on maps where every name should be
shown (at most :data:`EVERY_NAME` items) and whose names would grow by more
than :data:`CROWDED_SCALE` at fit.
"""

from __future__ import annotations

import numpy as np

from stakeholders.layout.labels import FONT_PX
from stakeholders.layout.quality import fit_scale

#: The map's part of a 1920 × 1080 window with the side panels open as on a first start,
#: less the canvas' fit margins (pixels): the screen the automatic layout is made for.
WINDOW = (1224.0, 946.0)
#: Smallest size of a name on screen (the canvas' default text size), pixels.
READABLE_PX = 12.0
#: Maps with more items show their names by importance (the canvas shows as many as fit).
EVERY_NAME = 200
#: Names that grow by more than this at fit need an evenly spread map.
CROWDED_SCALE = 1.5


def name_scale(pos: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
               dy: np.ndarray) -> float:
    """How many times their own size the canvas draws the names when the drawing (item
    positions ``pos``, boxes centred ``dy`` below them) is fitted to :data:`WINDOW`."""
    zoom = fit_scale(pos, half_w, half_h, dy, *WINDOW)
    return READABLE_PX / (FONT_PX * zoom)


def crowded(pos: np.ndarray, half_w: np.ndarray, half_h: np.ndarray, dy: np.ndarray) -> bool:
    """Whether the drawing should be spread evenly (see the module's description)."""
    return len(pos) <= EVERY_NAME and name_scale(pos, half_w, half_h, dy) > CROWDED_SCALE


def equalize(x: np.ndarray, half_w: np.ndarray, half_h: np.ndarray) -> np.ndarray:
    """Box centres ``x`` spread evenly along each axis, order and extent kept: each item
    takes a share of the extent in proportion to its box's size along that axis."""
    out = np.array(x, dtype=float)
    if len(x) < 3:
        return out
    for axis, half in ((0, half_w), (1, half_h)):
        v = out[:, axis]
        order = np.argsort(v, kind="stable")
        size = half[order]
        room = np.cumsum(2.0 * size) - size  # the middle of each item's share
        span = room[-1] - room[0]
        if span <= 0:
            continue
        lo, hi = float(v.min()), float(v.max())
        target = np.empty(len(v))
        target[order] = lo + (room - room[0]) / span * (hi - lo)
        out[:, axis] = target
    return out


def stretch(pos: np.ndarray, half_w: np.ndarray, half_h: np.ndarray,
            dy: np.ndarray) -> np.ndarray:
    """Item positions ``pos`` stretched along the short axis, about their mean, until the
    boxes' extent has the aspect ratio of :data:`WINDOW` (never shrunk)."""
    if len(pos) < 2:
        return pos
    width = float((pos[:, 0] + half_w).max() - (pos[:, 0] - half_w).min())
    height = float((pos[:, 1] + dy + half_h).max() - (pos[:, 1] + dy - half_h).min())
    aspect = WINDOW[0] / WINDOW[1]
    axis, want = (1, width / aspect - height) if width > aspect * height else (
        0, height * aspect - width)
    inner = float(np.ptp(pos[:, axis]))
    if want <= 0 or inner <= 0:
        return pos
    out = np.array(pos, dtype=float)
    mid = out[:, axis].mean()
    out[:, axis] = mid + (out[:, axis] - mid) * (inner + want) / inner
    return out
