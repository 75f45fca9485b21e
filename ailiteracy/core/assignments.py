"""Assignments: a teacher's file that tells learners what to read and which quizzes to pass.

An assignment file (``*.ailiteracy-assignment``) is UTF-8 JSON, described in
``docs/teachers-formats.md``. It carries a SHA-256 checksum of its canonical JSON so a
damaged or hand-edited file is noticed instead of being half-read.

It is read the way every exchanged file is (``exchange.py``): the file, its
envelope, then the fields (:func:`assignment_from_dict`).

On the learner's side an opened assignment is kept in the learner's progress store
(table ``assignments``, one row per assignment id), and :func:`assignment_status`
compares it with what the learner has done.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .content.model import Catalog
from .content.patterns import ID_RE
from .exchange import (
    MAX_TEXT,
    Fields,
    FileFormatError,
    FileSpec,
    as_utc,
    dump_file,
    malformed,
    open_exchange_file,
    parse_envelope,
)
from .store import ProgressStore

ASSIGNMENT_FORMAT = "ailiteracy-assignment"
ASSIGNMENT_VERSION = 1
ASSIGNMENT_SUFFIX = ".ailiteracy-assignment"
ASSIGNMENT_MAX_BYTES = 1024 * 1024  # 1 MiB: an assignment is a few kilobytes
ASSIGNMENT = FileSpec(
    ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, ASSIGNMENT_MAX_BYTES, ASSIGNMENT_SUFFIX
)

TABLE = "assignments"

_UNSAFE_NAME_RE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


# --------------------------------------------------------------------------- shared helpers


def iso_moment(moment: _dt.datetime) -> str:
    return as_utc(moment).isoformat(timespec="seconds")


def safe_file_stem(text: str, fallback: str) -> str:
    """``text`` made usable as a file name on Windows, macOS and Linux (at most 60 chars)."""
    stem = _UNSAFE_NAME_RE.sub(" ", text)
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:60].strip(" .")
    return stem or fallback


# --------------------------------------------------------------------------- the assignment


@dataclass(frozen=True)
class AssignmentItem:
    """One module of an assignment: which lessons to read and whether the quiz must be
    passed. An empty ``lessons`` means every lesson, unless ``quiz_only`` is set."""

    module: str
    lessons: tuple[str, ...] = ()
    quiz: bool = True
    quiz_only: bool = False


@dataclass(frozen=True)
class Assignment:
    id: str
    class_name: str
    title: str
    message: str
    created: _dt.datetime
    due: _dt.date
    pass_mark: int
    items: tuple[AssignmentItem, ...]

    def item(self, module: str) -> AssignmentItem | None:
        return next((i for i in self.items if i.module == module), None)

    @property
    def modules(self) -> tuple[str, ...]:
        return tuple(i.module for i in self.items)

    def is_overdue(self, today: _dt.date) -> bool:
        """Past the due date (work is due by the end of the due day)."""
        return today > self.due


def new_assignment(
    *,
    class_name: str,
    title: str,
    due: _dt.date,
    pass_mark: int,
    items: Iterable[AssignmentItem],
    message: str = "",
    now: _dt.datetime | None = None,
    assignment_id: str | None = None,
) -> Assignment:
    """A new assignment with a fresh id.

    Raises:
        ValueError: an empty title, a pass mark outside 1-100, no items, an invalid
            module or lesson id, or the same module twice.
    """
    chosen = tuple(items)
    if not title.strip():
        raise ValueError("the title is empty")
    if isinstance(pass_mark, bool) or not isinstance(pass_mark, int) or not 1 <= pass_mark <= 100:
        raise ValueError("the pass mark must be a whole number from 1 to 100")
    if not chosen:
        raise ValueError("an assignment needs at least one module")
    seen: set[str] = set()
    for item in chosen:
        if not ID_RE.match(item.module) or not all(ID_RE.match(x) for x in item.lessons):
            raise ValueError(f"invalid module or lesson id in {item.module!r}")
        if item.module in seen:
            raise ValueError(f"module {item.module!r} is listed twice")
        seen.add(item.module)
    for text in (class_name, title, message):
        if len(text) > MAX_TEXT:
            raise ValueError(f"texts are limited to {MAX_TEXT} characters")
    return Assignment(
        id=assignment_id or uuid.uuid4().hex,
        class_name=class_name.strip(),
        title=title.strip(),
        message=message.strip(),
        created=as_utc(now or _dt.datetime.now(_dt.UTC)).replace(microsecond=0),
        due=due,
        pass_mark=pass_mark,
        items=tuple(
            AssignmentItem(
                i.module,
                tuple(dict.fromkeys(i.lessons)),
                bool(i.quiz),
                bool(i.quiz_only) and not i.lessons and bool(i.quiz),
            )
            for i in chosen
        ),
    )


def assignment_to_dict(a: Assignment) -> dict[str, Any]:
    """The file's JSON object, without the checksum."""
    return {
        "format": ASSIGNMENT_FORMAT,
        "version": ASSIGNMENT_VERSION,
        "id": a.id,
        "class": a.class_name,
        "title": a.title,
        "message": a.message,
        "created": iso_moment(a.created),
        "due": a.due.isoformat(),
        "pass_mark": a.pass_mark,
        "items": [
            {
                "module": i.module,
                "lessons": list(i.lessons),
                "quiz": i.quiz,
                "quiz_only": i.quiz_only,
            }
            for i in a.items
        ],
    }


