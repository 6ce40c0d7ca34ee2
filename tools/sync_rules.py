"""Write ``resources/rules.toml`` from the contract ``rules.md`` (run after the contract changes).

    python tools/sync_rules.py [--check]

The texts, levels, bases, themes, scopes and sources come from ``rules.md``
(§6 and §7); how each rule is evaluated (``[rules.check]``), the fixed
placeholder values and the type groups are kept from the current
``rules.toml``, because ``rules.md`` states them in prose. A rule that is new
in the contract needs its ``[rules.check]`` added to ``rules.toml`` by hand
first (an entry with just ``id`` and the check is enough). ``--check`` only
reports whether the file is up to date (exit 1 when not).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tomllib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rules_contract as contract

log = logging.getLogger("sync_rules")
ROOT = Path(__file__).resolve().parent.parent
RULES_TOML = ROOT / "resources" / "rules.toml"

HEADER = '''\
# rules.toml: the rule catalogue of rules.md version 2 (the domain contract), as data.
#
# Written by tools/sync_rules.py from rules.md; edit [rules.check] and the groups here,
# the texts in rules.md (then run the tool again). The app reads this file to know which
# rules exist, on which table kinds they run (applies_to), at which level, on what basis
# and in which theme, and which texts a flag carries.
#
# Layout:
#   format_version      version of this file's layout (2: basis, thema, top_level_only,
#                       sources, levels, bases, themes).
#   [levels.*]          the levels of rules.md section 1, most important first.
#   [bases.*]           what a rule rests on (section 1), as shown beside the level.
#   [themes.*]          the themes of section 4, in display order.
#   [sources."file"]    the title of each source document shown to users (never the file).
#   [groups.G-...]      the type groups of section 3: `types`, `domains` or `includes`.
#   [[rules]]           one entry per rule, in the order of section 7. `short_nl`/`short_en`
#                       (not in rules.md) name the gap in a finding's one-line summary;
#                       coverage rules name the missing groups instead.
#     [rules.check]        how the rule is evaluated (kind + parameters); absent for rules
#                          that are not checkable from the map (checkable = false).
#     [rules.placeholders] fixed placeholder values given by rules.md.
#     [[rules.variants]]   message variants (a), (b), ...: the first variant whose
#                          condition holds supplies the flag's message.
#
# A region may add its own rules with the same keys (Kaart > Eigen verwachtingen).

format_version = 2
'''

LEVELS = (
    ("vereist", "Vereist", "Required"),
    ("aanbevolen", "Aanbevolen", "Recommended"),
    ("signaal", "Signaal", "Signal"),
)
#: The "shown as" column of the basis table of rules.md §1 (and an English label).
BASES_EN = {"wet": "law", "akkoord": "agreement (IZA)", "beleid": "policy",
            "advies": "advice", "onderzoek": "research", "app": "method"}
#: (theme, label nl, label en, lead nl, lead en): the lead introduces a finding's summary
#: ("samenstelling: ontbreekt GGD, welzijn"); not in rules.md, an app addition.
THEMES = (
    ("samenstelling", "samenstelling", "composition", "ontbreekt", "missing"),
    ("regie", "regie", "direction", "", ""),
    ("governance", "governance", "governance", "geen afspraken over", "no agreements on"),
    ("mandaten", "mandaten", "mandates", "", ""),
    ("samenhang", "samenhang", "coherence", "", ""),
)


def value(item: Any) -> str:
    """A TOML value (strings as JSON-style basic strings, which TOML accepts)."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, (int, float)):
        return repr(item)
    if isinstance(item, str):
        return json.dumps(item, ensure_ascii=False)
    if isinstance(item, dict):
        return "{ " + ", ".join(f"{k} = {value(v)}" for k, v in item.items()) + " }"
    if isinstance(item, list):
        if any(isinstance(v, dict) for v in item):
            inner = "".join(f"    {value(v)},\n" for v in item)
            return "[\n" + inner + "  ]"
        return "[" + ", ".join(value(v) for v in item) + "]"
    raise TypeError(item)


def _key(name: str) -> str:
    return name if name.replace("-", "").replace("_", "").isalnum() else json.dumps(name)


