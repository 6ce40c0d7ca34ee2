"""Label measurement without Qt: text widths, word wrapping and the footprint of every item.

The layouts, the canvas and the overview page must agree on how much room a
name takes, or a layout that is free of overlap on paper collides on screen.
This module is that one place:

* :func:`text_width` measures text in DejaVu Sans (the app's only font) from
  advance widths and kerning read once from the font files
  (``tools/font_metrics.py`` writes ``resources/fonts/dejavu-sans-metrics.json``);
  it agrees with Qt's ``QFontMetricsF.horizontalAdvance`` to well within 1 %;
* :func:`wrap_label` breaks a name into lines: at spaces first, then after a
  ``-`` or ``/`` inside a word, then at a Dutch compound boundary (with a
  hyphen: "Verloskundigen-" / "praktijk"); never anywhere else;
* :func:`node_box` gives the full footprint of a party, table or "alle ‹type›"
  target: its shape plus its wrapped label, and where the box's centre lies
  relative to the item's position;
* :func:`target_offsets` says where the "alle ‹type›" targets of a mandate
  holder sit relative to the holder;
* :func:`line_label_size` gives the size of a line label such as "namens …".

Sizes are scene units (pixels at zoom 1), like Qt's ``QFont.setPixelSize``.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from enum import StrEnum

from stakeholders.paths import resource

ELLIPSIS = "…"
HYPHEN = "-"

#: Default label font size of a party name, in scene units (pixels).
FONT_PX = 11.0
#: Default size of a party's shape (scene units).
SHAPE_PX = 44.0
#: Default width a party's name is wrapped to (scene units).
LABEL_WIDTH = 104.0
#: Default number of lines of a party's name.
LABEL_LINES = 3

# Tables and targets are drawn relative to the party font size (11 px on screen).
_TABLE_W, _TABLE_H = 170.0, 74.0
_TABLE_TITLE_PX, _TABLE_KIND_PX = 12.0, 9.0
_TARGET_W, _TARGET_H, _TARGET_PX = 120.0, 34.0, 9.0

#: Heads and tails of Dutch compounds in party and table names (lower case). A word may be
#: hyphenated in front of one of these when the rest of the word is made of them too.
COMPOUND_PARTS = frozenset([
    "academie", "apotheek", "apotheken", "artsen", "beleid", "beraad", "bestuur", "bureau",
    "centra", "centrum", "coöperatie", "cooperatie", "corporatie", "dienst", "diensten",
    "geneeskunde", "groep", "groepen", "hogeschool", "huis", "hulp", "instelling", "instellingen",
    "instituut", "kantoor", "kantoren", "keten", "kliniek", "kracht", "kring", "lijn", "loket",
    "management", "netwerk", "netwerken", "ondersteuning", "organisatie", "organisaties",
    "overleg", "partners", "platform", "plein", "post", "praktijk", "praktijken", "punt", "raad",
    "regio", "school", "stichting", "tafel", "team", "teams", "therapie", "verband", "vereniging",
    "verpleging", "verpleegkundige", "verpleegkundigen", "verzekeraar", "verzekeraars",
    "voorziening", "welzijn", "werk", "wonen", "zorg", "ziekenhuis", "ziekenhuizen",
])
_PART_LENGTHS = sorted({len(p) for p in COMPOUND_PARTS}, reverse=True)
#: Linking sounds between two parts of a compound ("samenwerking-s-verband").
_LINKS = ("s", "en", "e")
#: A compound break leaves at least this many letters on either side.
_MIN_PART = 3


@dataclass(frozen=True)
class _Font:
    """Advance widths and kerning of one style, in font units."""

    advance: dict[str, int]
    kerning: dict[str, int]
    fallback: int


@dataclass(frozen=True)
class _Metrics:
    units_per_em: float
    ascent: float
    descent: float
    regular: _Font
    bold: _Font


@functools.cache
def _metrics() -> _Metrics:
    data = json.loads(resource("fonts", "dejavu-sans-metrics.json").read_text(encoding="utf-8"))

    def style(name: str) -> _Font:
        raw = data["styles"][name]
        return _Font(raw["advance"], raw["kerning"], raw["advance"]["n"])

    return _Metrics(float(data["units_per_em"]), float(data["ascent"]), float(data["descent"]),
                    style("regular"), style("bold"))


def line_height(size_px: float) -> float:
    """Height of one line of text (ascent + descent), as Qt's ``QFontMetricsF.height()``."""
    m = _metrics()
    return (m.ascent + m.descent) / m.units_per_em * size_px


