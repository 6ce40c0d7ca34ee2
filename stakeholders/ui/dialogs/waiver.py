"""Ask for the reason, date and author of a deliberate choice ("bewuste keuze").

The choice is for one flag (a part of a finding) or for all open parts of a
finding at once; the dialog lists what it will cover.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
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

    def __init__(self, flags: list[Flag], default_by: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiverDialog")
        self.setWindowTitle(self.tr("Bewuste keuze vastleggen"))
        lines = "".join(f"<li>{html.escape(f.message)}</li>" for f in flags)
        lead = (self.tr("Deze keuze geldt voor:") if len(flags) == 1
                else self.tr("Deze keuze geldt voor alle {n} onderdelen:").format(n=len(flags)))
        intro = QLabel(f"{html.escape(lead)}<ul>{lines}</ul>", self)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("waiverReason")
        self.reason.setPlaceholderText(self.tr("Waarom is dit bewust zo?"))
        self.when = QDateEdit(QDate.currentDate(), self)
        self.when.setObjectName("waiverDate")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMMM yyyy")
        self.when.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.by = QLineEdit(default_by, self)
        self.by.setObjectName("waiverBy")
        self.by.setPlaceholderText(self.tr("bijvoorbeeld: kopgroep zorgtafel"))
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
    def ask(cls, flags: list[Flag], default_by: str = "", parent: QWidget | None = None
            ) -> WaiverAnswer | None:
        """Show the dialog; ``None`` when cancelled. Tests patch this method."""
        dialog = cls(flags, default_by, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.answer()
        return None
