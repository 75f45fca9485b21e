"""Taking progress home: one learner's progress as a single file, and merging it back.

The file (extension ``.ailiteracy-progress``) is UTF-8 JSON::

    {"format": "ailiteracy-progress", "version": 1, "app_version": "...",
     "exported_at": "...", "profile": {"name": "...", "id": "<stable learner id>"},
     "lessons": [...], "attempts": [...], "answers": [...], "review": [...],
     "checksum": "<sha256 hex of the canonical JSON of everything except checksum>"}

:func:`read_progress_file` checks the whole file before anything is changed, the
way every exchanged file is checked (``exchange.py``), so a truncated, damaged or
hostile file is rejected with an :class:`exchange.FileFormatError`.
:func:`merge_progress` adds what is new; merging the same file twice changes nothing.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from .calibration import Confidence
from .content.patterns import ID_RE as CONTENT_ID_RE
from .exchange import (
    FileFormatError,
    FileSpec,
    dump_file,
    malformed,
    open_exchange_file,
    parse_envelope,
)
from .fileformat import FormatErrorKind, canonical_json
from .review import review_key
from .store import LEARNER_ID_SETTING, ProgressStore

FORMAT = "ailiteracy-progress"
FORMAT_VERSION = 1
EXTENSION = ".ailiteracy-progress"
MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 16
MAX_STRING = 10_000
MAX_RECORDS = 200_000
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")
MAX_ID = 200
MAX_SECONDS = 10**9  # time spent, per lesson or answer: far more than a lifetime of use
REVIEW_TABLE = "review"


PROGRESS = FileSpec(FORMAT, FORMAT_VERSION, MAX_BYTES, EXTENSION)


@dataclass(frozen=True)
class ProgressFile:
    """A checked progress file, ready to merge."""

    version: int
    app_version: str
    exported_at: str
    profile_name: str
    lessons: list[dict[str, Any]] = field(default_factory=list)
    attempts: list[dict[str, Any]] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)
    learner_id: str = ""  # the learner's stable id ("" in files from older versions)


@dataclass(frozen=True)
class MergeReport:
    """What a merge changed: lesson records added or updated, attempts and answers added."""

    lessons: int
    attempts_added: int
    answers_added: int
    attempts_updated: int = 0  # unfinished attempts replaced by their finished copy
    review_updated: int = 0

    @property
    def changed(self) -> bool:
        return any(
            (
                self.lessons,
                self.attempts_added,
                self.answers_added,
                self.attempts_updated,
                self.review_updated,
            )
        )


# ---------------------------------------------------------------------- export


def _finite(value: Any) -> Any:
    """``value`` with infinite and NaN numbers replaced by 0 (JSON cannot hold them)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else 0.0
    if isinstance(value, list):
        return [_finite(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    return value


def _profile(store: ProgressStore, name: str) -> dict[str, str]:
    learner_id = store.get_setting(LEARNER_ID_SETTING)
    if isinstance(learner_id, str) and _is_id(learner_id):
        return {"name": name, "id": learner_id}
    return {"name": name}


def export_progress(
    store: ProgressStore, *, profile_name: str, app_version: str, now: _dt.datetime
) -> bytes:
    """One learner's progress as the bytes of a ``.ailiteracy-progress`` file.

    Raises:
        FileFormatError(TOO_LARGE): the progress would not fit the limits of a file
            that can be read back (more than 10 MB or 200,000 records).
    """
    lessons = [
        {
            "module": r.get("module"),
            "lesson": r.get("lesson"),
            "read": bool(r.get("read")),
            "seconds": float(r.get("seconds", 0) or 0),
        }
        for r in store.table_rows("lessons")
    ]
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": app_version,
        "exported_at": now.astimezone(_dt.UTC).isoformat(timespec="seconds"),
        "profile": _profile(store, profile_name),
        "lessons": lessons,
        "attempts": [asdict(a) for a in store.attempts()],
        "answers": [asdict(a) for a in store.answers()],
        "review": store.table_rows(REVIEW_TABLE),
    }
    document = _finite(document)
    records = sum(len(document[k]) for k in ("lessons", "attempts", "answers", "review"))
    if records > MAX_RECORDS:
        raise FileFormatError(FormatErrorKind.TOO_LARGE, f"{records} records", limit=MAX_BYTES)
    data = dump_file(document, indent=None)
    if len(data) > MAX_BYTES:
        raise FileFormatError(FormatErrorKind.TOO_LARGE, f"{len(data)} bytes", limit=MAX_BYTES)
    return data


# ---------------------------------------------------------------------- reading


def _check_shape(value: Any) -> None:
    """Depth, string lengths and finite numbers, walked without recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                raise malformed("nested too deeply")
            if isinstance(item, dict):
                for key, child in item.items():
                    if len(key) > MAX_STRING:
                        raise malformed("a name is too long")
                    stack.append((child, depth + 1))
            else:
                stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str):
            if len(item) > MAX_STRING:
                raise malformed("a text is too long")
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise malformed("a number is not finite")


def _is_id(value: Any) -> TypeGuard[str]:
    return isinstance(value, str) and bool(ID_RE.match(value))


def _is_content_id(value: Any) -> TypeGuard[str]:
    """A module, lesson or question id as content uses them (and results files need)."""
    return isinstance(value, str) and len(value) <= MAX_ID and bool(CONTENT_ID_RE.match(value))


def _is_moment(value: Any) -> TypeGuard[str]:
    """An ISO date and time, as the app writes them."""
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        _dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_seconds(value: Any) -> bool:
    return _is_number(value) and 0 <= value <= MAX_SECONDS


def _is_score(value: Any) -> bool:
    return _is_number(value) and 0 <= value <= 1


def _is_whole(value: Any, lo: int, hi: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi


def _is_percent(value: Any) -> bool:
    return _is_whole(value, 0, 100)


def _is_level(value: Any) -> bool:
    return _is_whole(value, min(Confidence), max(Confidence))


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _maybe(value: Any, check: Callable[[Any], bool]) -> bool:
    """None, or a value that passes ``check``."""
    return value is None or check(value)


def _records(document: dict[str, Any], name: str, *, required: bool = True) -> list[dict[str, Any]]:
    if name not in document and not required:
        return []
    value = document.get(name)
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        raise malformed(f"'{name}' is not a list of records")
    return value


def _lesson(row: dict[str, Any]) -> dict[str, Any]:
    if not (_is_content_id(row.get("module")) and _is_content_id(row.get("lesson"))):
        raise malformed("a lesson record has no proper ids")
    read, seconds = row.get("read", False), row.get("seconds", 0)
    if not isinstance(read, bool) or not _is_seconds(seconds):
        raise malformed("a lesson record has wrong values")
    return {"module": row["module"], "lesson": row["lesson"], "read": read, "seconds": seconds}


def _attempt(row: dict[str, Any]) -> dict[str, Any]:
    if not (_is_id(row.get("id")) and _is_content_id(row.get("module"))):
        raise malformed("an attempt has no proper ids")
    out = {k: row.get(k) for k in ("id", "module", "started", "finished", "percent", "passed")}
    out["locale"], out["assignment"] = row.get("locale", "en"), row.get("assignment")
    ok = (
        _is_moment(out["started"])
        and _maybe(out["finished"], _is_moment)
        and _maybe(out["percent"], _is_percent)
        and _maybe(out["passed"], _is_bool)
        and _is_id(out["locale"])
        and _maybe(out["assignment"], _is_id)
    )
    if not ok:
        raise malformed("an attempt has wrong values")
    return out


def _answer(row: dict[str, Any]) -> dict[str, Any]:
    ids_ok = _is_id(row.get("attempt")) and all(
        _is_content_id(row.get(k)) for k in ("module", "question")
    )
    if not ids_ok:
        raise malformed("an answer has no proper ids")
    if "answer" not in row:
        raise malformed("an answer record has no answer")
    out = {k: row.get(k) for k in _ANSWER_FIELDS}
    out["seconds"], out["locale"] = row.get("seconds", 0.0), row.get("locale", "en")
    ok = (
        _is_score(out["score"])
        and _is_bool(out["correct"])
        and _is_moment(out["at"])
        and _is_seconds(out["seconds"])
        and _maybe(out["confidence"], _is_level)
        and _is_id(out["locale"])
    )
    if not ok:
        raise malformed("an answer has wrong values")
    return out


def _review(row: dict[str, Any]) -> dict[str, Any]:
    module, question = row.get("module"), row.get("question")
    if not _is_content_id(module) or not _is_content_id(question):
        raise malformed("a review record has no proper ids")
    if not _is_moment(row.get("due")):
        raise malformed("a review record has no due date")
    if not isinstance(row.get("card", {}), dict):
        raise malformed("a review record has a damaged card")
    return {**row, "key": review_key(module, question)}


def read_progress_file(data: bytes) -> ProgressFile:
    """Check a progress file's bytes completely and return what it holds.

    Raises:
        FileFormatError: the file cannot be used; nothing has been changed.
    """
    return progress_from_dict(parse_envelope(data, PROGRESS))


def open_progress_file(path: Path) -> ProgressFile:
    """:func:`read_progress_file` for a file on disk (an oversized one is not loaded).

    Raises:
        FileFormatError: also NOT_A_FILE or UNREADABLE when it cannot be read at all.
    """
    return progress_from_dict(open_exchange_file(path, PROGRESS))


def progress_from_dict(document: dict[str, Any]) -> ProgressFile:
    """Check every field of a progress file's object (envelope already checked)."""
    _check_shape(document)
    app_version, exported_at = document.get("app_version"), document.get("exported_at")
    if not isinstance(app_version, str) or not _is_moment(exported_at):
        raise malformed("no proper app version or date", "exported_at")
    assert isinstance(exported_at, str)  # _is_moment says so
    name, learner_id = _profile_fields(document.get("profile"))
    lessons = _records(document, "lessons")
    attempts = _records(document, "attempts")
    answers = _records(document, "answers")
    review = _records(document, REVIEW_TABLE, required=False)
    if len(lessons) + len(attempts) + len(answers) + len(review) > MAX_RECORDS:
        raise malformed("too many records")
    return ProgressFile(
        version=document["version"],
        app_version=app_version,
        exported_at=exported_at,
        profile_name=name,
        lessons=[_lesson(r) for r in lessons],
        attempts=[_attempt(r) for r in attempts],
        answers=[_answer(r) for r in answers],
        review=[_review(r) for r in review],
        learner_id=learner_id,
    )


def _profile_fields(profile: Any) -> tuple[str, str]:
    """The learner's name and stable id ("" in files from older versions)."""
    if not isinstance(profile, dict) or not isinstance(profile.get("name"), str):
        raise malformed("no proper profile", "profile")
    learner_id = profile.get("id", "")
    if learner_id != "" and not _is_id(learner_id):
        raise malformed("no proper learner id", "profile.id")
    return profile["name"], learner_id


# ---------------------------------------------------------------------- merging


def _due_key(value: Any) -> tuple[int, Any]:
    """A sort key for a review ``due`` value: a date, a number, or else the text."""
    if isinstance(value, str):
        try:
            moment = _dt.datetime.fromisoformat(value)
        except ValueError:
            return (2, value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=_dt.UTC)
        return (0, moment.timestamp())
    if _is_number(value):
        return (0, float(value))
    return (-1, 0)


def _merge_lessons(store: ProgressStore, incoming: list[dict[str, Any]]) -> int:
    rows = store.table_rows("lessons")
    index = {(r.get("module"), r.get("lesson")): i for i, r in enumerate(rows)}
    changed = 0
    for row in incoming:
        key = (row["module"], row["lesson"])
        if key not in index:
            index[key] = len(rows)
            rows.append(dict(row))
            changed += 1
            continue
        current = rows[index[key]]
        read = bool(current.get("read")) or row["read"]
        seconds = max(float(current.get("seconds", 0) or 0), float(row["seconds"]))
        if read != bool(current.get("read")) or seconds != float(current.get("seconds", 0) or 0):
            rows[index[key]] = {**current, "read": read, "seconds": seconds}
            changed += 1
    if changed:
        store.replace_rows("lessons", rows)
    return changed


def _merge_attempts(store: ProgressStore, incoming: list[dict[str, Any]]) -> tuple[int, int]:
    rows = store.table_rows("attempts")
    index = {r.get("id"): i for i, r in enumerate(rows)}
    added = updated = 0
    for row in incoming:
        position = index.get(row["id"])
        if position is None:
            index[row["id"]] = len(rows)
            rows.append(dict(row))
            added += 1
        elif rows[position].get("finished") is None and row["finished"] is not None:
            rows[position] = dict(row)
            updated += 1
    if added or updated:
        store.replace_rows("attempts", rows)
    return added, updated


def _answer_key(row: dict[str, Any]) -> bytes:
    """Everything an answer record says, so two different answers saved within the same
    second (times are kept to the second) are never taken for one."""
    return canonical_json({k: row.get(k) for k in _ANSWER_FIELDS})


_ANSWER_FIELDS = (
    "attempt", "module", "question", "answer", "score", "correct", "at", "seconds",
    "confidence", "locale",
)  # fmt: skip


def _merge_answers(store: ProgressStore, incoming: list[dict[str, Any]]) -> int:
    # Counted, not just seen: the same answer given twice in one second is two answers,
    # and merging the same file again still adds nothing.
    have = Counter(_answer_key(asdict(a)) for a in store.answers())
    new = []
    for row in incoming:
        key = _answer_key(row)
        if have[key] > 0:
            have[key] -= 1
        else:
            new.append(row)
    new.sort(key=lambda r: r["at"])  # the latest answer to a question stays the last one
    if new:
        store.append_answer_records([dict(row) for row in new])
    return len(new)


def _merge_review(store: ProgressStore, incoming: list[dict[str, Any]]) -> int:
    if not incoming:
        return 0
    rows = store.table_rows(REVIEW_TABLE)
    index = {(r.get("module"), r.get("question")): i for i, r in enumerate(rows)}
    changed = 0
    for row in incoming:
        key = (row["module"], row["question"])
        position = index.get(key)
        if position is None:
            index[key] = len(rows)
            rows.append(dict(row))
            changed += 1
        elif _due_key(row["due"]) > _due_key(rows[position].get("due")):
            rows[position] = dict(row)
            changed += 1
    if changed:
        store.replace_rows(REVIEW_TABLE, rows)
    return changed


def merge_progress(store: ProgressStore, file: ProgressFile) -> MergeReport:
    """Add what ``file`` holds to ``store`` without duplicates.

    Lessons: read if read in either, time spent is the larger. Attempts by id (a
    finished copy replaces an unfinished one). Answers by everything they record: an
    answer already kept as often as the file has it is not added again.
    Review cards: the one due later is kept. Best scores are therefore kept.
    """
    lessons = _merge_lessons(store, file.lessons)
    attempts_added, attempts_updated = _merge_attempts(store, file.attempts)
    answers_added = _merge_answers(store, file.answers)
    review_updated = _merge_review(store, file.review)
    return MergeReport(lessons, attempts_added, answers_added, attempts_updated, review_updated)
