"""Create named actions: objectName, Dutch text, shortcuts from the hotkey table, tooltip.

Stable ``objectName``s let tests and a future workshop mode find actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from stakeholders.ui.hotkeys import sequences


def make_action(
    parent: QObject,
    name: str,
    text: str,
    slot: Callable[..., object] | None = None,
    *,
    tip: str = "",
    checkable: bool = False,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    """A QAction with ``objectName`` = ``name`` and the shortcuts of ``hotkeys.SHORTCUTS``."""
    action = QAction(text, parent)
    action.setObjectName(name)
    keys = sequences(name)
    if keys:
        action.setShortcuts(keys)
        action.setShortcutContext(context)
    shortcut_text = keys[0].toString() if keys else ""
    tooltip = tip or text.replace("&", "").rstrip(".…")
    action.setToolTip(f"{tooltip} ({shortcut_text})" if shortcut_text else tooltip)
    if tip:
        action.setStatusTip(tip)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action
