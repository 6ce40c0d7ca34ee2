"""Table focus (F6, Beeld > Tafelfocus): one table with its rings, its mandate holders and
whom they speak for, and its own findings; everything else is out of sight.

It is the same canvas: selection, editing and undo are those of the map, and what is
added to the table while it is in focus appears at once. Esc or F6 shows the whole map.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent

from stakeholders.i18n import translator
from stakeholders.rules.findings import group_findings, summary
from stakeholders.ui.actions import make_action
from stakeholders.ui.workshop.overlay import WorkshopOverlay
from stakeholders.ui.workshop.reveal import table_focus
from stakeholders.ui.workshop.stage import show_step

_t = translator("focus")


class TableFocus(QObject):
    """Shows one table of ``window``'s map (a MainWindow) and its own findings."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.scene = window.scene
        self.table_uid: str | None = None
        self.overlay = WorkshopOverlay(window.view, card_right=True)
        self.action = make_action(
            window, "actionTableFocus", _t("&Tafelfocus (gekozen tafel)"), self.toggle,
            checkable=True,
            tip=_t("Alleen de gekozen tafel met haar ringen, mandaten en bevindingen; Esc terug"))
        window.view.installEventFilter(self)
        window.document.changed.connect(self._show)
        window.document.reset.connect(self.leave)
        # Queued: after the window has shown every flag, keep only the table's own.
        window.checker.flags_changed.connect(lambda _f: self._show(),
                                             Qt.ConnectionType.QueuedConnection)

    def toggle(self) -> None:
        if self.table_uid is not None:
            self.leave()
            return
        region = self.window.document.region
        tables = {t.uid for t in region.tables}
        chosen = [u for u in self.scene.selected_uids() if u in tables]
        if len(chosen) != 1:
            self.action.setChecked(False)
            self.window.notify(_t("Selecteer eerst één tafel."))
            return
        workshop = getattr(self.window, "workshop", None)
        if workshop is not None and workshop.step_index is not None:
            workshop.set_story(False)
        self.table_uid = chosen[0]
        self.action.setChecked(True)
        self._show()
        self.overlay.show()
        self._refresh_workshop()
        self.window.view.zoom_to_fit(self._shown_rect())

    def leave(self) -> None:
        if self.table_uid is None:
            return
        self.table_uid = None
        self.action.setChecked(False)
        self.overlay.hide()
        show_step(self.scene, None)
        self.scene.set_flags(self.window.checker.flags)
        self._refresh_workshop()
        self.window.view.request_fit()

    def _refresh_workshop(self) -> None:
        workshop = getattr(self.window, "workshop", None)
        if workshop is not None:
            workshop.refresh()

    def _shown_rect(self) -> QRectF:
        rect = QRectF()
        for node in self.scene.nodes.values():
            if node.isVisible():
                rect = rect.united(node.footprint())
        return rect

    def _show(self) -> None:
        if self.table_uid is None:
            return
        region = self.window.document.region
        table = next((t for t in region.tables if t.uid == self.table_uid), None)
        if table is None:  # the table was removed (undo brings the map back)
            self.leave()
            return
        step = table_focus(region, self.table_uid)
        show_step(self.scene, step)
        own = [f for f in self.window.checker.flags if f.subject == table.id]
        self.scene.set_flags(own)
        findings = [f for f in group_findings(own) if f.is_open]
        catalogue = self.window.checker.catalogue
        self.overlay.set_caption(_t("Tafelfocus: {naam}").format(naam=table.naam))
        self.overlay.set_count(len(findings), _t("open bevindingen van deze tafel"))
        lines = "".join(f"<li>{catalogue.vocabulary.theme(f.thema)}: {summary(f, catalogue)}</li>"
                        for f in findings)
        self.overlay.set_card(f"<div style='font-size:20px'><b>{_t('Bevindingen')}</b>"
                              f"<ul>{lines}</ul></div>" if findings else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.table_uid is not None and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.window.interactions.current is None
                and not self.window.interactions.popup.isVisible()):
            self.leave()
            return True
        return False
