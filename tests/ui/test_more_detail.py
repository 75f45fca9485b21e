"""Lessons with a short core and an optional "more detail" part the learner can open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ailiteracy.cli import main

MORE = """
## More detail {#more-detail}

Extra explanation for those who want it.[^9] Also said in the core.[^1]

## Even more {#deeper}

The deepest part.

[^9]: Someone, "A source", 2024. <https://example.org/more>
"""


@pytest.fixture
def with_more(content_root: Path) -> Path:
    for locale in ("en", "zh-CN"):
        path = content_root / locale / "demo" / "lessons" / "01-first.md"
        path.write_text(path.read_text(encoding="utf-8") + MORE, encoding="utf-8")
    return content_root


def test_the_core_is_shown_first_and_the_rest_on_request(start, with_more) -> None:
    window = start()
    assert window.open_lesson("demo", "first")
    view = window.lesson_view
    assert view.more_button.isVisibleTo(window) and not view.more_button.isChecked()
    assert "predicts words" in view.browser.toPlainText()
    assert "Extra explanation" not in view.browser.toPlainText()
    view.more_button.click()
    assert "Extra explanation" in view.browser.toPlainText()
    assert "The deepest part." in view.browser.toPlainText()
    assert view.more_button.text().startswith("Hide")
    view.more_button.click()
    assert "Extra explanation" not in view.browser.toPlainText()


def test_opening_a_section_in_the_more_part_opens_it(start, with_more) -> None:
    window = start()
    assert window.open_lesson("demo", "first", "deeper")
    assert window.lesson_view.more_button.isChecked()
    assert "The deepest part." in window.lesson_view.browser.toPlainText()


def test_lessons_without_more_detail_have_no_button(start, with_more) -> None:
    window = start()
    assert window.open_lesson("demo", "second")
    assert not window.lesson_view.more_button.isVisibleTo(window)


def test_reading_report_measures_the_core(with_more, capsys) -> None:
    assert main(["check-content", str(with_more), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    demo = next(m for m in report["modules"] if m["id"] == "demo" and m["locale"] == "en")
    first, second = demo["lesson_details"]
    assert first["more_detail"] is True and second["more_detail"] is False
    from ailiteracy.core.content import _load_locale

    lesson = _load_locale(with_more, "en", []).module("demo").lesson("first")
    assert lesson.more_anchors == {"more-detail", "deeper"}
    core = lesson.core_body()
    assert "Extra explanation" not in core
    # a footnote cited only in the hidden part is hidden with it; the core's own stay
    assert "[^9]: Someone" not in core
    cited = {n for n in range(1, 9) if f"[^{n}]" in core.split("\n\n[^")[0]}
    assert cited and all(f"[^{n}]:" in core for n in cited)
