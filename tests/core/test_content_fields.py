"""The field reader of content TOML: the line of every ``[[header]]`` table, and the
keys each table was asked for (a key never asked for is reported as unknown)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ailiteracy.core.content import fields as fields_mod
from ailiteracy.core.content import quizzes as quizzes_mod
from ailiteracy.core.content.fields import Table, _table_headers
from ailiteracy.core.content.model import Option, Problem, QuestionType
from ailiteracy.core.content.patterns import pattern
from ailiteracy.core.content.quizzes import parse_quiz


def _line_by_line(text: str) -> dict[str, list[int]]:
    """The header lines as matching each line of ``str.splitlines`` finds them."""
    found: dict[str, list[int]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern("table_header").match(line)
        if match:
            found.setdefault(match.group(1), []).append(number)
    return found


TRICKY = [
    "[[question]]\nid = 'a'\n  [[question.option]]\n",
    "x = [[1, 2]]\n[[question]]\n",  # an array of arrays is not a header
    "\r\n[[question]]\r\n\t [[ question.option ]]\r\n",  # Windows line ends, spaces inside
    "a\r[[question]]\n[[question]]",  # a lone carriage return ends a line too
    "a\u2028[[question]]\n\x0c[[question]]\n",  # so do a line separator and a form feed
    "\x1f[[question]]\n\u00a0[[question]]\n",  # whitespace that ends no line
    "[[[question]]\n[[question]\n[[]]\n#[[question]]\n[[question]]",
    "[[\nquestion]]\n[[question\n]]\n",  # a header does not run over two lines
    "",
]


def test_header_lines_are_those_of_matching_line_by_line() -> None:
    for text in TRICKY:
        assert _table_headers(text) == _line_by_line(text), repr(text)
    assert _table_headers(TRICKY[2]) == {"question": [2], "question.option": [3]}


PIECES = ["[[", "]]", "q", "question.option", " ", "\t", "\n", "\r\n", "\r", "\u2028", "x =", "#"]


@settings(database=None, deadline=None, max_examples=150)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_header_lines_agree_on_any_text(text: str) -> None:
    assert _table_headers(text) == _line_by_line(text)


def test_table_reads_without_copying_and_reports_unasked_keys(tmp_path: Path) -> None:
    problems: list[Problem] = []
    data = {"id": "a", "text": "T", "colour": "red", "weight": 5}
    t = Table(data, tmp_path / "quiz.toml", 3, problems)
    assert t.ident() == "a" and t.str("text") == "T"
    assert t.data.get("weight") == 5  # asked through the data view: a known key
    t.unknown_keys("option 'a'")
    assert [(p.line, p.message) for p in problems] == [(3, "unknown key 'colour' in option 'a'")]
    assert data == {"id": "a", "text": "T", "colour": "red", "weight": 5}  # left as it was
    assert not t.ok


def test_asking_whether_a_key_is_there_counts_as_reading_it(tmp_path: Path) -> None:
    problems: list[Problem] = []
    t = Table({"id": "a", "notes": "n"}, tmp_path / "module.toml", 1, problems)
    assert t.ident() == "a"
    assert "notes" in t.data and "discussion" not in t.data
    t.unknown_keys("module.toml")
    assert problems == []


def test_only_whitespace_is_empty_text(tmp_path: Path) -> None:
    problems: list[Problem] = []
    t = Table({"a": " \t\u3000", "b": "", "c": " x "}, tmp_path / "q.toml", 1, problems)
    assert [t.str(k) for k in "abc"] == [" \t\u3000", "", " x "]
    assert [p.message for p in problems] == ["'a' is empty", "'b' is empty"]


def test_reading_a_quiz_leaves_the_cycle_collector_as_it_was(tmp_path: Path) -> None:
    quiz = tmp_path / "quiz.toml"
    quiz.write_text('[[question]]\nid = "q"\ntype = "truefalse"\n', encoding="utf-8")
    seen: list[bool] = []
    real = fields_mod.read_toml

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quizzes_mod, "read_toml", spy)
        assert gc.isenabled()
        problems: list[Problem] = []
        assert parse_quiz(quiz, False, problems) == [] and problems  # fields are missing
        assert gc.isenabled() and seen == [False]  # paused while reading, then on again
        gc.disable()
        try:
            parse_quiz(quiz, False, [])
            assert not gc.isenabled()  # left off when it was off
        finally:
            gc.enable()


QUIZ = """\
[[question]]
id = "one"
type = "single"
prompt = "P"
explanation = "E"
  [[question.option]]
  id = "a"
  text = "A"
  correct = true
  feedback = "F"
  [[question.option]]
  id = "b"
  text = "B"
  correct = false
  feedback = "F"

