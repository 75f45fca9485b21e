"""A learner's progress: lessons read, answers, attempts, settings and review cards.

One folder per learner::

    progress.json          small, bounded state: lessons, attempts, settings, position,
                           review schedule (one TinyDB)
    history/000001.json    answers, at most SEGMENT_SIZE per file (one TinyDB each;
    history/000002.json    only the newest is ever written)

Saving an answer writes only the newest history file, so its cost does not grow
with the learner's whole history. A store created with ``folder=None`` keeps
everything in memory and never touches the disk (guest sessions).
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from .storage import (
    NoticeKind,
    StoreNotice,
    WriteGuard,
    load_checked,
    memory_db,
    open_db,
    private_mkdir,
)

SCHEMA_VERSION = 2
SEGMENT_SIZE = 200
PROGRESS_FILE = "progress.json"
LEARNER_ID_SETTING = "learner_id"  # the learner's stable id, in the settings table
HISTORY_DIR = "history"

Clock = Callable[[], _dt.datetime]

# What each row of a table must hold: field -> (allowed types, required). Rows that
# do not fit are moved aside with the file when it is opened (see storage.open_db).
_NUMBER = (int, float)
_TEXT = (str,)
_OPT_TEXT = (str, type(None))
_SCHEMA: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {
    "meta": {"schema": ((int,), True)},
    "lessons": {
        "module": (_TEXT, True),
        "lesson": (_TEXT, True),
        "read": ((bool,), False),
        "seconds": (_NUMBER, False),
    },
    "attempts": {
        "id": (_TEXT, True),
        "module": (_TEXT, True),
        "started": (_TEXT, True),
        "finished": (_OPT_TEXT, False),
        "percent": ((int, type(None)), False),
        "passed": ((bool, type(None)), False),
        "locale": (_TEXT, False),
        "assignment": (_OPT_TEXT, False),
    },
    "settings": {"key": (_TEXT, True)},
    "answers": {
        "attempt": (_TEXT, True),
        "module": (_TEXT, True),
        "question": (_TEXT, True),
        "score": (_NUMBER, True),
        "correct": ((bool,), True),
        "at": (_TEXT, True),
        "seconds": (_NUMBER, False),
        "confidence": ((int, type(None)), False),
        "locale": (_TEXT, False),
    },
}
# Settings the app itself reads, and the kind of value each must have.
_SETTINGS: dict[str, tuple[type, ...]] = {
    "theme": _TEXT,
    "text_size": (int,),
    "language": _TEXT,
    "content_folders": (list,),
    "position": (dict,),
    "cjk_font_warned": (bool,),
}
TEXT_SIZE_RANGE = (50, 400)


def _fits(types: tuple[type, ...], value: Any) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False  # True is an int to Python, but not a number of seconds
    return isinstance(value, types)


def _position_fits(value: dict[str, Any]) -> bool:
    """Whether a stored position has only Position's fields, each of its kind."""
    kinds = {name: type(f.default) for name, f in Position.__dataclass_fields__.items()}
    kinds["view"] = str
    if not isinstance(value.get("view"), str) or not set(value) <= set(kinds):
        return False
    for name, item in value.items():
        wanted = _NUMBER if kinds[name] is float else (kinds[name],)
        if not _fits(wanted, item):
            return False
    return True


def row_fits(table: str, row: dict[str, Any]) -> bool:
    """Whether a stored row of ``table`` has the fields and kinds of value the app needs."""
    spec = _SCHEMA.get(table)
    if spec is None:
        return True  # tables other parts of the app own check their own rows
    for name, (types, required) in spec.items():
        if name not in row:
            if required:
                return False
        elif not _fits(types, row[name]):
            return False
    if table == "attempts" and "answers" in row:
        return False
    if table == "settings":
        if "value" not in row:
            return False
        value = row["value"]
        types = _SETTINGS.get(row["key"])
        if types is not None and not _fits(types, value):
            return False
        if row["key"] == "text_size" and not TEXT_SIZE_RANGE[0] <= value <= TEXT_SIZE_RANGE[1]:
            return False
        if row["key"] == "content_folders" and not all(isinstance(v, str) for v in value):
            return False
        if row["key"] == "position" and not _position_fits(value):
            return False
    return True


def utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def _iso(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class AnswerRecord:
    """One saved answer to one question in one attempt."""

    attempt: str
    module: str
    question: str
    answer: Any
    score: float
    correct: bool
    at: str
    seconds: float = 0.0
    confidence: int | None = None
    locale: str = "en"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnswerRecord:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Attempt:
    """One go at a module's quiz; ``percent`` is None while it is unfinished."""

    id: str
    module: str
    started: str
    finished: str | None = None
    percent: int | None = None
    passed: bool | None = None
    locale: str = "en"
    assignment: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attempt:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class LessonState:
    module: str
    lesson: str
    read: bool = False
    seconds: float = 0.0


@dataclass(frozen=True)
class Position:
    """Where the learner was: a view and what it showed."""

    view: str  # "home", "lesson", "quiz", "glossary", ...
    module: str = ""
    lesson: str = ""
    anchor: str = ""
    question: int = 0
    scroll: float = 0.0  # how far down the lesson, 0..1


LEARNING_VIEWS = ("lesson", "quiz")


def _position(data: Any) -> Position | None:
    if not isinstance(data, dict):
        return None
    try:
        position = Position(**data)
    except TypeError:
        return None
    types = {"view": str, "module": str, "lesson": str, "anchor": str, "question": int}
    if any(not isinstance(getattr(position, k), t) for k, t in types.items()):
        return None
    if not isinstance(position.scroll, (int, float)) or isinstance(position.question, bool):
        return None
    return position


@dataclass(frozen=True)
class ModuleSummary:
    module: str
    lessons_read: int
    seconds: float
    attempts: int
    best: int | None
    passed: bool


@dataclass
class _History:
    """The newest history segment plus the list of older ones."""

    folder: Path | None
    notices: list[StoreNotice]
    guard: WriteGuard | None = None
    db: TinyDB = field(init=False)
    number: int = field(init=False)
    count: int = field(init=False)

    def __post_init__(self) -> None:
        if self.folder is None:
            self.number, self.db = 1, memory_db()
        else:
            numbers = self.segment_numbers()
            self.number = numbers[-1] if numbers else 1
            self.db = self._open(self.number)
        self.count = len(self.db.table("answers"))

    def _open(self, number: int) -> TinyDB:
        return open_db(self._path(number), self.notices, check=row_fits, guard=self.guard)

    def _path(self, number: int) -> Path:
        assert self.folder is not None
        return self.folder / f"{number:06d}.json"

    def segment_numbers(self) -> list[int]:
        if self.folder is None:
            return [1]
        if not self.folder.is_dir():
            return []
        return sorted(int(p.stem) for p in self.folder.glob("[0-9]*.json") if p.stem.isdigit())

    def append(self, record: dict[str, Any]) -> None:
        if self.count >= SEGMENT_SIZE and self.folder is not None:
            self.db.close()
            self.number += 1
            self.db = self._open(self.number)
            self.count = 0
        self.db.table("answers").insert(record)
        self.count += 1

    def extend(self, records: list[dict[str, Any]]) -> None:
        """Append many records with one write per history file touched."""
        index = 0
        while index < len(records):
            if self.count >= SEGMENT_SIZE and self.folder is not None:
                self.db.close()
                self.number += 1
                self.db = self._open(self.number)
                self.count = 0
            room = SEGMENT_SIZE - self.count if self.folder is not None else len(records)
            chunk = records[index : index + max(1, room)]
            self.db.table("answers").insert_multiple(chunk)
            self.count += len(chunk)
            index += len(chunk)

    def all_records(self) -> Iterator[dict[str, Any]]:
        if self.folder is not None:
            for number in self.segment_numbers():
                if number == self.number:
                    continue
                # A damaged segment is moved aside and reported; what fits is kept.
                tables = load_checked(
                    self._path(number), self.notices, check=row_fits, guard=self.guard
                )
                yield from (tables or {}).get("answers", {}).values()
        yield from (dict(r) for r in self.db.table("answers").all())

    def close(self) -> None:
        self.db.close()


class ProgressStore:
    """Everything the app remembers about one learner.

    Args:
        folder: the learner's folder, or None to keep everything in memory.
        clock: returns the current time (tests pass a fake one).
    """

    def __init__(self, folder: Path | None, *, clock: Clock = utcnow) -> None:
        self.folder = folder
        self.clock = clock
        self.notices: list[StoreNotice] = []
        self.guard = WriteGuard(self.notices)
        if folder is None:
            self._db = memory_db()
        else:
            try:
                private_mkdir(folder)
            except OSError as exc:
                notice = StoreNotice(NoticeKind.SAVE_FAILED, folder, error=exc.strerror or str(exc))
                self.guard.stop(notice)
            path = folder / PROGRESS_FILE
            self._db = open_db(path, self.notices, check=row_fits, guard=self.guard)
        self._migrate()
        history = None if folder is None else folder / HISTORY_DIR
        self._history = _History(history, self.notices, self.guard)

    # ------------------------------------------------------------------ schema

    def _migrate(self) -> None:
        meta = self._db.table("meta")
        row = meta.get(doc_id=1)
        version = row.get("schema", 1) if row else (1 if len(self._db.tables()) else SCHEMA_VERSION)
        if version > SCHEMA_VERSION:
            # Written by a newer version of the app: read what this version understands,
            # but never rewrite (and so relabel) the learner's files.
            path = self.folder / PROGRESS_FILE if self.folder else Path(PROGRESS_FILE)
            self.guard.stop(StoreNotice(NoticeKind.NEWER, path))
            return
        if version < 2:
            # Version 1 kept every answer in progress.json; move them to history segments.
            legacy = self._db.table("answers")
            old = [dict(r) for r in legacy.all()]
            if old:
                history = _History(
                    None if self.folder is None else self.folder / HISTORY_DIR,
                    self.notices,
                    self.guard,
                )
                for record in old:
                    history.append(record)
                history.close()
            self._db.drop_table("answers")
        if version != SCHEMA_VERSION or row is None:
            meta.truncate()
            meta.insert({"schema": SCHEMA_VERSION})

    @property
    def read_only(self) -> bool:
        """Whether nothing more is saved (a failed write, or files of a newer version)."""
        return self.guard.read_only

    def on_stop(self, listener: Callable[[StoreNotice], None] | None) -> None:
        """Call ``listener`` once when saving stops during the session."""
        self.guard.listener = listener

    @property
    def schema_version(self) -> int:
        row = self._db.table("meta").get(doc_id=1)
        return int(row["schema"]) if row else SCHEMA_VERSION

    def close(self) -> None:
        self._history.close()
        self._db.close()

    # ------------------------------------------------------------------ lessons

    def mark_lesson_read(self, module: str, lesson: str) -> None:
        self._update_lesson(module, lesson, read=True)

    def add_lesson_time(self, module: str, lesson: str, seconds: float) -> None:
        if seconds > 0:
            self._update_lesson(module, lesson, add_seconds=seconds)

    def _update_lesson(
        self, module: str, lesson: str, *, read: bool = False, add_seconds: float = 0.0
    ) -> None:
        table = self._db.table("lessons")
        q = (Query().module == module) & (Query().lesson == lesson)
        row = table.get(q)
        if row is None:
            table.insert({"module": module, "lesson": lesson, "read": read, "seconds": add_seconds})
        else:
            table.update(
                {
                    "read": bool(row.get("read")) or read,
                    "seconds": float(row.get("seconds", 0)) + add_seconds,
                },
                q,
            )

    def lesson_states(self, module: str | None = None) -> dict[tuple[str, str], LessonState]:
        rows = self._db.table("lessons").all()
        return {
            (r["module"], r["lesson"]): LessonState(
                r["module"], r["lesson"], bool(r.get("read")), float(r.get("seconds", 0))
            )
            for r in rows
            if module is None or r["module"] == module
        }

    # ------------------------------------------------------------------ position

    def set_position(self, position: Position) -> None:
        """Remember the screen shown; a lesson or quiz is also kept as the learner's place."""
        self.set_setting("position", asdict(position))
        if position.view in LEARNING_VIEWS:
            self.set_setting("place", asdict(position))

    def position(self) -> Position | None:
        return _position(self.get_setting("position"))

    def place(self) -> Position | None:
        """The lesson or quiz the learner had open last, even after going Home since."""
        found = _position(self.get_setting("place"))
        if found is None:  # progress saved before places were kept separately
            found = self.position()
        return found if found is not None and found.view in LEARNING_VIEWS else None

    # ------------------------------------------------------------------ settings

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._db.table("settings").get(Query().key == key)
        return default if row is None else row.get("value", default)

    def set_setting(self, key: str, value: Any) -> None:
        self._db.table("settings").upsert({"key": key, "value": value}, Query().key == key)

    # ------------------------------------------------------------------ attempts and answers

    def start_attempt(
        self, module: str, locale: str = "en", assignment: str | None = None
    ) -> Attempt:
        attempt = Attempt(
            uuid.uuid4().hex, module, _iso(self.clock()), locale=locale, assignment=assignment
        )
        self._db.table("attempts").insert(asdict(attempt))
        return attempt

    def open_attempt(self, module: str) -> Attempt | None:
        """The unfinished attempt at ``module``, if the learner left one."""
        rows = [
            r
            for r in self._db.table("attempts").search(Query().module == module)
            if r.get("finished") is None
        ]
        return Attempt.from_dict(rows[-1]) if rows else None

    def save_answer(
        self,
        attempt: Attempt,
        question: str,
        answer: Any,
        score: float,
        *,
        seconds: float = 0.0,
        confidence: int | None = None,
    ) -> AnswerRecord:
        record = AnswerRecord(
            attempt.id,
            attempt.module,
            question,
            answer,
            round(score, 4),
            score >= 0.999,
            _iso(self.clock()),
            round(seconds, 1),
            confidence,
            attempt.locale,
        )
        self._history.append(asdict(record))
        return record

    def finish_attempt(self, attempt: Attempt, percent: int, passed: bool) -> Attempt:
        done = Attempt(
            attempt.id,
            attempt.module,
            attempt.started,
            _iso(self.clock()),
            percent,
            passed,
            attempt.locale,
            attempt.assignment,
        )
        self._db.table("attempts").upsert(asdict(done), Query().id == attempt.id)
        return done

    def attempts(self, module: str | None = None) -> list[Attempt]:
        rows = self._db.table("attempts").all()
        return [Attempt.from_dict(r) for r in rows if module is None or r["module"] == module]

    def answers(
        self, *, attempt: str | None = None, module: str | None = None
    ) -> list[AnswerRecord]:
        out = []
        for r in self._history.all_records():
            if attempt is not None and r.get("attempt") != attempt:
                continue
            if module is not None and r.get("module") != module:
                continue
            out.append(AnswerRecord.from_dict(r))
        return out

    def latest_answers(self, attempt: str) -> dict[str, AnswerRecord]:
        """The last answer per question in one attempt (an answer may be changed)."""
        return {r.question: r for r in self.answers(attempt=attempt)}

    def summary(self, module: str) -> ModuleSummary:
        states = self.lesson_states(module)
        finished = [a for a in self.attempts(module) if a.percent is not None]
        best = max((a.percent for a in finished if a.percent is not None), default=None)
        return ModuleSummary(
            module,
            sum(1 for s in states.values() if s.read),
            sum(s.seconds for s in states.values()),
            len(finished),
            best,
            any(bool(a.passed) for a in finished),
        )

    # ------------------------------------------------------------------ raw tables (export)

    def table_rows(self, name: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.table(name).all()]

    def upsert_row(self, name: str, key: str, row: dict[str, Any]) -> None:
        """Insert ``row`` into table ``name``, replacing the row with the same ``row[key]``."""
        self._db.table(name).upsert(row, Query()[key] == row[key])

    def remove_rows(self, name: str, key: str, value: Any) -> None:
        self._db.table(name).remove(Query()[key] == value)

    def replace_rows(self, name: str, rows: list[dict[str, Any]]) -> None:
        table = self._db.table(name)
        table.truncate()
        if rows:
            table.insert_multiple(rows)

    def append_answer_records(self, records: list[dict[str, Any]]) -> None:
        """Append many answer records at once (imports)."""
        self._history.extend(records)


def ensure_learner_id(store: ProgressStore, preferred: str = "") -> str:
    """The learner's stable id, kept in the store's settings (so progress files carry it).

    ``preferred`` is the profile's own id: it is written to the store when it differs.
    Without it the store's id is kept, or a random one is made once.
    """
    value = store.get_setting(LEARNER_ID_SETTING)
    if preferred:
        if value != preferred:
            store.set_setting(LEARNER_ID_SETTING, preferred)
        return preferred
    if isinstance(value, str) and value:
        return value
    value = uuid.uuid4().hex
    store.set_setting(LEARNER_ID_SETTING, value)
    return value
