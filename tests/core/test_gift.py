"""Tests for the Moodle GIFT importer (ailiteracy.core.gift). No Qt needed."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from ailiteracy.core.gift import (
    GiftImport,
    GiftProblem,
    dumps_quiz,
    parse_gift,
    write_module,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "gift"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def load(name: str) -> GiftImport:
    return parse_gift((DATA / name).read_text(encoding="utf-8"))


def by_id(result: GiftImport) -> dict[str, dict]:
    return {q["id"]: q for q in result.questions}


# --------------------------------------------------------------------------- question types


def test_single_choice():
    result = load("single.gift")
    assert result.problems == []
    assert result.categories == ["AI basics"]
    assert [q["id"] for q in result.questions] == ["fluent-answers", "q2", "q3"]

    first = result.questions[0]
    assert first["type"] == "single"
    assert first["prompt"] == (
        "A chatbot answers in fluent, confident sentences. What does that tell you?"
    )
    assert first["explanation"] == (
        "Fluency comes from predicting likely words, not from checking facts."
    )
    assert first["section"] == ""
    assert first["category"] == "AI basics"
    options = first["option"]
    assert [o["id"] for o in options] == ["a", "b", "c"]
    assert [o["correct"] for o in options] == [True, False, False]
    assert options[0]["text"] == "Only that it writes well; the facts still need checking."
    assert options[0]["feedback"] == "Right: fluency is not accuracy."
    assert options[1]["feedback"] == "No: nothing in the way a chatbot writes checks facts."
    # No feedback in the file: a generic one is written, because every option needs one.
    assert options[2]["feedback"] == "Not correct."
    assert all("weight" not in o for o in options)

    second = result.questions[1]
    assert second["prompt"] == "Who wrote the first chatbot, ELIZA?"
    assert [o["text"] for o in second["option"]] == [
        "Alan Turing",
        "Joseph Weizenbaum",
        "Ada Lovelace",
    ]
    assert [o["correct"] for o in second["option"]] == [False, True, False]
    assert second["option"][1]["feedback"] == "Correct."
    # No general feedback: the explanation names the right answer.
    assert second["explanation"] == 'The right answer is "Joseph Weizenbaum".'

    missing_word = result.questions[2]
    assert missing_word["type"] == "single"
    assert missing_word["prompt"] == "A chatbot _____ the next word of its answer."
    assert [o["text"] for o in missing_word["option"] if o["correct"]] == ["predicts"]


def test_multiple_choice_with_weights():
    result = load("multiple.gift")
    assert result.problems == []
    assert result.categories == ["Checking AI"]
    (question,) = result.questions
    assert question["id"] == "checks"
    assert question["type"] == "multiple"
    assert question["category"] == "Checking AI"
    options = question["option"]
    assert [o["weight"] for o in options] == [50, 50, -100, 0]
    assert all(isinstance(o["weight"], int) for o in options)
    assert [o["correct"] for o in options] == [True, True, False, False]
    assert options[0]["feedback"] == "Yes: the source decides."
    assert options[1]["feedback"] == "Correct."
    assert options[2]["feedback"] == "No: it may just agree with itself."
    assert options[3]["feedback"] == "Not correct."
    assert "Look for the original source." in question["explanation"]
    assert "Compare with a second, independent source." in question["explanation"]


def test_decimal_weights_are_rounded_to_whole_percents():
    result = parse_gift("Pick two.{~%33.33333%a ~%66.66667%b ~%-50%c}")
    assert result.problems == []
    assert [o["weight"] for o in result.questions[0]["option"]] == [33, 67, -50]


def test_truefalse():
    result = load("truefalse.gift")
    assert result.problems == []
    questions = by_id(result)
    assert list(questions) == ["cutoff", "q2", "fluency", "q4"]

    cutoff = questions["cutoff"]
    assert cutoff["type"] == "truefalse"
    assert cutoff["answer"] is False
    assert cutoff["prompt"] == "A chatbot always knows about events from last week."
    # GIFT {F#a#b}: a is shown after the wrong pick (true), b after the right one (false).
    assert cutoff["feedback_true"] == "Not quite: models learn from data up to a cut-off date."
    assert cutoff["feedback_false"] == "Correct: models have a training cut-off."
    assert cutoff["explanation"] == "The statement is false."

    assert questions["q2"]["answer"] is True
    assert questions["q2"]["feedback_true"] == "Correct."
    assert questions["q2"]["feedback_false"] == "Not correct."

    fluency = questions["fluency"]
    assert fluency["answer"] is False
    assert fluency["prompt"] == "A fluent answer is always a true answer."
    assert fluency["explanation"] == "Fluency is not accuracy."
    assert fluency["feedback_true"] == "Not correct."
    assert fluency["feedback_false"] == "Correct."

    # Closing punctuation after {T} stays with the sentence, with no blank.
    assert questions["q4"]["prompt"] == "AI systems can be wrong."
    assert questions["q4"]["answer"] is True


def test_true_false_right_feedback_for_true_answer():
    (question,) = parse_gift("Sky is blue.{T#Look again.#Yes, on a clear day.}").questions
    assert question["feedback_true"] == "Yes, on a clear day."
    assert question["feedback_false"] == "Look again."


def test_short_answer():
    result = load("short.gift")
    questions = by_id(result)
    assert list(questions) == ["term", "q2"]

    term = questions["term"]
    assert term["type"] == "short"
    assert term["section"] == ""
    assert term["explanation"] == 'The usual term is "hallucination".'
    assert term["answer"] == [
        {"text": "hallucination", "feedback": "Right: that is the usual word."},
        {"text": "confabulation", "feedback": "Correct."},
        {"text": "lie", "feedback": "Close, but a lie needs intent.", "weight": 50},
    ]
    # =%0%*#... is Moodle's "any other answer": it becomes feedback_wrong.
    assert term["feedback_wrong"] == "Think of what people call seeing things that are not there."

    two = questions["q2"]
    assert two["prompt"] == "Two plus two equals _____."
    assert [a["text"] for a in two["answer"]] == ["four", "4"]
    assert two["explanation"] == ""
    assert "feedback_wrong" not in two
    # The partial-credit answer is kept with its weight, as Moodle scores it.
    assert result.problems == []


def test_short_answer_wildcards_are_reported():
    result = parse_gift("Name it.{=model =*model*}")
    (question,) = result.questions
    assert [a["text"] for a in question["answer"]] == ["model"]
    assert len(result.problems) == 1
    assert "wildcard" in result.problems[0].message


def test_matching():
    result = load("match.gift")
    (question,) = result.questions
    assert question["id"] == "bodies"
    assert question["type"] == "match"
    assert question["prompt"] == "Match each framework to the body that issued it."
    assert question["explanation"] == "Each of these bodies published its own text."
    assert question["pair"] == [
        {
            "id": "p1",
            "left": "Ethics Guidelines for Trustworthy AI",
            "right": "The EU's High-Level Expert Group on AI",
        },
        {"id": "p2", "left": "Recommendation on the Ethics of AI", "right": "UNESCO"},
        {"id": "p3", "left": "AI Principles", "right": "OECD"},
    ]
    # The extra right-hand answer (=-> ...) has no place here; it is reported.
    assert len(result.problems) == 1
    assert result.problems[0].line == 1
    assert "The United Nations Security Council" in result.problems[0].message


def test_matching_without_general_feedback_gets_an_explanation():
    (question,) = parse_gift("Match.{=cat -> meow =dog -> woof}").questions
    assert question["explanation"] == "The pairs are: cat \u2192 meow; dog \u2192 woof."


# --------------------------------------------------------------------------- syntax features


def test_escapes_formats_titles_and_categories():
    result = load("features.gift")
    assert result.problems == []
    assert result.categories == ["Escapes and formats", "Second category"]
    ids = [q["id"] for q in result.questions]
    assert ids == [
        "escapes-all-of-them",
        "html",
        "markdown",
        "plain",
        "moodle",
        "q6",  # two questions share a title, so neither uses it
        "q7",
        "unicode-title",
        "q9",  # "???" leaves nothing for an id
    ]
    assert all(ID_RE.match(i) for i in ids)
    questions = by_id(result)

    escapes = questions["escapes-all-of-them"]
    assert escapes["prompt"] == "Which sign starts a GIFT comment {and} a title = ~ # :?"
    assert escapes["option"][0]["text"] == "The two slashes // and :: ~ = # { }"
    assert escapes["option"][0]["feedback"] == "Right = correct."
    assert escapes["option"][1]["text"] == "Backslash\nnewline"
    assert [o["correct"] for o in escapes["option"]] == [True, False]

    html = questions["html"]
    assert html["prompt"] == "Which tag is bold & strong?"
    assert [o["text"] for o in html["option"]] == ["<b>", "<p>"]
    assert html["option"][0]["feedback"] == "Yes"

    # Markdown is rendered: no ** for the learner, one paragraph.
    assert questions["markdown"]["prompt"] == "Is this text spread over two lines?"
    assert questions["markdown"]["answer"] is True
    assert questions["plain"]["prompt"] == "Is this plain?"
    assert questions["moodle"]["prompt"] == "Is this moodle text?"
    assert questions["moodle"]["answer"] is False

    assert [q["category"] for q in result.questions] == ["Escapes and formats"] * 5 + [
        "Second category"
    ] * 4
    assert questions["q6"]["prompt"] == "First of two questions with the same name."


def test_backslash_escapes():
    (question,) = parse_gift(r"Path C:\\temp and \d stay?{T}").questions
    assert question["prompt"] == r"Path C:\temp and \d stay?"


def test_question_without_category_has_no_category_key():
    (question,) = parse_gift("Is this fine?{T}").questions
    assert "category" not in question


def test_empty_category_resets_it():
    result = parse_gift("$CATEGORY: One\n\nA?{T}\n\n$CATEGORY: $course$/top\n\nB?{F}")
    assert result.categories == ["One"]
    assert result.questions[0]["category"] == "One"
    assert "category" not in result.questions[1]


def test_fallback_id_does_not_clash_with_a_title():
    result = parse_gift("::Q2::First.{T}\n\nSecond.{F}")
    assert [q["id"] for q in result.questions] == ["q2", "q2-2"]


def test_comments_crlf_and_bom_keep_line_numbers():
    text = "\ufeff// a comment\r\n// another\r\nBroken {}\r\n\r\n\r\n// note\r\nFine?{T}\r\n"
    result = parse_gift(text)
    assert [q["prompt"] for q in result.questions] == ["Fine?"]
    assert result.problems == [GiftProblem(3, result.problems[0].message, skipped=True)]
    assert "essay" in result.problems[0].message


def test_multiline_answers_and_missing_word_across_lines():
    text = (
        "The American holiday of Thanksgiving is celebrated on the {\n"
        "    ~second\n"
        "    ~third\n"
        "    =fourth\n"
        "} Thursday of November."
    )
    (question,) = parse_gift(text).questions
    assert question["prompt"] == (
        "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November."
    )
    assert [o["text"] for o in question["option"]] == ["second", "third", "fourth"]


def test_partial_credit_in_a_single_answer_question_is_kept():
    result = parse_gift("Pick one.{=right ~%50%almost ~wrong}")
    (question,) = result.questions
    assert question["type"] == "single"
    assert [o["correct"] for o in question["option"]] == [True, False, False]
    assert [o["weight"] for o in question["option"]] == [100, 50, 0]
    assert result.problems == []


# --------------------------------------------------------------------------- problems

EXPECTED_PROBLEMS = {
    2: "is not a number",
    4: "essay",
    6: "no answer part",
    10: "never closed",
    12: "without a '{'",
    14: "more than one answer part",
    16: "no answer is marked right",
    18: "more than one answer is marked right",
    20: "not a percentage weight",
    22: "outside -100% to 100%",
    24: "true/false question has its answers in the middle",
    26: "matching question has its answers in the middle",
    28: "not understood",
    30: "no closing '::'",
    32: "empty",
    34: "at least two pairs",
    36: "same right-hand side",
    38: "has no '->'",
    40: "no fully right answer",
    42: "more than one answer part",
    44: "at least two answers",
    46: "no text",
}


def test_every_error_kind_is_reported_and_the_rest_imports():
    result = load("errors.gift")
    assert [q["id"] for q in result.questions] == ["good-one", "last-good-one"]
    assert result.questions[0]["type"] == "truefalse"
    assert result.questions[1]["type"] == "single"
    assert [p.line for p in result.problems] == sorted(EXPECTED_PROBLEMS)
    for problem in result.problems:
        assert problem.message.startswith("Skipped: ")
        assert EXPECTED_PROBLEMS[problem.line] in problem.message, problem


def test_problem_is_frozen():
    problem = GiftProblem(3, "x")
    with pytest.raises(AttributeError):
        problem.line = 4  # type: ignore[misc]


def test_empty_and_comment_only_input():
    assert parse_gift("") == GiftImport([], [], [])
    assert parse_gift("// only a comment\n\n   \n") == GiftImport([], [], [])


# --------------------------------------------------------------------------- writing


def all_fixtures() -> GiftImport:
    text = "\n\n".join(
        (DATA / name).read_text(encoding="utf-8")
        for name in (
            "single.gift",
            "multiple.gift",
            "truefalse.gift",
            "short.gift",
            "match.gift",
            "features.gift",
        )
    )
    return parse_gift(text)


def test_dumps_quiz_uses_documented_table_headers():
    result = all_fixtures()
    text = dumps_quiz(result.questions)
    assert tomllib.loads(text) == {"question": result.questions}
    assert text.count("[[question]]") == len(result.questions)
    assert "[[question.option]]" in text
    assert "[[question.answer]]" in text
    assert "[[question.pair]]" in text
    # No inline tables or arrays: every value is a plain string, number or boolean.
    assert not re.search(r"^\w+ = [\[{]", text, flags=re.MULTILINE)


def test_write_module_round_trip(tmp_path: Path):
    result = all_fixtures()
    assert len(result.questions) == 20
    out = tmp_path / "imported-quiz"
    write_module(result, out, title='Imported "GIFT" quiz', summary="From Moodle.", pass_mark=80)

    module = tomllib.loads((out / "module.toml").read_text(encoding="utf-8"))
    assert module == {
        "format": 1,
        "title": 'Imported "GIFT" quiz',
        "summary": "From Moodle.",
        "order": 100,
        "minutes": 20,
        "pass_mark": 80,
        "feedback": "each",
    }

    quiz = tomllib.loads((out / "quiz.toml").read_text(encoding="utf-8"))
    assert quiz == {"question": result.questions}
    reread = {q["id"]: q for q in quiz["question"]}
    assert reread["checks"]["option"][2]["weight"] == -100
    assert reread["escapes-all-of-them"]["option"][1]["text"] == "Backslash\nnewline"
    assert reread["cutoff"]["answer"] is False
    assert reread["term"]["answer"][0]["text"] == "hallucination"
    assert reread["bodies"]["pair"][1]["right"] == "UNESCO"

    lesson = (out / "lessons" / "01-imported.md").read_text(encoding="utf-8")
    lines = lesson.splitlines()
    assert lines[0] == "+++"
    end = lines.index("+++", 1)
    header = tomllib.loads("\n".join(lines[1:end]))
    assert header == {
        "id": "imported",
        "title": 'Imported "GIFT" quiz',
        "minutes": 1,
        "objectives": ["Answer the imported questions."],
    }
    body = "\n".join(lines[end + 1 :])
    assert body.count("\n## ") == 1
    assert "## About these questions {#about}" in body
    for category in result.categories:
        assert f"- {category}" in body
    admonitions = [line for line in lines if line.startswith("!!! ")]
    assert admonitions[-1] == "!!! summary"
    assert any(a.startswith("!!! check") for a in admonitions)
    assert lines[-1].startswith("    ")  # the summary box is the last thing


def test_write_module_minimum_minutes_and_no_categories(tmp_path: Path):
    result = load("truefalse.gift")
    write_module(result, tmp_path / "tf", title="True or false")
    module = tomllib.loads((tmp_path / "tf" / "module.toml").read_text(encoding="utf-8"))
    assert module["minutes"] == 5
    assert module["pass_mark"] == 70
    # Modules need a summary, so an empty one gets a generic text.
    assert module["summary"] == "Questions imported from a Moodle GIFT file."
    lesson = (tmp_path / "tf" / "lessons" / "01-imported.md").read_text(encoding="utf-8")
    assert "did not sort the questions into categories" in lesson


def test_categories_with_years_go_in_a_code_block(tmp_path: Path):
    # A year in plain lesson text would need a citation; a code block does not.
    result = parse_gift("$CATEGORY: Exam 2024\n\nA?{T}")
    write_module(result, tmp_path / "m", title="Exam")
    lesson = (tmp_path / "m" / "lessons" / "01-imported.md").read_text(encoding="utf-8")
    assert "```text\nExam 2024\n```" in lesson
    assert "- Exam 2024" not in lesson


def test_write_module_into_existing_empty_folder(tmp_path: Path):
    write_module(load("single.gift"), tmp_path, title="Single")
    assert (tmp_path / "quiz.toml").is_file()


def test_write_module_refuses_non_empty_folder(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_module(load("single.gift"), tmp_path, title="Single")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_write_module_refuses_a_file(tmp_path: Path):
    target = tmp_path / "module"
    target.write_text("", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_module(load("single.gift"), target, title="Single")


def test_write_module_needs_questions_and_sane_settings(tmp_path: Path):
    with pytest.raises(ValueError):
        write_module(load("errors.gift").__class__([], [], []), tmp_path / "a", title="x")
    with pytest.raises(ValueError):
        write_module(load("single.gift"), tmp_path / "b", title="  ")
    with pytest.raises(ValueError):
        write_module(load("single.gift"), tmp_path / "c", title="x", pass_mark=0)
    assert not any(tmp_path.iterdir())


def test_gift_module_does_not_import_qt():
    code = (
        "import sys, ailiteracy.core.gift\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


# --------------------------------------------------------------------------- numerical


def test_numerical_questions_import_with_tolerance_ranges_and_weights(tmp_path: Path):
    result = load("numerical.gift")
    questions = by_id(result)
    assert questions["exact"]["type"] == "numerical"
    assert questions["exact"]["answer"] == [
        {"value": 2024, "tolerance": 0, "weight": 100, "feedback": ""}
    ]
    assert questions["tolerance"]["answer"][0]["tolerance"] == pytest.approx(0.1)
    ranged = questions["range"]["answer"][0]
    assert (ranged["value"], ranged["tolerance"]) == (pytest.approx(3.14), pytest.approx(0.005))
    assert questions["range"]["prompt"] == "What is pi to two decimal places?."
    weighted = questions["weighted"]["answer"]
    assert [(a["value"], a["tolerance"], a["weight"]) for a in weighted] == [
        (1966, 0, 100),
        (1966, 2, 50),
    ]
    assert weighted[1]["feedback"] == "Close: within two years."
    assert questions["negative"]["answer"][0]["value"] == -40
    assert "broken" not in questions
    messages = [p.message for p in result.problems]
    assert any("Skipped" in m and '"many" is not a number' in m for m in messages)
    assert any("'weighted'" in m and "1900" in m for m in messages)

    write_module(result, tmp_path / "num", title="Numbers")
    problems: list = []
    from ailiteracy.core.content import QuestionType, parse_quiz
    from ailiteracy.core.quiz import score

    parsed = {q.id: q for q in parse_quiz(tmp_path / "num" / "quiz.toml", False, problems)}
    assert problems == []
    assert parsed["weighted"].type == QuestionType.NUMERICAL
    assert score(parsed["weighted"], "1966").value == 1.0
    assert score(parsed["weighted"], "1967").value == 0.5
    assert score(parsed["weighted"], "1969").value == 0.0
    assert score(parsed["range"], "3,145").value == 1.0
    assert score(parsed["range"], "3.146").value == 0.0
    assert score(parsed["tolerance"], "2.7").value == 1.0


def test_media_and_moodle_metadata_are_kept_or_reported():
    result = load("media.gift")
    questions = by_id(result)
    assert list(questions) == ["eliza-year", "listen", "list", "not-an-id", "plain"]
    assert questions["eliza-year"]["prompt"] == "Look at the ELIZA screen. Which year?"
    assert questions["listen"]["prompt"] == "Listen:\nIs this a person?"
    assert questions["list"]["prompt"] == (
        "Which of these is a good habit? See the lesson (https://example.org/l)."
    )
    assert questions["plain"]["prompt"] == "Is <b>this</b> shown as written?"
    messages = {p.line: [] for p in result.problems}
    for p in result.problems:
        messages[p.line].append(p.message)
    eliza = " ".join(messages[2])
    assert '"@@PLUGINFILE@@/eliza.png"' in eliza and '"history", "chatbots"' in eliza
    assert '"clip.mp3"' in " ".join(messages[7])
    assert '"Not An Id!"' in " ".join(messages[13])


def test_generated_text_is_in_the_teachers_language(tmp_path: Path):
    result = parse_gift("Pick.{=a ~b}\n\nTrue?{T}", language="zh-CN")
    pick, true = result.questions
    assert pick["explanation"] == '正确答案是"a"。'
    assert [o["feedback"] for o in pick["option"]] == ["正确。", "不正确。"]
    assert true["explanation"] == "这个说法是对的。"
    write_module(result, tmp_path / "m", title="测验", language="zh-CN")
    assert "关于这些题目" in (tmp_path / "m" / "lessons" / "01-imported.md").read_text("utf-8")
    assert parse_gift("Pick.{=a ~b}").questions[0]["explanation"] == 'The right answer is "a".'


def test_module_ids_for_imports_are_made_from_titles_and_never_reused(tmp_path: Path) -> None:
    from ailiteracy.core.gift import free_module_id, suggested_id

    assert suggested_id("Week 3: Check AI!") == "week-3-check-ai"
    assert suggested_id("Café déjà vu") == "cafe-deja-vu"
    assert suggested_id("第三周") == ""
    assert free_module_id("第三周", "week-3.gift", [], tmp_path) == "week-3-gift"
    assert free_module_id("第三周", "周", [], tmp_path) == "imported-questions"
    (tmp_path / "week-3").mkdir()
    assert free_module_id("Week 3", "x", ["week-3-2"], tmp_path) == "week-3-3"


def test_importing_a_file_says_how_it_ended_without_raising(tmp_path: Path) -> None:
    from ailiteracy.core.gift import GiftImportOutcome as Outcome
    from ailiteracy.core.gift import import_gift_file

    good = tmp_path / "good.gift"
    good.write_text("::Sky:: The sky is blue. {T}\n\nNot a question at all\n", encoding="utf-8")
    done = import_gift_file(good, tmp_path / "out" / "sky", title="", language="en")
    assert done.outcome is Outcome.IMPORTED and done.parsed is not None
    assert len(done.parsed.questions) == 1 and done.parsed.skipped == 1
    assert 'title = "good"' in (tmp_path / "out" / "sky" / "module.toml").read_text("utf-8")
    again = import_gift_file(good, tmp_path / "out" / "sky", title="Sky", language="en")
    assert again.outcome is Outcome.FOLDER_NOT_EMPTY
    latin = tmp_path / "latin.gift"
    latin.write_bytes("Caf\xe9? {T}".encode("latin-1"))
    assert import_gift_file(latin, tmp_path / "l", title="x").outcome is Outcome.NOT_UTF8
    missing = import_gift_file(tmp_path / "nope.gift", tmp_path / "n", title="x")
    assert missing.outcome is Outcome.UNREADABLE and missing.parsed is None and missing.detail
    empty = tmp_path / "empty.gift"
    empty.write_text("// only a comment\n", encoding="utf-8")
    nothing = import_gift_file(empty, tmp_path / "e", title="x")
    assert nothing.outcome is Outcome.NO_QUESTIONS and not (tmp_path / "e").exists()
    blocked = tmp_path / "file-in-the-way"
    blocked.write_text("", encoding="utf-8")
    stuck = import_gift_file(good, blocked / "sky", title="Sky")
    assert stuck.outcome is Outcome.NOT_WRITTEN and stuck.detail
