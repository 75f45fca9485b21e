"""Progress files: export, checking hostile files, and merging without duplicates."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from ailiteracy.core import transfer
from ailiteracy.core.exchange import FileFormatError
from ailiteracy.core.fileformat import FormatErrorKind
from ailiteracy.core.store import ProgressStore
from ailiteracy.core.transfer import (
    MAX_BYTES,
    MergeReport,
    export_progress,
    merge_progress,
    read_progress_file,
)

NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


def make_store(folder: Path | None, start: dt.datetime = NOW) -> ProgressStore:
    return ProgressStore(folder, clock=Clock(start))


def fill(store: ProgressStore) -> dict[str, Any]:
    """A learner who read a lesson, passed one attempt and left one unfinished."""
    store.mark_lesson_read("demo", "first")
    store.add_lesson_time("demo", "first", 120)
    store.add_lesson_time("demo", "second", 30)
    done = store.start_attempt("demo")
    store.save_answer(done, "q-single", "b", 1.0, seconds=4.2, confidence=3)
    store.save_answer(done, "q-multi", ["a", "b"], 1.0)
    store.save_answer(done, "q-claim", {"c1": ["supported", "s1"]}, 0.5)
    done = store.finish_attempt(done, 80, True)
    open_ = store.start_attempt("second", locale="en")
    store.save_answer(open_, "one", "a", 0.0)
    store.upsert_row(
        "review",
        "key",
        {
            "key": "demo/q-single",
            "module": "demo",
            "question": "q-single",
            "due": "2025-03-05T00:00:00+00:00",
            "stability": 2.5,
        },
    )
    return {"done": done, "open": open_}


def export(store: ProgressStore, name: str = "Ana") -> bytes:
    return export_progress(store, profile_name=name, app_version="0.1.0", now=NOW)


def signed(document: dict[str, Any]) -> bytes:
    """``document`` with a correct checksum (so only the other checks can reject it)."""
    body = {k: v for k, v in document.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    document = {**body, "checksum": hashlib.sha256(canonical.encode("utf-8")).hexdigest()}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def import_bytes(store: ProgressStore, data: bytes) -> MergeReport:
    return merge_progress(store, read_progress_file(data))


def state(store: ProgressStore) -> tuple:
    return (
        sorted((k, v.read, v.seconds) for k, v in store.lesson_states().items()),
        sorted((a.id, a.percent, a.finished) for a in store.attempts()),
        sorted((a.attempt, a.question, a.at, json.dumps(a.answer)) for a in store.answers()),
        sorted(json.dumps(r, sort_keys=True) for r in store.table_rows("review")),
    )


# ---------------------------------------------------------------------- export


def test_export_has_the_documented_form(tmp_path: Path) -> None:
    store = make_store(tmp_path / "a")
    made = fill(store)
    document = json.loads(export(store).decode("utf-8"))
    assert document["format"] == "ailiteracy-progress"
    assert document["version"] == 1
    assert document["app_version"] == "0.1.0"
    assert document["exported_at"] == "2025-03-01T12:00:00+00:00"
    assert document["profile"] == {"name": "Ana"}
    assert {(r["module"], r["lesson"], r["read"]) for r in document["lessons"]} == {
        ("demo", "first", True),
        ("demo", "second", False),
    }
    assert {a["id"] for a in document["attempts"]} == {made["done"].id, made["open"].id}
    assert len(document["answers"]) == 4
    assert document["review"][0]["stability"] == 2.5
    body = {k: v for k, v in document.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert document["checksum"] == hashlib.sha256(canonical.encode()).hexdigest()
    store.close()


def test_the_learner_id_travels_in_the_progress_file(tmp_path: Path) -> None:
    store = make_store(tmp_path / "a")
    store.set_setting("learner_id", "c" * 32)
    progress = read_progress_file(export(store))
    assert progress.learner_id == "c" * 32
    store.close()


def test_export_of_an_empty_guest_store_reads_back() -> None:
    store = make_store(None)
    progress = read_progress_file(export(store, "Gäst 访客"))
    assert progress.profile_name == "Gäst 访客"
    assert (progress.lessons, progress.attempts, progress.answers, progress.review) == (
        [],
        [],
        [],
        [],
    )


# ---------------------------------------------------------------------- round trips


def test_round_trip_into_an_empty_store(tmp_path: Path) -> None:
    home = make_store(tmp_path / "home")
    made = fill(home)
    data = export(home)
    library = make_store(tmp_path / "library")
    report = import_bytes(library, data)
    assert report == MergeReport(lessons=2, attempts_added=2, answers_added=4, review_updated=1)
    assert state(library) == state(home)
    summary = library.summary("demo")
    assert (summary.best, summary.passed, summary.lessons_read) == (80, True, 1)
    assert library.open_attempt("second").id == made["open"].id
    library.close()
    reopened = make_store(tmp_path / "library")
    assert state(reopened) == state(home)  # really on disk
    reopened.close()
    home.close()


def test_merging_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    home = make_store(tmp_path / "home")
    fill(home)
    data = export(home)
    library = make_store(tmp_path / "library")
    import_bytes(library, data)
    before = snapshot(tmp_path / "library")
    report = import_bytes(library, data)
    assert report == MergeReport(0, 0, 0)
    assert not report.changed
    assert snapshot(tmp_path / "library") == before
    library.close()
    home.close()


def test_overlapping_data_no_duplicates_best_kept(tmp_path: Path) -> None:
    # Progress made at home, taken to the library, continued there, and brought back.
    home = make_store(tmp_path / "home")
    made = fill(home)
    library = make_store(tmp_path / "library", NOW + dt.timedelta(days=1))
    import_bytes(library, export(home))
    # In the library: more reading, the unfinished attempt finished, a worse new attempt.
    library.add_lesson_time("demo", "first", 300)
    library.mark_lesson_read("demo", "second")
    library.save_answer(made["open"], "two", "b", 1.0)
    library.finish_attempt(made["open"], 50, False)
    worse = library.start_attempt("demo")
    library.save_answer(worse, "q-single", "a", 0.0)
    library.finish_attempt(worse, 20, False)
    library.upsert_row(
        "review",
        "key",
        {
            "key": "demo/q-single",
            "module": "demo",
            "question": "q-single",
            "due": "2025-03-20T00:00:00+00:00",
            "stability": 9.0,
        },
    )
    # Meanwhile at home: more time on the same lesson (less than the library's total).
    home.add_lesson_time("demo", "first", 10)
    back = export(library, "Ana")

    report = import_bytes(home, back)
    assert report.attempts_added == 1  # the worse attempt
    assert report.attempts_updated == 1  # the unfinished attempt, now finished
    assert report.answers_added == 2  # "two", and the worse attempt's answer; "one" was there
    assert report.review_updated == 1
    lessons = home.lesson_states("demo")
    assert lessons[("demo", "first")].seconds == 420  # max(130, 420), not the sum
    assert lessons[("demo", "second")].read  # read in either
    assert home.summary("demo").best == 80  # the best score is kept
    keys = [(a.attempt, a.question, a.at) for a in home.answers()]
    assert len(keys) == len(set(keys)) == 6
    ids = [a.id for a in home.attempts()]
    assert len(ids) == len(set(ids)) == 3
    finished = {a.id: a for a in home.attempts()}[made["open"].id]
    assert (finished.percent, finished.passed) == (50, False)
    assert home.open_attempt("second") is None
    assert home.table_rows("review")[0]["stability"] == 9.0

    # Sending home's merged data back to the library adds nothing: it has all of it.
    report = import_bytes(library, export(home))
    assert report == MergeReport(0, 0, 0)
    assert state(library) == state(home)
    library.close()
    home.close()


def test_a_finished_attempt_is_never_replaced_by_an_unfinished_copy(tmp_path: Path) -> None:
    home = make_store(tmp_path / "home")
    made = fill(home)
    stale = export(home)  # the "second" attempt is still unfinished in this file
    home.finish_attempt(made["open"], 100, True)
    report = import_bytes(home, stale)
    assert report == MergeReport(0, 0, 0)
    assert {a.id: a.percent for a in home.attempts()}[made["open"].id] == 100
    home.close()


def test_review_keeps_the_later_due(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s")
    store.upsert_row(
        "review",
        "key",
        {"key": "m/q", "module": "m", "question": "q", "due": "2025-05-01T00:00:00+00:00"},
    )
    other = make_store(None)
    other.upsert_row(
        "review",
        "key",
        {"key": "m/q", "module": "m", "question": "q", "due": "2025-04-01T00:00:00+02:00"},
    )
    other.upsert_row(
        "review",
        "key",
        {"key": "m/r", "module": "m", "question": "r", "due": "2025-04-01T00:00:00+00:00"},
    )
    report = import_bytes(store, export(other))
    assert report.review_updated == 1
    rows = {r["question"]: r["due"] for r in store.table_rows("review")}
    assert rows == {"q": "2025-05-01T00:00:00+00:00", "r": "2025-04-01T00:00:00+00:00"}
    store.close()


# ---------------------------------------------------------------------- hostile files


@pytest.fixture
def victim(tmp_path: Path):
    """A store with progress, and a check that a rejected file left it exactly as it was."""
    folder = tmp_path / "victim"
    store = make_store(folder)
    fill(store)
    before_files, before_state = snapshot(folder), state(store)

    def rejected(data: bytes, kind: FormatErrorKind) -> None:
        with pytest.raises(FileFormatError) as excinfo:
            import_bytes(store, data)
        assert excinfo.value.kind is kind, excinfo.value
        assert snapshot(folder) == before_files
        assert state(store) == before_state

    yield store, rejected
    store.close()


@pytest.fixture
def good() -> dict[str, Any]:
    store = make_store(None, NOW - dt.timedelta(days=3))
    fill(store)
    return json.loads(export(store))


def test_truncated_file(victim, good) -> None:
    _store, rejected = victim
    data = json.dumps(good).encode()
    # Cut short, a file still naming its format is damaged; one byte of it is not
    # recognisably ours. Either way nothing is changed.
    for cut, kind in (
        (0, FormatErrorKind.DAMAGED),
        (1, FormatErrorKind.NOT_THIS_KIND),
        (len(data) // 2, FormatErrorKind.DAMAGED),
        (len(data) - 1, FormatErrorKind.DAMAGED),
    ):
        rejected(data[:cut], kind)


def test_not_json_at_all(victim) -> None:
    _store, rejected = victim
    rejected(b"\x89PNG\r\n\x1a\n\x00\x00", FormatErrorKind.NOT_THIS_KIND)
    rejected(b"\xff\xfe{}", FormatErrorKind.NOT_THIS_KIND)


def test_oversized_file(victim, good) -> None:
    _store, rejected = victim
    good["profile"]["name"] = "A"
    data = json.dumps(good).encode()
    rejected(data + b" " * (MAX_BYTES + 1 - len(data)), FormatErrorKind.TOO_LARGE)


def test_bad_checksum(victim, good) -> None:
    _store, rejected = victim
    good["attempts"][0]["percent"] = 100  # a "better" score typed in by hand
    rejected(json.dumps(good).encode(), FormatErrorKind.DAMAGED)
    # No checksum, or one that is not SHA-256 hex: as for assignments and results.
    del good["checksum"]
    rejected(json.dumps(good).encode(), FormatErrorKind.MALFORMED)
    good["checksum"] = 12
    rejected(json.dumps(good).encode(), FormatErrorKind.MALFORMED)
    good["checksum"] = "0" * 64
    rejected(json.dumps(good).encode(), FormatErrorKind.DAMAGED)


def test_wrong_format(victim, good) -> None:
    _store, rejected = victim
    rejected(signed({**good, "format": "something-else"}), FormatErrorKind.NOT_THIS_KIND)
    rejected(b'["ailiteracy-progress", 1]', FormatErrorKind.NOT_THIS_KIND)
    rejected(b'"hello"', FormatErrorKind.NOT_THIS_KIND)
    rejected(b'{"attempts": []}', FormatErrorKind.NOT_THIS_KIND)


def test_too_new(victim, good) -> None:
    _store, rejected = victim
    rejected(signed({**good, "version": 2}), FormatErrorKind.TOO_NEW)


def test_deep_nesting(victim, good) -> None:
    _store, rejected = victim
    deep: Any = "x"
    for _ in range(40):
        deep = [deep]
    good["answers"][0]["answer"] = deep
    rejected(signed(good), FormatErrorKind.MALFORMED)
    # So deep that a recursive parser would give up: refused, not a crash.
    rejected(b"[" * 200_000 + b"]" * 200_000, FormatErrorKind.NOT_THIS_KIND)
    rejected(b'{"a":' * 100_000 + b"1" + b"}" * 100_000, FormatErrorKind.NOT_THIS_KIND)
    ours = b'{"format": "ailiteracy-progress", "a":' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    rejected(ours, FormatErrorKind.DAMAGED)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(lessons="not a list"),
        lambda d: d.update(answers=[1, 2, 3]),
        lambda d: d.update(version="1"),
        lambda d: d.update(version=True),
        lambda d: d.update(profile="Ana"),
        lambda d: d.update(profile={"name": 7}),
        lambda d: d.update(app_version=None),
        lambda d: d["lessons"][0].update(read="yes"),
        lambda d: d["lessons"][0].update(seconds=-5),
        lambda d: d["lessons"][0].update(seconds="120"),
        lambda d: d["attempts"][0].update(percent=101),
        lambda d: d["attempts"][0].update(percent=80.5),
        lambda d: d["attempts"][0].update(passed="true"),
        lambda d: d["attempts"][0].update(started=None),
        lambda d: d["answers"][0].update(score=2),
        lambda d: d["answers"][0].update(correct=1),
        lambda d: d["answers"][0].update(at=123),
        lambda d: d["answers"][0].pop("answer"),
        lambda d: d["review"][0].update(due=None),
        lambda d: d.update(review={"a": 1}),
    ],
)
def test_wrong_types(victim, good, change) -> None:
    _store, rejected = victim
    change(good)
    rejected(signed(good), FormatErrorKind.MALFORMED)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["attempts"][0].update(id="../../etc"),
        lambda d: d["attempts"][0].update(id=["list"]),
        lambda d: d["attempts"][0].update(id=""),
        lambda d: d["answers"][0].update(question={"$ne": 1}),
        lambda d: d["lessons"][0].update(module="demo\nx"),
        lambda d: d["review"][0].update(module=5),
        lambda d: d["answers"][0].update(attempt="a" * 300),
    ],
)
def test_ids_must_be_simple_strings(victim, good, change) -> None:
    _store, rejected = victim
    change(good)
    rejected(signed(good), FormatErrorKind.MALFORMED)


def test_long_strings(victim, good) -> None:
    _store, rejected = victim
    good["answers"][0]["answer"] = "x" * 10_001
    rejected(signed(good), FormatErrorKind.MALFORMED)
    good["answers"][0]["answer"] = {"k" * 10_001: 1}
    rejected(signed(good), FormatErrorKind.MALFORMED)


def test_too_many_records(victim, good) -> None:
    _store, rejected = victim
    good["lessons"] = [{"module": "m", "lesson": "l"}] * (transfer.MAX_RECORDS + 1)
    data = signed(good)
    assert len(data) < MAX_BYTES  # valid records, just too many of them
    rejected(data, FormatErrorKind.MALFORMED)


def test_numbers_json_cannot_hold(victim, good) -> None:
    _store, rejected = victim
    text = json.dumps(good).replace('"seconds": 120.0', '"seconds": NaN', 1)
    assert "NaN" in text
    rejected(text.encode(), FormatErrorKind.MALFORMED)
    text = json.dumps(good).replace('"seconds": 120.0', '"seconds": 1e999', 1)
    rejected(text.encode(), FormatErrorKind.MALFORMED)


def test_a_good_file_is_still_accepted(victim, good) -> None:
    store, _rejected = victim
    report = import_bytes(store, signed(good))
    assert report.attempts_added == 2  # different attempt ids from the victim's
