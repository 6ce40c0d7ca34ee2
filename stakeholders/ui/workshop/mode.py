"""Workshop mode (F11, Beeld > Workshopmodus; Esc or F11 leaves it).

Full screen, panels and tool bars away (the window's "Alleen de kaart"), names on the
canvas at least 24 px, a large findings counter and the selected party's or table's
card (:mod:`.overlay`). Quick add (N) works at the mouse as always, with one key per
common type. "Namen van personen verbergen" keeps contact persons and independent
chairs' names off the screen. "Stap voor stap" (F5) tells the map's story
(:mod:`.reveal`): → or PageDown (a slide remote) next, ← or PageUp back.

Nothing is a copy: edits go through the window's editor, one undo step each.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent

from stakeholders.i18n import translator
from stakeholders.ui.actions import make_action
from stakeholders.ui.workshop.card import card_html
from stakeholders.ui.workshop.overlay import WorkshopOverlay
from stakeholders.ui.workshop.reveal import RevealStep, reveal_steps
from stakeholders.ui.workshop.stage import show_step

_t = translator("workshop")

#: Names on the canvas in workshop mode, pixels on screen (at least).
NAME_PX = 24
#: Text of the quick-add popup in workshop mode, pixels.
POPUP_PX = 22
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up)
#: Actions whose keys act only while the canvas has the keyboard.
VIEW_ACTIONS = ("actionRevealNext", "actionRevealPrevious", "actionPark")


class WorkshopMode(QObject):
    """Switches ``window`` (a MainWindow) into workshop mode and back."""

    changed = Signal(bool)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.scene = window.scene
        self.view = window.view
        self.overlay = WorkshopOverlay(self.view)
        self.active = False
        self.steps: list[RevealStep] = []
        self.step_index: int | None = None  #: ``None``: the whole map (no story running)
        self._known: set[str] = set()  #: node uids when the story began (new ones always show)
        self._before: tuple[float, bool] | None = None
        a = make_action
        self.toggle = a(window, "actionWorkshop", _t("&Workshopmodus"), None, checkable=True,
                        tip=_t("Volledig scherm voor de beamer: grote namen, teller en kaart "
                               "van de gekozen partij; Esc of F11 terug"))
        self.toggle.toggled.connect(self.set_active)
        self.hide_names = a(window, "actionHideNames", _t("Namen van &personen verbergen"),
                            None, checkable=True,
                            tip=_t("Geen contactpersonen en namen van onafhankelijke "
                                   "voorzitters in beeld (anoniem, zoals op de pagina)"))
        self.hide_names.toggled.connect(lambda _on: self.refresh())
        self.story = a(window, "actionReveal", _t("&Stap voor stap vertellen"), None,
                       checkable=True,
                       tip=_t("Tafels één voor één, dan kopgroep, tweede ring, mandaten en de "
                              "bevindingen; → of PageDown verder, ← of PageUp terug"))
        self.story.toggled.connect(self.set_story)
        self.next = a(window, "actionRevealNext", _t("Volgende stap"), self.step_forward)
        self.previous = a(window, "actionRevealPrevious", _t("Vorige stap"), self.step_back)
        self.actions: list[QAction] = [self.toggle, self.hide_names, self.story, self.next,
                                       self.previous]
        self.view.installEventFilter(self)
        window.scene.selection_uids_changed.connect(lambda _uids: self.refresh())
        # Queued: after the window has shown every flag, hide them again while the story
        # has not reached the findings.
        window.checker.flags_changed.connect(self._on_flags, Qt.ConnectionType.QueuedConnection)
        window.document.changed.connect(self._on_changed)
        window.document.reset.connect(self._on_reset)

    # -- on and off ----------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        options = self.window.view_options
        if on:
            self._before = (self.scene.labels.min_px, options.map_only.isChecked())
            options.map_only.setChecked(True)
            self.window.statusBar().hide()
            self.scene.set_min_label_px(max(NAME_PX, self._before[0]))
            self.window.interactions.popup.setStyleSheet(f"font-size: {POPUP_PX}px;")
            self.overlay.show()
        else:
            self.set_story(False)
            self.overlay.hide()
            self.window.interactions.popup.setStyleSheet("")
            min_px, map_only = self._before or (self.scene.labels.min_px, False)
            self._before = None
            self.scene.set_min_label_px(min_px)
            self.window.statusBar().show()
            options.map_only.setChecked(map_only)
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)
        self.view.setFocus()
        self.refresh()
        self.view.request_fit()  # the whole map on the new screen (the story keeps the frame)
        self.changed.emit(on)

    def leave(self) -> None:
        """Back to the normal window (Esc, F11, or before the window saves its layout)."""
        self.set_active(False)

    # -- the story -----------------------------------------------------------------------------
    def set_story(self, on: bool) -> None:
        if on and not self.active:
            self.set_active(True)
        focus = getattr(self.window, "focus", None)
        if on and focus is not None:
            focus.leave()  # one picture at a time: the story shows the whole map
        if on:
            self.steps = reveal_steps(self.window.document.region)
            self._known = set(self.scene.nodes)
            self.step_index = 0
        else:
            self.step_index = None
        if self.story.isChecked() != on:
            self.story.setChecked(on)
        self._show()

    def step_forward(self) -> None:
        if self.step_index is None:
            self.set_story(True)
            return
        self.step_index = min(self.step_index + 1, len(self.steps) - 1)
        self._show()

    def step_back(self) -> None:
        if self.step_index is not None:
            self.step_index = max(self.step_index - 1, 0)
            self._show()

    def current_step(self) -> RevealStep | None:
        return None if self.step_index is None else self.steps[self.step_index]

    def _show(self) -> None:
        step = self.current_step()
        focus = getattr(self.window, "focus", None)
        if step is None and focus is not None and focus.table_uid is not None:
            self.refresh()  # the table focus decides what is shown
            return
        if step is not None:
            new = frozenset(set(self.scene.nodes) - self._known)
            step = RevealStep(step.what, step.nodes | new, step.lines, step.findings,
                              step.name, step.number)
        show_step(self.scene, step)
        self.scene.set_flags([] if step is not None and not step.findings
                             else self.window.checker.flags)
        self.refresh()

    def caption(self) -> str:
        step = self.current_step()
        if step is None:
            return ""
        count = len(self.steps)
        position = _t("stap {i} van {n}").format(i=self.step_index + 1, n=count)
        texts = {
            "kopgroep": _t("De kopgroepen"),
            "tweede-ring": _t("De tweede ring"),
            "mandates": _t("Wie spreekt namens wie: de mandaten"),
            "findings": _t("Wat ontbreekt: de bevindingen"),
        }
        what = texts.get(step.what) or _t("Tafel {i}: {naam}").format(i=step.number,
                                                                      naam=step.name)
        return f"{what} <span style='color:#666'>({position})</span>"

    # -- the large texts ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.active:
            return
        self.overlay.set_caption(self.caption())
        step = self.current_step()
        focus = getattr(self.window, "focus", None)
        if focus is not None and focus.table_uid is not None:
            self.overlay.set_count(None, "")  # the table focus counts the table's own
        elif step is None or step.findings:
            self.overlay.set_count(self.window.flags_panel.open_count(),
                                   _t("open bevindingen"))
        else:
            self.overlay.set_count(None, "")
        uids = self.scene.selected_uids()
        entity = self.window.document.entity(uids[0]) if len(uids) == 1 else None
        shown = entity is not None and hasattr(entity, "naam") and hasattr(entity, "id")
        self.overlay.set_card(card_html(self.window.document.region, entity,
                                        self.hide_names.isChecked()) if shown else "")

    def _on_flags(self, _flags) -> None:
        if self.active and self.step_index is not None:
            step = self.steps[self.step_index]
            if not step.findings:
                self.scene.set_flags([])
        self.refresh()

    def _on_changed(self) -> None:
        if self.active and self.step_index is not None:
            self._show()
        else:
            self.refresh()

    def _on_reset(self) -> None:
        if self.step_index is not None:
            self.set_story(False)

    # -- keys on the canvas ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier,
                                     Qt.KeyboardModifier.KeypadModifier):
            return False
        if event.key() == Qt.Key.Key_Escape and self._nothing_open():
            self.leave()
            return True
        if self.step_index is not None and event.key() in NEXT_KEYS:
            self.step_forward()
            return True
        if self.step_index is not None and event.key() in PREVIOUS_KEYS:
            self.step_back()
            return True
        return False

    def _nothing_open(self) -> bool:
        interactions = self.window.interactions
        return interactions.current is None and not interactions.popup.isVisible()
