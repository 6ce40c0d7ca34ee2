"""The English window: no Dutch text left in any action, menu, dock, panel or dialog.

The window is built with the English translators (as ``--taal en`` starts it), opens the
Kustmarken example, and every dialog the menus open is walked too. A text counts as Dutch
when it is one of the Dutch source texts (with its placeholders filled in any way) whose
English differs, or a Dutch label of the vocabularies (party types, table kinds, domains,
levels, themes).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from test_gui_support import KUSTMARKEN_MAP, open_quietly, open_window

from stakeholders import i18n, language
from stakeholders.model import vocab
from stakeholders.qtenv import install_translations
from stakeholders.rules.catalogue import default_catalogue

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "stakeholders_en.ts"

#: The menu actions that open a dialog or a window (walked one by one).
DIALOG_ACTIONS = ("actionExportOverview", "actionShortcuts", "actionRules", "actionRegionRules",
                  "actionAbout", "actionDivisions", "actionDivisionsAbout", "actionPreferences",
                  "actionAddTable", "actionAddMandate", "actionSnapshot")


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "\n", text)).replace("&", "").strip()


def _pattern(source: str) -> re.Pattern[str] | None:
    """A Dutch source as a regular expression: its placeholders match anything."""
    plain = source.replace("&", "").strip()
    if len(re.sub(r"\{[^{}]*\}|[\W\d_]", "", plain)) < 5:
        return None  # "{a} aan {b}": too little Dutch to tell it from a name or a quote
    parts = re.split(r"\{[^{}]*\}", plain)
    return re.compile(".*?".join(re.escape(p) for p in parts) + r"\Z", re.DOTALL)


def dutch_patterns() -> list[tuple[str, re.Pattern[str]]]:
    messages = i18n.read_ts(TS)
    patterns = []
    for (_context, source), english in messages.items():
        if english.replace("&", "") != source.replace("&", ""):
            pattern = _pattern(source)
            if pattern is not None:
                patterns.append((source, pattern))
    return patterns


def dutch_labels() -> set[str]:
    terms = [*vocab.party_types().entries, *vocab.table_kinds().entries,
             *vocab.domains().values()]
    labels = {t.label_nl for t in terms if t.label_nl != t.label_en}
    words = default_catalogue().vocabulary
    for table in (words.levels, words.bases, words.themes):
        labels |= {label.nl for label in table.values() if label.nl != label.en}
    return labels


def widget_texts(root: QWidget) -> list[str]:
    """Every text a user can read on ``root`` and its children (and their tooltips)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.statusTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(c) for c in range(header.columnCount())]
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                texts += [item.text(c) for c in range(item.columnCount())]
                texts += [item.toolTip(c) for c in range(item.columnCount())]
                stack += [item.child(i) for i in range(item.childCount())]
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
        for action in widget.actions():
            texts += [action.text(), action.toolTip(), action.statusTip(), action.iconText()]
    return [t for t in texts if t]


def dutch_left(texts: list[str], patterns, labels) -> list[str]:
    found = set()
    for text in texts:
        plain = _plain(text)
        for piece in {plain, *(line.strip() for line in plain.splitlines())}:
            if not piece:
                continue
            if piece in labels:
                found.add(piece)
                continue
            for source, pattern in patterns:
                if pattern.match(piece):
                    found.add(f"{piece!r} (source {source!r})")
                    break
    return sorted(found)


@pytest.fixture
def english(qapp):
    language.start("en")
    install_translations(qapp, "en")
    yield
    # conftest's _dutch_by_default restores Dutch and removes the translators


@pytest.fixture
def english_window(qtbot, english):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    qtbot.wait(50)
    return window


def test_the_detector_sees_dutch(qtbot) -> None:
    """The check below is not blind: the Dutch window is full of hits."""
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    hits = dutch_left(widget_texts(window), dutch_patterns(), dutch_labels())
    assert len(hits) > 50
    assert any("Bevindingen" in h for h in hits)
    assert any(h.startswith("'Bewuste keuzes tonen'") for h in hits)


