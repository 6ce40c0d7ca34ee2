"""The rule catalogue (``resources/rules.toml``) agrees with the contract ``rules.md``.

The summary table of ``rules.md`` §6 is written out below as the oracle, so the
scope tests run without the contract file. The text tests parse
``/work/shared/domain/rules.md`` itself and are skipped when it is absent.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest
from builders import region

from stakeholders.rules.catalogue import default_catalogue
from stakeholders.rules.engine import check_map

ROOT = Path(__file__).resolve().parent.parent
RULES_MD = Path("/work/shared/domain/rules.md")
SHARED_KINDS = Path("/work/shared/domain/table-kinds.csv")
RESOURCE_KINDS = ROOT / "resources" / "table-kinds.csv"
PARTY_TYPES = ROOT / "resources" / "party-types.csv"

IZA = ("iza-regiotafel",)
BESTUURLIJK = ("iza-regiotafel", "zorgtafel")

#: rules.md §6, in the order of the file: (rule, level, applies_to, checkable).
SUMMARY: list[tuple[str, str, tuple[str, ...], bool]] = [
    ("R-IZA-01", "vereist", IZA, True),
    ("R-IZA-02", "vereist", IZA, True),
    ("R-IZA-03", "vereist", IZA, True),
    ("R-IZA-04", "vereist", IZA, True),
    ("R-IZA-04b", "aanbevolen", IZA, True),
    ("R-IZA-05", "aanbevolen", IZA, True),
    ("R-IZA-06", "aanbevolen", IZA, True),
    ("R-IZA-07", "aanbevolen", IZA, True),
    ("R-IZA-08", "aanbevolen", IZA, True),
    ("R-IZA-09", "aanbevolen", ("iza-regiotafel", "preventie"), True),
    ("R-IZA-10", "aanbevolen", IZA, False),
    ("R-PRV-01", "aanbevolen", ("preventie",), True),
    ("R-PRV-02", "aanbevolen", ("preventie",), True),
    ("R-PRV-03", "aanbevolen", ("preventie",), True),
    ("R-PRV-04", "aanbevolen", ("preventie",), True),
    ("R-PRV-05", "aanbevolen", ("preventie",), True),
    ("R-ROAZ-01", "vereist", ("roaz",), True),
    ("R-ROAZ-02", "vereist", ("roaz",), True),
    ("R-ROAZ-03", "aanbevolen", ("roaz",), True),
    ("R-VSV-01", "vereist", ("vsv",), True),
    ("R-VSV-02", "aanbevolen", ("vsv",), True),
    ("R-AGGZ-01", "aanbevolen", ("acute-ggz",), True),
    ("R-ZVH-01", "vereist", ("zorg-en-veiligheidshuis",), True),
    ("R-PRVR-01", "vereist", ("provinciale-raad",), True),
    ("R-JR-01", "aanbevolen", ("jeugdregio",), True),
    ("R-BW-01", "aanbevolen", ("beschermd-wonen",), True),
    ("R-GOV-01", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-02", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-03", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-04", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-05", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-06", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-07", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-08", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-09", "aanbevolen", BESTUURLIJK, True),
    ("R-GOV-10", "signaal", BESTUURLIJK, False),
    ("R-GOV-11", "signaal", BESTUURLIJK, True),
    ("R-GOV-12", "signaal", BESTUURLIJK, True),
    ("R-HINT-MED", "signaal", BESTUURLIJK, True),
    ("R-HINT-GGD", "signaal", BESTUURLIJK, True),
    ("R-HINT-GGZ", "signaal", BESTUURLIJK, True),
    ("R-HINT-PARAMEDIE", "signaal", BESTUURLIJK, True),
    ("R-HINT-APOTHEEK", "signaal", BESTUURLIJK, True),
    ("R-HINT-REVALIDATIE", "signaal", BESTUURLIJK, True),
    ("R-HINT-JEUGD-WIJK", "signaal", BESTUURLIJK, True),
    ("R-HINT-BURGERS", "signaal", ("zorgtafel",), True),
    ("R-HINT-GEMEENTE", "signaal", ("zorgtafel",), True),
    ("R-HINT-WELZIJN", "signaal", ("zorgtafel",), True),
    ("R-HINT-ZZP", "signaal", ("map",), True),
]
SUMMARY_BY_ID = {row[0]: row for row in SUMMARY}
NOT_CHECKABLE = ("R-IZA-10", "R-GOV-10")


# -- parsing rules.md ------------------------------------------------------------------
def _contract_text() -> str:
    if not RULES_MD.is_file():
        pytest.skip(f"contract file {RULES_MD} is not available in this checkout")
    return RULES_MD.read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:] if end < 0 else text[start:end]


def _table_rows(section: str) -> list[list[str]]:
    rows = []
    for line in section.splitlines():
        if not line.startswith("|") or set(line) <= {"|", "-", " "}:
            continue
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header row


_QUOTED = re.compile(r'^"(?P<text>.*)"(?: \(not used while the rule is not checkable\))?$')


def _quoted(value: str) -> str:
    match = _QUOTED.match(value.strip())
    assert match, f"not a quoted text: {value!r}"
    return match.group("text")


def _rule_blocks(text: str) -> dict[str, dict[str, object]]:
    """Per rule of §7: level, applies_to, messages (main or per variant), fix and source."""
    section = _section(text, "## 7. The rules")
    blocks: dict[str, dict[str, object]] = {}
    for chunk in section.split("\n### ")[1:]:
        lines = chunk.splitlines()
        rule_id = lines[0].strip()
        info: dict[str, object] = {"variants_nl": {}, "variants_en": {}}
        current: str | None = None
        for line in lines[1:]:
            field = re.match(r"^- \*\*(?P<key>[a-z_]+)\*\*:\s*(?P<value>.*)$", line)
            if field:
                key, value = field.group("key"), field.group("value")
                current = key
                if key in ("message_nl", "message_en", "fix_nl") and value:
                    info[key] = _quoted(value)
                elif key in ("level", "applies_to", "source"):
                    info[key] = value.strip()
                continue
            variant = re.match(r'^\s+- \((?P<key>[a-z])\) (?P<value>".*)$', line)
            if variant and current in ("message_nl", "message_en"):
                target = info["variants_nl" if current == "message_nl" else "variants_en"]
                target[variant.group("key")] = _quoted(variant.group("value"))  # type: ignore[index]
            elif line.startswith("- "):
                current = None
        blocks[rule_id] = info
    return blocks


def _kinds_rules(path: Path) -> dict[str, set[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: set(row["rules"].split()) for row in csv.DictReader(handle)}


# -- the catalogue's shape ---------------------------------------------------------------
def test_catalogue_has_the_49_rules_of_the_contract_in_its_order():
    catalogue = default_catalogue()
    assert [r.id for r in catalogue.rules] == [row[0] for row in SUMMARY]
    assert len(catalogue.rules) == 49


def test_levels_per_rule_and_counts_9_26_14():
    catalogue = default_catalogue()
    assert {r.id: r.level for r in catalogue.rules} == {row[0]: row[1] for row in SUMMARY}
    counts = Counter(r.level for r in catalogue.rules)
    assert counts == {"vereist": 9, "aanbevolen": 26, "signaal": 14}


def test_applies_to_per_rule_equals_the_summary_table():
    catalogue = default_catalogue()
    for rule in catalogue.rules:
        assert set(rule.applies_to) == set(SUMMARY_BY_ID[rule.id][2]), rule.id


def test_subject_kind_per_rule():
    catalogue = default_catalogue()
    for rule in catalogue.rules:
        expected = "partij" if rule.id == "R-HINT-ZZP" else "tafel"
        assert rule.subject == expected, rule.id


@pytest.mark.parametrize("path", [RESOURCE_KINDS, SHARED_KINDS], ids=["resources", "shared"])
def test_applies_to_equals_the_rules_column_of_table_kinds(path: Path):
    if not path.is_file():
        pytest.skip(f"{path} is not available in this checkout")
    catalogue = default_catalogue()
    per_kind = _kinds_rules(path)
    for kind, listed in per_kind.items():
        from_catalogue = {r.id for r in catalogue.rules if kind in r.applies_to}
        assert from_catalogue == listed, kind
    # every table rule's kinds exist in the vocabulary
    for rule in catalogue.rules:
        assert set(rule.applies_to) - {"map"} <= set(per_kind), rule.id


def test_only_r_iza_10_and_r_gov_10_are_not_checkable():
    catalogue = default_catalogue()
    assert [r.id for r in catalogue.not_checkable()] == list(NOT_CHECKABLE)
    for rule in catalogue.rules:
        assert rule.checkable == SUMMARY_BY_ID[rule.id][3], rule.id


def test_not_checkable_rules_never_flag_even_on_an_empty_bestuurlijke_table():
    """Bare IZA and zorgtafel tables raise many rules, but never R-IZA-10 or R-GOV-10."""
    reg = region(
        Partijen="id;naam;type\nP1;Zorgverzekeraar Kust;zorgverzekeraar",
        Tafels="id;naam;soort\nT1;IZA Kust;iza-regiotafel\nT2;Zorgtafel Kust;zorgtafel",
        Zetels="tafel;partij;rol\nT1;P1;lid\nT2;P1;lid",
        Keuzes="regel;onderwerp;reden\nR-GOV-10;kaart;bewust\nR-IZA-10;T1;bewust",
        Kaart="sleutel;waarde\npeildatum;2024-03-01",
    )
    flags = check_map(reg)
    fired = {f.rule for f in flags}
    assert {"R-GOV-11", "R-IZA-03"} <= fired  # the tables were checked
    assert not fired & set(NOT_CHECKABLE)


# -- groups (rules.md §3) ------------------------------------------------------------------
def test_groups_match_section_3():
    text = _contract_text()
    with PARTY_TYPES.open(encoding="utf-8", newline="") as handle:
        domain_of = {row["id"]: row["domain"] for row in csv.DictReader(handle)}
    catalogue = default_catalogue()
    rows = _table_rows(_section(text, "## 3. Type groups"))
    assert [row[0] for row in rows] == list(catalogue.groups)
    for group_id, label_nl, label_en, types_cell in rows:
        group = catalogue.group(group_id)
        if group_id != "G-MANDAAT":  # its labels are "(see R-IZA-07)"
            assert (group.label_nl, group.label_en) == (label_nl, label_en), group_id
        if "∪" in types_cell:
            expected = set()
            for part in types_cell.split("∪"):
                expected |= catalogue.group(part.strip()).type_set
        elif types_cell.startswith("every type of domain"):
            # "every type of domain `a`, `b` or `c`[: t1, t2, …]": the list must be complete
            head, _, listed = types_cell.partition(":")
            domains = re.findall(r"`([a-z-]+)`", head)
            expected = {t for t, d in domain_of.items() if d in domains}
            if listed:
                assert {t.strip() for t in listed.split(",")} == expected, group_id
        else:
            expected = {t.strip() for t in types_cell.split(",")}
        assert group.type_set == expected, group_id


# -- rules.md itself ------------------------------------------------------------------------
def test_summary_table_of_rules_md_is_the_one_tested_here():
    text = _contract_text()
    rows = _table_rows(_section(text, "## 6. Summary"))
    parsed = [
        (rule, level, tuple(a.strip() for a in applies.split(",")), checkable.startswith("yes"))
        for rule, level, applies, _subject, checkable in rows
    ]
    assert [(r, lv, set(a), c) for r, lv, a, c in parsed] == [
        (r, lv, set(a), c) for r, lv, a, c in SUMMARY
    ]


def test_section_7_levels_and_scopes_agree_with_the_catalogue():
    blocks = _rule_blocks(_contract_text())
    catalogue = default_catalogue()
    assert list(blocks) == [r.id for r in catalogue.rules]
    for rule in catalogue.rules:
        block = blocks[rule.id]
        assert block["level"] == rule.level, rule.id
        applies = {a.strip() for a in str(block["applies_to"]).split(",")}
        assert applies == set(rule.applies_to), rule.id


def test_message_texts_equal_rules_md_verbatim():
    blocks = _rule_blocks(_contract_text())
    catalogue = default_catalogue()
    for rule in catalogue.rules:
        block = blocks[rule.id]
        variants_nl: dict[str, str] = block["variants_nl"]  # type: ignore[assignment]
        variants_en: dict[str, str] = block["variants_en"]  # type: ignore[assignment]
        if variants_nl:
            assert [v.key for v in rule.variants] == list(variants_nl), rule.id
            for variant in rule.variants:
                assert variant.message_nl == variants_nl[variant.key], (rule.id, variant.key)
                assert variant.message_en == variants_en[variant.key], (rule.id, variant.key)
        else:
            assert not rule.variants, rule.id
            assert rule.message_nl == block["message_nl"], rule.id
            assert rule.message_en == block["message_en"], rule.id
        assert rule.fix_nl == block["fix_nl"], rule.id


def test_sources_equal_rules_md_without_markdown_code_marks():
    blocks = _rule_blocks(_contract_text())
    for rule in default_catalogue().rules:
        assert rule.source == str(blocks[rule.id]["source"]).replace("`", ""), rule.id


def test_fixed_placeholder_values_of_r_iza_01_are_those_of_rules_md():
    text = _contract_text()
    block = text[text.index("### R-IZA-01"):text.index("### R-IZA-02")]
    nl, en = re.search(r'it is "([^"]+)" / "([^"]+)"', block).groups()  # type: ignore[union-attr]
    rule = default_catalogue().lookup("R-IZA-01")
    assert rule is not None
    assert rule.placeholders["partijen_leeg_nl"] == nl
    assert rule.placeholders["partijen_leeg_en"] == en


def test_lookup_is_case_insensitive_but_keeps_the_contract_spelling():
    rule = default_catalogue().lookup("r-iza-04B")
    assert rule is not None and rule.id == "R-IZA-04b"
