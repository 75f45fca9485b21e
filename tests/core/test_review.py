"""The spaced-repetition review queue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fsrs import Scheduler

from ailiteracy.core.content import Catalog, load_module
from ailiteracy.core.review import ReviewQueue
from ailiteracy.core.store import ProgressStore

START = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


def queue(store: ProgressStore | None = None) -> ReviewQueue:
    return ReviewQueue(store or ProgressStore(None), scheduler=Scheduler(enable_fuzzing=False))


def test_missed_question_comes_back_soon() -> None:
    q = queue()
    assert q.record("demo", "q-tf", False, START)
    assert q.due(START) == []
    due = q.due_at("demo", "q-tf")
    assert due is not None and START < due <= START + dt.timedelta(days=1)
    assert q.due(START + dt.timedelta(days=1)) == [("demo", "q-tf")]
    assert q.count_due(START + dt.timedelta(days=1)) == 1
    assert q.next_due(START) == due
    assert q.next_due(due) is None  # nothing is due later than that


def test_intervals_grow_with_correct_reviews() -> None:
    q = queue()
    q.record("demo", "q-tf", False, START)
    now = START
    intervals = []
    for _ in range(6):
        due = q.due_at("demo", "q-tf")
        assert due is not None
        now = due
        q.record("demo", "q-tf", True, now)
        new_due = q.due_at("demo", "q-tf")
        assert new_due is not None
        intervals.append(new_due - now)
    assert all(later > earlier for earlier, later in zip(intervals, intervals[1:], strict=False))
    assert intervals[-1] > dt.timedelta(days=7)


def test_wrong_answer_brings_a_known_question_back() -> None:
    q = queue()
    q.record("demo", "q-tf", False, START)
    now = START
    for _ in range(5):
        now = q.due_at("demo", "q-tf") or now
        q.record("demo", "q-tf", True, now)
    far = q.due_at("demo", "q-tf")
    assert far is not None and far - now > dt.timedelta(days=5)
    q.record("demo", "q-tf", False, now)
    again = q.due_at("demo", "q-tf")
    assert again is not None and again - now <= dt.timedelta(days=1)


def test_known_question_is_later_than_a_just_missed_one() -> None:
    q = queue()
    q.record("demo", "q-single", False, START)
    now = START
    for _ in range(4):
        now = q.due_at("demo", "q-single") or now
        q.record("demo", "q-single", True, now)
    q.record("demo", "q-multi", False, now)
    known, missed = q.due_at("demo", "q-single"), q.due_at("demo", "q-multi")
    assert known is not None and missed is not None and known > missed
    later = now + dt.timedelta(days=1)
    assert q.due(later) == [("demo", "q-multi")]
    assert q.due(known) == [("demo", "q-multi"), ("demo", "q-single")]  # oldest due first


def test_correct_answer_to_unqueued_question_adds_nothing() -> None:
    store = ProgressStore(None)
    q = queue(store)
    assert not q.record("demo", "q-tf", True, START)
    assert len(q) == 0
    assert store.table_rows("review") == []
    assert q.next_due(START) is None


def test_row_format() -> None:
    store = ProgressStore(None)
    q = queue(store)
    q.record("demo", "q-tf", False, START)
    (row,) = store.table_rows("review")
    assert row["key"] == "demo/q-tf"
    assert (row["module"], row["question"]) == ("demo", "q-tf")
    assert isinstance(row["card"], dict) and "stability" in row["card"]
    assert dt.datetime.fromisoformat(row["due"]) == q.due_at("demo", "q-tf")
    q.record("demo", "q-tf", True, START + dt.timedelta(minutes=5))
    assert len(store.table_rows("review")) == 1  # still one row per question


def test_persists_across_reopening(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "learner")
    q = queue(store)
    q.record("demo", "q-tf", False, START)
    q.record("second", "one", False, START + dt.timedelta(minutes=1))
    due = q.due_at("demo", "q-tf")
    store.close()

    store = ProgressStore(tmp_path / "learner")
    q = queue(store)
    assert q.due_at("demo", "q-tf") == due
    assert q.due(START + dt.timedelta(days=2)) == [("demo", "q-tf"), ("second", "one")]
    q.record("demo", "q-tf", True, START + dt.timedelta(days=2))
    assert q.due(START + dt.timedelta(days=2)) == [("second", "one")]
    store.close()


def test_catalog_filters_removed_questions(content_root: Path) -> None:
    problems: list = []
    demo = load_module(content_root / "en" / "demo", "en", problems)
    assert demo is not None and not problems
    catalog = Catalog("en", modules=[demo])
    q = queue()
    q.record("demo", "q-tf", False, START)
    q.record("demo", "gone", False, START)
    q.record("nowhere", "one", False, START)
    later = START + dt.timedelta(days=1)
    assert len(q.due(later)) == 3
    assert q.due(later, catalog) == [("demo", "q-tf")]
    assert q.count_due(later, catalog) == 1


def test_remove_and_naive_times() -> None:
    q = queue()
    q.record("demo", "q-tf", False, START)
    q.remove("demo", "q-tf")
    assert ("demo", "q-tf") not in q
    with pytest.raises(ValueError):
        q.record("demo", "q-tf", False, dt.datetime(2025, 1, 1))


def test_other_time_zones_are_converted() -> None:
    q = queue()
    plus_two = dt.timezone(dt.timedelta(hours=2))
    q.record("demo", "q-tf", False, START.astimezone(plus_two))
    due = q.due_at("demo", "q-tf")
    assert due is not None and due.utcoffset() == dt.timedelta(0)
    assert q.due(START + dt.timedelta(days=1)) == [("demo", "q-tf")]
