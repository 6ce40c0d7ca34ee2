"""Places on the parkeerplaats: the tray right of the map for parties whose type or table
is not known yet (plain Python, no Qt).

The tray's slots form a grid of :data:`COLUMNS` columns that starts
:data:`TRAY_GAP` to the right of everything else on the map, level with its middle
(the corners of a projected map hold workshop mode's counter and card).
A newly parked party takes the first slot no parked party occupies.
"""

from __future__ import annotations

from collections.abc import Iterable

from stakeholders.model.entities import Party, Table
from stakeholders.model.regionmap import RegionMap

Point = tuple[float, float]
#: Distance from the rightmost item of the map to the tray's first column, scene units.
TRAY_GAP = 260.0
SLOT_WIDTH = 300.0
SLOT_HEIGHT = 150.0
COLUMNS = 3


def tray_origin(region: RegionMap, ignore: Iterable[str] = ()) -> Point:
    """The centre of the tray's first slot: right of every unparked item (uids in
    ``ignore`` do not count), level with the middle of the map."""
    skipped = set(ignore)
    nodes: list[Party | Table] = [*region.parties, *region.tables]
    points = [n.pos for n in nodes
              if n.pos is not None and n.uid not in skipped
              and not (isinstance(n, Party) and n.parkeerplaats)]
    if not points:
        return (0.0, 0.0)
    ys = [y for _x, y in points]
    return (max(x for x, _y in points) + TRAY_GAP, (min(ys) + max(ys)) / 2)


def tray_places(region: RegionMap, count: int, ignore: Iterable[str] = ()) -> list[Point]:
    """``count`` free slots of the tray, in order (parties in ``ignore`` are the ones being
    parked: their current places neither count as map nor as taken slots)."""
    skipped = set(ignore)
    ox, oy = tray_origin(region, skipped)
    taken = [p.pos for p in region.parties
             if p.parkeerplaats and p.pos is not None and p.uid not in skipped]
    places: list[Point] = []
    slot = 0
    while len(places) < count:
        x = ox + (slot % COLUMNS) * SLOT_WIDTH
        y = oy + (slot // COLUMNS) * SLOT_HEIGHT
        if all(abs(x - tx) >= SLOT_WIDTH / 2 or abs(y - ty) >= SLOT_HEIGHT / 2
               for tx, ty in taken):
            places.append((x, y))
        slot += 1
    return places
