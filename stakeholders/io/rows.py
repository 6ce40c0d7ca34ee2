"""The map as spreadsheet rows: one list of cell values per sheet (``spreadsheet-format.md`` §8).

Both writers (XLSX and CSV) and the native format start from these rows, so
what is written is the same everywhere. Values are Python values: text,
``int`` (invloed/belang), ``date`` and ``None`` for empty.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from stakeholders.io import schema
from stakeholders.model.regionmap import RegionMap

Row = list[Any]


def _bool(value: bool | None) -> str | None:
    if value is None:
        return None
    return "ja" if value else "nee"


def kaart_rows(region: RegionMap) -> list[Row]:
    """Kaart as key/value rows, starting with the ``sleutel``/``waarde`` header."""
    info = region.info
    values: dict[str, Any] = {
        "naam": info.naam,
        "regio-indeling": info.regio_indeling,
        "regio": info.regio,
        "peildatum": info.peildatum,
        "auteur": info.auteur,
        "versie": info.versie,
    }
    rows: list[Row] = [list(schema.KAART_HEADER)]
    for key, _aliases in schema.KAART_KEYS:
        value = values[key]
        if value not in ("", None):
            rows.append([key, value])
    return rows


def sheet_rows(region: RegionMap) -> dict[str, list[Row]]:
    """All seven sheets: header row plus data rows, in the canonical column order.

    The map's own rules cannot be written to a spreadsheet, so choices about them are
    left out (a spreadsheet with them would not import).
    """
    region = region.spreadsheet_part()
    out: dict[str, list[Row]] = {"Kaart": kaart_rows(region)}
    out["Partijen"] = [
        [p.id, p.naam, p.type, ", ".join(p.rollen), p.subregio, ", ".join(p.gemeenten),
         p.invloed, p.belang, p.contactpersoon, p.notities]
        for p in region.parties
    ]
    out["Tafels"] = [
        [t.id, t.naam, t.soort, t.bovenliggende_tafel, t.voorzitter,
         t.onafhankelijke_voorzitter, t.secretariaat, ", ".join(t.werkgebied),
         t.besluitvorming,
         t.verantwoordelijkheden, t.verantwoording, t.financiering, t.ondersteuning,
         t.burgerbetrokkenheid, t.gemeenteraad, t.regioanalyse, t.notities]
        for t in region.tables
    ]
    out["Zetels"] = [
        [s.tafel, s.partij, s.rol, s.ring, _bool(s.gecompenseerd), s.notities]
        for s in region.seats
    ]
    out["Mandaten"] = [
        [m.houder, m.namens, m.tafel, _bool(m.formeel), m.geldig_tot, m.notities]
        for m in region.mandates
    ]
    out["Relaties"] = [[r.van, r.naar, r.soort, r.notities] for r in region.relations]
    out["Keuzes"] = [[w.regel, w.onderwerp, w.reden, w.datum, w.door] for w in region.waivers]
    for spec in schema.SHEETS[1:]:
        header = [c.name for c in spec.columns]
        out[spec.name] = [header, *(_blank_empty(r) for r in out[spec.name])]
    return out


def _blank_empty(row: Row) -> Row:
    return [None if v == "" else v for v in row]


def text_value(value: Any) -> str:
    """A cell value as CSV text: dates ``YYYY-MM-DD``, empty as ``""``."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
