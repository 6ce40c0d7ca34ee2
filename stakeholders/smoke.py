"""``stakeholders --smoke [FILE]``: open a map in the real window, check it, export it, quit.

The proof that an installed app (a source install or the PyInstaller bundle)
works: it opens ``FILE`` (default: the bundled Kustmarken example) in the main
window, waits until the window has drawn the map, runs the rules and compares
them with what the findings panel shows, writes the one-page overview PDF to a
temporary folder and reads it back. Each step prints one line on stdout; the
exit code is 0 when every step worked and 1 when any failed (the reason on
stderr). An error logged or an exception raised anywhere in the app during the
run counts as a failure too.

The user's settings (recent files, window layout) are left alone: the run
reads and writes them in a temporary folder. No dialog is ever shown.

The first line, ``smoke: venster getoond …``, is printed once the window has
painted the map and settled (:class:`WhenSettled`); ``python -m bench`` times
whole processes up to that moment (:data:`CLOCK_ENV`).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from stakeholders import __version__
from stakeholders.i18n import tr

log = logging.getLogger(__name__)

#: The first line of a smoke run once the window shows the map (``bench`` waits for it).
SHOWN_LINE = "smoke: venster getoond"
#: A window that has not drawn the map after this many seconds fails the run.
TIMEOUT_S = 300
#: The window counts as settled when none of its widgets painted for this long.
QUIET_MS = 200
#: With this environment variable set, the shown line ends with ``[klok T]``:
#: ``time.monotonic()`` when the window settled, for timing whole processes.
CLOCK_ENV = "STAKEHOLDERS_SMOKE_CLOCK"

#: A page object in a PDF (not the /Pages tree).
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")

EXIT_PASSED = 0
EXIT_FAILED = 1


def _t(text: str) -> str:
    return tr("smoke", text)


def _say(text: str) -> None:
    print(text, flush=True)


class SmokeError(Exception):
    """A step of the smoke run did not do what it should (the message says what)."""


class _ErrorRecorder(logging.Handler):
    """Remembers every ERROR logged while the smoke runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


class WhenSettled(QObject):
    """Calls ``callback(clock)`` once ``window`` has painted and then stayed quiet.

    Settled means usable: the window painted, and no widget of it painted again
    for :data:`QUIET_MS` (the fits, relabels and panel updates queued by opening
    a map have run). ``clock`` is ``time.monotonic()`` when the last paint before
    the quiet period was done (measured at the next turn of the event loop).
    Without ``wait_for_paint`` a window that paints nothing within ``QUIET_MS``
    counts as settled too (``clock`` is then ``None``). ``only`` limits the
    paints that count to these widgets and their children (a benchmark of the
    canvas should not wait for a text field's fade-in animation).
    """

    def __init__(self, window, callback: Callable[[float | None], None], *,
                 wait_for_paint: bool = True, only: Sequence | None = None) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication

        super().__init__(window)
        self.window = window
        self.callback = callback
        self.last_paint_done: float | None = None
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setTimerType(Qt.TimerType.PreciseTimer)
        self.quiet.timeout.connect(self._settled)
        self.after_paint = QTimer(self)  # a child: it cannot outlive the window it watches
        self.after_paint.setSingleShot(True)
        self.after_paint.setInterval(0)
        self.after_paint.timeout.connect(self._paint_done)
        self.only = None if only is None else tuple(only)
        QApplication.instance().installEventFilter(self)
        if not wait_for_paint:  # nothing painted within QUIET_MS: settled, clock None
            self.quiet.start(QUIET_MS)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if (event.type() == QEvent.Type.Paint and not self.after_paint.isActive()
                and watched.isWidgetType() and watched.window() is self.window
                and self._watches(watched)):
            self.quiet.stop()
            self.after_paint.start()  # times out once this frame is drawn
        return False

    def _watches(self, widget) -> bool:
        return self.only is None or any(w is widget or w.isAncestorOf(widget)
                                        for w in self.only)

    def _paint_done(self) -> None:
        self.last_paint_done = time.monotonic()
        self.quiet.start(QUIET_MS)

    def _settled(self) -> None:
        from PySide6.QtWidgets import QApplication

        # Not deleteLater(): the window may be gone before that event is handled. The object
        # stays an idle child of the window until the window is deleted.
        QApplication.instance().removeEventFilter(self)
        self.callback(self.last_paint_done)


def isolate_settings(folder: Path) -> None:
    """Read and write this run's QSettings in ``folder``, not in the user's settings."""
    from PySide6.QtCore import QSettings

    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


def _check(window) -> str:
    """Run the rules on the open map; the findings panel must show the same open count."""
    from stakeholders.rules.engine import check_map
    from stakeholders.rules.findings import group_findings, open_findings

    region = window.document.region
    flags = check_map(region, catalogue=window.checker.catalogue, own_rules_included=True)
    if [f.as_dict() for f in flags] != [f.as_dict() for f in window.checker.flags]:
        raise SmokeError(_t("de bevindingen in het venster wijken af van de regels"))
    expected = open_findings(group_findings(flags))
    shown = window.flags_panel.open_count()
    if shown != expected:
        raise SmokeError(_t("het paneel toont {getoond} open bevindingen in plaats van "
                             "{verwacht}").format(getoond=shown, verwacht=expected))
    return _t("smoke: controle: {n} signalering(en), {open} open bevinding(en)").format(
        n=len(flags), open=expected)


