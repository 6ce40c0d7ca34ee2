"""Guides that explain a layout: ring circles with captions, domain captions and hulls (Qt-free).

The canvas and the page draw these under the items; the layouts only say
where they are. All coordinates are scene units, like item positions.

* :func:`ring_guides` – after *Tafelringen*: one circle per ring of the table
  (the kopgroep inside, the tweede ring outside) with its caption, and the
  table's name above the rings;
* :func:`cluster_guides` – after *Domeinclusters* (or on any drawing): per
  domain, the convex hull around its parties' boxes and a caption above it.

Both read the positions given (e.g. a layout's result) and fall back to
the items' current positions, so they can be computed again at any time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from stakeholders.i18n import translator
from stakeholders.layout.boxes import BoxSizes, map_boxes
from stakeholders.layout.types import Positions
from stakeholders.model import vocab
from stakeholders.model.regionmap import RegionMap, fold

Point = tuple[float, float]

#: Room between a hull and the boxes inside it, and between a hull and its caption.
HULL_MARGIN = 14.0
CAPTION_GAP = 10.0


_t = translator("LayoutGuides")


@dataclass(frozen=True)
class RingGuide:
    """One ring of a table: a circle through its parties' positions.

    ``caption`` ("kopgroep" or "tweede ring") belongs at ``caption_pos``, a
    point on the circle in the widest gap between its parties, so it collides
    with none of them; ``caption_angle`` is that point's angle (radians,
    canvas y down) for a caption drawn along the ring.
    """

    table_uid: str
    ring: str  #: "kopgroep" or "tweede-ring"
    centre: Point
    radius: float
    caption: str
    caption_pos: Point
    caption_angle: float


@dataclass(frozen=True)
class Caption:
    """A free-standing caption: ``text`` centred horizontally on ``pos`` (its baseline middle)."""

    text: str
    pos: Point


@dataclass(frozen=True)
class DomainGuide:
    """One domain's parties: the convex ``hull`` (clockwise polygon) around their boxes, with
    room :data:`HULL_MARGIN`, and the domain's name as ``caption`` above the hull."""

    domain: str
    hull: tuple[Point, ...]
    caption: Caption


@dataclass(frozen=True)
class LayoutGuides:
    """Everything a layout wants drawn besides the items: empty for layouts without guides."""

    rings: tuple[RingGuide, ...] = ()
    titles: tuple[Caption, ...] = ()
    domains: tuple[DomainGuide, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rings or self.titles or self.domains)


def _position(item, positions: Positions | None) -> Point | None:
    if positions is not None and item.uid in positions:
        return positions[item.uid]
    return item.pos


def ring_guides(region: RegionMap, table_uid: str, positions: Positions | None = None,
                boxes: BoxSizes | None = None) -> LayoutGuides:
    """The circles, captions and title of the rings of table ``table_uid``.

    A ring's radius is the median distance of its parties from the table; a
    ring without parties gets no circle. Unknown table: no guides.
    """
    table = next((t for t in region.tables if t.uid == table_uid), None)
    at = _position(table, positions) if table is not None else None
    if table is None or at is None:
        return LayoutGuides()
    centre: tuple[float, float] = at
    by_id = {fold(p.id): p for p in reversed(region.parties)}
    ring_of: dict[str, str] = {}
    for seat in region.seats:
        party = by_id.get(fold(seat.partij))
        if (fold(seat.tafel) == fold(table.id) and party is not None
                and ring_of.get(party.uid) != "kopgroep"):
            ring_of[party.uid] = "tweede-ring" if seat.ring == "tweede-ring" else "kopgroep"
    sizes = boxes if boxes is not None else map_boxes(region).sizes
    rings = []
    reach = 0.0
    for ring, caption in (("kopgroep", _t("kopgroep")), ("tweede-ring", _t("tweede ring"))):
        points = [(p, xy) for p in region.parties
                  if ring_of.get(p.uid) == ring and (xy := _position(p, positions)) is not None]
        if not points:
            continue
        distances = sorted(math.dist(xy, centre) for _, xy in points)
        radius = distances[len(distances) // 2]
        angles = sorted(math.atan2(xy[1] - centre[1], xy[0] - centre[0]) for _, xy in points)
        angle = _widest_gap(angles)
        rings.append(RingGuide(table.uid, ring, centre, radius, caption,
                               (centre[0] + radius * math.cos(angle),
                                centre[1] + radius * math.sin(angle)), angle))
        for party, xy in points:
            _w, h, dy = sizes.get(party.uid, (0.0, 0.0, 0.0))
            reach = max(reach, centre[1] - (xy[1] + dy - h / 2))
    outermost = max((r.radius for r in rings), default=0.0)
    title = Caption(table.naam or table.id,
                    (centre[0], centre[1] - max(reach, outermost, 40.0) - CAPTION_GAP))
    return LayoutGuides(rings=tuple(rings), titles=(title,))


def _widest_gap(angles: list[float]) -> float:
    """The middle of the widest gap between sorted angles (straight up for a single one...)."""
    if len(angles) == 1:
        return angles[0] + math.pi
    best, best_mid = -1.0, -math.pi / 2
    for k, a in enumerate(angles):
        b = angles[(k + 1) % len(angles)] + (2 * math.pi if k + 1 == len(angles) else 0.0)
        if b - a > best + 1e-9:
            best, best_mid = b - a, (a + b) / 2
    return math.atan2(math.sin(best_mid), math.cos(best_mid))


def cluster_guides(region: RegionMap, positions: Positions | None = None,
                   boxes: BoxSizes | None = None) -> LayoutGuides:
    """Per domain with parties: a hull around its parties' boxes and its name above it."""
    sizes = boxes if boxes is not None else map_boxes(region).sizes
    labels = {d.id: d.label_nl for d in vocab.domains().values()}
    corners: dict[str, list[Point]] = {}
    for party in region.parties:
        xy = _position(party, positions)
        if xy is None:
            continue
        w, h, dy = sizes.get(party.uid, (0.0, 0.0, 0.0))
        x0, x1 = xy[0] - w / 2 - HULL_MARGIN, xy[0] + w / 2 + HULL_MARGIN
        y0, y1 = xy[1] + dy - h / 2 - HULL_MARGIN, xy[1] + dy + h / 2 + HULL_MARGIN
        corners.setdefault(vocab.domain_of(party.type), []).extend(
            [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    order = list(labels)
    guides = []
    for domain in sorted(corners, key=lambda d: (order.index(d) if d in order else len(order),
                                                 d)):
        hull = convex_hull(corners[domain])
        top = min(y for _, y in hull)
        xs = [x for x, y in hull if y <= top + 1e-6]
        caption = Caption(labels.get(domain, domain),
                          ((min(xs) + max(xs)) / 2, top - CAPTION_GAP))
        guides.append(DomainGuide(domain, tuple(hull), caption))
    return LayoutGuides(domains=tuple(guides))


def convex_hull(points: Iterable[Point]) -> list[Point]:
    """Convex hull (Andrew's monotone chain), clockwise on screen (y down), no repeated point."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]
