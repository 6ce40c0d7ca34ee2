"""The text of workshop mode's large card: the selected party's or table's properties.

Plain HTML from the map; with ``hide_names`` no person's name appears (contact
persons, the name of an independent chair), as on the anonymous page.
"""

from __future__ import annotations

import html

from stakeholders.i18n import translator
from stakeholders.model import vocab
from stakeholders.model.chairs import chair_of, shown_role
from stakeholders.model.entities import Party, Table
from stakeholders.model.regionmap import RegionMap
from stakeholders.model.yesno import is_yes_value

_t = translator("workshop")
#: Pixel sizes of the card's title and body (read from the back of the room).
TITLE_PX = 34
BODY_PX = 24
#: A ring lists at most this many names on the card (the rest as "en 4 meer").
MAX_NAMES = 8


def _row(label: str, value: str) -> str:
    return f"<div><span style='color:#555'>{html.escape(label)}:</span> {html.escape(value)}</div>"


def card_html(region: RegionMap, entity: Party | Table, hide_names: bool) -> str:
    """The card of a party or table of ``region``."""
    title = (f"<div style='font-size:{TITLE_PX}px; font-weight:bold'>"
             f"{html.escape(entity.naam or entity.id)}</div>")
    rows = _party_rows(region, entity, hide_names) if isinstance(entity, Party) else \
        _table_rows(region, entity, hide_names)
    return f"<div style='font-size:{BODY_PX}px'>{title}{''.join(rows)}</div>"


def _party_rows(region: RegionMap, party: Party, hide_names: bool) -> list[str]:
    party_type = vocab.party_types().by_id.get(party.type)
    rows = [_row(_t("Type"), party_type.label_nl if party_type else party.type)]
    if party.rollen:
        rows.append(_row(_t("Rollen"), ", ".join(vocab.PARTY_ROLES.label(r)
                                                 for r in party.rollen)))
    scores = []
    if party.invloed is not None:
        scores.append(_t("invloed {n}").format(n=party.invloed))
    if party.belang is not None:
        scores.append(_t("belang {n}").format(n=party.belang))
    if scores:
        rows.append(_row(_t("Scores"), " · ".join(scores)))
    tables = region.table_index()
    for seat in region.seats:
        if seat.partij == party.id:
            table = tables.get(seat.tafel)
            name = table.naam if table else seat.tafel
            role = vocab.SEAT_ROLES.label(shown_role(region, seat))
            rows.append(_row(name, f"{role}, {vocab.RINGS.label(seat.ring)}"))
    parties = {p.id: p for p in region.parties}
    for mandate in region.mandates:
        if mandate.houder == party.id:
            named = parties.get(mandate.namens_partij)
            whom = named.naam if named else _t("alle {type}").format(type=mandate.namens_type)
            rows.append(_row(_t("Spreekt namens"), whom))
    if party.contactpersoon and not hide_names:
        rows.append(_row(_t("Contactpersoon"), party.contactpersoon))
    return rows


def _table_rows(region: RegionMap, table: Table, hide_names: bool) -> list[str]:
    kind = vocab.table_kinds().by_id.get(table.soort)
    rows = [_row(_t("Soort"), kind.label_nl if kind else table.soort)]
    chair = chair_of(region, table)
    parties = {p.id: p for p in region.parties}
    if chair:
        rows.append(_row(_t("Voorzitter"), parties[chair].naam if chair in parties else chair))
    independent = table.onafhankelijke_voorzitter.strip()
    if independent and independent.lower() not in ("nee", "n", "no"):
        shown = _t("ja") if hide_names or is_yes_value(independent) else independent
        rows.append(_row(_t("Onafhankelijke voorzitter"), shown))
    seats = [s for s in region.seats if s.tafel == table.id]
    for ring, label in (("kopgroep", _t("Kopgroep")), ("tweede-ring", _t("Tweede ring"))):
        members = [parties[s.partij].naam for s in seats if s.ring == ring and s.partij in parties]
        if members:
            shown = ", ".join(members[:MAX_NAMES])
            if len(members) > MAX_NAMES:
                shown += _t(" en {n} meer").format(n=len(members) - MAX_NAMES)
            rows.append(_row(f"{label} ({len(members)})", shown))
    return rows
