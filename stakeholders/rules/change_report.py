"""A :class:`~stakeholders.rules.changes.Comparison` as text and as JSON (``stakeholders diff``).

:func:`as_text` lists per kind (Kaart, Partijen, Tafels, Zetels, Mandaten, Relaties,
Keuzes, own rules) what is new, gone and changed, field by field, then the findings that
were resolved, are new or changed, each with the parts that made the difference.
:func:`as_dict` gives the same as JSON: per section the records ``nieuw``, ``weg`` and
``gewijzigd``, each with its identifying fields (``id``; ``tafel`` and ``partij``; …), the
party and table ``ids`` it concerns, the text, and for a change its ``velden``
(``veld``, ``oud``, ``nieuw``, ``governance``); the findings by ``subject`` and ``thema``
with their flags by ``rule`` and ``subject``; and ``gewijzigde_ids``, every party and table
id that changed. Qt-free.
"""

from __future__ import annotations

from typing import Any

from stakeholders.i18n import translator
from stakeholders.model import schema
from stakeholders.model.dates import dutch_date
from stakeholders.model.diff import (
    IDENTITY,
    RULE_KIND,
    Change,
    EntityChange,
    json_value,
)
from stakeholders.model.diff_text import Names, field_text, kind_title, line
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import RESERVED_SUBJECT, RegionMap
from stakeholders.rules.catalogue import Catalogue, CatalogueError, default_catalogue
from stakeholders.rules.changes import Comparison, FindingChange, Side
from stakeholders.rules.findings import headline

_t = translator("changes")

#: The kinds in the order the report lists them (the sheets', then the own rules).
KINDS: tuple[str, ...] = (*(s.kind for s in schema.SHEETS if not s.key_value), RULE_KIND)
#: The JSON words of a finding's change.
FINDING_WORDS = {Change.REMOVED: "opgelost", Change.ADDED: "nieuw", Change.CHANGED: "gewijzigd"}


def catalogue_of(region: RegionMap) -> Catalogue:
    """The catalogue a side was checked with: the bundled one and the map's own rules."""
    try:
        return default_catalogue().with_region_rules(region.custom_rules)
    except CatalogueError:
        return default_catalogue()


def section_of(kind: str) -> str:
    """The JSON key of a kind: the ``.regiokaart`` section (``partijen``, …, ``eigen-regels``)."""
    return "eigen-regels" if kind == RULE_KIND else schema.spec_of(kind).section


def finding_text(change: FindingChange, comparison: Comparison) -> str:
    """``Zorgtafel Kustmarken · samenstelling: ontbreekt …`` (the side it is read from)."""
    finding = change.finding
    side = comparison.old if finding is change.old else comparison.new
    names = Names(comparison.old.region, comparison.new.region)
    if finding.subject == RESERVED_SUBJECT:
        name = side.region.info.naam or _t("de kaart")
    else:
        name = names(finding.subject)
    return headline(finding, name, catalogue_of(side.region))


def side_text(side: Side) -> str:
    """``Zorgtafel maart (12 maart 2025)`` or the file, with its reference date."""
    return _t("{naam}, peildatum {datum}").format(naam=side.label,
                                                  datum=dutch_date(side.reference))


def counts_text(comparison: Comparison) -> str:
    """``8 wijziging(en) in de kaart; bevindingen: 2 opgelost, 1 nieuw, 0 gewijzigd``."""
    return _t("{n} wijziging(en) in de kaart; bevindingen: {opgelost} opgelost, {nieuw} nieuw, "
              "{gewijzigd} gewijzigd").format(
        n=comparison.diff.count(),
        opgelost=len(comparison.findings_of(Change.REMOVED)),
        nieuw=len(comparison.findings_of(Change.ADDED)),
        gewijzigd=len(comparison.findings_of(Change.CHANGED)))


# -- text --------------------------------------------------------------------------------------
def as_text(comparison: Comparison) -> str:
    """The comparison as the command line prints it."""
    old, new = comparison.old, comparison.new
    lines = [_t("Van:  {kant}").format(kant=side_text(old)),
             _t("Naar: {kant}").format(kant=side_text(new)),
             counts_text(comparison) + "."]
    if not comparison:
        return "\n".join([*lines, "", _t("Geen verschillen.")])
    names = Names(old.region, new.region)
    diff = comparison.diff
    if diff.info:
        lines += ["", kind_title(schema.INFO)]
        lines += ["  " + _t("gewijzigd: {veld}").format(veld=field_text(f, names))
                  for f in diff.info]
    for kind in KINDS:
        changes = diff.rules if kind == RULE_KIND else diff.of_kind(kind)
        if changes:
            lines += ["", kind_title(kind)]
            lines += ["  " + line(change, names) for change in changes]
    if comparison.findings:
        lines += ["", _t("Bevindingen")]
        for change in comparison.findings:
            lines += _finding_lines(change, comparison)
    return "\n".join(lines)


