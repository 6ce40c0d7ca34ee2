"""The printed map's own geometry: every node's shape, name lines and footprint at print size.

The page does not enlarge screen items. It measures each name in the page's
font and builds its own, smaller proportions: a party is a small shape with
its name wrapped below it (at spaces, after a hyphen or slash, or at a Dutch
compound boundary: never elsewhere inside a word), a table is a box around its name and
kind, an "alle ‹type›" target sits under the name of the party that holds the
mandate. Everything is expressed in *map units* where the name font is
:data:`FONT` pixels high; the page later scales the whole drawing by one
factor, so every name ends up the same size and nothing is enlarged in place.

The display values (names, domains, badges, line styles and labels) come
from :mod:`stakeholders.look.display`, as the canvas's do, so the page and
the canvas never disagree about what a line means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPen

from stakeholders.layout.labels import wrap_lines
from stakeholders.look import display
from stakeholders.look import style as S
from stakeholders.model.entities import Party, Table
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.flags import Flag

#: Height of the name font in map units (the page scales the map to the wanted point size).
FONT = 100
#: A table's name is a little larger (and bold).
TITLE_FONT = 110
#: A party's shape, across, in map units.
SHAPE = 1.7 * FONT
#: A flag badge, across.
BADGE = 1.35 * FONT
#: Names wrap at about this width; a longer single word widens the label instead.
NAME_WIDTH = 8.5 * FONT
#: A table's text wraps at about this width.
TABLE_TEXT_WIDTH = 12.0 * FONT
#: Most lines a party name gets (the label widens rather than break a word or cut the name).
NAME_LINES = 3
#: Room kept free around every footprint (lines and line labels pass there).
GAP = 0.55 * FONT
#: Scene line widths are for 11 px names; the page draws them relative to its own font.
PEN_FACTOR = FONT / 11.0 * 0.75

@cache
def font(size: int = FONT, bold: bool = False) -> QFont:
    """The page's map font (DejaVu Sans, no hinting, so widths scale exactly)."""
    result = QFont(S.FONT_FAMILY)
    result.setPixelSize(size)
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    S.searchable(result)
    return result


