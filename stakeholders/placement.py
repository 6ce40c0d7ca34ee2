"""Give parties and tables without a canvas position a place (maps from spreadsheets).

Used when a map is opened in the GUI and before it is exported, so the
screen and the page show the same arrangement. Qt-free.
"""

from __future__ import annotations

from dataclasses import replace

from stakeholders.model.regionmap import RegionMap


def needs_positions(region: RegionMap) -> bool:
    """Whether any party or table has no position yet."""
    return any(p.pos is None for p in region.parties) or any(t.pos is None for t in region.tables)


def with_positions(region: RegionMap) -> RegionMap:
    """The same map where every party and table has a position (existing ones kept)."""
    if not needs_positions(region):
        return region
    from stakeholders.layout import initial_positions

    positions = initial_positions(region)
    return replace(
        region,
        parties=[replace(p, pos=positions.get(p.uid, p.pos)) for p in region.parties],
        tables=[replace(t, pos=positions.get(t.uid, t.pos)) for t in region.tables],
    )
