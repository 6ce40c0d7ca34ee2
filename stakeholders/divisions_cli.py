"""``stakeholders indeling FILE``: which regional divisions the map and its tables fall into.

Prints the congruence report (:mod:`stakeholders.model.congruence_report`) as text or
JSON. The divisions are the shipped ones plus the CBS years the user imported in the app
(the user's data folder, or ``--gegevens DIR``; ``--alleen-meegeleverd`` ignores imports).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from stakeholders.i18n import translator
from stakeholders.model.regionmap import RegionMap

_t = translator("cli")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = _t("Laat zien in welke regio-indelingen (GGD-regio, veiligheidsregio, "
                            "provincie, …) de gemeenten van de kaart en van elke tafel liggen, "
                            "en waar die indelingen schuren.")
    parser.add_argument("file", metavar="BESTAND",
                        help=_t(".regiokaart, .xlsx, een CSV-map of een CSV-bestand"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--gegevens", metavar="MAP",
                        help=_t("map met geïmporteerde CBS-gegevens (standaard: de gegevensmap "
                                "van de app)"))
    parser.add_argument("--alleen-meegeleverd", action="store_true",
                        help=_t("gebruik alleen de met de app meegeleverde indelingen"))


def run(region: RegionMap, args: argparse.Namespace) -> int:
    from stakeholders.io.cbs_store import load_divisions
    from stakeholders.model.congruence import analyse
    from stakeholders.model.congruence_report import as_dict, as_text

    if args.alleen_meegeleverd:
        folder = None
    elif args.gegevens:
        folder = Path(args.gegevens)
    else:
        from stakeholders.userdata import data_dir

        folder = data_dir()
    report = analyse(region, load_divisions(folder))
    if args.format == "json":
        json.dump(as_dict(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(as_text(report))
    return 0
