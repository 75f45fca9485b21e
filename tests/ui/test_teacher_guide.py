"""The teacher guide as a PDF: the teacher screen's button, the command line, the copies in
docs/guides, Chinese text and content printed as plain text."""

from __future__ import annotations

import errno
import unicodedata
from pathlib import Path

import pypdf
import pytest
from msgspec.structs import replace
from PySide6.QtGui import QFontDatabase, QTextFormat
from PySide6.QtWidgets import QApplication

from ailiteracy import cli
from ailiteracy.core import paths
from ailiteracy.core.content.catalog import load_catalog
from ailiteracy.core.guide import build_guide
from ailiteracy.ui import guide
from ailiteracy.ui.language import install_translators
from ailiteracy.ui.teacher.view import TeacherView

SHIPPED = paths.content_dir()
GUIDES = Path(__file__).resolve().parents[2] / "docs" / "guides"


def squeeze(text: str) -> str:
    """Text without white space (PDF text breaks lines anywhere); NFKC, since CJK fonts
    map some characters to radical forms in the extracted text."""
    return unicodedata.normalize("NFKC", "".join(text.split()))


def pdf_text(path: Path, pages: int | None = None) -> tuple[int, str]:
    """The number of pages and the text of the first ``pages`` (all by default)."""
    reader = pypdf.PdfReader(str(path))
    text = "".join(page.extract_text() for page in reader.pages[:pages])
    return len(reader.pages), squeeze(text)


def page_streams(path: Path) -> list[bytes]:
    """What each page draws (text as glyphs), without the file's dates and ids."""
    return [page.get_contents().get_data() for page in pypdf.PdfReader(str(path)).pages]


def shipped_module(module_id: str, locale: str):
    module = load_catalog([SHIPPED], locale).module(module_id)
    assert module is not None
    return module


@pytest.fixture
def in_language(qapp):
    def use(locale: str) -> None:
        install_translators(qapp, locale)

    yield use
    install_translators(qapp, "en")


@pytest.mark.parametrize("locale", ["en", "zh-CN"])
def test_the_guide_has_every_part(qapp, in_language, locale: str) -> None:
    in_language(locale)
    module = shipped_module("checking-ai", locale)
    g = build_guide(module)
    text = squeeze(guide.guide_document(module).toPlainText())
    task, claim = g.tasks[0], g.tasks[0].claims[0]
    single = next(k for k in g.quiz if k.parts)
    for expected in (
        module.title,
        g.lessons[-1].objectives[-1],
        module.discussion[-1].question,
        module.discussion[-1].notes,
        g.plan[-1].checks[-1].paragraphs[-1],
        claim.text,
        claim.explanation,
        task.pages[-1].why,
        task.expert_path[-1],
        single.parts[0].text,
        g.quiz[-1].explanation,
    ):
        assert squeeze(expected) in text, expected
    headings = {
        "en": ["Aims", "Timing", "Discussionplan", "Answerstothepracticetasks", "Quizanswerkey"],
        "zh-CN": ["教学目标", "时间安排", "讨论计划", "练习的答案", "测验答案"],
    }[locale]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert squeeze(f"{g.total_minutes}") in text


def test_the_pdf_has_a_page_for_each_part(qapp, tmp_path: Path) -> None:
    module = shipped_module("checking-ai", "en")
    doc = guide.guide_document(module)
    breaks = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            breaks.append(block.text())
        block = block.next()
    assert breaks == ["Discussion plan", "Answers to the practice tasks", "Quiz answer key"]
    path = tmp_path / "guide.pdf"
    guide.guide_pdf(path, module)
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) >= 4
    first = squeeze(reader.pages[0].extract_text())
    last = squeeze("".join(page.extract_text() for page in reader.pages[-2:]))
    g = build_guide(module)
    assert squeeze(module.title) in first and squeeze(g.lessons[0].objectives[0]) in first
    assert squeeze(g.quiz[-1].explanation) in last


def test_chinese_is_drawn_with_a_chinese_font(qapp, in_language, tmp_path: Path) -> None:
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese), (
        "a Simplified Chinese font (fonts-noto-cjk) is required"
    )
    in_language("zh-CN")
    path = tmp_path / "guide.pdf"
    guide.guide_pdf(path, shipped_module("ai-basics", "zh-CN"))
    reader = pypdf.PdfReader(str(path))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for font in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert any("CJK" in name or "SC" in name for name in fonts), fonts
    text = pdf_text(path, pages=1)[1]
    assert "教师指南" in text and "生成式人工智能是怎样工作的" in text and "教学目标" in text


def test_content_is_printed_as_plain_text(qapp) -> None:
    module = shipped_module("checking-ai", "en")
    hostile = replace(
        module,
        title="<script>alert(1)</script> & <b>bold</b>",
        lessons=(replace(module.lessons[0], objectives=('<img src="x">',)), *module.lessons[1:]),
    )
    html = guide.guide_html(build_guide(hostile))
    assert "<script>" not in html and "<b>bold</b>" not in html and '<img src="x">' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    doc = guide.guide_document(hostile)
    assert "<script>alert(1)</script> & <b>bold</b>" in doc.toPlainText()
    assert doc.defaultFont().pointSizeF() >= 12


