"""The congruence of a map in words and as JSON: the facts the view, the CLI and the page show.

:func:`summary` is the one-line picture of an area ("deze 9 gemeenten liggen in 2
GGD-regio's en 1 veiligheidsregio"); :func:`facts` lists where things cut across, each
fact a Dutch sentence; :func:`as_dict` is the JSON of ``stakeholders indeling --format
json``: each table by id, and per division the regions with their gemeenten. A derived
division (the GGD-regio) always carries its note.
"""

from __future__ import annotations

from typing import Any

from stakeholders.i18n import translator
from stakeholders.model.congruence import Area, Congruence, Part
from stakeholders.model.divisions import Division, Region

#: The divisions named in an area's one-line summary (the rest is in the details).
SUMMARY_DIVISIONS = ("ggd-regio", "veiligheidsregio", "zorgkantoorregio", "jeugdregio",
                     "roaz-regio", "arbeidsmarktregio", "provincie")

#: Divisions whose regions reaching beyond the map are worth a fact (not provincie, COROP).
CARE_DIVISIONS = ("ggd-regio", "veiligheidsregio", "zorgkantoorregio", "jeugdregio",
                  "roaz-regio")


_t = translator("congruence")


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " " + _t("en") + " " + items[-1]


def region_title(division: Division, region: Region) -> str:
    """"Veiligheidsregio Gelderland-Zuid", "GGD Gelderland-Zuid" (no "GGD-regio GGD …")."""
    name = region.name
    first = name.split(" ")[0].lower()
    if first.startswith(("ggd", "veiligheids", division.label.lower())):
        return name
    return f"{division.label[0].upper()}{division.label[1:]} {name}"


def summary(area: Area) -> str:
    """"Deze 9 gemeenten liggen in 2 GGD-regio's en 1 veiligheidsregio (…)"."""
    if not area.gemeenten:
        return _t("geen gemeenten bekend")
    counts = [area.spreads[s].division.count(len(area.spreads[s].parts))
              for s in SUMMARY_DIVISIONS if s in area.spreads and area.spreads[s].parts]
    n = len(area.gemeenten)
    head = _t("deze gemeente ligt in") if n == 1 else _t("deze {n} gemeenten liggen in").format(
        n=n)
    return f"{head} {_and(counts)}"


def _part(report: Congruence, part: Part) -> str:
    text = f"{part.region.name} ({len(part.inside)}"
    return text + (")" if part.whole else " " + _t("van {m}").format(m=part.total) + ")")


def area_facts(report: Congruence, area: Area) -> list[str]:
    """Where one area cuts across the divisions (one sentence per crossed division)."""
    found = []
    for s in area.spreads.values():
        if s.crosses:
            parts = ", ".join(_part(report, p) for p in s.parts)
            note = " (" + _t("afgeleide indeling") + ")" if s.division.derived else ""
            found.append(_t("{gebied} ligt in {aantal}: {delen}").format(
                gebied=area.name, aantal=s.division.count(len(s.parts)), delen=parts) + note)
    found += [_t("{notitie}").format(notitie=n) for n in area.historic]
    found += [_t("{code} staat niet in de CBS-lijst en telt niet mee").format(code=c)
              for c in area.unknown]
    return found


def sections(report: Congruence) -> list[tuple[str, list[str]]]:
    """The cut-across facts grouped: the map, each table, the parties, the overlaps (only
    groups with facts)."""
    map_area = report.map_area
    found = area_facts(report, map_area)
    own = report.map_region.division if report.map_region else ""
    for s in map_area.spreads.values():
        if s.division.slug not in CARE_DIVISIONS or s.division.slug == own:
            continue
        for part in s.parts:
            if not part.whole:
                found.append(_t("{regio} reikt verder dan {kaart}: {k} van de {m} "
                                "gemeenten liggen erin").format(
                    regio=region_title(s.division, part.region), kaart=report.map_label,
                    k=len(part.inside), m=part.total))
    groups = [(_t("De kaart: {naam}").format(naam=map_area.name), found)]
    for area in report.tables:
        found = area_facts(report, area)
        if area.outside:
            whole = len(area.outside) == len(area.gemeenten)
            text = _t("{tafel} valt geheel buiten {kaart}") if whole else _t(
                "{tafel} valt deels buiten {kaart}: {namen} liggen erbuiten")
            found.insert(0, text.format(tafel=area.name, kaart=report.map_label,
                                        namen=report.names(area.outside)))
        groups.append((_t("Tafel: {naam}").format(naam=area.name), found))
    found = []
    for _id, name, kind, outside in report.parties_outside:
        text = _t("{partij} ligt buiten {kaart}") if kind == "gemeente" and len(outside) == 1 \
            else _t("{partij} bedient {n} gemeente(n) buiten {kaart}: {namen}")
        found.append(text.format(partij=name, n=len(outside), kaart=report.map_label,
                                 namen=report.names(outside)))
    groups.append((_t("Partijen buiten {kaart}").format(kaart=report.map_label), found))
    groups.append((_t("Werkgebieden die overlappen"), _overlap_facts(report)))
    return [(title, items) for title, items in groups if items]


