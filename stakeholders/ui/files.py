"""File handling of the main window: new, open, import, save, export, recent files.

Import and export also speak the formats of Gephi, yEd and Kumu
(:mod:`stakeholders.io.exchange`).

Loading never changes the open map unless it succeeds; a failed load shows
every problem with its place. Saving is atomic; a failed save says why and
leaves both the file on disk and the map in the window as they were.
The dialogs live in small methods (``ask_*``) so tests can replace them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stakeholders import settings
from stakeholders.i18n import translator
from stakeholders.io import atomic, lock, regiokaart
from stakeholders.io.formats import save_map
from stakeholders.io.problems import MapLoadError, MapSaveError, Problem
from stakeholders.model.regionmap import RegionMap
from stakeholders.paths import examples_dir, resources_dir
from stakeholders.ui import loading
from stakeholders.ui.dialogs.problems import ProblemsDialog
from stakeholders.ui.editor import DocumentEditor
from stakeholders.ui.plain import rich
from stakeholders.ui.safety import MapSafety

log = logging.getLogger(__name__)

_t = translator("FileController")

# Made when the window's modules are imported, after the language was chosen (app.run_gui).
MAP_FILTER = _t("Regiokaart (*.regiokaart)")
OPEN_FILTER = _t("Kaarten (*.regiokaart *.xlsx *.xlsm *.csv *.graphml *.gexf *.json);;"
                 "Regiokaart (*.regiokaart);;Excel-werkboek (*.xlsx *.xlsm);;CSV-bestand (*.csv);;"
                 "GraphML (yEd, Gephi, Cytoscape) (*.graphml);;GEXF (Gephi) (*.gexf);;"
                 "Kumu (*.json *.xlsx);;Alle bestanden (*)")
XLSX_FILTER = _t("Excel-werkboek (*.xlsx)")
#: The formats of other programs, each with its ending (the first filter is the default).
EXCHANGE_FILTERS = ((_t("GraphML voor yEd, Gephi en Cytoscape (*.graphml)"), ".graphml"),
                    (_t("GEXF voor Gephi (*.gexf)"), ".gexf"),
                    (_t("Kumu-blueprint (*.kumu.json)"), ".kumu.json"),
                    (_t("Kumu-werkboek (*.kumu.xlsx)"), ".kumu.xlsx"))


class FileController(QObject):
    """Opens and saves the Document of one window."""

    #: The recent-files list changed.
    recent_changed = Signal(list)
    #: A map was loaded (path, warnings).
    loaded = Signal(str, list)
    #: Status text for the status bar.
    status = Signal(str)
    #: Whether the map has unsaved changes (also follows the undo stack's clean state).
    modified_changed = Signal(bool)

    def __init__(self, editor: DocumentEditor, window: QWidget) -> None:
        super().__init__(window)
        self.editor = editor
        self.document = editor.document
        self.window = window
        self.unsaved_import = False
        #: False in a check run (--smoke, --screenshot): no question that waits for a user.
        self.interactive = True
        self.last_problems: list[Problem] = []
        stack = editor.undo_stack
        stack.cleanChanged.connect(self._on_clean_changed)
        # A stack that is not clean announces "clean" once more from its destructor, when
        # the window is already half destroyed: stop listening before that happens.
        editor.destroyed.connect(lambda: stack.cleanChanged.disconnect(self._on_clean_changed))
        self.safety = MapSafety(self)

    def _on_clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.is_modified())

    # -- state --------------------------------------------------------------------------------
    def is_modified(self) -> bool:
        """Unsaved changes: the undo stack is not clean, or an import was never saved."""
        return self.unsaved_import or not self.editor.undo_stack.isClean()

    # -- dialogs (replaced in tests) ----------------------------------------------------------
    def _start_folder(self) -> str:
        """The folder the user last opened from or saved to, else their documents folder
        (never the app's own folders: they hold the examples, not the user's work)."""
        last = settings.get(settings.LAST_FOLDER)
        if last and Path(last).is_dir() and not _in_app_folder(Path(last)):
            return last
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return documents or str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        if not _in_app_folder(path.parent):
            settings.put(settings.LAST_FOLDER, str(path.parent))

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.window, _t("Kaart openen"),
                                              self._start_folder(), OPEN_FILTER)
        return path

    def ask_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self.window, title, self._start_folder())

    def ask_save_path(self, title: str, suggestion: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggestion, file_filter)
        return path

    def ask_exchange_path(self, suggestion: str) -> tuple[str, str]:
        """The file to export to for another program, and the chosen filter."""
        path, chosen = QFileDialog.getSaveFileName(
            self.window, _t("Exporteren voor Gephi, yEd of Kumu"), suggestion,
            ";;".join(f for f, _ending in EXCHANGE_FILTERS))
        return path, chosen

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self.window, _t("Niet opgeslagen wijzigingen"),
            rich(_t("De kaart '{naam}' heeft wijzigingen die niet zijn opgeslagen. "
                    "Opslaan?").format(naam=self.document.region.info.naam or _t("naamloos"))),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.window, title, rich(text))

    def show_problems(self, title: str, intro: str, problems: list[Problem]) -> None:
        ProblemsDialog.show_problems(title, intro, problems, self.window)

    # -- unsaved changes -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; ``True`` when it is fine to continue."""
        if not self.is_modified():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- new / open ----------------------------------------------------------------------------
    def new_map(self) -> bool:
        if not self.maybe_save():
            return False
        self._install(RegionMap(), None, imported=False)
        return True

    def open_dialog(self) -> bool:
        path = self.ask_open_path()
        return self.open_path(path) if path else False

    def import_csv_folder_dialog(self) -> bool:
        path = self.ask_folder(_t("Map met CSV-bestanden importeren"))
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path, *, ask: bool = True) -> bool:
        """Open a .regiokaart, .xlsx, CSV folder or CSV file; report every problem.

        A large file is read behind a progress dialog that can cancel it
        (:mod:`stakeholders.ui.loading`); ``False`` when it failed or was cancelled.
        """
        path = Path(path)
        if ask and not self.maybe_save():
            return False
        native = path.suffix.lower() == regiokaart.SUFFIX
        installed = read_only = False

        def install(loaded: loading.Loaded) -> None:
            # Read, then (a map open elsewhere) asked how to open it, then drawn.
            nonlocal installed, read_only
            holder = lock.holder(path) if native else None
            choice = self.ask_locked(path, holder) if holder is not None else "toch"
            if not choice:
                return
            read_only = choice == "lezen"
            self._install(loaded.region, path if native and not read_only else None,
                          imported=not native)
            installed = True

        try:
            if loading.is_large(path):
                done = loading.load_with_progress(path, self.window, install)
                if done is None:
                    self.status.emit(_t("Openen geannuleerd: {bestand}").format(
                        bestand=path.name))
                    return False
            else:
                done = loading.load(path)
                install(done)
        except MapLoadError as exc:
            if self._recovered_interrupted_save(path, exc):
                return self.open_path(path, ask=False)
            self.last_problems = exc.problems
            self.show_problems(
                _t("Kaart niet geopend"),
                _t("{bestand} kan niet worden geopend: {n} fout(en). De geopende kaart is niet "
                   "veranderd en het bestand ook niet.").format(bestand=path.name,
                                                               n=len(exc.errors)),
                exc.problems,
            )
            self.status.emit(_t("Openen mislukt: {bestand}").format(bestand=path.name))
            return False
        if not installed:
            return False
        result = done.result
        self._remember_folder(path)
        self.recent_changed.emit(settings.add_recent_file(path))
        self.last_problems = result.warnings
        if result.warnings:
            self.show_problems(
                _t("Waarschuwingen bij het openen"),
                _t("{bestand} is geopend, met {n} waarschuwing(en):").format(
                    bestand=path.name, n=len(result.warnings)),
                result.warnings,
            )
        self.loaded.emit(str(path), result.warnings)
        self.status.emit((_t("Geopend om te lezen (opslaan vraagt een nieuwe naam): {bestand}")
                          if read_only else _t("Geopend: {bestand}")).format(bestand=path.name))
        return True

    def ask_locked(self, path: Path, holder: lock.LockInfo) -> str:
        """The map is open elsewhere: ``lezen`` (read-only), ``toch`` (open anyway) or ``""``
        (cancel). Patched in tests."""
        if not self.interactive:
            return "lezen"
        box = QMessageBox(QMessageBox.Icon.Warning, _t("Kaart is al geopend"), rich(_t(
            "{bestand} is al geopend {door}. Wie tegelijk wijzigt, overschrijft elkaars werk."
        ).format(bestand=path.name, door=holder.describe())), parent=self.window)
        read = box.addButton(_t("Alleen lezen"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(_t("Toch openen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_t("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "lezen" if clicked is read else "toch" if clicked is anyway else ""

    def ask_recovery(self, description: str) -> str:
        """A map a crashed window autosaved: ``herstel``, ``weg`` or ``later``. Patched in
        tests."""
        box = QMessageBox(QMessageBox.Icon.Question, _t("Niet-opgeslagen kaart gevonden"),
                          rich(_t("Na een onverwacht einde is deze kaart bewaard: {kaart}. "
                                  "Terugzetten? Het eigen bestand verandert pas als u "
                                  "opslaat.").format(kaart=description)), parent=self.window)
        restore = box.addButton(_t("Herstellen"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_t("Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_t("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "herstel" if clicked is restore else "weg" if clicked is discard else "later"

    def install_recovered(self, region: RegionMap, source: Path | None) -> None:
        """Show a recovered map as unsaved changes to ``source`` (its own file, if any)."""
        self._install(region, source, imported=True)
        self.status.emit(_t("Hersteld; nog niet opgeslagen"))

    def _recovered_interrupted_save(self, path: Path, exc: MapLoadError) -> bool:
        """A CSV folder whose save stopped between its two renames: offer the complete new
        version that waits next to it; whether it was put in place."""
        if [p.code for p in exc.errors] != ["E-FILE-INTERRUPTED"]:
            return False
        if not self.ask_yes_no(_t("Opslaan was onderbroken"), _t(
                "Het opslaan van {naam} is onderbroken, maar de volledige nieuwe versie is er "
                "nog. Die versie terugzetten en openen?").format(naam=path.name)):
            return False
        try:
            return atomic.finish_swap(path)
        except OSError as error:
            self.show_error(_t("Herstellen mislukt"), str(error))
            return False

    def ask_yes_no(self, title: str, text: str) -> bool:
        """A yes/no question (patched in tests)."""
        answer = QMessageBox.question(self.window, title, rich(text))
        return answer == QMessageBox.StandardButton.Yes

    def _install(self, region: RegionMap, path: Path | None, *, imported: bool) -> None:
        self.editor.undo_stack.clear()
        self.document.load(region, path)
        self.editor.undo_stack.setClean()
        self.unsaved_import = imported
        self.modified_changed.emit(self.is_modified())

    # -- save ------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        name = self.document.region.info.naam or _t("kaart")
        current = Path(self.document.path).parent if self.document.path else None
        folder = current if current is not None and not _in_app_folder(current) else Path(
            self._start_folder())
        suggestion = str(folder / f"{_safe_name(name)}{regiokaart.SUFFIX}")
        path = self.ask_save_path(_t("Kaart opslaan als"), suggestion, MAP_FILTER)
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != regiokaart.SUFFIX:
            target = target.with_name(target.name + regiokaart.SUFFIX)
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        holder = lock.holder(path)
        if holder is not None:
            self.show_error(_t("Opslaan mislukt"), _t(
                "{bestand} is geopend {door}; sla op onder een andere naam.").format(
                    bestand=path.name, door=holder.describe()))
            return False
        try:
            save_map(self.document.region, path)
        except (OSError, MapSaveError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.show_error(_t("Opslaan mislukt"),
                            _t("{pad} kon niet worden opgeslagen ({reden}). De kaart staat nog "
                               "open; het bestaande bestand is niet veranderd.").format(
                                pad=path, reden=reason))
            return False
        self.document.set_path(path)
        self.unsaved_import = False
        self.editor.undo_stack.setClean()
        self.modified_changed.emit(self.is_modified())
        self._remember_folder(path)
        self.recent_changed.emit(settings.add_recent_file(path))
        self.status.emit(_t("Opgeslagen: {pad}").format(pad=path))
        return True

    # -- spreadsheet export --------------------------------------------------------------------
    def export_xlsx_dialog(self) -> bool:
        name = _safe_name(self.document.region.info.naam or "kaart")
        path = self.ask_save_path(_t("Exporteren als Excel-werkboek"),
                                  str(Path(self._start_folder()) / f"{name}.xlsx"), XLSX_FILTER)
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return self.export_spreadsheet(path)

    def export_csv_dialog(self) -> bool:
        folder = self.ask_folder(_t("Map kiezen voor de CSV-bestanden"))
        return self.export_spreadsheet(folder + "/") if folder else False

    def export_exchange_dialog(self) -> bool:
        """Export for Gephi, yEd or Kumu; the chosen filter's ending is added when missing."""
        name = _safe_name(self.document.region.info.naam or "kaart")
        path, chosen = self.ask_exchange_path(str(Path(self._start_folder()) / name))
        if not path:
            return False
        endings = dict(EXCHANGE_FILTERS)
        if not path.lower().endswith(tuple(endings.values())):
            path += endings.get(chosen, EXCHANGE_FILTERS[0][1])
        return self.export_spreadsheet(path)

    def export_spreadsheet(self, path: str) -> bool:
        try:
            save_map(self.document.region, path)
        except MapSaveError as exc:
            self.show_error(_t("Exporteren mislukt"), str(exc))
            return False
        self.status.emit(_t("Geëxporteerd: {pad}").format(pad=path))
        return True


def _safe_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip()
    return cleaned or "kaart"


def _in_app_folder(folder: Path) -> bool:
    """Whether ``folder`` lies in the app's bundled examples or resources."""
    resolved = folder.resolve()
    for own in (examples_dir(), resources_dir()):
        own = own.resolve()
        if resolved == own or own in resolved.parents:
            return True
    return False
