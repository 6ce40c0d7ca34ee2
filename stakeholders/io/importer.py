"""Turn raw sheets into a validated :class:`RegionMap` (``spreadsheet-format.md`` §1-§7).

The importer checks everything the contract lists and collects **all**
errors before giving up, so the user can fix a spreadsheet in one go. It
never raises anything but :class:`MapLoadError`; warnings come back with the
map. The same importer validates ``.regiokaart`` files, whose records are
handed in as sheets with canonical column names (``style="json"``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from stakeholders.i18n import tr
from stakeholders.io.cells import (
    CellError,
    cell_text,
    parse_bool,
    parse_date,
    parse_score,
    split_list,
)
from stakeholders.io.problems import MapLoadError, Problem
from stakeholders.io.workbook import RawSheet, RawWorkbook
from stakeholders.model import schema, vocab
from stakeholders.model.entities import Mandate, MapInfo, Party, Relation, Seat, Table, Waiver
from stakeholders.model.normalize import levenshtein, normalize_name
from stakeholders.model.regionmap import RESERVED_SUBJECT, RegionMap, fold, is_valid_id

log = logging.getLogger(__name__)

_NAMENS_TYPE = re.compile(r"^type\s*:\s*(?P<type>[^@]*?)\s*(?:@\s*(?P<sub>.*?)\s*)?$", re.I)
_MISSING_COLUMN_RANK = 1000


def _t(text: str) -> str:
    return tr("import", text)


@dataclass
class ImportResult:
    """A successfully imported map and the warnings found on the way."""

    map: RegionMap
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class _Record:
    """One non-empty data row of a sheet."""

    row: int
    cells: dict[str, Any]

    def raw(self, column: str) -> Any:
        return self.cells.get(column)

    def text(self, column: str) -> str:
        return cell_text(self.cells.get(column))


class _Sheet:
    """A recognised sheet: header mapping and records."""

    def __init__(self, spec: schema.SheetSpec, raw: RawSheet, importer: _Importer) -> None:
        self.spec = spec
        self.raw = raw
        self.importer = importer
        self.rank = schema.sheet_rank(spec)
        self.columns: dict[str, tuple[int, str]] = {}  # canonical -> (index, header text)
        self.missing: set[str] = set()
        self._map_header()

    @property
    def name(self) -> str:
        return self.raw.name

    def header(self, column: str) -> str:
        """The header text as written in the file (canonical name if missing)."""
        return self.columns[column][1] if column in self.columns else column

    def column_rank(self, column: str) -> int:
        if column in self.columns:
            return self.columns[column][0]
        names = [c.name for c in self.importer.columns_of(self.spec)]
        return _MISSING_COLUMN_RANK + (names.index(column) if column in names else 0)

    def _map_header(self) -> None:
        header = self.raw.rows[0] if self.raw.rows else []
        lookup: dict[str, schema.Column] = {}
        for column in self.importer.columns_of(self.spec):
            for key in column.keys:
                lookup.setdefault(key, column)
        for index, raw in enumerate(header):
            text = cell_text(raw)
            if not text:
                continue
            column = lookup.get(normalize_name(text))
            if column is None:
                self.importer.problem(
                    "W-COLUMN-UNKNOWN",
                    _t("onbekende kolom '{kolom}' wordt genegeerd").format(kolom=text),
                    self, 1, text, text, column_rank=index,
                )
            elif column.name in self.columns:
                self.importer.problem(
                    "E-COLUMN-DUPLICATE",
                    _t("kolom '{kolom}' komt twee keer voor").format(kolom=text),
                    self, 1, text, text, column_rank=index,
                )
            else:
                self.columns[column.name] = (index, text)
        for column in self.importer.columns_of(self.spec):
            if column.required and column.name not in self.columns:
                self.missing.add(column.name)
                self.importer.problem(
                    "E-COLUMN-MISSING",
                    _t("verplichte kolom '{kolom}' ontbreekt").format(kolom=column.name),
                    self, 1, column.name, None,
                    column_rank=self.column_rank(column.name),
                )

    def records(self) -> Iterator[_Record]:
        """The data rows that are not entirely empty, with their 1-based row numbers."""
        for offset, row in enumerate(self.raw.rows[1:]):
            if all(cell_text(v) == "" for v in row):
                continue
            cells = {
                name: (row[index] if index < len(row) else None)
                for name, (index, _text) in self.columns.items()
            }
            yield _Record(offset + 2, cells)


class _Importer:
    """One import run; collects problems and builds the map."""

    def __init__(
        self,
        workbook: RawWorkbook,
        *,
        today: date | None,
        fallback_name: str,
        known_rules: Sequence[str],
        style: str,
        extra_columns: dict[str, tuple[schema.Column, ...]] | None = None,
    ) -> None:
        self.workbook = workbook
        self.today = today
        self.fallback_name = fallback_name
        self.known_rules = list(known_rules)
        self.style = style
        self.extra_columns = extra_columns or {}
        self.problems: list[Problem] = []
        self.sheets: dict[str, _Sheet] = {}
        self.kaart_raw: RawSheet | None = None
        # Shared id namespace: folded id -> (canonical id, sheet name, row, "party"|"table").
        self.ids: dict[str, tuple[str, str, int, str]] = {}
        self.party_type: dict[str, str] = {}  # canonical party id -> type id (when valid)
        self.seated: dict[tuple[str, str], int] = {}  # (table, party) -> Zetels row
        self.table_rows: dict[str, tuple[_Record, _Sheet]] = {}  # table id -> its Tafels row
        # Zetels rows with what they resolved to: (record, table, party, role)
        self.seat_rows: list[tuple[_Record, str | None, str | None, str | None]] = []
        self.info = MapInfo()

    # -- problems -------------------------------------------------------
    def columns_of(self, spec: schema.SheetSpec) -> tuple[schema.Column, ...]:
        return spec.columns + self.extra_columns.get(spec.name, ())

    def problem(
        self,
        code: str,
        message: str,
        sheet: _Sheet | str | None = None,
        row: int | None = None,
        column: str = "",
        value: str | None = None,
        *,
        column_rank: int | None = None,
        sheet_rank: int | None = None,
    ) -> None:
        if isinstance(sheet, _Sheet):
            sheet_name, rank = sheet.name, sheet.rank
            if column_rank is None and column:
                canonical = next(
                    (c for c, (_i, h) in sheet.columns.items() if h == column), column
                )
                column_rank = sheet.column_rank(canonical)
        else:
            sheet_name, rank = sheet or "", -1 if sheet is None else 99
        self.problems.append(
            Problem(
                code,
                message,
                sheet_name,
                row,
                column,
                value,
                sheet_rank=rank if sheet_rank is None else sheet_rank,
                column_rank=column_rank or 0,
                style=self.style,
            )
        )

    def cell_problem(
        self, code: str, message: str, sheet: _Sheet, record: _Record, column: str, value: str
    ) -> None:
        self.problem(code, message, sheet, record.row, sheet.header(column), value,
                     column_rank=sheet.column_rank(column))

    def row_text(self, row: int) -> str:
        """"rij 3" in a spreadsheet; "item 2" in a .regiokaart list (its header is row 1)."""
        if self.style == "json":
            return _t("item {nr}").format(nr=row - 1)
        return _t("rij {rij}").format(rij=row)

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    # -- driver ---------------------------------------------------------
    def run(self) -> ImportResult:
        self._classify_sheets()
        if "Partijen" not in self.sheets:
            if not any(p.code == "E-SHEET-DUPLICATE" for p in self.problems):
                self._sheet_missing()
            raise MapLoadError(self.problems)
        self._read_kaart()
        parties_sheet = self.sheets["Partijen"]
        tables_sheet = self.sheets.get("Tafels")
        party_rows = list(parties_sheet.records())
        table_rows = list(tables_sheet.records()) if tables_sheet else []
        party_ids = self._define_ids(parties_sheet, party_rows, "party")
        table_ids = self._define_ids(tables_sheet, table_rows, "table") if tables_sheet else {}
        parties = self._read_parties(parties_sheet, party_rows, party_ids)
        tables = self._read_tables(tables_sheet, table_rows, table_ids) if tables_sheet else []
        seats = self._read_seats()
        self._check_chairs(tables, seats)
        self._check_parent_cycles(tables)
        mandates = self._read_mandates(parties)
        relations = self._read_relations()
        waivers = self._read_waivers()
        if self.has_errors:
            raise MapLoadError(self.problems)
        info = self.info
        if not info.naam:
            info = MapInfo(
                naam=self.fallback_name,
                regio_indeling=info.regio_indeling,
                regio=info.regio,
                peildatum=info.peildatum,
                auteur=info.auteur,
                versie=info.versie,
            )
        region = RegionMap(info, parties, tables, seats, mandates, relations, waivers)
        warnings = sorted(self.problems, key=Problem.sort_key)
        return ImportResult(region, warnings)

    # -- sheets ---------------------------------------------------------
    def _classify_sheets(self) -> None:
        seen: dict[str, RawSheet] = {}
        for raw in self.workbook.sheets:
            spec = schema.sheet_for(raw.match_name)
            if spec is None:
                self.problem(
                    "W-SHEET-UNKNOWN",
                    _t("onbekend blad '{blad}' wordt genegeerd").format(blad=raw.name),
                    raw.name,
                )
                continue
            if spec.name in seen:
                self.problem(
                    "E-SHEET-DUPLICATE",
                    _t("bladen '{a}' en '{b}' zijn allebei blad '{canoniek}'").format(
                        a=seen[spec.name].name, b=raw.name, canoniek=spec.name
                    ),
                )
                continue
            seen[spec.name] = raw
        for name, raw in seen.items():
            if name == "Kaart":
                self.kaart_raw = raw
            else:
                self.sheets[name] = _Sheet(schema.sheet_for(name), raw, self)  # type: ignore[arg-type]

    def _sheet_missing(self) -> None:
        found = [f"'{s.name}'" for s in self.workbook.sheets]
        self.problem(
            "E-SHEET-MISSING",
            _t(
                "blad 'Partijen' ontbreekt (gevonden: {bladen}; verwacht: Kaart, Partijen, "
                "Tafels, Zetels, Mandaten, Relaties, Keuzes)"
            ).format(bladen=", ".join(found) if found else _t("geen bladen")),
        )

    # -- Kaart ----------------------------------------------------------
    def _read_kaart(self) -> None:
        raw = self.kaart_raw
        if raw is None:
            return
        rank = schema.sheet_rank(schema.KAART)
        keys: dict[str, str] = {}
        for column in schema.KAART.columns:
            for key in column.keys:
                keys[key] = column.name
        header_keys = {normalize_name(h) for h in ("sleutel", "key")}
        json_style = self.style == "json"
        values: dict[str, tuple[int, Any]] = {}
        for offset, row in enumerate(raw.rows):
            number = None if json_style else offset + 1
            key_text = cell_text(row[0]) if row else ""
            value = row[1] if len(row) > 1 else None
            if not key_text:
                continue
            norm = normalize_name(key_text)
            if norm in header_keys:
                continue
            key = keys.get(norm)
            if key is None:
                self.problem(
                    "W-KAART-KEY-UNKNOWN",
                    _t("onbekende sleutel '{sleutel}' wordt genegeerd").format(sleutel=key_text),
                    raw.name, number, key_text if json_style else "sleutel", key_text,
                    sheet_rank=rank, column_rank=0,
                )
                continue
            if key in values:
                self.problem(
                    "E-KAART-KEY-DUPLICATE",
                    _t("sleutel '{sleutel}' staat al in rij {rij}").format(
                        sleutel=key_text, rij=values[key][0]
                    ),
                    raw.name, number, key_text if json_style else "sleutel", key_text,
                    sheet_rank=rank, column_rank=0,
                )
                continue
            values[key] = (number, value)
        peildatum = None
        if "peildatum" in values:
            number, value = values["peildatum"]
            try:
                peildatum = parse_date(value, epoch_1904=self.workbook.epoch_1904)
            except CellError:
                text = cell_text(value)
                self.problem(
                    "E-DATE-INVALID",
                    _t("'{waarde}' is geen geldige datum (gebruik JJJJ-MM-DD)").format(
                        waarde=text
                    ),
                    raw.name, number, "peildatum" if json_style else "waarde", text,
                    sheet_rank=rank, column_rank=1,
                )

        def text_of(key: str) -> str:
            return cell_text(values[key][1]) if key in values else ""

        self.info = MapInfo(
            naam=text_of("naam"),
            regio_indeling=text_of("regio-indeling"),
            regio=text_of("regio"),
            peildatum=peildatum,
            auteur=text_of("auteur"),
            versie=text_of("versie"),
        )

    # -- ids ------------------------------------------------------------
    def _define_ids(
        self, sheet: _Sheet, records: list[_Record], kind: str
    ) -> dict[int, str]:
        """Register the valid, unique ids of a sheet; return row -> canonical id."""
        defined: dict[int, str] = {}
        if "id" not in sheet.columns:
            return defined
        for record in records:
            text = record.text("id")
            if not text:
                self.cell_problem("E-VALUE-REQUIRED", _t("verplicht veld is leeg"),
                                  sheet, record, "id", "")
                continue
            if not is_valid_id(text):
                self.cell_problem(
                    "E-ID-INVALID",
                    _t(
                        "ongeldige id '{waarde}' (alleen letters, cijfers, '-', '_' en '.'; "
                        "niet 'kaart')"
                    ).format(waarde=text),
                    sheet, record, "id", text,
                )
                continue
            earlier = self.ids.get(fold(text))
            if earlier is not None:
                self.cell_problem(
                    "E-ID-DUPLICATE",
                    _t("id '{waarde}' komt al voor ({blad}, {plaats})").format(
                        waarde=text, blad=earlier[1], plaats=self.row_text(earlier[2])
                    ),
                    sheet, record, "id", text,
                )
                continue
            self.ids[fold(text)] = (text, sheet.name, record.row, kind)
            defined[record.row] = text
        return defined

    def _ref(self, text: str, kind: str | None) -> str | None:
        """Resolve a reference to its canonical id (``kind`` None: party or table)."""
        entry = self.ids.get(fold(text))
        if entry is None or (kind is not None and entry[3] != kind):
            return None
        return entry[0]

    def _resolve_ref(
        self, sheet: _Sheet, record: _Record, column: str, kind: str | None
    ) -> str | None:
        """Resolve an optional or required reference cell, reporting problems."""
        text = record.text(column)
        if not text:
            self._require(sheet, record, column)
            return None
        resolved = self._ref(text, kind)
        if resolved is None:
            code, message = {
                "party": ("E-REF-PARTY", _t("onbekende partij '{waarde}'")),
                "table": ("E-REF-TABLE", _t("onbekende tafel '{waarde}'")),
                None: ("E-REF-ID", _t("onbekende partij of tafel '{waarde}'")),
            }[kind]
            self.cell_problem(code, message.format(waarde=text), sheet, record, column, text)
        return resolved

    def _require(self, sheet: _Sheet, record: _Record, column: str) -> None:
        spec_column = next(c for c in self.columns_of(sheet.spec) if c.name == column)
        if spec_column.required and column not in sheet.missing and column in sheet.columns:
            self.cell_problem("E-VALUE-REQUIRED", _t("verplicht veld is leeg"),
                              sheet, record, column, "")

    def _required_text(self, sheet: _Sheet, record: _Record, column: str) -> str:
        text = record.text(column)
        if not text:
            self._require(sheet, record, column)
        return text

    def _parse(
        self,
        sheet: _Sheet,
        record: _Record,
        column: str,
        parser: Callable[[Any], Any],
    ) -> Any:
        """Run a typed parser on a cell; report its error code with the right message."""
        raw = record.raw(column)
        try:
            return parser(raw)
        except CellError as exc:
            text = cell_text(raw)
            messages = {
                "E-BOOL-INVALID": _t("'{waarde}' is geen ja of nee"),
                "E-DATE-INVALID": _t("'{waarde}' is geen geldige datum (gebruik JJJJ-MM-DD)"),
                "E-NUMBER-INVALID": _t("'{waarde}' is geen geheel getal van 1 tot en met 5"),
                "E-POSITION-INVALID": _t("'{waarde}' is geen getal"),
            }
            self.cell_problem(exc.code, messages[exc.code].format(waarde=text),
                              sheet, record, column, text)
            return None

    def _enum(
        self, sheet: _Sheet, record: _Record, column: str, enumeration: vocab.Enumeration
    ) -> str | None:
        text = record.text(column)
        if not text:
            self._require(sheet, record, column)
            return enumeration.default
        value = enumeration.resolve(text)
        if value is None:
            self.cell_problem(
                "E-ENUM-INVALID",
                _t("onbekende {wat} '{waarde}' (toegestaan: {waarden})").format(
                    wat=enumeration.noun_nl, waarde=text, waarden=", ".join(enumeration.ids)
                ),
                sheet, record, column, text,
            )
        return value

    def _position(self, record: _Record, sheet: _Sheet) -> tuple[tuple[float, float] | None, bool]:
        if not self.extra_columns:
            return None, False
        x = self._parse(sheet, record, "x", _parse_coordinate)
        y = self._parse(sheet, record, "y", _parse_coordinate)
        pinned = self._parse(sheet, record, "vast", parse_bool)
        pos = (x, y) if x is not None and y is not None else None
        return pos, bool(pinned)

    # -- Partijen -------------------------------------------------------
    def _read_parties(
        self, sheet: _Sheet, records: list[_Record], ids: dict[int, str]
    ) -> list[Party]:
        parties: list[Party] = []
        types = vocab.party_types()
        for record in records:
            naam = self._required_text(sheet, record, "naam")
            type_id = self._vocabulary(sheet, record, "type", types, "E-TYPE-UNKNOWN",
                                       _t("onbekend type '{waarde}'"))
            roles = self._party_roles(sheet, record, type_id)
            gemeenten = self._gemeenten(sheet, record, "gemeenten")
            invloed = self._parse(sheet, record, "invloed", parse_score)
            belang = self._parse(sheet, record, "belang", parse_score)
            pos, pinned = self._position(record, sheet)
            party_id = ids.get(record.row)
            if party_id is None or type_id is None:
                continue
            self.party_type[party_id] = type_id
            parties.append(
                Party(
                    id=party_id,
                    naam=naam,
                    type=type_id,
                    rollen=tuple(roles),
                    subregio=record.text("subregio"),
                    gemeenten=tuple(gemeenten),
                    invloed=invloed,
                    belang=belang,
                    contactpersoon=record.text("contactpersoon"),
                    notities=record.text("notities"),
                    pos=pos,
                    pinned=pinned,
                )
            )
        return parties

    def _vocabulary(
        self,
        sheet: _Sheet,
        record: _Record,
        column: str,
        lookup: vocab.Lookup,
        code: str,
        message: str,
    ) -> str | None:
        text = self._required_text(sheet, record, column)
        if not text:
            return None
        entry = lookup.resolve(text)
        if entry is not None:
            return entry.id
        suggestion = lookup.suggest(text)
        full = message.format(waarde=text)
        if suggestion:
            full += _t("; bedoelt u '{suggestie}'?").format(suggestie=suggestion)
        self.cell_problem(code, full, sheet, record, column, text)
        return None

    def _party_roles(self, sheet: _Sheet, record: _Record, type_id: str | None) -> list[str]:
        roles: list[str] = []
        for item in split_list(record.text("rollen")):
            role = vocab.PARTY_ROLES.resolve(item)
            if role is None:
                self.cell_problem(
                    "E-ENUM-INVALID",
                    _t("onbekende {wat} '{waarde}' (toegestaan: {waarden})").format(
                        wat=vocab.PARTY_ROLES.noun_nl,
                        waarde=item,
                        waarden=", ".join(vocab.PARTY_ROLES.ids),
                    ),
                    sheet, record, "rollen", item,
                )
                continue
            allowed = vocab.ROLE_TYPES.get(role)
            if type_id is not None and allowed is not None and type_id not in allowed:
                self.cell_problem(
                    "E-ROLE-TYPE",
                    _t("rol '{rol}' past niet bij type '{type}' (alleen: {typen})").format(
                        rol=item, type=type_id, typen=", ".join(allowed)
                    ),
                    sheet, record, "rollen", item,
                )
                continue
            if role not in roles:
                roles.append(role)
        return roles

    def _gemeenten(self, sheet: _Sheet, record: _Record, column: str) -> list[str]:
        """CBS gemeente codes of a list column (Partijen ``gemeenten``, Tafels ``werkgebied``)."""
        codes: list[str] = []
        known = None
        for item in split_list(record.text(column)):
            if not vocab.is_gemeente_code(item):
                self.cell_problem(
                    "E-GEMEENTECODE-INVALID",
                    _t("'{waarde}' is geen CBS-gemeentecode (vorm GM0000)").format(waarde=item),
                    sheet, record, column, item,
                )
                continue
            code = item.upper()
            if known is None:
                known = vocab.known_gemeente_codes()
            if code not in known:
                self.cell_problem(
                    "W-GEMEENTECODE-UNKNOWN",
                    _t("gemeentecode '{waarde}' komt niet voor in de CBS-lijst").format(
                        waarde=item
                    ),
                    sheet, record, column, item,
                )
            if code not in codes:
                codes.append(code)
        return codes

    # -- Tafels ---------------------------------------------------------
    def _read_tables(
        self, sheet: _Sheet, records: list[_Record], ids: dict[int, str]
    ) -> list[Table]:
        tables: list[Table] = []
        kinds = vocab.table_kinds()
        for record in records:
            naam = self._required_text(sheet, record, "naam")
            kind = self._vocabulary(sheet, record, "soort", kinds, "E-SOORT-UNKNOWN",
                                    _t("onbekende soort '{waarde}'"))
            parent = self._resolve_ref(sheet, record, "bovenliggende-tafel", "table")
            chair = self._resolve_ref(sheet, record, "voorzitter", "party")
            secretariat = self._resolve_ref(sheet, record, "secretariaat", "party")
            werkgebied = self._gemeenten(sheet, record, "werkgebied")
            pos, pinned = self._position(record, sheet)
            table_id = ids.get(record.row)
            if table_id is None:
                continue
            self.table_rows[table_id] = (record, sheet)
            # A table whose soort is wrong (already an error) is still checked for
            # chair and parent problems, so that all errors are reported at once.
            tables.append(
                Table(
                    id=table_id,
                    naam=naam,
                    soort=kind or "",
                    bovenliggende_tafel=parent or "",
                    voorzitter=chair or "",
                    onafhankelijke_voorzitter=record.text("onafhankelijke-voorzitter"),
                    secretariaat=secretariat or "",
                    werkgebied=tuple(werkgebied),
                    besluitvorming=record.text("besluitvorming"),
                    verantwoordelijkheden=record.text("verantwoordelijkheden"),
                    verantwoording=record.text("verantwoording"),
                    financiering=record.text("financiering"),
                    ondersteuning=record.text("ondersteuning"),
                    burgerbetrokkenheid=record.text("burgerbetrokkenheid"),
                    gemeenteraad=record.text("gemeenteraad"),
                    regioanalyse=record.text("regioanalyse"),
                    notities=record.text("notities"),
                    pos=pos,
                    pinned=pinned,
                )
            )
        return tables

    def _check_parent_cycles(self, tables: list[Table]) -> None:
        parent = {t.id: t.bovenliggende_tafel for t in tables if t.bovenliggende_tafel}
        rows = self.table_rows
        order = {t.id: i for i, t in enumerate(tables)}
        reported: set[str] = set()
        for start in (t.id for t in tables):
            path, current = [], start
            while current and current not in path and current not in reported:
                path.append(current)
                current = parent.get(current, "")
            if not current or current in reported or current not in path:
                reported.update(path)
                continue
            cycle = path[path.index(current):]
            reported.update(path)
            first = min(cycle, key=lambda t: order[t])
            i = cycle.index(first)
            ordered = cycle[i:] + cycle[:i]
            text = " → ".join([*ordered, first])
            record, sheet = rows[first]
            self.cell_problem(
                "E-PARENT-CYCLE",
                _t("kringverwijzing in bovenliggende tafels: {pad}").format(pad=text),
                sheet, record, "bovenliggende-tafel", record.text("bovenliggende-tafel"),
            )

    # -- Zetels ---------------------------------------------------------
    def _read_seats(self) -> list[Seat]:
        sheet = self.sheets.get("Zetels")
        seats: list[Seat] = []
        if sheet is None:
            return seats
        for record in sheet.records():
            table = self._resolve_ref(sheet, record, "tafel", "table")
            party = self._resolve_ref(sheet, record, "partij", "party")
            role = self._enum(sheet, record, "rol", vocab.SEAT_ROLES)
            ring = self._enum(sheet, record, "ring", vocab.RINGS)
            compensated = self._parse(sheet, record, "gecompenseerd", parse_bool)
            self.seat_rows.append((record, table, party, role))
            if table is None or party is None:
                continue
            earlier = self.seated.get((table, party))
            if earlier is not None:
                self.cell_problem(
                    "E-SEAT-DUPLICATE",
                    _t("partij '{partij}' heeft al een zetel aan tafel '{tafel}' ({plaats})")
                    .format(partij=record.text("partij"), tafel=record.text("tafel"),
                            plaats=self.row_text(earlier)),
                    sheet, record, "partij", record.text("partij"),
                )
                continue
            self.seated[(table, party)] = record.row
            if role is None or ring is None:
                continue
            seats.append(
                Seat(
                    tafel=table,
                    partij=party,
                    rol=role,
                    ring=ring,
                    gecompenseerd=compensated,
                    notities=record.text("notities"),
                )
            )
        return seats

    def _check_chairs(self, tables: list[Table], seats: list[Seat]) -> None:
        rows = self.table_rows
        chair_of = {t.id: t.voorzitter for t in tables}
        for table in tables:
            if table.voorzitter and (table.id, table.voorzitter) not in self.seated:
                record, sheet = rows[table.id]
                self.cell_problem(
                    "E-CHAIR-NOT-SEATED",
                    _t("voorzitter '{partij}' heeft geen zetel aan tafel '{tafel}'").format(
                        partij=record.text("voorzitter"), tafel=table.id
                    ),
                    sheet, record, "voorzitter", record.text("voorzitter"),
                )
        sheet = self.sheets.get("Zetels")
        if sheet is None:
            return
        first_chair: dict[str, str] = {}
        for record, table, party, role in self.seat_rows:
            if role != "voorzitter" or table is None or party is None:
                continue
            if self.seated.get((table, party)) != record.row:
                continue  # a duplicate seat row, already reported
            named = chair_of.get(table, "")
            if named and named != party:
                self.cell_problem(
                    "E-CHAIR-CONFLICT",
                    _t("partij '{partij}' is voorzitter volgens Zetels, maar Tafels noemt "
                       "'{andere}'").format(partij=record.text("partij"), andere=named),
                    sheet, record, "rol", record.text("rol"),
                )
            elif not named and table in first_chair:
                self.cell_problem(
                    "E-CHAIR-CONFLICT",
                    _t("tafel '{tafel}' heeft meer dan één voorzitter").format(
                        tafel=record.text("tafel")
                    ),
                    sheet, record, "rol", record.text("rol"),
                )
            else:
                first_chair.setdefault(table, party)

    # -- Mandaten -------------------------------------------------------
    def _read_mandates(self, parties: list[Party]) -> list[Mandate]:
        sheet = self.sheets.get("Mandaten")
        mandates: list[Mandate] = []
        if sheet is None:
            return mandates
        subregions = {p.subregio.strip().lower() for p in parties if p.subregio.strip()}
        reference = self.info.peildatum or self.today or date.today()
        for record in sheet.records():
            holder = self._resolve_ref(sheet, record, "houder", "party")
            target = self._namens(sheet, record, subregions)
            table = self._resolve_ref(sheet, record, "tafel", "table")
            formal = self._parse(sheet, record, "formeel", parse_bool)
            valid_until = self._parse(
                sheet, record, "geldig-tot",
                lambda raw: parse_date(raw, epoch_1904=self.workbook.epoch_1904),
            )
            if target is not None and holder is not None and target[0] == holder:
                self.cell_problem(
                    "E-MANDATE-SELF", _t("houder en namens zijn dezelfde partij"),
                    sheet, record, "namens", record.text("namens"),
                )
                continue
            if valid_until is not None and valid_until < reference:
                self.cell_problem(
                    "W-MANDATE-EXPIRED",
                    _t("mandaat verlopen op {datum} (peildatum {peildatum}); het telt niet mee")
                    .format(datum=valid_until.isoformat(), peildatum=reference.isoformat()),
                    sheet, record, "geldig-tot", record.text("geldig-tot"),
                )
            if holder is not None and table is not None and (table, holder) not in self.seated:
                self.cell_problem(
                    "W-MANDATE-NOT-SEATED",
                    _t("houder '{partij}' heeft geen zetel aan tafel '{tafel}'; het mandaat telt "
                       "daar niet mee").format(partij=record.text("houder"), tafel=table),
                    sheet, record, "houder", record.text("houder"),
                )
            if holder is None or target is None:
                continue
            if record.text("tafel") and table is None:
                continue
            party, type_id, subregio = target
            mandates.append(
                Mandate(
                    houder=holder,
                    namens_partij=party,
                    namens_type=type_id,
                    namens_subregio=subregio,
                    tafel=table or "",
                    formeel=bool(formal),
                    geldig_tot=valid_until,
                    notities=record.text("notities"),
                )
            )
        return mandates

    def _namens(
        self, sheet: _Sheet, record: _Record, subregions: set[str]
    ) -> tuple[str, str, str] | None:
        """Parse ``namens``: (party id, "", "") or ("", type id, subregio)."""
        text = record.text("namens")
        if not text:
            self._require(sheet, record, "namens")
            return None
        match = _NAMENS_TYPE.match(text)
        if match is None:
            party = self._ref(text, "party")
            if party is None:
                self.cell_problem("E-REF-PARTY", _t("onbekende partij '{waarde}'").format(
                    waarde=text), sheet, record, "namens", text)
                return None
            return (party, "", "")
        type_text = match.group("type").strip()
        subregio = (match.group("sub") or "").strip()
        types = vocab.party_types()
        entry = types.resolve(type_text) if type_text else None
        if entry is None:
            suggestion = types.suggest(type_text) if type_text else None
            message = _t("onbekend type '{waarde}'").format(waarde=type_text)
            if suggestion:
                message += _t("; bedoelt u '{suggestie}'?").format(suggestie=suggestion)
            self.cell_problem("E-REF-TYPE", message, sheet, record, "namens", type_text)
            return None
        if subregio and subregio.lower() not in subregions:
            self.cell_problem(
                "W-SUBREGIO-UNKNOWN",
                _t("geen partij heeft subregio '{subregio}'").format(subregio=subregio),
                sheet, record, "namens", subregio,
            )
        return ("", entry.id, subregio)

    # -- Relaties -------------------------------------------------------
    def _read_relations(self) -> list[Relation]:
        sheet = self.sheets.get("Relaties")
        relations: list[Relation] = []
        if sheet is None:
            return relations
        for record in sheet.records():
            source = self._resolve_ref(sheet, record, "van", None)
            target = self._resolve_ref(sheet, record, "naar", None)
            kind = self._enum(sheet, record, "soort", vocab.RELATION_KINDS)
            if source is None or target is None or kind is None:
                continue
            relations.append(Relation(source, target, kind, record.text("notities")))
        return relations

    # -- Keuzes ---------------------------------------------------------
    def _read_waivers(self) -> list[Waiver]:
        sheet = self.sheets.get("Keuzes")
        waivers: list[Waiver] = []
        if sheet is None:
            return waivers
        seen: dict[tuple[str, str], int] = {}
        for record in sheet.records():
            rule = self._rule(sheet, record)
            subject = self._subject(sheet, record)
            reason = self._required_text(sheet, record, "reden")
            when = self._parse(
                sheet, record, "datum",
                lambda raw: parse_date(raw, epoch_1904=self.workbook.epoch_1904),
            )
            if rule is None or subject is None:
                continue
            key = (rule, fold(subject))
            if key in seen:
                self.cell_problem(
                    "E-KEUZE-DUPLICATE",
                    _t("keuze voor {regel} / {onderwerp} staat al in {plaats}").format(
                        regel=rule, onderwerp=record.text("onderwerp"),
                        plaats=self.row_text(seen[key]),
                    ),
                    sheet, record, "onderwerp", record.text("onderwerp"),
                )
                continue
            seen[key] = record.row
            if not reason:
                continue
            waivers.append(Waiver(rule, subject, reason, when, record.text("door")))
        return waivers

    def _rule(self, sheet: _Sheet, record: _Record) -> str | None:
        text = self._required_text(sheet, record, "regel")
        if not text:
            return None
        for rule in self.known_rules:
            if rule.upper() == text.upper():
                return rule
        best, best_distance = None, 3
        for rule in self.known_rules:
            distance = levenshtein(text.upper(), rule.upper())
            if distance < best_distance:
                best, best_distance = rule, distance
        message = _t("onbekende regel '{waarde}'").format(waarde=text)
        if best is not None:
            message += _t("; bedoelt u '{suggestie}'?").format(suggestie=best)
        self.cell_problem("E-REF-RULE", message, sheet, record, "regel", text)
        return None

    def _subject(self, sheet: _Sheet, record: _Record) -> str | None:
        text = record.text("onderwerp")
        if text.lower() == RESERVED_SUBJECT:
            return RESERVED_SUBJECT
        return self._resolve_ref(sheet, record, "onderwerp", None)


def _parse_coordinate(raw: Any) -> float | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        raise CellError("E-POSITION-INVALID")
    try:
        value = float(raw)
    except (TypeError, ValueError) as exc:
        raise CellError("E-POSITION-INVALID") from exc
    if value != value or value in (float("inf"), float("-inf")):
        raise CellError("E-POSITION-INVALID")
    return value


def default_rule_ids() -> list[str]:
    """The rule ids a Keuzes row of a spreadsheet may name (no own rules there)."""
    from stakeholders.rules.catalogue import known_rule_ids

    return known_rule_ids()


def import_workbook(
    workbook: RawWorkbook,
    *,
    fallback_name: str = "",
    today: date | None = None,
    known_rules: Sequence[str] | None = None,
    style: str = "sheet",
    extra_columns: dict[str, tuple[schema.Column, ...]] | None = None,
) -> ImportResult:
    """Validate ``workbook`` and build the map; raise :class:`MapLoadError` listing all errors.

    ``today`` is the reference date for mandate validity when Kaart has no
    ``peildatum``; ``fallback_name`` names the map when Kaart has no ``naam``.
    """
    importer = _Importer(
        workbook,
        today=today,
        fallback_name=fallback_name,
        known_rules=default_rule_ids() if known_rules is None else known_rules,
        style=style,
        extra_columns=extra_columns,
    )
    return importer.run()
