"""Ring guides and domain captions on the canvas: display only, under the map, following it.

After *Tafelringen* the canvas draws the rings of the table (dashed
circles) with their captions ("kopgroep", "tweede ring"), the table's name
above them and the name of each domain's wedge; after *Domeinclusters* a
light hull around each domain with its name. The geometry comes from
:mod:`stakeholders.layout.guides` (and :mod:`.guide_geometry`).

Guides follow the model: after every change they are computed again from
the current positions; while they still match what the layout made (see
:func:`~stakeholders.ui.canvas.guide_geometry.still_valid`) they are drawn
where they now are (the table and its rings dragged together move them),
otherwise (the table moved alone, the layout undone, another layout) they
disappear.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPolygonItem

from stakeholders.layout import labels as L
from stakeholders.layout.guides import LayoutGuides
from stakeholders.look import lines
from stakeholders.look import style as S
from stakeholders.ui.canvas.guide_geometry import still_valid, wedge_captions
from stakeholders.ui.canvas.label_item import LabelItem

log = logging.getLogger(__name__)

#: Sizes of guide texts at scale 1 (scene units): a ring's title, a domain, a ring caption.
TITLE_PX = 16.0
DOMAIN_PX = 13.0
RING_PX = 11.0


class GuideLayer:
    """The guides of the last layout, as items of one scene."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.made: LayoutGuides | None = None
        self.shown = LayoutGuides()
        self.shapes: list[QGraphicsItem] = []
        #: Caption labels: the points where each may stand (best first; it is centred on
        #: the point, or stands on it), whether centred, and whether it goes before the
        #: parties' names (titles, domains).
        self.captions: list[tuple[LabelItem, list[QPointF], bool, bool]] = []

    def __bool__(self) -> bool:
        return self.made is not None

    # -- setting and following -----------------------------------------------------------
    def set(self, guides: LayoutGuides | None) -> None:
        """Show ``guides`` (from the layout just applied); empty or ``None``: none."""
        self.made = guides if guides else None
        self._draw(guides or LayoutGuides())

    def refresh(self) -> None:
        """After a change of the map: follow it, or drop guides that no longer fit."""
        if self.made is None:
            return
        try:
            now = self._compute()
        except Exception:  # never let a guide take the canvas down
            log.exception("guides could not be recomputed")
            now = LayoutGuides()
        if now and still_valid(self.made, now):
            self._draw(now)
        else:
            self.set(None)

    def _compute(self) -> LayoutGuides:
        from stakeholders.layout import guides as G

        region = self.scene.document.region
        if self.made.rings:
            return G.ring_guides(region, self.made.rings[0].table_uid)
        return G.cluster_guides(region)

    def forget(self) -> None:
        """The scene was cleared (its items are gone)."""
        self.shapes = []
        self.captions = []
        self.made = None
        self.shown = LayoutGuides()

    # -- drawing ---------------------------------------------------------------------------
    def _draw(self, guides: LayoutGuides) -> None:
        scene = self.scene
        for item in [*self.shapes, *(caption[0] for caption in self.captions)]:
            if item.scene() is scene:
                scene.removeItem(item)
        self.shapes, self.captions = [], []
        self.shown = guides
        for ring in guides.rings:
            (cx, cy), r = ring.centre, ring.radius
            circle = QGraphicsEllipseItem(cx - r, cy - r, 2 * r, 2 * r)
            pen = QPen(S.GUIDE_COLOUR, lines.GUIDE_RING, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            circle.setPen(pen)
            circle.setBrush(Qt.BrushStyle.NoBrush)
            self._add_shape(circle)
            # On the circle in the widest gap between its parties, else a little beside it.
            along = [ring.caption_angle + math.radians(step) for step in (12, -12, 24, -24)]
            also = [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in along]
            self._caption(circle, ring.caption, ring.caption_pos, RING_PX, False, S.GUIDE_INK,
                          centred=True, also=also)
        for title in guides.titles:
            self._caption(self.shapes[0] if self.shapes else None, title.text, title.pos,
                          TITLE_PX, True, S.TABLE_BORDER)
        if guides.rings:
            region = scene.document.region
            for wedge in wedge_captions(region, guides):
                self._caption(self.shapes[-1], wedge.caption.text, wedge.caption.pos,
                              DOMAIN_PX, True, S.GUIDE_INK, centred=True, first=False)
        for domain in guides.domains:
            colour = QColor(S.domain_style(domain.domain).colour)
            hull = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in domain.hull]))
            fill = QColor(colour)
            fill.setAlpha(26)
            edge = QColor(colour)
            edge.setAlpha(140)
            pen = QPen(edge, lines.GUIDE_HULL, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            hull.setPen(pen)
            hull.setBrush(QBrush(fill))
            self._add_shape(hull)
            bottom = max(y for _x, y in domain.hull)
            xs = [x for x, y in domain.hull if y >= bottom - 1e-6]
            below = ((min(xs) + max(xs)) / 2, bottom + L.line_height(DOMAIN_PX) + 4.0)
            self._caption(hull, domain.caption.text, domain.caption.pos, DOMAIN_PX, True,
                          colour.darker(150), also=[below])

    def _add_shape(self, item: QGraphicsItem) -> None:
        item.setZValue(S.Z_GUIDE)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setData(0, "guide")
        self.scene.addItem(item)
        self.shapes.append(item)

    def _caption(self, owner: QGraphicsItem | None, text: str, pos: tuple[float, float],
                 font_px: float, bold: bool, colour: QColor, *, centred: bool = False,
                 first: bool = True, also: list[tuple[float, float]] = ()) -> None:
        if owner is None or not text:
            return
        label = LabelItem(owner, bold=bold, colour=colour)
        label.set_lines([text], [L.text_width(text, font_px, bold)], L.line_height(font_px),
                        font_px)
        label.setZValue(S.Z_GUIDE_TEXT)
        self.scene.add_label(label)
        points = [QPointF(*pos), *(QPointF(*p) for p in also)]
        self.captions.append((label, points, centred, first))

    # -- geometry ----------------------------------------------------------------------------
    def rect(self) -> QRectF:
        """Around every guide shape and caption at its own size (for fitting the view)."""
        rect = QRectF()
        for item in self.shapes:
            rect = rect.united(item.sceneBoundingRect())
        for label, points, centred, _first in self.captions:
            w, h = label.text_size()
            top = points[0].y() - (h / 2 if centred else h)
            rect = rect.united(QRectF(points[0].x() - w / 2, top, w, h))
        return rect

    def texts(self) -> list[str]:
        """The captions shown (for tests and the page)."""
        return [caption[0].text() for caption in self.captions if caption[0].isVisible()]
