"""What an import checks across rows and sheets (``spreadsheet-format.md`` §2, §5).

:class:`Namespace` is the one id namespace of parties and tables: valid, unique ids
(E-ID-INVALID, E-ID-DUPLICATE) and the references that resolve in it. The other
checks need several rows at once: one seat per party and table (E-SEAT-DUPLICATE), a
chair with a seat and one chair per table (E-CHAIR-NOT-SEATED, E-CHAIR-CONFLICT), no
parent cycle (E-PARENT-CYCLE), mandates that are not self-mandates and that count
(E-MANDATE-SELF, W-MANDATE-EXPIRED, W-MANDATE-NOT-SEATED), one choice per rule and
subject (E-KEUZE-DUPLICATE). The invariants and their messages are those of
:mod:`stakeholders.model.invariants`, shared with the edit planner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from stakeholders.io.sheets import Record, Reporter, Sheet
from stakeholders.model import invariants as inv
from stakeholders.model.entities import Table
from stakeholders.model.invariants import PLACE
from stakeholders.model.kinds import EntityKind
from stakeholders.model.regionmap import fold


@dataclass
class Namespace:
    """The ids of parties and tables: one namespace, compared case-insensitively (§2)."""

    #: folded id -> (canonical id, sheet name, row, kind)
    entries: dict[str, tuple[str, str, int, EntityKind]] = field(default_factory=dict)
    #: (sheet name, row) -> the valid, unique id defined on that row
    defined: dict[tuple[str, int], str] = field(default_factory=dict)

    def define(self, sheet: Sheet, records: list[Record], kind: EntityKind,
               reporter: Reporter) -> None:
        """Register the valid, unique ids of a sheet; report the others."""
        if "id" not in sheet.columns:
            return
        for record in records:
            text = record.text("id")
            found = inv.violation("E-VALUE-REQUIRED") if not text else inv.id_violation(text)
            earlier = self.entries.get(fold(text))
            if found is None and earlier is not None:
                found = inv.violation("E-ID-DUPLICATE", PLACE, waarde=text, blad=earlier[1],
                                      plaats=reporter.row_text(earlier[2]))
            if found is not None:
                reporter.cell(found, sheet, record, "id", text)
                continue
            self.entries[fold(text)] = (text, sheet.name, record.row, kind)
            self.defined[(sheet.name, record.row)] = text

    def resolve(self, text: str, kind: EntityKind | None) -> str | None:
        """The canonical id ``text`` names (``kind`` None: a party or a table)."""
        entry = self.entries.get(fold(text))
        if entry is None or (kind is not None and entry[3] != kind):
            return None
        return entry[0]


@dataclass
class SeatRow:
    """A Zetels row with what its table, party and role resolved to (``None``: not)."""

    record: Record
    table: str | None
    party: str | None
    role: str | None


class Integrity:
    """The cross-row checks of one import; remembers the seats and table rows they need."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.seated: dict[tuple[str, str], int] = {}  # (table, party) -> Zetels row
        self.table_rows: dict[str, tuple[Record, Sheet]] = {}  # table id -> its Tafels row
        self.seat_rows: list[SeatRow] = []

    def seat(self, sheet: Sheet, row: SeatRow) -> bool:
        """Register a seat row; ``False`` when it is unusable or a second seat of its pair."""
        self.seat_rows.append(row)
        if row.table is None or row.party is None:
            return False
        record = row.record
        earlier = self.seated.get((row.table, row.party))
        if earlier is not None:
            found = inv.violation("E-SEAT-DUPLICATE", PLACE, partij=record.text("partij"),
                                  tafel=record.text("tafel"),
                                  plaats=self.reporter.row_text(earlier))
            self.reporter.cell(found, sheet, record, "partij", record.text("partij"))
            return False
        self.seated[(row.table, row.party)] = record.row
        return True

    def chairs(self, tables: list[Table], seats_sheet: Sheet | None) -> None:
        """Each named chair has a seat; no seat says another party chairs, or a second one."""
        chair_of = {t.id: t.voorzitter for t in tables}
        for table in tables:
            if table.voorzitter and (table.id, table.voorzitter) not in self.seated:
                record, sheet = self.table_rows[table.id]
                shown = record.text("voorzitter")
                self.reporter.cell(inv.chair_not_seated(shown, table.id), sheet, record,
                                   "voorzitter", shown)
        if seats_sheet is None:
            return
        first_chair: dict[str, str] = {}
        for row in self.seat_rows:
            if row.role != "voorzitter" or row.table is None or row.party is None:
                continue
            if self.seated.get((row.table, row.party)) != row.record.row:
                continue  # a duplicate seat row, already reported
            named = chair_of.get(row.table, "")
            record = row.record
            if named and named != row.party:
                found = inv.violation("E-CHAIR-CONFLICT", inv.OTHER_NAMED,
                                      partij=record.text("partij"), andere=named)
            elif not named and row.table in first_chair:
                found = inv.violation("E-CHAIR-CONFLICT", inv.TWO_CHAIRS,
                                      tafel=record.text("tafel"))
            else:
                first_chair.setdefault(row.table, row.party)
                continue
            self.reporter.cell(found, seats_sheet, record, "rol", record.text("rol"))

    def parent_cycles(self, tables: list[Table]) -> None:
        """E-PARENT-CYCLE once per cycle, on the row of its earliest table."""
        parents = {t.id: t.bovenliggende_tafel for t in tables if t.bovenliggende_tafel}
        for path in inv.parent_cycles(parents, [t.id for t in tables]):
            record, sheet = self.table_rows[path[0]]
            self.reporter.cell(inv.cycle_violation(path), sheet, record, "bovenliggende-tafel",
                               record.text("bovenliggende-tafel"))

    def mandate(self, sheet: Sheet, record: Record, holder: str | None,
                named_party: str | None, table: str | None, valid_until: date | None,
                reference: date) -> bool:
        """Check a mandate row; ``False`` for a self-mandate (the row is dropped)."""
        found = inv.self_mandate(holder, named_party) if holder and named_party else None
        if found is not None:
            self.reporter.cell(found, sheet, record, "namens", record.text("namens"))
            return False
        found = inv.mandate_expired(valid_until, reference)
        if found is not None:
            self.reporter.cell(found, sheet, record, "geldig-tot", record.text("geldig-tot"))
        if holder is not None and table is not None and (table, holder) not in self.seated:
            found = inv.violation("W-MANDATE-NOT-SEATED", partij=record.text("houder"),
                                  tafel=table)
            self.reporter.cell(found, sheet, record, "houder", record.text("houder"))
        return True

    def waiver(self, sheet: Sheet, record: Record, rule: str, subject: str,
               seen: dict[tuple[str, str], int]) -> bool:
        """One choice per (rule, subject): ``False`` for a later duplicate row."""
        key = (rule, fold(subject))
        if key in seen:
            found = inv.violation("E-KEUZE-DUPLICATE", PLACE, regel=rule,
                                  onderwerp=record.text("onderwerp"),
                                  plaats=self.reporter.row_text(seen[key]))
            self.reporter.cell(found, sheet, record, "onderwerp", record.text("onderwerp"))
            return False
        seen[key] = record.row
        return True