[[question]]
id = "two"
type = "single"
prompt = "P"
explanation = "E"
option = [{ id = "x", text = "X", correct = true, feedback = "F" }]

[[question]]
id = "three"
type = "single"
prompt = "P"
explanation = "E"
[[question.option]]
id = "a"
text = "A"
correct = true
feedback = "F"
[[question.option]]
id = "b"
text = "B"
correct = false
feedbak = "F"
"""


def test_problems_name_the_line_of_their_own_table(tmp_path: Path) -> None:
    quiz = tmp_path / "quiz.toml"
    quiz.write_text(QUIZ, encoding="utf-8")
    problems: list[Problem] = []
    assert [q.id for q in parse_quiz(quiz, False, problems)] == ["one", "three"]
    assert [(p.line, p.message) for p in problems] == [
        (17, "needs at least two options"),  # an inline option has no line of its own
        (34, "missing 'feedback'"),
        (34, "unknown key 'feedbak' in question 'three' (did you mean 'feedback'?)"),
    ]


# Values a quiz's fields may hold, good and bad, for the quick checks' comparison.
VALUES = st.sampled_from(
    ["a", "q-1", "Text", "", " ", "\u3000", "Bad id", "a\n", True, False, 0, 5, -100, 100]
    + [101, -101, 10**6]
    + [1.5, [], {"x": 1}, "single", "short", "claim", "kind", None]
)
GOOD_OPTION = {"id": "a", "text": "T", "correct": True, "feedback": "F", "weight": 5}
GOOD_COMMON = {"id": "q", "type": "single", "prompt": "P", "explanation": "E", "section": "s"}


def _near(good: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """``good`` with a few fields dropped, changed or added (an unknown one too)."""
    change = st.tuples(st.sampled_from([*good, "confidence", "colour"]), st.just(...) | VALUES)

    def apply(changes: list[tuple[str, Any]]) -> dict[str, Any]:
        row = dict(good)
        for key, value in changes:
            if value is ...:
                row.pop(key, None)
            else:
                row[key] = value
        return row

    return st.lists(change, max_size=3).map(apply)


def _outcome(read: Any, table: Table) -> tuple[object, list[str], bool, set[str]]:
    result = read(table)
    return result, [p.message for p in table.problems], table.ok, table.asked


@settings(database=None, deadline=None, max_examples=300)
@given(_near(GOOD_OPTION))
def test_an_option_checked_in_one_go_is_one_the_field_checks_accept(row: dict[str, Any]) -> None:
    def table() -> Table:
        return Table(row, Path("quiz.toml"), 1, [])

    assert _outcome(quizzes_mod._option, table()) == _outcome(quizzes_mod._option_by_field, table())


@settings(database=None, deadline=None, max_examples=300)
@given(_near(GOOD_COMMON), st.booleans())
def test_common_fields_checked_in_one_go_are_ones_the_field_checks_accept(
    row: dict[str, Any], confidence: bool
) -> None:
    def read(quick: bool) -> tuple[object, list[str], bool, set[str]]:
        t = Table(row, Path("quiz.toml"), 1, [])
        reader = quizzes_mod._quick_common_fields if quick else quizzes_mod._common_fields
        return _outcome(lambda table: reader(table, confidence), t)

    quick = read(True)
    if quick[0] is not None:  # accepted in one go: exactly what the field checks give
        assert quick == read(False) and quick[1] == []


def test_the_quick_checks_accept_a_right_question_and_option() -> None:
    row = {"id": "q-1", "type": "short", "prompt": "P", "section": "l#a"}
    common = quizzes_mod._quick_common_fields(Table(row, Path("q.toml"), 1, []), True)
    assert common == ("q-1", QuestionType.SHORT, "P", "", "l#a", True)
    option = {"id": "a", "text": "T", "correct": False, "feedback": "F", "weight": -5}
    assert quizzes_mod._option(Table(option, Path("q.toml"), 1, [])) == Option(
        "a", "T", False, "F", -5
    )
