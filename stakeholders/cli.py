"""The ``stakeholders`` command: open the GUI, or check, convert and export maps.

::

    stakeholders [FILE]                         open the app (optionally on a map)
    stakeholders check FILE [--format text|json] [--fail-on LEVEL]
    stakeholders convert IN OUT
    stakeholders export IN -o OUT.pdf|png|svg [--paper auto|A4|A3] [--orientation …]
                              [--pagina overzicht|kaart] [--per-tafel] [--table ID] [--anoniem] …
    stakeholders indeling FILE [--format text|json] [--gegevens DIR]
    stakeholders diff OLD NEW [--format text|json]   (OLD/NEW: a file, or FILE@snapshot)
    stakeholders --version

Exit codes: 0 success; 1 only for ``check --fail-on`` when an unwaived flag at
or above the level exists; 2 for unreadable or invalid input (every error on
stderr, no traceback); 3 for an unexpected internal error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from stakeholders import __version__
from stakeholders.i18n import translator

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FLAGS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3

_COMMANDS = ("check", "convert", "export", "indeling", "diff")


_t = translator("cli")


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_problems(problems: Sequence, *, heading: str | None = None) -> None:
    if heading:
        _err(heading)
    for problem in problems:
        label = _t("fout") if problem.is_error else _t("waarschuwing")
        _err(f"{label}: {problem.text()}")


def _load(path: str, today: date | None = None):
    """Load a map or print every problem and return ``None``."""
    from stakeholders.io.formats import load_map
    from stakeholders.io.problems import MapLoadError
    from stakeholders.rules.catalogue import known_rule_ids

    try:
        result = load_map(path, known_rules=known_rule_ids, today=today)
    except MapLoadError as exc:
        errors = exc.errors
        _print_problems(
            errors,
            heading=_t("{pad}: {aantal} fout(en); de kaart is niet geladen.").format(
                pad=path, aantal=len(errors)
            ),
        )
        return None
    _print_problems(result.warnings)
    return result


# -- check ---------------------------------------------------------------------------
def _format_text(region, flags, catalogue) -> str:
    """Findings grouped by subject; under each its parts with level, fix and source."""
    from stakeholders.model.dates import dutch_date
    from stakeholders.rules.findings import group_findings, open_findings, summary
    from stakeholders.rules.sources import readable_source

    vocabulary = catalogue.vocabulary
    findings = group_findings(flags)
    waived = sum(1 for f in flags if f.waived)
    lines = [
        _t("{naam}: {aantal} bevinding(en), {open} open ({vlaggen} signalering(en), "
           "{keuze} bewuste keuze(s))").format(
            naam=region.info.naam or _t("(naamloze kaart)"),
            aantal=len(findings),
            open=open_findings(findings),
            vlaggen=len(flags),
            keuze=waived,
        )
    ]
    names = ({t.id: t.naam for t in region.tables} | {p.id: p.naam for p in region.parties}
             | {"kaart": region.info.naam or _t("de kaart")})
    subject = None
    for finding in findings:
        if finding.subject != subject:
            subject = finding.subject
            lines += ["", f"{names.get(subject, subject)} ({subject})"]
        theme = vocabulary.theme(finding.thema)
        lines.append(f"  {theme}: {summary(finding, catalogue)}")
        for flag in finding.parts:
            state = (_t("bewuste keuze") if flag.waived
                     else vocabulary.level_and_basis(flag.level, flag.basis))
            lines.append(f"    - [{state}] {flag.rule}: {flag.message_nl}")
            if flag.waived:
                extra = ", ".join(x for x in (flag.waiver_by, dutch_date(flag.waiver_date)
                                              if flag.waiver_date else "") if x)
                lines.append("        " + _t("reden: {reden}").format(reden=flag.waiver_reason)
                             + (f" ({extra})" if extra else ""))
            else:
                lines.append("        " + _t("wat te doen: {fix}").format(fix=flag.fix_nl))
            source = readable_source(flag.source, vocabulary.sources)
            if source:
                lines.append("        " + _t("bron: {bron}").format(bron=source))
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    from stakeholders.rules.engine import check_map, fails_at

    result = _load(args.file)
    if result is None:
        return EXIT_INPUT
    if args.regels:
        from stakeholders.rules.catalogue import CatalogueError, load_region_rules

        try:
            result.map.custom_rules = [*result.map.custom_rules,
                                       *load_region_rules(Path(args.regels))]
        except (CatalogueError, OSError) as exc:
            _err(_t("fout: eigen regels: {melding}").format(melding=exc))
            return EXIT_INPUT
    from stakeholders.rules.catalogue import default_catalogue

    catalogue = default_catalogue().with_region_rules(result.map.custom_rules)
    flags = check_map(result.map, catalogue=default_catalogue())
    if args.format == "json":
        json.dump([f.as_dict() for f in flags], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(_format_text(result.map, flags, catalogue))
    if args.fail_on and fails_at(flags, args.fail_on):
        return EXIT_FLAGS
    return EXIT_OK


# -- convert ---------------------------------------------------------------------------
def cmd_convert(args: argparse.Namespace) -> int:
    from stakeholders.io.formats import save_map
    from stakeholders.io.problems import MapSaveError

    result = _load(args.input)
    if result is None:
        return EXIT_INPUT
    not_native = not str(args.output).lower().endswith(".regiokaart")
    if result.map.custom_rules and not_native:
        _err(_t("waarschuwing: {n} eigen regel(s) en de keuzes daarover worden weggelaten: "
                "alleen een .regiokaart bewaart ze").format(n=len(result.map.custom_rules)))
    if result.map.snapshots and not_native:
        _err(_t("waarschuwing: {n} momentopname(n) worden weggelaten: alleen een "
                ".regiokaart bewaart ze").format(n=len(result.map.snapshots)))
    from stakeholders.io import lock
    from stakeholders.placement import with_positions

    output = Path(args.output)
    try:
        if not (args.force and lock.holder(output) is not None):
            lock.acquire(output)  # two writers of one map: the second is refused
    except lock.LockedError as exc:
        _err(_t("fout: {melding}; er is niets geschreven (--force schrijft toch)").format(
            melding=exc))
        return EXIT_INPUT
    except OSError:
        pass  # a folder where no lock can be written: write without one
    try:
        # The positions the app shows after opening the input: the file opens the same way.
        kind = save_map(with_positions(result.map), args.output)
    except MapSaveError as exc:
        _err(_t("fout: {melding}").format(melding=exc))
        return EXIT_INPUT
    finally:
        lock.release(output)
    _err(_t("geschreven: {pad} ({soort})").format(pad=args.output, soort=kind))
    return EXIT_OK


# -- export ----------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    result = _load(args.input)
    if result is None:
        return EXIT_INPUT
    from stakeholders.export.options import ExportError, ExportOptions

    try:
        options = ExportOptions.from_cli(args)
    except ExportError as exc:
        _err(_t("fout: {melding}").format(melding=exc))
        return EXIT_INPUT
    if options.table and options.table not in {t.id for t in result.map.tables}:
        _err(_t("fout: onbekende tafel '{tafel}'").format(tafel=options.table))
        return EXIT_INPUT
    from stakeholders.qtenv import ensure_gui_application

    ensure_gui_application(headless=True)
    from stakeholders.export.overview import export_overview

    try:
        written = export_overview(result.map, Path(args.output), options)
    except ExportError as exc:
        _err(_t("fout: {melding}").format(melding=exc))
        return EXIT_INPUT
    _err(_t("geschreven: {wat}").format(wat=written.summary()))
    return EXIT_OK


# -- indeling ----------------------------------------------------------------------------------
def cmd_indeling(args: argparse.Namespace) -> int:
    from stakeholders.divisions_cli import run

    result = _load(args.file)
    return EXIT_INPUT if result is None else run(result.map, args)


# -- diff --------------------------------------------------------------------------------------
def cmd_diff(args: argparse.Namespace) -> int:
    from stakeholders.diff_cli import SourceError, parse_source, run, side_of

    sides = []
    for text in (args.old, args.new):
        try:
            source = parse_source(text)
        except SourceError as exc:
            _err(_t("fout: {melding}").format(melding=exc))
            return EXIT_INPUT
        result = _load(str(source.path))
        if result is None:
            return EXIT_INPUT
        try:
            sides.append(side_of(source, result.map))
        except SourceError as exc:
            _err(_t("fout: {melding}").format(melding=exc))
            return EXIT_INPUT
    return run(sides[0], sides[1], args)


# -- parsing -----------------------------------------------------------------------------
def _command_parser(command: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"stakeholders {command}")
    if command == "check":
        parser.description = _t("Controleer een kaart op ontbrekende partijen, mandaten en "
                                 "governance.")
        parser.add_argument("file", metavar="BESTAND",
                            help=_t(".regiokaart, .xlsx, een CSV-map of een CSV-bestand"))
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument("--regels", metavar="TOML",
                            help=_t("extra eigen regels van de regio (zelfde vorm als "
                                    "resources/rules.toml)"))
        parser.add_argument("--fail-on", choices=("vereist", "aanbevolen", "signaal"),
                            help=_t("exitcode 1 als er een open signalering van dit niveau "
                                    "of hoger is"))
    elif command == "convert":
        parser.description = _t("Zet een kaart om tussen .regiokaart, .xlsx, een CSV-map en "
                                "de formaten van Gephi, yEd en Kumu.")
        parser.add_argument("input", metavar="IN")
        parser.add_argument("output", metavar="UIT",
                            help=_t("eindigt op .regiokaart, .xlsx, .graphml, .gexf, "
                                    ".kumu.json of .kumu.xlsx, of op / voor een CSV-map"))
        parser.add_argument("--force", action="store_true",
                            help=_t("ook schrijven als UIT in een venster of op een andere "
                                    "computer geopend is (vergrendeld)"))
    elif command == "indeling":
        from stakeholders.divisions_cli import add_arguments

        add_arguments(parser)
    elif command == "diff":
        from stakeholders.diff_cli import add_arguments as add_diff_arguments

        add_diff_arguments(parser)
    else:
        from stakeholders.export.options import add_cli_arguments

        parser.description = _t("Exporteer het overzicht op één pagina (PDF, PNG of SVG).")
        parser.add_argument("input", metavar="IN")
        add_cli_arguments(parser)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stakeholders",
        description=_t("Regionale samenwerking in de zorg in kaart. Opdrachten: check, "
                       "convert, export, indeling, diff (stakeholders OPDRACHT --help)."),
    )
    parser.add_argument("--version", action="version", version=f"stakeholders {__version__}")
    parser.add_argument("file", nargs="?", metavar="BESTAND",
                        help=_t("kaart om te openen (.regiokaart, .xlsx of CSV-map)"))
    parser.add_argument("--smoke", action="store_true", help=_t("start en sluit meteen (test)"))
    parser.add_argument("--screenshot", metavar="PNG",
                        help=_t("sla een schermafbeelding op en sluit"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``stakeholders`` console command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a name no terminal can show is never a crash
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if argv and argv[0] in _COMMANDS:
            command = argv[0]
            args = _command_parser(command).parse_args(argv[1:])
            handler = {"check": cmd_check, "convert": cmd_convert, "export": cmd_export,
                       "indeling": cmd_indeling, "diff": cmd_diff}[command]
            return handler(args)
        args = _gui_parser().parse_args(argv)
        from stakeholders.app import run_gui

        return run_gui(args.file, smoke=args.smoke, screenshot=args.screenshot)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code
        return code if isinstance(code, int) else EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never show a traceback to a user
        log.debug("internal error", exc_info=True)
        _err(_t("interne fout: {soort}: {melding}. Meld dit aan de ontwikkelaars.").format(
            soort=type(exc).__name__, melding=exc))
        return EXIT_INTERNAL
