"""The Chinese edition: translated interface, matching ids, runtime switch, real glyphs."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPainter

from ailiteracy.core import paths
from ailiteracy.core.content import _load_locale
from ailiteracy.ui import translations
from ailiteracy.ui.language import install_translators

TS = paths.resources_dir() / "translations" / "ailiteracy_zh_CN.ts"


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_interface_string_is_translated() -> None:
    unfinished = []
    for message in messages(TS):
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if (
            translation is None
            or kind in ("unfinished", "vanished", "obsolete")
            or not ((translation.text or "").strip())
        ):
            unfinished.append(source)
    assert unfinished == []


def test_translation_file_lists_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(tool), *translations.sources(), "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(m.findtext("source"), m.findtext("comment")) for m in messages(fresh)}
    have = {(m.findtext("source"), m.findtext("comment")) for m in messages(TS)}
    assert wanted - have == set(), "run: python -m ailiteracy.ui.translations update"


def ids(catalog) -> dict:
    out = {}
    for module in catalog.modules:
        out[module.id] = (
            {lesson.id: sorted(lesson.anchors) for lesson in module.lessons},
            sorted(q.id for q in module.questions),
        )
    return out


def test_both_languages_have_the_same_ids() -> None:
    root = paths.content_dir()
    en = _load_locale(root, "en", [])
    zh = _load_locale(root, "zh-CN", [])
    assert ids(en) == ids(zh)
    assert sorted(en.glossary) == sorted(zh.glossary)
    assert [e.id for e in en.timeline] == [e.id for e in zh.timeline]
    assert len(en.modules) >= 6


@pytest.fixture
def compiled_translations():
    translations.build()
    yield
    from PySide6.QtWidgets import QApplication

    install_translators(QApplication.instance(), "en")


def test_switching_language_changes_visible_strings(start, qtbot, compiled_translations) -> None:
    window = start("en")
    window.open_lesson("demo", "first")
    file_menu_en = window.menuBar().actions()[0].text()
    assert window.lesson_view.title.text() == "First lesson"
    with qtbot.waitSignal(window.language_switched) as blocker:
        window.switch_language("zh-CN")
    new = blocker.args[0]
    qtbot.addWidget(new)
    assert new.lesson_view.lesson.id == "first"  # the learner's place is kept
    assert new.lesson_view.title.text() == "第一课"
    assert new.menuBar().actions()[0].text() != file_menu_en
    assert new.home.resume_button.text() != window.home.resume_button.text()
    # a module with no Chinese version falls back to English and says so
    new.open_lesson("second", "only")
    assert new.lesson_view.lesson.title == "Only lesson"
    assert new.lesson_view.meta.text().count("\u00b7") == 2
    new.session.store.close()


def render(text: str, font: QFont) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_chinese_lesson_shows_glyphs_not_boxes(start, qtbot) -> None:
    window = start("zh-CN")
    window.open_lesson("demo", "first")
    assert "聊天机器人" in window.lesson_view.browser.toPlainText()
    font = window.lesson_view.browser.font()
    font.setPointSize(28)
    missing = render("\U0010fffd", font)  # a private-use code point: no font has it
    shapes = [render(ch, font) for ch in "聊天机器人"]
    assert all(shape != missing for shape in shapes), "Chinese shows as boxes: install a CJK font"
    assert len({bytes(s.constBits()) for s in shapes}) == len(shapes)
    window.lesson_view.browser.grab().save(str(Path(window.session.data_dir) / "zh.png"))


def test_missing_chinese_font_is_reported_once(start, qtbot, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("ailiteracy.ui.mainwindow.notices.has_cjk_font", lambda: False)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information",
        lambda *args: shown.append(args[1]),
    )
    window = start("zh-CN")
    window.show_start_notices()
    window.show_start_notices()
    assert len(shown) == 1
    english = start("en")
    english.show_start_notices()
    assert len(shown) == 1  # English sessions are not bothered


def test_content_problems_are_announced(start, qtbot, content_root) -> None:
    (content_root / "en" / "second" / "quiz.toml").write_text("[[question]]\nid = 3\n")
    window = start()
    window.show_start_notices()
    assert "Content problems" in window.statusBar().currentMessage()
    assert [m.id for m in window.session.catalog.modules] == ["demo"]
