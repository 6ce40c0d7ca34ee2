"""Label measurement without Qt: widths as Qt draws them, wrapping that never cuts a word wrongly.

A name that is measured too narrow collides on screen; a name broken in the
middle of a word ("Verloskundigenpr-aktijk") is hard to read. These tests hold
the Qt-free measurement to Qt's own, and the wrapping to its promises.
"""

from __future__ import annotations

import csv

import pytest

from stakeholders.layout.labels import (
    ELLIPSIS,
    footprint,
    line_height,
    node_box,
    target_offsets,
    text_width,
    wrap_label,
    wrap_lines,
)
from tests.conftest import DATA, EXAMPLES


def example_names() -> list[str]:
    names = []
    for path in (EXAMPLES / "rivierenland" / "Partijen.csv", DATA / "kustmarken" / "Partijen.csv",
                 EXAMPLES / "rivierenland" / "Tafels.csv", DATA / "kustmarken" / "Tafels.csv"):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            names += [row["naam"] for row in csv.DictReader(handle) if row.get("naam")]
    return names


EXTRA = ["AV Tegel", "Wülfing & Söhne — “één”…", "Cliëntenraad Ærø", "Té 10/20 Œuvre"]


@pytest.mark.parametrize("px", [7, 9, 11, 12, 16])
@pytest.mark.parametrize("bold", [False, True])
def test_text_width_agrees_with_qt_font_metrics(qapp, px, bold):
    from PySide6.QtGui import QFontMetricsF

    from stakeholders.look import style as S

    metrics = QFontMetricsF(S.label_font(px, bold))
    for name in example_names() + EXTRA:
        qt = metrics.horizontalAdvance(name)
        assert text_width(name, px, bold) == pytest.approx(qt, rel=0.02), name
    assert line_height(px) == pytest.approx(metrics.height(), rel=0.02)


def test_kerning_counts():
    # "AV" kerns in DejaVu Sans: the pair is narrower than its letters one by one.
    assert text_width("AV", 11) < text_width("A", 11) + text_width("V", 11)


def _check_breaks(text: str, lines: list[str]) -> None:
    """The lines put back together give the text, and every break is an allowed one."""
    rebuilt = ""
    for k, line in enumerate(lines):
        last = k == len(lines) - 1
        if not last and line.endswith("-") and not text.startswith(rebuilt + line):
            # A hyphen we added: a compound break; both sides are letters in the text.
            part = line[:-1]
            assert text.startswith(rebuilt + part)
            rebuilt += part
            assert rebuilt[-1].isalpha() and text[len(rebuilt)].isalpha(), (text, lines)
            continue
        assert text.startswith(rebuilt + line), (text, lines)
        rebuilt += line
        if not last:
            if text[len(rebuilt)] == " ":
                rebuilt += " "
            else:
                assert rebuilt[-1] in "-/", f"mid-word break in {text!r}: {lines}"
    assert rebuilt == text


@pytest.mark.parametrize("width", [40.0, 70.0, 104.0, 150.0])
def test_wrap_breaks_only_at_spaces_hyphens_slashes_and_compounds(width):
    for name in example_names() + EXTRA:
        lines = wrap_label(name, 11, width, max_lines=10)
        _check_breaks(" ".join(name.split()), lines)


def test_compound_names_break_at_the_compound_boundary():
    assert wrap_label("Verloskundigenpraktijk", 11, 100) == ["Verloskundigen-", "praktijk"]
    assert wrap_label("Revalidatiecentrum", 11, 90) == ["Revalidatie-", "centrum"]
    assert wrap_label("Huisartsenorganisatie", 11, 80) == ["Huisartsen-", "organisatie"]
    assert wrap_label("Samenwerkingsverband", 11, 100) == ["Samenwerkings-", "verband"]
    # "zorg" inside "verzorgingshuis" is not a boundary; "huis" at the end is.
    assert wrap_label("Verzorgingshuis", 11, 70) == ["Verzorgings-", "huis"]


def test_word_without_a_break_point_stays_whole_and_may_be_wider():
    lines = wrap_label("Ontzettendlangewoordzonderdeel aan", 11, 60)
    assert lines[0] == "Ontzettendlangewoordzonderdeel"
    assert text_width(lines[0], 11) > 60


def test_lines_fit_the_width_unless_a_part_cannot_break():
    for name in example_names():
        for line in wrap_label(name, 11, 104, max_lines=10):
            if text_width(line, 11) > 104:
                assert " " not in line.strip(), (name, line)


def test_too_many_lines_are_elided_on_the_last():
    text = "Regionaal Samenwerkingsverband Eerstelijnszorg en Welzijn Kust en Delta Noord"
    lines, elided = wrap_lines(text, 11, 104, max_lines=3)
    assert elided and len(lines) == 3 and lines[-1].endswith(ELLIPSIS)
    assert text_width(lines[-1], 11) <= 104 + 0.01
    assert wrap_label(text, 11, 104, max_lines=10)[-1].endswith("Noord")


def test_white_space_collapses_and_empty_text_has_no_lines():
    assert wrap_label("  GGD   Kust \n en Delta ", 11, 200) == ["GGD Kust en Delta"]
    assert wrap_label("   ", 11, 100) == []


def test_party_box_holds_shape_and_all_label_lines():
    box = node_box("partij", "Verloskundigenpraktijk Lingestad")
    assert box.lines == ("Verloskundigen-", "praktijk Lingestad")
    assert box.top <= -box.shape_h / 2
    assert box.bottom >= box.label_top + box.line_height * len(box.lines)
    assert box.width >= max(box.line_widths) and box.width >= box.shape_w
    # A bigger font makes a bigger box; the shape keeps its size.
    bigger = node_box("partij", "Verloskundigenpraktijk Lingestad", 16)
    assert bigger.height > box.height and bigger.shape_w == box.shape_w


def test_long_name_widens_rather_than_being_cut():
    name = "Eerstelijnscoöperatie Zandwaarde-Rietweerd en Omstreken"
    assert wrap_lines(name, 11, 104)[1]  # at the default width it would be elided
    box = node_box("partij", name)
    assert not box.elided and box.lines[-1].endswith("Omstreken")
    assert box.width > 104


def test_table_and_target_boxes():
    table = node_box("tafel", "Regionale zorgtafel Rivierenland", subtitle="zorgtafel")
    assert (table.width, table.height, table.dy) == (170.0, 74.0, 0.0)
    assert table.bold and table.sublines == ("zorgtafel",)
    target = node_box("doel", "alle huisartsen @Noord")
    assert (target.width, target.height) == (120.0, 34.0)
    with pytest.raises(ValueError):
        node_box("boom", "x")


def test_targets_sit_in_a_row_under_their_holder():
    holder = node_box("partij", "Huisartsenkring Rivierenland")
    targets = [node_box("doel", "alle huisartsen"), node_box("doel", "alle apotheken")]
    offsets = target_offsets(holder, targets)
    assert offsets[0][1] - targets[0].height / 2 > holder.bottom
    assert offsets[0][0] < 0 < offsets[1][0]
    assert offsets[1][0] - offsets[0][0] >= targets[0].width
    width, height, dy = footprint(holder, targets)
    assert width >= 240 and dy - height / 2 == pytest.approx(holder.top)
    assert dy + height / 2 == pytest.approx(offsets[0][1] + targets[0].height / 2)
