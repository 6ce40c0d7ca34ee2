"""Feedback a facilitator needs: visible refusals, honest labels, pages that follow edits."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from test_gui_support import (
    KUSTMARKEN_MAP,
    click,
    field,
    node,
    open_quietly,
    open_window,
)

from stakeholders.io.formats import load_map
from stakeholders.io.problems import MapLoadError
from stakeholders.rules.catalogue import known_rule_ids


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def test_emptying_a_name_is_refused_visibly_and_the_name_comes_back(qtbot, window):
    click(qtbot, window, node(window, "A43"))
    name = field(window, "naam")
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert name.text() == ""
    assert "CC3311" in name.styleSheet()  # red border: this value is not taken
    assert window.document.by_id("A43").naam == "Welzijn Kustmarken"
    assert window.toast.isVisible() and "naam" in window.toast.text()
    name.editingFinished.emit()  # the user leaves the field
    assert name.text() == "Welzijn Kustmarken" and name.styleSheet() == ""


def test_duplicate_names_the_copies(qtbot, window):
    click(qtbot, window, node(window, "A43"))
    window.action("actionDuplicate").trigger()
    names = [p.naam for p in window.document.region.parties]
    assert "Welzijn Kustmarken (kopie)" in names
    assert names.count("Welzijn Kustmarken") == 1


def test_a_whole_map_choice_says_so_in_the_flags_panel(qtbot, window):
    window.editor.waive("R-HINT-GGD", "kaart", "de GGD schuift per thema aan")
    panel = window.flags_panel
    assert panel.select_flag("R-HINT-GGD", "T-A1")
    assert "hele kaart" in panel.details.toPlainText()
    assert panel.unwaive_button.text() == "Keuze intrekken (hele kaart)"
    assert panel.select_flag("R-HINT-JEUGD-WIJK", "T-A1")  # waived by its own row
    assert panel.unwaive_button.text() == "Keuze intrekken"


def test_a_layout_that_moves_nothing_says_so(qtbot, window):
    window.action("actionLayoutClusters").trigger()
    count = window.editor.undo_stack.count()
    window.action("actionLayoutClusters").trigger()  # same result again
    assert window.editor.undo_stack.count() == count
    assert "al op zijn plaats" in window.toast.text()


def test_the_export_preview_follows_edits(qtbot, window):
    from stakeholders.ui.dialogs.export import ExportDialog

    window.action("actionExportOverview").trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    before = dialog.preview_image.copy()
    window.editor.set_info({"naam": "Een heel andere titel voor de zorgtafel"})
    qtbot.waitUntil(lambda: dialog.preview_image != before, timeout=3000)
    dialog.close()


def test_regiokaart_duplicates_name_items_not_rows(tmp_path):
    data = json.loads(KUSTMARKEN_MAP.read_text(encoding="utf-8"))
    data["partijen"][2]["id"] = "A01"
    path = tmp_path / "dup.regiokaart"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MapLoadError) as caught:
        load_map(path, known_rules=known_rule_ids)
    text = caught.value.errors[0].text()
    assert text == "partijen, item 3, veld id: id 'A01' komt al voor (partijen, item 1)"


def test_koppelvlakken_tab_lists_linking_parties_and_selects_them(qtbot, window):
    panel = window.koppelvlakken
    window.koppelvlakken_dock.raise_()
    qtbot.waitUntil(panel.tree.isVisible, timeout=2000)
    assert panel.parties()[0] == "A16"  # the hospital at four tables
    first = panel.tree.topLevelItem(0)
    assert first.text(0) == "Kustziekenhuis Havenstad"
    assert "ROAZ Noordkust" in first.text(1)
    rect = panel.tree.visualItemRect(first)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.scene.selected_uids() == [window.document.uid_of("A16")]
    # an edit that seats A43 at two tables makes it a koppelvlak
    window.editor.add_seat("T-A1", "A43")
    window.editor.add_seat("T-A5", "A43")
    qtbot.waitUntil(lambda: "A43" in panel.parties(), timeout=2000)


def test_qt_standard_buttons_speak_dutch(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from stakeholders.qtenv import install_translations

    assert install_translations(qapp)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Cancel)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Sluiten", "Annuleren"}
    finally:
        qapp.removeTranslator(qapp._stakeholders_translator)
