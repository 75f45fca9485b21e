"""Printing and PDF: the class report and a certificate of completion.

The class report is HTML laid out by a :class:`QTextDocument`, which paginates it on a
PDF writer or a printer. The certificate is drawn with :class:`QPainter` on one
landscape page. Every font prefers Noto Sans CJK SC, with fallbacks, so Chinese names
print as Chinese characters and not as empty boxes.

PDF files are written to memory first and then saved atomically.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ..core.report import ClassReport, HelpReason, RowStatus
from ..core.storage import atomic_write_bytes

translate = QCoreApplication.translate

FONT_FAMILIES = [
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK",
    "Noto Sans",
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica",
    "Arial",
]

PDF_RESOLUTION = 300  # dots per inch for drawn pages
INK = QColor("#1d3557")  # dark blue for titles and borders
ACCENT = QColor("#b08d57")  # muted gold for the inner border and rules
MUTED = QColor("#4a5560")

PageSize = QPageSize | QPageSize.PageSizeId


def print_font(point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """A font for printing that has Chinese glyphs when the system has any CJK font."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # Noto Sans CJK's 'locl' feature swaps Latin digits for glyphs that Qt's PDF writer
    # cannot map back to characters, so digits would vanish when text is copied out of
    # the PDF. The SC face already draws Simplified Chinese forms without it.
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def default_page_size() -> QPageSize.PageSizeId:
    """Letter where the system uses US measurements, A4 elsewhere."""
    if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def _page_size(page_size: PageSize) -> QPageSize:
    return page_size if isinstance(page_size, QPageSize) else QPageSize(page_size)


