"""Lesson size and reading level for check-content --json (English and Chinese)."""

from __future__ import annotations

import json
from pathlib import Path

from ailiteracy.cli import main
from ailiteracy.core.readability import measure, plain_text

LESSON = """
## A heading {#a}

The cat sat on the mat.[^1] See [the source](https://example.org/x) now.

!!! tip "Good habit"
    Check it.

| a | b |
|---|---|
| one | two |

[^1]: Someone, "A long footnote title with many words that must not count", 2024. <https://example.org>
"""


def test_plain_text_drops_markup_links_and_footnotes() -> None:
    text = plain_text(LESSON)
    assert "A heading" in text and "The cat sat on the mat." in text
    assert "the source now" in text.replace("  ", " ")
    assert "footnote" not in text and "https" not in text and "{#a}" not in text
    assert "Good habit" in text and "|" not in text and "---" not in text


def test_english_words_and_grade() -> None:
    easy = measure("The cat sat on the mat. The dog ran to the park. We had fun.", "en")
    hard = measure(
        "Notwithstanding considerable institutional heterogeneity, international governance "
        "frameworks increasingly operationalise accountability requirements.",
        "en",
    )
    assert easy.words == 15 and easy.sentences == 3
    assert easy.grade is not None and hard.grade is not None
    assert easy.grade < 4 < 12 < hard.grade
    assert easy.characters == 0 and easy.average_sentence_characters is None


def test_chinese_characters_and_average_sentence_length() -> None:
    short = measure("先停一下。再查来源！最后决定。", "zh-CN")
    assert short.characters == 12 and short.sentences == 3
    assert short.average_sentence_characters == 4.0
    long = measure("这是一个非常非常长而且没有任何停顿的句子用来测试平均句长是否会变大。", "zh-CN")
    assert long.average_sentence_characters > short.average_sentence_characters
    assert long.words == 0 and long.grade is None


def test_check_content_json_reports_each_lesson(content_root: Path, capsys) -> None:
    assert main(["check-content", str(content_root), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    demo = next(m for m in report["modules"] if m["id"] == "demo" and m["locale"] == "en")
    first = demo["lesson_details"][0]
    assert first["id"] == "first" and first["minutes"] == 5
    assert first["reading"]["words"] > 0 and first["reading"]["grade"] is not None
    assert first["checked"] is None
    zh = next(m for m in report["modules"] if m["id"] == "demo" and m["locale"] == "zh-CN")
    assert zh["lesson_details"][0]["reading"]["characters"] > 0
