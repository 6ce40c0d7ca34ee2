"""Turn raw sheets into a validated :class:`RegionMap` (``spreadsheet-format.md`` §1-§7).

The importer checks everything the contract lists and collects **all** errors before
giving up, so the user can fix a spreadsheet in one go. It never raises anything but
:class:`MapLoadError`; warnings come back with the map. The same importer validates
``.regiokaart`` files, whose records are handed in as sheets with canonical column
names (``style="json"``).

The work is shared by four modules: :mod:`~stakeholders.io.sheets` recognises sheets and
maps headers, :mod:`~stakeholders.io.rowparse` parses each cell by its column's kind,
:mod:`~stakeholders.io.integrity` checks what spans rows and sheets, and this module
runs them in order and builds the entities.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from stakeholders.i18n import translator
from stakeholders.io.cells import CellError, cell_text
from stakeholders.io.integrity import Integrity, Namespace, SeatRow
from stakeholders.io.problems import MapLoadError, Problem
from stakeholders.io.rowparse import RowParser, cell_parser
from stakeholders.io.sheets import (
    Record,
    Reporter,
    Sheet,
    check_texts,
    classify,
    report_missing_parties,
)
from stakeholders.io.workbook import RawSheet, RawWorkbook
from stakeholders.model import invariants as inv
from stakeholders.model import schema
from stakeholders.model.entities import Mandate, MapInfo, Party, Relation, Seat, Table, Waiver
from stakeholders.model.kinds import EntityKind
from stakeholders.model.normalize import normalize_name
from stakeholders.model.regionmap import RegionMap
from stakeholders.model.schema import Kind

log = logging.getLogger(__name__)


_t = translator("import")


@dataclass
class ImportResult:
    """A successfully imported map and the warnings found on the way."""

    map: RegionMap
    warnings: list[Problem] = field(default_factory=list)


class _Import:
    """One import run: the sheets in the order the checks need them."""

    def __init__(self, workbook: RawWorkbook, *, today: date | None, known_rules: Sequence[str],
                 style: str, layout: bool) -> None:
        self.workbook = workbook
        self.today = today
        self.layout = layout
        self.reporter = Reporter(style)
        self.ids = Namespace()
        self.integrity = Integrity(self.reporter)
        self.rows = RowParser(self.reporter, self.ids, known_rules,
                              epoch_1904=workbook.epoch_1904)

    def run(self) -> RegionMap:
        check_texts(self.workbook, self.reporter)
        for name in self.workbook.skipped:
            self.reporter.problem("W-SHEET-SKIPPED", _t(
                "blad '{blad}' heeft geen cellen (een grafiekblad) en wordt genegeerd").format(
                    blad=name), name)
        sheets, kaart = classify(self.workbook, self.reporter, layout=self.layout)
        if schema.PARTIJEN.name not in sheets:
            if not any(p.code == "E-SHEET-DUPLICATE" for p in self.reporter.problems):
                report_missing_parties(self.workbook, self.reporter)
            raise MapLoadError(self.reporter.problems)
        info = self._kaart(kaart) if kaart is not None else MapInfo()
        parties_sheet, tables_sheet = sheets[schema.PARTIJEN.name], sheets.get(schema.TAFELS.name)
        party_rows = list(parties_sheet.records())
        table_rows = list(tables_sheet.records()) if tables_sheet else []
        self.ids.define(parties_sheet, party_rows, EntityKind.PARTY, self.reporter)
        if tables_sheet is not None:
            self.ids.define(tables_sheet, table_rows, EntityKind.TABLE, self.reporter)
        parties = self._parties(parties_sheet, party_rows)
        tables = self._tables(tables_sheet, table_rows) if tables_sheet else []
        seats_sheet = sheets.get(schema.ZETELS.name)
        seats = self._seats(seats_sheet) if seats_sheet else []
        self.integrity.chairs(tables, seats_sheet)
        self.integrity.parent_cycles(tables)
        self.rows.subregions = {p.subregio.strip().lower() for p in parties if p.subregio.strip()}
        reference = info.peildatum or self.today or date.today()
        mandates = self._mandates(sheets.get(schema.MANDATEN.name), reference)
        relations = self._relations(sheets.get(schema.RELATIES.name))
        waivers = self._waivers(sheets.get(schema.KEUZES.name))
        if self.reporter.has_errors:
            raise MapLoadError(self.reporter.problems)
        return RegionMap(info, parties, tables, seats, mandates, relations, waivers)

    # -- Kaart (key/value) --------------------------------------------------------------
    def _kaart(self, raw: RawSheet) -> MapInfo:
        """The Kaart keys (§5.1): column A the key, column B the value."""
        rank = schema.sheet_rank(schema.KAART)
        columns = {key: column for column in schema.KAART.columns for key in column.keys}
        header_keys = {normalize_name(h) for h in ("sleutel", "key")}
        json_style = self.reporter.style == "json"
        values: dict[str, tuple[int | None, Any]] = {}
        for offset, row in enumerate(raw.rows):
            number = None if json_style else offset + 1
            key_text = cell_text(row[0]) if row else ""
            if not key_text or normalize_name(key_text) in header_keys:
                continue
            column = columns.get(normalize_name(key_text))
            if column is None or column.name in values:
                code, message = ("W-KAART-KEY-UNKNOWN", _t(
                    "onbekende sleutel '{sleutel}' wordt genegeerd").format(sleutel=key_text)
                ) if column is None else ("E-KAART-KEY-DUPLICATE", _t(
                    "sleutel '{sleutel}' staat al in rij {rij}").format(
                        sleutel=key_text, rij=values[column.name][0]))
                self.reporter.problem(code, message, raw.name, number,
                                      key_text if json_style else schema.KAART_HEADER[0],
                                      key_text, sheet_rank=rank, column_rank=0)
                continue
            values[column.name] = (number, row[1] if len(row) > 1 else None)
        fields: dict[str, Any] = {}
        for column in schema.KAART.columns:
            number, value = values.get(column.name, (None, None))
            if column.kind in (Kind.TEXT, Kind.LONG_TEXT):
                fields[column.attr] = cell_text(value)
                continue
            try:
                fields[column.attr] = cell_parser(column.kind,
                                                  epoch_1904=self.workbook.epoch_1904)(value)
            except CellError as exc:
                text = cell_text(value)
                self.reporter.problem(
                    exc.code, inv.violation(exc.code, waarde=text).message, raw.name, number,
                    column.name if json_style else schema.KAART_HEADER[1], text,
                    sheet_rank=rank, column_rank=1)
                fields[column.attr] = None
        return MapInfo(**fields)

    # -- the sheets of entities -----------------------------------------------------------
    def _parties(self, sheet: Sheet, records: list[Record]) -> list[Party]:
        parties: list[Party] = []
        for record in records:
            values = self.rows.parse(sheet, record)
            if values["id"] is None or values["type"] is None:
                continue
            parties.append(self.rows.entity(sheet, values))
        return parties

    def _tables(self, sheet: Sheet, records: list[Record]) -> list[Table]:
        """Tables; one whose soort is wrong (already an error) is still kept, so that its
        chair and parent are checked too and all errors are reported at once."""
        tables: list[Table] = []
        for record in records:
            values = self.rows.parse(sheet, record)
            if values["id"] is None:
                continue
            self.integrity.table_rows[values["id"]] = (record, sheet)
            tables.append(self.rows.entity(sheet, values))
        return tables

    def _seats(self, sheet: Sheet) -> list[Seat]:
        seats: list[Seat] = []
        for record in sheet.records():
            values = self.rows.parse(sheet, record)
            row = SeatRow(record, values["tafel"], values["partij"], values["rol"])
            if self.integrity.seat(sheet, row) and None not in (values["rol"], values["ring"]):
                seats.append(self.rows.entity(sheet, values))
        return seats

    def _mandates(self, sheet: Sheet | None, reference: date) -> list[Mandate]:
        mandates: list[Mandate] = []
        for record in sheet.records() if sheet is not None else ():
            assert sheet is not None
            values = self.rows.parse(sheet, record)
            holder, target, table = values["houder"], values["namens"], values["tafel"]
            named = target[0] if target else None
            if not self.integrity.mandate(sheet, record, holder, named, table,
                                          values["geldig-tot"], reference):
                continue
            if holder is None or target is None or (record.text("tafel") and table is None):
                continue
            mandates.append(self.rows.entity(sheet, values))
        return mandates

    def _relations(self, sheet: Sheet | None) -> list[Relation]:
        relations: list[Relation] = []
        for record in sheet.records() if sheet is not None else ():
            assert sheet is not None
            values = self.rows.parse(sheet, record)
            if None not in (values["van"], values["naar"], values["soort"]):
                relations.append(self.rows.entity(sheet, values))
        return relations

    def _waivers(self, sheet: Sheet | None) -> list[Waiver]:
        waivers: list[Waiver] = []
        seen: dict[tuple[str, str], int] = {}
        for record in sheet.records() if sheet is not None else ():
            assert sheet is not None
            values = self.rows.parse(sheet, record)
            rule, subject = values["regel"], values["onderwerp"]
            if rule is None or subject is None:
                continue
            if self.integrity.waiver(sheet, record, rule, subject, seen) and values["reden"]:
                waivers.append(self.rows.entity(sheet, values))
        return waivers


def import_workbook(
    workbook: RawWorkbook,
    *,
    known_rules: Sequence[str],
    fallback_name: str = "",
    today: date | None = None,
    style: str = "sheet",
    layout: bool = False,
) -> ImportResult:
    """Validate ``workbook`` and build the map; raise :class:`MapLoadError` listing all errors.

    ``known_rules`` are the rule ids a Keuzes row may name (the caller knows the
    catalogue: :func:`stakeholders.rules.catalogue.known_rule_ids`). ``today`` is the
    reference date for mandate validity when Kaart has no ``peildatum``;
    ``fallback_name`` names the map when Kaart has no ``naam``. ``layout``: the sheets
    of a ``.regiokaart`` file, whose parties and tables also carry ``x``, ``y``, ``vast``.
    """
    run = _Import(workbook, today=today, known_rules=known_rules, style=style, layout=layout)
    region = run.run()
    if not region.info.naam:
        # A file name may hold bytes that are no UTF-8 (surrogate escapes): never a name.
        name = fallback_name.encode("utf-8", "replace").decode("utf-8")
        region.info = replace(region.info, naam=name[:inv.MAX_NAME_CHARS])
    warnings = sorted(run.reporter.problems, key=Problem.sort_key)
    return ImportResult(region, warnings)
