"""Dutch regional divisions as data: which gemeente lies in which region of each division.

The app ships the CBS gemeente list 2010-2026 and, per current gemeente (1-1-2026), its
provincie, COROP-gebied, arbeidsmarktregio, veiligheidsregio, RAV-regio and GGD-regio
(``resources/regio-indelingen``, see its README). The GGD mapping is *derived* (from the
veiligheidsregio, with the Brabant exception), and every place that shows it says so
(:attr:`Division.derived`).

A user can add divisions from the yearly CBS "Gebieden in Nederland" file
(:mod:`stakeholders.io.cbs_gebieden`); they are stored in the user's data folder, never
in ``resources/``, and :func:`merged` adds them to :func:`bundled`: per division the newest
year wins, so an imported GGD-regio replaces the derived one.

Historic codes: a gemeente that no longer exists resolves to its successor
(:meth:`Divisions.current`). Successors come from two places:

1. *derived from the CBS data*: a historic row whose code is still in use under a new
   name (Beek -> Beek (L.), same code GM0888) is a rename, its successor is that code;
2. ``gemeente_opvolgers.csv``: the CBS list says when a gemeente last existed but not
   where it went, so merged and split gemeenten are listed by hand from the
   herindelingen (one row per historic code: the successor that took the largest part,
   ``ook_naar`` for the other parts of a split). Chains are followed
   (Menaldumadeel -> Menameradiel -> Waadhoeke). The tests check that every historic code
   of the CBS list has a successor that exists in 2026 and lies in the same provincie
   (except the two documented moves to Utrecht).

Qt-free; the GUI passes its data folder as a path.
"""

from __future__ import annotations

import csv
import functools
import logging
from dataclasses import dataclass, field

from stakeholders import paths
from stakeholders.model.normalize import normalize_name

log = logging.getLogger(__name__)

FOLDER = "regio-indelingen"
CBS_LIST = "cbs_gemeenten_corop_arbeidsmarktregio_provincie_2010-2026.csv"
CBS_LICENCE = "CC BY 4.0"
#: Where an imported CBS file is stored inside the user's data folder.
USER_FOLDER = "regio-indelingen"


@dataclass(frozen=True)
class Division:
    """A regional division (GGD-regio, veiligheidsregio, …) with where its data comes from."""

    slug: str  #: the Kaart ``regio-indeling`` slug where one exists ("ggd-regio")
    label: str  #: "GGD-regio"
    plural: str  #: "GGD-regio's"
    source: str  #: who published the mapping, and which table or file
    year: int  #: the year of the gemeente-indeling the mapping is for
    licence: str
    derived: str = ""  #: non-empty: the mapping is derived, and how

    def count(self, n: int) -> str:
        """"1 GGD-regio", "2 GGD-regio's"."""
        return f"{n} {self.label if n == 1 else self.plural}"


@dataclass(frozen=True)
class Region:
    """One region of a division: code ("GG3406") and name ("GGD Gelderland-Zuid")."""

    division: str
    code: str
    name: str


@dataclass(frozen=True)
class Successor:
    """Where a gemeente that no longer exists went."""

    code: str  #: the successor that took (the largest part of) it
    also: tuple[str, ...] = ()  #: the other successors of a split
    note: str = ""  #: what happened, and when
    derived: bool = False  #: True: a rename found in the CBS data (same code)


#: The known divisions: slug -> (label, plural), in display order.
KNOWN: dict[str, tuple[str, str]] = {
    "provincie": ("provincie", "provincies"),
    "corop": ("COROP-gebied", "COROP-gebieden"),
    "arbeidsmarktregio": ("arbeidsmarktregio", "arbeidsmarktregio's"),
    "veiligheidsregio": ("veiligheidsregio", "veiligheidsregio's"),
    "rav-regio": ("RAV-regio", "RAV-regio's"),
    "ggd-regio": ("GGD-regio", "GGD-regio's"),
    "zorgkantoorregio": ("zorgkantoorregio", "zorgkantoorregio's"),
    "jeugdregio": ("jeugdregio", "jeugdregio's"),
    "roaz-regio": ("ROAZ-regio", "ROAZ-regio's"),
}


@dataclass(frozen=True)
class ImportedYear:
    """One imported CBS year: its gemeenten and, per division, gemeente -> region."""

    year: int
    gemeenten: dict[str, str]
    divisions: list[tuple[Division, dict[str, Region]]]


