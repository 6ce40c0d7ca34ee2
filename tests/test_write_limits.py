"""What the app writes, it reads back the same; what a format cannot hold is refused.

An ``.xlsx`` cannot hold U+FFFF, lone surrogates or dates before 1900, and no spreadsheet
cell holds more than 32,767 characters: the writer refuses such a map with the sheet, row
and column, before anything is written, instead of writing a file that fails later or is
cut silently. ``.regiokaart`` holds all of it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from stakeholders.io import limits, regiokaart
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapSaveError
from stakeholders.rules.catalogue import known_rule_ids

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kustmarken.regiokaart"


def example():
    return regiokaart.load(EXAMPLE, known_rules=known_rule_ids).map


def with_first_party(**changes):
    region = example()
    return replace(region, parties=[replace(region.parties[0], **changes),
                                    *region.parties[1:]])


def at(tmp_path: Path, target: str) -> str:
    """``tmp_path/target``, keeping a trailing slash (a CSV folder)."""
    return str(tmp_path / target.rstrip("/")) + ("/" if target.endswith("/") else "")


def reloaded(region, target: str):
    save_map(region, target)
    return load_map(Path(target), known_rules=known_rule_ids).map


def test_a_character_excel_cannot_store_is_refused_naming_the_field(tmp_path):
    region = with_first_party(naam="Gemeente \uffff Havenstad")
    with pytest.raises(MapSaveError) as info:
        save_map(region, tmp_path / "k.xlsx")
    assert str(info.value).startswith("Partijen, rij 2, kolom naam: bevat een stuurteken")
    assert not (tmp_path / "k.xlsx").exists()
    assert reloaded(region, str(tmp_path / "k.regiokaart")).parties[0].naam == \
        "Gemeente \uffff Havenstad"
    assert reloaded(region, str(tmp_path / "csv") + "/").parties[0].naam == \
        "Gemeente \uffff Havenstad"


def test_a_date_before_1900_is_refused_in_xlsx_and_kept_elsewhere(tmp_path):
    region = example()
    old = replace(region.mandates[0], geldig_tot=date(1850, 5, 1))
    region = replace(region, mandates=[old, *region.mandates[1:]])
    with pytest.raises(MapSaveError) as info:
        save_map(region, tmp_path / "k.xlsx")
    assert str(info.value).startswith(
        "Mandaten, rij 2, kolom geldig-tot: datum 1850-05-01 ligt voor 1900")
    for target in (str(tmp_path / "k.regiokaart"), str(tmp_path / "csv") + "/"):
        assert reloaded(region, target).mandates[0].geldig_tot == date(1850, 5, 1)


@pytest.mark.parametrize("target", ["k.xlsx", "csv/"])
def test_a_cell_over_the_limit_is_refused_never_cut(tmp_path, target):
    region = with_first_party(notities="x" * (limits.MAX_CELL_CHARS + 1))
    with pytest.raises(MapSaveError) as info:
        save_map(region, at(tmp_path, target))
    assert str(info.value).startswith(
        "Partijen, rij 2, kolom notities: tekst van 32768 tekens past niet in een cel")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target", ["k.xlsx", "csv/", "k.regiokaart"])
def test_a_cell_at_the_limit_comes_back_whole(tmp_path, target):
    text = "é" * limits.MAX_CELL_CHARS
    region = with_first_party(notities=text)
    assert reloaded(region, at(tmp_path, target)).parties[0].notities == text


def test_a_regiokaart_too_big_to_open_again_is_refused_on_saving(tmp_path, monkeypatch):
    region = example()
    monkeypatch.setattr(limits, "MAX_MAP_FILE_BYTES", 20_000)
    target = tmp_path / "k.regiokaart"
    with pytest.raises(MapSaveError, match="meer dan de 0 MB die stakeholders leest"):
        save_map(region, target)
    assert not target.exists()
