"""Timing helpers shared by the bench scripts (one place for how a figure is taken)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def samples(function: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` runs of ``function``."""
    taken = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        taken.append(time.perf_counter() - start)
    return taken


def fastest(function: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs (on a shared machine the least disturbed one)."""
    return min(samples(function, repeat))


def median(function: Callable[[], object], repeat: int) -> float:
    """The median of ``repeat`` runs."""
    return statistics.median(samples(function, repeat))
