"""Export the one-page overview as PDF (vector, fonts embedded), PNG or SVG.

The same :class:`~stakeholders.export.page.OverviewPainter` draws every
format, so the PDF, the PNG, the SVG and the preview in the export dialog
are the same page. Files are written atomically.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPdfWriter

from stakeholders import __version__
from stakeholders.export.content import OverviewContent, build_content
from stakeholders.export.options import ExportError, ExportOptions, format_of
from stakeholders.export.page import UNITS_PER_INCH, OverviewPainter, page_layout
from stakeholders.io.atomic import write_bytes_atomic
from stakeholders.model.regionmap import RegionMap

log = logging.getLogger(__name__)


def render_image(content: OverviewContent, options: ExportOptions, dpi: int) -> QImage:
    """The page as an image at ``dpi`` (also the export dialog's preview)."""
    page = OverviewPainter(content, options)
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


def _pdf_bytes(content: OverviewContent, options: ExportOptions) -> bytes:
    # QPdfWriter writes to a file; write to a temporary file, then move atomically.
    with tempfile.TemporaryDirectory() as folder:
        temp = Path(folder) / "page.pdf"
        writer = QPdfWriter(str(temp))
        writer.setResolution(UNITS_PER_INCH)
        writer.setPageLayout(page_layout(options))
        writer.setTitle(content.title)
        writer.setCreator(f"stakeholders {__version__}")
        painter = QPainter(writer)
        if not painter.isActive():
            raise ExportError("de PDF kan niet worden gemaakt")
        try:
            OverviewPainter(content, options).paint(painter)
        finally:
            painter.end()
        del writer
        return temp.read_bytes()


def _svg_bytes(content: OverviewContent, options: ExportOptions) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    page = OverviewPainter(content, options)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(UNITS_PER_INCH)
    generator.setSize(QSize(round(page.size.width()), round(page.size.height())))
    generator.setViewBox(QRectF(0, 0, page.size.width(), page.size.height()))
    generator.setTitle(content.title)
    generator.setDescription(f"stakeholders {__version__}")
    painter = QPainter(generator)
    try:
        page.paint(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _png_bytes(content: OverviewContent, options: ExportOptions) -> bytes:
    image = render_image(content, options, options.dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("de PNG kan niet worden gemaakt")
    buffer.close()
    return bytes(data.data())


def export_overview(region: RegionMap, path: Path, options: ExportOptions | None = None,
                    today: date | None = None) -> OverviewContent:
    """Write the overview of ``region`` to ``path`` (.pdf, .png or .svg); return its content."""
    options = options or ExportOptions()
    kind = format_of(Path(path))
    if options.table and options.table not in {t.id for t in region.tables}:
        raise ExportError(f"onbekende tafel '{options.table}'")
    content = build_content(region, options, today)
    data = {"pdf": _pdf_bytes, "png": _png_bytes, "svg": _svg_bytes}[kind](content, options)
    try:
        write_bytes_atomic(Path(path), data)
    except OSError as exc:
        raise ExportError(f"{path} kan niet worden geschreven ({exc.strerror or exc})") from exc
    log.info("exported %s (%s, %d bytes)", path, kind, len(data))
    return content
