"""Shared helpers of the GUI tests (``test_gui_*.py``), and tests of a fresh window.

The helpers drive the real window the way a user does: menu actions found by
``objectName``, real mouse events on the canvas viewport, real key events.
Only the questions a modal dialog would ask are answered by replacing the
small ``ask_*`` methods the application provides for that purpose.

Each GUI test module defines its own ``window`` fixture with :func:`open_window`.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from stakeholders.io import regiokaart
from stakeholders.model.regionmap import RegionMap
from stakeholders.ui.canvas.items import NodeItem
from stakeholders.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"
KUSTMARKEN_XLSX = DATA / "kustmarken.xlsx"
KUSTMARKEN_MAP = EXAMPLES / "kustmarken.regiokaart"
EXPECTED = DATA / "kustmarken.expected.json"

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


# -- the window --------------------------------------------------------------------------
def open_window(qtbot) -> MainWindow:
    """A shown, exposed and active main window; closed without prompting afterwards."""
    window = MainWindow()
    # pytest-qt closes its widgets before fixtures are torn down: stop a running layout and
    # answer the unsaved-changes question there. During the test that question still fails
    # fast (conftest) unless the test answers it itself.
    qtbot.addWidget(window, before_close_func=lambda w: finish(qtbot, w))
    # A first start opens maximised; the offscreen screen is small, so give the tests the
    # window size they were written for.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def finish(qtbot, window: MainWindow) -> None:
    """Stop a running layout and close without the unsaved-changes question."""
    if window.layouts.worker is not None:
        window.layouts.cancel()
        qtbot.waitUntil(lambda: window.layouts.worker is None, timeout=20000)
    window.files.ask_unsaved = lambda: QMessageBox.StandardButton.Discard


def activate(qtbot, window: MainWindow) -> None:
    """Make ``window`` the active window (window shortcuts only reach the active one)."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def open_via_menu(qtbot, window: MainWindow, monkeypatch, path: Path | str) -> None:
    """Bestand > Openen… answering the file dialog with ``path``; waits for zoom to fit."""
    monkeypatch.setattr(window.files, "ask_open_path", lambda: str(path))
    window.action("actionOpen").trigger()
    qtbot.wait(1)  # the window zooms to fit on the next event-loop turn


def open_quietly(qtbot, window: MainWindow, path: Path | str) -> None:
    """Open a map that is known to be valid (no problems dialog expected)."""
    shown: list[tuple] = []
    window.files.show_problems = lambda *args: shown.append(args)
    assert window.files.open_path(path), shown
    window.files.unsaved_import = False  # an imported workbook counts as unsaved
    window.files.modified_changed.emit(window.files.is_modified())
    qtbot.wait(1)


# -- reading the map ------------------------------------------------------------------------
def dump(window_or_region) -> str:
    """The ``.regiokaart`` text of the window's map (what Save would write)."""
    region = getattr(getattr(window_or_region, "document", None), "region", window_or_region)
    assert isinstance(region, RegionMap)
    return regiokaart.dumps(region)


def expected_flags() -> set[tuple[str, str, bool]]:
    """``kustmarken.expected.json`` as a set of (rule, subject, waived)."""
    return {(f["rule"], f["subject"], f["waived"]) for f in json.loads(EXPECTED.read_text())}


def flag_keys(flags) -> set[tuple[str, str, bool]]:
    return {(f.rule, f.subject, f.waived) for f in flags}


def party(window: MainWindow, identifier: str):
    entity = window.document.by_id(identifier)
    assert entity is not None, f"no party or table {identifier!r}"
    return entity


def node(window: MainWindow, identifier: str) -> NodeItem:
    """The canvas item of a party or table id."""
    return window.scene.nodes[party(window, identifier).uid]


# -- mouse on the canvas ------------------------------------------------------------------
def view_point(window: MainWindow, item_or_scene_point) -> QPoint:
    """Viewport coordinates of an item's centre (or of a scene point)."""
    scene_point = getattr(item_or_scene_point, "scenePos", lambda: item_or_scene_point)()
    window.view.ensureVisible(scene_point.x() - 1, scene_point.y() - 1, 2, 2, 60, 60)
    return window.view.mapFromScene(scene_point)


def click(qtbot, window: MainWindow, item, modifier=NONE) -> None:
    qtbot.mouseClick(window.view.viewport(), LEFT, modifier, view_point(window, item))


