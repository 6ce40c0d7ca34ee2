"""The display choices of the Beeld menu: text size, mandate labels, the map alone.

Each choice is remembered in the user's settings (``stakeholders.settings``)
and applies to the window's canvas at once; the view fits the map again
when it was showing the whole map.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from stakeholders import settings
from stakeholders.i18n import translator
from stakeholders.look import style as S
from stakeholders.ui.actions import make_action
from stakeholders.ui.canvas.scene import MapScene
from stakeholders.ui.canvas.view import MapView

_t = translator("ViewOptions")


def _size_name(px: int) -> str:
    """The menu name of a text size (pixels on screen)."""
    names = {10: _t("Klein"), 12: _t("Normaal"), 14: _t("Groot"), 16: _t("Zeer groot"),
             20: _t("Projector")}
    return names[px]


def saved_text_size() -> int:
    """The remembered text size, or the default when the stored value is not on offer."""
    size = settings.get(settings.LABEL_SIZE)
    return size if size in S.LABEL_SIZES else settings.LABEL_SIZE.default


class ViewOptions(QObject):
    """Creates the Beeld menu's display actions for ``window`` and applies the saved choices
    to its canvas (``scene`` and ``view``). "Alleen de kaart" hides the window's docks and
    tool bars and shows it full screen."""

    def __init__(self, window: QMainWindow, scene: MapScene, view: MapView) -> None:
        super().__init__(window)
        self.window = window
        self.scene = scene
        self.view = view
        self.actions: list[QAction] = []
        self.size_group = QActionGroup(self)
        self.size_group.setExclusive(True)
        for px in S.LABEL_SIZES:
            action = make_action(window, f"actionTextSize{px}",
                                 _t("{naam} ({px} px)").format(naam=_size_name(px), px=px),
                                 functools.partial(self.set_text_size, px), checkable=True)
            self.size_group.addAction(action)
            self.actions.append(action)
        self.mandate_labels = make_action(
            window, "actionMandateLabels", _t("&Mandaatlabels tonen"), None, checkable=True,
            tip=_t("Toon bij elke mandaatlijn namens welke tafels het mandaat geldt"))
        self.mandate_labels.toggled.connect(self.set_mandate_labels)
        self.map_only = make_action(
            window, "actionMapOnly", _t("Alleen de &kaart"), None, checkable=True,
            tip=_t("Panelen en werkbalk weg, het hele scherm voor de kaart (voor de beamer)"))
        self.map_only.toggled.connect(self.set_map_only)
        self.actions += [self.mandate_labels, self.map_only]
        self._before_map_only: tuple[QByteArray, Qt.WindowState] | None = None
        self.apply_saved()

    def apply_saved(self) -> None:
        """Show the canvas with the remembered choices (without re-saving them)."""
        size = saved_text_size()
        for action in self.size_group.actions():
            action.setChecked(action.objectName() == f"actionTextSize{size}")
        self.scene.set_min_label_px(size)
        shown = settings.get(settings.MANDATE_LABELS)
        self.mandate_labels.blockSignals(True)
        self.mandate_labels.setChecked(shown)
        self.mandate_labels.blockSignals(False)
        self.scene.set_mandate_labels(shown)

    def fill(self, menu: QMenu) -> None:
        """Add the text-size submenu and the toggles to ``menu``."""
        sizes = menu.addMenu(_t("&Tekstgrootte"))
        sizes.setObjectName("menuTextSize")
        sizes.addActions(self.size_group.actions())
        menu.addAction(self.mandate_labels)
        menu.addAction(self.map_only)

    # -- the choices ---------------------------------------------------------------------------
    def set_text_size(self, px: int) -> None:
        """Names at least ``px`` pixels on screen; remembered for the next start."""
        settings.put(settings.LABEL_SIZE, int(px))
        for action in self.size_group.actions():
            action.setChecked(action.objectName() == f"actionTextSize{px}")
        self.scene.set_min_label_px(px)
        self._refit()

    def set_mandate_labels(self, shown: bool) -> None:
        settings.put(settings.MANDATE_LABELS, bool(shown))
        self.scene.set_mandate_labels(bool(shown))

    def set_map_only(self, on: bool) -> None:
        """Hide (or bring back) the panels and tool bars and use the whole screen."""
        window = self.window
        if on and self._before_map_only is None:
            self._before_map_only = (window.saveState(), window.windowState())
            for dock in window.findChildren(QDockWidget):
                dock.hide()
            for bar in window.findChildren(QToolBar):
                bar.hide()
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        elif not on and self._before_map_only is not None:
            state, window_state = self._before_map_only
            self._before_map_only = None
            window.setWindowState(window_state)
            window.restoreState(state)
        self._refit()

    def leave_map_only(self) -> None:
        """Back to the normal window (before its layout is saved at closing)."""
        if self.map_only.isChecked():
            self.map_only.setChecked(False)

    def _refit(self) -> None:
        view = self.view
        if view.auto_fit:
            view.zoom_to_fit()
