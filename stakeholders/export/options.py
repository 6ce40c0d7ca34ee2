"""Options of the one-page overview, shared by the command line and the export dialog."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from stakeholders.i18n import tr

#: "auto": A4, or A3 when A4 cannot print every name at the page's minimum size.
PAPERS = ("auto", "A4", "A3")
#: "overzicht": map, legend, what is missing, tables, coverage; "kaart": the map alone.
PAGES = ("overzicht", "kaart")
ORIENTATIONS = ("landscape", "portrait")
FORMATS = ("pdf", "png", "svg")
DEFAULT_DPI = 150


class ExportError(ValueError):
    """An export that cannot be made; the message is for the user (Dutch)."""


@dataclass(frozen=True)
class ExportOptions:
    """How the page looks: paper, page kind, orientation, scope, titles, anonymity, PNG dpi."""

    paper: str = "auto"
    orientation: str = "landscape"
    table: str = ""  #: a table id: only that table; empty: the whole region
    title: str = ""  #: overrides the map's name
    subtitle: str = ""  #: overrides the line under the title
    anonymous: bool = False  #: hide every person's name
    dpi: int = DEFAULT_DPI  #: PNG only
    page: str = "overzicht"  #: "overzicht" or "kaart" (the map alone)
    per_table: bool = False  #: one page per table (a PDF with a page each, or a file each)
    indeling: str = ""  #: a division slug: its schematic shares the band under the map
    changes_since: str = ""  #: a snapshot's name: "Wijzigingen sinds …" next to the findings

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ExportError(tr("export", "onbekend papierformaat '{p}' (auto, A4 of A3)")
                              .format(p=self.paper))
        if self.page not in PAGES:
            raise ExportError(tr("export", "onbekende pagina '{p}' (overzicht of kaart)").format(
                p=self.page))
        if self.per_table and self.table:
            raise ExportError(tr("export", "kies één tafel of een pagina per tafel, niet allebei"))
        if self.orientation not in ORIENTATIONS:
            raise ExportError(tr("export", "onbekende oriëntatie '{o}' (landscape of portrait)")
                              .format(o=self.orientation))
        if not 30 <= self.dpi <= 600:
            raise ExportError(tr("export", "resolutie {d} dpi valt buiten 30-600").format(
                d=self.dpi))

    @classmethod
    def from_cli(cls, args: argparse.Namespace) -> ExportOptions:
        return cls(paper=args.paper, orientation=args.orientation, table=args.table or "",
                   title=args.title or "", subtitle=args.subtitle or "",
                   anonymous=args.anoniem, dpi=args.dpi, page=args.pagina,
                   per_table=args.per_tafel, indeling=getattr(args, "indeling", None) or "",
                   changes_since=getattr(args, "wijzigingen_sinds", None) or "")


def format_of(path: Path) -> str:
    """``pdf``, ``png`` or ``svg`` from the file suffix; :class:`ExportError` otherwise."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(tr("export", "onbekend exportformaat '{s}': gebruik .pdf, .png of .svg")
                          .format(s=Path(path).suffix or Path(path).name))
    return suffix


def add_cli_arguments(parser: argparse.ArgumentParser) -> None:
    """The export options as command-line arguments."""
    parser.add_argument("-o", "--output", required=True, metavar="UIT",
                        help=tr("export", "doelbestand: .pdf, .png of .svg"))
    parser.add_argument("--paper", choices=PAPERS, default="auto",
                        help=tr("export", "papier; auto (standaard): A4, of A3 als de namen op "
                                "A4 kleiner dan 5 pt zouden worden"))
    parser.add_argument("--pagina", choices=PAGES, default="overzicht",
                        help=tr("export", "overzicht (standaard) of kaart: alleen de kaart"))
    parser.add_argument("--per-tafel", action="store_true",
                        help=tr("export", "een pagina per tafel (namen minstens 8 pt); bij PNG "
                                "en SVG een bestand per tafel: UIT-<tafel-id>.png"))
    parser.add_argument("--orientation", choices=ORIENTATIONS, default="landscape")
    parser.add_argument("--table", metavar="ID", help=tr("export", "alleen deze tafel"))
    parser.add_argument("--anoniem", action="store_true",
                        help=tr("export", "verberg namen van personen"))
    parser.add_argument("--title", metavar="TITEL", help=tr("export", "eigen titel"))
    parser.add_argument("--subtitle", metavar="ONDERTITEL", help=tr("export", "eigen ondertitel"))
    parser.add_argument("--indeling", metavar="INDELING",
                        help=tr("export", "toon de gemeenten per regio van deze indeling "
                                "(ggd-regio, veiligheidsregio, provincie, …) op het overzicht"))
    parser.add_argument("--wijzigingen-sinds", metavar="MOMENTOPNAME",
                        help=tr("export", "zet de wijzigingen sinds deze momentopname (in de "
                                ".regiokaart) naast wat ontbreekt"))
    parser.add_argument("--dpi", type=int, default=DEFAULT_DPI,
                        help=tr("export", "resolutie van een PNG (standaard 150)"))
