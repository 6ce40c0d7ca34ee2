"""The page can be read: read back with ``pdftotext -bbox``, no two words overlap and none is
below 5 pt (names on a page per table at least 8 pt); A3 only when A4 cannot hold the text;
Dutch dates; names broken only between words or at compound boundaries.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from stakeholders.export.mapgeom import wrap_words
from stakeholders.export.options import ExportError, ExportOptions
from stakeholders.export.overview import export_overview
from stakeholders.io.formats import load_map
from stakeholders.rules.catalogue import known_rule_ids

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"),
                                   reason="poppler-utils (pdftotext) not installed")
#: pdftotext's word box height per point of DejaVu Sans (ascent + descent).
BOX_PER_PT = 1.164
_WORD = re.compile(r'<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" '
                   r'xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def pdf_words(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page the words with their boxes (points), separators left out."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    pages: list[list] = []
    for match in _WORD.finditer(out):
        if match[1]:
            pages.append([])
            continue
        x0, y0, x1, y1 = (float(match[i]) for i in range(2, 6))
        text = match[6]
        if text.strip() and text not in ("·", "•", "-", "–"):
            pages[-1].append((x0, y0, x1, y1, text))
    return pages


def size_pt(word) -> float:
    return (word[3] - word[1]) / BOX_PER_PT


def overlapping(words) -> list[tuple[str, str]]:
    """Pairs of words whose boxes share more than 5 % of the smaller box."""
    pairs = []
    ordered = sorted(words)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b[0] >= a[2]:
                break
            ix = min(a[2], b[2]) - max(a[0], b[0])
            iy = min(a[3], b[3]) - max(a[1], b[1])
            if ix > 0 and iy > 0:
                smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                if ix * iy > 0.05 * smaller:
                    pairs.append((a[4], b[4]))
    return pairs


def generated(n: int):
    sys.path.insert(0, str(ROOT))
    from bench.generate import generate_map
    from stakeholders.layout import force_directed
    from stakeholders.model import edits
    from stakeholders.model.ops import apply_to

    region = generate_map(n, seed=11)
    for op in edits.move(region, force_directed(region)):
        apply_to(region, op)
    return region


@needs_poppler
@pytest.mark.parametrize("name", ["kustmarken", "rivierenland"])
@pytest.mark.parametrize("page", ["overzicht", "kaart"])
def test_no_word_overlaps_and_none_is_below_5pt(qapp, tmp_path, name, page):
    region = load_map(EXAMPLES / f"{name}.regiokaart", known_rules=known_rule_ids).map
    out = tmp_path / "page.pdf"
    result = export_overview(region, out, ExportOptions(page=page))
    [words] = pdf_words(out)
    assert len(words) > 150
    small = [(w[4], round(size_pt(w), 2)) for w in words if size_pt(w) < 4.95]
    assert small == []
    assert overlapping(words) == []
    # Every party is on the map by name (the page did not aggregate two small examples).
    assert not result.content.aggregated_note
    text = " ".join(w[4] for w in words)
    for party in region.parties:
        assert party.naam.split()[-1].split("-")[-1] in text, party.naam


@needs_poppler
def test_a3_is_chosen_only_when_a4_cannot_hold_the_names(qapp, tmp_path):
    small = load_map(EXAMPLES / "kustmarken.regiokaart", known_rules=known_rule_ids).map
    result = export_overview(small, tmp_path / "k.pdf")
    assert result.pages[0].options.paper == "A4"
    assert result.pages[0].name_pt >= 5.0

    # Rivierenland's names fit A4, but its list of what is missing would not at 5 pt: A3.
    busy = load_map(EXAMPLES / "rivierenland.regiokaart", known_rules=known_rule_ids).map
    forced = export_overview(busy, tmp_path / "r4.pdf", ExportOptions(paper="A4"))
    chosen = export_overview(busy, tmp_path / "r.pdf")
    assert chosen.pages[0].options.paper == "A3" and not chosen.content.aggregated_note
    assert "A3" in chosen.pages[0].paper_note and "A3" in chosen.summary()
    assert forced.pages[0].options.paper == "A4"
    assert "1191 x 842" in subprocess.run(["pdfinfo", str(tmp_path / "r.pdf")],
                                          capture_output=True, text=True).stdout


@needs_poppler
def test_300_parties_aggregate_only_because_a3_cannot_hold_the_names(qapp, tmp_path):
    from stakeholders.export.content import build_content
    from stakeholders.export.page import map_area
    from stakeholders.export.printmap import build_print_map

    big = generated(300)
    result = export_overview(big, tmp_path / "auto.pdf")
    spec = result.pages[0]
    assert spec.options.paper == "A3" and spec.content.aggregated_note
    assert spec.name_pt >= 5.0
    # The measure behind it: every party drawn on A3 would give names below 5 pt.
    whole = build_content(big, ExportOptions())
    a3 = map_area(ExportOptions(paper="A3"))
    assert build_print_map(whole.drawn, whole.flags, a3.width() / a3.height()).name_pt(a3) < 5.0
    [words] = pdf_words(tmp_path / "auto.pdf")
    assert min(size_pt(w) for w in words) >= 4.95
    assert overlapping(words) == []


@needs_poppler
def test_one_page_per_table_with_names_of_8pt(qapp, tmp_path):
    region = load_map(EXAMPLES / "rivierenland.regiokaart", known_rules=known_rule_ids).map
    out = tmp_path / "tafels.pdf"
    result = export_overview(region, out, ExportOptions(per_table=True, page="kaart"))
    pages = pdf_words(out)
    assert len(pages) == len(region.tables) == len(result.pages)
    seated = {t.id: {s.partij for s in region.seats if s.tafel == t.id} for t in region.tables}
    by_id = {p.id: p for p in region.parties}
    for table, words, spec in zip(region.tables, pages, result.pages, strict=True):
        assert spec.name_pt >= 8.0
        assert overlapping(words) == []
        assert min(size_pt(w) for w in words) >= 4.95
        names = {part for pid in seated[table.id] for part in by_id[pid].naam.split()}
        map_bottom = max(w[3] for w in words if w[4] == "Legenda") - 10  # the map is above
        name_words = [w for w in words if w[4] in names and 60 < w[1] < map_bottom]
        assert name_words, table.id
        assert min(size_pt(w) for w in name_words) >= 7.95, table.id


def test_png_per_table_is_one_file_per_table(qapp, tmp_path):
    region = load_map(EXAMPLES / "kustmarken.regiokaart", known_rules=known_rule_ids).map
    result = export_overview(region, tmp_path / "kaart.png",
                             ExportOptions(per_table=True, dpi=40))
    assert sorted(p.name for p in result.paths) == sorted(
        f"kaart-{t.id}.png" for t in region.tables)
    assert all(p.stat().st_size > 1000 for p in result.paths)
    with pytest.raises(ExportError):
        ExportOptions(per_table=True, table="T-A1")


@needs_poppler
def test_dates_are_dutch(qapp, tmp_path):
    region = load_map(EXAMPLES / "kustmarken.regiokaart", known_rules=known_rule_ids).map
    out = tmp_path / "d.pdf"
    export_overview(region, out, today=date(2026, 12, 3))
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True,
                          text=True).stdout
    text = re.sub(r"\s+", " ", text)
    assert "Gemaakt op 3 december 2026" in text
    assert "peildatum 1 maart 2024" in text
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)


def test_names_break_between_words_or_at_compound_boundaries(qapp):
    name = "Verloskundigenpraktijk Noord-Kennemerland"
    for width in (300.0, 600.0, 900.0, 2000.0):
        lines = wrap_words(name, width)
        joined = "".join(line if line.endswith("-") else line + " " for line in lines).strip()
        assert joined.replace("Verloskundigen-praktijk", "Verloskundigenpraktijk") == name
        for line in lines:
            assert not re.search(r"[a-z]-$", line) or line.endswith(("Verloskundigen-", "Noord-"))
    assert wrap_words("Amsterdam", 10.0) == ["Amsterdam"]  # too wide, no boundary: stays whole
