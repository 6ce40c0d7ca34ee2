"""The flags panel: what is missing, grouped by table and level, with the why and the fix.

Top level: one node per subject (tables in Tafels order, then parties).
Below: the levels that occur (Vereist, Aanbevolen, Signaal), then the flags.
Waived flags stay visible as "bewuste keuze" with their reason. Selecting a
flag shows its message, its source (the "why") and the suggested fix, and
selects the subject on the canvas. Waiving and un-waiving go through the
editor, so they can be undone.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stakeholders.model.document import Document
from stakeholders.rules.catalogue import LEVEL_LABELS_NL
from stakeholders.rules.flags import Flag
from stakeholders.ui.canvas import style as S


class _WrappingDelegate(QStyledItemDelegate):
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


FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 2


class FlagsPanel(QWidget):
    """Lists the flags of the map; click to see why and to select the subject."""

    #: The user picked a subject (table or party id) to look at on the canvas.
    subject_activated = Signal(str)
    #: The user wants to record a deliberate choice for this flag.
    waive_requested = Signal(object)
    #: The user wants to withdraw the deliberate choice of this flag.
    unwaive_requested = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagsPanel")
        self.document = document
        self.flags: list[Flag] = []
        self.unused: list = []

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
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)

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
        self._update_buttons(None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.tree.doItemsLayout()  # re-wrap to the new width

    # -- content ---------------------------------------------------------------------------
    def set_flags(self, flags: list[Flag], unused_waivers: list | None = None) -> None:
        """Show a new list of flags (keeps the selected flag when it still exists)."""
        self.flags = list(flags)
        self.unused = list(unused_waivers or [])
        self._rebuild()

    def open_count(self) -> int:
        return sum(1 for f in self.flags if not f.waived)

    def _names(self) -> dict[str, str]:
        region = self.document.region
        names = {t.id: t.naam for t in region.tables}
        names.update({p.id: p.naam for p in region.parties})
        return names

    def _rebuild(self) -> None:
        current = self.current_flag()
        keep = current.key if current else None
        self.tree.blockSignals(True)
        self.tree.clear()
        open_flags = self.open_count()
        waived = len(self.flags) - open_flags
        self.summary.setText(
            self.tr("{open} open · {keuze} bewuste keuze(s)").format(open=open_flags,
                                                                       keuze=waived)
            if self.flags else self.tr("Geen signaleringen: alles wat de regels vragen is er.")
        )
        names = self._names()
        subjects: dict[str, QTreeWidgetItem] = {}
        levels: dict[tuple[str, str], QTreeWidgetItem] = {}
        select_item = None
        order = [t.id for t in self.document.region.tables] + [
            p.id for p in self.document.region.parties
        ]
        rank = {s: i for i, s in enumerate(order)}
        bold = QFont()
        bold.setBold(True)
        for flag in sorted(self.flags, key=lambda f: (rank.get(f.subject, 1 << 30), f.order)):
            if flag.waived and not self.show_waived.isChecked():
                continue
            top = subjects.get(flag.subject)
            if top is None:
                label = f"{names.get(flag.subject, flag.subject)} ({flag.subject})"
                top = QTreeWidgetItem([label])
                top.setData(0, SUBJECT_ROLE, flag.subject)
                top.setFont(0, bold)
                self.tree.addTopLevelItem(top)
                subjects[flag.subject] = top
            group_key = (flag.subject, "waived" if flag.waived else flag.level)
            group = levels.get(group_key)
            if group is None:
                title = self.tr("Bewuste keuze") if flag.waived else self.tr(
                    LEVEL_LABELS_NL[flag.level])
                group = QTreeWidgetItem([title])
                group.setData(0, SUBJECT_ROLE, flag.subject)
                colour = S.WAIVED_COLOUR if flag.waived else S.LEVEL_COLOURS[flag.level]
                group.setForeground(0, QBrush(colour))
                group.setFont(0, bold)
                top.addChild(group)
                levels[group_key] = group
            text = f"{flag.rule}: {flag.message_nl}"
            if flag.waived:
                text += " — " + self.tr("bewuste keuze: {reden}").format(reden=flag.waiver_reason)
            child = QTreeWidgetItem([text])
            child.setData(0, FLAG_ROLE, flag)
            child.setData(0, SUBJECT_ROLE, flag.subject)
            child.setToolTip(0, flag.message_nl)
            if flag.waived:
                child.setForeground(0, QBrush(QColor("#666666")))
            group.addChild(child)
            if flag.key == keep:
                select_item = child
        if self.unused:
            top = QTreeWidgetItem([self.tr("Keuzes die niet (meer) van toepassing zijn")])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            for waiver in self.unused:
                item = QTreeWidgetItem([f"{waiver.regel} / {waiver.onderwerp}: {waiver.reden}"])
                item.setData(0, SUBJECT_ROLE, waiver.onderwerp)
                top.addChild(item)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if select_item is not None:
            self.tree.setCurrentItem(select_item)
        else:
            self._show_details(None)

    # -- selection ---------------------------------------------------------------------------
    def current_flag(self) -> Flag | None:
        item = self.tree.currentItem()
        return item.data(0, FLAG_ROLE) if item is not None else None

    def select_flag(self, rule: str, subject: str) -> bool:
        """Make the flag (rule, subject) current; ``False`` when it is not listed."""
        for item in self._all_items():
            flag = item.data(0, FLAG_ROLE)
            if flag is not None and flag.key == (rule, subject):
                self.tree.setCurrentItem(item)
                return True
        return False

    def flag_items(self) -> list[QTreeWidgetItem]:
        """The rows that hold a flag (for tests and keyboard navigation)."""
        return [i for i in self._all_items() if i.data(0, FLAG_ROLE) is not None]

    def _all_items(self) -> list[QTreeWidgetItem]:
        result = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            result.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return result

    def _on_current(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        flag = current.data(0, FLAG_ROLE) if current is not None else None
        self._show_details(flag)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        subject = item.data(0, SUBJECT_ROLE)
        if subject:
            self.subject_activated.emit(subject)

    def _show_details(self, flag: Flag | None) -> None:
        self._update_buttons(flag)
        if flag is None:
            self.details.setHtml(
                "<p>" + html.escape(self.tr("Kies een signalering om te zien waarom ze er is "
                                            "en wat eraan te doen is.")) + "</p>")
            return
        level = self.tr(LEVEL_LABELS_NL[flag.level])
        parts = [
            f"<p><b>{html.escape(flag.rule)}</b> · {html.escape(level)}</p>",
            f"<p>{html.escape(flag.message_nl)}</p>",
            f"<p><b>{html.escape(self.tr('Waarom'))}</b><br>{html.escape(flag.source)}</p>",
            f"<p><b>{html.escape(self.tr('Wat te doen'))}</b><br>{html.escape(flag.fix_nl)}</p>",
        ]
        if flag.waived:
            by = ", ".join(x for x in (
                flag.waiver_by, flag.waiver_date.isoformat() if flag.waiver_date else "") if x)
            scope = (self.tr("Deze keuze geldt voor deze regel op de hele kaart (alle tafels "
                             "en partijen).") if self._whole_map(flag) else "")
            parts.append(
                f"<p><b>{html.escape(self.tr('Bewuste keuze'))}</b><br>"
                f"{html.escape(flag.waiver_reason)}"
                + (f" <i>({html.escape(by)})</i>" if by else "")
                + (f"<br><i>{html.escape(scope)}</i>" if scope else "") + "</p>"
            )
        self.details.setHtml("".join(parts))

    def _whole_map(self, flag: Flag) -> bool:
        """Whether the flag is waived by a ``kaart`` row rather than by its own row."""
        return flag.waived and not any(
            w.regel.upper() == flag.rule.upper() and w.onderwerp.lower() == flag.subject.lower()
            for w in self.document.region.waivers)

    def _update_buttons(self, flag: Flag | None) -> None:
        self.waive_button.setEnabled(flag is not None and not flag.waived)
        self.unwaive_button.setEnabled(flag is not None and flag.waived)
        whole = flag is not None and self._whole_map(flag)
        self.unwaive_button.setText(self.tr("Keuze intrekken (hele kaart)") if whole
                                    else self.tr("Keuze intrekken"))

    def _waive_current(self) -> None:
        flag = self.current_flag()
        if flag is not None and not flag.waived:
            self.waive_requested.emit(flag)

    def _unwaive_current(self) -> None:
        flag = self.current_flag()
        if flag is not None and flag.waived:
            self.unwaive_requested.emit(flag)
