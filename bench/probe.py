"""One size of ``python -m bench``, in a process of its own: the app's figures in-process.

    python -m bench.probe MAP.regiokaart RESULT.json [--skip NAME ...] [--budget SECONDS]

A process per size keeps each size's peak memory its own and lets the suite
stop a size that runs away. In order, in a 1920x1080 main window:

* ``json_load`` - ``json.load`` of the file (the floor of opening it);
  ``load`` - the app's reader alone (parse and validate, no window);
* ``open`` - File > Open in the shown main window until the map is drawn and
  the window is quiet (``bench.gui_steps``); ``rss_open_mib`` - peak memory then;
* ``check`` - the full rule check (``check_map``);
* ``search`` - typing a query into the search bar until the dimmed map is painted;
* ``edit`` - adding a seat (re-check, panels, canvas, repaint), then undone;
* ``drag_1to1`` / ``drag_fit`` - one mouse-move frame dragging the busiest party;
* ``pan_fit`` / ``zoom_fit`` - one frame panning 40 px (at 1.5x the fit's zoom) or
  zooming a step at fit;
* ``export`` - the overview PDF; peer ``matplotlib`` - the same page drawn with it;
* peer ``sfdp`` (Graphviz, the same boxes) and ``layout`` - ``auto_layout`` of the
  whole map, last because it is the step most likely to run away;
* ``rss_peak_mib`` - the process's peak memory over all of it.

Each figure is the median of a few runs, fewer where one run is long (the
``--budget`` per figure); a figure the suite expects to take too long is
passed in ``--skip``. A failing step records its error and the rest go on.
The results are written as JSON after every step, so a probe the suite has
to stop still leaves the figures it had.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

log = logging.getLogger("bench.probe")

SCREEN = (1920, 1080)
#: The figures, in the order they are measured.
STEPS = ("json_load", "load", "open", "check", "search", "edit", "drag_1to1", "drag_fit",
         "pan_fit", "zoom_fit",
         "export", "matplotlib", "sfdp", "layout")


def peak_rss_mib() -> float | None:
    """This process's peak resident memory so far (None where the OS does not say)."""
    from bench.startup import high_water_mib

    own = high_water_mib()
    if own is not None:
        return own
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def repeat(function: Callable[[], object], runs: int, budget: float) -> list[float]:
    """Run ``function`` up to ``runs`` times, stopping early once ``budget`` seconds have
    passed (always at least once). A float it returns is its own timing; otherwise the
    call is timed here."""
    samples: list[float] = []
    began = time.perf_counter()
    while len(samples) < runs and (not samples or time.perf_counter() - began < budget):
        start = time.perf_counter()
        seconds = function()
        elapsed = time.perf_counter() - start
        samples.append(seconds if isinstance(seconds, float) else elapsed)
    return samples


def figure(samples: list[float]) -> dict:
    return {"seconds": statistics.median(samples), "runs": len(samples),
            "min": min(samples), "max": max(samples)}


