"""The result type of every layout function."""

from __future__ import annotations

#: New canvas positions by item uid: ``uid -> (x, y)``.
Positions = dict[str, tuple[float, float]]
