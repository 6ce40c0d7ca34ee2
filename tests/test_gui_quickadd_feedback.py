"""Issue 11: quick add says when a typed type is unknown, fits long names, and takes one key
per common type (for a facilitator who types while talking)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_gui_support import KUSTMARKEN_MAP, open_quietly, open_window

from stakeholders.ui.quickadd import COMMON_TYPES

LONG_NAME = "Stichting Samenwerkende Huisartsenpraktijken Kustmarken en Omstreken"


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def _to_type_step(qtbot, window, name: str):
    popup = window.interactions.popup
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert popup.isVisible()
    qtbot.keyClicks(popup.name_edit, name)
    qtbot.keyClick(popup.name_edit, Qt.Key.Key_Return)
    assert popup.type_list.isVisible()
    return popup


def test_an_unknown_type_is_said_and_adds_nothing(qtbot, window):
    before = len(window.document.region.parties)
    popup = _to_type_step(qtbot, window, "Buurtteam Noord")
    qtbot.keyClicks(popup.type_filter, "qqqzz")
    assert popup.type_list.count() == 0
    assert "onbekend type: kies uit de lijst" in popup.hint.text()
    qtbot.keyClick(popup.type_filter, Qt.Key.Key_Return)
    assert popup.isVisible(), "Enter on an unknown type closed the popup"
    assert len(window.document.region.parties) == before
    popup.type_filter.clear()
    assert "onbekend type" not in popup.hint.text()


def test_the_popup_fits_long_names_and_type_labels(qtbot, window):
    popup = _to_type_step(qtbot, window, LONG_NAME)
    qtbot.wait(10)
    canvas = window.view.viewport().geometry()
    assert canvas.contains(popup.geometry()), "the popup reaches past the canvas"
    # The hint names the party in full, wrapped inside the popup.
    assert LONG_NAME in popup.hint.text()
    hint = popup.hint
    needed = hint.fontMetrics().boundingRect(hint.contentsRect(), Qt.TextFlag.TextWordWrap,
                                             hint.text())
    assert needed.height() <= hint.contentsRect().height(), "the hint is cut off"
    listing = popup.type_list
    metrics = listing.fontMetrics()
    widest = max(metrics.horizontalAdvance(listing.item(i).text())
                 for i in range(listing.count()))
    assert widest <= listing.viewport().width() - 8, "type labels are cut off"


def test_one_key_per_common_type(qtbot, window):
    popup = _to_type_step(qtbot, window, "Gemeente Zeewolde-Kust")
    third = popup.type_list.item(2).text()
    assert third.startswith("3 "), third
    qtbot.keyClick(popup.type_filter, Qt.Key.Key_3)
    assert not popup.isVisible()
    added = window.document.region.parties[-1]
    assert (added.naam, added.type) == ("Gemeente Zeewolde-Kust", COMMON_TYPES[2])
