"""Text from a map is always shown as plain text, never as Qt rich text.

Qt guesses whether a label's text, a tool tip or a message box is HTML
(``Qt::mightBeRichText``): a party named ``<img src="/some/file.png">`` would show that
local file. Labels that show a map's text are set to plain text
(:func:`plain_label`); tool tips and message boxes, which have no such switch, get the
text escaped inside a rich-text wrapper (:func:`rich`), which shows it literally.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def rich(text: str, *, bold: bool = False) -> str:
    """``text`` as rich text that shows exactly these characters (line breaks kept)."""
    body = html.escape(text).replace("\n", "<br>")
    return f"<qt>{'<b>' + body + '</b>' if bold else body}</qt>"


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text literally, whatever it holds; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
