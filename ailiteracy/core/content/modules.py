"""One module folder: ``module.toml``, ``lessons/*.md``, ``quiz.toml``, ``practice.toml``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..miniweb import PRACTICE_FILE, parse_practice
from .fields import Table, read_toml, unique
from .lessons import parse_lesson
from .model import (
    FORMAT_VERSION,
    Discussion,
    FeedbackMode,
    Lesson,
    Module,
    Problem,
    Question,
    Task,
)
from .patterns import pattern
from .quizzes import parse_quiz, question_lines


@dataclass(frozen=True)
class _Meta:
    """The fields of ``module.toml``."""

    title: str
    summary: str
    order: int
    minutes: int
    pass_mark: int
    feedback: FeedbackMode
    confidence: bool
    discussion: tuple[tuple[Discussion, int], ...]  # with the line of each table


# The discussion plan: at most this many questions, each at most this long.
MAX_DISCUSSION = 12
MAX_QUESTION_CHARS = 400
MAX_NOTES_CHARS = 1200


def load_module(folder: Path, locale: str, problems: list[Problem]) -> Module | None:
    """Load one module folder; problems are appended, None when it cannot be used."""
    meta_path = folder / "module.toml"
    before = len(problems)
    if not pattern("id").match(folder.name):
        problems.append(
            Problem(folder, 0, "module folder name must use lower-case letters, digits and hyphens")
        )
        return None
    data = read_toml(meta_path, problems)
    if data is None:
        return None
    t = Table(data, meta_path, 1, problems)
    meta = _read_meta(t)
    lessons = _load_lessons(folder / "lessons", problems)
    by_id = {lesson.id: lesson for lesson in lessons}
    questions = _load_questions(folder / "quiz.toml", meta.confidence, by_id, problems)
    tasks = _load_tasks(folder / PRACTICE_FILE, by_id, problems)
    for entry, line in meta.discussion:
        lesson = by_id.get(entry.lesson_id)
        if lesson is None or (entry.anchor and entry.anchor not in lesson.anchors):
            problems.append(
                Problem(
                    meta_path, line, f"discussion '{entry.id}': no lesson section '{entry.after}'"
                )
            )
    if lessons and not any("!!! check" in lesson.body for lesson in lessons):
        problems.append(
            Problem(meta_path, 1, "module needs at least one '!!! check' activity in a lesson")
        )
    if not t.ok:
        return None
    return Module(
        id=folder.name,
        locale=locale,
        title=meta.title,
        summary=meta.summary,
        order=meta.order,
        minutes=meta.minutes,
        pass_mark=meta.pass_mark,
        feedback=meta.feedback,
        confidence=meta.confidence,
        lessons=tuple(lessons),
        questions=tuple(questions),
        path=folder,
        valid=len(problems) == before,
        tasks=tuple(tasks),
        discussion=tuple(entry for entry, _line in meta.discussion),
    )


def _read_meta(t: Table) -> _Meta:
    fmt = t.int("format", default=FORMAT_VERSION, lo=1, hi=10**6)
    if fmt > FORMAT_VERSION:
        t.error(f"content format {fmt} is newer than this app understands ({FORMAT_VERSION})")
    meta = _Meta(
        title=t.str("title"),
        summary=t.str("summary"),
        order=t.int("order", default=100, lo=0),
        minutes=t.int("minutes", lo=1, hi=10_000),
        pass_mark=t.int("pass_mark", default=70, lo=1, hi=100),
        feedback=FeedbackMode(
            t.choice("feedback", [m.value for m in FeedbackMode], default="each")
        ),
        confidence=t.bool("confidence", default=False),
        discussion=_read_discussion(t),
    )
    t.unknown_keys("module.toml")
    return meta


def _read_discussion(t: Table) -> tuple[tuple[Discussion, int], ...]:
    """The optional ``[[discussion]]`` tables: id, after, question, notes, minutes."""
    if "discussion" not in t.data:
        return ()  # most modules of teachers have none: no need to look for table lines
    tables = unique(t.tables("discussion", header="discussion", required=False), "id", "discussion")
    if len(tables) > MAX_DISCUSSION:
        t.error(f"a module has at most {MAX_DISCUSSION} [[discussion]] questions")
    out = []
    for d in tables:
        entry = Discussion(
            id=d.ident(),
            after=d.str("after"),
            question=d.str("question"),
            notes=d.str("notes", required=False),
            minutes=d.int("minutes", default=5, lo=1, hi=60),
        )
        for key, limit in (("question", MAX_QUESTION_CHARS), ("notes", MAX_NOTES_CHARS)):
            if len(getattr(entry, key)) > limit:
                d.error(f"'{key}' is longer than {limit} characters")
        if d.ok:
            out.append((entry, d.line))
        else:
            t.ok = False
    return tuple(out)


def missing_discussion(modules: Sequence[Module]) -> list[Problem]:
    """Warnings (not errors) for modules without a discussion plan for the teacher guide."""
    return [
        Problem(m.path / "module.toml", 1, "no [[discussion]] questions for the teacher guide")
        for m in modules
        if not m.discussion
    ]


def _load_lessons(lesson_dir: Path, problems: list[Problem]) -> list[Lesson]:
    lessons: list[Lesson] = []
    files = sorted(lesson_dir.glob("*.md")) if lesson_dir.is_dir() else []
    if not files:
        problems.append(Problem(lesson_dir, 0, "module has no lessons (lessons/*.md)"))
    for file in files:
        lesson = parse_lesson(file, problems)
        if lesson is None:
            continue
        if any(existing.id == lesson.id for existing in lessons):
            problems.append(Problem(file, 2, f"duplicate lesson id {lesson.id!r}"))
            continue
        lessons.append(lesson)
    return lessons


def _load_questions(
    quiz_path: Path, confidence: bool, lessons: Mapping[str, Lesson], problems: list[Problem]
) -> list[Question]:
    """The quiz's questions; each one's ``section`` must name a lesson section."""
    if not quiz_path.exists():
        problems.append(Problem(quiz_path, 0, "module has no quiz.toml"))
        return []
    questions = parse_quiz(quiz_path, confidence, problems)
    anchors = {lesson_id: lesson.anchors for lesson_id, lesson in lessons.items()}  # once
    lines: list[int] | None = None  # each question's line: found only for a problem
    for index, q in enumerate(questions):
        if not q.section:
            continue
        lesson_id, _, anchor = q.section.partition("#")  # q.lesson_id and q.anchor
        lesson_anchors = anchors.get(lesson_id)
        if lesson_anchors is not None and (not anchor or anchor in lesson_anchors):
            continue
        if lines is None:
            lines = question_lines(quiz_path, questions)
        if lesson_anchors is None:
            problems.append(
                Problem(quiz_path, lines[index], f"question '{q.id}': no lesson '{lesson_id}'")
            )
        else:
            problems.append(
                Problem(
                    quiz_path,
                    lines[index],
                    f"question '{q.id}': lesson '{lesson_id}' has no section '#{anchor}'",
                )
            )
    return questions


def _load_tasks(
    practice_path: Path, lessons: Mapping[str, Lesson], problems: list[Problem]
) -> Sequence[Task]:
    """The mini-web practice tasks; each one's ``section`` must name a lesson section."""
    if not practice_path.exists():
        return []
    tasks = parse_practice(practice_path, problems)
    for task in tasks:
        lesson_id, _, anchor = task.section.partition("#")
        lesson = lessons.get(lesson_id)
        if lesson is None or (anchor and anchor not in lesson.anchors):
            problems.append(
                Problem(
                    practice_path,
                    task.line,
                    f"task '{task.id}': no lesson section '{task.section}'",
                )
            )
    return tasks
