""""Wijzigingen sinds {momentopname}" on the overview page: the content, the PDF text (read
back with pdftotext), the command-line flag and the export dialog's option."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest
from change_maps import PEILDATUM, after, before
from test_export import ROOT, needs_poppler, pdf_text, squash
from test_gui_support import open_quietly, open_window

from stakeholders.export.changes_block import changes_block
from stakeholders.export.content import build_content
from stakeholders.export.options import ExportError, ExportOptions
from stakeholders.io.formats import save_map
from stakeholders.model import snapshots
from stakeholders.model.diff import Change


def with_snapshot():
    """after(), carrying before() as the snapshot "Zorgtafel januari"."""
    region = after()
    snapshot = snapshots.take(before(), "Zorgtafel januari", date(2025, 1, 10))
    region.snapshots = [snapshot]
    return region


def test_the_block_lists_every_change_and_the_findings(qapp):
    block = changes_block(with_snapshot(), "zorgtafel JANUARI", PEILDATUM)
    assert block.title == "Wijzigingen sinds Zorgtafel januari (10 januari 2025)"
    texts = [text for _how, text in block.lines]
    assert "Partijen: nieuw: GGD Kust (P9)" in texts
    assert "Partijen: weg: Welzijn Oost (W1)" in texts
    assert (Change.REMOVED, "Tafels: weg: Werkgroep Data (T2)") in block.lines
    assert any(t.startswith("Bevinding opgelost: Gemeente Noord") for t in texts)
    # a resolved finding is good news (green), a new one is not
    assert all(how == Change.ADDED for how, t in block.lines if "Bevinding opgelost" in t)
    assert all(how == Change.REMOVED for how, t in block.lines if "Bevinding nieuw" in t)


def test_an_unknown_snapshot_is_a_clear_error(qapp):
    with pytest.raises(ExportError, match=r"geen momentopname 'maart'.*'Zorgtafel januari'"):
        build_content(with_snapshot(), ExportOptions(changes_since="maart"), PEILDATUM)


def test_anonymous_leaves_a_changed_contact_person_out(qapp):
    region = with_snapshot()
    region.parties = [replace(p, contactpersoon="Jan Jansen") if p.id == "V1" else p
                      for p in region.parties]
    shown = changes_block(region, "Zorgtafel januari", PEILDATUM)
    assert any("Jan Jansen" in text for _how, text in shown.lines)
    content = build_content(region, ExportOptions(changes_since="Zorgtafel januari",
                                                  anonymous=True), PEILDATUM)
    assert not any("Jan Jansen" in text for _how, text in content.extra["changes"].lines)


@needs_poppler
def test_the_cli_flag_puts_the_changes_on_the_page(tmp_path):
    source = tmp_path / "kust.regiokaart"
    save_map(with_snapshot(), source)
    out = tmp_path / "overzicht.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "stakeholders", "export", str(source), "-o", str(out),
         "--wijzigingen-sinds", "Zorgtafel januari"],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    text = squash(pdf_text(out))
    assert "Wijzigingen en wat ontbreekt" in text
    assert "Wijzigingen sinds Zorgtafel januari (10 januari 2025)" in text
    assert "Partijen: weg: Welzijn Oost (W1)" in text
    assert "Wat ontbreekt nu" in text
    plain = tmp_path / "zonder.pdf"
    subprocess.run([sys.executable, "-m", "stakeholders", "export", str(source), "-o",
                    str(plain)], capture_output=True, text=True, cwd=ROOT, timeout=120,
                   check=True)
    assert "Wijzigingen sinds" not in squash(pdf_text(plain))
    bad = subprocess.run(
        [sys.executable, "-m", "stakeholders", "export", str(source), "-o", str(plain),
         "--wijzigingen-sinds", "maart"], capture_output=True, text=True, cwd=ROOT,
        timeout=120)
    assert bad.returncode == 2
    assert "geen momentopname 'maart'" in bad.stderr and "Traceback" not in bad.stderr


def test_the_export_dialog_offers_the_snapshots(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from stakeholders.ui.dialogs.export import ExportDialog

    window = open_window(qtbot)
    source = tmp_path / "kust.regiokaart"
    save_map(with_snapshot(), source)
    open_quietly(qtbot, window, source)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog, "exportDialog")
    combo = dialog.changes_since
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(geen)", "Zorgtafel januari (10 januari 2025)"]
    assert dialog.options().changes_since == ""
    combo.setCurrentIndex(1)
    assert dialog.options().changes_since == "Zorgtafel januari"
    dialog.update_preview()
    assert "changes" in dialog.pages[0].content.extra
    dialog.close()


def test_a_map_without_snapshots_cannot_choose_one(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from stakeholders.ui.dialogs.export import ExportDialog

    window = open_window(qtbot)
    source = tmp_path / "kust.regiokaart"
    save_map(before(), source)
    open_quietly(qtbot, window, source)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog, "exportDialog")
    assert not dialog.changes_since.isEnabled()
    dialog.close()
