"""Beeld > Regio-indelingen: where the map and its tables lie, and where divisions cut across.

Tab *Overzicht*: choose the area (the map, or a table with a werkgebied) and a division;
the view shows the one-line summary, the cut-across facts of the whole map
(:func:`~stakeholders.model.congruence_report.facts`) and a schematic of the area's
gemeenten per region (:mod:`stakeholders.export.divisions_schematic`). Tab *Over de
gegevens*: source, year and licence of every division (the derived GGD mapping says so),
the CBS years the user imported, and *CBS-bestand importeren…*. The view follows every
edit of the map. :mod:`~stakeholders.ui.dialogs.divisions_menu` adds its menu entries
(Beeld and Help) to the window and imports this module when one is chosen.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stakeholders import userdata
from stakeholders.export.divisions_schematic import Schematic, build_schematic, draw_schematic
from stakeholders.i18n import data_text, translator
from stakeholders.io.cbs_gebieden import CbsImportError, read_cbs_file
from stakeholders.io.cbs_store import save_import, stored_years
from stakeholders.model.congruence import MAP_ID, Congruence, analyse
from stakeholders.model.congruence_report import sections, summary
from stakeholders.model.divisions import Divisions
from stakeholders.model.document import Document
from stakeholders.ui import divisions_data

_t = translator("DivisionsView")

log = logging.getLogger(__name__)


class SchematicWidget(QWidget):
    """Draws a :class:`Schematic` at the largest readable size that fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("divisionsSchematic")
        self.schematic = Schematic("", ())
        self.setMinimumSize(320, 240)
        self.setAutoFillBackground(True)

    def set_schematic(self, schematic: Schematic) -> None:
        self.schematic = schematic
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        box = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        draw_schematic(painter, box, self.schematic, 20.0, 10.0)
        painter.end()


def sources_html(data: Divisions, stored: list[dict]) -> str:
    """"Over de gegevens": every division with source, year and licence; the imports."""
    e = html.escape

    def d(text: str) -> str:  # a text of the bundled data, in the active language
        return e(data_text("divisions", text))

    rows = []
    for division in data.ordered():
        derived = (f"<br><b style='color:#AA3377'>{d(division.derived)}</b>"
                   if division.derived else "")
        rows.append(f"<tr><td><b>{d(division.label)}</b></td><td>{d(division.source)}"
                    f"{derived}</td><td>{division.year}</td><td>{d(division.licence)}</td></tr>")
    imports = "".join("<li>" + e(_t("{jaar}: {bestand}, geïmporteerd op {datum} ({wat})").format(
        jaar=item.get("jaar"), bestand=item.get("bestand"), datum=item.get("geimporteerd"),
        wat=", ".join(x["indeling"] for x in item.get("indelingen", [])))) + "</li>"
        for item in stored)
    head = "".join(f"<th>{e(word)}</th>" for word in (
        _t("indeling"), _t("bron"), _t("jaar"), _t("licentie")))
    about = _t("Gemeenten 2010–2026: Bron: CBS (Centraal Bureau voor de Statistiek), CC BY "
               "4.0, uit de tabellen 'Gebieden in Nederland'. Een gemeente die niet meer "
               "bestaat, telt als haar opvolger (bijvoorbeeld Vlagtwedde als Westerwolde); "
               "samenvoegingen komen uit de herindelingen, naamswijzigingen met dezelfde code "
               "uit de CBS-lijst.")
    derived_note = _t("De indeling in GGD-regio's is afgeleid, niet overgenomen uit een tabel "
                      "van CBS: controleer haar, of importeer een recent CBS-bestand (dat "
                      "vervangt haar).")
    missing = _t("Zorgkantoorregio, jeugdregio en ROAZ-regio per gemeente levert de app niet "
                 "mee: importeer ze uit het CBS-bestand 'Gebieden in Nederland' van een jaar "
                 "(de CSV-download van StatLine of het open-databestand). De gegevens komen "
                 "in uw eigen gegevensmap, niet in de app.")
    done = (f"<p><b>{e(_t('Geïmporteerd:'))}</b></p><ul>{imports}</ul>" if imports
            else f"<p><i>{e(_t('Nog niets geïmporteerd.'))}</i></p>")
    return (f"<h3>{e(_t('Over de gegevens'))}</h3><p>{e(about)}</p>"
            "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
            f"<p>{e(derived_note)}</p><p>{e(missing)}</p>{done}")


