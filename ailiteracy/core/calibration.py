"""Confidence calibration: is the learner right as often as they feel sure?

Some questions ask "How sure are you?" with four levels. For each level we compare
how often the learner should be right if their feeling were accurate (``EXPECTED``)
with how often they actually were right.

When an answer was changed within one attempt only the last saved answer to that
question counts, so checking and correcting an answer is not counted twice.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from .store import AnswerRecord


class Confidence(enum.IntEnum):
    """The four levels of "How sure are you?"."""

    GUESSING = 1  # "just guessing"
    NOT_SURE = 2  # "not sure"
    FAIRLY_SURE = 3  # "fairly sure"
    CERTAIN = 4  # "certain"


EXPECTED: dict[Confidence, float] = {
    Confidence.GUESSING: 0.40,
    Confidence.NOT_SURE: 0.60,
    Confidence.FAIRLY_SURE: 0.80,
    Confidence.CERTAIN: 0.95,
}

MIN_ANSWERS = 5  # a level needs this many answers before we judge it
OVERCONFIDENCE_GAP = 0.15  # accuracy this far below expected is overconfidence


class Status(enum.StrEnum):
    NO_ANSWERS = "no-answers"  # no answer with a confidence yet
    TOO_FEW = "too-few"  # some, but no level has MIN_ANSWERS answers yet
    OVERCONFIDENT = "overconfident"  # at least one level is overconfident
    CALIBRATED = "calibrated"  # enough answers and no level is overconfident


@dataclass(frozen=True)
class Bin:
    """The answers given at one confidence level.

    ``accuracy`` is the fraction answered right, or None when ``count`` is 0.
    """

    level: Confidence
    expected: float
    count: int
    accuracy: float | None

    @property
    def correct(self) -> int:
        return round((self.accuracy or 0.0) * self.count)

    @property
    def judged(self) -> bool:
        """True when the level has enough answers to be judged."""
        return self.count >= MIN_ANSWERS


@dataclass(frozen=True)
class Calibration:
    bins: tuple[Bin, ...]
    overconfident_levels: tuple[Confidence, ...]

    @property
    def total(self) -> int:
        return sum(b.count for b in self.bins)

    def bin(self, level: int) -> Bin:
        return self.bins[int(level) - 1]

    @property
    def status(self) -> Status:
        if self.total == 0:
            return Status.NO_ANSWERS
        if self.overconfident_levels:
            return Status.OVERCONFIDENT
        if not any(b.judged for b in self.bins):
            return Status.TOO_FEW
        return Status.CALIBRATED


@dataclass(frozen=True)
class Period:
    """A run of consecutive answers (in time order) with their calibration.

    ``mean_confidence_expected`` is the mean expected accuracy of the confidence
    levels chosen; ``accuracy`` the fraction actually answered right.
    """

    start: _dt.datetime
    end: _dt.datetime
    count: int
    mean_confidence_expected: float
    accuracy: float

    @property
    def gap(self) -> float:
        """Expected minus actual: positive when the learner was too sure."""
        return self.mean_confidence_expected - self.accuracy


def _level(record: AnswerRecord) -> Confidence | None:
    value = record.confidence
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    try:
        return Confidence(value)
    except ValueError:
        return None


def _when(record: AnswerRecord) -> _dt.datetime:
    try:
        moment = _dt.datetime.fromisoformat(record.at)
    except (TypeError, ValueError):
        return _dt.datetime.min.replace(tzinfo=_dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    return moment.astimezone(_dt.UTC)


def rated_answers(answers: Iterable[AnswerRecord]) -> list[AnswerRecord]:
    """The answers that carry a confidence level, last per (attempt, question), in time order."""
    latest: dict[tuple[str, str, str], AnswerRecord] = {}
    for record in answers:
        key = (record.attempt, record.module, record.question)
        latest.pop(key, None)  # a changed answer moves to where it was last saved
        latest[key] = record
    rated = [r for r in latest.values() if _level(r) is not None]
    rated.sort(key=_when)  # stable: same-second answers keep their saved order
    return rated


def calibration(answers: Iterable[AnswerRecord]) -> Calibration:
    """One :class:`Bin` per confidence level, and the levels where the learner is too sure."""
    counts = dict.fromkeys(Confidence, 0)
    right = dict.fromkeys(Confidence, 0)
    for record in rated_answers(answers):
        level = _level(record)
        assert level is not None
        counts[level] += 1
        right[level] += 1 if record.correct else 0
    bins = tuple(
        Bin(
            level,
            EXPECTED[level],
            counts[level],
            right[level] / counts[level] if counts[level] else None,
        )
        for level in Confidence
    )
    over = tuple(
        b.level
        for b in bins
        if b.judged
        and b.accuracy is not None
        and b.expected - b.accuracy >= OVERCONFIDENCE_GAP - 1e-9
    )
    return Calibration(bins, over)


def over_time(answers: Iterable[AnswerRecord], periods: int = 4) -> list[Period]:
    """Split the rated answers into up to ``periods`` equal-sized consecutive groups.

    Groups differ in size by at most one answer (earlier groups get the extra ones).
    With fewer answers than ``periods`` each answer is its own group.
    """
    if periods < 1:
        raise ValueError("periods must be at least 1")
    rated = rated_answers(answers)
    n = len(rated)
    groups = min(periods, n)
    out = []
    start = 0
    for index in range(groups):
        size = n // groups + (1 if index < n % groups else 0)
        chunk = rated[start : start + size]
        start += size
        levels = [_level(r) for r in chunk]
        out.append(
            Period(
                start=_when(chunk[0]),
                end=_when(chunk[-1]),
                count=len(chunk),
                mean_confidence_expected=sum(EXPECTED[lv] for lv in levels if lv is not None)
                / len(chunk),
                accuracy=sum(1 for r in chunk if r.correct) / len(chunk),
            )
        )
    return out
