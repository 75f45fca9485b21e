"""PDF and printing: the class report and the certificate, A4 and Letter, Chinese names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontDatabase, QFontInfo, QPageSize, QRawFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from ailiteracy.core.assignments import load_assignment
from ailiteracy.core.content import load_catalog
from ailiteracy.core.report import build_report
from ailiteracy.core.results import load_many
from ailiteracy.ui import printing
from ailiteracy.ui.printing import (
    certificate_pdf,
    paint_certificate,
    print_document,
    print_font,
    report_document,
    report_html,
    report_pdf,
)

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "results"
A4 = QPageSize.PageSizeId.A4
LETTER = QPageSize.PageSizeId.Letter
SIZES = {A4: (595, 842), LETTER: (612, 792)}  # points, portrait


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def pdf_text(path: Path) -> str:
    """All text of a PDF, ligatures undone and white space collapsed."""
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_sizes(path: Path) -> list[tuple[int, int]]:
    reader = pypdf.PdfReader(str(path))
    return [(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages]


def font_names(path: Path) -> set[str]:
    names = set()
    for page in pypdf.PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


@pytest.fixture
def report(qapp, content_root: Path):
    assignment = load_assignment((FIXTURE / "week-3.ailiteracy-assignment").read_bytes())
    files, _ = load_many([FIXTURE])
    catalog = load_catalog([content_root], "en")
    return build_report(assignment, files, catalog, dt.date(2026, 3, 20))


def test_the_print_font_draws_chinese_digits_and_latin(qapp) -> None:
    # A Chinese font (fonts-noto-cjk) is one of the packages the app needs.
    font = print_font(12, bold=True)
    face = QRawFont.fromFont(font)  # the face text is really drawn with, not a fallback
    text = "李明检查说的话 AI report 0123456789%"
    missing = [c for c in text if not face.supportsCharacter(ord(c))]
    assert missing == [], face.familyName()
    info = QFontInfo(font)
    assert info.bold() and info.pointSizeF() == 12


@pytest.mark.parametrize("size", [A4, LETTER])
def test_report_pdf(report, tmp_path: Path, size) -> None:
    path = tmp_path / "out" / "report.pdf"
    report_pdf(report, path, size)
    assert path.read_bytes().startswith(b"%PDF-")
    sizes = page_sizes(path)
    assert sizes and all(s == SIZES[size] for s in sizes)
    text = pdf_text(path)
    for expected in (
        "Class report",
        "Week 3: Check what AI tells you",
        "Class: 7B",
        "Pass mark: 60%",
        "Ana Souza Demo module 95% 2 Passed",
        "Chloé Martin Second module 50% 1 Not passed, overdue",
        "Ben Okafor The due date has passed and nothing has been done",
        "What does a chatbot do? Demo module 2 of 3 Looks up checked facts (2)",
        "Older files replaced by a newer file of the same learner: 1",
    ):
        assert expected in text
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_report_pdf_replaces_an_old_file(report, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")
    report_pdf(report, path)
    assert path.read_bytes().startswith(b"%PDF-")


def test_report_html_uses_longhand_borders_and_escapes_names(report) -> None:
    sly = dataclasses.replace(report.rows[0], learner="<b>Bob & Co</b>")
    markup = report_html(dataclasses.replace(report, rows=(sly,)))
    assert "border-width:1px; border-style:solid" in markup
    assert "&lt;b&gt;Bob &amp; Co&lt;/b&gt;" in markup and "<b>Bob" not in markup
    doc = report_document(report)
    assert "Ana Souza" in doc.toPlainText()


@pytest.mark.parametrize("size", [A4, LETTER])
def test_certificate_pdf(qapp, tmp_path: Path, size) -> None:
    path = tmp_path / "certificate.pdf"
    certificate_pdf(
        path,
        learner="Chloé Martin",
        what="Demo module: Check what AI tells you",
        date=dt.date(2026, 3, 20),
        score=86,
        page_size=size,
    )
    width, height = SIZES[size]
    assert page_sizes(path) == [(height, width)]  # one page, landscape
    text = pdf_text(path)
    for expected in (
        "Certificate of completion",
        "Chloé Martin",
        "Demo module: Check what AI tells you",
        "2026",
        "86%",
        "Score",
    ):
        assert expected in text


def test_certificate_without_a_score(qapp, tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    certificate_pdf(path, learner="Ana", what="Demo module", date=dt.date(2026, 3, 1))
    text = pdf_text(path)
    assert "Ana" in text and "Score" not in text and "%" not in text


def test_a_very_long_name_is_shrunk_to_fit(qapp, tmp_path: Path) -> None:
    name = "Maria Fernanda de los Ángeles Rodríguez-Villanueva y Castellanos"
    path = tmp_path / "long.pdf"
    certificate_pdf(path, learner=name, what="Demo module", date=dt.date(2026, 3, 1))
    assert name in pdf_text(path)


def test_chinese_names_are_real_text_in_the_pdfs(report, tmp_path: Path) -> None:
    assert has_cjk_font(), "a Simplified Chinese font (fonts-noto-cjk) is required"
    cjk = {
        f.replace(" ", "").casefold()
        for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    }
    report_path = tmp_path / "report.pdf"
    report_pdf(report, report_path)
    assert "李明 Demo module 43% 2 Not passed, overdue" in pdf_text(report_path)
    cert = tmp_path / "cert.pdf"
    certificate_pdf(cert, learner="李明", what="演示模块", date=dt.date(2026, 3, 20), score=95)
    text = pdf_text(cert)
    assert "李明" in text and "演示模块" in text
    embedded = {name.split("+")[-1].split("-")[0].casefold() for name in font_names(cert)}
    assert any(any(name.startswith(c) or c.startswith(name) for c in cjk) for name in embedded)


# --------------------------------------------------------------------------- printers


class FakeDialog:
    """Stands in for QPrintDialog: 'chooses' a PDF file as the printer, or cancels."""

    answer = QDialog.DialogCode.Accepted
    target: Path
    seen: list[QPrinter] = []

    def __init__(self, printer: QPrinter, parent=None) -> None:
        self.printer = printer
        FakeDialog.seen.append(printer)

    def setWindowTitle(self, title: str) -> None:  # noqa: N802 (Qt API)
        self.title = title

    def deleteLater(self) -> None:  # noqa: N802 (Qt API)
        self.deleted = True

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt API)
        self.name = name

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(FakeDialog.target))
        return FakeDialog.answer


@pytest.fixture
def fake_dialog(monkeypatch, tmp_path: Path):
    FakeDialog.answer = QDialog.DialogCode.Accepted
    FakeDialog.target = tmp_path / "printed.pdf"
    FakeDialog.seen = []
    monkeypatch.setattr(printing, "QPrintDialog", FakeDialog)
    return FakeDialog


def test_print_a_document(report, fake_dialog) -> None:
    assert print_document(report_document(report), None) is True
    assert "Ana Souza Demo module 95% 2 Passed" in pdf_text(fake_dialog.target)


def test_print_a_certificate_through_a_callable(qapp, fake_dialog) -> None:
    def draw(printer: QPrinter) -> None:
        paint_certificate(printer, learner="Ana", what="Demo module", date=dt.date(2026, 3, 1))

    assert print_document(draw, None) is True
    (width, height) = page_sizes(fake_dialog.target)[0]
    assert width > height
    assert "Certificate of completion This certifies that Ana" in pdf_text(fake_dialog.target)


def test_cancelling_the_dialog_prints_nothing(qapp, fake_dialog) -> None:
    fake_dialog.answer = QDialog.DialogCode.Rejected
    drawn: list[QPrinter] = []
    assert print_document(drawn.append, None) is False
    assert drawn == [] and not fake_dialog.target.exists()
    assert len(fake_dialog.seen) == 1


# --------------------------------------------------------------------------- translation


class Shouting(QTranslator):
    """Translates every string of the Printing context into upper case."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "Printing" else ""


