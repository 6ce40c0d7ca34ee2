"""All keyboard shortcuts in one table, with the platform's standard keys where they exist.

The shortcuts dialog and the README list this table; tests check that every
action has a unique shortcut.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

#: action objectName -> shortcut(s). A StandardKey follows the platform (Ctrl on
#: Windows/Linux, Cmd on macOS).
SHORTCUTS: dict[str, list[QKeySequence | StandardKey]] = {
    "actionNew": [StandardKey.New],
    "actionOpen": [StandardKey.Open],
    "actionSave": [StandardKey.Save],
    "actionSaveAs": [StandardKey.SaveAs],
    "actionImport": [QKeySequence("Ctrl+I")],
    "actionExportSpreadsheet": [QKeySequence("Ctrl+Shift+E")],
    "actionExportOverview": [QKeySequence("Ctrl+E")],
    "actionClose": [StandardKey.Close],
    "actionQuit": [StandardKey.Quit],
    "actionUndo": [StandardKey.Undo],
    "actionRedo": [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")],
    "actionDelete": [StandardKey.Delete, QKeySequence("Backspace")],
    "actionCopy": [StandardKey.Copy],
    "actionCut": [StandardKey.Cut],
    "actionPaste": [StandardKey.Paste],
    "actionDuplicate": [QKeySequence("Ctrl+D")],
    "actionSelectAll": [StandardKey.SelectAll],
    "actionFind": [StandardKey.Find],
    "actionQuickAdd": [QKeySequence("N")],
    "actionAddTable": [QKeySequence("Shift+T")],
    "actionAddSeat": [QKeySequence("S")],
    "actionAddMandate": [QKeySequence("M")],
    "actionAddRelation": [QKeySequence("R")],
    "actionPin": [QKeySequence("P")],
    "actionZoomIn": [StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
    "actionZoomOut": [StandardKey.ZoomOut],
    "actionZoomFit": [QKeySequence("Ctrl+0")],
    "actionZoomReset": [QKeySequence("Ctrl+1")],
    "actionLayoutForce": [QKeySequence("Ctrl+L")],
    "actionLayoutRings": [QKeySequence("Ctrl+Shift+R")],
    "actionLayoutClusters": [QKeySequence("Ctrl+Shift+D")],
    "actionShortcuts": [QKeySequence("F1")],
    "actionNextFlag": [QKeySequence("F8")],
    "actionMapOnly": [QKeySequence("F11")],
}

#: Keys for standard actions that some platforms leave unbound (no Quit key outside
#: KDE/GNOME, e.g. on the offscreen or a plain X11 platform).
FALLBACKS: dict[StandardKey, QKeySequence] = {
    StandardKey.Quit: QKeySequence("Ctrl+Q"),
}


def sequences(name: str) -> list[QKeySequence]:
    """The concrete key sequences of an action (standard keys resolved for this platform)."""
    result: list[QKeySequence] = []
    for entry in SHORTCUTS.get(name, []):
        if isinstance(entry, QKeySequence):
            result.append(entry)
        else:
            bound = QKeySequence.keyBindings(entry)
            if not bound and entry in FALLBACKS:
                bound = [FALLBACKS[entry]]
            result.extend(bound)
    return result
