"""Printing and PDF: the class report and a certificate of completion.

The class report is HTML laid out by a :class:`QTextDocument`, which paginates it on a
PDF writer or a printer. The certificate is drawn with :class:`QPainter` on one
landscape page. Every font prefers Noto Sans CJK SC, with fallbacks, so Chinese names
print as Chinese characters and not as empty boxes.

PDF files are written to memory first and then saved atomically.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLineF,
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
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ..core.report import ClassReport, HelpReason, RowStatus
from ..core.storage import atomic_write_bytes
from .filechoice import choose_save_path
from .plaintext import escape

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
# Table rows of the class report laid out at a time: a little under a page of A4 or
# Letter (a longer part is still split between pages, at some cost).
RESULT_ROWS_PER_PART = 30
HELP_ROWS_PER_PART = 18
MISSED_ROWS_PER_PART = 6
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
    return escape(text)


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
# Table cells take their style from the document's style sheet: parsing it once, not
# once per cell, keeps a school's report quick to lay out.
_STYLE = f"td {{ {_CELL} }}"
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


@dataclasses.dataclass(frozen=True)
class _Part:
    """A piece of the class report laid out on its own: some HTML, then maybe a table."""

    lead: str  # HTML before the table (a heading, paragraphs)
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()  # HTML already escaped
    numeric: frozenset[int] = frozenset()
    widths: tuple[int, ...] = ()

    def html(self) -> str:
        if not self.headers:
            return self.lead
        rows = [list(r) for r in self.rows]
        return self.lead + _table(list(self.headers), rows, self.numeric, self.widths)

    def halves(self) -> tuple[_Part, _Part] | None:
        """The table's rows in two parts (the second without the lead), if it has two."""
        if len(self.rows) < 2:
            return None
        middle = len(self.rows) // 2
        return (
            dataclasses.replace(self, rows=self.rows[:middle]),
            dataclasses.replace(self, lead="", rows=self.rows[middle:]),
        )


def _parts(
    lead: str,
    headers: list[str],
    rows: list[list[str]],
    per_part: int,
    numeric: frozenset[int] = frozenset(),
    widths: tuple[int, ...] = (),
) -> list[_Part]:
    """The rows as parts of at most ``per_part`` rows, each table with the headers; the
    first part starts with ``lead``."""
    out = [
        _Part(
            lead if n == 0 else "",
            tuple(headers),
            tuple(tuple(r) for r in rows[n : n + per_part]),
            numeric,
            widths,
        )
        for n in range(0, len(rows), per_part)
    ]
    return out or [_Part(lead, tuple(headers), (), numeric, widths)]


def _table(
    headers: list[str],
    rows: list[list[str]],
    numeric: frozenset[int] = frozenset(),
    widths: tuple[int, ...] = (),
) -> str:
    """An HTML table; ``rows`` hold HTML already escaped, ``widths`` are percentages."""
    sized = [f' width="{w}%"' for w in widths] + [""] * len(headers)
    head = "".join(
        f'<th align="left"{sized[n]} style="{_CELL} background-color:#e3e9f0;">{_e(h)}</th>'
        for n, h in enumerate(headers)
    )
    body = []
    for row in rows:
        cells = "".join(
            f'<td align="{"right" if n in numeric else "left"}">{cell}</td>'
            for n, cell in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table {_TABLE}><thead><tr>{head}</tr></thead>{''.join(body)}</table>"


def _tag(tag: str, text: str, style: str = "") -> str:
    attrs = f' style="{style}"' if style else ""
    return f"<{tag}{attrs}>{_e(text)}</{tag}>"


def report_html(report: ClassReport) -> str:
    """The class report as HTML for a :class:`QTextDocument`."""
    return "\n".join(part.html() for part in report_parts(report))


def report_parts(report: ClassReport) -> list[_Part]:
    """The class report as pieces of HTML, in order, each laid out on its own.

    First the summary (the assignment, the modules, the notes about files), then the
    learners who may need help and the most missed questions, then every learner's
    results as an appendix. Long lists are cut into tables of about a page, so a
    whole school's report is laid out a page at a time (see :func:`paint_report`).
    """
    a = report.assignment
    facts = [
        translate("Printing", "Class: %1").replace("%1", a.class_name or "–"),
        translate("Printing", "Due: %1").replace("%1", _date_text(a.due)),
        translate("Printing", "Pass mark: %1").replace("%1", _percent(a.pass_mark)),
        translate("Printing", "Report made on %1").replace("%1", _date_text(report.today)),
        translate("Printing", "Learners: %1").replace("%1", str(len(report.learners))),
    ]
    summary = [
        _tag("h1", translate("Printing", "Class report"), f"color:{INK.name()};"),
        _tag("h2", a.title),
        "<p>" + "<br/>".join(_e(f) for f in facts) + "</p>",
    ]
    if report.overdue:
        passed_due = translate("Printing", "The due date has passed.")
        summary.append(f"<p><b>{_e(passed_due)}</b></p>")

    summary.append(_tag("h3", translate("Printing", "Modules")))
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
    summary.append(_table(module_headers, module_rows, numeric=frozenset({1, 2, 3, 4})))

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
        summary.append("<p><small>" + "<br/>".join(_e(n) for n in notes) + "</small></p>")
    parts = [_Part("\n".join(summary))]

    help_title = _tag("h3", translate("Printing", "Learners who may need help"))
    if report.needs_help:
        headers = [translate("Printing", "Learner"), translate("Printing", "Why")]
        rows = [
            [_e(h.learner), _e(_reason_text(h.reason, h.module_title, h.failed_attempts))]
            for h in report.needs_help
        ]
        parts += _parts(help_title, headers, rows, HELP_ROWS_PER_PART, widths=(30, 70))
    else:
        nobody = _tag("p", translate("Printing", "Nobody at the moment."))
        parts.append(_Part(help_title + nobody))

    missed_title = _tag("h3", translate("Printing", "Most missed questions"))
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
        parts += _parts(missed_title, headers, rows, MISSED_ROWS_PER_PART, widths=(45, 15, 40))
    else:
        none = _tag("p", translate("Printing", "No question was answered wrongly."))
        parts.append(_Part(missed_title + none))

    results_title = _tag("h3", translate("Printing", "Results of every learner"))
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
        numeric = frozenset({2, 3})
        parts += _parts(results_title, headers, rows, RESULT_ROWS_PER_PART, numeric)
    else:
        none = _tag("p", translate("Printing", "No results have been opened yet."))
        parts.append(_Part(results_title + none))
    return parts


def report_document(report: ClassReport) -> QTextDocument:
    """A document of the class report, ready for :func:`print_document`."""
    doc = QTextDocument()
    doc.setDefaultFont(print_font(10))
    doc.setDefaultStyleSheet(_STYLE)
    doc.setDocumentMargin(0)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.assignment.title)
    doc.setHtml(report_html(report))
    return doc


