"""Small maps for the rule tests: CSV text per sheet, imported through the real importer.

A map is a ``dict`` of sheet name to CSV text (``;``-separated). ``edit`` and
``add`` make the minimally different maps that the rule tests compare, and
``flags_of`` runs the whole engine (with the Keuzes of the map) on it. The
default Kaart has peildatum 2024-03-01 and regio "Kust".
"""

from __future__ import annotations

from datetime import date

from builders import region

from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.engine import check_map
from stakeholders.rules.flags import Flag

PEILDATUM = "2024-03-01"
KAART = f"sleutel;waarde\npeildatum;{PEILDATUM}\nregio;Kust"

PARTIJEN = "id;naam;type;rollen;subregio"
ZETELS = "tafel;partij;rol;ring"
MANDATEN = "houder;namens;tafel;geldig-tot"
RELATIES = "van;naar;soort"
KEUZES = "regel;onderwerp;reden;datum;door"

Sheets = dict[str, str]


def sheet(header: str, *rows: str) -> str:
    return "\n".join((header, *rows))


def parties(*rows: str) -> str:
    """Partijen rows as ``id;naam;type;rollen;subregio``."""
    return sheet(PARTIJEN, *rows)


def seats(*rows: str) -> str:
    """Zetels rows as ``tafel;partij;rol;ring`` (ring may be left out)."""
    return sheet(ZETELS, *(r if r.count(";") == 3 else f"{r};kopgroep" for r in rows))


def mandates(*rows: str) -> str:
    """Mandaten rows as ``houder;namens;tafel;geldig-tot``."""
    return sheet(MANDATEN, *rows)


def relations(*rows: str) -> str:
    """Relaties rows as ``van;naar;soort``."""
    return sheet(RELATIES, *rows)


def choices(*rows: str) -> str:
    """Keuzes rows as ``regel;onderwerp;reden;datum;door``."""
    return sheet(KEUZES, *rows)


def tables(*rows: str, header: str = "id;naam;soort") -> str:
    return sheet(header, *rows)


def kaart(**values: str) -> str:
    """A Kaart sheet with the default peildatum and regio, changed or extended by keyword
    (``regio_indeling="zorgkantoorregio"``; an empty value leaves the key empty)."""
    pairs = {"peildatum": PEILDATUM, "regio": "Kust"}
    pairs.update({k.replace("_", "-"): v for k, v in values.items()})
    return sheet("sleutel;waarde", *(f"{k};{v}" for k, v in pairs.items()))


def build(sheets: Sheets, today: date | None = None) -> RegionMap:
    """Import the sheets (with the default Kaart unless the map has its own)."""
    sheets = dict(sheets)
    sheets.setdefault("Kaart", KAART)
    return region(today=today, **sheets)


def flags_of(sheets: Sheets, today: date | None = None) -> list[Flag]:
    return check_map(build(sheets, today), today=today)


def edit(sheets: Sheets, name: str, old: str, new: str) -> Sheets:
    """The same sheets with one exact, unique text change in one sheet."""
    assert sheets[name].count(old) == 1, f"{old!r} must occur once in {name}"
    return {**sheets, name: sheets[name].replace(old, new)}


def add(sheets: Sheets, name: str, row: str) -> Sheets:
    """The same sheets with one row appended to one (existing) sheet."""
    return {**sheets, name: sheets[name] + "\n" + row}


def find(flags: list[Flag], rule: str, subject: str) -> Flag | None:
    matches = [f for f in flags if f.rule == rule and f.subject == subject]
    assert len(matches) <= 1, f"{rule} flagged {subject} more than once"
    return matches[0] if matches else None


def fired(sheets: Sheets, rule: str, subject: str, today: date | None = None) -> bool:
    return find(flags_of(sheets, today), rule, subject) is not None


def the_flag(sheets: Sheets, rule: str, subject: str, today: date | None = None) -> Flag:
    flag = find(flags_of(sheets, today), rule, subject)
    assert flag is not None, f"{rule} does not flag {subject}"
    return flag


def subjects(sheets: Sheets, rule: str) -> list[str]:
    """The subjects a rule flags, in display order."""
    return [f.subject for f in flags_of(sheets) if f.rule == rule]


def assert_raised_cleared_waived(raising: Sheets, clearing: Sheets, rule: str,
                                 subject: str) -> Flag:
    """The three checks of every rule test: the map raises the rule on the subject, the
    minimally different map does not, and a Keuzes row on the subject or on ``kaart``
    waives the flag (still reported, same message). Returns the raised flag."""
    assert raising != clearing
    flag = the_flag(raising, rule, subject)
    assert not fired(clearing, rule, subject), f"{rule} still flags {subject}"
    for onderwerp in (subject, "kaart"):
        keuze = choices(f"{rule};{onderwerp};bewust zo gekozen;2024-02-15;Stuurgroep Kust")
        waived = the_flag({**raising, "Keuzes": keuze}, rule, subject)
        assert waived.waived is True, onderwerp
        assert (waived.waiver_reason, waived.waiver_by) == ("bewust zo gekozen", "Stuurgroep Kust")
        assert (waived.message_nl, waived.level) == (flag.message_nl, flag.level)
    return flag
