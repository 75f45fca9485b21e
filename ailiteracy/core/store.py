"""A learner's progress: lessons read, answers, attempts, settings and review cards.

One folder per learner (the names are in :mod:`.layout`)::

    progress.json          small, bounded state: lessons, attempts, settings, position,
                           review schedule (one TinyDB)
    history/000001.json    answers, at most SEGMENT_SIZE per file (one TinyDB each;
    history/000002.json    only the newest is ever written)

Saving an answer writes only the newest history file, so its cost does not grow
with the learner's whole history. A store created with ``folder=None`` keeps
everything in memory and never touches the disk (guest sessions).

The newest history file also holds the latest answer to each question of every
unfinished attempt (table ``latest``) and how many of the file's answers that
table includes (table ``index``). Both change in the same write as the answer
itself, so they can never disagree after a crash; a new file starts with the
unfinished attempts' rows of the previous one. Resuming a quiz reads only that
table, so it takes the same time at 100 answers as at 50,000. The answers stay
the source of truth: when the table is missing (files of schema 2), damaged or
out of step, it is built again from every history file when the store opens.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Document

from .layout import HISTORY_DIR as HISTORY_DIR
from .layout import PROGRESS_FILE as PROGRESS_FILE
from .layout import history_dir, history_file, history_numbers, progress_file
from .storage import (
    NoticeKind,
    StoreNotice,
    WriteGuard,
    load_checked,
    memory_db,
    one_write,
    open_db,
    private_mkdir,
)

SCHEMA_VERSION = 3  # 3: the newest history file holds the latest answers of open attempts
SEGMENT_SIZE = 200
LEARNER_ID_SETTING = "learner_id"  # the learner's stable id, in the settings table
ANSWERS_TABLE = "answers"
LATEST_TABLE = "latest"  # in the newest history file: see the module's description
INDEX_TABLE = "index"

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
    INDEX_TABLE: {"answers": ((int,), True)},
}
_SCHEMA[LATEST_TABLE] = _SCHEMA["answers"]
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
        wanted = _SETTINGS.get(row["key"])
        if wanted is not None and not _fits(wanted, value):
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


def _record_key(record: dict[str, Any]) -> tuple[str, str]:
    return str(record.get("attempt")), str(record.get("question"))


@dataclass
class _History:
    """The newest history segment, the list of older ones, and the open attempts' table.

    ``is_open(attempt_id)`` says whether an attempt is unfinished: only those keep
    their rows in the ``latest`` table when a new segment starts or it is rebuilt.
    """

    folder: Path | None
    notices: list[StoreNotice]
    guard: WriteGuard | None = None
    is_open: Callable[[str], bool] = lambda _attempt: True
    db: TinyDB = field(init=False)
    number: int = field(init=False)
    count: int = field(init=False)
    # (attempt, question) -> doc id of its row in the newest segment's ``latest`` table
    latest_ids: dict[tuple[str, str], int] = field(init=False)
    rebuilt: bool = field(init=False, default=False)
    stale: bool = field(init=False, default=False)  # an older file was found damaged

    def __post_init__(self) -> None:
        before = len(self.notices)
        if self.folder is None:
            self.number, self.db = 1, memory_db()
        else:
            numbers = self.segment_numbers()
            self.number = numbers[-1] if numbers else 1
            self.db = self._open(self.number)
        self.count = len(self.db.table(ANSWERS_TABLE))
        damaged = any(n.path == self._path_or_none() for n in self.notices[before:])
        index = self.db.table(INDEX_TABLE).get(doc_id=1)
        covered = index.get("answers") if index is not None else None
        fresh = covered is None and self.count == 0 and self.number == 1
        if damaged or (covered != self.count and not fresh):
            self.rebuild()
        else:
            self.latest_ids = {
                _record_key(row): row.doc_id for row in self.db.table(LATEST_TABLE).all()
            }

    def _open(self, number: int) -> TinyDB:
        return open_db(self._path(number), self.notices, check=row_fits, guard=self.guard)

    def _path(self, number: int) -> Path:
        assert self.folder is not None
        return history_file(self.folder, number)

    def _path_or_none(self) -> Path | None:
        return None if self.folder is None else self._path(self.number)

    def segment_numbers(self) -> list[int]:
        if self.folder is None:
            return [1]
        return history_numbers(self.folder)

    # ------------------------------------------------------------------ the latest table

    def rebuild(self) -> None:
        """Build the ``latest`` table again from every answer (in one write)."""
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for record in self.all_records():
            if self.is_open(str(record.get("attempt"))):
                rows[_record_key(record)] = record
        with one_write(self.db):
            self._write_latest(list(rows.values()))
        self.rebuilt = True
        self.stale = False

    def _write_latest(self, rows: list[dict[str, Any]]) -> None:
        """Replace the ``latest`` table with ``rows`` (call inside ``one_write``)."""
        table = self.db.table(LATEST_TABLE)
        table.truncate()
        ids = table.insert_multiple(rows) if rows else []
        self.latest_ids = {_record_key(r): i for r, i in zip(rows, ids, strict=True)}
        self._write_index()

    def _write_index(self) -> None:
        self.db.table(INDEX_TABLE).upsert(Document({"answers": self.count}, doc_id=1))

    def _note_latest(self, record: dict[str, Any]) -> None:
        table = self.db.table(LATEST_TABLE)
        key = _record_key(record)
        doc_id = self.latest_ids.get(key)
        if doc_id is None:
            self.latest_ids[key] = table.insert(record)
        else:
            table.update(record, doc_ids=[doc_id])

    def latest(self, attempt: str) -> list[dict[str, Any]]:
        """The latest answer to each question of an unfinished attempt (first answered first)."""
        if self.stale:
            self.rebuild()  # answers lost with a damaged file leave the table too
        table = self.db.table(LATEST_TABLE)
        wanted = sorted(i for (a, _q), i in self.latest_ids.items() if a == attempt)
        found = (table.get(doc_id=i) for i in wanted)
        return [dict(row) for row in found if isinstance(row, dict)]

    # ------------------------------------------------------------------ appending

    def _next_segment(self) -> list[dict[str, Any]]:
        """Close the full newest segment and open the next; the open attempts' rows."""
        carried = [
            dict(row)
            for row in self.db.table(LATEST_TABLE).all()
            if self.is_open(str(row.get("attempt")))
        ]
        self.db.close()
        self.number += 1
        self.db = self._open(self.number)
        self.count = len(self.db.table(ANSWERS_TABLE))
        return carried

    def append(self, record: dict[str, Any]) -> None:
        self.extend([record])

    def extend(self, records: list[dict[str, Any]]) -> None:
        """Append records with one write per history file touched."""
        index = 0
        while index < len(records):
            carried = None
            if self.count >= SEGMENT_SIZE and self.folder is not None:
                carried = self._next_segment()
            with one_write(self.db):
                if carried is not None:  # the new file starts with them, in the same write
                    self._write_latest(carried)
                room = SEGMENT_SIZE - self.count if self.folder is not None else len(records)
                chunk = records[index : index + max(1, room)]
                self.db.table(ANSWERS_TABLE).insert_multiple(chunk)
                self.count += len(chunk)
                for record in chunk:
                    self._note_latest(record)
                self._write_index()
            index += len(chunk)

    def all_records(self) -> Iterator[dict[str, Any]]:
        if self.folder is not None:
            for number in self.segment_numbers():
                if number == self.number:
                    continue
                # A damaged segment is moved aside and reported; what fits is kept.
                before = len(self.notices)
                tables = load_checked(
                    self._path(number), self.notices, check=row_fits, guard=self.guard
                )
                self.stale = self.stale or len(self.notices) > before
                yield from (tables or {}).get(ANSWERS_TABLE, {}).values()
        yield from (dict(r) for r in self.db.table(ANSWERS_TABLE).all())

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
            path = progress_file(folder)
            self._db = open_db(path, self.notices, check=row_fits, guard=self.guard)
        self._unfinished: dict[str, Attempt] = {}
        self._load_unfinished()
        self._migrate()
        history = None if folder is None else history_dir(folder)
        self._history = _History(history, self.notices, self.guard, self._unfinished.__contains__)

    # ------------------------------------------------------------------ schema

    def _migrate(self) -> None:
        meta = self._db.table("meta")
        row = meta.get(doc_id=1)
        version = row.get("schema", 1) if row else (1 if len(self._db.tables()) else SCHEMA_VERSION)
        if version > SCHEMA_VERSION:
            # Written by a newer version of the app: read what this version understands,
            # but never rewrite (and so relabel) the learner's files.
            path = progress_file(self.folder) if self.folder else Path(PROGRESS_FILE)
            self.guard.stop(StoreNotice(NoticeKind.NEWER, path))
            return
        if version < 2:
            # Version 1 kept every answer in progress.json; move them to history segments.
            legacy = self._db.table("answers")
            old = [dict(r) for r in legacy.all()]
            if old:
                history = _History(
                    None if self.folder is None else history_dir(self.folder),
                    self.notices,
                    self.guard,
                    self._unfinished.__contains__,
                )
                history.extend(old)
                history.close()
            self._db.drop_table("answers")
        # Version 2 had no table of open attempts' latest answers: the history builds it
        # when it opens (it finds no index in its newest file).
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
        self._unfinished[attempt.id] = attempt
        return attempt

    def _load_unfinished(self) -> None:
        """Read which attempts are unfinished (kept in memory: a resume reads no table)."""
        self._unfinished.clear()
        for row in self._db.table("attempts").all():
            if row.get("finished") is None:
                self._unfinished.pop(row["id"], None)  # the last row of an id counts
                self._unfinished[row["id"]] = Attempt.from_dict(row)
            else:
                self._unfinished.pop(row["id"], None)

    def _attempts_changed(self) -> None:
        """After a raw change to the attempts table (an import): keep the index in step."""
        before = set(self._unfinished)
        self._load_unfinished()
        if set(self._unfinished) - before:
            # Attempts newly unfinished may have answers the table dropped: build it again.
            self._history.rebuild()

    def open_attempt(self, module: str) -> Attempt | None:
        """The unfinished attempt at ``module``, if the learner left one."""
        found = [a for a in self._unfinished.values() if a.module == module]
        return found[-1] if found else None

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
        self._unfinished.pop(attempt.id, None)
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
        """The last answer per question in one attempt (an answer may be changed).

        For an unfinished attempt this reads only the small table of open attempts,
        so it takes the same time however long the learner's history is.
        """
        if attempt in self._unfinished:
            rows = self._history.latest(attempt)
            return {str(r["question"]): AnswerRecord.from_dict(r) for r in rows}
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
        if name == "attempts":
            self._attempts_changed()

    def remove_rows(self, name: str, key: str, value: Any) -> None:
        self._db.table(name).remove(Query()[key] == value)
        if name == "attempts":
            self._attempts_changed()

    def replace_rows(self, name: str, rows: list[dict[str, Any]]) -> None:
        table = self._db.table(name)
        with one_write(self._db):
            table.truncate()
            if rows:
                table.insert_multiple(rows)
        if name == "attempts":
            self._attempts_changed()

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