def test_the_committed_guides_match_the_content(qapp, in_language, tmp_path: Path) -> None:
    """docs/guides holds every shipped module's guide in both languages, as the content
    makes it today (rebuild them with: python -m ailiteracy.ui.guide docs/guides)."""
    expected = {
        guide.FILE_NAME.format(module=m.id, locale=locale)
        for locale in ("en", "zh-CN")
        for m in load_catalog([SHIPPED], locale).modules
    }
    assert {p.name for p in GUIDES.glob("*.pdf")} == expected
    for locale in ("en", "zh-CN"):
        in_language(locale)
        for module in load_catalog([SHIPPED], locale).modules:
            name = guide.FILE_NAME.format(module=module.id, locale=locale)
            guide.guide_pdf(tmp_path / name, module)
            if page_streams(GUIDES / name) == page_streams(tmp_path / name):
                continue  # the same glyphs on the same pages
            # Other fonts draw other glyphs: then the text itself must be the same.
            assert pdf_text(GUIDES / name) == pdf_text(tmp_path / name), name


# --------------------------------------------------------------------------- the teacher screen


@pytest.fixture
def teacher(start, qtbot):
    window = start()
    view = TeacherView(window.session)
    qtbot.addWidget(view)
    view.show()
    return view


def test_the_button_saves_the_guide_of_the_chosen_module(teacher, tmp_path, monkeypatch) -> None:
    assert teacher.guide_module.count() == len(teacher.session.catalog.modules)
    teacher.guide_module.setCurrentIndex(teacher.guide_module.findData("demo"))
    target = tmp_path / "out" / "demo guide"
    asked = []

    def dialog(parent, title, start, kinds):
        asked.append(Path(start).name)
        return str(target), kinds

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    (target.parent).mkdir()
    teacher.guide_button.click()
    saved = target.with_name("demo guide.pdf")
    assert saved.is_file()
    module = teacher.session.catalog.module("demo")
    g = build_guide(module)
    _pages, text = pdf_text(saved)
    assert squeeze(module.title) in text
    answer = next(k for k in g.quiz if k.parts).parts[0].text
    assert squeeze(answer) in text
    assert asked and "Demo module" in asked[0] and asked[0].endswith(".pdf")
    assert str(saved) in teacher.content_message.text()


def test_cancelling_saves_nothing(teacher, monkeypatch) -> None:
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args, **kwargs: ("", "")
    )
    assert teacher.save_teacher_guide() is None


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "does not allow writing there"),
        (OSError(errno.EIO, "Input/output error"), "(Input/output error)"),
    ],
)
def test_a_failed_save_is_said_in_plain_words(teacher, tmp_path, monkeypatch, error, words):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr("ailiteracy.core.storage.atomic_write_bytes", fail)
    monkeypatch.setattr("ailiteracy.ui.printing.atomic_write_bytes", fail)
    assert teacher.save_teacher_guide("demo", tmp_path / "guide.pdf") is None
    assert words in teacher.content_message.text()
    assert not (tmp_path / "guide.pdf").exists()


def test_the_guide_list_follows_the_language(start, qtbot) -> None:
    window = start(language="zh-CN")
    view = TeacherView(window.session)
    qtbot.addWidget(view)
    titles = [view.guide_module.itemText(i) for i in range(view.guide_module.count())]
    assert titles == [m.title for m in window.session.catalog.modules]
    assert any("\u4e00" <= c <= "\u9fff" for c in "".join(titles))


# --------------------------------------------------------------------------- the command line


def test_command_line(qapp, tmp_path: Path, capsys) -> None:
    out = tmp_path / "guide.pdf"
    code = cli.main(["teacher-guide", "ai-basics", "--lang", "zh-CN", "--out", str(out)])
    assert code == 0
    text = pdf_text(out, pages=1)[1]
    assert squeeze(shipped_module("ai-basics", "zh-CN").title) in text
    assert "教学目标" in text  # the interface texts are Chinese too
    assert QApplication.translate("TeacherGuide", "Aims") == "Aims"  # and English again after
    folder = SHIPPED / "en" / "checking-ai"
    assert cli.main(["teacher-guide", str(folder), "--out", str(out), "--letter"]) == 0
    assert "CheckingAIanswers" in pdf_text(out, pages=1)[1]
    assert cli.main(["teacher-guide", "no-such-module", "--out", str(out)]) == 1
    assert "no such module" in capsys.readouterr().err
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert cli.main(["teacher-guide", "ai-basics", "--out", str(blocked / "g.pdf")]) == 2
    assert "cannot write the file" in capsys.readouterr().err
