"""The regio-indeling block on the overview page (an option: ``--indeling SLUG``).

When :attr:`ExportOptions.indeling` names a division, the band under the map shares its
"Domeinen aan tafel" box with a schematic of the page's gemeenten per region of that
division (:mod:`stakeholders.export.divisions_schematic`): the map's own gemeenten, or on
a page for one table its werkgebied. The divisions are the shipped ones plus the user's
imports (the same as the view). :func:`split` and :func:`draw` are the page's hook.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from stakeholders.export.content import OverviewContent
from stakeholders.export.divisions_schematic import Schematic, build_schematic, draw_page_block
from stakeholders.export.options import ExportError, ExportOptions
from stakeholders.i18n import tr

#: Share of the coverage box the schematic takes.
SHARE = 0.5
GAP = 100.0


def divisions():
    """The divisions for the page: shipped plus the user's imports."""
    from stakeholders import userdata
    from stakeholders.io.cbs_store import load_divisions

    return load_divisions(userdata.data_dir())


def page_schematic(content: OverviewContent, options: ExportOptions) -> Schematic | None:
    """The schematic the page shows, or ``None`` without the option (cached per content)."""
    if not options.indeling or content.scoped is None:
        return None
    if "indeling" not in content.extra:
        from stakeholders.model.congruence import MAP_ID, analyse

        data = divisions()
        if options.indeling not in data.divisions:
            raise ExportError(tr("export", "onbekende regio-indeling '{i}' (bekend: {bekend})")
                              .format(i=options.indeling, bekend=", ".join(data.divisions)))
        report = analyse(content.scoped, data)
        area = report.area(options.table or MAP_ID) or report.map_area
        content.extra["indeling"] = build_schematic(report, area, options.indeling, page=True)
    return content.extra["indeling"]


def split(box: QRectF | None) -> tuple[QRectF | None, QRectF | None]:
    """(the coverage box, the schematic box): the schematic takes the right part."""
    if box is None:
        return None, None
    width = box.width() * SHARE
    return (QRectF(box.left(), box.top(), box.width() - width - GAP / 2, box.height()),
            QRectF(box.right() - width + GAP / 2, box.top(), width - GAP / 2, box.height()))


def draw(painter: QPainter, box: QRectF, schematic: Schematic, scale: float) -> None:
    draw_page_block(painter, box, schematic, scale)