class Probe:
    """Measures the steps on one map file and collects the results."""

    def __init__(self, path: Path, folder: Path, skip: set[str], budget: float,
                 out: Path) -> None:
        self.path = path
        self.out = out
        self.folder = folder
        self.skip = skip
        self.budget = budget
        self.results: dict[str, dict] = {}
        self.window = None
        self.export_spec = None

    def step(self, name: str, measure: Callable[[], dict]) -> None:
        if name in self.skip:
            self.results[name] = {"skipped": "estimated over the budget"}
            return
        log.info("  %s …", name)
        try:
            self.results[name] = measure()
        except Exception as exc:  # one broken step must not lose the others
            traceback.print_exc()
            self.results[name] = {"error": f"{type(exc).__name__}: {exc}"}

    # -- without a window ------------------------------------------------------------------
    def json_load(self) -> dict:
        def once() -> None:
            with self.path.open(encoding="utf-8") as handle:
                json.load(handle)
        return figure(repeat(once, 5, self.budget))

    def load(self) -> dict:
        from stakeholders.io.formats import load_map
        from stakeholders.rules.catalogue import known_rule_ids

        return figure(repeat(lambda: load_map(self.path, known_rules=known_rule_ids), 3,
                             self.budget))

    # -- the window ------------------------------------------------------------------------
    def open(self) -> dict:
        from PySide6.QtCore import Qt

        from bench import gui_steps
        from stakeholders.ui.main_window import MainWindow

        window = MainWindow()
        window.files.show_problems = lambda *args: None
        # Full HD whatever the (offscreen) screen: the figures of every run are comparable.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*SCREEN)
        window.show()
        gui_steps.until_settled(window, lambda: None)
        self.window = window
        seconds = gui_steps.open_map(window, self.path)
        result = figure([seconds])
        result["rss_mib"] = peak_rss_mib()
        return result

    def check(self) -> dict:
        from stakeholders.rules.engine import check_map

        region = self._region()
        return figure(repeat(lambda: check_map(region), 7, self.budget))

    def search(self) -> dict:
        from bench import gui_steps

        return figure(gui_steps.search(self._window(), 5, self.budget))

    def edit(self) -> dict:
        from bench import gui_steps

        return figure(gui_steps.edit(self._window(), 5, self.budget))

    def drag(self, zoom: str) -> dict:
        from bench import gui_steps

        window = self._window()
        if zoom == "fit":
            window.view.zoom_to_fit()
            if window.scene.far_picture is not None:
                return {"skipped": "at fit the parties are one picture (level of detail): "
                                   "a party is dragged after zooming in"}
        return figure(gui_steps.drag(window, zoom, 48, self.budget))

    def pan(self) -> dict:
        from bench import gui_steps

        return figure(gui_steps.pan(self._window(), 24, self.budget))

    def zoom(self) -> dict:
        from bench import gui_steps

        return figure(gui_steps.zoom(self._window(), 12, self.budget))

    # -- layout and export -----------------------------------------------------------------
    def layout(self) -> dict:
        from stakeholders.layout import auto_layout

        region = self._region()
        return figure(repeat(lambda: auto_layout(region), 3, self.budget))

    def sfdp(self) -> dict:
        from bench.graphviz_peer import available, layout_map

        if not available("sfdp"):
            return {"skipped": "Graphviz sfdp not installed (apt-get install graphviz)"}
        region = self._region()
        return figure(repeat(lambda: layout_map("sfdp", region), 3, self.budget))

    def export(self) -> dict:
        from stakeholders.export.options import ExportOptions
        from stakeholders.export.overview import export_overview

        region = self._region()
        target = self.folder / "overzicht.pdf"
        outcome = {}

        def once() -> None:
            outcome["result"] = export_overview(region, target, ExportOptions())

        result = figure(repeat(once, 3, self.budget))
        spec = outcome["result"].pages[0]
        self.export_spec = spec
        result.update(paper=spec.options.paper, name_pt=round(spec.name_pt, 1),
                      aggregated=bool(spec.content.aggregated_note),
                      kib=round(target.stat().st_size / 1024))
        return result

    def matplotlib(self) -> dict:
        if self.export_spec is None:
            return {"skipped": "no export to compare with"}
        try:
            import matplotlib
        except ImportError:
            return {"skipped": "matplotlib not installed (pip install -e \".[bench]\")"}

        from bench.mpl_page import render_pdf

        target = self.folder / "overzicht-matplotlib.pdf"
        result = figure(repeat(lambda: render_pdf(self.export_spec, target), 3, self.budget))
        result.update(kib=round(target.stat().st_size / 1024), version=matplotlib.__version__)
        return result

    # -- helpers ---------------------------------------------------------------------------
    def _window(self):
        if self.window is None:
            raise RuntimeError("the window did not open the map")
        return self.window

    def _region(self):
        if self.window is not None:
            return self.window.document.region
        from stakeholders.io.formats import load_map
        from stakeholders.rules.catalogue import known_rule_ids

        return load_map(self.path, known_rules=known_rule_ids).map

    def run(self) -> dict:
        steps: dict[str, Callable[[], dict]] = {
            "json_load": self.json_load, "load": self.load, "open": self.open,
            "check": self.check, "search": self.search, "edit": self.edit,
            "drag_1to1": lambda: self.drag("1:1"), "drag_fit": lambda: self.drag("fit"),
            "pan_fit": self.pan, "zoom_fit": self.zoom,
            "layout": self.layout, "sfdp": self.sfdp, "export": self.export,
            "matplotlib": self.matplotlib,
        }
        for name in STEPS:
            self.step(name, steps[name])
            self.results["rss_peak_mib"] = {"value": peak_rss_mib()}
            self.out.write_text(json.dumps(self.results, indent=1), encoding="utf-8")
        return self.results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--skip", nargs="*", default=[], choices=STEPS)
    parser.add_argument("--budget", type=float, default=20.0,
                        help="seconds per figure after which no further run starts")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    log.setLevel(logging.INFO)
    from stakeholders.qtenv import ensure_gui_application
    from stakeholders.smoke import isolate_settings

    ensure_gui_application()
    with tempfile.TemporaryDirectory(prefix="stakeholders-bench-") as temp:
        isolate_settings(Path(temp) / "settings")
        Probe(args.map, Path(temp), set(args.skip), args.budget, args.out).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