def test_the_english_window_has_no_dutch_left(qtbot, english_window, monkeypatch) -> None:
    window = english_window
    patterns, labels = dutch_patterns(), dutch_labels()
    texts = widget_texts(window)
    # the menus and every action, also those only in a context menu
    texts += [m.title() for m in window.findChildren(QMenu)]
    for action in window.actions_by_name.values():
        texts += [action.text(), action.toolTip(), action.statusTip()]
    # each finding's details, as the panel shows them when clicked
    for item in window.flags_panel.finding_items():
        window.flags_panel.tree.setCurrentItem(item)
        texts += widget_texts(window.flags_panel)
    # every dialog the menus open: modal ones are read and closed, others read where they are
    seen: list[QWidget] = []

    def read_modal(dialog: QDialog) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", read_modal)
    about: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, t, x: about.extend([t, x])))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    for name in DIALOG_ACTIONS:
        if name in window.actions_by_name:
            window.actions_by_name[name].trigger()
            qtbot.wait(20)
    opened = [w for w in QApplication.topLevelWidgets()
              if w is not window and w.isVisible() and w not in before]
    assert len(opened) + len(seen) >= 5  # the dialogs did open
    for dialog in [*opened, *seen]:
        texts += widget_texts(dialog)
    # the waiver dialog of the findings panel, for one open flag and for a whole finding
    open_flags = [f for f in window.checker.flags if not f.waived]
    window.waive_flags(open_flags[:1])
    window.waive_flags(open_flags[:3])
    assert sum(type(d).__name__ == "WaiverDialog" for d in seen) == 2
    for dialog in seen[-2:]:
        texts += widget_texts(dialog)
    texts += about
    assert about, "Help > Over stakeholders was not shown"
    left = dutch_left(texts, patterns, labels)
    assert left == [], "\n".join(left)
    assert "&File" in [m.title() for m in window.findChildren(QMenu)]


def test_voorkeuren_remembers_the_language_for_the_next_start(qtbot, monkeypatch) -> None:
    from stakeholders import settings
    from stakeholders.ui.dialogs.preferences import PreferencesDialog

    window = open_window(qtbot)
    action = window.actions_by_name["actionPreferences"]
    assert action in window.findChild(QMenu, "menuFile").actions()  # Bestand > Voorkeuren…
    shown: list[PreferencesDialog] = []

    def choose_english(dialog: QDialog) -> int:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.chosen_language() == ""  # follows the system until chosen
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert "volgende start" in dialog.note.text()  # says when it takes effect
        dialog.accept()
        shown.append(dialog)
        return 1

    monkeypatch.setattr(QDialog, "exec", choose_english)
    action.trigger()
    assert shown and settings.get(settings.LANGUAGE) == "en"
    # the next start: the saved choice beats a Dutch system, --taal beats both
    assert language.choose(None, settings.get(settings.LANGUAGE), "nl_NL") == "en"
    assert language.choose("nl", settings.get(settings.LANGUAGE), "nl_NL") == "nl"


def test_the_app_starts_in_english_with_taal_en(qapp, monkeypatch) -> None:
    """``stakeholders --taal en`` builds the window with the English translators."""
    from stakeholders import app as app_module
    from stakeholders.ui.main_window import MainWindow

    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    assert app_module.run_gui(None, taal="en") == 0
    window = shown[0]
    try:
        assert window.findChild(QMenu, "menuFile").title() == "&File"
        assert window.flags_dock.windowTitle() == "Findings"
        assert i18n.language() == "en"
    finally:
        window.deleteLater()


def test_the_regional_divisions_speak_english(qtbot, english) -> None:
    """Beeld > Regio-indelingen: the divisions' names, counts and notes come from data files;
    in English they read "1 safety region", not "1 veiligheidsregio"."""
    from stakeholders.ui.dialogs import divisions_view

    window = open_window(qtbot)
    open_quietly(qtbot, window, ROOT / "examples" / "rivierenland.regiokaart")
    view = divisions_view.show_view(window, 0)
    qtbot.wait(20)
    summary = _plain(view.summary.text())
    assert "1 safety region" in summary and "1 province" in summary
    assert "veiligheidsregio" not in summary and "provincie" not in summary
    about = view.sources.toPlainText()
    assert "safety region" in about and "Nothing imported yet." in about
    assert "Nog niets" not in about and "wettelijk vastgelegd" not in about
    view.division_combo.setCurrentIndex(view.division_combo.findData("ggd-regio"))
    qtbot.wait(20)
    note = view.schematic.schematic.note  # the drawn note under the derived GGD regions
    assert note.startswith("derived: the GGD region of the safety region")
    view.close()
