"""A tree whose rows are as tall as their wrapped text at each column's width.

Used by panels that list sentences or names (findings, koppelvlakken): nothing is cut
off or elided; long texts wrap at word boundaries. :meth:`WrappingDelegate.install`
sets a tree up (one stretching column, or ``stretch_all=False`` to let the caller size
the first columns and the last one take the rest).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
)

#: Room the style keeps around a cell's text (margins, focus frame), pixels.
CELL_PADDING = 24
#: The narrowest text width a cell is measured at, pixels.
MIN_TEXT_WIDTH = 40


class WrappingDelegate(QStyledItemDelegate):
    """Wraps each cell's text at its column's width; the row takes the tallest cell."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def text_width(self, index) -> int:
        """The width the text of ``index`` has in its column (indentation taken off)."""
        width = self.tree.columnWidth(index.column()) or self.tree.viewport().width()
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        return max(width - CELL_PADDING, MIN_TEXT_WIDTH)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        width = self.text_width(index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000),
                                               Qt.TextFlag.TextWordWrap, text)
        return QSize(rect.width() + CELL_PADDING, rect.height() + 6)

    @classmethod
    def install(cls, tree: QTreeWidget, *, stretch_all: bool = True) -> WrappingDelegate:
        """Make ``tree`` wrap its rows (word wrap, no eliding, no sideways scrolling).

        With ``stretch_all`` every column stretches; otherwise only the last one does and
        the caller sizes the others.
        """
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        delegate = cls(tree)
        tree.setItemDelegate(delegate)
        header = tree.header()
        header.setStretchLastSection(True)
        if stretch_all:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        return delegate
