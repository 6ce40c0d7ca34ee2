"""The one-page overview: one page, the right text, the right size, no personal names when asked.

The PDF is read back with poppler's ``pdftotext``/``pdfinfo`` (installed by .ci/run), the
PNG with QImage.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from stakeholders.export.options import ExportError, ExportOptions
from stakeholders.export.overview import export_overview
from stakeholders.io.formats import load_map
from stakeholders.rules.catalogue import known_rule_ids
from stakeholders.rules.engine import check_map

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) not installed")


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", " ", raw)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines()
                                              if ":" in line)}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def bare(text: str) -> str:
    """Text without spaces and hyphens: a line of the page may end after a hyphen."""
    return re.sub(r"[\s-]+", "", text)


@pytest.fixture
def rivierenland():
    return load_map(EXAMPLES / "rivierenland.regiokaart", known_rules=known_rule_ids).map


@pytest.fixture
def kustmarken():
    return load_map(EXAMPLES / "kustmarken.regiokaart", known_rules=known_rule_ids).map


@needs_poppler
@pytest.mark.parametrize("name", ["kustmarken", "rivierenland"])
def test_pdf_is_one_page_with_names_tables_open_flags_and_legend(qapp, tmp_path, name):
    region = load_map(EXAMPLES / f"{name}.regiokaart", known_rules=known_rule_ids).map
    out = tmp_path / "page.pdf"
    content = export_overview(region, out).content
    info = pdf_info(out)
    assert info["Pages"] == "1"
    text = pdf_text(out)
    assert squash(region.info.naam) in text
    for table in region.tables:
        assert squash(table.naam) in text, table.naam
    for flag in check_map(region):
        if not flag.waived:
            assert bare(flag.message_nl) in bare(text), flag.rule
    for legend in ("Legenda", "tafel", "zetel, kopgroep"):
        assert legend in text
    for domain in content.domains_used:
        from stakeholders.model.vocab import domains

        assert domains()[domain].label_nl in text
    assert "bewuste keuze" in text.lower()  # both examples have deliberate choices
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and " yes " in fonts  # embedded


@needs_poppler
@pytest.mark.parametrize(("paper", "orientation", "points"), [
    ("A4", "landscape", (842, 595)), ("A4", "portrait", (595, 842)),
    ("A3", "landscape", (1191, 842)), ("A3", "portrait", (842, 1191)),
])
def test_paper_sizes_and_orientations(qapp, tmp_path, kustmarken, paper, orientation, points):
    out = tmp_path / "p.pdf"
    export_overview(kustmarken, out, ExportOptions(paper=paper, orientation=orientation))
    size = re.findall(r"[\d.]+", pdf_info(out)["Page size"])
    assert (round(float(size[0])), round(float(size[1]))) == points
    assert pdf_info(out)["Pages"] == "1"
    text = pdf_text(out)
    assert "Zorgtafel Kustmarken" in text and "Wat ontbreekt" in text


def test_png_has_requested_size_and_is_not_blank(qapp, tmp_path, kustmarken):
    from PySide6.QtGui import QImage

    out = tmp_path / "p.png"
    export_overview(kustmarken, out, ExportOptions(dpi=100))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1169, 827)  # A4 landscape at 100 dpi
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # a drawing, not an empty page
    dark = sum(1 for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
               if QImage.pixelColor(image, x, y).lightness() < 100)
    assert dark > 500  # text and lines are there


def test_svg_is_a_drawing_with_text(qapp, tmp_path, kustmarken):
    out = tmp_path / "p.svg"
    export_overview(kustmarken, out)
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Zorgkantoorregio Kustmarken" in svg
    assert "Wat ontbreekt" in svg


@needs_poppler
def test_anonymous_export_contains_no_personal_names(qapp, tmp_path, rivierenland):
    people = {p.contactpersoon for p in rivierenland.parties if p.contactpersoon}
    people |= {t.onafhankelijke_voorzitter for t in rivierenland.tables
               if t.onafhankelijke_voorzitter.lower() not in ("", "ja", "nee")}
    people |= {w.door for w in rivierenland.waivers if w.door}
    people.add(rivierenland.info.auteur)
    assert len(people) >= 3
    named = tmp_path / "named.pdf"
    export_overview(rivierenland, named)
    anonymous = tmp_path / "anon.pdf"
    export_overview(rivierenland, anonymous, ExportOptions(anonymous=True))
    named_text, anon_text = pdf_text(named), pdf_text(anonymous)
    chair = next(t.onafhankelijke_voorzitter for t in rivierenland.tables
                 if t.onafhankelijke_voorzitter.lower() not in ("", "ja", "nee"))
    assert chair in named_text  # the normal page names the independent chair
    for person in people:
        assert squash(person) not in anon_text, person
    assert "onafhankelijke voorzitter" in anon_text


@needs_poppler
def test_one_table_only(qapp, tmp_path, kustmarken):
    out = tmp_path / "t.pdf"
    export_overview(kustmarken, out, ExportOptions(table="T-A2"))
    text = pdf_text(out)
    assert "ROAZ Noordkust" in text
    assert "Regiotafel Jeugd en Wmo Kustmarken" not in text
    assert "Inwoner- en patiëntenperspectief" not in text  # a T-A1 flag


def test_unknown_table_and_format_are_clear_errors(qapp, tmp_path, kustmarken):
    with pytest.raises(ExportError, match="onbekende tafel"):
        export_overview(kustmarken, tmp_path / "x.pdf", ExportOptions(table="T-XX"))
    with pytest.raises(ExportError, match="exportformaat"):
        export_overview(kustmarken, tmp_path / "x.docx")
    with pytest.raises(ExportError):
        ExportOptions(paper="A5")


@needs_poppler
def test_large_map_is_aggregated_and_says_so(qapp, tmp_path):
    sys.path.insert(0, str(ROOT))
    from bench.generate import generate_map

    region = generate_map(1000, seed=3)
    out = tmp_path / "big.pdf"
    result = export_overview(region, out)
    content = result.content
    assert content.aggregated_note
    assert len(content.drawn.parties) < 200
    assert result.pages[0].name_pt >= 5.0  # aggregated just so far that names stay readable
    assert pdf_info(out)["Pages"] == "1"
    assert "Geaggregeerd" in pdf_text(out)


@needs_poppler
def test_cli_export_writes_the_same_page(tmp_path):
    out = tmp_path / "cli.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "stakeholders", "export", str(EXAMPLES / "kustmarken.regiokaart"),
         "-o", str(out), "--paper", "A3", "--orientation", "portrait", "--anoniem",
         "--title", "Handout zorgtafel"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert pdf_info(out)["Pages"] == "1"
    text = pdf_text(out)
    assert "Handout zorgtafel" in text
    assert "Voorbeeld stakeholders" not in text  # the author is left out when anonymous


def test_cli_export_bad_input_gives_exit_2_without_traceback(tmp_path):
    bad = tmp_path / "Partijen.csv"
    bad.write_text("id;naam;type\nP1;X;gemeete\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "stakeholders", "export", str(bad), "-o",
                             str(tmp_path / "x.pdf")], capture_output=True, text=True, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 2
    assert "Partijen.csv, rij 2, kolom type" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_page_lists_findings_with_level_basis_and_source_titles_never_a_file(qapp, tmp_path,
                                                                               kustmarken):
    """"Wat ontbreekt" shows one entry per subject and theme, its parts below it."""
    out = tmp_path / "page.pdf"
    export_overview(kustmarken, out)
    text = pdf_text(out)
    assert "3 open bevinding(en)" in text and "1 bewuste keuze(s)" in text
    for theme in ("samenstelling:", "regie:", "governance:"):
        assert text.count(theme) == 1, theme
    for expected in ("samenstelling: ontbreekt inwoner- en patiëntenperspectief (vereist · "
                     "akkoord)", "Vereist · akkoord (IZA); Kamerbrief IZA-regioplannen (2022)",
                     "Kamerbrief regiobeelden en regioplannen IZA, VWS 5 oktober 2022"):
        assert bare(expected) in bare(text), expected
    assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt|\bL\d{2,}", text)
