"""Confidence calibration."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from ailiteracy.core.calibration import (
    Confidence,
    Status,
    calibration,
    over_time,
    rated_answers,
)
from ailiteracy.core.store import AnswerRecord, ProgressStore

START = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
_ids = itertools.count()


def answer(
    confidence: int | None, correct: bool, minute: int = 0, attempt: str = "", question: str = ""
) -> AnswerRecord:
    at = (START + dt.timedelta(minutes=minute)).isoformat(timespec="seconds")
    return AnswerRecord(
        attempt or f"a{next(_ids)}",
        "demo",
        question or f"q{next(_ids)}",
        None,
        1.0 if correct else 0.0,
        correct,
        at,
        confidence=confidence,
    )


def many(confidence: int, right: int, wrong: int, minute: int = 0) -> list[AnswerRecord]:
    return [answer(confidence, True, minute) for _ in range(right)] + [
        answer(confidence, False, minute) for _ in range(wrong)
    ]


@pytest.mark.parametrize(
    ("stored", "level", "right", "wrong", "overconfident"),
    [
        # Right exactly as often as the level promises (40/60/80/95%): calibrated.
        (1, Confidence.GUESSING, 2, 3, False),
        (2, Confidence.NOT_SURE, 3, 2, False),
        (3, Confidence.FAIRLY_SURE, 4, 1, False),
        (4, Confidence.CERTAIN, 19, 1, False),
        # 20 points below the promise: overconfident.
        (1, Confidence.GUESSING, 1, 4, True),
        (2, Confidence.NOT_SURE, 2, 3, True),
        (3, Confidence.FAIRLY_SURE, 3, 2, True),
        # "certain" at 85% is only 10 points below 95%; at 80% it is 15 below.
        (4, Confidence.CERTAIN, 17, 3, False),
        (4, Confidence.CERTAIN, 16, 4, True),
    ],
)
def test_each_stored_level_is_judged_against_its_promise(
    stored: int, level: Confidence, right: int, wrong: int, overconfident: bool
) -> None:
    result = calibration(many(stored, right, wrong))
    assert result.bin(stored).level is level
    assert result.bin(stored).count == right + wrong
    assert result.overconfident_levels == ((level,) if overconfident else ())
    assert result.status is (Status.OVERCONFIDENT if overconfident else Status.CALIBRATED)


def test_empty() -> None:
    result = calibration([answer(None, True), answer(None, False)])
    assert result.total == 0
    assert [b.count for b in result.bins] == [0, 0, 0, 0]
    assert all(b.accuracy is None for b in result.bins)
    assert result.overconfident_levels == ()
    assert result.status is Status.NO_ANSWERS
    assert over_time([]) == []


def test_bins_count_and_accuracy() -> None:
    answers = many(4, 3, 1) + many(1, 1, 1) + [answer(None, False), answer(7, False)]
    result = calibration(answers)
    certain, guessing = result.bin(4), result.bin(1)
    assert (certain.level, certain.count, certain.accuracy, certain.correct) == (
        Confidence.CERTAIN,
        4,
        0.75,
        3,
    )
    assert certain.expected == 0.95
    assert (guessing.count, guessing.accuracy) == (2, 0.5)
    assert result.bin(2).count == 0 and result.bin(3).count == 0
    assert result.total == 6  # no confidence and out-of-range levels are ignored
    assert result.status is Status.TOO_FEW


def test_overconfident_when_well_below_expected_with_enough_answers() -> None:
    # certain: 5 of 8 right = 62.5% (expected 95%): overconfident.
    # fairly sure: 3 of 4 right, 4 answers only: not judged even though below.
    # not sure: 2 of 5 right = 40%, 20 points below 60%: overconfident.
    answers = many(4, 5, 3) + many(3, 1, 3) + many(2, 2, 3) + many(1, 2, 3)
    result = calibration(answers)
    assert result.overconfident_levels == (Confidence.NOT_SURE, Confidence.CERTAIN)
    assert result.status is Status.OVERCONFIDENT


def test_exactly_fifteen_points_below_counts_and_less_does_not() -> None:
    # fairly sure, 13 of 20 right = 65%: exactly 0.15 below 0.80.
    assert calibration(many(3, 13, 7)).overconfident_levels == (Confidence.FAIRLY_SURE,)
    # 14 of 20 = 70%: only 0.10 below.
    result = calibration(many(3, 14, 6))
    assert result.overconfident_levels == ()
    assert result.status is Status.CALIBRATED


def test_changed_answer_counts_once() -> None:
    first = answer(4, False, 0, attempt="x", question="q-tf")
    changed = answer(4, True, 1, attempt="x", question="q-tf")
    other_attempt = answer(4, False, 2, attempt="y", question="q-tf")
    result = calibration([first, changed, other_attempt])
    assert result.bin(4).count == 2
    assert result.bin(4).accuracy == 0.5
    assert rated_answers([first, changed, other_attempt]) == [changed, other_attempt]


def test_over_time_splits_into_equal_consecutive_groups() -> None:
    # Given out of order; the first 5 (in time) are "certain" and mostly wrong,
    # the last 5 "fairly sure" and all right.
    early = [answer(4, i == 0, minute=i) for i in range(5)]
    late = [answer(3, True, minute=10 + i) for i in range(5)]
    periods = over_time(late + early, periods=2)
    assert [p.count for p in periods] == [5, 5]
    assert periods[0].start == START and periods[0].end == START + dt.timedelta(minutes=4)
    assert periods[1].start == START + dt.timedelta(minutes=10)
    assert periods[0].mean_confidence_expected == pytest.approx(0.95)
    assert periods[0].accuracy == pytest.approx(0.2)
    assert periods[1].mean_confidence_expected == pytest.approx(0.80)
    assert periods[1].accuracy == 1.0
    assert periods[0].gap > 0 > periods[1].gap


def test_over_time_group_sizes() -> None:
    answers = [answer(2, True, minute=i) for i in range(10)] + [answer(None, True, minute=20)]
    assert [p.count for p in over_time(answers)] == [3, 3, 2, 2]
    assert [p.count for p in over_time(answers[:3])] == [1, 1, 1]
    assert [p.count for p in over_time(answers, periods=1)] == [10]
    with pytest.raises(ValueError):
        over_time(answers, periods=0)


def test_works_with_records_from_the_store() -> None:
    store = ProgressStore(None)
    attempt = store.start_attempt("demo")
    for n in range(6):
        store.save_answer(attempt, f"q{n}", None, 1.0 if n == 0 else 0.0, confidence=4)
    store.save_answer(attempt, "no-confidence", None, 0.0)
    result = calibration(store.answers())
    assert result.bin(4).count == 6
    assert result.bin(4).accuracy == pytest.approx(1 / 6)
    assert result.overconfident_levels == (Confidence.CERTAIN,)
    (period,) = over_time(store.answers(), periods=1)
    assert period.count == 6
