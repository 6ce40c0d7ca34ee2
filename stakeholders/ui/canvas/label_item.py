"""A name or line label on the map: drawn over the lines, on a light halo, placed by the scene.

Labels are items of their own, above every line and shape, so a line never
cuts through a name and a mandate's label is never hidden behind a party.
Each label belongs to an owner (a party, table or line) and follows it when
it moves. *Where* a label sits (below its party, above it, beside it, or
somewhere along its line), how large it is drawn and whether it is shown at
all is decided for all labels at once by
:class:`~stakeholders.ui.canvas.labelling.LabelPlacer`; the label only keeps
the offset from its owner's anchor, its scale and its alignment.

A label's text is drawn at ``font_px`` scene units times its scale; the
placer grows the scale when the view is zoomed out, so names keep a
readable size on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from stakeholders.look import lines
from stakeholders.look import style as S

#: Space around each line of text covered by the halo, scene units (before scaling).
HALO_PAD = 1.5
#: Space between a framed label's text and its frame, scene units (before scaling).
FRAME_PAD = 4.0


class LabelItem(QGraphicsItem):
    """Lines of text with a halo; positioned at ``anchor + offset``, scaled by the placer."""

    kind = "label"

    def __init__(self, owner: QGraphicsItem, *, bold: bool = False, colour: QColor = S.INK,
                 halo: QColor = S.HALO, frame: QColor | None = None) -> None:
        super().__init__()
        self.owner = owner
        #: Drawn around the whole text when it is larger than its owner (a table's name
        #: that outgrew the table then still reads as a table).
        self.frame = QColor(frame) if frame is not None else None
        self.bold = bold
        self.colour = QColor(colour)
        self.halo = QColor(halo)
        self.font_px = S.FONT_PX
        self.texts: list[str] = []
        self._statics: list[QStaticText] = []
        self.widths: list[float] = []
        self.line_height = 0.0
        self.align = Qt.AlignmentFlag.AlignHCenter
        #: Top-left corner relative to the owner's anchor, scene units.
        self.offset = QPointF()
        #: Position along the owner line (0..1) for a line's label.
        self.along = 0.5
        #: Shown on top because the mouse is over its owner.
        self.hovered = False
        #: The placer's decision (visibility is also switched off by e.g. the mandate toggle).
        self.placed = True
        #: Placed over the shapes of less important, unnamed nodes (a crowded map): a click
        #: there must still reach those nodes, so the label is no part of its owner's shape.
        self.covers = False
        #: A name placed away from its node gets a thin line to it: stop this far from the
        #: node's centre (scene units); ``None``: no leader line.
        self.leader: float | None = None
        self._bounds = QRectF()
        self.setZValue(S.Z_LABEL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)

    @property
    def uid(self) -> str:
        """Not a model uid: ``label:`` and the owner's uid."""
        return f"label:{getattr(self.owner, 'uid', '')}"

    # -- text ------------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[str], widths: Sequence[float], line_height: float,
                  font_px: float) -> None:
        """Show ``lines`` (already wrapped) at ``font_px``; ``widths`` as measured for them."""
        self.prepareGeometryChange()
        self.texts = list(lines)
        self.widths = list(widths)
        self.line_height = line_height
        self.font_px = font_px
        font = S.label_font(round(font_px), self.bold)
        self._statics = []
        for line in self.texts:
            static = QStaticText(line)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._statics.append(static)
        self._update_bounds()
        self.update()

    def text(self) -> str:
        """The label's text as shown (lines joined by spaces)."""
        return " ".join(self.texts)

    def text_size(self) -> tuple[float, float]:
        """Width and height of the text block at scale 1 (scene units)."""
        return max(self.widths, default=0.0), self.line_height * len(self.texts)

    def margin(self) -> float:
        """Room the label draws around its text (a frame), scene units at scale 1."""
        return FRAME_PAD if self.frame is not None else 0.0

    def is_empty(self) -> bool:
        return not self.texts

    # -- placement ----------------------------------------------------------------------------
    def place(self, anchor: QPointF, offset: QPointF, scale: float,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> None:
        """Put the text's top-left corner at ``anchor + offset`` and draw it ``scale`` times."""
        if align != self.align:
            self.align = align
            self.update()
        if offset != self.offset or abs(scale - self.scale()) > 1e-9:
            self.prepareGeometryChange()
            self.offset = QPointF(offset)
            if abs(scale - self.scale()) > 1e-9:
                self.setScale(scale)
            self._update_bounds()
        self.follow(anchor)

    def follow(self, anchor: QPointF) -> None:
        """Keep the offset to the owner's anchor after the owner moved."""
        target = anchor + self.offset
        if target != self.pos():
            self.setPos(target)

    def set_leader(self, radius: float | None) -> None:
        """Draw a thin line to the owner (stopping ``radius`` from its centre), or none."""
        if radius != self.leader:
            self.prepareGeometryChange()
            self.leader = radius
            self._update_bounds()
            self.update()

    def _leader_line(self) -> QLineF | None:
        """The leader line in item coordinates: from the text block to the owner's shape."""
        if self.leader is None:
            return None
        scale = self.scale() or 1.0
        target = -self.offset / scale  # the owner's anchor
        w, h = self.text_size()
        near = QPointF(min(max(target.x(), 0.0), w), min(max(target.y(), 0.0), h))
        line = QLineF(near, target)
        length = line.length() - self.leader / scale
        if length <= 1.0:
            return None
        line.setLength(length)
        return line

    def scene_box(self) -> QRectF:
        """The text block in scene coordinates (without the halo)."""
        w, h = self.text_size()
        return QRectF(self.pos(), self.pos() + QPointF(w * self.scale(), h * self.scale()))

    # -- drawing ----------------------------------------------------------------------------------
    def is_framed(self) -> bool:
        """Whether the name outgrew its table and is drawn in its own frame (with the badge)."""
        return self.frame is not None and self.scale() > self._owner_scale() + 1e-6

    def _owner_scale(self) -> float:
        return self.owner.scale() if self.owner is not None else 1.0

    def _update_bounds(self) -> None:
        w, h = self.text_size()
        pad = max(HALO_PAD, self.margin()) + 1
        self._bounds = QRectF(-pad, -pad, w + 2 * pad, h + 2 * pad)
        if self.frame is not None:  # room for the owner's badge on the frame's corner
            self._bounds = self._bounds.adjusted(0, -S.BADGE_SIZE / 2 - 2, S.BADGE_SIZE / 2 + 2, 0)
        leader = self._leader_line()
        if leader is not None:
            self._bounds = self._bounds.united(
                QRectF(leader.p1(), leader.p2()).normalized().adjusted(-1, -1, 1, 1))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _line_left(self, width: float) -> float:
        block = max(self.widths, default=0.0)
        if self.align & Qt.AlignmentFlag.AlignLeft:
            return 0.0
        if self.align & Qt.AlignmentFlag.AlignRight:
            return block - width
        return (block - width) / 2.0

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._statics:
            return
        leader = self._leader_line()
        if leader is not None:
            pen = QPen(S.MUTED_INK, lines.LEADER)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(leader)
        y = 0.0
        lh = self.line_height
        if self.is_framed():
            w, h = self.text_size()
            selected = self.owner is not None and self.owner.isSelected()
            pen = QPen(S.SELECTION if selected else self.frame,
                       lines.NAME_SELECTED_FRAME if selected else lines.NAME_FRAME)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(self.halo)
            pad = FRAME_PAD
            painter.drawRoundedRect(QRectF(-pad, -pad, w + 2 * pad, h + 2 * pad), 6, 6)
            # The table's badge of open flags goes with its name (the frame covers the box).
            paint_badge = getattr(self.owner, "_paint_badge", None)
            if paint_badge is not None:
                paint_badge(painter, QPointF(w + pad, -pad))
                painter.setBrush(self.halo)
        elif self.halo.alpha():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.halo)
            for width in self.widths:
                left = self._line_left(width)
                painter.drawRect(QRectF(left - HALO_PAD, y - HALO_PAD * 0.5,
                                        width + 2 * HALO_PAD, lh + HALO_PAD))
                y += lh
        painter.setPen(self.colour)
        painter.setFont(S.label_font(round(self.font_px), self.bold))
        y = 0.0
        for static, width in zip(self._statics, self.widths, strict=True):
            painter.drawStaticText(QPointF(self._line_left(width), y), static)
            y += lh