class DivisionsView(QDialog):
    """The congruence of the open map with the regional divisions (non-modal)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("divisionsView")
        self.setWindowTitle(self.tr("Regio-indelingen"))
        self.resize(1180, 760)
        self.document = document
        self.report: Congruence | None = None

        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("divisionsArea")
        self.division_combo = QComboBox(self)
        self.division_combo.setObjectName("divisionsDivision")
        self.summary = QLabel(self)
        self.summary.setObjectName("divisionsSummary")
        self.summary.setWordWrap(True)
        self.facts = QListWidget(self)
        self.facts.setObjectName("divisionsFacts")
        self.facts.setWordWrap(True)
        self.facts.setSpacing(2)
        self.schematic = SchematicWidget(self)
        self.sources = QTextBrowser(self)
        self.sources.setObjectName("divisionsSources")
        self.import_button = QPushButton(self.tr("CBS-bestand importeren…"), self)
        self.import_button.setObjectName("divisionsImport")
        self.import_button.clicked.connect(self.import_dialog)
        self.import_status = QLabel(self)
        self.import_status.setObjectName("divisionsImportStatus")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._overview_tab(), self.tr("Overzicht"))
        self.tabs.addTab(self._sources_tab(), self.tr("Over de gegevens"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

        self.area_combo.currentIndexChanged.connect(self._show_area)
        self.division_combo.currentIndexChanged.connect(self._show_area)
        for signal in (document.changed, document.info_changed, document.reset):
            signal.connect(self._on_map_changed)
        self.refresh()

    def _on_map_changed(self) -> None:
        """Follow the map while shown; a hidden view refreshes when it is shown again."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _overview_tab(self) -> QWidget:
        tab = QWidget(self)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Gebied:"), tab))
        choose.addWidget(self.area_combo, 2)
        choose.addWidget(QLabel(self.tr("Indeling:"), tab))
        choose.addWidget(self.division_combo, 1)
        left = QWidget(tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>" + self.tr("Waar het schuurt") + "</b>", left))
        left_layout.addWidget(self.facts)
        splitter = QSplitter(tab)
        splitter.addWidget(left)
        splitter.addWidget(self.schematic)
        splitter.setSizes([480, 660])
        layout = QVBoxLayout(tab)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        return tab

    def _sources_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.sources, 1)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.import_status, 1)
        layout.addLayout(row)
        return tab

    # -- content -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Analyse the map again and show it (keeps the chosen area and division)."""
        data = divisions_data.current_divisions()
        self.report = analyse(self.document.region, data)
        area_id = self.area_combo.currentData() or MAP_ID
        slug = self.division_combo.currentData() or "ggd-regio"
        self.area_combo.blockSignals(True)
        self.division_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("De kaart: {naam}").format(
            naam=self.report.map_area.name), MAP_ID)
        for area in self.report.tables:
            self.area_combo.addItem(self.tr("Tafel: {naam}").format(naam=area.name), area.id)
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(area_id)))
        self.division_combo.clear()
        for value, label in divisions_data.division_choices():
            self.division_combo.addItem(label, value)
        self.division_combo.setCurrentIndex(max(0, self.division_combo.findData(slug)))
        self.area_combo.blockSignals(False)
        self.division_combo.blockSignals(False)
        self._fill_facts(sections(self.report))
        self.sources.setHtml(sources_html(data, stored_years(userdata.data_dir())))
        self._show_area()

    def _fill_facts(self, groups: list[tuple[str, list[str]]]) -> None:
        self.facts.clear()
        if not groups:
            self.facts.addItem(self.tr("Niets: alles valt samen, of er zijn nog geen gemeenten "
                                       "vastgelegd."))
        for title, items in groups:
            head = QListWidgetItem(title, self.facts)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            head.setForeground(QColor("#332288"))
            for fact in items:
                QListWidgetItem("   • " + fact, self.facts)

    def facts_texts(self) -> list[str]:
        """The facts as listed (without the group headings)."""
        return [self.facts.item(i).text().removeprefix("   • ")
                for i in range(self.facts.count()) if self.facts.item(i).flags()]

    def _show_area(self, *_args) -> None:
        if self.report is None:
            return
        area = self.report.area(self.area_combo.currentData() or MAP_ID) \
            or self.report.map_area
        slug = self.division_combo.currentData() or "ggd-regio"
        text = f"<b>{html.escape(area.name, False)}</b>: {html.escape(summary(area), False)}"
        if area.id == MAP_ID:
            text += "<br><span style='color:#555'>" + html.escape(self.tr(
                "Gemeenten van de kaart: {basis}").format(basis=area.basis)) + "</span>"
        self.summary.setText(text)
        self.schematic.set_schematic(build_schematic(self.report, area, slug))

    # -- import ------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CBS 'Gebieden in Nederland' importeren"), "",
            self.tr("CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Read, store and use a CBS file; a bad file gives its message and changes nothing."""
        try:
            try:
                cbs = read_cbs_file(path)
            except CbsImportError as exc:
                if "het jaar" not in str(exc):
                    raise
                year, ok = QInputDialog.getInt(self, self.tr("Jaar van de tabel"), self.tr(
                    "Van welk jaar is deze tabel 'Gebieden in Nederland'?"), 2025, 2010, 2100)
                if not ok:
                    return False
                cbs = read_cbs_file(path, year)
            save_import(cbs, userdata.data_dir())
        except CbsImportError as exc:
            QMessageBox.warning(self, self.tr("Importeren niet gelukt"), str(exc))
            return False
        divisions_data.reload()
        labels = ", ".join(d.label for d, _p in cbs.imported_year().divisions)
        self.import_status.setText(self.tr("Geïmporteerd: {jaar}, {n} gemeenten ({wat}).").format(
            jaar=cbs.year, n=len(cbs.gemeenten), wat=labels))
        self.refresh()
        return True


def show_view(window: QMainWindow, tab: int = 0) -> DivisionsView:
    """Open (or raise) the window's view on ``tab`` (0 overview, 1 about the data)."""
    view = getattr(window, "divisions_view", None)
    if view is None:
        view = DivisionsView(window.document, window)
        window.divisions_view = view
    view.tabs.setCurrentIndex(tab)
    view.show()
    view.raise_()
    return view
