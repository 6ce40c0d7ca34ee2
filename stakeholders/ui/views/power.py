"""The power–interest view (Beeld > Invloed en belang, F9): a dock below the map.

Draws :class:`~stakeholders.export.power_interest.PowerGrid` for the map as it is after
every edit. Dragging a party to another cell sets its invloed and belang as one undo step
of the map (through the DocumentEditor, like the matrix and the table focus); so do the
arrow keys on the selected party (left/right: belang, up/down: invloed). Selecting a party
here selects it on the canvas and the other way round. *Exporteren als PNG of SVG…* writes
the grid to a file.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QSizeF, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from stakeholders.export.power_interest import HIGH, LOW, PowerGrid, write_power_interest
from stakeholders.i18n import translator
from stakeholders.ui.actions import make_action
from stakeholders.ui.views.matrix import add_to_menu, show_below_map

log = logging.getLogger(__name__)
_t = translator("power")

IMAGE_FILTER = "PNG-afbeelding (*.png);;SVG-tekening (*.svg)"
#: A press that moves less than this (pixels) is a click, not a drag.
DRAG_START_PX = 4.0


class PowerInterestView(QWidget):
    """The grid as a widget: click selects, drag sets the scores, arrows nudge them."""

    def __init__(self, controller: PowerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("powerInterestView")
        self.controller = controller
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(480)
        self._grid: PowerGrid | None = None
        self._pressed: tuple[str, QPointF] | None = None
        self._dragged: tuple[str, QPointF] | None = None

    def grid(self) -> PowerGrid:
        """The grid at the widget's size (rebuilt after an edit or a resize)."""
        if self._grid is None or self._grid.size != QSizeF(self.size()):
            self._grid = PowerGrid(self.controller.document.region, QSizeF(self.size()))
            natural = math.ceil(self._grid.natural_height)
            if self.minimumHeight() != natural:
                self.setMinimumHeight(natural)  # the dock scrolls rather than cut names
        return self._grid

    def forget(self) -> None:
        self._grid = None
        self.update()

    def event(self, event: QEvent) -> bool:
        """A party's whole name as its tooltip (a long name is shortened in its cell)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            uid = self.grid().party_at(QPointF(event.pos()))
            party = self.controller.document.entity(uid) if uid else None
            if party is None:
                QToolTip.hideText()
                return True
            QToolTip.showText(event.globalPos(), _t("{naam}: invloed {i}, belang {b}").format(
                naam=party.naam or party.id, i=party.invloed or "?", b=party.belang or "?"),
                self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.grid().paint(painter, frozenset(self.controller.selected()), self._dragged)
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        uid = self.grid().party_at(event.position())
        self.controller.select([uid] if uid else [])
        self._pressed = (uid, event.position()) if uid else None
        self.setFocus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            return
        uid, start = self._pressed
        moved = event.position() - start
        if self._dragged is not None or abs(moved.x()) + abs(moved.y()) > DRAG_START_PX:
            self._dragged = (uid, event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, self._dragged, self._pressed = self._dragged, None, None
        if dragged is None:
            return
        scores = self.grid().scores_at(event.position())
        if scores is None or not self.controller.set_scores(dragged[0], *scores):
            self.update()  # dropped outside the grid or on its own cell: back in place

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Left: (0, -1)}
        step = steps.get(Qt.Key(event.key()))
        chosen = self.controller.selected()
        if step is None or len(chosen) != 1:
            return super().keyPressEvent(event)
        party = self.controller.document.entity(chosen[0])
        if party is None or not hasattr(party, "belang"):
            return super().keyPressEvent(event)
        invloed = min(max((party.invloed or 3) + step[0], LOW), HIGH)
        belang = min(max((party.belang or 3) + step[1], LOW), HIGH)
        self.controller.set_scores(party.uid, invloed, belang)


class PowerController(QObject):
    """The power–interest dock of ``window`` (a MainWindow)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.panel = QWidget(window)
        self.panel.setObjectName("powerInterestPanel")
        self.scroll = QScrollArea(self.panel)
        self.scroll.setWidgetResizable(True)
        self.view = PowerInterestView(self, self.scroll)
        self.scroll.setWidget(self.view)
        self.export_button = QPushButton(_t("Exporteren als PNG of SVG…"), self.panel)
        self.export_button.setObjectName("powerExport")
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.export_button.clicked.connect(self.export_dialog)
        self.document.changed.connect(self.view.forget)
        window.scene.selection_uids_changed.connect(lambda _uids: self.view.update())

    def selected(self) -> list[str]:
        parties = {p.uid for p in self.document.region.parties}
        return [u for u in self.window.scene.selected_uids() if u in parties]

    def select(self, uids: list[str]) -> None:
        self.window.scene.select_uids(uids)
        self.view.update()

    def set_scores(self, uid: str, invloed: int, belang: int) -> bool:
        """Give a party new scores: one undo step; ``False`` when nothing changed."""
        return self.window.editor.set_fields(uid, {"invloed": invloed, "belang": belang},
                                             text=_t("Invloed en belang wijzigen"))

    def export_dialog(self) -> bool:
        files = self.window.files
        name = self.document.region.info.naam or _t("kaart")
        suggestion = str(Path(files._start_folder()) / f"{name} - invloed en belang.png")
        path = files.ask_save_path(_t("Invloed en belang exporteren"), suggestion,
                                   IMAGE_FILTER)
        if not path:
            return False
        if not path.lower().endswith((".png", ".svg")):
            path += ".png"
        return self.export(Path(path))

    def export(self, path: Path) -> bool:
        try:
            write_power_interest(path, self.document.region)
        except OSError as exc:
            log.warning("power-interest export failed: %s", exc)
            self.window.files.show_error(_t("Exporteren mislukt"), _t(
                "{bestand} kon niet worden geschreven: {reden}").format(
                    bestand=path.name, reden=exc.strerror or exc))
            return False
        self.window.notify(_t("Invloed en belang geëxporteerd naar {bestand}").format(
            bestand=path.name))
        return True

    def show(self) -> None:
        """Beeld > Invloed en belang: show the dock and give the grid the keyboard."""
        show_below_map(self.window, self.dock)
        self.view.setFocus()

    dock: QDockWidget


def install(window) -> PowerController:
    """Add the Invloed en belang dock (below the map, beside the matrix when both are open)
    and Beeld > Invloed en belang (F9) to ``window``."""
    controller = PowerController(window)
    dock = QDockWidget(_t("Invloed en belang"), window)
    dock.setObjectName("powerInterestDock")
    dock.setWidget(controller.panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    controller.dock = dock
    show = make_action(window, "actionPowerInterest", _t("&Invloed en belang"), controller.show,
                       tip=_t("Partijen naar invloed en belang, met wat u met elk kwadrant doet"))
    window.addAction(show)
    window.actions_by_name[show.objectName()] = show
    add_to_menu(window, "menuView", show, before="actionNextFlag")
    return controller
