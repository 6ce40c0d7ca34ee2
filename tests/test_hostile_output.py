"""What the app writes from a hostile map stays harmless and readable (issue 12).

A name may hold markup, control characters, formula starts or 10,000 letters without a
space: the overview never loads a local file a name points to, SVG stays well-formed XML,
a CSV cell never starts a formula in Excel (and comes back as written), and a very long
name exports and opens in the window.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from test_gui_support import open_window

from stakeholders.export.overview import export_overview
from stakeholders.io import regiokaart
from stakeholders.io.formats import load_map, save_map
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.ui.plain import rich

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kustmarken.regiokaart"
pytestmark = pytest.mark.usefixtures("qapp")  # fonts need the one QApplication


def example():
    return regiokaart.load(EXAMPLE, known_rules=known_rule_ids).map


def renamed(region, names: list[str]):
    """The map with its first parties and its first table renamed to ``names``."""
    parties = [replace(p, naam=names[i]) if i < len(names) else p
               for i, p in enumerate(region.parties)]
    tables = [replace(region.tables[0], naam=names[0]), *region.tables[1:]]
    return replace(region, parties=parties, tables=tables)


def test_a_name_with_an_img_tag_never_embeds_a_local_file(tmp_path):
    picture = tmp_path / "geheim.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    tag = f'<img src="{picture}"> <b>vet</b>'
    region = renamed(example(), [tag, f"Partij {tag}"])
    export_overview(region, tmp_path / "o.svg")
    export_overview(region, tmp_path / "o.pdf")
    svg = (tmp_path / "o.svg").read_text(encoding="utf-8")
    assert "<image" not in svg
    assert "geheim.png" in svg  # the name is drawn as the characters it holds
    pdf = (tmp_path / "o.pdf").read_bytes()
    assert b"/Subtype /Image" not in pdf and b"/Subtype/Image" not in pdf


def test_svg_is_well_formed_whatever_a_name_holds(tmp_path):
    region = renamed(example(), ["Bel\x07 \x1b[31m rood\x00", "tab\tend\x0b", "\ufffe x"])
    export_overview(region, tmp_path / "o.svg")
    ET.parse(tmp_path / "o.svg")  # raises on a character XML cannot hold


@pytest.mark.parametrize("name", ["=HYPERLINK(\"http://x\";\"klik\")", "+31 6 1234", "-x",
                                  "@SUM(A1)", "'=al gequote", "''=twee", "-12"])
def test_csv_cells_never_start_a_formula_and_come_back_as_written(tmp_path, name):
    region = renamed(example(), [name])
    save_map(region, str(tmp_path / "kaart") + "/")
    text = (tmp_path / "kaart" / "Partijen.csv").read_text(encoding="utf-8-sig")
    cells = [cell for line in text.splitlines() for cell in line.split(";")]
    assert not any(cell.lstrip('"').startswith(("=", "+", "@")) for cell in cells)
    back = load_map(tmp_path / "kaart", known_rules=known_rule_ids).map
    assert back.parties[0].naam == name


def test_a_name_of_10000_letters_without_spaces_exports_and_opens(tmp_path, qtbot,
                                                                  monkeypatch):
    region = renamed(example(), ["W" * 10_000])
    regiokaart.save(region, tmp_path / "lang.regiokaart")
    export_overview(region, tmp_path / "lang.pdf")
    assert (tmp_path / "lang.pdf").stat().st_size > 1000
    window = open_window(qtbot)
    monkeypatch.setattr(window.files, "ask_open_path", lambda: str(tmp_path / "lang.regiokaart"))
    window.action("actionOpen").trigger()
    assert window.document.region.parties[0].naam == "W" * 10_000


def test_rich_shows_markup_as_the_characters_it_is():
    assert rich('<img src="x">') == "<qt>&lt;img src=&quot;x&quot;&gt;</qt>"
    assert rich("a\nb", bold=True) == "<qt><b>a<br>b</b></qt>"
