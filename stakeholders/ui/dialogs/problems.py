"""Show every problem of a failed (or warned) load: code, place and Dutch message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stakeholders.io.problems import Problem
from stakeholders.ui.plain import plain_label, rich


class ProblemsDialog(QDialog):
    """A list of problems with sheet, row and column, sortable and copyable."""

    def __init__(self, title: str, intro: str, problems: list[Problem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(title)
        self.resize(820, 420)
        label = plain_label(QLabel(intro, self))
        label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problemsTree")
        self.tree.setHeaderLabels([self.tr("Soort"), self.tr("Plaats"), self.tr("Melding"),
                                   self.tr("Code")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for problem in problems:
            kind = self.tr("fout") if problem.is_error else self.tr("waarschuwing")
            item = QTreeWidgetItem([kind, problem.where(), problem.message, problem.code])
            item.setToolTip(2, rich(problem.text()))
            self.tree.addTopLevelItem(item)
        for column in (0, 1, 3):
            self.tree.resizeColumnToContents(column)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, header.ResizeMode.Stretch)  # the message gets the room
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    @classmethod
    def show_problems(cls, title: str, intro: str, problems: list[Problem],
                      parent: QWidget | None = None) -> ProblemsDialog:
        """Show the list without blocking (the user keeps working)."""
        dialog = cls(title, intro, problems, parent)
        dialog.show()
        return dialog
