"""Start the GUI: one QApplication, one main window, optionally on a map."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from stakeholders.i18n import tr
from stakeholders.qtenv import ensure_gui_application, install_translations

log = logging.getLogger(__name__)


def run_gui(path: str | None = None, *, smoke: bool = False, screenshot: str | None = None,
            taal: str | None = None) -> int:
    """Open the main window (on ``path`` when given) and run the event loop.

    ``smoke`` quits as soon as the window is shown; ``screenshot`` saves an
    image of the window to that PNG file and quits (both for checks and CI). ``taal``
    (``nl``/``en``) overrides the language of Voorkeuren and of the system.
    """
    from PySide6.QtCore import QLocale

    from stakeholders import language, settings

    language.start(taal, settings.get(settings.LANGUAGE), QLocale.system().name())
    app = ensure_gui_application()
    install_translations(app)  # also when the application existed before
    from PySide6.QtCore import QTimer

    from stakeholders.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    # A check run (smoke, screenshot) never waits for an answer: a map open elsewhere is
    # opened read-only, and recovery is offered only to a user.
    window.files.interactive = not (smoke or screenshot)
    if window.files.interactive and window.files.safety.offer_recovery():
        path = None  # the recovered map is open: the user saves it first
    if path:
        if not Path(path).exists():
            print(tr("io", "bestand of map bestaat niet: {pad}").format(pad=path),
                  file=sys.stderr)
        else:
            window.files.open_path(path, ask=False)
    if smoke:
        QTimer.singleShot(0, lambda: app.exit(0))  # exit, not quit: no close prompts
    elif screenshot:
        def shoot() -> None:
            window.view.zoom_to_fit()
            app.processEvents()
            window.grab().save(screenshot)
            app.exit(0)

        QTimer.singleShot(400, shoot)
    return app.exec()
