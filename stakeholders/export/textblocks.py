"""Text helpers of the page: fonts in page units, rich-text documents, headings.

Page coordinates are units of 0.1 point; every font is sized in pixels of
those units. Nothing on the page is set below :data:`MIN_TEXT` (5 pt).
Text wraps at word boundaries only, never inside a word.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextDocument, QTextOption

from stakeholders.look import style as S

UNITS_PER_POINT = 10
UNITS_PER_INCH = 72 * UNITS_PER_POINT
#: The smallest text on the page: 5 pt.
MIN_TEXT = 5.0 * UNITS_PER_POINT
TEXT_COLOUR = "#222222"


def page_font(size: float, bold: bool = False) -> QFont:
    """DejaVu Sans at ``size`` page units (never below 5 pt), ligatures off."""
    font = QFont(S.FONT_FAMILY)
    font.setPixelSize(max(round(MIN_TEXT), round(size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    S.searchable(font)
    return font


def rich_document(body: str, width: float, size: float) -> QTextDocument:
    """A rich-text document at ``size`` units, wrapped at ``width`` between words only."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(page_font(size))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setUseDesignMetrics(True)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(f"body {{ color: {TEXT_COLOUR}; }} p {{ margin: 0; }}")
    doc.setHtml(f"<body>{body}</body>")
    doc.setTextWidth(width)
    return doc


def draw_document(painter: QPainter, doc: QTextDocument, box: QRectF) -> None:
    painter.save()
    painter.translate(box.topLeft())
    doc.drawContents(painter, QRectF(0, 0, box.width(), box.height()))
    painter.restore()


def fit_document(make_html, box: QRectF, largest: float, smallest: float = MIN_TEXT
                 ) -> tuple[QTextDocument, bool]:
    """The document at the largest size (units) at which it fits ``box``, and whether it does."""
    size = largest
    while True:
        doc = rich_document(make_html(size), box.width(), size)
        if doc.size().height() <= box.height() or size <= smallest:
            return doc, doc.size().height() <= box.height()
        size = max(smallest, size * 0.92)


def one_line_size(painter: QPainter, text: str, width: float, largest: float,
                  smallest: float = MIN_TEXT, bold: bool = False) -> float:
    """The largest size (units, at least ``smallest``) at which ``text`` fits on one line."""
    size = largest
    while size > smallest:
        painter.setFont(page_font(size, bold))
        if painter.fontMetrics().horizontalAdvance(text) <= width:
            break
        size = max(smallest, size * 0.93)
    return size


def heading(painter: QPainter, box: QRectF, text: str, scale: float) -> QRectF:
    """Draw a block heading with a rule under it; return the room left below."""
    painter.setFont(page_font(78 * scale, bold=True))
    painter.setPen(QColor(S.TABLE_BORDER))
    height = 110 * scale
    painter.drawText(QRectF(box.left(), box.top(), box.width(), height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    painter.setPen(QPen(QColor("#cccccc"), 4))
    painter.drawLine(QPointF(box.left(), box.top() + height),
                     QPointF(box.right(), box.top() + height))
    return QRectF(box.left(), box.top() + height + 30 * scale, box.width(),
                  box.height() - height - 30 * scale)
