"""Regional divisions in the GUI: "alle gemeenten van …" in the property panel, the Kaart
region picker, and Beeld > Regio-indelingen (facts, schematic, data sources, CBS import)."""

from __future__ import annotations

import pytest
from cbs_files import statline_csv
from congruence_maps import stroomdal_folder
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMenu, QMessageBox
from test_gui_support import open_quietly, open_window

from stakeholders import userdata
from stakeholders.model.divisions import bundled
from stakeholders.ui import divisions_data
from stakeholders.ui.panels.gemeenten import GemeentePicker

LEFT = Qt.MouseButton.LeftButton
GELDERLAND_ZUID = set(bundled().members("veiligheidsregio", "VR08"))


@pytest.fixture
def user_data(tmp_path, monkeypatch):
    """A fresh user data folder; the GUI's cached divisions are reloaded around the test."""
    folder = tmp_path / "gegevens"
    monkeypatch.setattr(userdata, "data_dir", lambda: folder)
    divisions_data.reload()
    yield folder
    divisions_data.current_divisions.cache_clear()


@pytest.fixture
def window(qtbot, tmp_path, user_data):
    window = open_window(qtbot)
    open_quietly(qtbot, window, stroomdal_folder(tmp_path / "stroomdal"))
    return window


def werkgebied_picker(window, table_id: str) -> GemeentePicker:
    window.show_subject(table_id)
    widget = window.properties.findChild(GemeentePicker, "field_werkgebied")
    assert widget is not None
    return widget


def test_all_gemeenten_of_a_veiligheidsregio_in_one_undo_step(qtbot, window):
    widget = werkgebied_picker(window, "T3")
    steps = window.editor.undo_stack.count()
    widget.division_combo.setCurrentIndex(widget.division_combo.findData("veiligheidsregio"))
    widget.region_combo.setFocus()
    qtbot.keyClicks(widget.region_combo.lineEdit(), "Gelderland-Zuid")
    qtbot.mouseClick(widget.region_button, LEFT)
    table = window.document.by_id("T3")
    assert set(table.werkgebied) == GELDERLAND_ZUID and len(table.werkgebied) == 14
    assert window.editor.undo_stack.count() == steps + 1
    assert "Gemeente Tiel" in widget.names() and "Nijmegen" in widget.names()  # rules.md §2
    window.action("actionUndo").trigger()
    assert window.document.by_id("T3").werkgebied == ()


def test_adding_a_region_keeps_what_is_listed_and_marks_the_derived_ggd(qtbot, window):
    widget = werkgebied_picker(window, "T1")  # Tiel, Culemborg, Vijfheerenlanden
    ggd = widget.division_combo.findData("ggd-regio")
    assert widget.division_combo.itemText(ggd) == "GGD-regio (afgeleid)"
    widget.division_combo.setCurrentIndex(ggd)
    assert "afgeleid" in widget.division_combo.toolTip()
    widget.region_combo.setCurrentIndex(widget.region_combo.findData("GG2014"))
    qtbot.mouseClick(widget.region_button, LEFT)
    werkgebied = window.document.by_id("T1").werkgebied
    assert werkgebied[:3] == ("GM0281", "GM0216", "GM1961")  # the old ones first, in order
    assert set(werkgebied) == GELDERLAND_ZUID | {"GM1961"}


def test_the_map_region_is_picked_from_the_regions_of_its_division(qtbot, window):
    window.show_map_info()
    indeling = window.properties.findChild(QComboBox, "field_regio_indeling")
    regio = window.properties.findChild(QComboBox, "field_regio")
    assert regio.findText("Gelderland-Zuid") >= 0  # the veiligheidsregio's of the map
    indeling.setEditText("GGD-regio")
    regio = window.properties.findChild(QComboBox, "field_regio")
    assert regio.findText("GGD Gelderland-Zuid") >= 0 and regio.findText("Gelderland-Zuid") < 0
    regio.setCurrentIndex(regio.findText("GGD Hart voor Brabant"))
    assert window.document.region.info.regio == "GGD Hart voor Brabant"
    regio.setEditText("Onze eigen regio")  # free text stays possible
    assert window.document.region.info.regio == "Onze eigen regio"


def _menu_action(window, menu_name: str, action_name: str):
    menu = window.findChild(QMenu, menu_name)
    return next(a for a in menu.actions() if a.objectName() == action_name)


