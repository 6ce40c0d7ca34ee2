"""Autosave never freezes the window: the map is copied in the window's thread and
written in a worker, one write at a time; a failure is told quietly in the status bar.

A workshop map of a few thousand parties takes a good part of a second to serialise and
write; that time now passes in a worker while the window's event loop keeps running.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from test_gui_support import dump, open_quietly, open_window

from stakeholders.io import regiokaart
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui import safety

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _own_recovery_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "recovery_dir", lambda: tmp_path / "herstel")


@pytest.fixture(scope="module")
def big_map(tmp_path_factory) -> Path:
    """A generated map of 2,000 parties with positions (written in about 70 ms)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench.generate import generate_map
    from stakeholders.layout import initial_positions

    region = generate_map(2000, seed=11)
    first = initial_positions(region)
    region.parties = [replace(p, pos=first[p.uid]) for p in region.parties]
    region.tables = [replace(t, pos=first[t.uid]) for t in region.tables]
    path = tmp_path_factory.mktemp("groot") / "groot.regiokaart"
    regiokaart.save(region, path)
    return path


@pytest.fixture
def big_window(qtbot, tmp_path, big_map):
    """A window with the big map (a copy of it) open and one unsaved edit."""
    path = tmp_path / big_map.name
    shutil.copy(big_map, path)
    window = open_window(qtbot)
    open_quietly(qtbot, window, path)
    window.editor.set_info({"naam": "Werksessie"})
    qtbot.wait(300)  # what the window does after opening and an edit is done
    window.files.safety.idle.stop()  # the test decides when to autosave
    return window


def loaded(file: Path):
    return regiokaart.load(file, known_rules=known_rule_ids).map


def test_autosave_of_a_big_map_keeps_the_window_ticking_and_writes_it_whole(qtbot, big_window):
    window, guard = big_window, big_window.files.safety
    ticks: list[bool] = []  # per tick: whether the write was still running
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(guard.writing))
    timer.start()
    assert guard.autosave()
    assert guard.writing and not guard.file.exists()  # the write runs on, in the worker
    qtbot.waitUntil(lambda: not guard.writing, timeout=60000)
    timer.stop()
    assert sum(ticks) >= 2, "the event loop did not run while the map was written"
    assert dump(loaded(guard.file)) == dump(window.document.region)
    assert loaded(guard.file).info.naam == "Werksessie"
    assert "mislukt" not in window.statusBar().currentMessage()


def test_an_edit_during_the_write_is_written_next_and_saving_leaves_nothing(qtbot, big_window):
    window, guard = big_window, big_window.files.safety
    assert guard.autosave()
    window.editor.set_info({"naam": "Later gewijzigd"})
    assert not guard.autosave()  # one write at a time: this one follows the running one
    assert guard.pool.activeThreadCount() <= 1
    qtbot.waitUntil(lambda: not guard.writing and guard.file.exists()
                    and loaded(guard.file).info.naam == "Later gewijzigd", timeout=60000)
    assert dump(loaded(guard.file)) == dump(window.document.region)
    # Saving while an autosave runs: the user's file has it all, nothing is left to recover.
    window.editor.set_info({"naam": "Opgeslagen"})
    assert guard.autosave()
    window.action("actionSave").trigger()
    assert guard.wait()
    assert not guard.file.exists() and not guard.file.with_suffix(".json").exists()


def test_a_failed_autosave_is_told_in_the_status_bar_not_in_a_dialog(qtbot, tmp_path,
                                                                      monkeypatch):
    dialogs = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: dialogs.append(a))
    window = open_window(qtbot)
    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand, geen map", encoding="utf-8")
    guard = window.files.safety
    guard.file = blocked / "herstel.regiokaart"  # its folder cannot be made
    window.editor.set_info({"naam": "Werksessie"})
    assert guard.autosave()
    qtbot.waitUntil(lambda: not guard.writing, timeout=10000)
    assert window.statusBar().currentMessage().startswith("Automatisch bewaren mislukt: ")
    assert dialogs == []
    guard.file = tmp_path / "herstel" / "herstel.regiokaart"  # the folder works again
    assert guard.autosave() and guard.wait()  # the next autosave tries again
    assert loaded(guard.file).info.naam == "Werksessie"

