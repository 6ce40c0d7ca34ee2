"""The regio-indeling block on the overview page (``--indeling``, and the export dialog)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import EXAMPLES
from PySide6.QtWidgets import QComboBox
from test_gui_export import open_export_dialog
from test_gui_support import open_quietly, open_window

from stakeholders import userdata
from stakeholders.cli import main
from stakeholders.ui import divisions_data

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"),
                                   reason="poppler-utils (pdftotext) not installed")
RIVIERENLAND = EXAMPLES / "rivierenland.regiokaart"


@pytest.fixture(autouse=True)
def user_data(tmp_path, monkeypatch):
    monkeypatch.setattr(userdata, "data_dir", lambda: tmp_path / "gegevens")
    divisions_data.reload()
    yield
    divisions_data.current_divisions.cache_clear()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@needs_poppler
def test_the_page_shows_the_gemeenten_per_ggd_regio_and_says_it_is_derived(tmp_path):
    target = tmp_path / "overzicht.pdf"
    assert main(["export", str(RIVIERENLAND), "-o", str(target), "--indeling",
                 "ggd-regio"]) == 0
    text = " ".join(pdf_text(target).split())
    assert "Per GGD-regio" in text
    assert "GGD Gelderland-Zuid" in text and "4 van 14 gemeenten" in text
    assert "De GGD-regio's zijn afgeleid" in text
    plain = tmp_path / "zonder.pdf"
    assert main(["export", str(RIVIERENLAND), "-o", str(plain)]) == 0
    assert "Per GGD-regio" not in " ".join(pdf_text(plain).split())


def test_an_unknown_division_is_refused(tmp_path, capsys):
    assert main(["export", str(RIVIERENLAND), "-o", str(tmp_path / "x.pdf"), "--indeling",
                 "waterschap"]) == 2
    assert "onbekende regio-indeling 'waterschap'" in capsys.readouterr().err


def test_the_export_dialog_offers_the_division(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, RIVIERENLAND)
    dialog = open_export_dialog(qtbot, window)
    combo = dialog.findChild(QComboBox, "exportDivision")
    assert combo.currentData() == "" and dialog.options().indeling == ""
    combo.setCurrentIndex(combo.findData("veiligheidsregio"))
    assert dialog.options().indeling == "veiligheidsregio"
    dialog.update_preview()
    assert dialog.pages[0].content.extra["indeling"].groups[0].title == (
        "Veiligheidsregio Gelderland-Zuid")
