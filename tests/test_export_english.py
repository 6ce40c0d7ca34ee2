"""The one-page overview follows the chosen language (``--taal en`` or the window's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_export import EXAMPLES, ROOT, bare, needs_poppler, pdf_info, pdf_text


def export(tmp_path: Path, *extra: str) -> tuple[str, str]:
    out = tmp_path / "page.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "stakeholders", "export", str(EXAMPLES / "kustmarken.regiokaart"),
         "-o", str(out), *extra], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert pdf_info(out)["Pages"] == "1"
    return pdf_text(out), result.stderr


@needs_poppler
def test_the_english_page_speaks_english(tmp_path: Path) -> None:
    text, said = export(tmp_path, "--taal", "en")
    flat = bare(text)
    for english in ("What is missing", "Legend", "Domains at the table", "Tables",
                    "reference date 1 March 2024", "IZA regional table",
                    "open finding(s)", "Citizen and patient perspective not involved at",
                    "core group", "second ring", "on behalf of", "seat, core group",
                    "Municipality codes: CBS"):
        assert bare(english) in flat, english
    for dutch in ("Wat ontbreekt", "Legenda", "Domeinen aan tafel", "peildatum", "maart",
                  "IZA-regiotafel", "open bevinding", "kopgroep", "tweede ring", "namens",
                  "voorzitter", "Gemeentecodes", "vereist", "bewuste keuze"):
        assert bare(dutch) not in flat, dutch
    # what the command says is English too, with an English decimal point
    assert said.startswith("written: ") and "names at least" in said
    assert "," not in said.split("names at least")[1]


@needs_poppler
def test_the_dutch_page_stays_dutch(tmp_path: Path) -> None:
    text, said = export(tmp_path)
    flat = bare(text)
    assert bare("Wat ontbreekt") in flat and bare("peildatum 1 maart 2024") in flat
    assert bare("What is missing") not in flat
    assert said.startswith("geschreven: ")
