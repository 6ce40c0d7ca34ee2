"""Give parties and tables without a canvas position a place (maps from spreadsheets).

Used when a map is opened in the GUI, by ``stakeholders convert`` and before
it is exported, so the screen, the converted file and the page show the same
arrangement. A map without any position gets the default layout
(:func:`~stakeholders.layout.auto_layout`); in a map that is already laid out,
only the items without a position are placed, among the others. Qt-free.
"""

from __future__ import annotations

from dataclasses import replace

from stakeholders.layout import ProgressFn
from stakeholders.model.regionmap import RegionMap


def needs_positions(region: RegionMap) -> bool:
    """Whether any party or table has no position yet."""
    return any(p.pos is None for p in region.parties) or any(t.pos is None for t in region.tables)


def missing_positions(region: RegionMap) -> set[str]:
    """Uids of the parties and tables without a position."""
    return {i.uid for i in (*region.parties, *region.tables) if i.pos is None}


def with_positions(region: RegionMap, progress: ProgressFn = None) -> RegionMap:
    """The same map where every party and table has a position (existing ones kept).

    ``progress`` is passed to the layout (see :mod:`stakeholders.layout`): it can
    follow and cancel it (:class:`~stakeholders.layout.Cancelled`).
    """
    missing = missing_positions(region)
    if not missing:
        return region
    from stakeholders.layout import auto_layout

    everything = len(missing) == len(region.parties) + len(region.tables)
    positions = auto_layout(region, only=None if everything else missing, progress=progress)
    return replace(
        region,
        parties=[replace(p, pos=positions.get(p.uid, p.pos)) for p in region.parties],
        tables=[replace(t, pos=positions.get(t.uid, t.pos)) for t in region.tables],
    )
