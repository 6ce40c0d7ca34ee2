"""Ask for the reason, date and author of a deliberate choice ("bewuste keuze")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
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

from stakeholders.rules.flags import Flag


@dataclass(frozen=True)
class WaiverAnswer:
    """What the user filled in."""

    reason: str
    datum: date
    door: str
    whole_map: bool


class WaiverDialog(QDialog):
    """Reason (required), date (today by default), who decided, and the scope."""

    def __init__(self, flag: Flag, default_by: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiverDialog")
        self.setWindowTitle(self.tr("Bewuste keuze vastleggen"))
        intro = QLabel(f"<b>{flag.rule}</b>: {flag.message_nl}", self)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("waiverReason")
        self.reason.setPlaceholderText(self.tr("Waarom is dit bewust zo?"))
        self.when = QDateEdit(QDate.currentDate(), self)
        self.when.setObjectName("waiverDate")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.by = QLineEdit(default_by, self)
        self.by.setObjectName("waiverBy")
        self.by.setPlaceholderText(self.tr("bijvoorbeeld: kopgroep, 12 maart"))
        self.whole_map = QCheckBox(self.tr("Voor deze regel op de hele kaart (alle onderwerpen)"),
                                   self)
        self.whole_map.setObjectName("waiverWholeMap")
        form = QFormLayout()
        form.addRow(self.tr("Reden"), self.reason)
        form.addRow(self.tr("Datum"), self.when)
        form.addRow(self.tr("Besloten door"), self.by)
        form.addRow("", self.whole_map)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: ok.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def answer(self) -> WaiverAnswer:
        return WaiverAnswer(self.reason.toPlainText().strip(), self.when.date().toPython(),
                            self.by.text().strip(), self.whole_map.isChecked())

    @classmethod
    def ask(cls, flag: Flag, default_by: str = "", parent: QWidget | None = None
            ) -> WaiverAnswer | None:
        """Show the dialog; ``None`` when cancelled. Tests patch this method."""
        dialog = cls(flag, default_by, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.answer()
        return None
