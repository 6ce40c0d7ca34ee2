"""``stakeholders diff OLD NEW``: what changed between two maps, and which findings.

OLD and NEW are files (``.regiokaart``, ``.xlsx``, a CSV folder) or a snapshot in a
``.regiokaart`` file: ``FILE@naam`` (the name as in Kaart > Momentopnamen, ignoring case).
A file is judged on its peildatum (else today), a snapshot on its peildatum (else the day
it was made). Prints :mod:`stakeholders.rules.change_report` as text or JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stakeholders.i18n import translator
from stakeholders.model import snapshots
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.changes import Side

_t = translator("cli")


class SourceError(ValueError):
    """OLD or NEW names no file or no snapshot; the message is for the user (Dutch)."""


@dataclass(frozen=True)
class Source:
    """What OLD or NEW names: a file and, after ``@``, a snapshot in it."""

    text: str
    path: Path
    snapshot: str = ""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = _t("Vergelijk twee kaarten, of een kaart met een momentopname: wat "
                            "er nieuw is, weg of gewijzigd, en welke bevindingen zijn opgelost "
                            "of nieuw.")
    parser.add_argument("old", metavar="OUD",
                        help=_t("bestand, of BESTAND@momentopname (een momentopname in een "
                                ".regiokaart)"))
    parser.add_argument("new", metavar="NIEUW", help=_t("bestand, of BESTAND@momentopname"))
    parser.add_argument("--format", choices=("text", "json"), default="text")


def parse_source(text: str) -> Source:
    """``FILE`` or ``FILE@naam``; a path that exists as written wins over a split at ``@``."""
    path = Path(text)
    if path.exists() or "@" not in text:
        return Source(text, path)
    file_part, _at, name = text.rpartition("@")
    if not Path(file_part).exists():
        raise SourceError(_t("bestand of map bestaat niet: {pad}").format(pad=file_part))
    if not name.strip():
        raise SourceError(_t("{tekst}: na '@' hoort de naam van een momentopname").format(
            tekst=text))
    return Source(text, Path(file_part), name)


def side_of(source: Source, region: RegionMap, today: date | None = None) -> Side:
    """The map a source names: the file's own, or its snapshot."""
    if not source.snapshot:
        return Side(source.path.name, region, region.reference_date(today),
                    source=str(source.path))
    found = snapshots.find(region.snapshots, source.snapshot)
    if found is None:
        known = ", ".join(f"'{s.naam}'" for s in region.snapshots) or _t("geen")
        raise SourceError(_t("{bestand} heeft geen momentopname '{naam}' (momentopnamen: "
                             "{bekend})").format(bestand=source.path.name,
                                                 naam=source.snapshot, bekend=known))
    return Side(found.label, found.kaart, found.reference_date(), snapshot=found.naam,
                source=source.text)


def run(old: Side, new: Side, args: argparse.Namespace) -> int:
    from stakeholders.rules.change_report import as_dict, as_text
    from stakeholders.rules.changes import compare

    comparison = compare(old, new)
    if args.format == "json":
        json.dump(as_dict(comparison), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(as_text(comparison))
    return 0
