"""The parkeerplaats on the canvas: a tray right of the map for parties whose type or table
is not known yet (Partijen ``parkeerplaats``).

"Naar de parkeerplaats" (Shift+P) parks the selected parties in the tray's free slots
(:mod:`stakeholders.layout.parking`), or takes them off when all are parked, in one
undo step. Quick add parks a party whose type is not known (key 0 in its type step).
The tray itself is drawn around the parked parties; it is display only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem

from stakeholders.i18n import translator
from stakeholders.layout.parking import tray_places
from stakeholders.look import style as S
from stakeholders.model import edits
from stakeholders.model.entities import Party
from stakeholders.model.ops import Op
from stakeholders.ui.actions import make_action

_t = translator("parking")

#: Room around the parked parties and above them for the caption, scene units.
PADDING = 30.0
CAPTION_PX = 22
Z_TRAY = -12.0


def park_ops(region, uids: list[str], parked: bool) -> list[Op]:
    """Park the parties ``uids`` in free slots of the tray (or take them off: they stay
    where they are), as operations of one edit."""
    parties = [p for p in region.parties if p.uid in set(uids)
               and p.parkeerplaats != parked]
    places = tray_places(region, len(parties), ignore=[p.uid for p in parties]) \
        if parked else []
    ops: list[Op] = []
    for index, party in enumerate(parties):
        changes: dict = {"parkeerplaats": parked}
        if parked:
            changes["pos"] = places[index]
        ops += edits.set_fields(region, "party", party.uid, changes)
    return ops


class ParkingTray(QObject):
    """The tray on ``window``'s canvas and the action that parks the selection."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.scene = window.scene
        self.item: QGraphicsPathItem | None = None
        self.caption: QGraphicsSimpleTextItem | None = None
        self.action = make_action(
            window, "actionPark", _t("Naar de &parkeerplaats / terug"), self.toggle_selected,
            tip=_t("Partijen waarvan type of tafel nog niet bekend is opzij zetten (en terug)"))
        window.document.changed.connect(self.update)
        window.document.reset.connect(self.update)
        # Names grow and move with the zoom (after the relabel that follows it).
        window.view.zoom_changed.connect(lambda _z: QTimer.singleShot(0, self.update))
        self.update()

    def toggle_selected(self) -> bool:
        """Park the selected parties, or take them off when all of them are parked."""
        region = self.window.document.region
        selected = set(self.scene.selected_uids())
        parties = [p for p in region.parties if p.uid in selected]
        if not parties:
            self.window.notify(_t("Selecteer eerst een of meer partijen."))
            return False
        parked = not all(p.parkeerplaats for p in parties)
        text = _t("Naar de parkeerplaats") if parked else _t("Van de parkeerplaats")
        return self.window.editor.attempt(
            text, lambda: park_ops(region, [p.uid for p in parties], parked))

    def parked(self) -> list[Party]:
        return [p for p in self.window.document.region.parties if p.parkeerplaats]

    def rect(self) -> QRectF:
        """The tray: around the parked parties' shapes and shown names (empty: none)."""
        rect = QRectF()
        for party in self.parked():
            node = self.scene.nodes.get(party.uid)
            if node is not None:
                rect = rect.united(node.footprint())
                if node.label is not None and node.label.isVisible():
                    rect = rect.united(node.label.scene_box())
        if rect.isEmpty():
            return rect
        return rect.adjusted(-PADDING, -PADDING, PADDING, PADDING)

    def shown(self) -> bool:
        """Whether the tray is on the canvas (only while a party is parked)."""
        return self._alive()

    def update(self) -> None:
        rect = self.rect()
        if rect.isEmpty():  # no tray: nothing of it stays in the scene
            if self._alive():
                assert self.item is not None and self.caption is not None
                self.scene.removeItem(self.item)
                self.scene.removeItem(self.caption)
            self.item = self.caption = None
            return
        if not self._alive():
            self._create()
        assert self.item is not None and self.caption is not None
        path = QPainterPath()
        path.addRoundedRect(rect, 18, 18)
        self.item.setPath(path)
        self.caption.setText(_t("Parkeerplaats ({n})").format(n=len(self.parked())))
        # Above the tray's top edge, at its screen size whatever the zoom.
        zoom = max(self.window.view.transform().m11(), 1e-6)
        height = self.caption.boundingRect().height() / zoom
        self.caption.setPos(rect.left(), rect.top() - height - 4 / zoom)

    def _alive(self) -> bool:
        """Whether the tray items are still in the scene (a rebuild clears the scene)."""
        try:
            return (self.item is not None and self.caption is not None
                    and self.item.scene() is self.scene and self.caption.scene() is self.scene)
        except RuntimeError:  # deleted with the scene's items
            return False

    def _create(self) -> None:
        item = QGraphicsPathItem()
        item.setZValue(Z_TRAY)
        pen = QPen(QColor("#7a6a2a"), 2.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setBrush(QBrush(QColor(250, 240, 200, 120)))
        caption = QGraphicsSimpleTextItem()
        caption.setZValue(S.Z_LABEL + 1)
        # Readable whatever the zoom, like the names.
        caption.setFlag(QGraphicsSimpleTextItem.GraphicsItemFlag.ItemIgnoresTransformations)
        font = QFont("DejaVu Sans")
        font.setPixelSize(CAPTION_PX)
        font.setBold(True)
        caption.setFont(font)
        caption.setBrush(QBrush(QColor("#5a4a10")))
        self.scene.addItem(item)
        self.scene.addItem(caption)
        self.item, self.caption = item, caption
