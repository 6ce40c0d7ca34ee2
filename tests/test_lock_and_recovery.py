"""A map open elsewhere is locked; the window autosaves and recovers after a crash.

The lock file (``.~lock.<name>#``) says who has a map open; a second opener is asked
(read-only, open anyway, cancel), the command line refuses to overwrite it unless told
``--force``, and a lock whose process is gone is stale. Two writers at once never mix or
lose a version silently. The window writes unsaved changes to the recovery folder (never
to the user's file) and the next start offers them back.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_gui_support import open_window

from stakeholders import cli
from stakeholders.io import lock, regiokaart
from stakeholders.io.formats import load_map
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui import safety

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kustmarken.regiokaart"
WORKBOOK = ROOT / "examples" / "kustmarken.xlsx"


def dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def foreign_lock(target: Path, *, pid: int | None = None, host: str | None = None,
                 age: float = 0) -> None:
    """A lock as another stakeholders process would write it (a live one by default)."""
    lock.lock_path(target).write_text(json.dumps({
        "programma": "stakeholders", "gebruiker": "anna", "computer": host or socket.gethostname(),
        "pid": os.getppid() if pid is None else pid, "tijd": time.time() - age}),
        encoding="utf-8")


@pytest.fixture
def a_map(tmp_path) -> Path:
    target = tmp_path / "kaart.regiokaart"
    shutil.copy(EXAMPLE, target)
    return target


@pytest.fixture(autouse=True)
def _own_recovery_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "recovery_dir", lambda: tmp_path / "herstel")


# -- the lock file -----------------------------------------------------------------------------
def test_a_live_lock_is_respected_and_a_stale_one_taken_over(a_map):
    foreign_lock(a_map)
    with pytest.raises(lock.LockedError, match="is geopend door anna op"):
        lock.acquire(a_map)
    foreign_lock(a_map, pid=dead_pid())
    assert lock.holder(a_map) is None
    foreign_lock(a_map, host="andere-pc", pid=1, age=lock.STALE_AFTER + 60)
    assert lock.holder(a_map) is None
    foreign_lock(a_map, host="andere-pc", pid=1, age=60)
    assert lock.holder(a_map).host == "andere-pc"
    lock.acquire(a_map, force=True)
    assert lock.read_lock(a_map).is_mine()
    lock.release(a_map)
    assert not lock.lock_path(a_map).exists()


def test_the_cli_refuses_to_overwrite_a_locked_map_unless_forced(a_map, capsys):
    foreign_lock(a_map)
    before = a_map.read_bytes()
    assert cli.main(["convert", str(WORKBOOK), str(a_map)]) == cli.EXIT_INPUT
    assert "is geopend door anna" in capsys.readouterr().err
    assert a_map.read_bytes() == before
    assert cli.main(["convert", str(WORKBOOK), str(a_map), "--force"]) == cli.EXIT_OK
    assert a_map.read_bytes() != before
    assert lock.read_lock(a_map).user == "anna"  # the other's lock stays


def test_two_writers_at_once_leave_one_whole_version(tmp_path):
    """Two ``convert``s to one target, three times: each ends with 0 or a clear refusal
    (exit 2), and the result is exactly one of the two inputs."""
    inputs = {}
    for name in ("Eerste", "Tweede"):
        region = regiokaart.load(EXAMPLE, known_rules=known_rule_ids).map
        region.info = type(region.info)(**{**region.info.__dict__, "naam": name})
        inputs[name] = tmp_path / f"{name}.regiokaart"
        regiokaart.save(region, inputs[name])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for round_ in range(3):
        for target in (tmp_path / f"doel{round_}.regiokaart", tmp_path / f"doel{round_}"):
            suffix = "/" if not target.suffix else ""
            runs = [subprocess.Popen([sys.executable, "-m", "stakeholders", "convert",
                                      str(source), str(target) + suffix], env=env,
                                     stderr=subprocess.PIPE, text=True)
                    for source in inputs.values()]
            results = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
            assert all(code in (cli.EXIT_OK, cli.EXIT_INPUT) for code, _ in results), results
            assert any(code == cli.EXIT_OK for code, _ in results), results
            for code, err in results:
                assert code == cli.EXIT_OK or "is geopend door" in err, err
            name = load_map(target, known_rules=known_rule_ids).map.info.naam
            assert name in inputs
            assert not lock.lock_path(target).exists()


# -- the window --------------------------------------------------------------------------------
def test_opening_a_map_locks_it_and_closing_the_window_unlocks_it(qtbot, a_map):
    window = open_window(qtbot)
    assert window.files.open_path(a_map, ask=False)
    assert lock.read_lock(a_map).is_mine()
    window.close()
    assert not lock.lock_path(a_map).exists()


@pytest.mark.parametrize("choice", ["lezen", "toch", ""])
def test_a_map_open_elsewhere_is_offered_read_only_or_anyway(qtbot, a_map, monkeypatch,
                                                            choice):
    foreign_lock(a_map)
    window = open_window(qtbot)
    asked = []
    monkeypatch.setattr(window.files, "ask_locked",
                        lambda path, info: asked.append(info.describe()) or choice)
    assert window.files.open_path(a_map, ask=False) == bool(choice)
    assert asked and asked[0].startswith("door anna op ")
    if choice == "lezen":
        assert window.document.path is None  # saving asks for a new name
        assert lock.read_lock(a_map).user == "anna"
    elif choice == "toch":
        assert window.document.path == a_map
        assert lock.read_lock(a_map).is_mine()
    else:
        assert window.document.region.parties == []


def test_unsaved_changes_are_autosaved_when_idle_never_into_the_users_file(qtbot, a_map):
    window = open_window(qtbot)
    window.files.open_path(a_map, ask=False)
    before = a_map.read_bytes()
    window.files.safety.idle.setInterval(20)
    window.editor.set_info({"naam": "Na de crash"})
    own = window.files.safety.file
    qtbot.waitUntil(own.exists, timeout=5000)
    assert regiokaart.load(own, known_rules=known_rule_ids).map.info.naam == "Na de crash"
    assert a_map.read_bytes() == before
    window.action("actionSave").trigger()
    assert not own.exists()  # saved: nothing to recover


def test_after_a_crash_the_next_start_offers_the_autosaved_map(qtbot, a_map, monkeypatch):
    crashed = open_window(qtbot)
    crashed.files.open_path(a_map, ask=False)
    crashed.editor.set_info({"naam": "Niet opgeslagen werk"})
    assert crashed.files.safety.autosave()
    assert crashed.files.safety.wait()
    before = a_map.read_bytes()
    meta = crashed.files.safety.file.with_suffix(".json")
    data = json.loads(meta.read_text(encoding="utf-8"))
    meta.write_text(json.dumps({**data, "pid": dead_pid()}), encoding="utf-8")  # it crashed
    crashed.files.safety.file = crashed.files.safety.file.with_name("weg.regiokaart")

    window = open_window(qtbot)
    asked = []
    monkeypatch.setattr(window.files, "ask_recovery", lambda text: asked.append(text) or "herstel")
    assert window.files.safety.offer_recovery()
    assert "'Niet opgeslagen werk' (" in asked[0] and str(a_map) in asked[0]
    assert window.document.region.info.naam == "Niet opgeslagen werk"
    assert window.files.is_modified() and window.document.path == a_map
    assert a_map.read_bytes() == before  # only saving writes the user's file
    assert list(safety.pending_recoveries()) == []