def drag(qtbot, window: MainWindow, start: QPoint, end: QPoint, modifier=NONE,
         steps: int = 4) -> None:
    """Press at ``start``, move in a few steps, release at ``end`` (viewport coordinates)."""
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, LEFT, modifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, LEFT, modifier, end)


def shift_drag(qtbot, window: MainWindow, source: str, target: str) -> None:
    """The connect gesture: Shift+drag from one node to another, with real mouse events."""
    view = window.view
    a, b = node(window, source).scenePos(), node(window, target).scenePos()
    view.zoom_reset()
    view.centerOn((a + b) / 2)
    rect = view.viewport().rect().adjusted(20, 20, -20, -20)
    if not (rect.contains(view.mapFromScene(a)) and rect.contains(view.mapFromScene(b))):
        view.zoom_to_fit()  # both ends must be on screen at once
    start, end = view.mapFromScene(a), view.mapFromScene(b)
    assert rect.contains(start) and rect.contains(end), "drag ends must be visible"
    drag(qtbot, window, start, end, SHIFT)


class Chooser:
    """Answers ``ask_choice`` menus by label, like a user picking a menu entry."""

    def __init__(self, *labels: str) -> None:
        self.labels = list(labels)
        self.asked: list[tuple[str, list[str]]] = []

    def __call__(self, title: str, options: list[tuple[str, object]]) -> object | None:
        shown = [label for label, _value in options]
        self.asked.append((title, shown))
        wanted = self.labels.pop(0)
        for label, value in options:
            if label == wanted:
                return value
        raise AssertionError(f"{wanted!r} is not in the menu {title!r}: {shown}")


# -- building with the keyboard -------------------------------------------------------
def quick_add(qtbot, window: MainWindow, name: str, type_id: str, type_filter: str = ""):
    """N on the canvas, type the name, Enter, filter the types, pick ``type_id``, Enter."""
    popup = window.interactions.popup
    before = len(window.document.region.parties)
    window.view.setFocus()  # N is a key of the canvas (in a field it is a letter)
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert popup.isVisible() and popup.name_edit.hasFocus()
    qtbot.keyClicks(popup.name_edit, name)
    qtbot.keyClick(popup.name_edit, Qt.Key.Key_Return)
    assert popup.type_list.isVisible() and popup.type_filter.hasFocus()
    qtbot.keyClicks(popup.type_filter, type_filter or type_id)
    rows = [popup.type_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(popup.type_list.count())]
    assert type_id in rows, f"{type_id} not offered for {type_filter or type_id!r}: {rows}"
    for _ in range(rows.index(type_id)):
        qtbot.keyClick(popup.type_filter, Qt.Key.Key_Down)
    assert popup.type_list.currentItem().data(Qt.ItemDataRole.UserRole) == type_id
    qtbot.keyClick(popup.type_filter, Qt.Key.Key_Return)
    assert not popup.isVisible()
    parties = window.document.region.parties
    assert len(parties) == before + 1, "the party was not added"
    added = parties[-1]
    assert (added.naam, added.type) == (name, type_id)
    assert window.scene.selected_uids() == [added.uid]
    return added


def pick_combo(qtbot, combo, value) -> None:
    """Choose the entry with data ``value`` with the arrow keys (emits ``activated``)."""
    target = combo.findData(value)
    assert target >= 0, f"{value!r} is not offered"
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def field(window: MainWindow, name: str):
    """The property panel's editor of field ``name`` (for the shown item)."""
    widget = window.properties.widgets.get(name)
    assert widget is not None, f"no field {name!r} for {window.properties.kind}"
    return widget


def test_helpers_find_the_kustmarken_files():
    assert KUSTMARKEN_XLSX.is_file() and KUSTMARKEN_MAP.is_file() and EXPECTED.is_file()
    assert len(expected_flags()) == 14


def test_a_new_window_shows_an_empty_unmodified_map(qtbot):
    window = open_window(qtbot)
    assert window.document.region.parties == [] and window.document.region.tables == []
    assert window.windowTitle().startswith("Naamloze kaart")
    assert not window.isWindowModified()
    assert not window.action("actionUndo").isEnabled()
    assert window.scene.nodes == {}
    assert "0 partijen" in window.status_label.text()
    # An empty map has no flags; the panel says so in words.
    assert window.flags_panel.flag_items() == []
    assert "Geen bevindingen" in window.flags_panel.summary.text()
