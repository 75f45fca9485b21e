"""A printable teacher guide to one module, built from the module's own content.

:func:`build_guide` gathers, from a loaded :class:`~.content.model.Module`:

* the aims: the module's summary and every lesson's objectives;
* the timing: each lesson's minutes, the quiz (its questions and an estimate), each
  practice task (an estimate) and each discussion question, with a total;
* a discussion plan, lesson by lesson: the lesson's "Check it yourself" boxes
  (``!!! check``) and the ``[[discussion]]`` questions of ``module.toml`` that follow it;
* the answers to the practice tasks: each claim with its verdict and the page that
  decides it, what each page is and why it can or cannot be trusted, and the path an
  expert takes;
* the quiz's answer key: each question's correct answer(s) and explanation.

Everything is data taken from the content (texts are the authors', never sentences
made here), so the guide cannot drift from what learners see. The interface lays it
out (``ailiteracy.ui.guide``).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass

from .content.model import (
    Discussion,
    Lesson,
    Module,
    NumericAnswer,
    Page,
    Question,
    QuestionType,
    Task,
    Verdict,
)
from .content.patterns import pattern

# Estimated seconds to answer one question of each type (reading it included).
QUIZ_SECONDS: dict[QuestionType, int] = {
    QuestionType.SINGLE: 45,
    QuestionType.MULTIPLE: 60,
    QuestionType.TRUEFALSE: 30,
    QuestionType.CLAIM: 150,
    QuestionType.ORDER: 75,
    QuestionType.MATCH: 75,
    QuestionType.SPOT: 90,
    QuestionType.SHORT: 60,
    QuestionType.NUMERICAL: 60,
}
# A practice task: the worked example and the search, then a little per claim.
TASK_BASE_MINUTES = 5
TASK_MINUTES_PER_CLAIM = 2


class TimingKind(enum.StrEnum):
    """What one row of the timing table is."""

    LESSON = "lesson"
    PRACTICE = "practice"
    DISCUSSION = "discussion"
    QUIZ = "quiz"


@dataclass(frozen=True)
class LessonAims:
    id: str
    title: str
    minutes: int
    objectives: tuple[str, ...]


@dataclass(frozen=True)
class TimingRow:
    kind: TimingKind
    title: str  # the lesson's or task's title; the discussion's question; "" for the quiz
    minutes: int
    count: int = 0  # the quiz's questions, a task's claims


@dataclass(frozen=True)
class CheckBox:
    """A "Check it yourself" activity of a lesson, as plain text."""

    title: str  # the box's own title ("" when it has none)
    section: str  # the title of the lesson section it is in ("" before the first)
    paragraphs: tuple[str, ...]  # paragraphs and list items, Markdown markers removed


@dataclass(frozen=True)
class DiscussionItem:
    discussion: Discussion
    section: str  # the title of the section it follows ("" after the whole lesson)


@dataclass(frozen=True)
class PlanStep:
    """The discussion plan for one lesson (only lessons with something to discuss)."""

    lesson_id: str
    lesson_title: str
    checks: tuple[CheckBox, ...]
    questions: tuple[DiscussionItem, ...]


@dataclass(frozen=True)
class ClaimKey:
    text: str
    verdict: Verdict
    page_title: str  # the page that decides it ("" for not checkable)
    explanation: str


@dataclass(frozen=True)
class TaskKey:
    id: str
    title: str
    lesson_title: str
    question: str  # what the learner asked the assistant
    answer: str  # the assistant's answer to check
    claims: tuple[ClaimKey, ...]
    pages: tuple[Page, ...]  # each with its kind, reliability and the reason
    first_page_title: str
    expert_path: tuple[str, ...]


@dataclass(frozen=True)
class AnswerPart:
    """One piece of a correct answer; what it holds depends on the question's type.

    single, multiple: a correct option; order: an item, in the right order; match: a
    left text and its ``pair``; spot: a wrong sentence (``detail``: why); claim: a
    claim, its ``verdict`` and the deciding source's title as ``pair``; short: an
    accepted answer and its ``weight``.
    """

    text: str
    pair: str = ""
    verdict: Verdict | None = None
    detail: str = ""
    weight: int = 100


@dataclass(frozen=True)
class QuizKey:
    number: int  # 1, 2, ... in the quiz's order
    id: str
    type: QuestionType
    prompt: str
    explanation: str
    lesson_title: str
    parts: tuple[AnswerPart, ...] = ()
    truth: bool | None = None  # truefalse: whether the statement is true
    numbers: tuple[NumericAnswer, ...] = ()  # numerical: accepted values


@dataclass(frozen=True)
class TeacherGuide:
    module_id: str
    locale: str
    title: str
    summary: str
    pass_mark: int
    lessons: tuple[LessonAims, ...]
    timing: tuple[TimingRow, ...]
    plan: tuple[PlanStep, ...]
    tasks: tuple[TaskKey, ...]
    quiz: tuple[QuizKey, ...]

    @property
    def total_minutes(self) -> int:
        return sum(row.minutes for row in self.timing)


def build_guide(module: Module) -> TeacherGuide:
    """The teacher guide of ``module``, in the module's language."""
    titles = {lesson.id: lesson.title for lesson in module.lessons}
    return TeacherGuide(
        module_id=module.id,
        locale=module.locale,
        title=module.title,
        summary=module.summary,
        pass_mark=module.pass_mark,
        lessons=tuple(
            LessonAims(lesson.id, lesson.title, lesson.minutes, lesson.objectives)
            for lesson in module.lessons
        ),
        timing=_timing(module),
        plan=_plan(module),
        tasks=tuple(_task_key(task, titles) for task in module.tasks),
        quiz=tuple(_quiz_key(n, q, titles) for n, q in enumerate(module.questions, start=1)),
    )


