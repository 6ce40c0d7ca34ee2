"""The *Wijzigingen* panel: what changed since a snapshot or another file, and mandates ending.

From top to bottom: what the map is compared with (or how to start comparing), a legend of
the marks on the map (nieuw, gewijzigd, weg: colour and pattern) with *Markeren op de
kaart* to switch them off, the changes per kind and the findings resolved and new (a
double click shows the party or table on the map), and the timeline of dated mandates
(R-MND-01). The panel only shows; :class:`~stakeholders.ui.changes.ChangesController`
holds the comparison.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stakeholders.i18n import translator
from stakeholders.look import change_style as C
from stakeholders.model import schema
from stakeholders.model.diff import RULE_KIND, Change, EntityChange
from stakeholders.model.diff_text import Names, change_word, field_text, kind_title, line
from stakeholders.rules.change_report import KINDS, counts_text, finding_text, side_text
from stakeholders.rules.changes import Comparison, FindingChange
from stakeholders.rules.expiry import MandateTimeline
from stakeholders.ui.panels.timeline import TimelineWidget
from stakeholders.ui.panels.wrapping import WrappingDelegate

_t = translator("ChangesPanel")

#: The timeline's tallest (pixels); more mandates scroll.
TIMELINE_MAX_H = 260
#: The item data role holding the party or table id an item is about.
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(change: Change, size: int = 16) -> QIcon:
    """A small square in the mark's colour and pattern (legend and list icons)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(C.mark_pen(change, 3.0))
    painter.setBrush(C.mark_colour(change, 40))
    painter.drawRoundedRect(2, 2, size - 4, size - 4, 3, 3)
    painter.end()
    return QIcon(pixmap)


def finding_word(change: FindingChange) -> str:
    if change.by_choice:
        return _t("opgelost (bewuste keuze)")
    return {Change.REMOVED: _t("opgelost"), Change.ADDED: _t("nieuw"),
            Change.CHANGED: _t("gewijzigd")}[change.change]


class ChangesPanel(QWidget):
    """Lists a comparison and a mandate timeline (see the module docstring)."""

    #: A party or table id was activated in the list.
    subject_activated = Signal(str)
    #: The user switched the marks on the map on or off.
    marks_toggled = Signal(bool)
    #: "Vergelijken met…" / "Stoppen" buttons.
    compare_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.header = QLabel(self)
        self.header.setObjectName("changesHeader")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(_t("Vergelijken met…"), self)
        self.compare_button.setObjectName("changesCompare")
        self.compare_button.clicked.connect(self.compare_requested)
        self.stop_button = QPushButton(_t("Stoppen met vergelijken"), self)
        self.stop_button.setObjectName("changesStop")
        self.stop_button.clicked.connect(self.stop_requested)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        legend = QHBoxLayout()
        for change in (Change.ADDED, Change.CHANGED, Change.REMOVED):
            icon = QLabel(self)
            icon.setPixmap(swatch(change).pixmap(QSize(16, 16)))
            legend.addWidget(icon)
            legend.addWidget(QLabel(change_word(change), self))
            legend.addSpacing(8)
        legend.addStretch(1)
        layout.addLayout(legend)
        self.marks_box = QCheckBox(_t("Markeren op de kaart"), self)
        self.marks_box.setObjectName("changesMarks")
        self.marks_box.setChecked(True)
        self.marks_box.toggled.connect(self.marks_toggled)
        layout.addWidget(self.marks_box)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("changesTree")
        self.tree.setHeaderHidden(True)
        WrappingDelegate.install(self.tree)  # whole sentences, never elided
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemDoubleClicked.connect(self._on_activated)
        layout.addWidget(self.tree, 1)
        title = QLabel(_t("<b>Mandaten die aflopen</b> (R-MND-01)"), self)
        layout.addWidget(title)
        self.timeline = TimelineWidget(self)
        scroll = QScrollArea(self)  # many dated mandates scroll; the list keeps its room
        scroll.setObjectName("timelineScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.timeline)
        scroll.setMaximumHeight(TIMELINE_MAX_H)
        self.timeline_scroll = scroll
        layout.addWidget(scroll)
        self.show_comparison(None)

    # -- filling ------------------------------------------------------------------------------
    def show_comparison(self, comparison: Comparison | None, note: str = "") -> None:
        """List ``comparison`` (``None``: not comparing); ``note``: the snapshot's note."""
        self.tree.clear()
        self.stop_button.setEnabled(comparison is not None)
        self.marks_box.setEnabled(comparison is not None)
        if comparison is None:
            self.header.setText(_t("Vergelijk de kaart met een momentopname of een ander "
                                   "bestand (Kaart > Vergelijken met…)."))
            return
        header = _t("<b>Wijzigingen sinds {naam}</b><br>{telling}").format(
            naam=html.escape(side_text(comparison.old)),
            telling=html.escape(counts_text(comparison)))
        if note:
            header += "<br><i>" + html.escape(note) + "</i>"
        self.header.setText(header)
        if not comparison:
            QTreeWidgetItem(self.tree, [_t("Geen verschillen.")])
            return
        names = Names(comparison.old.region, comparison.new.region)
        diff = comparison.diff
        if diff.info:
            section = self._section(kind_title(schema.INFO), len(diff.info))
            for change in diff.info:
                self._leaf(section, field_text(change, names), Change.CHANGED, "")
        for kind in KINDS:
            changes = diff.rules if kind == RULE_KIND else diff.of_kind(kind)
            if changes:
                section = self._section(kind_title(kind), len(changes))
                for change in changes:
                    self._entity_leaf(section, change, names)
        if comparison.findings:
            section = self._section(_t("Bevindingen"), len(comparison.findings))
            for finding in comparison.findings:
                change = {Change.REMOVED: Change.ADDED, Change.ADDED: Change.REMOVED}.get(
                    finding.change, Change.CHANGED)  # resolved is good news: green
                text = f"{finding_word(finding)}: {finding_text(finding, comparison)}"
                self._leaf(section, text, change, finding.subject)
        self.tree.expandAll()

    def show_timeline(self, timeline: MandateTimeline | None) -> None:
        self.timeline.set_timeline(timeline)
        wanted = self.timeline.minimumHeight() + 2 * self.timeline_scroll.frameWidth()
        self.timeline_scroll.setFixedHeight(min(wanted, TIMELINE_MAX_H))

    def _section(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _leaf(self, parent: QTreeWidgetItem, text: str, change: Change,
              subject: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setIcon(0, swatch(change))
        item.setToolTip(0, text)
        item.setData(0, SUBJECT_ROLE, subject)
        item.setForeground(0, QBrush(C.mark_colour(change).darker(140)))
        return item

    def _entity_leaf(self, parent: QTreeWidgetItem, change: EntityChange,
                     names: Names) -> None:
        ids = change.ids
        self._leaf(parent, line(change, names), change.change, ids[-1] if ids else "")

    # -- reading ------------------------------------------------------------------------------
    def texts(self) -> list[str]:
        """Every line of the list, sections first (for tests and screen readers)."""
        out: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            out.append(section.text(0))
            out += [section.child(j).text(0) for j in range(section.childCount())]
        return out

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        subject = item.data(0, SUBJECT_ROLE)
        if subject:
            self.subject_activated.emit(str(subject))