def _date_text(day: _dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _write_pdf(
    path: Path, page: QPageLayout, title: str, draw: Callable[[QPdfWriter], None]
) -> None:
    """Draw on a PDF writer in memory, then save the bytes atomically to ``path``."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page)
    writer.setTitle(title)
    writer.setCreator(QCoreApplication.applicationName() or "ailiteracy")
    draw(writer)
    del writer  # the painter has ended: the PDF is complete in the buffer
    buffer.close()
    atomic_write_bytes(path, bytes(data.data()))


# --------------------------------------------------------------------------- class report

_CELL = "border-width:1px; border-style:solid; border-color:#7a8694; padding:4px;"
_TABLE = (
    'border="1" cellspacing="0" cellpadding="4" width="100%" '
    'style="border-width:1px; border-style:solid; border-color:#7a8694; '
    'border-collapse:collapse; margin-top:4px; margin-bottom:10px;"'
)


def _status_text(status: RowStatus, overdue: bool) -> str:
    text = {
        RowStatus.PASSED: translate("Printing", "Passed"),
        RowStatus.NOT_PASSED: translate("Printing", "Not passed"),
        RowStatus.NOT_STARTED: translate("Printing", "Not started"),
    }[status]
    if overdue:
        text = translate("Printing", "%1, overdue").replace("%1", text)
    return text


def _reason_text(reason: HelpReason, module_title: str, failed: int) -> str:
    if reason == HelpReason.REPEATED_FAILS:
        return (
            translate("Printing", 'Failed the quiz of "%1" %2 times and has not passed it yet')
            .replace("%1", module_title)
            .replace("%2", str(failed))
        )
    return translate("Printing", "The due date has passed and nothing has been done")


def _percent(value: float | int | None) -> str:
    if value is None:
        return "–"
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    return translate("Printing", "%1%").replace("%1", shown)


def _table(
    headers: list[str],
    rows: list[list[str]],
    numeric: frozenset[int] = frozenset(),
    widths: tuple[int, ...] = (),
    breaks: frozenset[int] = frozenset(),
) -> str:
    """An HTML table; ``rows`` hold HTML already escaped, ``widths`` are percentages.

    Before each row index in ``breaks`` the table ends and goes on, with its header,
    on a new page (see :func:`report_document`).
    """
    sized = [f' width="{w}%"' for w in widths] + [""] * len(headers)
    head = "".join(
        f'<th align="left"{sized[n]} style="{_CELL} background-color:#e3e9f0;">{_e(h)}</th>'
        for n, h in enumerate(headers)
    )
    tables: list[list[str]] = [[]]
    for index, row in enumerate(rows):
        if index in breaks and tables[-1]:
            tables.append([])
        cells = "".join(
            f'<td style="{_CELL}" align="{"right" if n in numeric else "left"}">{cell}</td>'
            for n, cell in enumerate(row)
        )
        tables[-1].append(f"<tr>{cells}</tr>")
    out = []
    for n, body in enumerate(tables):
        attrs = _TABLE if n == 0 else _TABLE.replace('style="', 'style="page-break-before:always; ')
        out.append(f"<table {attrs}><thead><tr>{head}</tr></thead>{''.join(body)}</table>")
    return "".join(out)


def _tag(tag: str, text: str, style: str = "") -> str:
    attrs = f' style="{style}"' if style else ""
    return f"<{tag}{attrs}>{_e(text)}</{tag}>"


def report_html(report: ClassReport, breaks: Mapping[int, set[int]] | None = None) -> str:
    """The class report as HTML for a :class:`QTextDocument`.

    ``breaks`` maps the number of a table (0 for the first) to the rows that start a
    new page.
    """

    def cut(table: int) -> frozenset[int]:
        return frozenset((breaks or {}).get(table, ()))

    a = report.assignment
    facts = [
        translate("Printing", "Class: %1").replace("%1", a.class_name or "–"),
        translate("Printing", "Due: %1").replace("%1", _date_text(a.due)),
        translate("Printing", "Pass mark: %1").replace("%1", _percent(a.pass_mark)),
        translate("Printing", "Report made on %1").replace("%1", _date_text(report.today)),
        translate("Printing", "Learners: %1").replace("%1", str(len(report.learners))),
    ]
    parts = [
        _tag("h1", translate("Printing", "Class report"), f"color:{INK.name()};"),
        _tag("h2", a.title),
        "<p>" + "<br/>".join(_e(f) for f in facts) + "</p>",
    ]
    if report.overdue:
        passed_due = translate("Printing", "The due date has passed.")
        parts.append(f"<p><b>{_e(passed_due)}</b></p>")

    parts.append(_tag("h3", translate("Printing", "Modules")))
    module_headers = [
        translate("Printing", "Module"),
        translate("Printing", "Passed"),
        translate("Printing", "Not passed"),
        translate("Printing", "Not started"),
        translate("Printing", "Average best score"),
    ]
    module_rows = [
        [
            _e(m.title),
            str(m.passed),
            str(m.not_passed),
            str(m.not_started),
            _e(_percent(m.average_best)),
        ]
        for m in report.modules
    ]
    parts.append(
        _table(module_headers, module_rows, numeric=frozenset({1, 2, 3, 4}), breaks=cut(0))
    )

    parts.append(_tag("h3", translate("Printing", "Results")))
    if report.rows:
        headers = [
            translate("Printing", "Learner"),
            translate("Printing", "Module"),
            translate("Printing", "Best score"),
            translate("Printing", "Attempts"),
            translate("Printing", "Status"),
        ]
        rows = [
            [
                _e(r.learner),
                _e(r.module_title),
                _e(_percent(r.best)),
                str(r.attempts),
                _e(_status_text(r.status, r.overdue)),
            ]
            for r in report.rows
        ]
        parts.append(_table(headers, rows, numeric=frozenset({2, 3}), breaks=cut(1)))
    else:
        parts.append(_tag("p", translate("Printing", "No results have been opened yet.")))

    parts.append(_tag("h3", translate("Printing", "Learners who may need help")))
    if report.needs_help:
        headers = [translate("Printing", "Learner"), translate("Printing", "Why")]
        rows = [
            [_e(h.learner), _e(_reason_text(h.reason, h.module_title, h.failed_attempts))]
            for h in report.needs_help
        ]
        parts.append(_table(headers, rows, widths=(30, 70), breaks=cut(2)))
    else:
        parts.append(_tag("p", translate("Printing", "Nobody at the moment.")))

    parts.append(_tag("h3", translate("Printing", "Most missed questions")))
    if report.most_missed:
        no_answer = translate("Printing", "(no answer)")
        rows = []
        for m in report.most_missed:
            given = [
                translate("Printing", "%1 (%2)")
                .replace("%1", w.text or no_answer)
                .replace("%2", str(w.count))
                for w in m.wrong_answers
            ]
            wrong = (
                translate("Printing", "%1 of %2")
                .replace("%1", str(m.wrong))
                .replace("%2", str(m.answered))
            )
            rows.append(
                [
                    f"{_e(m.prompt)}<br/><small>{_e(m.module_title)}</small>",
                    _e(wrong),
                    "<br/>".join(_e(g) for g in given),
                ]
            )
        headers = [
            translate("Printing", "Question"),
            translate("Printing", "Wrong (latest answer)"),
            translate("Printing", "Wrong answers given (learners)"),
        ]
        parts.append(_table(headers, rows, widths=(45, 15, 40), breaks=cut(3)))
    else:
        parts.append(_tag("p", translate("Printing", "No question was answered wrongly.")))

    notes = []
    if report.same_names:
        notes.append(
            translate(
                "Printing",
                "Different learners share a name (%1): each is shown with the date their "
                "profile was made and the start of their learner id.",
            ).replace("%1", ", ".join(report.same_names))
        )
    if report.replaced:
        notes.append(
            translate(
                "Printing", "Older files replaced by a newer file of the same learner: %1"
            ).replace("%1", str(report.replaced))
        )
    if report.other_assignment:
        notes.append(
            translate("Printing", "Files for another assignment, not counted: %1").replace(
                "%1", str(len(report.other_assignment))
            )
        )
    if notes:
        parts.append("<p><small>" + "<br/>".join(_e(n) for n in notes) + "</small></p>")
    return "\n".join(parts)


def report_document(report: ClassReport, page: QSizeF | None = None) -> QTextDocument:
    """A document of the class report, ready for :func:`print_document`.

    With ``page`` (the printable area in points) the document is laid out in pages of
    that size, and a table row that would be cut by a page end starts the next page
    instead, under the table's header, so a learner's name stays with their results.
    """
    doc = QTextDocument()
    doc.setDefaultFont(print_font(10))
    doc.setDocumentMargin(0)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.assignment.title)
    if page is None:
        doc.setHtml(report_html(report))
        return doc
    doc.setPageSize(page)
    breaks: dict[int, set[int]] = {}
    for _round in range(MAX_LAYOUT_ROUNDS):
        doc.setHtml(report_html(report, breaks))
        cuts = _cut_rows(doc, page.height())
        if not cuts:
            break
        for table, row in cuts:
            breaks.setdefault(table, set()).add(row)
    return doc


MAX_LAYOUT_ROUNDS = 12


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float] | None:
    """The top and bottom of a table row's text, in document coordinates."""
    layout = doc.documentLayout()
    top, bottom = None, None
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = doc.findBlock(cell.firstPosition())
        while block.isValid() and block.position() <= cell.lastPosition():
            rect = layout.blockBoundingRect(block)
            top = rect.top() if top is None else min(top, rect.top())
            bottom = rect.bottom() if bottom is None else max(bottom, rect.bottom())
            block = block.next()
    return None if top is None or bottom is None else (top, bottom)


def _cut_rows(doc: QTextDocument, page_height: float) -> list[tuple[int, int]]:
    """The table rows a page end cuts through, as (table number, data row index).

    Rows after a cut move down by the room a page break takes, so one layout finds
    the cuts of many pages; :func:`report_document` lays out again to check.
    """
    cuts: list[tuple[int, int]] = []
    shift = 0.0
    logical, done = -1, 0  # the pieces of one _table() after the first start a page
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    for table in (f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)):
        if not table.format().pageBreakPolicy() & always:
            logical, done = logical + 1, 0
        header = max(table.format().headerRowCount(), 0)
        frame_top = doc.documentLayout().frameBoundingRect(table).top()
        first = _row_span(doc, table, header) if header < table.rows() else None
        # Where the first row's text starts below the top of a page the table begins on.
        room = table.format().topMargin() + (first[0] - frame_top if first else 0.0)
        for row in range(header, table.rows()):
            span = _row_span(doc, table, row)
            if span is None or span[1] - span[0] >= page_height - room:
                continue  # too tall for any page: let it run on
            top, bottom = span[0] + shift, span[1] + shift
            if int(top // page_height) != int((bottom - 0.5) // page_height):
                cuts.append((logical, done + row - header))
                next_page = (top // page_height + 1) * page_height
                shift += next_page + room - top
        done += table.rows() - header
    return cuts


def report_pdf(
    report: ClassReport, path: Path, page_size: PageSize = QPageSize.PageSizeId.A4
) -> None:
    """Save the class report as a PDF (A4 or Letter, portrait, 15 mm margins)."""
    layout = QPageLayout(
        _page_size(page_size),
        QPageLayout.Orientation.Portrait,
        _margins_mm(15),
        QPageLayout.Unit.Millimeter,
    )
    title = translate("Printing", "Class report: %1").replace("%1", report.assignment.title)
    doc = report_document(report, layout.paintRect(QPageLayout.Unit.Point).size())
    _write_pdf(path, layout, title, doc.print_)


def _margins_mm(mm: float) -> QMarginsF:
    return QMarginsF(mm, mm, mm, mm)


# --------------------------------------------------------------------------- certificate


def _fitted(text: str, size: float, width: float, device, *, bold: bool = False) -> QFont:
    """The largest font up to ``size`` points in which ``text`` fits ``width`` pixels."""
    font = print_font(size, bold=bold)
    while size > 8 and QFontMetricsF(font, device).horizontalAdvance(text) > width:
        size -= 1
        font = print_font(size, bold=bold)
    return font


def paint_certificate(
    device: QPagedPaintDevice,
    *,
    learner: str,
    what: str,
    date: _dt.date,
    score: int | None = None,
) -> None:
    """Draw a one-page certificate on ``device`` (a PDF writer or a printer), landscape."""
    device.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter(device)
    try:
        _draw_certificate(painter, device, learner, what, date, score)
    finally:
        painter.end()


def _draw_certificate(
    painter: QPainter,
    device: QPagedPaintDevice,
    learner: str,
    what: str,
    date: _dt.date,
    score: int | None,
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    page = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
    page.moveTo(0, 0)
    dpi = device.resolution()

    def pt(points: float) -> float:  # points to device pixels
        return points * dpi / 72.0

    # Borders: a strong outer frame and a thin inner one, with small corner squares.
    outer = page.adjusted(pt(18), pt(18), -pt(18), -pt(18))
    painter.setPen(QPen(INK, pt(4)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(outer)
    inner = outer.adjusted(pt(10), pt(10), -pt(10), -pt(10))
    painter.setPen(QPen(ACCENT, pt(1.2)))
    painter.drawRect(inner)
    corner = pt(9)
    painter.setBrush(ACCENT)
    for x, y in (
        (inner.left(), inner.top()),
        (inner.right(), inner.top()),
        (inner.left(), inner.bottom()),
        (inner.right(), inner.bottom()),
    ):
        painter.drawRect(QRectF(x - corner / 2, y - corner / 2, corner, corner))
    painter.setBrush(Qt.BrushStyle.NoBrush)

    content = inner.adjusted(pt(40), pt(34), -pt(40), -pt(30))
    width = content.width()
    center = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

    def line(text: str, font: QFont, color: QColor, top: float, height: float) -> float:
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QRectF(content.left(), top, width, height), center, text)
        return top + height

    y = content.top()
    y = line(
        translate("Printing", "AI literacy"),
        print_font(12, bold=True),
        ACCENT,
        y,
        pt(20),
    )
    title = translate("Printing", "Certificate of completion")
    y = line(title, _fitted(title, 38, width, device, bold=True), INK, y + pt(6), pt(54))
    painter.setPen(QPen(ACCENT, pt(1)))
    painter.drawLine(
        content.center().x() - pt(70), y + pt(8), content.center().x() + pt(70), y + pt(8)
    )
    y += pt(26)
    y = line(
        translate("Printing", "This certifies that"), print_font(15, italic=True), MUTED, y, pt(26)
    )
    y = line(learner, _fitted(learner, 44, width, device, bold=True), INK, y + pt(6), pt(64))
    painter.setPen(QPen(MUTED, pt(0.8)))
    painter.drawLine(
        content.center().x() - width * 0.3, y + pt(2), content.center().x() + width * 0.3, y + pt(2)
    )
    y += pt(14)
    y = line(
        translate("Printing", "has successfully completed"),
        print_font(15, italic=True),
        MUTED,
        y,
        pt(26),
    )
    painter.setFont(_fitted(what, 24, width * 1.6, device, bold=True))
    painter.setPen(INK)
    painter.drawText(
        QRectF(content.left(), y + pt(4), width, pt(80)),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        | int(Qt.TextFlag.TextWordWrap),
        what,
    )

    # Date and score sit above short rules at the bottom, like signature fields.
    bottom = content.bottom()
    field_width = width * 0.32
    fields = [
        (translate("Printing", "Date"), _date_text(date), content.left() + width * 0.06),
    ]
    if score is not None:
        fields.append(
            (
                translate("Printing", "Score"),
                _percent(score),
                content.right() - width * 0.06 - field_width,
            )
        )
    for label, value, left in fields:
        painter.setFont(print_font(14, bold=True))
        painter.setPen(INK)
        painter.drawText(QRectF(left, bottom - pt(62), field_width, pt(26)), center, value)
        painter.setPen(QPen(ACCENT, pt(1)))
        painter.drawLine(left, bottom - pt(34), left + field_width, bottom - pt(34))
        painter.setFont(print_font(11))
        painter.setPen(MUTED)
        painter.drawText(QRectF(left, bottom - pt(32), field_width, pt(22)), center, label)


def certificate_pdf(
    path: Path,
    *,
    learner: str,
    what: str,
    date: _dt.date,
    score: int | None = None,
    page_size: PageSize = QPageSize.PageSizeId.A4,
) -> None:
    """Save a one-page landscape certificate of completion as a PDF."""
    layout = QPageLayout(
        _page_size(page_size),
        QPageLayout.Orientation.Landscape,
        _margins_mm(0),
        QPageLayout.Unit.Millimeter,
    )
    title = translate("Printing", "Certificate of completion")

    def draw(writer: QPdfWriter) -> None:
        paint_certificate(writer, learner=learner, what=what, date=date, score=score)

    _write_pdf(path, layout, title, draw)


# --------------------------------------------------------------------------- printers


def print_document(
    doc_or_callable: QTextDocument | Callable[[QPrinter], None],
    parent: QWidget | None = None,
) -> bool:
    """Ask for a printer with the system's print dialog and print.

    Args:
        doc_or_callable: a document (see :func:`report_document`), or a function that
            draws on the chosen printer (for a certificate:
            ``lambda printer: paint_certificate(printer, learner=..., ...)``).
        parent: the window the dialog belongs to.

    Returns:
        True when it was printed, False when the learner or teacher cancelled.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(default_page_size()))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print"))
    dialog.setAccessibleName(translate("Printing", "Print"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    if isinstance(doc_or_callable, QTextDocument):
        doc_or_callable.print_(printer)
    else:
        doc_or_callable(printer)
    return True
