"""Scoring of every question type, with partial credit and odd answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ailiteracy.core.content import Question, load_catalog
from ailiteracy.core.quiz import is_answered, passed, quiz_percent, score


@pytest.fixture
def q(content_root: Path):
    module = load_catalog([content_root], "en").module("demo")

    def get(question_id: str) -> Question:
        return module.question(question_id)

    return get


def test_single(q) -> None:
    assert score(q("q-single"), "b").value == 1.0
    assert score(q("q-single"), "a").value == 0.0
    assert score(q("q-single"), None).value == 0.0
    assert score(q("q-single"), ["b"]).value == 0.0  # wrong shape never raises


def test_multiple_partial_credit_and_duplicates(q) -> None:
    question = q("q-multi")
    assert score(question, ["a", "b"]).correct
    assert score(question, ["a"]).value == pytest.approx(2 / 3)
    assert score(question, ["a", "b", "c"]).value == pytest.approx(2 / 3)
    assert score(question, ["a", "a", "b"]).value == 1.0  # a duplicate pick counts once
    assert score(question, []).value == 0.0  # an empty answer earns nothing


def test_truefalse(q) -> None:
    assert score(q("q-tf"), False).correct
    assert not score(q("q-tf"), True).correct
    assert score(q("q-tf"), "false").value == 0.0


def test_claim_per_claim_and_source_penalty(q) -> None:
    question = q("q-claim")
    perfect = {
        "c1": {"verdict": "supported", "source": "s1"},
        "c2": {"verdict": "contradicted", "source": None},
        "c3": {"verdict": "not-checkable", "source": None},
    }
    assert score(question, perfect).correct
    wrong_source = dict(perfect, c1={"verdict": "supported", "source": "s2"})
    assert score(question, wrong_source).value == pytest.approx((0.75 + 1 + 1) / 3)
    one_wrong = dict(perfect, c2={"verdict": "supported", "source": "s1"})
    result = score(question, one_wrong)
    assert result.value == pytest.approx(2 / 3)
    assert [p.correct for p in result.parts] == [True, False, True]
    assert score(question, {}).value == 0.0
    assert not is_answered(question, {"c1": {"verdict": "supported"}})
    assert is_answered(question, perfect)


def test_order_scored_by_pairs(q) -> None:
    question = q("q-order")
    assert score(question, ["oecd", "unesco", "act"]).correct
    # one swap of neighbours: 2 of 3 pairs still in order
    assert score(question, ["unesco", "oecd", "act"]).value == pytest.approx(2 / 3)
    assert score(question, ["act", "unesco", "oecd"]).value == 0.0
    assert score(question, ["oecd", "oecd", "act"]).value == 0.0  # duplicates: incomplete
    assert score(question, []).value == 0.0


def test_match(q) -> None:
    question = q("q-match")
    assert score(question, {"p1": "p1", "p2": "p2"}).correct
    assert score(question, {"p1": "p2", "p2": "p1"}).value == 0.0
    assert score(question, {"p1": "p1"}).value == 0.5
    # the same right-hand item picked twice earns credit once
    assert score(question, {"p1": "p1", "p2": "p1"}).value == 0.5


def test_spot(q) -> None:
    question = q("q-spot")
    assert score(question, ["s2"]).correct
    assert score(question, ["s1", "s2"]).value == 0.5
    assert score(question, ["s1"]).value == 0.0
    assert score(question, []).value == 0.0


def test_quiz_percent_and_pass() -> None:
    assert quiz_percent([1, 1, 0.5], 4) == 63  # unanswered questions count 0
    assert quiz_percent([], 0) == 0
    assert passed(70, 70) and not passed(69, 70)


def _imported(tmp_path: Path, gift: str) -> Question:
    from ailiteracy.core.content import parse_quiz
    from ailiteracy.core.gift import parse_gift, write_module

    write_module(parse_gift(gift), tmp_path / "m", title="Imported")
    problems: list = []
    (question,) = parse_quiz(tmp_path / "m" / "quiz.toml", False, problems)
    assert problems == []
    return question


def test_weighted_multiple_answers_score_as_moodle_does(tmp_path: Path) -> None:
    question = _imported(
        tmp_path,
        "Which colours are on the flag?{~%50%red ~%50%white ~%-100%green ~%-100%blue}",
    )
    assert score(question, ["a", "b"]).value == 1.0
    assert score(question, ["a"]).value == 0.5
    assert score(question, ["a", "b", "c", "d"]).value == 0.0  # never below 0
    assert score(question, ["a", "b", "c"]).value == 0.0
    assert score(question, ["c"]).value == 0.0


def test_partial_credit_on_a_single_choice_scores_as_moodle_does(tmp_path: Path) -> None:
    question = _imported(
        tmp_path, "Where was he from?{~Jerusalem ~%25%Bethlehem ~%50%Galilee =Nazareth}"
    )
    assert [score(question, o).value for o in "abcd"] == [0.0, 0.25, 0.5, 1.0]
    assert not score(question, "c").correct and score(question, "d").correct


def test_numbers_as_learners_type_them() -> None:
    from ailiteracy.core.quiz import parse_number

    assert parse_number("1822") == 1822
    assert parse_number(" 3,14 ") == pytest.approx(3.14)
    assert parse_number("1,822.5") == pytest.approx(1822.5)
    assert parse_number("2 600 000") == 2_600_000
    assert parse_number("\u22124") == -4
    for text in ("", "abc", "1.2.3", "nan", "inf", None, True, [1]):
        assert parse_number(text) is None
