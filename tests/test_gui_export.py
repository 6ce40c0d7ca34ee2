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

from stakeholders.ui.canvas import style as S
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
