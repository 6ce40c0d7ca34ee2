"""Bestand > Overzicht exporteren…: choose the options, see the page, write PDF/PNG/SVG.

The preview is the same page the export writes. It can be zoomed (buttons,
Ctrl + wheel) and enlarged (the options fold away and the dialog fills the
screen). The dialog says which paper the page gets and why, and after saving
where the file went, with a button that opens the folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stakeholders import settings
from stakeholders.export.options import ExportError, ExportOptions
from stakeholders.export.overview import ExportResult, export_overview, plan_pages, render_image
from stakeholders.export.page import PageSpec, page_size
from stakeholders.model.document import Document
from stakeholders.model.regionmap import RegionMap
from stakeholders.ui.divisions_data import division_choices

log = logging.getLogger(__name__)
#: The scope value of "one page per table".
PER_TABLE = "\x00per-tafel"
ZOOM_STEP = 1.25
MIN_DPI, MAX_DPI = 20.0, 220.0


class _Preview(QScrollArea):
    """The page image in a scroll area; Ctrl + wheel zooms."""

    def __init__(self, dialog: ExportDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.label = QLabel(self)
        self.label.setObjectName("exportPreview")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QScrollArea { background: #888; } QLabel { background: #888; }")
        self.setMinimumSize(620, 440)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.dialog.dpi_shown is None:  # fitted: follow the new size
            self.dialog.refit.start()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.dialog.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)


class ExportDialog(QDialog):
    """Options and preview of the overview."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Overzicht exporteren"))
        self.document = document
        self.pages: list[PageSpec] = []
        self.dpi_shown: float | None = None  #: None: the page fits the preview
        self.last_result: ExportResult | None = None
        self.refit = QTimer(self)
        self.refit.setSingleShot(True)
        self.refit.setInterval(60)
        self.refit.timeout.connect(self.show_page)
        self._build_options()
        self._build_preview()
        buttons = QDialogButtonBox(self)
        self.pdf_button = buttons.addButton(self.tr("PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.png_button = buttons.addButton(self.tr("PNG…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.svg_button = buttons.addButton(self.tr("SVG…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self.export_interactive("pdf"))
        self.png_button.clicked.connect(lambda: self.export_interactive("png"))
        self.svg_button.clicked.connect(lambda: self.export_interactive("svg"))
        body = QHBoxLayout()
        body.addWidget(self.side)
        body.addLayout(self.preview_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        for widget in (self.paper, self.page, self.orientation, self.scope, self.anonymous,
                       self.indeling, self.changes_since):
            signal = widget.toggled if isinstance(widget, QCheckBox) else widget.currentIndexChanged
            signal.connect(self._timer.start)
        for edit in (self.title, self.subtitle):
            edit.textChanged.connect(self._timer.start)
        document.changed.connect(self._timer.start)  # the page follows edits
        self.resize(1280, 820)
        self.update_preview()

    # -- building ------------------------------------------------------------------------------
    def _build_options(self) -> None:
        region = self.document.region
        self.paper = QComboBox(self)
        self.paper.setObjectName("exportPaper")
        self.paper.addItem(self.tr("automatisch (A4 of A3)"),
                           "auto")
        self.paper.addItem("A4", "A4")
        self.paper.addItem("A3", "A3")
        self.page = QComboBox(self)
        self.page.setObjectName("exportPage")
        self.page.addItem(self.tr("overzicht: kaart, wat ontbreekt, tafels"), "overzicht")
        self.page.addItem(self.tr("alleen de kaart"), "kaart")
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("exportOrientation")
        self.orientation.addItem(self.tr("liggend"), "landscape")
        self.orientation.addItem(self.tr("staand"), "portrait")
        self.scope = QComboBox(self)
        self.scope.setObjectName("exportScope")
        self.scope.addItem(self.tr("hele regio"), "")
        if region.tables:
            self.scope.addItem(self.tr("een pagina per tafel"), PER_TABLE)
        for table in region.tables:
            self.scope.addItem(table.naam, table.id)
        self.title = QLineEdit(self)
        self.title.setObjectName("exportTitle")
        self.title.setPlaceholderText(region.info.naam)
        self.subtitle = QLineEdit(self)
        self.subtitle.setObjectName("exportSubtitle")
        self.subtitle.setPlaceholderText(self.tr("regio, peildatum, versie"))
        self.anonymous = QCheckBox(self.tr("Anoniem: geen namen van personen"), self)
        self.anonymous.setObjectName("exportAnonymous")
        self.dpi = QSpinBox(self)
        self.dpi.setObjectName("exportDpi")
        self.dpi.setRange(30, 600)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.info = QLabel(self)
        self.info.setObjectName("exportInfo")
        self.info.setWordWrap(True)
        self.saved = QLabel(self)
        self.saved.setObjectName("exportSaved")
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Papier"), self.paper)
        form.addRow(self.tr("Pagina"), self.page)
        form.addRow(self.tr("Oriëntatie"), self.orientation)
        form.addRow(self.tr("Inhoud"), self.scope)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Ondertitel"), self.subtitle)
        form.addRow("", self.anonymous)
        self.indeling = QComboBox(self)  # the regio-indeling block (export/divisions_page.py)
        self.indeling.setObjectName("exportDivision")
        self.indeling.addItem(self.tr("(geen)"), "")
        for slug, label in division_choices():
            self.indeling.addItem(label, slug)
        form.addRow(self.tr("Regio-indeling"), self.indeling)
        self.changes_since = QComboBox(self)  # "Wijzigingen sinds …" (export/changes_block.py)
        self.changes_since.setObjectName("exportChangesSince")
        self.changes_since.addItem(self.tr("(geen)"), "")
        for snapshot in region.snapshots:
            self.changes_since.addItem(snapshot.label, snapshot.naam)
        self.changes_since.setEnabled(bool(region.snapshots))
        form.addRow(self.tr("Wijzigingen sinds"), self.changes_since)
        form.addRow(self.tr("PNG-resolutie"), self.dpi)
        self.side = QWidget(self)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addWidget(self.info)
        side.addWidget(self.saved)
        side.addStretch(1)
        self.side.setMaximumWidth(420)

    def _build_preview(self) -> None:
        self.preview_area = _Preview(self)
        self.preview = self.preview_area.label
        self.zoom_out_button = QPushButton(self.tr("Uitzoomen"), self)
        self.zoom_out_button.setObjectName("exportZoomOut")
        self.zoom_in_button = QPushButton(self.tr("Inzoomen"), self)
        self.zoom_in_button.setObjectName("exportZoomIn")
        self.fit_button = QPushButton(self.tr("Passend"), self)
        self.fit_button.setObjectName("exportZoomFit")
        self.enlarge_button = QPushButton(self.tr("Voorbeeld vergroten"), self)
        self.enlarge_button.setObjectName("exportEnlarge")
        self.enlarge_button.setCheckable(True)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.zoom_to_fit)
        self.enlarge_button.toggled.connect(self.set_enlarged)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("exportZoom")
        bar = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        bar.addWidget(self.enlarge_button)
        self.preview_column = QVBoxLayout()
        self.preview_column.addLayout(bar)
        self.preview_column.addWidget(self.preview_area, 1)

    # -- options and preview ------------------------------------------------------------------
    def options(self) -> ExportOptions:
        scope = self.scope.currentData() or ""
        return ExportOptions(
            paper=self.paper.currentData(),
            orientation=self.orientation.currentData(),
            table="" if scope == PER_TABLE else scope,
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            anonymous=self.anonymous.isChecked(),
            dpi=self.dpi.value(),
            page=self.page.currentData(),
            per_table=scope == PER_TABLE,
            indeling=self.indeling.currentData() or "",
            changes_since=self.changes_since.currentData() or "",
        )

    def update_preview(self) -> None:
        """Lay the page out again (options or map changed) and show it."""
        self.pages = plan_pages(self.region, self.options())
        first = self.pages[0]
        count = len(self.pages)
        text = first.paper_note
        if count > 1:
            papers = "/".join(sorted({p.options.paper for p in self.pages}))
            text = self.tr("{n} pagina's ({papier}); het voorbeeld toont de eerste. ").format(
                n=count, papier=papers) + text
        if first.content.aggregated_note:
            text += " " + first.content.aggregated_note
        self.info.setText(text)
        self.show_page()

    def _fit_dpi(self) -> float:
        size = page_size(self.pages[0].options)  # units of 0.1 pt
        viewport = self.preview_area.viewport().size()
        inches_w, inches_h = size.width() / 720.0, size.height() / 720.0
        return max(MIN_DPI, min(viewport.width() / inches_w, viewport.height() / inches_h) * 0.98)

    def show_page(self) -> None:
        """Render the first page at the current zoom."""
        if not self.pages:
            return
        dpi = self.dpi_shown or self._fit_dpi()
        image = render_image(self.pages[0], round(dpi))
        self.preview_image = image
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.zoom_label.setText(self.tr("{p} %").format(p=round(dpi / 72 * 100)))

    def zoom_by(self, factor: float) -> None:
        current = self.dpi_shown or self._fit_dpi()
        self.dpi_shown = max(MIN_DPI, min(MAX_DPI, current * factor))
        self.show_page()

    def zoom_to_fit(self) -> None:
        self.dpi_shown = None
        self.show_page()

    def set_enlarged(self, enlarged: bool) -> None:
        """Fold the options away and fill the screen with the preview (or back)."""
        self.side.setVisible(not enlarged)
        self.enlarge_button.setText(self.tr("Voorbeeld verkleinen") if enlarged
                                    else self.tr("Voorbeeld vergroten"))
        if enlarged:
            self.showMaximized()
        else:
            self.showNormal()
        QTimer.singleShot(0, self.show_page)

    # -- saving --------------------------------------------------------------------------------
    def ask_path(self, kind: str) -> str:
        name = "".join(c if c.isalnum() or c in " -_" else "_"
                       for c in (self.region.info.naam or "overzicht")).strip() or "overzicht"
        folder = settings.get(settings.LAST_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Overzicht opslaan"),
                                              str(Path(folder) / f"{name}.{kind}"),
                                              f"{kind.upper()} (*.{kind})")
        if path and not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        return path

    def export_to(self, path: str) -> bool:
        try:
            result = export_overview(self.region, Path(path), self.options())
        except ExportError as exc:
            QMessageBox.critical(self, self.tr("Exporteren mislukt"), str(exc))
            return False
        settings.put(settings.LAST_FOLDER, str(Path(path).parent))
        self.last_result = result
        self.saved.setText(self.tr("Opgeslagen: {wat}").format(wat=result.summary()))
        self.confirm_saved(result)
        return True

    def confirm_saved(self, result: ExportResult) -> QMessageBox:
        """Say where the file went and offer to open its folder (a non-blocking message)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Overzicht opgeslagen"),
                          self.tr("Opgeslagen in {map}:").format(map=result.paths[0].parent)
                          + "\n" + "\n".join(p.name for p in result.paths), parent=self)
        box.setObjectName("exportSavedMessage")
        box.setInformativeText(result.summary())
        open_button = box.addButton(self.tr("Map openen"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("exportOpenFolder")
        box.addButton(QMessageBox.StandardButton.Ok)
        folder = result.paths[0].parent
        open_button.clicked.connect(lambda: self.open_folder(folder))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        return box

    def open_folder(self, folder: Path) -> bool:
        """Show ``folder`` in the system's file manager."""
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not ok:
            log.warning("could not open %s", folder)
        return ok

    def export_interactive(self, kind: str) -> bool:
        path = self.ask_path(kind)
        return self.export_to(path) if path else False

    @property
    def region(self) -> RegionMap:
        """The map as it is now (the dialog may stay open while the user edits)."""
        return self.document.region

    @classmethod
    def run(cls, document: Document, parent: QWidget | None = None) -> ExportDialog:
        """Show the dialog (non-blocking)."""
        dialog = cls(document, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog
