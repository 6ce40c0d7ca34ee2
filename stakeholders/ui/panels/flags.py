"""The findings panel: what is missing, one entry per subject and theme, with why and what to do.

Top level: one node per subject (the map, then tables in Tafels order, then
parties). Below it one row per **finding** (``rules.md`` §4): the theme and a
one-line summary ("samenstelling: ontbreekt GGD (signaal · onderzoek)"), in
the colour of its highest open level. One click further are its parts, each
with level and basis ("Vereist · wet") and the message. Deliberate choices
stay visible as "bewuste keuze" with their reason. Selecting a row shows the
message, the source by document title (the "why") and the suggested fix,
and selects the subject on the canvas. A deliberate choice can be recorded
for one part or for a whole finding in one step; both go through the editor,
so they can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stakeholders.look import style as S
from stakeholders.model.document import Document
from stakeholders.rules.catalogue import Catalogue
from stakeholders.rules.findings import Finding, group_findings, open_findings, summary
from stakeholders.rules.flags import Flag, SubjectKind
from stakeholders.ui.panels.finding_details import details_html, waived_for_whole_map
from stakeholders.ui.panels.wrapping import WrappingDelegate
from stakeholders.ui.plain import rich

FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
FINDING_ROLE = Qt.ItemDataRole.UserRole + 3


class FlagsPanel(QWidget):
    """Lists the findings of the map; click to see why and to select the subject."""

    #: The user picked a subject (table or party id) to look at on the canvas.
    subject_activated = Signal(str)
    #: The user wants to record a deliberate choice for these flags (a part or a finding).
    waive_requested = Signal(list)
    #: The user wants to withdraw the deliberate choices of these flags.
    unwaive_requested = Signal(list)

    def __init__(self, document: Document, catalogue: Catalogue,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagsPanel")
        self.document = document
        self.catalogue = catalogue
        self.flags: list[Flag] = []
        self.findings: list[Finding] = []
        self.unused: list = []
        self._expanded: set[tuple[str, str]] = set()

        self.summary = QLabel(self)
        self.summary.setObjectName("flagsSummary")
        self.summary.setWordWrap(True)
        self.show_waived = QCheckBox(self.tr("Bewuste keuzes tonen"), self)
        self.show_waived.setObjectName("showWaived")
        self.show_waived.setChecked(True)
        self.show_waived.toggled.connect(self._rebuild)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("flagsTree")
        self.tree.setHeaderHidden(True)
        WrappingDelegate.install(self.tree)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))

        self.details = QTextBrowser(self)
        self.details.setObjectName("flagDetails")
        self.details.setOpenExternalLinks(False)
        self.waive_button = QPushButton(self.tr("Bewuste keuze…"), self)
        self.waive_button.setObjectName("waiveButton")
        self.waive_button.setToolTip(self.tr("Leg vast dat dit bewust zo is, met de reden"))
        self.waive_button.clicked.connect(self._waive_current)
        self.unwaive_button = QPushButton(self.tr("Keuze intrekken"), self)
        self.unwaive_button.setObjectName("unwaiveButton")
        self.unwaive_button.clicked.connect(self._unwaive_current)

        buttons = QHBoxLayout()
        buttons.addWidget(self.waive_button)
        buttons.addWidget(self.unwaive_button)
        buttons.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.show_waived)
        layout.addWidget(splitter, 1)
        self._update_buttons([])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.tree.doItemsLayout()  # re-wrap to the new width

    # -- content ---------------------------------------------------------------------------
    def set_flags(self, flags: list[Flag], unused_waivers: list | None = None,
                  catalogue: Catalogue | None = None) -> None:
        """Show a new list of flags as findings (keeps the selected row when it still exists)."""
        if catalogue is not None:
            self.catalogue = catalogue
        self.flags = list(flags)
        self.findings = group_findings(self.flags)
        self.unused = list(unused_waivers or [])
        self._rebuild()

    def open_count(self) -> int:
        """Open findings: the number the status bar and the badges show."""
        return open_findings(self.findings)

    def _names(self) -> dict[str, str]:
        region = self.document.region
        names = {t.id: t.naam for t in region.tables}
        names.update({p.id: p.naam for p in region.parties})
        return names

    def subject_title(self, subject: str, names: dict[str, str] | None = None) -> str:
        """"Zorgtafel Kustmarken (T-A1)", or "Kaart: …" for the map as a whole
        (``names``: :meth:`_names`, when the caller titles many subjects)."""
        if subject == SubjectKind.MAP:
            name = self.document.region.info.naam or self.tr("naamloze kaart")
            return self.tr("Kaart: {naam}").format(naam=name)
        return f"{(names or self._names()).get(subject, subject)} ({subject})"

    def _summary_text(self) -> str:
        if not self.flags:
            return self.tr("Geen bevindingen: alles wat de regels vragen is er.")
        waived = sum(1 for f in self.flags if f.waived)
        return self.tr("{open} open bevinding(en) · {vlaggen} signalering(en) · "
                       "{keuze} bewuste keuze(s)").format(
            open=self.open_count(), vlaggen=len(self.flags) - waived, keuze=waived)

    def _rebuild(self) -> None:
        keep = self._current_key()
        self.tree.blockSignals(True)
        self.tree.clear()
        self.summary.setText(self._summary_text())
        subjects: dict[str, QTreeWidgetItem] = {}
        select_item = None
        bold = QFont()
        bold.setBold(True)
        vocabulary = self.catalogue.vocabulary
        names = self._names()
        for finding in self.findings:
            parts = [f for f in finding.parts
                     if self.show_waived.isChecked() or not f.waived]
            if not parts:
                continue
            top = subjects.get(finding.subject)
            if top is None:
                top = QTreeWidgetItem([self.subject_title(finding.subject, names)])
                top.setData(0, SUBJECT_ROLE, finding.subject)
                top.setFont(0, bold)
                self.tree.addTopLevelItem(top)
                subjects[finding.subject] = top
            theme = vocabulary.theme(finding.thema)
            row = QTreeWidgetItem([f"{theme}: {summary(finding, self.catalogue)}"])
            row.setData(0, FINDING_ROLE, finding)
            row.setData(0, SUBJECT_ROLE, finding.subject)
            level = finding.open_level
            row.setForeground(0, QBrush(S.LEVEL_COLOURS[level] if level else S.WAIVED_COLOUR))
            top.addChild(row)
            if keep == ("finding", finding.key):
                select_item = row
            for flag in parts:
                child = QTreeWidgetItem([self._part_text(flag)])
                child.setData(0, FLAG_ROLE, flag)
                child.setData(0, SUBJECT_ROLE, flag.subject)
                child.setToolTip(0, rich(flag.message))
                if flag.waived:
                    child.setForeground(0, QBrush(QColor("#666666")))
                row.addChild(child)
                if keep == ("flag", flag.key):
                    select_item = child
        if self.unused:
            top = QTreeWidgetItem([self.tr("Keuzes die niet (meer) van toepassing zijn")])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            for waiver in self.unused:
                item = QTreeWidgetItem([f"{waiver.regel} / {waiver.onderwerp}: {waiver.reden}"])
                item.setData(0, SUBJECT_ROLE, waiver.onderwerp)
                top.addChild(item)
        self._restore_expansion(select_item)
        self.tree.blockSignals(False)
        if select_item is not None:
            self.tree.setCurrentItem(select_item)
        else:
            self._show_details(None)

    def _part_text(self, flag: Flag) -> str:
        if flag.waived:
            return self.tr("Bewuste keuze — {melding} — reden: {reden}").format(
                melding=flag.message, reden=flag.waiver_reason)
        state = self.catalogue.vocabulary.level_and_basis(flag.level, flag.basis)
        return f"{state} — {flag.message}"

    def _restore_expansion(self, selected: QTreeWidgetItem | None) -> None:
        """Subjects open; findings closed unless the user opened them (or one is selected)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            top.setExpanded(True)
            for j in range(top.childCount()):
                row = top.child(j)
                finding = row.data(0, FINDING_ROLE)
                if finding is not None and finding.key in self._expanded:
                    row.setExpanded(True)
        if selected is not None and selected.data(0, FLAG_ROLE) is not None:
            selected.parent().setExpanded(True)

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        finding = item.data(0, FINDING_ROLE)
        if finding is None:
            return
        if expanded:
            self._expanded.add(finding.key)
        else:
            self._expanded.discard(finding.key)

    # -- selection ---------------------------------------------------------------------------
    def _current_key(self) -> tuple[str, tuple[str, str]] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        flag = item.data(0, FLAG_ROLE)
        if flag is not None:
            return ("flag", flag.key)
        finding = item.data(0, FINDING_ROLE)
        return ("finding", finding.key) if finding is not None else None

    def current_flag(self) -> Flag | None:
        """The selected part (``None`` when a finding or subject row is selected)."""
        item = self.tree.currentItem()
        return item.data(0, FLAG_ROLE) if item is not None else None

    def current_finding(self) -> Finding | None:
        """The selected finding, also when one of its parts is selected."""
        item = self.tree.currentItem()
        while item is not None:
            finding = item.data(0, FINDING_ROLE)
            if finding is not None:
                return finding
            item = item.parent()
        return None

    def current_flags(self) -> list[Flag]:
        """What the buttons act on: the selected part, or every part of the selected finding."""
        flag = self.current_flag()
        if flag is not None:
            return [flag]
        item = self.tree.currentItem()
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        return list(finding.parts) if finding is not None else []

    def select_flag(self, rule: str, subject: str) -> bool:
        """Make the part (rule, subject) current; ``False`` when it is not listed."""
        for item in self._all_items():
            flag = item.data(0, FLAG_ROLE)
            if flag is not None and flag.key == (rule, subject):
                item.parent().setExpanded(True)
                self.tree.setCurrentItem(item)
                return True
        return False

    def flag_items(self) -> list[QTreeWidgetItem]:
        """The rows that hold a part (a flag)."""
        return [i for i in self._all_items() if i.data(0, FLAG_ROLE) is not None]

    def finding_items(self) -> list[QTreeWidgetItem]:
        """The rows that hold a finding, in display order (keyboard navigation, tests)."""
        return [i for i in self._all_items() if i.data(0, FINDING_ROLE) is not None]

    def _all_items(self) -> list[QTreeWidgetItem]:
        result = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            result.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return result

    def _on_current(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            self._show_details(None)
            return
        flag = current.data(0, FLAG_ROLE)
        finding = current.data(0, FINDING_ROLE)
        self._show_details([flag] if flag is not None else
                           (list(finding.parts) if finding is not None else None),
                           finding)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        subject = item.data(0, SUBJECT_ROLE)
        if subject:
            self.subject_activated.emit(subject)

    # -- details -----------------------------------------------------------------------------
    def _show_details(self, flags: list[Flag] | None, finding: Finding | None = None) -> None:
        self._update_buttons(flags or [])
        title = self.subject_title(finding.subject) if finding is not None else ""
        self.details.setHtml(details_html(flags or [], finding, title, self.catalogue,
                                          self.document.region.waivers))

    def _whole_map(self, flag: Flag) -> bool:
        return waived_for_whole_map(flag, self.document.region.waivers)

    def _update_buttons(self, flags: list[Flag]) -> None:
        open_flags = [f for f in flags if not f.waived]
        waived = [f for f in flags if f.waived]
        many = len(flags) > 1  # a whole finding is selected
        self.waive_button.setEnabled(bool(open_flags))
        self.unwaive_button.setEnabled(bool(waived))
        self.waive_button.setText(self.tr("Bewuste keuze voor de hele bevinding…") if many
                                  else self.tr("Bewuste keuze…"))
        whole = len(waived) == 1 and self._whole_map(waived[0])
        if len(waived) > 1:
            self.unwaive_button.setText(self.tr("Keuzes intrekken"))
        else:
            self.unwaive_button.setText(self.tr("Keuze intrekken (hele kaart)") if whole
                                        else self.tr("Keuze intrekken"))

    def _waive_current(self) -> None:
        flags = [f for f in self.current_flags() if not f.waived]
        if flags:
            self.waive_requested.emit(flags)

    def _unwaive_current(self) -> None:
        flags = [f for f in self.current_flags() if f.waived]
        if flags:
            self.unwaive_requested.emit(flags)
