"""The standard key bindings of a Linux desktop (KDE, GNOME), for tests on the offscreen platform.

The offscreen platform binds few standard keys (Delete is only Del). On a real
desktop Qt's key table adds Emacs and Sun keys: Delete is also Ctrl+D, Cut also
Shift+Del, F20 and the dedicated Cut key, and so on. :func:`desktop_key_table`
patches ``QKeySequence.keyBindings`` with that table, so a test sees the keys a
facilitator's laptop has (the issue's "Ctrl+D does nothing" and "F1 lists F20,
Cut, New" came from there).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

#: Qt's bindings on X11 desktops (qplatformtheme.cpp, KB_X11 rows) for the keys the app uses.
DESKTOP_BINDINGS: dict[StandardKey, list[str]] = {
    StandardKey.New: ["Ctrl+N", "New"],
    StandardKey.Open: ["Ctrl+O", "Open"],
    StandardKey.Save: ["Ctrl+S", "Save"],
    StandardKey.SaveAs: ["Ctrl+Shift+S"],
    StandardKey.Close: ["Ctrl+F4", "Ctrl+W", "Close"],
    StandardKey.Quit: ["Ctrl+Q"],
    StandardKey.Undo: ["Ctrl+Z", "F14", "Undo"],
    StandardKey.Redo: ["Ctrl+Shift+Z", "Redo"],
    StandardKey.Cut: ["Ctrl+X", "Shift+Del", "F20", "Cut"],
    StandardKey.Copy: ["Ctrl+C", "Ctrl+Ins", "F16", "Copy"],
    StandardKey.Paste: ["Ctrl+V", "Shift+Ins", "F18", "Paste"],
    StandardKey.Delete: ["Del", "Ctrl+D"],
    StandardKey.SelectAll: ["Ctrl+A"],
    StandardKey.Find: ["Ctrl+F", "F19", "Find"],
    StandardKey.ZoomIn: ["Ctrl++", "Zoom In"],
    StandardKey.ZoomOut: ["Ctrl+-", "Zoom Out"],
}


def desktop_key_table(monkeypatch) -> None:
    """Make ``QKeySequence.keyBindings`` answer as on a KDE or GNOME desktop."""
    original = QKeySequence.keyBindings

    def bindings(key):
        if key in DESKTOP_BINDINGS:
            return [QKeySequence(text) for text in DESKTOP_BINDINGS[key]]
        return original(key)

    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(bindings))