def _item_from(raw: Any, n: int) -> AssignmentItem:
    g = Fields(raw, f"items[{n}]")
    module = g.ident("module")
    lessons = g.array("lessons")
    if not all(isinstance(x, str) and ID_RE.match(x) for x in lessons):
        raise g.bad("lessons", "ids")
    quiz = g.boolean("quiz")
    quiz_only = g.boolean("quiz_only") if "quiz_only" in g.data else False
    if quiz_only and (lessons or not quiz):
        raise g.bad("quiz_only", "false when lessons are listed or no quiz is asked")
    return AssignmentItem(module, tuple(dict.fromkeys(lessons)), quiz, quiz_only)


def assignment_from_dict(obj: Mapping[str, Any]) -> Assignment:
    """Check every field of an assignment object (checksum already verified)."""
    f = Fields(dict(obj), "assignment")
    items = [_item_from(raw, n) for n, raw in enumerate(f.array("items"))]
    if not items:
        raise f.bad("items", "a list of at least one module")
    seen: set[str] = set()
    for n, item in enumerate(items):
        if item.module in seen:
            raise malformed(f"module {item.module!r} listed twice", f"items[{n}].module")
        seen.add(item.module)
    return Assignment(
        id=f.hex_id("id"),
        class_name=f.text("class"),
        title=f.text("title", empty=False),
        message=f.text("message"),
        created=f.moment("created"),
        due=f.day("due"),
        pass_mark=f.integer("pass_mark", 1, 100) or 0,
        items=tuple(items),
    )


def dump_assignment(a: Assignment) -> bytes:
    """The bytes of an ``.ailiteracy-assignment`` file."""
    return dump_file(assignment_to_dict(a))


def load_assignment(data: bytes) -> Assignment:
    """Read an assignment file's bytes.

    Raises:
        FileFormatError: NOT_THIS_KIND, TOO_NEW, DAMAGED, MALFORMED or TOO_LARGE.
    """
    return assignment_from_dict(parse_envelope(data, ASSIGNMENT))


def read_assignment_file(path: Path) -> Assignment:
    """Read an assignment file from disk without loading an oversized one into memory.

    Raises:
        FileFormatError: as :func:`load_assignment`, or NOT_A_FILE or UNREADABLE (with
            the system's reason as detail) when the file cannot be read at all.
    """
    return assignment_from_dict(open_exchange_file(path, ASSIGNMENT))


def assignment_filename(a: Assignment) -> str:
    """A file name for the teacher to save ``a`` under (no folder)."""
    return safe_file_stem(a.title, "assignment") + ASSIGNMENT_SUFFIX


# --------------------------------------------------------------------------- learner side