def _export(window, folder: Path) -> str:
    """Write the overview PDF of the open map and read it back."""
    from stakeholders.export.options import ExportOptions
    from stakeholders.export.overview import export_overview

    target = folder / "overzicht.pdf"
    result = export_overview(window.document.region, target, ExportOptions())
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeError(_t("{pad} is geen volledige PDF").format(pad=target))
    if len(PDF_PAGE.findall(data)) != len(result.pages):
        raise SmokeError(_t("de PDF heeft niet zoveel pagina's als de export meldt"))
    return _t("smoke: export: {wat} ({kib} KiB)").format(
        wat=result.summary(), kib=max(1, len(data) // 1024))


class _SmokeRun:
    """The steps after the window is shown; ends the event loop with the exit code."""

    def __init__(self, app, window, target: Path, folder: Path,
                 errors: _ErrorRecorder) -> None:
        self.app = app
        self.window = window
        self.target = target
        self.folder = folder
        self.errors = errors
        self.failure: str | None = None
        self.finished = False

    def shown(self, clock: float) -> None:
        region = self.window.document.region
        line = _t("{regel} ({bestand}: {p} partijen, {t} tafels)").format(
            regel=SHOWN_LINE, bestand=self.target.name, p=len(region.parties),
            t=len(region.tables))
        _say(line + (f" [klok {clock:.6f}]" if os.environ.get(CLOCK_ENV) else ""))
        try:
            self._require_no_errors()
            _say(_check(self.window))
            _say(_export(self.window, self.folder))
            self._require_no_errors()
        except Exception as exc:  # any failure ends the run with its reason
            self.fail(str(exc) if isinstance(exc, SmokeError)
                      else f"{type(exc).__name__}: {exc}")
            return
        self.finish()

    def _require_no_errors(self) -> None:
        if self.errors.messages:
            raise SmokeError(_t("fout gemeld: {melding}").format(melding=self.errors.messages[0]))

    def fail(self, reason: str) -> None:
        if self.finished:
            return
        self.failure = reason
        print(_t("smoke mislukt: {reden}").format(reden=reason), file=sys.stderr, flush=True)
        self.finished = True
        self.app.exit(EXIT_FAILED)

    def finish(self) -> None:
        if not self.finished:
            _say(_t("smoke: geslaagd (stakeholders {versie})").format(versie=__version__))
            self.finished = True
            self.app.exit(EXIT_PASSED)


def _problems_to_stderr(_title: str, intro: str, problems: list) -> None:
    print(intro, file=sys.stderr)
    for problem in problems:
        print(f"  {problem.text()}", file=sys.stderr)


def run_smoke(path: str | None = None) -> int:
    """Open ``path`` (or the Kustmarken example), check, export, quit; 0 when all worked."""
    from stakeholders.paths import example
    from stakeholders.qtenv import ensure_gui_application, install_translations

    app = ensure_gui_application()
    install_translations(app)  # --taal and the saved choice hold for a check run too
    errors = _ErrorRecorder()
    logging.getLogger().addHandler(errors)
    previous_hook = sys.excepthook
    try:
        with tempfile.TemporaryDirectory(prefix="stakeholders-smoke-") as temp:
            folder = Path(temp)
            isolate_settings(folder / "settings")
            target = Path(path) if path else example("kustmarken.regiokaart")
            return _run(app, target, folder, errors)
    finally:
        sys.excepthook = previous_hook
        logging.getLogger().removeHandler(errors)


def _run(app, target: Path, folder: Path, errors: _ErrorRecorder) -> int:
    from PySide6.QtCore import QTimer

    from stakeholders.app import app_icon
    from stakeholders.ui.main_window import MainWindow

    if not target.exists():
        print(_t("smoke mislukt: bestand of map bestaat niet: {pad}").format(pad=target),
              file=sys.stderr)
        return EXIT_FAILED
    app.setWindowIcon(app_icon())
    window = MainWindow()
    window.files.show_problems = _problems_to_stderr  # never a dialog in a smoke run
    window.files.show_error = lambda title, text: print(f"{title}: {text}", file=sys.stderr)
    window.files.interactive = False  # a map open elsewhere is opened read-only, no question
    window.show()
    if not window.files.open_path(target, ask=False):
        print(_t("smoke mislukt: {bestand} kon niet worden geopend").format(
            bestand=target.name), file=sys.stderr)
        return EXIT_FAILED
    run = _SmokeRun(app, window, target, folder, errors)

    def on_exception(kind, value, traceback) -> None:
        log.error("exception during the smoke run", exc_info=(kind, value, traceback))
        run.fail(f"{kind.__name__}: {value}")

    sys.excepthook = on_exception
    WhenSettled(window, run.shown)
    QTimer.singleShot(TIMEOUT_S * 1000, lambda: run.fail(
        _t("het venster toonde de kaart niet binnen {s} s").format(s=TIMEOUT_S)))
    code = app.exec()
    return code if run.finished else EXIT_FAILED
