"""All keyboard shortcuts in one table, with the platform's standard keys where they exist.

The shortcuts dialog and the README list this table; tests check that every
action has a unique shortcut. A platform's standard key may bring extra keys
(on a Linux desktop Delete is also Ctrl+D, Cut also Shift+Del, F20 and the Cut
key): a key that the table gives to another action explicitly is left out of
the standard one, so no key ever belongs to two actions. The shortcuts dialog
shows only keys a laptop keyboard has (:func:`typable`), by the platform's
names (:func:`key_text`: Ctrl+Z, or ⌘Z on macOS).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    # Not StandardKey.Delete: on Linux desktops that is also Ctrl+D (Duplicate).
    "actionDelete": [QKeySequence("Del"), QKeySequence("Backspace")],
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
    # F11 is workshop mode (which includes the map alone); the map alone keeps Shift+F11.
    "actionMapOnly": [QKeySequence("Shift+F11")],
    "actionWorkshop": [QKeySequence("F11")],
    "actionReveal": [QKeySequence("F5")],
    "actionRevealNext": [QKeySequence("PgDown")],
    "actionRevealPrevious": [QKeySequence("PgUp")],
    "actionHideNames": [QKeySequence("Ctrl+H")],
    "actionPark": [QKeySequence("Shift+P")],
    "actionTableFocus": [QKeySequence("F6")],
    "actionMatrix": [QKeySequence("F7")],
    "actionPowerInterest": [QKeySequence("F9")],
}

#: Keys for standard actions that some platforms leave unbound (no Quit key outside
#: KDE/GNOME, e.g. on the offscreen or a plain X11 platform).
FALLBACKS: dict[StandardKey, QKeySequence] = {
    StandardKey.Quit: QKeySequence("Ctrl+Q"),
}


def _explicit(owner: str) -> set[str]:
    """Keys the table gives explicitly to actions other than ``owner``."""
    return {entry.toString() for name, entries in SHORTCUTS.items() if name != owner
            for entry in entries if isinstance(entry, QKeySequence)}


def sequences(name: str) -> list[QKeySequence]:
    """The concrete key sequences of an action (standard keys resolved for this platform,
    without the keys another action has explicitly)."""
    result: list[QKeySequence] = []
    taken = _explicit(name)
    for entry in SHORTCUTS.get(name, []):
        if isinstance(entry, QKeySequence):
            result.append(entry)
        else:
            bound = QKeySequence.keyBindings(entry)
            if not bound and entry in FALLBACKS:
                bound = [FALLBACKS[entry]]
            result.extend(k for k in bound if k.toString() not in taken)
    return result


Key = Qt.Key
#: Keys without a letter or digit that a laptop keyboard has.
_NAMED_KEYS = {Key.Key_Delete, Key.Key_Backspace, Key.Key_Escape, Key.Key_Space, Key.Key_Tab,
               Key.Key_Return, Key.Key_Enter, Key.Key_Insert, Key.Key_Home, Key.Key_End,
               Key.Key_PageUp, Key.Key_PageDown, Key.Key_Left, Key.Key_Right, Key.Key_Up,
               Key.Key_Down, Key.Key_Plus, Key.Key_Minus, Key.Key_Equal, Key.Key_Comma,
               Key.Key_Period, Key.Key_Slash, Key.Key_Question}


def typable(sequence: QKeySequence) -> bool:
    """Whether a laptop keyboard has the key: letters, digits, F1–F12 and the usual named
    keys; not the Sun keys (F13–F35) nor dedicated keys such as Cut, Open or Zoom In."""
    if sequence.count() != 1:
        return False
    key = sequence[0].key()
    return (Key.Key_A <= key <= Key.Key_Z or Key.Key_0 <= key <= Key.Key_9
            or Key.Key_F1 <= key <= Key.Key_F12 or key in _NAMED_KEYS)


def key_text(sequences: list[QKeySequence]) -> str:
    """The typable keys by the platform's names ("Ctrl+X, Shift+Del"; "⌘X" on macOS)."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in sequences if typable(s))