# --------------------------------------------------------------------------- timing


def quiz_minutes(questions: Sequence[Question]) -> int:
    """An estimate of the minutes a learner needs for ``questions``."""
    return math.ceil(sum(QUIZ_SECONDS[q.type] for q in questions) / 60)


def _timing(module: Module) -> tuple[TimingRow, ...]:
    rows = [TimingRow(TimingKind.LESSON, lesson.title, lesson.minutes) for lesson in module.lessons]
    rows += [
        TimingRow(
            TimingKind.PRACTICE,
            task.title,
            TASK_BASE_MINUTES + TASK_MINUTES_PER_CLAIM * len(task.claims),
            len(task.claims),
        )
        for task in module.tasks
    ]
    rows += [TimingRow(TimingKind.DISCUSSION, d.question, d.minutes) for d in module.discussion]
    if module.questions:
        questions = len(module.questions)
        rows.append(TimingRow(TimingKind.QUIZ, "", quiz_minutes(module.questions), questions))
    return tuple(rows)


# --------------------------------------------------------------------------- discussion plan


def _plain(text: str) -> str:
    text = pattern("footnote_mark").sub("", text)
    text = pattern("link_text").sub(r"\1", text)
    text = pattern("attr_list").sub("", text)
    return pattern("emphasis_marks").sub("", text).strip()


def _joined(first: str, second: str) -> str:
    """Two wrapped lines of one paragraph (Chinese lines join without a space)."""
    if first and second and _is_han(first[-1]) and _is_han(second[0]):
        return first + second
    return f"{first} {second}"


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f" or "\uff00" <= char


def check_boxes(lesson: Lesson) -> tuple[CheckBox, ...]:
    """The lesson's ``!!! check`` boxes, as plain text."""
    boxes: list[CheckBox] = []
    section = ""
    lines = lesson.body.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        heading = pattern("level2_heading").match(line)
        if heading:
            section = _plain(heading.group(1))
            continue
        start = pattern("check_box").match(line)
        if not start:
            continue
        paragraphs: list[str] = []
        current = ""
        while index < len(lines) and (not lines[index].strip() or lines[index][:1] in " \t"):
            text = lines[index].strip()
            index += 1
            if not text or pattern("list_item").match(text):
                if current:
                    paragraphs.append(current)
                current = text
            else:
                current = _joined(current, text) if current else text
        if current:
            paragraphs.append(current)
        cleaned = tuple(p for p in (_plain(p) for p in paragraphs) if p)
        boxes.append(CheckBox(_plain(start.group(1) or ""), section, cleaned))
    return tuple(boxes)


def _plan(module: Module) -> tuple[PlanStep, ...]:
    steps = []
    for lesson in module.lessons:
        sections = {s.anchor: s.title for s in lesson.sections}
        questions = tuple(
            DiscussionItem(d, sections.get(d.anchor, "") if d.anchor else "")
            for d in module.discussion
            if d.lesson_id == lesson.id
        )
        checks = check_boxes(lesson)
        if checks or questions:
            steps.append(PlanStep(lesson.id, lesson.title, checks, questions))
    return tuple(steps)


# --------------------------------------------------------------------------- answers


def _task_key(task: Task, titles: dict[str, str]) -> TaskKey:
    pages = {p.id: p for p in task.pages}

    def title(page_id: str) -> str:
        page = pages.get(page_id)
        return page.title if page is not None else ""

    return TaskKey(
        id=task.id,
        title=task.title,
        lesson_title=titles.get(task.section.partition("#")[0], ""),
        question=task.question,
        answer=task.answer,
        claims=tuple(
            ClaimKey(c.text, c.verdict, title(c.page), c.explanation) for c in task.claims
        ),
        pages=task.pages,
        first_page_title=title(task.first_page),
        expert_path=task.expert_path,
    )


def _quiz_key(number: int, q: Question, titles: dict[str, str]) -> QuizKey:
    sources = {s.id: s.title for s in q.sources}
    parts: tuple[AnswerPart, ...] = ()
    if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        parts = tuple(AnswerPart(o.text) for o in q.options if o.correct)
    elif q.type == QuestionType.CLAIM:
        parts = tuple(
            AnswerPart(c.text, sources.get(c.source or "", ""), c.verdict, c.explanation)
            for c in q.claims
        )
    elif q.type == QuestionType.ORDER:
        parts = tuple(AnswerPart(i.text) for i in q.items)
    elif q.type == QuestionType.MATCH:
        parts = tuple(AnswerPart(p.left, p.right) for p in q.pairs)
    elif q.type == QuestionType.SPOT:
        parts = tuple(AnswerPart(s.text, detail=s.feedback) for s in q.sentences if s.wrong)
    elif q.type == QuestionType.SHORT:
        parts = tuple(
            AnswerPart(a.text, weight=a.weight) for a in sorted(q.answers, key=lambda a: -a.weight)
        )
    return QuizKey(
        number=number,
        id=q.id,
        type=q.type,
        prompt=q.prompt,
        explanation=q.explanation,
        lesson_title=titles.get(q.lesson_id, ""),
        parts=parts,
        truth=q.answer if q.type == QuestionType.TRUEFALSE else None,
        numbers=q.numbers,
    )