@dataclass
class Divisions:
    """All divisions the app knows, with the current gemeenten and their regions."""

    #: current gemeente code -> name (1-1-2026, or newer after an import)
    gemeenten: dict[str, str] = field(default_factory=dict)
    #: every code of the CBS list (historic ones too) -> (name, last year)
    history: dict[str, tuple[str, int]] = field(default_factory=dict)
    divisions: dict[str, Division] = field(default_factory=dict)
    #: slug -> region code -> region
    regions: dict[str, dict[str, Region]] = field(default_factory=dict)
    #: slug -> gemeente code -> region code
    placement: dict[str, dict[str, str]] = field(default_factory=dict)
    successors: dict[str, Successor] = field(default_factory=dict)
    #: current code -> (older name, last year) of a rename that kept the code (CBS data)
    renamed: dict[str, tuple[str, int]] = field(default_factory=dict)

    # -- gemeenten ----------------------------------------------------------------------------
    def current(self, code: str) -> str | None:
        """The current code for ``code``: itself, its successor (following chains), or
        ``None`` when the code is unknown."""
        code = code.strip().upper()
        seen: set[str] = set()
        while code not in self.gemeenten:
            successor = self.successors.get(code)
            if successor is None or code in seen:
                return None
            seen.add(code)
            code = successor.code
        return code

    def is_historic(self, code: str) -> bool:
        code = code.strip().upper()
        return code not in self.gemeenten and self.current(code) is not None

    def name(self, code: str) -> str:
        """The name of a current or historic gemeente code, or ``""``."""
        code = code.strip().upper()
        if code in self.gemeenten:
            return self.gemeenten[code]
        return self.history.get(code, ("", 0))[0]

    def historic_note(self, code: str) -> str:
        """"Vlagtwedde (GM0048, tot 2017) telt als Westerwolde", or ``""``."""
        code = code.strip().upper()
        now = self.current(code)
        if now is None or now == code:
            return ""
        name, year = self.history.get(code, (code, 0))
        return f"{name} ({code}, tot {year}) telt als {self.gemeenten[now]} ({now})"

    # -- regions --------------------------------------------------------------------------------
    def region_of(self, code: str, slug: str) -> Region | None:
        """The region of division ``slug`` the gemeente ``code`` (historic: its successor)
        lies in."""
        now = self.current(code)
        if now is None:
            return None
        region_code = self.placement.get(slug, {}).get(now)
        return self.regions[slug].get(region_code) if region_code else None

    def members(self, slug: str, region_code: str) -> tuple[str, ...]:
        """The current gemeenten of one region, sorted by name."""
        codes = [g for g, r in self.placement.get(slug, {}).items() if r == region_code]

        def by_name(code: str) -> str:
            return self.gemeenten.get(code, code).lower()

        return tuple(sorted(codes, key=by_name))

    def regions_of(self, slug: str) -> list[Region]:
        """The regions of a division, sorted by name."""
        return sorted(self.regions.get(slug, {}).values(), key=lambda r: r.name.lower())

    def find_region(self, slug: str, text: str) -> Region | None:
        """The region of ``slug`` whose code or name is ``text``, ignoring case, accents,
        spaces and hyphens; a leading "GGD", "regio" or the division's label is optional
        ("Gelderland-Zuid" finds GGD Gelderland-Zuid)."""
        key = _bare(normalize_name(text), slug)
        if not key:
            return None
        for region in self.regions.get(slug, {}).values():
            if key in (normalize_name(region.code),
                       _bare(normalize_name(region.name), slug)):
                return region
        return None

    def ordered(self) -> list[Division]:
        """The divisions in display order: the known ones first, then imported others."""
        order = list(KNOWN)
        return sorted(self.divisions.values(),
                      key=lambda d: (order.index(d.slug) if d.slug in order else len(order),
                                     d.label.lower()))

    def add(self, division: Division, placement: dict[str, Region]) -> None:
        """Add or replace a division: ``placement`` maps gemeente codes to their region."""
        self.divisions[division.slug] = division
        self.regions[division.slug] = {r.code: r for r in placement.values()}
        self.placement[division.slug] = {g: r.code for g, r in placement.items()}


def _bare(key: str, slug: str) -> str:
    """A normalised region name without a leading "ggd-", "regio-" or division label."""
    label = normalize_name(KNOWN.get(slug, (slug, ""))[0])
    for prefix in (label, "ggd", "regio", "veiligheidsregio", "veiligheids-en-gezondheidsregio"):
        if key.startswith(prefix + "-"):
            return key[len(prefix) + 1:]
    return key


# -- loading -----------------------------------------------------------------------------------
def _rows(name: str) -> list[dict[str, str]]:
    path = paths.resource(FOLDER, name)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _cbs(year: int, what: str) -> str:
    return f"CBS, Gebieden in Nederland {year} ({what})"