def test_every_printed_string_goes_through_translation(report) -> None:
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        markup = report_html(report)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "CLASS REPORT" in markup and "MOST MISSED QUESTIONS" in markup
    assert "NOT PASSED, OVERDUE" in markup
    assert "Class report" not in markup


def test_report_pdf_keeps_every_table_row_on_one_page(qapp, content_root: Path, tmp_path) -> None:
    assignment = load_assignment((FIXTURE / "week-3.ailiteracy-assignment").read_bytes())
    files, _ = load_many([FIXTURE])
    many = [
        dataclasses.replace(
            files[n % len(files)],
            learner_id=f"{n:032x}",
            learner_name=f"Pupil {n:03d} has a name long enough to wrap END{n:03d}",
        )
        for n in range(40)
    ]
    catalog = load_catalog([content_root], "en")
    report = build_report(assignment, many, catalog, dt.date(2026, 3, 20))
    path = tmp_path / "many.pdf"
    report_pdf(report, path, A4)
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]
    assert len(pages) > 3
    for text in pages:
        starts = [text.count(f"Pupil {n:03d}") for n in range(40)]
        ends = [text.count(f"END{n:03d}") for n in range(40)]
        assert starts == ends  # no name begins on one page and ends on the next
    assert sum(t.count("Pupil") for t in pages) == sum(t.count("END") for t in pages) >= 80
