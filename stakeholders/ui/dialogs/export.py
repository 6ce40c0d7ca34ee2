"""Bestand > Overzicht exporteren…: choose the options, see the page, write PDF/PNG/SVG.

The preview is the same page the export writes (rendered at low resolution).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stakeholders import settings
from stakeholders.export.content import build_content
from stakeholders.export.options import ExportError, ExportOptions
from stakeholders.export.overview import export_overview, render_image
from stakeholders.model.document import Document
from stakeholders.model.regionmap import RegionMap

log = logging.getLogger(__name__)
PREVIEW_DPI = 42


class ExportDialog(QDialog):
    """Options and preview of the one-page overview."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Overzicht exporteren"))
        self.document = document
        region = document.region
        self.paper = QComboBox(self)
        self.paper.setObjectName("exportPaper")
        self.paper.addItems(["A4", "A3"])
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("exportOrientation")
        self.orientation.addItem(self.tr("liggend"), "landscape")
        self.orientation.addItem(self.tr("staand"), "portrait")
        self.scope = QComboBox(self)
        self.scope.setObjectName("exportScope")
        self.scope.addItem(self.tr("hele regio"), "")
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
        form = QFormLayout()
        form.addRow(self.tr("Papier"), self.paper)
        form.addRow(self.tr("Oriëntatie"), self.orientation)
        form.addRow(self.tr("Inhoud"), self.scope)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Ondertitel"), self.subtitle)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("PNG-resolutie"), self.dpi)
        self.preview = QLabel(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setMinimumSize(520, 380)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #888;")
        buttons = QDialogButtonBox(self)
        self.pdf_button = buttons.addButton(self.tr("PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.png_button = buttons.addButton(self.tr("PNG…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.svg_button = buttons.addButton(self.tr("SVG…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self.export_interactive("pdf"))
        self.png_button.clicked.connect(lambda: self.export_interactive("png"))
        self.svg_button.clicked.connect(lambda: self.export_interactive("svg"))
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        for widget in (self.paper, self.orientation, self.scope, self.anonymous):
            signal = widget.toggled if isinstance(widget, QCheckBox) else widget.currentIndexChanged
            signal.connect(self._timer.start)
        for edit in (self.title, self.subtitle):
            edit.textChanged.connect(self._timer.start)
        document.changed.connect(self._timer.start)  # the page follows edits
        self.update_preview()

    def options(self) -> ExportOptions:
        return ExportOptions(
            paper=self.paper.currentText(),
            orientation=self.orientation.currentData(),
            table=self.scope.currentData() or "",
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            anonymous=self.anonymous.isChecked(),
            dpi=self.dpi.value(),
        )

    def update_preview(self) -> None:
        """Render the page as it will be exported, small."""
        options = self.options()
        image = render_image(build_content(self.region, options), options, PREVIEW_DPI)
        self.preview_image = image
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

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
            export_overview(self.region, Path(path), self.options())
        except ExportError as exc:
            QMessageBox.critical(self, self.tr("Exporteren mislukt"), str(exc))
            return False
        settings.put(settings.LAST_FOLDER, str(Path(path).parent))
        return True

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
