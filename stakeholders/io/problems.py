"""Import errors and warnings with their location (``spreadsheet-format.md`` §7).

A :class:`Problem` says what is wrong (``code``, Dutch ``message``) and where:
the ``sheet`` as named in the file (for CSV the file name), the 1-based
``row`` and the ``column`` header as written. :meth:`Problem.text` formats it
as the contract prescribes: ``{blad}, rij {rij}, kolom {kolom}: {melding}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stakeholders.i18n import tr

ERROR = "fout"
WARNING = "waarschuwing"


@dataclass(frozen=True)
class Problem:
    """One import error or warning."""

    code: str
    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""
    value: str | None = None
    #: Position of the sheet in :data:`stakeholders.model.schema.SHEETS` (§7 order: Kaart,
    #: Partijen, …, Keuzes); -1: file level; 99: unknown sheet.
    sheet_rank: int = field(default=-1, compare=False)
    #: Position of the column in the file, for sorting; missing columns sort last.
    column_rank: int = field(default=0, compare=False)
    #: ``"sheet"`` for spreadsheets, ``"json"`` for a ``.regiokaart`` file; ``"graph"``
    #: (GraphML, GEXF) and ``"kumu"``: ``sheet`` names the node or edge, ``column`` its
    #: attribute (Kumu: its field).
    style: str = field(default="sheet", compare=False)

    @property
    def severity(self) -> str:
        """``fout`` for an error (E-…), ``waarschuwing`` for a warning (W-…)."""
        return WARNING if self.code.startswith("W-") else ERROR

    @property
    def is_error(self) -> bool:
        """Whether this problem makes the import fail."""
        return self.severity == ERROR

    def where(self) -> str:
        """The location prefix without the message, e.g. ``Partijen, rij 4, kolom id``."""
        if not self.sheet:
            return ""
        if self.style in ("graph", "kumu"):
            if not self.column:
                return self.sheet
            what = (tr("problems", "attribuut {naam}") if self.style == "graph"
                    else tr("problems", "veld {naam}"))
            return f"{self.sheet}, {what.format(naam=self.column)}"
        if self.style == "json":
            # JSON records are handed to the importer below a header row, so the
            # record's position in its list is ``row - 1`` (1-based); row 1 is that
            # synthetic header (an unknown field), which is no item of its own.
            parts = [self.sheet]
            if self.row is not None and self.row > 1:
                parts.append(tr("problems", "item {nr}").format(nr=self.row - 1))
            if self.column:
                parts.append(tr("problems", "veld {veld}").format(veld=self.column))
            return ", ".join(parts)
        parts = [self.sheet]
        if self.row is not None:
            parts.append(tr("problems", "rij {rij}").format(rij=self.row))
            if self.column:
                parts.append(tr("problems", "kolom {kolom}").format(kolom=self.column))
        return ", ".join(parts)

    def text(self) -> str:
        """The full Dutch message with its location (§7 message format)."""
        where = self.where()
        return f"{where}: {self.message}" if where else self.message

    def sort_key(self) -> tuple[int, int, int, str]:
        """Sort by sheet, row, column (§7)."""
        return (self.sheet_rank, self.row or 0, self.column_rank, self.code)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready record of the problem."""
        return {
            "code": self.code,
            "severity": self.severity,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
            "text": self.text(),
        }


class MapLoadError(Exception):
    """A map could not be loaded; :attr:`problems` lists every error (and the warnings)."""

    def __init__(self, problems: list[Problem], path: str = "") -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        self.path = path
        errors = self.errors
        first = errors[0].text() if errors else "onbekende fout"
        super().__init__(f"{len(errors)} fout(en) in {path or 'de kaart'}; eerste: {first}")

    @property
    def errors(self) -> list[Problem]:
        """The errors (not the warnings), sorted."""
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        """The warnings found before the import failed, sorted."""
        return [p for p in self.problems if not p.is_error]


class MapSaveError(Exception):
    """A map could not be written; the file on disk is unchanged."""
