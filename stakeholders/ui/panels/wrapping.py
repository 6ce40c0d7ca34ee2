"""A tree whose rows are as tall as their wrapped text at the current column width.

Used by panels that list sentences (findings, koppelvlakken): nothing is cut
off or elided; :meth:`WrappingDelegate.install` sets the tree up.
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


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the current column width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 24
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 60), 100000),
                                               Qt.TextFlag.TextWordWrap, text)
        return QSize(max(width, 60), rect.height() + 6)

    @classmethod
    def install(cls, tree: QTreeWidget) -> WrappingDelegate:
        """Make ``tree`` wrap its rows (word wrap, no eliding, one stretching column)."""
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        delegate = cls(tree)
        tree.setItemDelegate(delegate)
        tree.header().setStretchLastSection(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return delegate
