"""The life of one quiz attempt: start, answer, check, resume, finish and score.

The quiz screen shows questions and forwards what the learner does; the rules live
here, so they can be tested without a window:

- An attempt is started in the store only when the first answer is saved (opening
  a quiz and leaving it saves nothing).
- Every answer is scored and saved at once; an answer may be changed, and the
  latest one counts.
- Reopening the quiz resumes the unfinished attempt, with its answers, at the
  first question not answered yet (:meth:`QuizAttempt.open`).
- Finishing scores the whole quiz: questions not answered count as 0.
"""

from __future__ import annotations

import enum
import zlib
from dataclasses import dataclass
from typing import Any

from .content.model import Module, Question
from .quiz import Score, SectionOutcome, is_answered, passed, quiz_percent, score, section_outcomes
from .store import AnswerRecord, Attempt, ProgressStore

CONFIDENCE_LEVELS = (1, 2, 3, 4)  # just guessing, not sure, fairly sure, certain


class Missing(enum.Enum):
    """What the learner still has to do before an answer can be checked."""

    NOTHING = "nothing"
    ANSWER = "answer"
    CONFIDENCE = "confidence"
    BOTH = "both"


@dataclass(frozen=True)
class SavedAnswer:
    """The latest answer to one question of the attempt, with its score."""

    answer: Any
    score: Score
    confidence: int | None = None


def resume_records(
    store: ProgressStore, module_id: str
) -> tuple[Attempt | None, dict[str, AnswerRecord]]:
    """The unfinished attempt at ``module_id`` and its latest answer per question."""
    attempt = store.open_attempt(module_id)
    if attempt is None:
        return None, {}
    return attempt, store.latest_answers(attempt.id)


def confidence_level(value: object) -> int | None:
    """``value`` when it is one of the confidence levels, else None."""
    if isinstance(value, int) and not isinstance(value, bool) and value in CONFIDENCE_LEVELS:
        return value
    return None


def missing(question: Question, answer: Any, confidence: object) -> Missing:
    """What is missing before ``answer`` to ``question`` can be checked."""
    answered = is_answered(question, answer)
    sure = not question.confidence or confidence_level(confidence) is not None
    if not answered and not sure:
        return Missing.BOTH
    if not answered:
        return Missing.ANSWER
    if not sure:
        return Missing.CONFIDENCE
    return Missing.NOTHING


class QuizAttempt:
    """One go at one module's quiz, saved answer by answer in ``store``.

    Args:
        store: the learner's progress.
        module: the module whose quiz this is.
        attempt: the stored attempt, or None until the first answer is saved.
    """

    def __init__(self, store: ProgressStore, module: Module, attempt: Attempt | None = None):
        self.store = store
        self.module = module
        self.attempt = attempt
        self.saved: dict[str, SavedAnswer] = {}

    @classmethod
    def open(cls, store: ProgressStore, module: Module, *, resume: bool = True) -> QuizAttempt:
        """The quiz of ``module``: the unfinished attempt with its answers, or a new one.

        Answers to questions the module no longer has are left out.
        """
        run = cls(store, module)
        if resume:
            run.attempt, records = resume_records(store, module.id)
            for question_id, record in records.items():
                question = module.question(question_id)
                if question is not None:
                    run.saved[question_id] = SavedAnswer(
                        record.answer,
                        score(question, record.answer),
                        confidence_level(record.confidence),
                    )
        return run

    # ------------------------------------------------------------------ where to be

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.module.questions

    @property
    def finished(self) -> bool:
        return self.attempt is not None and self.attempt.finished is not None

    @property
    def seed(self) -> int:
        """Shuffles the options the same way whenever this attempt is shown (0 for a new one)."""
        return zlib.crc32(self.attempt.id.encode("utf-8")) & 0xFFFF if self.attempt else 0

    def first_unanswered(self) -> int:
        """The index of the first question without an answer (0 when all have one)."""
        return next((n for n, q in enumerate(self.questions) if q.id not in self.saved), 0)

    def start_index(self, index: int | None = None) -> int:
        """Where the quiz opens: ``index`` (kept within the quiz) or the first unanswered."""
        wanted = self.first_unanswered() if index is None else index
        return max(0, min(wanted, len(self.questions) - 1))

    def is_last(self, index: int) -> bool:
        return index + 1 >= len(self.questions)

    # ------------------------------------------------------------------ answering

    def answer(
        self, question: Question, answer: Any, *, seconds: float = 0.0, confidence: object = None
    ) -> Score:
        """Score and save ``answer`` (kept even if the app is closed right after)."""
        result = score(question, answer)
        level = confidence_level(confidence) if question.confidence else None
        if self.attempt is None:
            self.attempt = self.store.start_attempt(self.module.id, self.module.locale)
        self.store.save_answer(
            self.attempt, question.id, answer, result.value, seconds=seconds, confidence=level
        )
        self.saved[question.id] = SavedAnswer(answer, result, level)
        return result

    def saved_answer(self, question_id: str) -> SavedAnswer | None:
        return self.saved.get(question_id)

    # ------------------------------------------------------------------ finishing

    def scores(self) -> list[float]:
        return [self.saved[q.id].score.value for q in self.questions if q.id in self.saved]

    def percent(self) -> int:
        """The whole quiz's score so far; unanswered questions count 0."""
        return quiz_percent(self.scores(), len(self.questions))

    def finish(self) -> Attempt:
        """End the attempt and store its score (an attempt with no answer is stored too)."""
        if self.attempt is None:
            self.attempt = self.store.start_attempt(self.module.id, self.module.locale)
        percent = self.percent()
        self.attempt = self.store.finish_attempt(
            self.attempt, percent, passed(percent, self.module.pass_mark)
        )
        return self.attempt

    def correct(self) -> dict[str, bool]:
        """Question id -> whether its latest answer was right (answered questions only)."""
        return {qid: saved.score.correct for qid, saved in self.saved.items()}

    def right_count(self) -> int:
        return sum(self.correct().values())

    def outcomes(self) -> list[SectionOutcome]:
        """Per lesson section: how many of its questions were answered right."""
        return section_outcomes(self.questions, self.correct())

    def first_missed(self) -> int:
        """The index of the first question not answered right (0 when all were)."""
        return next(
            (
                n
                for n, q in enumerate(self.questions)
                if not (q.id in self.saved and self.saved[q.id].score.correct)
            ),
            0,
        )