def add_assignment(store: ProgressStore, a: Assignment) -> bool:
    """Keep ``a`` in the learner's store; False (and nothing changes) if it is already there."""
    if any(row.get("id") == a.id for row in store.table_rows(TABLE)):
        return False
    row = {"id": a.id, "added": iso_moment(store.clock()), "assignment": assignment_to_dict(a)}
    store.upsert_row(TABLE, "id", row)
    return True


def remove_assignment(store: ProgressStore, assignment_id: str) -> None:
    store.remove_rows(TABLE, "id", assignment_id)


def list_assignments(store: ProgressStore) -> list[Assignment]:
    """The learner's assignments, soonest due first (rows that cannot be read are skipped)."""
    out = []
    for row in store.table_rows(TABLE):
        try:
            out.append(assignment_from_dict(row.get("assignment")))  # type: ignore[arg-type]
        except (FileFormatError, TypeError):
            continue
    out.sort(key=lambda a: (a.due, a.title.casefold(), a.id))
    return out


class Status(enum.StrEnum):
    """Where a learner stands with one assignment."""

    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    OVERDUE = "overdue"  # past the due date and not done


@dataclass(frozen=True)
class ItemStatus:
    """One module of an assignment, as far as this learner got."""

    module: str
    available: bool  # the module exists in the learner's content
    lessons_read: int
    lessons_total: int
    quiz: bool
    attempts: int  # finished quiz attempts
    best: int | None  # best finished attempt, in percent
    passed: bool  # best >= the assignment's pass mark (False when the quiz is not asked)
    done: bool  # every lesson asked for is read, and the quiz passed when it is asked

    @property
    def started(self) -> bool:
        return self.lessons_read > 0 or self.attempts > 0


@dataclass(frozen=True)
class AssignmentStatus:
    assignment: Assignment
    status: Status
    items: tuple[ItemStatus, ...]

    @property
    def done_items(self) -> int:
        return sum(1 for i in self.items if i.done)


def item_lessons(item: AssignmentItem, catalog: Catalog) -> tuple[str, ...]:
    """The lesson ids an item asks for: the listed ones, or every lesson of the module."""
    if item.lessons:
        return item.lessons
    if item.quiz_only:
        return ()
    module = catalog.module(item.module)
    return tuple(lesson.id for lesson in module.lessons) if module else ()


def item_status(
    store: ProgressStore, item: AssignmentItem, pass_mark: int, catalog: Catalog
) -> ItemStatus:
    module = catalog.module(item.module)
    wanted = item_lessons(item, catalog)
    states = store.lesson_states(item.module)
    read = sum(1 for lesson in wanted if (s := states.get((item.module, lesson))) and s.read)
    all_attempts = store.attempts(item.module)
    finished = [a.percent for a in all_attempts if a.percent is not None]
    best = max(finished, default=None)
    passed = item.quiz and best is not None and best >= pass_mark
    available = module is not None
    done = available and read == len(wanted) and (passed or not item.quiz)
    return ItemStatus(
        module=item.module,
        available=available,
        lessons_read=read,
        lessons_total=len(wanted),
        quiz=item.quiz,
        attempts=len(finished),
        best=best,
        passed=passed,
        done=done,
    )


def assignment_status(
    store: ProgressStore, a: Assignment, catalog: Catalog, today: _dt.date
) -> AssignmentStatus:
    """Compare the assignment with the learner's progress.

    Every finished attempt at an assigned module counts, also one made before the
    assignment was opened: the learner has already shown what they know.
    """
    items = tuple(item_status(store, item, a.pass_mark, catalog) for item in a.items)
    begun = any(i.started for i in items) or any(
        store.attempts(item.module) for item in a.items if item.quiz
    )
    if all(i.done for i in items):
        status = Status.DONE
    elif a.is_overdue(today):
        status = Status.OVERDUE
    elif begun:
        status = Status.IN_PROGRESS
    else:
        status = Status.NOT_STARTED
    return AssignmentStatus(a, status, items)


def statuses(store: ProgressStore, catalog: Catalog, today: _dt.date) -> Sequence[AssignmentStatus]:
    """The status of every assignment the learner has, soonest due first."""
    return [assignment_status(store, a, catalog, today) for a in list_assignments(store)]
