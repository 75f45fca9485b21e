"""Assignment files: round trips, refusals with the right reason, the learner's copy and status."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from ailiteracy.core.assignments import (
    ASSIGNMENT_MAX_BYTES,
    AssignmentItem,
    Status,
    add_assignment,
    assignment_filename,
    assignment_status,
    dump_assignment,
    list_assignments,
    load_assignment,
    new_assignment,
    remove_assignment,
)
from ailiteracy.core.content import load_catalog
from ailiteracy.core.exchange import FileFormatError, dump_file
from ailiteracy.core.fileformat import FormatErrorKind
from ailiteracy.core.store import ProgressStore

NOW = dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC)
DUE = dt.date(2026, 3, 15)


def make(**changes):
    values = dict(
        class_name="七年级 2班",
        title="Week 3: 检查 AI 说的话",
        message="Read both modules.\nThen pass the quizzes.",
        due=DUE,
        pass_mark=60,
        items=[AssignmentItem("demo"), AssignmentItem("second", ("only",), quiz=False)],
        now=NOW,
    )
    values.update(changes)
    return new_assignment(**values)


def kind_of(data: bytes) -> FormatErrorKind:
    with pytest.raises(FileFormatError) as info:
        load_assignment(data)
    return info.value.kind


def resigned(obj: dict) -> bytes:
    """``obj`` written with a correct checksum (as a careless or future writer would)."""
    return dump_file(obj)


# --------------------------------------------------------------------------- the file


def test_round_trip_keeps_every_field() -> None:
    a = make()
    data = dump_assignment(a)
    assert load_assignment(data) == a
    obj = json.loads(data.decode("utf-8"))
    assert obj["format"] == "ailiteracy-assignment" and obj["version"] == 1
    assert obj["class"] == "七年级 2班"
    assert obj["created"] == "2026-03-01T08:30:00+00:00"
    assert obj["due"] == "2026-03-15"
    assert obj["items"] == [
        {"module": "demo", "lessons": [], "quiz": True, "quiz_only": False},
        {"module": "second", "lessons": ["only"], "quiz": False, "quiz_only": False},
    ]
    assert len(obj["id"]) == 32 and int(obj["id"], 16) >= 0
    # The checksum as docs/teachers-formats.md defines it, computed here independently:
    # SHA-256 of the object without "checksum", keys sorted, no spaces, UTF-8.
    body = {k: v for k, v in obj.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert obj["checksum"] == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert "检查" in data.decode("utf-8")  # written as UTF-8, not \u escapes


def test_each_new_assignment_gets_its_own_id() -> None:
    assert make().id != make().id


def test_file_name_is_safe_on_every_system() -> None:
    name = assignment_filename(make(title='Week 3: "AI" / facts?'))
    assert name == "Week 3 AI facts.ailiteracy-assignment"


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "  "},
        {"pass_mark": 0},
        {"pass_mark": 101},
        {"items": []},
        {"items": [AssignmentItem("Demo!")]},
        {"items": [AssignmentItem("demo"), AssignmentItem("demo", ("first",))]},
    ],
)
def test_new_assignment_refuses_bad_values(changes) -> None:
    with pytest.raises(ValueError):
        make(**changes)


def test_a_flipped_byte_is_damaged() -> None:
    data = bytearray(dump_assignment(make()))
    spot = data.index(b"Read both") + 2
    data[spot] ^= 0x01
    assert kind_of(bytes(data)) == FormatErrorKind.DAMAGED


def test_a_truncated_file_is_damaged() -> None:
    data = dump_assignment(make())
    assert kind_of(data[: len(data) // 2]) == FormatErrorKind.DAMAGED
    assert kind_of(b"") == FormatErrorKind.DAMAGED


def test_foreign_files_are_not_this_kind() -> None:
    assert kind_of(b'{"name": "shopping list", "items": ["milk"]}') == FormatErrorKind.NOT_THIS_KIND
    assert kind_of(b"[1, 2, 3]") == FormatErrorKind.NOT_THIS_KIND
    assert kind_of(b"PK\x03\x04\x00\x00binary zip") == FormatErrorKind.NOT_THIS_KIND
    results_like = resigned({"format": "ailiteracy-results", "version": 1})
    assert kind_of(results_like) == FormatErrorKind.NOT_THIS_KIND


def test_a_newer_version_is_too_new() -> None:
    obj = json.loads(dump_assignment(make()))
    obj["version"] = 2
    obj["items"] = "a shape this version does not know"
    assert kind_of(resigned(obj)) == FormatErrorKind.TOO_NEW


def test_an_oversized_file_is_too_large() -> None:
    obj = json.loads(dump_assignment(make()))
    obj["message"] = "x" * ASSIGNMENT_MAX_BYTES
    assert kind_of(resigned(obj)) == FormatErrorKind.TOO_LARGE


@pytest.mark.parametrize(
    "field,value",
    [
        ("pass_mark", 0),
        ("pass_mark", "60"),
        ("due", "15/03/2026"),
        ("id", "not-hex"),
        ("items", []),
        ("items", [{"module": "demo", "lessons": "first", "quiz": True}]),
        ("title", ""),
        ("created", "yesterday"),
    ],
)
def test_wrong_fields_are_malformed(field, value) -> None:
    obj = json.loads(dump_assignment(make()))
    obj[field] = value
    assert kind_of(resigned(obj)) == FormatErrorKind.MALFORMED


def test_a_missing_checksum_is_malformed() -> None:
    obj = json.loads(dump_assignment(make()))
    del obj["checksum"]
    assert kind_of(json.dumps(obj).encode()) == FormatErrorKind.MALFORMED


def test_a_byte_order_mark_is_accepted() -> None:
    a = make()
    assert load_assignment(b"\xef\xbb\xbf" + dump_assignment(a)) == a


# --------------------------------------------------------------------------- learner side


def test_opening_the_same_assignment_twice_adds_it_once(tmp_path: Path) -> None:
    a, b = make(), make(title="Another", due=dt.date(2026, 3, 1))
    store = ProgressStore(tmp_path)
    assert add_assignment(store, a) is True
    assert add_assignment(store, load_assignment(dump_assignment(a))) is False
    assert add_assignment(store, b) is True
    store.close()
    again = ProgressStore(tmp_path)
    assert list_assignments(again) == [b, a]  # soonest due first
    assert len(again.table_rows("assignments")) == 2
    remove_assignment(again, b.id)
    assert list_assignments(again) == [a]


def _finish(store: ProgressStore, module: str, percent: int) -> None:
    attempt = store.start_attempt(module)
    store.finish_attempt(attempt, percent, percent >= 50)


def test_status_follows_the_learner(content_root: Path) -> None:
    catalog = load_catalog([content_root], "en")
    a = make()
    store = ProgressStore(None)
    today = dt.date(2026, 3, 10)

    status = assignment_status(store, a, catalog, today)
    assert status.status == Status.NOT_STARTED
    demo, second = status.items
    assert (demo.lessons_read, demo.lessons_total, demo.best, demo.passed) == (0, 2, None, False)
    assert (second.lessons_total, second.quiz) == (1, False)

    store.mark_lesson_read("demo", "first")
    status = assignment_status(store, a, catalog, today)
    assert status.status == Status.IN_PROGRESS
    assert status.items[0].lessons_read == 1

    store.mark_lesson_read("demo", "second")
    _finish(store, "demo", 55)  # below the assignment's pass mark of 60
    _finish(store, "demo", 58)
    store.mark_lesson_read("second", "only")
    status = assignment_status(store, a, catalog, today)
    demo, second = status.items
    assert (demo.attempts, demo.best, demo.passed, demo.done) == (2, 58, False, False)
    assert second.done and not second.passed  # lessons only: reading is enough
    assert status.status == Status.IN_PROGRESS and status.done_items == 1
    assert assignment_status(store, a, catalog, DUE).status == Status.IN_PROGRESS
    assert assignment_status(store, a, catalog, DUE + dt.timedelta(1)).status == Status.OVERDUE

    _finish(store, "demo", 60)  # exactly the assignment's pass mark
    status = assignment_status(store, a, catalog, DUE + dt.timedelta(30))
    assert status.status == Status.DONE  # done late is still done
    assert status.items[0].best == 60 and status.items[0].passed


def test_the_assignment_pass_mark_replaces_the_module_one(content_root: Path) -> None:
    catalog = load_catalog([content_root], "en")
    a = make(items=[AssignmentItem("second")], pass_mark=80)
    store = ProgressStore(None)
    store.mark_lesson_read("second", "only")
    _finish(store, "second", 70)  # above "second"'s own pass mark of 50
    item = assignment_status(store, a, catalog, dt.date(2026, 3, 1)).items[0]
    assert store.summary("second").passed is True
    assert (item.best, item.passed, item.done) == (70, False, False)


def test_an_item_for_a_module_the_learner_lacks_is_never_done(content_root: Path) -> None:
    catalog = load_catalog([content_root], "en")
    a = make(items=[AssignmentItem("missing-module", quiz=False)])
    status = assignment_status(ProgressStore(None), a, catalog, dt.date(2026, 3, 1))
    assert status.items[0].available is False
    assert status.status == Status.NOT_STARTED


def test_quiz_only_item_asks_for_no_lesson(content_root) -> None:
    import datetime as dt

    from ailiteracy.core.assignments import (
        AssignmentItem,
        dump_assignment,
        item_lessons,
        load_assignment,
        new_assignment,
    )
    from ailiteracy.core.content import load_catalog

    catalog = load_catalog([content_root], "en")
    a = new_assignment(
        class_name="7B",
        title="Quiz only",
        due=dt.date(2026, 12, 1),
        pass_mark=60,
        items=[
            AssignmentItem("demo", (), True, quiz_only=True),
            AssignmentItem("second", (), True),
        ],
    )
    again = load_assignment(dump_assignment(a))
    assert again.items[0].quiz_only and not again.items[1].quiz_only
    assert item_lessons(again.items[0], catalog) == ()
    assert item_lessons(again.items[1], catalog) == ("only",)
