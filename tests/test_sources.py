"""Sources as a chair can cite them (``rules.md`` v2, the source table and §0 item 8).

Users never see a seed file name or a line number: ``readable_source`` gives the
document's title from rules.md's source table, the section where one is given,
and every quote of the rule's source. The JSON ``source`` keeps file and place.
"""

from __future__ import annotations

import re

import pytest

from stakeholders.rules.catalogue import default_catalogue
from stakeholders.rules.sources import citations, readable_source, titles

#: rules.md, the table at the top: file, title shown to users, short form.
SOURCE_TABLE = [
    ("000_b14ba1f121fc671c.txt",
     "Kamerbrief over regio-indelingen in de zorg (onderzoek AEF), VWS 2023",
     "Kamerbrief regio-indelingen (2023)"),
    ("001_c19e43b8ffec71c7.txt", "RVS, De regio als redding? (2022)",
     "RVS, De regio als redding?"),
    ("002_f43838e5be428b2e.txt", "Kamerbrief regiobeelden en regioplannen IZA, VWS 5 oktober 2022",
     "Kamerbrief IZA-regioplannen (2022)"),
    ("003_995c6778cdde39a9.txt", "RVS, Regionalisering ontrafeld (2022)",
     "RVS, Regionalisering ontrafeld"),
    ("004_27437df82e324f7c.txt", "Berenschot, Stand van het land: regiobeelden (2020)",
     "Berenschot, Stand van het land (2020)"),
]
SEED_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
LINE_REF = re.compile(r"\bL\d+")
RULES = default_catalogue().rules
DOCUMENTS = default_catalogue().vocabulary.sources


def test_the_catalogue_knows_the_titles_of_the_source_table():
    assert {f: (d.title, d.short) for f, d in DOCUMENTS.items()} == {
        f: (title, short) for f, title, short in SOURCE_TABLE}


@pytest.mark.parametrize("short", [False, True], ids=["title", "short"])
@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_readable_source_names_titles_never_files_or_lines(rule, short: bool):
    text = readable_source(rule.source, DOCUMENTS, short=short)
    assert not SEED_FILE.search(text), text
    assert not LINE_REF.search(text), text
    names = [short_form if short else title for _f, title, short_form in SOURCE_TABLE]
    cited = [name for name in names if name in text]
    assert cited, f"{rule.id}: no document title in {text!r}"
    # every document the contract cites for the rule is named, by its title
    files = set(SEED_FILE.findall(rule.source))
    assert {n for f, t, s in SOURCE_TABLE if f in files for n in [s if short else t]} == set(cited)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_readable_source_keeps_every_quote(rule):
    text = readable_source(rule.source, DOCUMENTS)
    quotes = re.findall(r'"([^"]+)"', rule.source)
    assert quotes, rule.id
    for quote in quotes:
        assert f'"{quote}"' in text, (rule.id, quote)


def test_two_quotes_at_one_place_are_both_shown():
    """R-PRV-04 cites '§4.2: "Er komt …" and "De afspraken …"': one section, two quotes."""
    rule = default_catalogue().lookup("R-PRV-04")
    assert rule is not None
    assert readable_source(rule.source, DOCUMENTS) == (
        'RVS, Regionalisering ontrafeld (2022), § 4.2: "Er komt een heldere regioafbakening." '
        '… "De afspraken komen tot stand op basis van een gedeelde regioanalyse."')
    assert [c.section for c in citations(rule.source, DOCUMENTS)] == ["§ 4.2", "§ 4.2"]


def test_sections_are_kept_and_documents_grouped_in_order():
    rule = default_catalogue().lookup("R-IZA-07")
    assert rule is not None
    assert readable_source(rule.source, DOCUMENTS) == (
        'RVS, Regionalisering ontrafeld (2022), § 1: "door middel van mandaat"; § 2.3: '
        '"gemandateerd aanspreekpunt"; § 2.5: "mandaat voor de paramedie"; § 2.6: "één '
        'aanspreekbare eenheid in de regio"; Berenschot, Stand van het land: regiobeelden '
        '(2020): "aanwijzen van één aanspreekpunt namens een huisartsengroep (regionaal)"')
    assert titles(rule.source, DOCUMENTS) == ["RVS, Regionalisering ontrafeld",
                                              "Berenschot, Stand van het land (2020)"]


def test_a_note_in_brackets_after_the_place_is_left_out():
    rule = default_catalogue().lookup("R-GOV-03")  # 'L110-113 (zie R-GOV-01): "…"'
    assert rule is not None
    text = readable_source(rule.source, DOCUMENTS)
    assert text.startswith("Kamerbrief over regio-indelingen in de zorg (onderzoek AEF), VWS "
                           '2023: "met afspraken over')
    assert "zie R-GOV-01" not in text


def test_a_regions_own_source_is_shown_as_written_without_file_names():
    assert readable_source("Convenant Zorgregio Kust 2023, artikel 4", DOCUMENTS) == (
        "Convenant Zorgregio Kust 2023, artikel 4")
    text = readable_source("Notitie 004_27437df82e324f7c.txt L12 van het bestuur", DOCUMENTS)
    assert not SEED_FILE.search(text) and not LINE_REF.search(text)
    assert text == "Notitie van het bestuur"