@cache
def metrics(size: int = FONT, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(font(size, bold))


def wrap_words(text: str, width: float, size: int = FONT, bold: bool = False,
               max_lines: int = NAME_LINES) -> list[str]:
    """``text`` in lines of about ``width`` (:func:`stakeholders.layout.labels.wrap_label`).

    Lines break at spaces, after a hyphen or slash inside a word, or at a
    Dutch compound boundary (with a hyphen), never elsewhere inside a word. A
    word wider than ``width`` gets a line of its own at its full width. When
    more than ``max_lines`` lines would be needed, the width grows until the
    name fits: a name on the page is never cut.
    """
    while True:
        lines, elided = wrap_lines(text, size, width, max_lines, bold)
        if not elided:
            return lines or [""]
        width *= 1.12


@dataclass
class Text:
    """One line of text, relative to its node: left edge, top, width, font."""

    text: str
    left: float
    top: float
    width: float
    size: int = FONT
    bold: bool = False

    @property
    def rect(self) -> QRectF:
        return QRectF(self.left, self.top, self.width, metrics(self.size, self.bold).height())


def _stack(lines: list[str], top: float, size: int = FONT, bold: bool = False) -> list[Text]:
    """Centred lines from ``top`` down."""
    m = metrics(size, bold)
    out = []
    for line in lines:
        w = m.horizontalAdvance(line)
        out.append(Text(line, -w / 2, top, w, size, bold))
        top += m.height()
    return out


@dataclass
class Target:
    """An "alle ‹type›" box under the holder's name (relative to the holder)."""

    key: str
    rect: QRectF
    colour: str
    texts: list[Text]


@dataclass
class PrintNode:
    """A party or table at print proportions; every coordinate relative to its position."""

    uid: str
    kind: EntityKind  #: party or table
    body: QRectF  #: the shape or the table's box
    texts: list[Text]
    shape: str = "circle"
    colour: str = "#dddddd"
    badge: tuple[int, str] = (0, "")
    targets: list[Target] = field(default_factory=list)
    footprint: QRectF = field(default_factory=QRectF)

    @property
    def box(self) -> tuple[float, float, float]:
        """(width, height, dy) of the footprint, symmetric about the node's x."""
        half = max(-self.footprint.left(), self.footprint.right())
        return (2 * half, self.footprint.height(), self.footprint.center().y())

    def badge_rect(self) -> QRectF:
        """The flag badge on the top right corner of the body, wide enough for its number."""
        centre = self.body.topRight()
        width = max(BADGE, metrics(FONT, True).horizontalAdvance(str(self.badge[0])) + 0.4 * FONT)
        return QRectF(centre.x() - width / 2, centre.y() - BADGE / 2, width, BADGE)


@dataclass
class PrintEdge:
    """A line between two nodes (or a node and one of its targets), with style and label."""

    source: str
    target: str  #: a node uid, or a target key
    pen: QPen
    arrow: bool
    label: str
    kind: str


@dataclass
class PrintGeometry:
    nodes: dict[str, PrintNode]
    edges: list[PrintEdge]
    target_owner: dict[str, str]  #: target key -> holder uid


def _party(party: Party, badge: tuple[int, str]) -> PrintNode:
    face = display.party_face(party)
    style = S.domain_style(face.domain)
    half = SHAPE / 2
    body = QRectF(-half, -half, SHAPE, SHAPE)
    lines = wrap_words(face.name, NAME_WIDTH)
    texts = _stack(lines, half + 0.2 * FONT)
    return PrintNode(party.uid, EntityKind.PARTY, body, texts, style.shape, style.colour, badge)


def _table(table: Table, badge: tuple[int, str]) -> PrintNode:
    face = display.table_face(table)
    title = wrap_words(face.name, TABLE_TEXT_WIDTH, TITLE_FONT, True)
    kind = wrap_words(face.kind_label, TABLE_TEXT_WIDTH, FONT, False, 2) if face.kind_label \
        else []
    title_h = len(title) * metrics(TITLE_FONT, True).height()
    total = title_h + len(kind) * metrics().height()
    top = -total / 2
    texts = _stack(title, top, TITLE_FONT, True) + _stack(kind, top + title_h)
    width = max(t.width for t in texts) + 1.2 * FONT
    height = total + 0.9 * FONT
    body = QRectF(-width / 2, -height / 2, width, height)
    return PrintNode(table.uid, EntityKind.TABLE, body, texts, badge=badge)


def _add_targets(node: PrintNode, targets: list[tuple[str, str, str]]) -> None:
    """Put the holder's "alle ‹type›" boxes side by side under its name."""
    if not targets:
        return
    bottom = max((t.rect.bottom() for t in node.texts), default=node.body.bottom())
    top = bottom + 1.1 * FONT
    built = []
    for key, text, colour in targets:
        lines = wrap_words(text, NAME_WIDTH, max_lines=2)
        texts = _stack(lines, 0.0)
        width = max(t.width for t in texts) + 0.8 * FONT
        height = len(lines) * metrics().height() + 0.4 * FONT
        built.append((key, texts, width, height, colour))
    total = sum(b[2] for b in built) + 0.5 * FONT * (len(built) - 1)
    left = -total / 2
    for key, texts, width, height, colour in built:
        rect = QRectF(left, top, width, height)
        cx = rect.center().x()
        for text in texts:
            text.left += cx
            text.top += top + 0.2 * FONT
        node.targets.append(Target(key, rect, colour, texts))
        left += width + 0.5 * FONT


def _footprint(node: PrintNode) -> QRectF:
    rect = QRectF(node.body)
    for text in node.texts:
        rect = rect.united(text.rect.adjusted(-0.15 * FONT, 0, 0.15 * FONT, 0))
    for target in node.targets:
        rect = rect.united(target.rect)
    if node.badge[0]:
        rect = rect.united(node.badge_rect())
    return rect


def build_geometry(region: RegionMap, flags: list[Flag]) -> PrintGeometry:
    """The print geometry of every node and line of ``region`` (badges from ``flags``)."""
    badges = display.badges(flags)
    nodes: dict[str, PrintNode] = {}
    for party in region.parties:
        nodes[party.uid] = _party(party, badges.get(party.id, (0, "")))
    for table in region.tables:
        nodes[table.uid] = _table(table, badges.get(table.id, (0, "")))
    drawn = display.MapLines(region)
    owners: dict[str, str] = {}
    per_holder: dict[str, list[tuple[str, str, str]]] = {}
    for target in drawn.targets:
        colour = S.domain_style(target.domain).colour
        per_holder.setdefault(target.holder, []).append((target.key, target.text, colour))
        owners[target.key] = target.holder
    for uid, targets in per_holder.items():
        _add_targets(nodes[uid], targets)
    for node in nodes.values():
        node.footprint = _footprint(node)
    edges = [PrintEdge(line.source, line.target,
                       line.style.pen(width=line.style.width * PEN_FACTOR),
                       line.style.arrow, line.label, line.kind)
             for line in drawn.lines]
    return PrintGeometry(nodes, edges, owners)