def text_width(text: str, size_px: float, bold: bool = False) -> float:
    """Advance width of ``text`` (one line) in DejaVu Sans at ``size_px``, kerning included.

    Characters outside the measured set (Latin, Latin-1, Latin Extended-A and
    common punctuation) count as wide as an "n".
    """
    m = _metrics()
    font = m.bold if bold else m.regular
    advance, kerning, fallback = font.advance, font.kerning, font.fallback
    total = 0
    previous = ""
    for ch in text:
        total += advance.get(ch, fallback)
        if previous:
            total += kerning.get(previous + ch, 0)
        previous = ch
    return total * size_px / m.units_per_em


class _Measure:
    """Prefix sums of the advances of one text, so any slice is measured in O(1)."""

    def __init__(self, text: str, size_px: float, bold: bool) -> None:
        m = _metrics()
        font = m.bold if bold else m.regular
        scale = size_px / m.units_per_em
        advance, kerning, fallback = font.advance, font.kerning, font.fallback
        self.text = text
        self.scale = scale
        self.font = font
        prefix = [0.0]
        kern_before = [0.0]
        previous = ""
        total = 0.0
        for ch in text:
            kern = kerning.get(previous + ch, 0) * scale if previous else 0.0
            total += advance.get(ch, fallback) * scale + kern
            prefix.append(total)
            kern_before.append(kern)
            previous = ch
        self.prefix = prefix
        self.kern_before = kern_before
        self.hyphen = advance[HYPHEN] * scale

    def width(self, start: int, end: int, hyphen: bool = False) -> float:
        """Width of ``text[start:end]`` (plus a hyphen when ``hyphen``)."""
        if end <= start:
            return 0.0
        w = self.prefix[end] - self.prefix[start] - self.kern_before[start]
        if hyphen:
            w += self.hyphen + self.font.kerning.get(self.text[end - 1] + HYPHEN, 0) * self.scale
        return w


def _compound_breaks(word: str) -> list[int]:
    """Offsets inside ``word`` where it may be hyphenated as a Dutch compound.

    A break at ``k`` needs ``word[k:]`` to be made entirely of
    :data:`COMPOUND_PARTS` (with linking "s", "en" or "e" between them) and at
    least :data:`_MIN_PART` letters on both sides. Linear in ``len(word)``
    (the parts have a bounded length).
    """
    lower = word.lower()
    n = len(lower)
    if n < 2 * _MIN_PART or len(word) != n:
        return []
    ok = [False] * (n + 1)  # ok[k]: lower[k:] is a sequence of parts
    ok[n] = True
    for k in range(n - _MIN_PART, -1, -1):
        for length in _PART_LENGTHS:
            end = k + length
            if end > n or lower[k:end] not in COMPOUND_PARTS:
                continue
            if ok[end] or any(lower.startswith(link, end) and ok[end + len(link)]
                              and end + len(link) < n for link in _LINKS):
                ok[k] = True
                break
    return [k for k in range(_MIN_PART, n - _MIN_PART + 1)
            if ok[k] and word[k - 1].isalpha() and word[k].isalpha()]


