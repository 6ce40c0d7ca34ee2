"""``python -m bench`` keeps working: its steps run on the real window, its table says what it
measured, and a size that would take too long is skipped with its estimate.

No timing is asserted (figures belong in the bench's output); these tests make
sure the instrument still measures what it claims while the app changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench import maps, report, startup, suite
from bench.probe import STEPS, Probe
from stakeholders import smoke


def test_a_size_estimated_over_the_budget_is_skipped_with_its_estimate():
    # 1,000 -> 5,000 parties went 0.4 s -> 7.8 s: exponent 1.85, so 20,000 needs ~100 s.
    guess = suite.estimate({1_000: 0.4, 5_000: 7.8}, 20_000)
    assert 95 < guess < 110
    assert suite.estimate({300: 0.1}, 600) == pytest.approx(0.4)  # one point: quadratic
    assert suite.estimate({}, 600) is None
    row = next(r for r in report.ROWS if r.key == "layout")
    assert report.cell({"skipped": "over the budget", "estimate": guess}, row).startswith(
        "skip (est. 1")
    assert report.cell({"error": "MemoryError"}, row) == "error"


def test_the_table_has_a_column_per_size_and_the_floors_beside_the_figures():
    results = {
        0: {"window": {"seconds": 0.6, "rss_mib": 130.0}, "floor": {"seconds": 0.2}},
        50: {"window": {"seconds": 1.0}, "floor": {"seconds": 0.25},
             "probe": {"export": {"seconds": 0.15, "aggregated": True},
                       "layout": {"skipped": "over the budget", "estimate": 400.0}}},
    }
    lines = report.table(results)
    assert lines[0] == "| | empty | 50 |"
    ratio = next(line for line in lines if line.startswith("| window ÷ floor"))
    assert ratio.endswith("| 3.0× | 4.0× |")
    assert any(line.startswith("| **export**") and "150 ms ¹" in line for line in lines)
    assert any("skip (est. 400 s)" in line for line in lines)
    assert any("400 s" in note for note in report.notes(results))


@pytest.fixture
def map50(tmp_path) -> Path:
    return maps.map_file(50, folder=tmp_path)


def test_the_probe_measures_every_step_on_the_real_window(qtbot, map50, tmp_path, monkeypatch):
    monkeypatch.setattr(smoke, "QUIET_MS", 50)  # a shorter wait for "settled": same steps
    probe = Probe(map50, tmp_path, skip=set(), budget=0.01, out=tmp_path / "result.json")
    results = probe.run()
    qtbot.addWidget(probe.window)
    optional = {"sfdp", "matplotlib"}  # peers: skipped with a note when not installed
    for step in STEPS:
        figure = results[step]
        if step in optional and "skipped" in figure:
            assert "install" in figure["skipped"]
            continue
        assert "error" not in figure, (step, figure)
        assert figure["seconds"] > 0 and figure["runs"] >= 1, step
    assert results["open"]["rss_mib"] > 0
    assert probe.window.document.region.counts()["partijen"] == 50
    assert not probe.window.files.is_modified()  # the edit and the drag were undone
    assert (tmp_path / "result.json").exists()


def test_whole_process_runs_time_the_window_and_report_a_process_without_one(tmp_path):
    env = startup.environment(tmp_path)
    bare = startup.time_to_window(startup.bare_command(), env, 60)
    assert bare.error == "" and 0 < bare.seconds < 60
    app = startup.time_to_window(startup.app_command(maps.map_file(0, folder=tmp_path)), env, 60)
    assert app.error == "" and app.seconds > 0
    silent = startup.time_to_window([sys.executable, "-c", "print('no window')"], env, 60)
    assert silent.seconds is None and "ended without a window" in silent.error
