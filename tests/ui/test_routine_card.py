"""The SIFT routine card (one large-print page per language) and the lesson's checked date."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QPageSize

from ailiteracy.core import paths
from ailiteracy.ui import card
from tests.core.test_routine import date_second_lesson

SHIPPED = paths.content_dir()
STEPS = {
    "en": ["Stop", "Investigate the source", "Find better coverage", "Trace to the original"],
    "zh-CN": ["停一下", "查来源", "找更好的报道", "追溯原始出处"],
}


def pdf_text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    text = "".join(page.extract_text() for page in reader.pages)
    # NFKC: CJK fonts map some characters to radical forms in the extracted text
    return len(reader.pages), unicodedata.normalize("NFKC", "".join(text.split()))


@pytest.mark.parametrize("locale", ["en", "zh-CN"])
@pytest.mark.parametrize("size", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
def test_card_is_one_page_with_every_step(qapp, tmp_path: Path, locale: str, size) -> None:
    path = tmp_path / "card.pdf"
    card.card_pdf(path, locale, size, root=SHIPPED)
    pages, text = pdf_text(path)
    assert pages == 1
    for step in STEPS[locale]:
        assert "".join(step.split()) in text, step
    assert "hapgood.us" in text


def test_card_is_large_print(qapp) -> None:
    doc = card.card_document("en", SHIPPED)
    assert doc.defaultFont().pointSizeF() >= 16
    assert "<script" not in doc.toHtml()


def test_untranslated_card_falls_back_to_english(qapp, tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    shutil.copy(SHIPPED / "en" / card.CARD_FILE, tmp_path / "en" / card.CARD_FILE)
    assert card.card_source("fr", tmp_path).startswith("# The SIFT routine")


@pytest.fixture
def with_card(content_root: Path) -> Path:
    for locale in ("en", "zh-CN"):
        (content_root / locale).mkdir(exist_ok=True)
        shutil.copy(SHIPPED / locale / card.CARD_FILE, content_root / locale / card.CARD_FILE)
    return content_root


def test_help_menu_and_lesson_link_save_the_card(start, qtbot, with_card, tmp_path, monkeypatch):
    window = start()
    assert window.card_action in window.menuBar().actions()[-1].menu().actions()
    target = tmp_path / "out" / "my card"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF (*.pdf)"),
    )
    window.card_action.trigger()
    saved = target.with_name("my card.pdf")
    pages, text = pdf_text(saved)
    assert pages == 1 and "TheSIFTroutine" in text
    saved.unlink()
    window.follow_link(QUrl("card:sift"))
    assert saved.is_file()
    assert str(saved) in window.statusBar().currentMessage()


def test_cancelling_the_dialog_saves_nothing(start, with_card, tmp_path, monkeypatch) -> None:
    window = start()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args, **kwargs: ("", "")
    )
    assert window.save_routine_card() is None


def test_lesson_shows_when_its_facts_were_checked(start, content_root) -> None:
    date_second_lesson(content_root)
    window = start()
    assert window.open_lesson("demo", "second")
    assert "Facts last checked 1 November 2026" in window.lesson_view.meta.text()
    assert window.open_lesson("demo", "first")
    assert "checked" not in window.lesson_view.meta.text()