Progress = Callable[[int, int], None]  # parts laid out so far, parts in all


def paint_report(
    device: QPagedPaintDevice, report: ClassReport, progress: Progress | None = None
) -> None:
    """Lay out and paint the class report on a PDF writer or a printer, part by part.

    Each part of :func:`report_parts` is laid out on its own and put under the one
    before when it fits on the page, else on a new page; a part taller than a page is
    laid out again as two parts with half the rows each, so no table row is cut by a
    page end (only a single row taller than a whole page is split between lines). So
    the work grows with the number of learners, not with its square, and ``progress``
    is told after each part.
    """
    parts = collections.deque(report_parts(report))
    total, done = len(parts), 0
    painter = QPainter(device)
    try:
        width, height = float(device.width()), float(device.height())
        font = print_font(10)
        top = 0.0
        while parts:
            part = parts.popleft()
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(device)
            doc.setDefaultFont(font)
            doc.setDefaultStyleSheet(_STYLE)
            doc.setDocumentMargin(0)
            doc.setTextWidth(width)
            doc.setHtml(part.html())
            needed = doc.documentLayout().documentSize().height()
            halves = part.halves() if needed > height else None
            if halves is not None:  # rows too tall for a page: fewer rows at a time
                parts.extendleft(reversed(halves))
                total += 1
                continue
            if top and top + needed > height:
                device.newPage()
                top = 0.0
            if needed <= height - top:
                painter.save()
                painter.translate(0, top)
                doc.drawContents(painter, QRectF(0, 0, width, needed))
                painter.restore()
                top += needed + font.pointSizeF() * device.logicalDpiY() / 72
            else:  # one row taller than a page: let the document break it between lines
                doc.setPageSize(QSizeF(width, height))
                for page in range(doc.pageCount()):
                    if page:
                        device.newPage()
                    painter.save()
                    painter.translate(0, -page * height)
                    doc.drawContents(painter, QRectF(0, page * height, width, height))
                    painter.restore()
                top = height  # the next part starts on a new page
            done += 1
            if progress is not None:
                progress(done, total)
    finally:
        painter.end()


def report_pdf(
    report: ClassReport,
    path: Path,
    page_size: PageSize = QPageSize.PageSizeId.A4,
    progress: Progress | None = None,
) -> None:
    """Save the class report as a PDF (A4 or Letter, portrait, 15 mm margins)."""
    layout = portrait_layout(page_size, 15)
    title = translate("Printing", "Class report: %1").replace("%1", report.assignment.title)
    _write_pdf(path, layout, title, lambda writer: paint_report(writer, report, progress))


def _margins_mm(mm: float) -> QMarginsF:
    return QMarginsF(mm, mm, mm, mm)


def portrait_layout(page_size: PageSize, margin_mm: float) -> QPageLayout:
    """A portrait page of ``page_size`` with the same margin on every side, in millimetres."""
    return QPageLayout(
        _page_size(page_size),
        QPageLayout.Orientation.Portrait,
        _margins_mm(margin_mm),
        QPageLayout.Unit.Millimeter,
    )


# --------------------------------------------------------------------------- certificate


def _fitted(text: str, size: float, width: float, device, *, bold: bool = False) -> QFont:
    """The largest font up to ``size`` points in which ``text`` fits ``width`` pixels."""
    font = print_font(size, bold=bold)
    while size > 8 and QFontMetricsF(font, device).horizontalAdvance(text) > width:
        size -= 1
        font = print_font(size, bold=bold)
    return font


def paint_certificate(
    device: QPdfWriter | QPrinter,
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
    device: QPdfWriter | QPrinter,
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
        QLineF(content.center().x() - pt(70), y + pt(8), content.center().x() + pt(70), y + pt(8))
    )
    y += pt(26)
    y = line(
        translate("Printing", "This certifies that"), print_font(15, italic=True), MUTED, y, pt(26)
    )
    y = line(learner, _fitted(learner, 44, width, device, bold=True), INK, y + pt(6), pt(64))
    painter.setPen(QPen(MUTED, pt(0.8)))
    half = width * 0.3
    painter.drawLine(
        QLineF(content.center().x() - half, y + pt(2), content.center().x() + half, y + pt(2))
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
        painter.drawLine(QLineF(left, bottom - pt(34), left + field_width, bottom - pt(34)))
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


def ask_pdf_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Ask where to save a PDF, starting at ``suggested``; None when cancelled.

    The chosen name gets ".pdf" when the person left it off.
    """
    return choose_save_path(parent, title, suggested, translate("Printing", "PDF (*.pdf)"), ".pdf")
