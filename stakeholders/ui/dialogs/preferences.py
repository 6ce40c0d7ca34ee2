"""Bestand > Voorkeuren…: the language of the app (remembered; applied at the next start).

The language follows the system unless the user chooses Nederlands or English here
(``settings.LANGUAGE``); ``--taal`` on the command line overrides both for one run.
Every text of the window is made once, when the window is built, so a new language
shows from the next start on; the dialog says so.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from stakeholders import i18n, settings


class PreferencesDialog(QDialog):
    """The user's preferences: for now the language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Voorkeuren"))
        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        # A language's own name is never translated: a user looks for their own language.
        self.language.addItem(self.tr("Zoals het systeem"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        saved = settings.get(settings.LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.note = QLabel(self)
        self.note.setObjectName("preferencesNote")
        self.note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._update_note)
        self._update_note()
        form = QFormLayout()
        form.addRow(self.tr("Taal"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """``"nl"``, ``"en"`` or ``""`` (follow the system)."""
        return str(self.language.currentData())

    def _update_note(self) -> None:
        chosen = self.chosen_language() or i18n.language()
        self.note.setText("" if chosen == i18n.language() else
                          self.tr("De nieuwe taal geldt vanaf de volgende start van "
                                  "stakeholders."))

    def accept(self) -> None:
        settings.put(settings.LANGUAGE, self.chosen_language())
        super().accept()


def show_preferences(window: QMainWindow) -> PreferencesDialog:
    """Open the dialog (modal) and return it once closed."""
    dialog = PreferencesDialog(window)
    dialog.exec()
    return dialog


def install(window: QMainWindow) -> None:
    """Add Bestand > Voorkeuren… (on macOS in the application menu) to the window."""
    action = QAction(window.tr("&Voorkeuren…"), window)
    action.setObjectName("actionPreferences")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setToolTip(window.tr("Taal van stakeholders"))
    action.triggered.connect(lambda _checked=False: show_preferences(window))
    window.addAction(action)
    window.actions_by_name["actionPreferences"] = action
    menu = window.findChild(QMenu, "menuFile")
    if menu is not None:
        close = window.actions_by_name.get("actionClose")
        menu.insertAction(close, action)
        menu.insertSeparator(close)
