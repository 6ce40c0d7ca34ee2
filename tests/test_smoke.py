"""``stakeholders --smoke``: open a map in the real window, check, export, quit; fail loudly.

The whole run is a separate process (it runs the event loop to the end); the
checks it makes of its own steps are tested in-process on a real window.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QWidget

from stakeholders import smoke
from tests.test_gui_support import KUSTMARKEN_MAP, open_window

ROOT = Path(__file__).resolve().parent.parent


def run_smoke(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop(smoke.CLOCK_ENV, None)
    return subprocess.run([sys.executable, "-m", "stakeholders", "--smoke", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
                          check=False)


def test_smoke_opens_the_example_checks_exports_and_leaves_settings_alone(tmp_path):
    done = run_smoke(tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"{smoke.SHOWN_LINE} (kustmarken.regiokaart: 49 partijen, 5 tafels)"
    assert re.fullmatch(r"smoke: controle: \d+ signalering\(en\), \d+ open bevinding\(en\)",
                        lines[1])
    assert lines[2].startswith("smoke: export: ") and "1 pagina('s), A4" in lines[2]
    assert lines[3].startswith("smoke: geslaagd (stakeholders ")
    # The run opened a map but did not add it to the user's recent files.
    assert not list((tmp_path / "cfg").rglob("*.ini"))


@pytest.mark.parametrize("content, reason", [
    (None, "bestand of map bestaat niet"),
    ('{"formaat": "stakeholders-regiokaart", "formaatversie": 1, "partijen": 3}',
     "kon niet worden geopend"),
])
def test_smoke_fails_with_a_reason_and_no_traceback(tmp_path, content, reason):
    target = tmp_path / "kaart.regiokaart"
    if content is not None:
        target.write_text(content, encoding="utf-8")
    done = run_smoke(tmp_path, str(target))
    assert done.returncode == 1
    assert "smoke mislukt" in done.stderr and reason in done.stderr
    assert "Traceback" not in done.stderr
    assert smoke.SHOWN_LINE not in done.stdout


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    assert window.files.open_path(KUSTMARKEN_MAP, ask=False)
    return window


def test_export_step_rejects_an_unfinished_pdf(window, tmp_path, monkeypatch):
    from stakeholders.export import overview

    real = overview.export_overview

    def truncated(region, path, options=None, today=None):
        result = real(region, path, options, today)
        path.write_bytes(path.read_bytes()[:2000])
        return result

    assert "1 pagina('s)" in smoke._export(window, tmp_path)
    monkeypatch.setattr(overview, "export_overview", truncated)
    with pytest.raises(smoke.SmokeError, match="geen volledige PDF"):
        smoke._export(window, tmp_path)


def test_check_step_compares_the_panel_with_the_rules(window, monkeypatch):
    assert "open bevinding" in smoke._check(window)
    monkeypatch.setattr(window.flags_panel, "open_count", lambda: 999)
    with pytest.raises(smoke.SmokeError, match="999 open bevindingen"):
        smoke._check(window)


class _Repainting(QWidget):
    """Paints three times, 60 ms apart, like a window that fits and relabels after showing."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[float] = []
        self.again = QTimer(self)
        self.again.setSingleShot(True)
        self.again.setInterval(60)
        self.again.timeout.connect(self.update)

    def paintEvent(self, event) -> None:
        time.sleep(0.005)
        self.painted.append(time.monotonic())
        if len(self.painted) < 3:
            self.again.start()


def test_settled_means_after_the_last_paint_and_a_quiet_period(qtbot):
    widget = _Repainting()
    qtbot.addWidget(widget)
    settled: list[float] = []
    smoke.WhenSettled(widget, lambda clock: settled.append((clock, time.monotonic())))
    widget.show()
    qtbot.waitUntil(lambda: bool(settled), timeout=5000)
    clock, called = settled[0]
    assert len(widget.painted) == 3
    assert clock >= widget.painted[-1]  # the last paint was done by then
    assert called - clock >= smoke.QUIET_MS / 1000 * 0.9  # and nothing painted after it


def test_the_window_carries_the_app_icon(qtbot):
    from stakeholders.app import show_main_window

    window, opened = show_main_window()
    qtbot.addWidget(window)
    assert not opened
    sizes = window.windowIcon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