def group_lines(groups: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["", "# Type groups (rules.md section 3)"]
    for group_id, spec in groups.items():
        lines += ["", f"[groups.{group_id}]"]
        lines += [f"{k} = {value(v)}" for k, v in spec.items()]
    return lines


def vocabulary_lines(text: str) -> list[str]:
    lines = ["", "# Levels, bases and themes (rules.md sections 1 and 4)"]
    for level, nl, en in LEVELS:
        lines += ["", f"[levels.{level}]", f"label_nl = {value(nl)}", f"label_en = {value(en)}"]
    levels = contract.section(text, "## 1. Levels")
    basis_rows = contract.table_rows(levels[levels.index("| basis |"):])
    for basis, shown, _meaning in basis_rows:
        basis = basis.strip("`")
        lines += ["", f"[bases.{basis}]", f"label_nl = {value(shown)}",
                  f"label_en = {value(BASES_EN[basis])}"]
    # Not in rules.md: the basis of a region's own rules (Kaart > Eigen verwachtingen).
    lines += ["", "[bases.regio]", 'label_nl = "eigen verwachting"',
              'label_en = "own expectation"']
    for theme, nl, en, lead_nl, lead_en in THEMES:
        lines += ["", f"[themes.{theme}]", f"label_nl = {value(nl)}", f"label_en = {value(en)}",
                  f"lead_nl = {value(lead_nl)}", f"lead_en = {value(lead_en)}"]
    lines += ["", "# Source documents: the title users see (rules.md, table at the top)"]
    for file, title, short in contract.source_titles(text):
        lines += ["", f"[sources.{_key(file)}]", f"title = {value(title)}",
                  f"short = {value(short)}"]
    return lines


def rule_lines(rule: contract.ContractRule, row: dict[str, str], old: dict[str, Any]) -> list[str]:
    subject = {"table": "tafel", "party": "partij", "`kaart`": "kaart"}[row["subject"]]
    first_nl = next(iter(rule.variants_nl.values()), None)
    first_en = next(iter(rule.variants_en.values()), None)
    fields: dict[str, Any] = {
        "id": rule.id,
        "level": rule.fields["level"],
        "basis": rule.fields["basis"],
        "thema": rule.fields["thema"],
        "applies_to": list(rule.applies_to),
        "top_level_only": rule.top_level_only,
        "subject": subject,
        "checkable": rule.checkable,
        "checkable_note": "" if rule.checkable else rule.fields["checkable"],
        "condition": rule.condition,
        "message_nl": first_nl if first_nl is not None else rule.text("message_nl"),
        "message_en": first_en if first_en is not None else rule.text("message_en"),
        "fix_nl": rule.text("fix_nl"),
        "source": rule.source,
    }
    # The short labels of a finding's summary are an app addition, kept from rules.toml.
    fields.update({k: old[k] for k in ("short_nl", "short_en") if k in old})
    lines = ["", "[[rules]]"] + [f"{k} = {value(v)}" for k, v in fields.items()]
    if rule.checkable:
        if "check" not in old:
            raise SystemExit(f"{rule.id}: add its [rules.check] to rules.toml first")
        lines += ["", "  [rules.check]"]
        lines += [f"  {k} = {value(v)}" for k, v in old["check"].items()]
    if old.get("placeholders"):
        lines += ["", "  [rules.placeholders]"]
        lines += [f"  {k} = {value(v)}" for k, v in old["placeholders"].items()]
    old_variants = {v["key"]: v for v in old.get("variants", [])}
    for key, message_nl in rule.variants_nl.items():
        lines += ["", "  [[rules.variants]]", f"  key = {value(key)}",
                  f"  message_nl = {value(message_nl)}",
                  f"  message_en = {value(rule.variants_en[key])}"]
        lines += [f"  {k} = {value(v)}" for k, v in old_variants.get(key, {}).items()
                  if k in ("short_nl", "short_en")]
    return lines


def render(text: str, current: dict[str, Any]) -> str:
    old_rules = {r["id"]: r for r in current.get("rules", [])}
    rows = {row["rule"]: row for row in contract.summary(text)}
    lines = [HEADER.rstrip("\n")]
    lines += vocabulary_lines(text)
    lines += group_lines(current["groups"])
    lines += ["", "# Rules (rules.md section 7)"]
    for rule in contract.rules(text).values():
        lines += rule_lines(rule, rows[rule.id], old_rules.get(rule.id, {}))
    return "\n".join(lines) + "\n"


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether it is in sync")
    args = parser.parse_args()
    text = contract.RULES_MD.read_text(encoding="utf-8")
    current = tomllib.loads(RULES_TOML.read_text(encoding="utf-8"))
    new = render(text, current)
    tomllib.loads(new)  # must parse
    if args.check:
        same = new == RULES_TOML.read_text(encoding="utf-8")
        log.info("rules.toml is %s", "up to date" if same else "out of date")
        return 0 if same else 1
    RULES_TOML.write_text(new, encoding="utf-8")
    log.info("wrote %s", RULES_TOML)
    return 0


if __name__ == "__main__":
    sys.exit(main())
