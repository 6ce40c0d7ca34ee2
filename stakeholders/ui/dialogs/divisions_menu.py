"""Beeld > Regio-indelingen… and Help > Over de gegevens…: the menu entries of the view.

Kept apart from :mod:`~stakeholders.ui.dialogs.divisions_view` so that building the
window does not import the view, the congruence analysis and the schematic: they load
when an entry is first chosen (start-up, issue 13).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def _show_view(window: QMainWindow, tab: int) -> None:
    from stakeholders.ui.dialogs.divisions_view import show_view

    show_view(window, tab)


def install(window: QMainWindow) -> None:
    """Add Beeld > Regio-indelingen… and Help > Over de gegevens… to the window."""
    entries = (
        ("menuView", "actionDivisions", window.tr("Regio-&indelingen…"), 0,
         window.tr("In welke regio-indelingen liggen de kaart en de tafels, en waar schuurt "
                   "het")),
        ("menuHelp", "actionDivisionsAbout", window.tr("Over de &gegevens (regio-indelingen)"),
         1, window.tr("Bron, jaar en licentie van de regio-indelingen; CBS-bestand "
                      "importeren")),
    )
    for menu_name, name, text, tab, tip in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False, t=tab: _show_view(window, t))
        window.addAction(action)
        window.actions_by_name[name] = action
        menu = window.findChild(QMenu, menu_name)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(action)
