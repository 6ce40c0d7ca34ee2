"""Kaart > Eigen verwachtingen…: the region adds what it expects at its tables.

For example "a woningcorporatie at our zorgtafel". Each expectation becomes
a rule of the catalogue's ``covered`` kind, stored in the map (so it travels
with the ``.regiokaart`` file) and checked like the built-in rules. Rules in
the ``resources/rules.toml`` format can also be imported from a TOML file.
Every change is one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stakeholders.model import edits, vocab
from stakeholders.rules.catalogue import LEVELS, CatalogueError, default_catalogue, known_rule_ids
from stakeholders.rules.catalogue import load_region_rules as _load
from stakeholders.ui.editor import DocumentEditor
from stakeholders.ui.plain import plain_label


class ExpectationForm(QDialog):
    """One new expectation: id, level, table kinds, party types."""

    def __init__(self, rule_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expectationForm")
        self.setWindowTitle(self.tr("Nieuwe verwachting"))
        self.rule_id = QLineEdit(rule_id, self)
        self.rule_id.setObjectName("expectationId")
        self.level = QComboBox(self)
        self.level.setObjectName("expectationLevel")
        for level in LEVELS:
            self.level.addItem(default_catalogue().vocabulary.level(level), level)
        self.level.setCurrentIndex(1)
        self.kinds = self._checklist([(k.id, k.label_nl) for k in vocab.table_kinds()],
                                     "expectationKinds")
        self.types = self._checklist([(t.id, t.label_nl) for t in vocab.party_types()],
                                     "expectationTypes")
        self.label = QLineEdit(self)
        self.label.setObjectName("expectationLabel")
        self.label.setPlaceholderText(self.tr("hoe de melding ze noemt, bv. woningcorporaties"))
        form = QFormLayout()
        form.addRow(self.tr("Id"), self.rule_id)
        form.addRow(self.tr("Niveau"), self.level)
        form.addRow(self.tr("Aan tafels van soort"), self.kinds)
        form.addRow(self.tr("Verwacht (één van)"), self.types)
        form.addRow(self.tr("Naam in de melding"), self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _checklist(self, entries: list[tuple[str, str]], name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setMaximumHeight(150)
        for value, label in entries:
            item = QListWidgetItem(label, widget)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return widget

    @staticmethod
    def checked(widget: QListWidget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def rule(self) -> dict:
        return edits.expectation_rule(self.rule_id.text(), self.level.currentData(),
                                      self.checked(self.kinds), self.checked(self.types),
                                      self.label.text())


class RegionRulesDialog(QDialog):
    """The region's own rules of this map: list, add, remove, import."""

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionRulesDialog")
        self.setWindowTitle(self.tr("Eigen verwachtingen van de regio"))
        self.resize(720, 420)
        self.editor = editor
        intro = QLabel(self.tr(
            "Wat verwacht uw regio aan tafel, naast de regels uit de bronnen? Deze regels "
            "reizen mee in het .regiokaart-bestand (niet in een spreadsheet)."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("regionRulesTree")
        self.tree.setHeaderLabels([self.tr("Id"), self.tr("Niveau"), self.tr("Tafels"),
                                   self.tr("Melding")])
        self.tree.setRootIsDecorated(False)
        add = QPushButton(self.tr("Toevoegen…"), self)
        add.setObjectName("addExpectation")
        add.clicked.connect(self.add_interactive)
        remove = QPushButton(self.tr("Verwijderen"), self)
        remove.setObjectName("removeExpectation")
        remove.clicked.connect(self.remove_selected)
        load = QPushButton(self.tr("Importeren uit regelbestand (.toml)…"), self)
        load.setObjectName("importExpectations")
        load.clicked.connect(self.import_interactive)
        self.message = plain_label(QLabel(self))
        self.message.setObjectName("regionRulesMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for button in (add, remove, load):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        editor.document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        kinds = vocab.table_kinds()
        for rule in self.editor.document.region.custom_rules:
            scope = ", ".join(kinds.by_id[k].label_nl if k in kinds else k
                              for k in rule.get("applies_to", []))
            level = default_catalogue().vocabulary.level(str(rule.get("level", "")))
            self.tree.addTopLevelItem(QTreeWidgetItem([
                str(rule.get("id", "")), level, scope,
                str(rule.get("message_nl", ""))]))

    def _apply(self, rules: list[dict]) -> bool:
        try:
            ops = edits.set_region_rules(self.editor.document.region, rules, known_rule_ids)
        except edits.EditError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText("")
        return self.editor.push(self.tr("Eigen verwachtingen wijzigen"), ops)

    def next_id(self) -> str:
        taken = {str(r.get("id", "")).upper() for r in self.editor.document.region.custom_rules}
        number = 1
        while f"R-REGIO-{number:02d}" in taken:
            number += 1
        return f"R-REGIO-{number:02d}"

    def ask_rule(self) -> dict | None:
        """Show the form; ``None`` when cancelled. Tests replace this."""
        form = ExpectationForm(self.next_id(), self)
        return form.rule() if form.exec() == QDialog.DialogCode.Accepted else None

    def add_interactive(self) -> bool:
        rule = self.ask_rule()
        return self.add(rule) if rule is not None else False

    def add(self, rule: dict) -> bool:
        return self._apply([*self.editor.document.region.custom_rules, rule])

    def remove_selected(self) -> bool:
        item = self.tree.currentItem()
        if item is None:
            return False
        wanted = item.text(0)
        return self._apply([r for r in self.editor.document.region.custom_rules
                            if str(r.get("id", "")) != wanted])

    def ask_toml(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Regels importeren"), str(Path.home()),
                                              "TOML (*.toml)")
        return path

    def import_interactive(self) -> bool:
        path = self.ask_toml()
        return self.import_file(path) if path else False

    def import_file(self, path: str) -> bool:
        try:
            rules = _load(Path(path))
        except (CatalogueError, OSError) as exc:
            self.message.setText(self.tr("Niet geïmporteerd: {reden}").format(reden=exc))
            return False
        return self._apply([*self.editor.document.region.custom_rules, *rules])
