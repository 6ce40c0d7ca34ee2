"""Start-up imports only what the first paint needs (issue 13, item 1).

numpy, scipy, networkx, pandas and openpyxl each cost tens to hundreds of
milliseconds to import; the window must show (and show a saved map) without
them. ruff's TID253 (``pyproject.toml``) keeps them out of module level; these
tests check the result in a fresh interpreter, where nothing is loaded yet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from test_gui_support import KUSTMARKEN_MAP, open_quietly, open_window

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("matplotlib", "networkx", "numpy", "openpyxl", "pandas", "scipy")


def _loaded_after(code: str) -> list[str]:
    """The heavy modules loaded after ``code`` ran in a fresh, headless interpreter."""
    script = code + (f"\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} "
                     "if m in sys.modules]))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_module_imports_no_heavy_library() -> None:
    assert _loaded_after("import stakeholders.ui.main_window") == []


def test_a_saved_map_opens_and_paints_without_them(tmp_path) -> None:
    # The map has its positions: nothing to lay out, so no numpy; the koppelvlakken tab
    # (networkx) sits behind the findings and waits until it is raised.
    code = f"""
import os
os.environ["XDG_CONFIG_HOME"] = {str(tmp_path)!r}
from stakeholders.qtenv import ensure_gui_application
app = ensure_gui_application()
from stakeholders.ui.main_window import MainWindow
window = MainWindow()
window.show()
assert window.files.open_path({str(KUSTMARKEN_MAP)!r}, ask=False)
for _ in range(20):
    app.processEvents()
assert window.flags_panel.isVisible() and len(window.scene.nodes) > 40
window.view.viewport().grab()
"""
    assert _loaded_after(code) == []


def test_the_koppelvlakken_tab_fills_when_it_is_raised(qtbot) -> None:
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    panel = window.koppelvlakken
    window.flags_dock.raise_()
    qtbot.wait(300)
    assert panel.tree.topLevelItemCount() == 0  # behind the findings: not computed
    window.koppelvlakken_dock.raise_()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0, timeout=2000)
    assert panel.tree.topLevelItem(0).text(0) == "Kustziekenhuis Havenstad"


def test_the_exchange_formats_are_named_by_their_modules_endings() -> None:
    # exchange.py names them without importing the modules (GraphML and GEXF need networkx)
    from stakeholders.io import exchange, gexf, graphml, kumu

    endings = {f.kind: f.endings for f in exchange.FORMATS}
    assert endings == {exchange.GRAPHML: (graphml.SUFFIX,), exchange.GEXF: (gexf.SUFFIX,),
                       exchange.KUMU_JSON: (kumu.JSON_SUFFIX,),
                       exchange.KUMU_XLSX: (kumu.XLSX_SUFFIX,)}
    for found in exchange.FORMATS:
        assert callable(found.read) and callable(found.write)


def test_the_divisions_view_loads_when_its_menu_entry_is_chosen(qtbot) -> None:
    # Building the window imports neither the view nor the congruence analysis behind it.
    code = """
import sys
from stakeholders.qtenv import ensure_gui_application
app = ensure_gui_application()
from stakeholders.ui.main_window import MainWindow
window = MainWindow()
assert "stakeholders.ui.dialogs.divisions_view" not in sys.modules
assert "stakeholders.model.congruence" not in sys.modules
"""
    assert _loaded_after(code) == []
    window = open_window(qtbot)
    window.action("actionDivisions").trigger()
    qtbot.waitUntil(lambda: getattr(window, "divisions_view", None) is not None, timeout=5000)
    assert window.divisions_view.isVisible()
    window.divisions_view.close()


def test_an_empty_window_reads_no_region_division() -> None:
    # The Kaart's Regio list is read from the divisions only once a division is chosen.
    code = """
from stakeholders.qtenv import ensure_gui_application
app = ensure_gui_application()
from stakeholders.ui.main_window import MainWindow
from stakeholders.ui.divisions_data import current_divisions
window = MainWindow()
window.show()
app.processEvents()
assert current_divisions.cache_info().currsize == 0
"""
    assert _loaded_after(code) == []
