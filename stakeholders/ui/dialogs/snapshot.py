"""Kaart > Momentopname maken…: the name, date and note of a new snapshot (momentopname).

The name is required and unique within the map (the dialog says why *OK* is not possible:
:func:`stakeholders.model.snapshots.name_problem`); the date is today by default (a chair
may give the date of the meeting); the note is optional.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from stakeholders.model.snapshots import MAX_NAME, Snapshot, name_problem


@dataclass(frozen=True)
class SnapshotAnswer:
    """What the user filled in."""

    naam: str
    datum: date
    notities: str


class SnapshotDialog(QDialog):
    """Name (required, unique), date (today by default) and a note."""

    def __init__(self, existing: Sequence[Snapshot], default_name: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotDialog")
        self.setWindowTitle(self.tr("Momentopname maken"))
        self.existing = list(existing)
        intro = QLabel(self.tr("De kaart zoals hij nu is wordt met naam en datum in het "
                               ".regiokaart-bestand bewaard. Later ziet u wat er sindsdien is "
                               "veranderd (Kaart > Vergelijken met momentopname…)."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(default_name, self)
        self.name.setObjectName("snapshotName")
        self.name.setMaxLength(MAX_NAME + 20)  # the check below names the limit
        self.name.setPlaceholderText(self.tr("bijvoorbeeld: Zorgtafel maart"))
        self.when = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.when.setObjectName("snapshotDate")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMMM yyyy")
        self.when.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("snapshotNote")
        self.note.setPlaceholderText(self.tr("Waarom nu? (optioneel)"))
        self.note.setFixedHeight(70)
        self.problem = QLabel(self)
        self.problem.setObjectName("snapshotProblem")
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Datum"), self.when)
        form.addRow(self.tr("Notities"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        problem = name_problem(self.existing, self.name.text())
        self.problem.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def answer(self) -> SnapshotAnswer:
        return SnapshotAnswer(self.name.text(), self.when.date().toPython(),
                              self.note.toPlainText())

    @classmethod
    def ask(cls, existing: Sequence[Snapshot], default_name: str, today: date,
            parent: QWidget | None = None) -> SnapshotAnswer | None:
        """Show the dialog; ``None`` when cancelled. Tests patch this method."""
        dialog = cls(existing, default_name, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.answer()
        return None
