"""What a controller of the canvas needs from its window, and nothing more.

The window builds one :class:`CanvasContext` and hands it to the edit
actions, the layouts and the canvas gestures, instead of itself: they see
the document's editor, the scene and the view, and two ways to tell the user
something. A test can build a context around a bare scene and view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from stakeholders.model.document import Document
from stakeholders.ui.canvas.scene import MapScene
from stakeholders.ui.canvas.view import MapView
from stakeholders.ui.editor import DocumentEditor


@dataclass(frozen=True)
class CanvasContext:
    """The editor, scene and view of one window, and its message channels."""

    editor: DocumentEditor
    scene: MapScene
    view: MapView
    #: A short message in the status bar.
    status: Callable[[str], None]
    #: A message about a gesture: in the status bar and over the canvas (seen on a projector).
    notify: Callable[[str], None]

    @property
    def document(self) -> Document:
        return self.editor.document

    @property
    def dialog_parent(self) -> QWidget:
        """The window the canvas sits in (parent of dialogs and menus)."""
        return self.view.window()
