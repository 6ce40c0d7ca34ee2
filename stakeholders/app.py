"""Start the GUI: one QApplication, one main window, optionally on a map."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from stakeholders.i18n import tr
from stakeholders.qtenv import ensure_gui_application, install_translations

log = logging.getLogger(__name__)

#: A window that has not painted after this long opens its map anyway (ms).
FIRST_PAINT_WAIT_MS = 1000


def app_icon():
    """The application's icon (``resources/icons``), in every size that was rendered."""
    from PySide6.QtGui import QIcon

    from stakeholders.paths import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("stakeholders-*.png")):
        icon.addFile(str(png))
    return icon


def after_first_paint(window, callback: Callable[[], object]) -> None:
    """Call ``callback`` once ``window`` has painted its first frame (or after
    :data:`FIRST_PAINT_WAIT_MS` when no paint comes, e.g. a minimised start).

    A zero-timer alone runs before the first paint: Qt handles it before the expose.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(window)
            self.done = False
            window.installEventFilter(self)
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self.fire)

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                window.removeEventFilter(self)
                QTimer.singleShot(0, self, self.fire)  # once this frame is on the screen
            return False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                window.removeEventFilter(self)
                callback()

    _FirstPaint()


def show_main_window(path: str | Path | None = None, *, interactive: bool = True,
                     defer_open: bool = False):
    """Create and show the main window, then open ``path`` in it when given.

    ``interactive``: a user is there to answer (recovery is offered, a map open elsewhere
    is asked about); a check run (screenshot) opens such a map read-only.
    ``defer_open``: the window shows its first frame empty and opens ``path`` right after
    (the start from the command line: the window is there sooner).
    Returns ``(window, opened)``: ``opened`` is ``False`` when ``path`` does not
    exist or could not be opened (the window then shows an empty map), ``None`` when
    the open was deferred.
    """
    app = ensure_gui_application()
    install_translations(app)  # also when the application existed before
    from stakeholders.ui.main_window import MainWindow

    app.setWindowIcon(app_icon())
    window = MainWindow()
    window.show()
    window.files.interactive = interactive
    if interactive and window.files.safety.offer_recovery():
        path = None  # the recovered map is open: the user saves it first
    if not path:
        return window, False
    if not Path(path).exists():
        print(tr("io", "bestand of map bestaat niet: {pad}").format(pad=path), file=sys.stderr)
        return window, False
    if defer_open:
        after_first_paint(window, lambda: window.files.open_path(path, ask=False))
        return window, None
    return window, window.files.open_path(path, ask=False)


def run_gui(path: str | None = None, *, smoke: bool = False, screenshot: str | None = None,
            taal: str | None = None) -> int:
    """Open the main window (on ``path`` when given) and run the event loop.

    ``smoke`` runs :func:`stakeholders.smoke.run_smoke` (open, check, export, quit);
    ``screenshot`` saves an image of the window to that PNG file and quits. ``taal``
    (``nl``/``en``) overrides the language of Voorkeuren and of the system.
    """
    from PySide6.QtCore import QLocale

    from stakeholders import language, settings

    language.start(taal, settings.get(settings.LANGUAGE), QLocale.system().name())
    if smoke:
        from stakeholders.smoke import run_smoke

        return run_smoke(path)
    app = ensure_gui_application()
    from PySide6.QtCore import QTimer

    window, _opened = show_main_window(path, interactive=not screenshot,
                                       defer_open=not screenshot)
    if screenshot:
        def shoot() -> None:
            window.view.zoom_to_fit()
            app.processEvents()
            window.grab().save(screenshot)
            app.exit(0)

        QTimer.singleShot(400, shoot)
    return app.exec()
