"""Export the overview as PDF (vector, fonts embedded), PNG or SVG: one page, or one per table.

The same :class:`~stakeholders.export.page.OverviewPainter` draws every
format, so the PDF, the PNG, the SVG and the preview in the export dialog
are the same page. :func:`plan_pages` decides each page's paper and map
(:mod:`stakeholders.export.plan`). With one page per table a PDF gets a page
per table; PNG and SVG get a file per table, named after the target with the
table's id appended: ``kaart.png`` -> ``kaart-T-A1.png``, ``kaart-T-A2.png``.
Files are written atomically.
"""

from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPdfWriter

from stakeholders import __version__
from stakeholders.export.content import OverviewContent, build_content
from stakeholders.export.options import ExportError, ExportOptions, format_of
from stakeholders.export.page import UNITS_PER_INCH, OverviewPainter, PageSpec, page_layout
from stakeholders.export.plan import MIN_TABLE_NAME_PT, plan_page
from stakeholders.i18n import translator
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.model.regionmap import RegionMap

log = logging.getLogger(__name__)


_t = translator("export")


@dataclass
class ExportResult:
    """What an export wrote: the files and the pages (paper, name size, content)."""

    paths: list[Path]
    pages: list[PageSpec]

    @property
    def content(self) -> OverviewContent:
        return self.pages[0].content

    def summary(self) -> str:
        """One Dutch sentence for the user: where, how many pages, which paper."""
        papers = sorted({p.options.paper for p in self.pages})
        smallest = min(p.name_pt for p in self.pages)
        where = ", ".join(str(p) for p in self.paths)
        pages = len(self.pages)
        text = _t("{waar}: {n} pagina('s), {papier}, namen minstens {pt} pt").format(
            waar=where, n=pages, papier="/".join(papers),
            pt=f"{smallest:.1f}".replace(".", ","))
        if any(p.content.aggregated_note for p in self.pages):
            text += " " + _t("(kaart geaggregeerd)")
        return text + "."


def plan_pages(region: RegionMap, options: ExportOptions, today: date | None = None
               ) -> list[PageSpec]:
    """The page(s) an export with ``options`` makes: one, or one per table."""
    if options.table and options.table not in {t.id for t in region.tables}:
        raise ExportError(_t("onbekende tafel '{id}'").format(id=options.table))
    if not options.per_table:
        return [plan_page(build_content(region, options, today), options)]
    if not region.tables:
        raise ExportError(_t("de kaart heeft geen tafels: een pagina per tafel kan niet"))
    pages = []
    for table in region.tables:
        single = replace(options, table=table.id, per_table=False)
        pages.append(plan_page(build_content(region, single, today), single, MIN_TABLE_NAME_PT))
    return pages


def render_image(spec: PageSpec, dpi: int) -> QImage:
    """The page as an image at ``dpi`` (also the export dialog's preview)."""
    page = OverviewPainter(spec)
    factor = dpi / UNITS_PER_INCH
    size = QSize(round(page.size.width() * factor), round(page.size.height() * factor))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        page.paint(painter)
    finally:
        painter.end()
    return image


def _pdf_bytes(pages: list[PageSpec]) -> bytes:
    # QPdfWriter writes to a file; write to a temporary file, then move atomically.
    with tempfile.TemporaryDirectory() as folder:
        temp = Path(folder) / "page.pdf"
        writer = QPdfWriter(str(temp))
        writer.setResolution(UNITS_PER_INCH)
        writer.setPageLayout(page_layout(pages[0].options))
        writer.setTitle(pages[0].content.title)
        writer.setCreator(f"stakeholders {__version__}")
        painter = QPainter(writer)
        if not painter.isActive():
            raise ExportError(_t("de PDF kan niet worden gemaakt"))
        try:
            for index, spec in enumerate(pages):
                if index:
                    writer.setPageLayout(page_layout(spec.options))
                    writer.newPage()
                OverviewPainter(spec).paint(painter)
        finally:
            painter.end()
        del writer
        return temp.read_bytes()


def _svg_bytes(spec: PageSpec) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    page = OverviewPainter(spec)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(UNITS_PER_INCH)
    generator.setSize(QSize(round(page.size.width()), round(page.size.height())))
    generator.setViewBox(QRectF(0, 0, page.size.width(), page.size.height()))
    generator.setTitle(spec.content.title)
    generator.setDescription(f"stakeholders {__version__}")
    painter = QPainter(generator)
    try:
        page.paint(painter)
    finally:
        painter.end()
    buffer.close()
    return xml_safe(bytes(data.data()))


#: What XML 1.0 cannot hold, even as a character reference: control characters (but tab,
#: line feed and carriage return), lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(svg: bytes) -> bytes:
    """The SVG without the characters XML cannot hold (a name's control characters are
    dropped, never written: the file stays well-formed whatever a name holds)."""
    text = svg.decode("utf-8", "surrogatepass")
    return _NOT_XML.sub("", text).encode("utf-8")


def _png_bytes(spec: PageSpec) -> bytes:
    image = render_image(spec, spec.options.dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError(_t("de PNG kan niet worden gemaakt"))
    buffer.close()
    return bytes(data.data())


def table_file(path: Path, table_id: str) -> Path:
    """The file of one table's page: ``kaart.png`` + ``T-A1`` -> ``kaart-T-A1.png``."""
    safe = re.sub(r"[^\w.-]+", "_", table_id).strip("._") or "tafel"
    return path.with_name(f"{path.stem}-{safe}{path.suffix}")


def _write(path: Path, data: bytes) -> None:
    try:
        write_bytes_atomic(path, data)
    except OSError as exc:
        raise ExportError(_t("{pad} kan niet worden geschreven ({reden})").format(
            pad=path, reden=exc.strerror or exc)) from exc
    log.info("exported %s (%d bytes)", path, len(data))


def export_overview(region: RegionMap, path: Path, options: ExportOptions | None = None,
                    today: date | None = None) -> ExportResult:
    """Write the overview of ``region`` to ``path`` (.pdf, .png or .svg)."""
    options = options or ExportOptions()
    path = Path(path)
    kind = format_of(path)
    pages = plan_pages(region, options, today)
    if kind == "pdf":
        _write(path, _pdf_bytes(pages))
        return ExportResult([path], pages)
    make = _png_bytes if kind == "png" else _svg_bytes
    if not options.per_table:
        _write(path, make(pages[0]))
        return ExportResult([path], pages)
    paths = []
    for spec in pages:
        target = table_file(path, spec.options.table)
        _write(target, make(spec))
        paths.append(target)
    return ExportResult(paths, pages)
