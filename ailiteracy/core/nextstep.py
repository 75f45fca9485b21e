"""What a learner should open next: per module, and for "Continue where I left off".

Pure rules over the catalog and the learner's progress, so they can be tested
without a window. The screens turn the returned :class:`Step` into a button label
and open the place it names.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .content.model import Lesson, Module
from .store import LessonState, ModuleSummary, Position


class StepKind(enum.Enum):
    START = "start"  # nothing done yet: open the first lesson
    CONTINUE_LESSON = "continue-lesson"  # some lessons read: open the first unread one
    RESUME_LESSON = "resume-lesson"  # go back to the lesson (and place) last open
    TAKE_QUIZ = "take-quiz"  # every lesson read, no finished attempt
    RESUME_QUIZ = "resume-quiz"  # an unfinished attempt: go back to its question
    RETRY_QUIZ = "retry-quiz"  # finished attempts, none passed
    REVISIT = "revisit"  # passed: look again whenever the learner likes
    NOTHING = "nothing"  # no module has anything to open


@dataclass(frozen=True)
class Step:
    """A place to open: a lesson (with a section anchor and a scroll fraction) or a quiz."""

    kind: StepKind
    module: str = ""
    lesson: str = ""
    anchor: str = ""
    scroll: float = 0.0
    question: int = 0

    @property
    def is_quiz(self) -> bool:
        return self.kind in (StepKind.TAKE_QUIZ, StepKind.RESUME_QUIZ, StepKind.RETRY_QUIZ)

    @property
    def quiz_index(self) -> int | None:
        """The question to reopen a quiz at (None: the first one not answered yet)."""
        return self.question if self.kind is StepKind.RESUME_QUIZ else None

    @property
    def resumes_attempt(self) -> bool:
        """Whether opening the quiz carries on with an unfinished attempt (not a retry)."""
        return self.kind is not StepKind.RETRY_QUIZ


@dataclass(frozen=True)
class ModuleProgress:
    """The numbers a module card shows."""

    lessons_read: int
    lessons: int
    best: int | None
    passed: bool
    fraction: float  # 0..1: lessons read count for two thirds, passing the quiz for the rest


def module_progress(module: Module, summary: ModuleSummary) -> ModuleProgress:
    lessons = len(module.lessons)
    read = min(summary.lessons_read, lessons)
    reading = read / lessons if lessons else 1.0
    quiz = 1.0 if summary.passed else (summary.best or 0) / 100 * 0.9
    fraction = reading * 2 / 3 + quiz / 3 if module.questions else reading
    return ModuleProgress(read, lessons, summary.best, summary.passed, round(fraction, 4))


def first_unread(module: Module, states: Mapping[tuple[str, str], LessonState]) -> Lesson | None:
    """The first lesson of ``module`` not read yet, or None when all are read."""
    for lesson in module.lessons:
        state = states.get((module.id, lesson.id))
        if state is None or not state.read:
            return lesson
    return None


def lesson_after(module: Module, lesson_id: str) -> Lesson | None:
    """The lesson that follows ``lesson_id`` in ``module`` (None after the last)."""
    ids = [lesson.id for lesson in module.lessons]
    if lesson_id not in ids:
        return None
    index = ids.index(lesson_id) + 1
    return module.lessons[index] if index < len(module.lessons) else None


def open_quiz_question(
    place: Position | None, module_id: str, has_open_attempt: bool
) -> int | None:
    """The question index a module card resumes its unfinished quiz at (None if none).

    The place the learner left the quiz when it was this module's; else the start.
    """
    if not has_open_attempt:
        return None
    if place is not None and place.view == "quiz" and place.module == module_id:
        return place.question
    return 0


def module_step(
    module: Module,
    states: Mapping[tuple[str, str], LessonState],
    summary: ModuleSummary,
    *,
    open_quiz_question: int | None = None,
) -> Step:
    """The one next step for ``module``.

    ``open_quiz_question`` is the question index of an unfinished quiz attempt, if any.
    """
    if open_quiz_question is not None and module.questions:
        question = max(0, min(open_quiz_question, len(module.questions) - 1))
        return Step(StepKind.RESUME_QUIZ, module.id, question=question)
    unread = first_unread(module, states)
    if unread is not None:
        started = any(
            (s := states.get((module.id, lesson.id))) is not None and s.read
            for lesson in module.lessons
        )
        kind = StepKind.CONTINUE_LESSON if started else StepKind.START
        return Step(kind, module.id, unread.id)
    if summary.passed:
        first = module.lessons[0].id if module.lessons else ""
        return Step(StepKind.REVISIT, module.id, first)
    if module.questions:
        kind = StepKind.RETRY_QUIZ if summary.attempts else StepKind.TAKE_QUIZ
        return Step(kind, module.id)
    return Step(StepKind.REVISIT, module.id, module.lessons[0].id if module.lessons else "")


def suggested_module(
    modules: Sequence[Module],
    states: Mapping[tuple[str, str], LessonState],
    summaries: Mapping[str, ModuleSummary],
) -> Module | None:
    """The first module (in the suggested order) not passed yet, else the first one."""
    for module in modules:
        summary = summaries.get(module.id)
        if summary is None or not summary.passed:
            return module
    return modules[0] if modules else None


def resume_step(
    place: Position | None,
    modules: Sequence[Module],
    states: Mapping[tuple[str, str], LessonState],
    summaries: Mapping[str, ModuleSummary],
) -> Step:
    """Where "Continue where I left off" goes.

    The last lesson or quiz the learner had open, exactly where they were, when it
    still exists; otherwise the next step of the suggested module.
    """
    by_id = {m.id: m for m in modules}
    module = by_id.get(place.module) if place else None
    if place is not None and module is not None:
        if place.view == "lesson" and module.lesson(place.lesson) is not None:
            return Step(
                StepKind.RESUME_LESSON,
                module.id,
                place.lesson,
                place.anchor,
                max(0.0, min(1.0, place.scroll)),
            )
        if place.view == "quiz" and module.questions:
            question = max(0, min(place.question, len(module.questions) - 1))
            return Step(StepKind.RESUME_QUIZ, module.id, question=question)
    chosen = suggested_module(modules, states, summaries)
    if chosen is None:
        return Step(StepKind.NOTHING)
    summary = summaries.get(chosen.id) or ModuleSummary(chosen.id, 0, 0.0, 0, None, False)
    return module_step(chosen, states, summary)
