"""A quiz attempt's life without a window: start, answer, check, resume, finish, score."""

from __future__ import annotations

from pathlib import Path

import pytest

from ailiteracy.core.attempt import (
    Missing,
    QuizAttempt,
    confidence_level,
    missing,
    resume_records,
)
from ailiteracy.core.content import FeedbackMode, Module, Question, QuestionType
from ailiteracy.core.store import ProgressStore


def _question(qid: str, answer: bool, section: str, *, confidence: bool = False) -> Question:
    return Question(
        qid,
        QuestionType.TRUEFALSE,
        f"Is {qid} true?",
        "Because.",
        section,
        confidence=confidence,
        answer=answer,
    )


def _module(*questions: Question) -> Module:
    return Module(
        id="m",
        locale="en",
        title="M",
        summary="",
        order=1,
        minutes=5,
        pass_mark=60,
        feedback=FeedbackMode.EACH,
        confidence=False,
        lessons=(),
        questions=questions,
        path=Path("m"),
    )


QUESTIONS = (
    _question("q1", True, "l1#a", confidence=True),
    _question("q2", False, "l1#a"),
    _question("q3", True, "l2#b"),
    _question("q4", False, ""),
)
MODULE = _module(*QUESTIONS)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "learner"


def _reopen(folder: Path) -> ProgressStore:
    return ProgressStore(folder)


def test_opening_a_quiz_saves_nothing_until_the_first_answer(folder: Path) -> None:
    store = ProgressStore(folder)
    run = QuizAttempt.open(store, MODULE)
    assert run.attempt is None and run.saved == {} and run.seed == 0
    assert run.start_index() == 0
    assert store.attempts("m") == []
    run.answer(QUESTIONS[1], False)
    assert run.attempt is not None and [a.id for a in store.attempts("m")] == [run.attempt.id]
    assert run.seed != 0
    store.close()


def test_an_unfinished_attempt_resumes_at_the_first_unanswered_question(folder: Path) -> None:
    store = ProgressStore(folder)
    run = QuizAttempt.open(store, MODULE)
    run.answer(QUESTIONS[0], False, confidence=2, seconds=3.0)
    run.answer(QUESTIONS[0], True, confidence=4)  # changed: the latest answer counts
    run.answer(QUESTIONS[1], True)
    store.close()

    store = _reopen(folder)
    again = QuizAttempt.open(store, MODULE)
    assert again.attempt is not None and again.attempt.id == run.attempt.id
    assert again.seed == run.seed  # options are shuffled as before the restart
    assert {q: (s.answer, s.score.correct, s.confidence) for q, s in again.saved.items()} == {
        "q1": (True, True, 4),
        "q2": (True, False, None),
    }
    assert again.start_index() == 2
    assert again.start_index(99) == 3 and again.start_index(-5) == 0  # kept within the quiz
    attempt, records = resume_records(store, "m")
    assert attempt == again.attempt and list(records) == ["q1", "q2"]
    store.close()


def test_finish_scores_the_whole_quiz_and_the_next_open_starts_afresh(folder: Path) -> None:
    store = ProgressStore(folder)
    run = QuizAttempt.open(store, MODULE)
    run.answer(QUESTIONS[0], True, confidence=3)
    run.answer(QUESTIONS[1], False)
    run.answer(QUESTIONS[2], False)  # wrong; q4 is never answered and counts 0
    assert run.percent() == 50
    done = run.finish()
    assert (done.percent, done.passed, done.finished is not None) == (50, False, True)
    assert run.finished
    assert store.summary("m").best == 50
    outcomes = {o.section: (o.right, o.total) for o in run.outcomes()}
    assert outcomes == {"l1#a": (2, 2), "l2#b": (0, 1)}
    assert run.right_count() == 2 and run.first_missed() == 2

    fresh = QuizAttempt.open(store, MODULE)
    assert fresh.attempt is None and fresh.saved == {}
    store.close()


def test_finishing_with_no_answer_stores_a_zero(folder: Path) -> None:
    store = ProgressStore(folder)
    done = QuizAttempt.open(store, MODULE).finish()
    assert (done.percent, done.passed) == (0, False)
    assert store.summary("m").attempts == 1
    store.close()


def test_try_again_leaves_the_unfinished_attempt_alone(folder: Path) -> None:
    store = ProgressStore(folder)
    first = QuizAttempt.open(store, MODULE)
    first.answer(QUESTIONS[0], True, confidence=1)
    retry = QuizAttempt.open(store, MODULE, resume=False)
    assert retry.attempt is None and retry.saved == {}
    retry.answer(QUESTIONS[2], True)
    assert retry.attempt is not None and retry.attempt.id != first.attempt.id
    assert store.open_attempt("m") == retry.attempt  # the newest unfinished one resumes
    store.close()


def test_answers_to_questions_the_module_lost_are_left_out(folder: Path) -> None:
    store = ProgressStore(folder)
    run = QuizAttempt.open(store, MODULE)
    run.answer(QUESTIONS[0], True, confidence=2)
    run.answer(QUESTIONS[3], False)
    smaller = _module(QUESTIONS[3], QUESTIONS[1])
    again = QuizAttempt.open(store, smaller)
    assert list(again.saved) == ["q4"]
    assert again.start_index() == 1
    assert again.percent() == 50
    store.close()


def test_confidence_is_kept_only_when_asked_and_valid(folder: Path) -> None:
    store = ProgressStore(folder)
    run = QuizAttempt.open(store, MODULE)
    run.answer(QUESTIONS[1], False, confidence=3)  # q2 does not ask how sure
    run.answer(QUESTIONS[0], True, confidence=-1)  # no button chosen
    assert run.saved["q2"].confidence is None and run.saved["q1"].confidence is None
    assert [r.confidence for r in store.answers()] == [None, None]
    assert [confidence_level(v) for v in (1, 4, 0, 5, True, "2", None)] == [
        1,
        4,
        None,
        None,
        None,
        None,
        None,
    ]
    store.close()


def test_what_is_missing_before_checking() -> None:
    sure = QUESTIONS[0]  # asks how sure
    plain = QUESTIONS[1]
    assert missing(sure, None, -1) is Missing.BOTH
    assert missing(sure, None, 2) is Missing.ANSWER
    assert missing(sure, True, -1) is Missing.CONFIDENCE
    assert missing(sure, True, 9) is Missing.CONFIDENCE
    assert missing(sure, False, 2) is Missing.NOTHING
    assert missing(plain, None, -1) is Missing.ANSWER
    assert missing(plain, False, -1) is Missing.NOTHING


def test_a_guest_attempt_lives_in_memory() -> None:
    store = ProgressStore(None)
    run = QuizAttempt.open(store, MODULE)
    for question in QUESTIONS:
        run.answer(question, question.answer, confidence=4)
    assert run.finish().percent == 100 and run.first_missed() == 0
    assert store.folder is None and store.summary("m").passed