def _break_points(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Where the word ``text[start:end]`` may break: ``(offset, needs_hyphen)``, ascending.

    After a ``-`` or ``/`` (no hyphen added) and at compound boundaries of each
    part between them (hyphen added).
    """
    points: list[tuple[int, bool]] = []
    part_start = start
    for k in range(start, end + 1):
        if k == end or text[k] in "-/":
            for offset in _compound_breaks(text[part_start:k]):
                points.append((part_start + offset, True))
            if k < end and start < k < end - 1:
                points.append((k + 1, False))
            part_start = k + 1
    return points


def _wrap_spans(text: str, measure: _Measure,
                max_width: float) -> list[tuple[int, int, bool]]:
    """Greedy line breaking of a space-normalised ``text``: ``(start, end, hyphen)`` per line."""
    lines: list[tuple[int, int, bool]] = []
    line_start: int | None = None
    line_end = 0
    pos = 0
    n = len(text)
    while pos < n:
        word_end = text.find(" ", pos)
        word_end = n if word_end < 0 else word_end
        start = pos if line_start is None else line_start
        if measure.width(start, word_end) <= max_width:
            line_start, line_end = start, word_end
            pos = word_end + 1
            continue
        if line_start is not None:
            lines.append((line_start, line_end, False))
            line_start = None
        start = pos
        if measure.width(start, word_end) > max_width:
            points = _break_points(text, pos, word_end)
            k = 0
            while k < len(points) and measure.width(start, word_end) > max_width:
                # The last break point whose line still fits; else the first one (the line
                # is then wider than max_width: a part that cannot be broken any further).
                best = None
                while k < len(points):
                    offset, hyphen = points[k]
                    if best is not None and measure.width(start, offset, hyphen) > max_width:
                        break
                    best = points[k]
                    k += 1
                assert best is not None  # there is at least one break point
                offset, hyphen = best
                lines.append((start, offset, hyphen))
                start = offset
        line_start, line_end = start, word_end
        pos = word_end + 1
    if line_start is not None:
        lines.append((line_start, line_end, False))
    return lines


def _elide(text: str, measure: _Measure, start: int, width: float) -> str:
    """``text[start:]`` cut so that it and an ellipsis fit ``width`` (at least one letter)."""
    font = measure.font
    room = width - font.advance.get(ELLIPSIS, font.fallback) * measure.scale
    end = len(text)
    while end > start + 1 and measure.width(start, end) > room:
        end -= 1
    return text[start:end].rstrip(" -/") + ELLIPSIS


def wrap_lines(text: str, size_px: float, max_width: float, max_lines: int = 3,
               bold: bool = False) -> tuple[list[str], bool]:
    """:func:`wrap_label`, and whether the text had to be elided."""
    text = " ".join(text.split())
    if not text:
        return [], False
    measure = _Measure(text, size_px, bold)
    spans = _wrap_spans(text, measure, max_width)
    if len(spans) <= max(1, max_lines):
        return [text[s:e] + (HYPHEN if h else "") for s, e, h in spans], False
    kept = spans[:max(1, max_lines)]
    lines = [text[s:e] + (HYPHEN if h else "") for s, e, h in kept[:-1]]
    last_start = kept[-1][0]
    last_width = max(max_width, measure.width(kept[-1][0], kept[-1][1], kept[-1][2]))
    lines.append(_elide(text, measure, last_start, last_width))
    return lines, True


def wrap_label(text: str, size_px: float, max_width: float, max_lines: int = 3,
               bold: bool = False) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of at most ``max_width`` (DejaVu Sans).

    Breaks, in this order of preference: at spaces; after a ``-`` or ``/``
    inside a word; at a Dutch compound boundary (see :data:`COMPOUND_PARTS`),
    where the first line gets a hyphen ("Verloskundigen-", "praktijk").
    Never anywhere else inside a word.

    * A word that has no break point narrow enough stays whole: its line is
      then **wider than max_width** (the item's box grows; :func:`node_box`
      reports the true width).
    * A text that needs more than ``max_lines`` lines has its last line
      **elided** with "…" (at most as wide as ``max_width``, or that line's
      own width when it is wider). :func:`node_box` first widens the label so
      that this rarely happens.

    Runs of white space count as one space. An empty text gives ``[]``.
    Linear time in ``len(text)``.
    """
    return wrap_lines(text, size_px, max_width, max_lines, bold)[0]


class BoxKind(StrEnum):
    """What a :class:`NodeBox` measures: a party, a table, or an "alle ‹type›" target."""

    PARTY = "partij"
    TABLE = "tafel"
    TARGET = "doel"


@dataclass(frozen=True)
class NodeBox:
    """The full footprint of one item on the map: its shape plus its label.

    Coordinates are relative to the item's position (the centre of a party's
    shape, the centre of a table or target). The box is centred horizontally
    on the position; its centre lies ``dy`` below it.

    Attributes:
        kind: a :class:`BoxKind`.
        width, height: size of the whole footprint.
        dy: vertical offset of the footprint's centre from the position.
        shape_w, shape_h: size of the shape (party) or rectangle (table, target),
            centred on the position.
        lines: the label's lines as drawn (party name below the shape; table
            title inside the rectangle; target text inside its box).
        font_px: font size of ``lines``; ``bold`` whether they are bold.
        label_top: y of the top of the first line, relative to the position.
        line_height: height of one line.
        line_widths: advance width of each line.
        sublines, sub_px: a table's second text (its kind), drawn below the title.
        elided: whether the label had to be shortened with "…".
    """

    kind: BoxKind
    width: float
    height: float
    dy: float
    shape_w: float
    shape_h: float
    lines: tuple[str, ...]
    font_px: float
    bold: bool
    label_top: float
    line_height: float
    line_widths: tuple[float, ...]
    sublines: tuple[str, ...] = ()
    sub_px: float = 0.0
    elided: bool = False

    @property
    def label_width(self) -> float:
        """Width of the widest line (0 without a label)."""
        return max(self.line_widths, default=0.0)

    @property
    def top(self) -> float:
        """y of the footprint's top edge relative to the position."""
        return self.dy - self.height / 2

    @property
    def bottom(self) -> float:
        """y of the footprint's bottom edge relative to the position."""
        return self.dy + self.height / 2


def _fitting_lines(name: str, font_px: float, width: float, max_lines: int,
                   bold: bool) -> tuple[list[str], bool]:
    """Wrap ``name``; when it would be elided, try up to 1.6 × the width first."""
    lines, elided = wrap_lines(name, font_px, width, max_lines, bold)
    for factor in (1.2, 1.4, 1.6):
        if not elided:
            break
        lines, elided = wrap_lines(name, font_px, width * factor, max_lines, bold)
    return lines, elided


@functools.lru_cache(maxsize=8192)
def node_box(kind: BoxKind, name: str, font_px: float = FONT_PX, *, subtitle: str = "",
             shape_px: float = SHAPE_PX, label_width: float | None = None,
             max_lines: int | None = None) -> NodeBox:
    """The footprint of a party, table or "alle ‹type›" target (``kind``).

    ``font_px`` is the size of a party's name; a table's title (bold) and kind
    (``subtitle``) and a target's text are drawn 12/11 and 9/11 of it, and
    tables and targets grow in proportion, so one setting scales all text.
    ``label_width`` (default 104 px at 11 px, in proportion) is the width names
    are wrapped to; a name that would otherwise be elided gets up to 1.6 × that.

    Remembered per argument set (a :class:`NodeBox` is immutable): the layouts,
    the canvas and the page ask for the same names again and again.
    """
    scale = font_px / FONT_PX
    if kind == BoxKind.PARTY:
        width = (label_width or LABEL_WIDTH * scale)
        lines, elided = _fitting_lines(name, font_px, width, max_lines or LABEL_LINES, False)
        widths = tuple(text_width(line, font_px) for line in lines)
        lh = line_height(font_px)
        half = shape_px / 2
        label_top = half + 6.0 * scale
        top = -half - 4.0
        bottom = label_top + lh * len(lines) + 2.0 if lines else half + 4.0
        box_w = max(shape_px + 8.0, max(widths, default=0.0) + 4.0)
        return NodeBox(kind, box_w, bottom - top, (top + bottom) / 2, shape_px, shape_px,
                       tuple(lines), font_px, False, label_top, lh, widths, elided=elided)
    if kind == BoxKind.TABLE:
        title_px, kind_px = _TABLE_TITLE_PX * scale, _TABLE_KIND_PX * scale
        inner = (label_width or (_TABLE_W - 16.0) * scale)
        lines, elided = _fitting_lines(name, title_px, inner, max_lines or 2, True)
        sub = wrap_label(subtitle, kind_px, inner, 1)
        widths = tuple(text_width(line, title_px, True) for line in lines)
        lh = line_height(title_px)
        text_h = lh * len(lines) + line_height(kind_px) * len(sub)
        box_w = max(_TABLE_W * scale, max(widths, default=0.0) + 16.0 * scale)
        box_h = max(_TABLE_H * scale, text_h + 12.0 * scale)
        return NodeBox(kind, box_w, box_h, 0.0, box_w, box_h, tuple(lines), title_px, True,
                       -text_h / 2, lh, widths, tuple(sub), kind_px, elided)
    if kind == BoxKind.TARGET:
        text_px = _TARGET_PX * scale
        inner = (label_width or (_TARGET_W - 10.0) * scale)
        lines, elided = _fitting_lines(name, text_px, inner, max_lines or 2, False)
        widths = tuple(text_width(line, text_px) for line in lines)
        lh = line_height(text_px)
        box_w = max(_TARGET_W * scale, max(widths, default=0.0) + 10.0 * scale)
        box_h = max(_TARGET_H * scale, lh * len(lines) + 8.0 * scale)
        return NodeBox(kind, box_w, box_h, 0.0, box_w, box_h, tuple(lines), text_px, False,
                       -lh * len(lines) / 2, lh, widths, elided=elided)
    raise ValueError(f"unknown kind of item: {kind!r}")


def target_offsets(holder: NodeBox, targets: list[NodeBox],
                   gap: float = 8.0) -> list[tuple[float, float]]:
    """Where the "alle ‹type›" targets of one mandate holder sit, relative to the holder.

    One row, centred under the holder's footprint, ``gap`` below it; the
    layouts reserve exactly this room (see :func:`footprint`).
    """
    if not targets:
        return []
    total = sum(t.width for t in targets) + gap * (len(targets) - 1)
    x = -total / 2
    offsets = []
    for target in targets:
        offsets.append((x + target.width / 2, holder.bottom + gap + target.height / 2))
        x += target.width + gap
    return offsets


def footprint(holder: NodeBox, targets: list[NodeBox],
              gap: float = 8.0) -> tuple[float, float, float]:
    """Width, height and centre offset ``dy`` of a holder together with its targets' row."""
    if not targets:
        return holder.width, holder.height, holder.dy
    offsets = target_offsets(holder, targets, gap)
    row_w = sum(t.width for t in targets) + gap * (len(targets) - 1)
    bottom = max(dy + t.height / 2 for (_, dy), t in zip(offsets, targets, strict=True))
    top = holder.top
    width = max(holder.width, row_w)
    return width, bottom - top, (top + bottom) / 2


#: Size of the text of a line label ("namens …", "voorzitter") at the party font size 11.
LINE_LABEL_PX = 9.0


@functools.lru_cache(maxsize=4096)
def line_label_size(text: str, font_px: float = FONT_PX) -> tuple[float, float]:
    """Width and height of the box the canvas draws a line label in, on the line's midpoint:
    the text at 9/11 of ``font_px`` with 2 units of white on the left and right and 1 above
    and below. Remembered per text and size (every layout of a map asks for the same)."""
    size = LINE_LABEL_PX * font_px / FONT_PX
    return text_width(text, size) + 4.0, line_height(size) + 2.0


def diagonal(box: NodeBox) -> float:
    """Length of the box's diagonal (a rough size for ideal edge lengths)."""
    return math.hypot(box.width, box.height)
