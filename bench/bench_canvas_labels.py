"""Benchmark: names on screen at fit, and the cost of placing them and routing the lines.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_canvas_labels.py [--map-only]

Opens each example and generated maps of 150, 300 and 1,000 parties (placed on
opening, as a spreadsheet is) in the real main window at 1920x1080 and fits the
map, as a user sees it after opening. Per map: the zoom at fit, the size names
would have without growing (11 px x zoom, what the canvas drew before issue 9),
how many names and table names are shown and their smallest size on screen, and
the time of one label placement and one routing of all lines. ``--map-only``
measures with the panels hidden (Beeld > Alleen de kaart on a 1920x1080 screen).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate_map  # noqa: E402
from stakeholders.io import regiokaart  # noqa: E402
from stakeholders.qtenv import ensure_gui_application  # noqa: E402

SCREEN = (1920, 1080)


def maps(folder: Path) -> list[tuple[str, Path]]:
    found = [("kustmarken.regiokaart", ROOT / "examples" / "kustmarken.regiokaart"),
             ("rivierenland.regiokaart", ROOT / "examples" / "rivierenland.regiokaart"),
             ("kustmarken.xlsx", ROOT / "tests" / "data" / "kustmarken.xlsx")]
    for parties in (150, 300, 1000):
        path = folder / f"generated-{parties}.regiokaart"
        regiokaart.save(generate_map(parties, seed=3), path)
        found.append((f"generated {parties}", path))
    return found


def measure(app, name: str, path: Path, map_only: bool) -> str:
    from PySide6.QtCore import Qt

    from stakeholders.ui.canvas.items import PartyItem, TableItem
    from stakeholders.ui.canvas.routes import route_scene
    from stakeholders.ui.main_window import MainWindow

    window = MainWindow()
    window.files.show_problems = lambda *args: None
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SCREEN)
    window.show()
    if map_only:
        for widget in [*window.docks(), *window.toolbars()]:
            widget.hide()
    app.processEvents()
    window.files.open_path(path, ask=False)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)
    window.view.zoom_to_fit()
    zoom = window.view.zoom()
    parties = [n for n in window.scene.nodes.values() if isinstance(n, PartyItem)]
    tables = [n for n in window.scene.nodes.values() if isinstance(n, TableItem)]
    shown = [n for n in parties if n.label.isVisible()]
    smallest = min((n.label.font_px * n.label.scale() * zoom for n in shown), default=0.0)
    start = time.perf_counter()
    window.scene.relabel()
    place = time.perf_counter() - start
    start = time.perf_counter()
    route_scene(window.scene)
    route = time.perf_counter() - start
    viewport = window.view.viewport()
    line = (f"{name:<26} {viewport.width():>4}x{viewport.height():<4} {zoom:>6.3f} "
            f"{11 * zoom:>7.1f} {len(shown):>5}/{len(parties):<5} {smallest:>6.1f} "
            f"{sum(t.label.isVisible() for t in tables):>3}/{len(tables):<3} "
            f"{place * 1000:>7.0f} {route * 1000:>7.0f}")
    window.files.ask_unsaved = lambda: None
    window.close()
    window.deleteLater()
    app.processEvents()
    return line


def isolate_settings(folder: Path) -> None:
    """Read and write QSettings in ``folder``: the bench opens and closes windows, which
    would otherwise change the user's window layout and recent files."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


def main() -> None:
    map_only = "--map-only" in sys.argv
    app = ensure_gui_application(headless=True)
    print(f"{'map':<26} {'view':>9} {'zoom':>6} {'11px@z':>7} {'names':>11} {'min px':>6} "
          f"{'tables':>7} {'place ms':>8} {'route ms':>8}")
    with tempfile.TemporaryDirectory() as folder:
        isolate_settings(Path(folder) / "settings")
        for name, path in maps(Path(folder)):
            print(measure(app, name, path, map_only), flush=True)


if __name__ == "__main__":
    main()
