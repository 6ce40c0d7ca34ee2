"""Bestand > Overzicht exporteren… (issue 5) and what the window looks like (a screenshot).

The export dialog is non-blocking; its preview is the page that is written.
The screenshot test guards against a blank canvas and against missing
fonts (boxes instead of letters).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetricsF, QImage
from test_gui_support import KUSTMARKEN_MAP, open_quietly, open_window, pick_combo

from stakeholders.look import style as S
from stakeholders.ui.dialogs.export import ExportDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    open_quietly(qtbot, window, KUSTMARKEN_MAP)
    return window


def distinct_colours(image: QImage, step: int = 3) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def ink_fraction(image: QImage, step: int = 4) -> float:
    """The share of sampled pixels that are not (near) white."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    total = dark = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            total += 1
            dark += colour.lightness() < 235
    return dark / total


def open_export_dialog(qtbot, window) -> ExportDialog:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_E, CTRL)  # Bestand > Overzicht exporteren…
    dialog = window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal()  # the map stays usable next to it
    return dialog


def test_export_dialog_shows_a_preview_of_the_page(qtbot, window):
    dialog = open_export_dialog(qtbot, window)
    image = dialog.preview_image
    assert image.width() > image.height()  # A4 landscape by default
    assert distinct_colours(image) > 40
    assert 0.02 < ink_fraction(image) < 0.9
    assert not dialog.preview.pixmap().isNull()
    assert dialog.title.placeholderText() == window.document.region.info.naam

    pick_combo(qtbot, dialog.orientation, "portrait")
    qtbot.waitUntil(lambda: dialog.preview_image.height() > dialog.preview_image.width(),
                    timeout=3000)
    dialog.close()


def test_export_pdf_writes_one_page(qtbot, window, tmp_path, monkeypatch):
    dialog = open_export_dialog(qtbot, window)
    target = tmp_path / "overzicht.pdf"
    asked = []

    def ask_path(kind):
        asked.append(kind)
        return str(target)

    monkeypatch.setattr(dialog, "ask_path", ask_path)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)

    assert asked == ["pdf"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1
    assert len(data) > 5000
    dialog.close()


def test_export_png_from_the_dialog(qtbot, window, tmp_path, monkeypatch):
    dialog = open_export_dialog(qtbot, window)
    target = tmp_path / "overzicht.png"
    monkeypatch.setattr(dialog, "ask_path", lambda kind: str(target))
    dialog.dpi.setValue(60)
    qtbot.mouseClick(dialog.png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > image.height()
    assert distinct_colours(image) > 40


def test_cancelling_the_file_question_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    dialog = open_export_dialog(qtbot, window)
    monkeypatch.setattr(dialog, "ask_path", lambda kind: "")
    qtbot.mouseClick(dialog.svg_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []


# -- screenshot ---------------------------------------------------------------------------
def test_a_dejavu_font_is_there_and_used_for_labels(qtbot):
    families = QFontDatabase.families()
    assert any(f.startswith("DejaVu") for f in families), families[:20]
    font = S.label_font()
    assert QFontInfo(font).family().startswith("DejaVu")
    metrics = QFontMetricsF(font)
    for character in "Kopiëren → ·–":
        assert metrics.inFontUcs4(ord(character)), f"no glyph for {character!r}"


def test_screenshot_of_kustmarken_is_not_blank(qtbot, window, tmp_path):
    qtbot.waitUntil(lambda: window.view.zoom() < 1.0, timeout=3000)  # zoomed to fit
    shot = window.grab().toImage()
    assert shot.width() >= 1000 and shot.height() >= 600
    assert distinct_colours(shot) > 150
    canvas = window.view.viewport().grab().toImage()
    assert distinct_colours(canvas) > 60
    # Every domain colour of the map's parties appears on the canvas.
    colours = {canvas.pixelColor(QPoint(x, y)).name()
               for y in range(0, canvas.height(), 2) for x in range(0, canvas.width(), 2)}
    for domain in ("financier", "overheid", "curatief", "eerstelijn"):
        assert S.DOMAIN_STYLES[domain].colour.lower() in colours, domain
    shot.save(str(tmp_path / "kustmarken.png"))


# -- zoom, enlarge, page kinds, confirmation ------------------------------------------------------
def test_preview_zooms_and_enlarges(qtbot, window):
    dialog = open_export_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.preview_image.width() >= 700, timeout=3000)  # fits the room
    fitted = dialog.preview_image.width()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    zoomed = dialog.preview_image.width()
    assert zoomed > fitted * 1.4  # re-rendered larger, not a scaled thumbnail
    qtbot.waitUntil(lambda: dialog.preview_area.horizontalScrollBar().maximum() > 0,
                    timeout=3000)  # and it can be scrolled
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    # back to the whole page (the viewport may have lost its scroll bars meanwhile)
    qtbot.waitUntil(lambda: abs(dialog.preview_image.width() - fitted) <= fitted * 0.05,
                    timeout=3000)
    assert dialog.preview_image.width() <= dialog.preview_area.viewport().width()
    qtbot.mouseClick(dialog.enlarge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_image.width() > fitted, timeout=3000)
    assert not dialog.side.isVisible()  # the options fold away
    qtbot.mouseClick(dialog.enlarge_button, Qt.MouseButton.LeftButton)
    assert dialog.side.isVisible()
    dialog.close()


def test_dialog_says_which_paper_and_offers_a_map_only_page(qtbot, window):
    dialog = open_export_dialog(qtbot, window)
    assert "Papier A4" in dialog.info.text()
    pick_combo(qtbot, dialog.page, "kaart")
    qtbot.waitUntil(lambda: dialog.pages[0].options.page == "kaart", timeout=3000)
    assert dialog.pages[0].content.title
    pick_combo(qtbot, dialog.scope, "\x00per-tafel")
    qtbot.waitUntil(lambda: len(dialog.pages) == len(window.document.region.tables),
                    timeout=5000)
    assert "pagina's" in dialog.info.text()
    dialog.close()


def test_saving_says_where_and_opens_the_folder(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox, QPushButton

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_export_dialog(qtbot, window)
    target = tmp_path / "hand-out.pdf"
    monkeypatch.setattr(dialog, "ask_path", lambda kind: str(target))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    box = dialog.findChild(QMessageBox, "exportSavedMessage")
    assert box is not None and box.isVisible()
    assert str(tmp_path) in box.text() and "hand-out.pdf" in box.text()
    assert str(target) in dialog.saved.text()
    qtbot.mouseClick(box.findChild(QPushButton, "exportOpenFolder"), Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]
    dialog.close()