def _overlap_facts(report: Congruence) -> list[str]:
    names = {a.id: a for a in report.tables}
    found = []
    for a, b, shared in report.overlaps:
        first, second = names[a], names[b]
        if len(shared) == len(first.gemeenten):
            found.append(_t("{a} ligt geheel binnen {b}").format(a=first.name, b=second.name))
        elif len(shared) == len(second.gemeenten):
            found.append(_t("{a} ligt geheel binnen {b}").format(a=second.name, b=first.name))
        else:
            found.append(_t("{a} en {b} overlappen: {n} gemeente(n) in beide ({namen})").format(
                a=first.name, b=second.name, n=len(shared), namen=report.names(shared)))
    return found


def facts(report: Congruence) -> list[str]:
    """Every cut-across fact of the map, its tables and its parties, in reading order."""
    return [fact for _title, items in sections(report) for fact in items]


def _area_dict(report: Congruence, area: Area) -> dict[str, Any]:
    divisions = {}
    for slug, s in area.spreads.items():
        divisions[slug] = {
            "naam": s.division.label,
            "afgeleid": s.division.derived or None,
            "regio's": [{"code": p.region.code, "naam": p.region.name,
                         "gemeenten": list(p.inside), "gemeenten_in_regio": p.total,
                         "geheel": p.whole} for p in s.parts],
            "zonder_regio": list(s.unplaced),
        }
    return {
        "id": area.id,
        "naam": area.name,
        "samenvatting": summary(area),
        "gemeenten": [{"code": c, "naam": report.name(c)} for c in area.gemeenten],
        "historische_codes": list(area.historic),
        "onbekende_codes": list(area.unknown),
        "indelingen": divisions,
        "feiten": area_facts(report, area),
    }


def as_dict(report: Congruence) -> dict[str, Any]:
    """The JSON of ``stakeholders indeling``."""
    map_part = _area_dict(report, report.map_area)
    map_part["basis"] = report.map_area.basis
    map_part["regio"] = ({"indeling": report.map_region.division, "code": report.map_region.code,
                          "naam": report.map_region.name} if report.map_region else None)
    tables = []
    for area in report.tables:
        item = _area_dict(report, area)
        item["buiten_kaart"] = list(area.outside)
        tables.append(item)
    return {
        "kaart": map_part,
        "tafels": tables,
        "partijen_buiten_kaart": [{"id": i, "naam": n, "type": k, "gemeenten": list(c)}
                                  for i, n, k, c in report.parties_outside],
        "overlappende_tafels": [{"tafels": [a, b], "gemeenten": list(c)}
                                for a, b, c in report.overlaps],
        "feiten": facts(report),
        "bronnen": sources(report),
    }


def sources(report: Congruence) -> list[dict[str, Any]]:
    """Source, year and licence of every division (derived ones say so)."""
    return [{"indeling": d.slug, "naam": d.label, "bron": d.source, "jaar": d.year,
             "licentie": d.licence, "afgeleid": d.derived or None}
            for d in report.data.ordered()]


def as_text(report: Congruence) -> str:
    """The report for ``stakeholders indeling`` (text)."""
    area = report.map_area
    lines = [f"{area.name}: {summary(area)}",
             "  " + _t("gemeenten van de kaart: {basis}").format(basis=area.basis)]
    if area.gemeenten:
        lines.append("  " + report.names(area.gemeenten))
    for table in report.tables:
        lines += ["", f"{table.name} ({table.id}): {summary(table)}",
                  "  " + _t("werkgebied: {namen}").format(namen=report.names(table.gemeenten))]
    groups = sections(report)
    count = sum(len(items) for _title, items in groups)
    lines += ["", _t("Waar het schuurt ({n}):").format(n=count)]
    for title, items in groups:
        lines.append("  " + title)
        lines += [f"    - {fact}" for fact in items]
    if not groups and (area.gemeenten or report.tables):
        lines.append("  " + _t("niets: alles valt samen"))
    elif not groups:
        lines.append("  " + _t("niets te vergelijken: er zijn geen gemeenten vastgelegd"))
    lines += ["", _t("Bronnen:")]
    for item in sources(report):
        derived = f" — {item['afgeleid']}" if item["afgeleid"] else ""
        lines.append(f"  {item['naam']}: {item['bron']}, {item['jaar']}, "
                     f"{item['licentie']}{derived}")
    return "\n".join(lines)