def test_the_view_opens_from_the_menu_and_lists_what_cuts_across(qtbot, window):
    _menu_action(window, "menuView", "actionDivisions").trigger()
    view = window.divisions_view
    qtbot.waitExposed(view)
    assert view.windowTitle() == "Regio-indelingen"
    facts = view.facts_texts()
    assert ("Jeugdregio Stroomdal valt deels buiten de veiligheidsregio Gelderland-Zuid: "
            "Vijfheerenlanden liggen erbuiten") in facts
    assert "Zorgtafel Tiel-Culemborg ligt geheel binnen Jeugdregio Stroomdal" in facts
    view.area_combo.setCurrentIndex(view.area_combo.findData("T1"))
    view.division_combo.setCurrentIndex(view.division_combo.findData("veiligheidsregio"))
    assert "deze 3 gemeenten liggen in 2 GGD-regio's, 2 veiligheidsregio's" in view.summary.text()
    groups = view.schematic.schematic.groups
    assert [g.title for g in groups] == ["Veiligheidsregio Gelderland-Zuid",
                                         "Veiligheidsregio Utrecht"]
    assert groups[1].chips == (("Vijfheerenlanden", True),)  # outside the map: marked
    # an edit of the map shows at once: Vijfheerenlanden leaves the jeugdregio
    table = window.document.by_id("T1")
    window.editor.set_fields(table.uid, {"werkgebied": ("GM0281", "GM0216")})
    assert not any(f.startswith("Jeugdregio Stroomdal valt deels buiten")
                   for f in view.facts_texts())
    assert view.area_combo.currentData() == "T1"  # the choice survives the refresh


def test_about_the_data_in_help_and_a_cbs_import(qtbot, window, tmp_path, monkeypatch,
                                                 user_data):
    _menu_action(window, "menuHelp", "actionDivisionsAbout").trigger()
    view = window.divisions_view
    assert view.tabs.currentIndex() == 1
    text = view.sources.toPlainText()
    assert "Bron: CBS (Centraal Bureau voor de Statistiek), CC BY 4.0" in text
    assert "afgeleid" in text and "Nog niets geïmporteerd" in text
    assert view.division_combo.findData("jeugdregio") < 0

    source = statline_csv(tmp_path / "Gebieden_in_Nederland_2024.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(view.import_button, LEFT)
    assert (user_data / "regio-indelingen" / "cbs-gebieden-2024.csv").exists()
    assert "Geïmporteerd: 2024, 4 gemeenten" in view.import_status.text()
    assert "Gebieden_in_Nederland_2024.csv" in view.sources.toPlainText()
    assert view.division_combo.findData("jeugdregio") >= 0
    # the property panel's picker offers the imported jeugdregio's too
    widget = werkgebied_picker(window, "T3")
    widget.division_combo.setCurrentIndex(widget.division_combo.findData("jeugdregio"))
    assert widget.region_combo.findText("Jeugdregio Stroomdal (2)") >= 0


def test_a_broken_cbs_file_gives_its_message_and_changes_nothing(qtbot, window, tmp_path,
                                                                  monkeypatch, user_data):
    bad = tmp_path / "Gebieden_2024.csv"
    bad.write_text("Codes en namen van gemeenten/Code;GGD-regio's/Code;GGD-regio's/Naam\n"
                   "Tiel;GG2014;GGD Gelderland-Zuid\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    view = window.divisions_view if hasattr(window, "divisions_view") else None
    window.action("actionDivisions").trigger()
    view = window.divisions_view
    assert view.import_file(str(bad)) is False
    assert shown == ["Gebieden_2024.csv, rij 2, kolom 'Codes en namen van gemeenten/Code': "
                     "'Tiel' is geen CBS-gemeentecode (vorm GM0000)"]
    assert not (user_data / "regio-indelingen").exists()


def test_a_closed_view_catches_up_when_opened_again(qtbot, window):
    window.action("actionDivisions").trigger()
    view = window.divisions_view
    view.close()
    table = window.document.by_id("T1")
    window.editor.set_fields(table.uid, {"werkgebied": ("GM0281", "GM0216")})
    window.action("actionDivisions").trigger()
    assert view.isVisible()
    assert not any(f.startswith("Jeugdregio Stroomdal valt deels buiten")
                   for f in view.facts_texts())
