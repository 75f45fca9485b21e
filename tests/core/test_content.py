"""Loading and validating content: each kind of error names the right file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ailiteracy.core.content import QuestionType, Verdict, load_catalog, validate_roots


def problems_for(root: Path) -> list[tuple[str, int, str]]:
    _modules, problems = validate_roots([root])
    return [(p.path.name, p.line, p.message) for p in problems]


def test_fixture_content_is_valid(content_root: Path) -> None:
    modules, problems = validate_roots([content_root])
    assert problems == []
    assert {(m.id, m.locale) for m in modules} == {
        ("demo", "en"),
        ("second", "en"),
        ("demo", "zh-CN"),
    }


def test_catalog_orders_modules_and_parses_every_type(content_root: Path) -> None:
    catalog = load_catalog([content_root], "en")
    assert [m.id for m in catalog.modules] == ["demo", "second"]
    demo = catalog.module("demo")
    assert [lesson.id for lesson in demo.lessons] == ["first", "second"]
    assert demo.lesson("first").anchors == {"what", "why"}
    types = {q.id: q.type for q in demo.questions}
    assert types["q-claim"] == QuestionType.CLAIM
    claim = demo.question("q-claim")
    assert [c.verdict for c in claim.claims] == [
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.NOT_CHECKABLE,
    ]
    assert catalog.glossary["chatbot"].term == "Chatbot"
    assert [e.id for e in catalog.timeline] == ["oecd", "ai-act"]


def test_missing_translation_falls_back_to_english(content_root: Path) -> None:
    catalog = load_catalog([content_root], "zh-CN")
    demo, second = catalog.module("demo"), catalog.module("second")
    assert demo.title == "演示模块" and not demo.fallback
    assert second.title == "Second module" and second.fallback
    assert catalog.glossary["chatbot"].term == "聊天机器人"


def test_toml_syntax_error_reports_line(content_root: Path) -> None:
    quiz = content_root / "en" / "demo" / "quiz.toml"
    lines = quiz.read_text(encoding="utf-8").splitlines()
    lines[4] = 'section = "first#what'  # unterminated string on line 5
    quiz.write_text("\n".join(lines), encoding="utf-8")
    found = problems_for(content_root)
    assert any(name == "quiz.toml" and line == 5 for name, line, _ in found), found


def test_missing_key_reports_line_of_its_table(content_root: Path) -> None:
    quiz = content_root / "en" / "demo" / "quiz.toml"
    text = quiz.read_text(encoding="utf-8").replace('feedback = "No."\n', "", 1)
    quiz.write_text(text, encoding="utf-8")
    found = problems_for(content_root)
    # the first [[question.option]] is on line 8
    assert ("quiz.toml", 8, "missing 'feedback'") in found


def test_single_with_two_correct_options(content_root: Path) -> None:
    quiz = content_root / "en" / "demo" / "quiz.toml"
    text = quiz.read_text(encoding="utf-8").replace("correct = false", "correct = true", 1)
    quiz.write_text(text, encoding="utf-8")
    found = problems_for(content_root)
    assert any(line == 1 and "exactly one correct option" in msg for _, line, msg in found), found


def test_unknown_type_and_bad_section(content_root: Path) -> None:
    quiz = content_root / "en" / "second" / "quiz.toml"
    text = quiz.read_text(encoding="utf-8")
    text = text.replace('type = "truefalse"', 'type = "essay"')
    text = text.replace(
        'section = "only#start"\n\n[[question]]\nid = "two"',
        'section = "only#nowhere"\n\n[[question]]\nid = "two"',
    )
    quiz.write_text(text, encoding="utf-8")
    found = problems_for(content_root)
    assert any(
        name == "quiz.toml" and line == 1 and "'type' must be one of" in msg
        for name, line, msg in found
    ), found


def test_section_reference_must_exist(content_root: Path) -> None:
    quiz = content_root / "en" / "second" / "quiz.toml"
    text = quiz.read_text(encoding="utf-8").replace(
        'section = "only#start"', 'section = "only#gone"', 1
    )
    quiz.write_text(text, encoding="utf-8")
    found = problems_for(content_root)
    assert ("quiz.toml", 2, "question 'one': lesson 'only' has no section '#gone'") in found


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        (
            "## Why it matters {#why}",
            "## Why it matters",
            19,
            "section heading needs an anchor: '## Title {#anchor}'",
        ),
        # Only section headings (level 2) need an anchor: not a smaller heading, and not
        # a line in a code block that looks like one.
        ("Answers can be wrong.", "### A detail\n\nAnswers can be wrong.", 0, ""),
        ("Answers can be wrong.", "```\n## Not a heading\n```\n\nAnswers can be wrong.", 0, ""),
    ],
)
def test_heading_without_anchor(
    content_root: Path, old: str, new: str, line: int, message: str
) -> None:
    lesson = content_root / "en" / "demo" / "lessons" / "01-first.md"
    text = lesson.read_text(encoding="utf-8")
    assert text.count(old) == 1
    lesson.write_text(text.replace(old, new), encoding="utf-8")
    found = problems_for(content_root)
    if message:
        assert ("01-first.md", line, message) in found
    else:
        assert not any(name == "01-first.md" for name, _, _ in found)


def test_fact_without_citation_is_reported(content_root: Path) -> None:
    lesson = content_root / "en" / "demo" / "lessons" / "02-second.md"
    text = lesson.read_text(encoding="utf-8").replace(
        "Lateral reading means", "In 2017 a study found that lateral reading means"
    )
    lesson.write_text(text, encoding="utf-8")
    found = problems_for(content_root)
    assert (
        "02-second.md",
        8,
        "section 'More' states dates or figures but cites no source [^n]",
    ) in found


def test_footnote_without_link_is_reported(content_root: Path) -> None:
    lesson = content_root / "en" / "demo" / "lessons" / "01-first.md"
    text = lesson.read_text(encoding="utf-8").replace(
        " <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>", ""
    )
    lesson.write_text(text, encoding="utf-8")
    found = problems_for(content_root)
    assert ("01-first.md", 26, "footnote [^1] has no link: add <https://...>") in found


def test_missing_header_summary_and_glossary_term(content_root: Path) -> None:
    lesson = content_root / "en" / "demo" / "lessons" / "02-second.md"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace("!!! summary", "!!! note"), encoding="utf-8"
    )
    first = content_root / "en" / "demo" / "lessons" / "01-first.md"
    first.write_text(
        first.read_text(encoding="utf-8").replace("glossary:chatbot", "glossary:robot"),
        encoding="utf-8",
    )
    found = problems_for(content_root)
    assert any(name == "02-second.md" and "'!!! summary'" in msg for name, _, msg in found)
    assert ("01-first.md", 10, "no glossary term 'robot'") in found


def test_lesson_without_front_matter(content_root: Path) -> None:
    lesson = content_root / "en" / "second" / "lessons" / "01-only.md"
    lesson.write_text("# Just text\n", encoding="utf-8")
    found = problems_for(content_root)
    assert ("01-only.md", 1, "lesson must start with a '+++' header line") in found


def test_bad_module_still_lets_others_load(content_root: Path) -> None:
    (content_root / "en" / "second" / "module.toml").write_text("title = 'x'\nminutes = 'ten'\n")
    catalog = load_catalog([content_root], "en")
    assert [m.id for m in catalog.modules] == ["demo"]
    assert any(
        p.path.name == "module.toml" and "'minutes' must be a whole number" in p.message
        for p in catalog.problems
    )


def test_translation_must_keep_ids(content_root: Path) -> None:
    quiz = content_root / "zh-CN" / "demo" / "quiz.toml"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace('id = "q-tf"', 'id = "q-tf-zh"'), encoding="utf-8"
    )
    found = problems_for(content_root)
    assert ("demo", 0, "question 'q-tf' exists in English but not here") in found
    assert ("demo", 0, "question 'q-tf-zh' does not exist in English") in found


def test_every_question_type_has_a_parser() -> None:
    from ailiteracy.core.content import quizzes

    assert set(quizzes._PARSERS) == set(QuestionType)