def _bundled_divisions() -> list[tuple[str, str, str, str, int, str, str]]:
    """(slug, code column, name column, source, year, licence, derived) of the basis file."""
    return [
        ("provincie", "provincie_code", "provincie", _cbs(2026, "tabel 86247NED"), 2026,
         CBS_LICENCE, ""),
        ("corop", "corop_code", "corop", _cbs(2026, "tabel 86247NED"), 2026, CBS_LICENCE, ""),
        ("arbeidsmarktregio", "arbeidsmarktregio_code", "arbeidsmarktregio",
         _cbs(2026, "tabel 86247NED"), 2026, CBS_LICENCE, ""),
        ("veiligheidsregio", "veiligheidsregio_code", "veiligheidsregio",
         "Wet veiligheidsregio's (bijlage), via het coronadashboard van VWS (gm.ts, vr.ts)",
         2023, "EUPL-1.2 (bestand); de indeling zelf is wettelijk vastgelegd", ""),
        ("rav-regio", "rav_regio_code", "veiligheidsregio",
         "Ambulancezorg Nederland: de RAV-regio's vallen samen met de veiligheidsregio's",
         2023, "EUPL-1.2 (bestand); de indeling zelf is wettelijk vastgelegd", ""),
    ]


def _load_bundled(data: Divisions) -> None:
    for row in _rows(CBS_LIST):
        code = row["code"].strip().upper()
        year = int(row.get("year") or 0)
        if code not in data.history or year > data.history[code][1]:
            data.history[code] = (row["name"].strip(), year)
    basis = _rows("gemeenten_2026_basis.csv")
    data.gemeenten = {r["gemeentecode"]: r["gemeentenaam"] for r in basis}
    for slug, code_col, name_col, source, year, licence, derived in _bundled_divisions():
        label, plural = KNOWN[slug]
        placement = {r["gemeentecode"]: Region(slug, r[code_col], r[name_col]) for r in basis
                     if r[code_col]}
        data.add(Division(slug, label, plural, source, year, licence, derived), placement)
    names = {r["ggd_code"]: r["ggd_naam"] for r in _rows("ggd_regios.csv")}
    ggd = {r["gemeentecode"]: Region("ggd-regio", r["ggd_code"],
                                     names.get(r["ggd_code"], r["ggd_naam"]))
           for r in _rows("gemeente_ggdregio_2023_AFGELEID.csv")}
    label, plural = KNOWN["ggd-regio"]
    data.add(Division(
        "ggd-regio", label, plural,
        "afgeleid door de app-makers; GGD-codes en -namen: CBS Gebieden in Nederland 2022",
        2023, CBS_LICENCE + " (codes en namen)",
        derived="afgeleid: de GGD-regio van de veiligheidsregio, behalve Midden- en "
                "West-Brabant (verdeeld over GGD Hart voor Brabant en GGD West-Brabant); "
                "geen bronbestand van CBS"), ggd)


def _load_successors(data: Divisions) -> None:
    for row in _rows("gemeente_opvolgers.csv"):
        also = tuple(c for c in row["ook_naar"].split(";") if c)
        data.successors[row["oude_code"]] = Successor(row["opvolger_code"], also,
                                                      row["toelichting"])
    for code, (name, _year) in data.history.items():
        if code not in data.gemeenten and code not in data.successors:
            log.warning("no successor for historic gemeente %s %s", code, name)
    # Renames found in the data itself: an older name whose code is still in use needs no
    # successor (the code is current); remember the old name for messages.
    for row in _rows(CBS_LIST):
        code = row["code"].strip().upper()
        if code in data.gemeenten and row["name"].strip() != data.gemeenten[code]:
            data.renamed[code] = (row["name"].strip(), int(row.get("year") or 0))


@functools.cache
def bundled() -> Divisions:
    """The divisions shipped with the app (cached; do not change the result)."""
    data = Divisions()
    _load_bundled(data)
    _load_successors(data)
    return data


def merged(base: Divisions, imports: list[ImportedYear]) -> Divisions:
    """``base`` plus imported CBS years (oldest first, so per division the newest year wins;
    a shipped division newer than an import is kept)."""
    if not imports:
        return base
    data = Divisions(dict(base.gemeenten), dict(base.history), dict(base.divisions),
                     dict(base.regions), dict(base.placement), dict(base.successors),
                     dict(base.renamed))
    for item in sorted(imports, key=lambda i: i.year):
        for code, name in item.gemeenten.items():
            if data.current(code) is None:  # a gemeente newer than the shipped list
                data.gemeenten[code] = name
                data.history[code] = (name, item.year)
        for division, placement in item.divisions:
            old = data.divisions.get(division.slug)
            if old is not None and old.year > division.year:
                continue
            resolved = {now: region for code, region in placement.items()
                        if (now := data.current(code)) is not None}
            data.add(division, resolved)
    return data
