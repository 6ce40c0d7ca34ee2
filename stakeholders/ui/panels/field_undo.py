"""Ctrl+Z and Ctrl+Y in a field of the property panel: the map's undo, typing first.

A text field of the panel changes the map as you type (each keystroke an edit,
merged into one undo step). Its own undo (QLineEdit's) would step back through
half-typed names and commit each of them: "GGD Kust en" would end up on the
map. So the panel's editors never use their own undo. Ctrl+Z in a field

- drops typing that was not committed yet (an id, a list, a date: they are
  committed when you leave the field), or else
- undoes the map's last step, which is the typing in this field when you typed
  (one step, back to the value before you started), and the step before it the
  next time.

Ctrl+Y (or Ctrl+Shift+Z) redoes. Typing is one step per visit of the field:
leaving it and coming back starts a new step (:attr:`FieldUndo.session`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

_UNDO = "undo"
_REDO = "redo"


def _command(event: QKeyEvent) -> str | None:
    """Whether a key press means undo or redo (standard keys and Ctrl+Y)."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return _UNDO
    if event.matches(QKeySequence.StandardKey.Redo):
        return _REDO
    combo = event.keyCombination()
    control = Qt.KeyboardModifier.ControlModifier
    if combo.key() == Qt.Key.Key_Y and combo.keyboardModifiers() == control:
        return _REDO
    if combo.key() == Qt.Key.Key_Z and combo.keyboardModifiers() == control:
        return _UNDO
    if combo.key() == Qt.Key.Key_Z and combo.keyboardModifiers() == (
            control | Qt.KeyboardModifier.ShiftModifier):
        return _REDO
    return None


class FieldUndo(QObject):
    """Watches the panel's editors: their undo keys go to the map's undo stack."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        #: Changes each time a watched field gets the keyboard: typing merges per visit.
        self.session = 0
        self._revert: dict[QWidget, Callable[[], bool]] = {}

    def watch(self, widget: QWidget, revert: Callable[[], bool] | None = None) -> None:
        """Handle ``widget``'s undo keys; ``revert`` drops uncommitted typing (``True`` when
        there was some)."""
        widget.installEventFilter(self)
        if revert is not None:
            self._revert[widget] = revert
        widget.destroyed.connect(lambda *_a, w=widget: self._revert.pop(w, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.session += 1
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        command = _command(event)  # type: ignore[arg-type]
        if command is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes here, not to the window's Undo action
            return True
        if command == _UNDO:
            revert = self._revert.get(watched)  # type: ignore[call-overload]
            if revert is None or not revert():
                self.session += 1  # typing after this undo is a new step
                self.stack.undo()
        else:
            self.session += 1
            self.stack.redo()
        return True
