"""The result type of every layout function, and the items a layout places."""

from __future__ import annotations

from stakeholders.model.entities import Party, Table
from stakeholders.model.regionmap import RegionMap

#: New canvas positions by item uid: ``uid -> (x, y)``.
Positions = dict[str, tuple[float, float]]

#: An item a layout places: a party or a table.
Node = Party | Table


def nodes(region: RegionMap) -> list[Node]:
    """The parties, then the tables, in row order."""
    return [*region.parties, *region.tables]