def _finding_lines(change: FindingChange, comparison: Comparison) -> list[str]:
    word = {Change.REMOVED: _t("opgelost"), Change.ADDED: _t("nieuw"),
            Change.CHANGED: _t("gewijzigd")}[change.change]
    if change.by_choice:
        word = _t("opgelost (bewuste keuze)")
    out = [f"  {word}: {finding_text(change, comparison)}"]
    for label, flags in ((_t("opgelost"), change.resolved), (_t("nieuw"), change.added)):
        out += [f"    - {label}: {flag.rule}: {flag.message_nl}" for flag in flags]
    out += [f"    - {_t('anders')}: {after.rule}: {after.message_nl}"
            for _before, after in change.reworded]
    return out


# -- JSON --------------------------------------------------------------------------------------
def _side_dict(side: Side) -> dict[str, Any]:
    return {"naam": side.label, "momentopname": side.snapshot or None,
            "bron": side.source or None, "peildatum": side.reference.isoformat()}


def _record(change: EntityChange, names: Names, comparison: Comparison) -> dict[str, Any]:
    item = change.entity
    if change.kind == RULE_KIND:
        record: dict[str, Any] = {"id": item.get("id")}
    else:
        spec = schema.spec_of(change.kind)
        record = {c.name: json_value(c, getattr(item, c.attr)) for c in spec.columns
                  if c.name in IDENTITY[EntityKind(change.kind)]}
        if change.kind in (EntityKind.PARTY, EntityKind.TABLE):
            record["naam"] = item.naam
    record["ids"] = list(change.ids)
    record["tekst"] = line(change, names)
    if change.change == Change.CHANGED and change.kind != RULE_KIND:
        record["velden"] = [
            {"veld": f.name, "oud": json_value(f.column, f.old),
             "nieuw": json_value(f.column, f.new), "governance": f.governance,
             "tekst": field_text(f, names)}
            for f in change.fields]
    return record


def _finding_dict(change: FindingChange, comparison: Comparison) -> dict[str, Any]:
    def flags(items) -> list[dict[str, str]]:
        return [{"rule": f.rule, "subject": f.subject, "message_nl": f.message_nl}
                for f in items]

    finding = change.finding
    return {
        "subject": finding.subject,
        "subject_kind": finding.subject_kind,
        "thema": finding.thema,
        "bewuste_keuze": change.by_choice,
        "tekst": finding_text(change, comparison),
        "signaleringen": {"opgelost": flags(change.resolved), "nieuw": flags(change.added),
                          "anders": flags(after for _b, after in change.reworded)},
    }


def as_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as JSON (see the module docstring)."""
    names = Names(comparison.old.region, comparison.new.region)
    diff = comparison.diff
    data: dict[str, Any] = {
        "oud": _side_dict(comparison.old),
        "nieuw": _side_dict(comparison.new),
        "aantal_wijzigingen": diff.count(),
        "kaart": [{"veld": f.name, "oud": json_value(f.column, f.old),
                   "nieuw": json_value(f.column, f.new)} for f in diff.info],
    }
    for kind in KINDS:
        changes = diff.rules if kind == RULE_KIND else diff.of_kind(kind)
        data[section_of(kind)] = {
            word: [_record(c, names, comparison) for c in changes if c.change == change]
            for change, word in ((Change.ADDED, "nieuw"), (Change.REMOVED, "weg"),
                                 (Change.CHANGED, "gewijzigd"))}
    data["bevindingen"] = {
        word: [_finding_dict(f, comparison) for f in comparison.findings_of(change)]
        for change, word in FINDING_WORDS.items()}
    ids = {i: None for change in diff.entities for i in change.ids}
    ids.update({f.subject: None for f in comparison.findings if f.subject != RESERVED_SUBJECT})
    data["gewijzigde_ids"] = sorted(ids, key=str.lower)
    return data
