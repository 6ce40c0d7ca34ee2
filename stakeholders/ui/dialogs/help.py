"""Help dialogs: the keyboard shortcuts and the rule catalogue with its sources."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stakeholders.model import vocab
from stakeholders.rules.catalogue import default_catalogue
from stakeholders.rules.sources import readable_source
from stakeholders.ui.hotkeys import key_text, sequences


class ShortcutsDialog(QDialog):
    """Every action of the window with its keyboard shortcut(s)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.resize(560, 640)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels([self.tr("Actie"), self.tr("Toetsen")])
        self.tree.setRootIsDecorated(False)
        actions = getattr(window, "actions_by_name", None)
        for action in actions.values() if actions is not None else window.actions():
            keys = key_text(action.shortcuts() or sequences(action.objectName()))
            if not keys or not action.text():
                continue
            item = QTreeWidgetItem([action.text().replace("&", ""), keys])
            self.tree.addTopLevelItem(item)
        for extra, keys in (
            (self.tr("Verbinden (zetel, mandaat, relatie)"), self.tr("Shift + slepen")),
            (self.tr("Partij toevoegen op die plek"), self.tr("dubbelklik op leeg canvas")),
            (self.tr("Schuiven"), self.tr("middelste/rechter muisknop of spatie + slepen")),
            (self.tr("Zoomen"), self.tr("muiswiel")),
            (self.tr("Slepen of verbinden afbreken"), self.tr("Esc (tijdens het slepen)")),
        ):
            self.tree.addTopLevelItem(QTreeWidgetItem([extra, keys]))
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)


class RulesDialog(QDialog):
    """The rule catalogue: level, where it applies, the message, the fix and the source.

    Rules that cannot be checked from the map are listed as such (a checklist).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Regels en bronnen"))
        self.resize(900, 700)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("rulesText")
        self.browser.setHtml(rules_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def rules_html() -> str:
    """The catalogue as HTML, checkable rules first, then the checklist."""
    catalogue = default_catalogue()
    kinds = vocab.table_kinds()
    parts = ["<h2>Regels</h2><p>Elke signalering noemt de regel, het niveau met zijn basis "
             "(wet, akkoord, beleid, advies, onderzoek), de bron en wat te doen. De signaleringen "
             "van één onderwerp en thema vormen samen één bevinding. Een regio kan elke "
             "signalering, of een hele bevinding, als <i>bewuste keuze</i> vastleggen.</p>"]

    def block(rule) -> str:
        scope = ", ".join(
            "hele kaart" if s == "map" else kinds.by_id[s].label_nl for s in rule.applies_to)
        vocabulary = catalogue.vocabulary
        state = vocabulary.level_and_basis(rule.level, rule.basis)
        theme = vocabulary.theme(rule.thema)
        source = readable_source(rule.source, vocabulary.sources)
        return (f"<h4>{html.escape(rule.id)} · {html.escape(state)} · {html.escape(theme)}</h4>"
                f"<p><i>Geldt voor:</i> {html.escape(scope)}<br>"
                f"{html.escape(rule.message_nl)}<br>"
                f"<i>Wat te doen:</i> {html.escape(rule.fix_nl)}<br>"
                f"<i>Bron:</i> {html.escape(source)}</p>")

    for rule in catalogue.rules:
        if rule.checkable:
            parts.append(block(rule))
    parts.append("<h2>Niet te controleren vanuit de kaart</h2><p>Deze punten kan de app niet "
                 "uit de kaart afleiden; loop ze zelf na als checklist.</p>")
    for rule in catalogue.not_checkable():
        parts.append(block(rule))
    return "".join(parts)
