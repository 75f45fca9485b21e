"""The progress store: persistence, atomic writes, migration, damaged files, cost."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ailiteracy.core import store as store_mod
from ailiteracy.core.storage import NoticeKind, atomic_write_text
from ailiteracy.core.store import SCHEMA_VERSION, Position, ProgressStore


def test_progress_survives_reopen(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    store.mark_lesson_read("m", "l1")
    store.add_lesson_time("m", "l1", 30)
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q1", "b", 1.0, confidence=3)
    store.save_answer(attempt, "q2", ["a"], 0.5)
    store.finish_attempt(attempt, 75, True)
    store.set_position(Position("lesson", "m", "l1", "why"))
    store.close()

    again = ProgressStore(tmp_path)
    summary = again.summary("m")
    assert (summary.lessons_read, summary.seconds, summary.best, summary.passed) == (
        1,
        30,
        75,
        True,
    )
    answers = again.answers(attempt=attempt.id)
    assert [(a.question, a.answer, a.confidence) for a in answers] == [
        ("q1", "b", 3),
        ("q2", ["a"], None),
    ]
    assert again.position() == Position("lesson", "m", "l1", "why")
    assert again.schema_version == SCHEMA_VERSION


def test_unfinished_attempt_is_found_again(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q1", "a", 0.0)
    store.save_answer(attempt, "q1", "b", 1.0)  # changed answer: the latest counts
    store.close()
    again = ProgressStore(tmp_path)
    open_attempt = again.open_attempt("m")
    assert open_attempt is not None and open_attempt.id == attempt.id
    assert again.latest_answers(attempt.id)["q1"].answer == "b"


def test_history_is_split_so_a_save_touches_one_small_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_mod, "SEGMENT_SIZE", 10)
    store = ProgressStore(tmp_path)
    attempt = store.start_attempt("m")
    for n in range(25):
        store.save_answer(attempt, f"q{n}", "a", 1.0)
    segments = sorted((tmp_path / "history").glob("*.json"))
    assert [p.name for p in segments] == ["000001.json", "000002.json", "000003.json"]
    before = {p: p.stat().st_mtime_ns for p in segments[:2]}
    store.save_answer(attempt, "q-last", "a", 1.0)
    assert {p: p.stat().st_mtime_ns for p in segments[:2]} == before
    assert len(store.answers()) == 26
    store.close()
    assert len(ProgressStore(tmp_path).answers()) == 26


def test_guest_store_writes_nothing(tmp_path: Path) -> None:
    store = ProgressStore(None)
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q", "a", 1.0)
    store.mark_lesson_read("m", "l")
    assert store.summary("m").lessons_read == 1
    store.close()
    assert list(tmp_path.iterdir()) == []


def test_corrupt_file_is_moved_aside_and_recovered(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    store.mark_lesson_read("m", "l1")
    store.close()
    progress = tmp_path / "progress.json"
    good = progress.read_text(encoding="utf-8")
    progress.write_text(good + '"lessons": {"9": tail of an old write', encoding="utf-8")
    fixed = dt.datetime(2026, 3, 4, 5, 6, 7)
    again = ProgressStore(tmp_path, clock=lambda: fixed)
    assert [n.kind for n in again.notices] == [NoticeKind.RECOVERED]
    moved = again.notices[0].moved_to
    assert moved.name.startswith("progress.corrupt-") and moved.exists()
    assert moved.read_text(encoding="utf-8").startswith(good)
    assert again.summary("m").lessons_read == 1


def test_unreadable_file_is_never_silently_emptied(tmp_path: Path) -> None:
    (tmp_path / "progress.json").write_bytes(b"\x00\xff garbage")
    store = ProgressStore(tmp_path)
    assert [n.kind for n in store.notices] == [NoticeKind.RESET]
    assert store.notices[0].moved_to.read_bytes() == b"\x00\xff garbage"
    store.mark_lesson_read("m", "l")  # the app keeps working
    assert store.summary("m").lessons_read == 1


def test_schema_1_is_migrated(tmp_path: Path) -> None:
    legacy = {
        "lessons": {"1": {"module": "m", "lesson": "l", "read": True, "seconds": 12}},
        "attempts": {
            "1": {
                "id": "a1",
                "module": "m",
                "started": "2025-01-01T00:00:00+00:00",
                "finished": "2025-01-01T00:10:00+00:00",
                "percent": 80,
                "passed": True,
            }
        },
        "answers": {
            str(n): {
                "attempt": "a1",
                "module": "m",
                "question": f"q{n}",
                "answer": "a",
                "score": 1.0,
                "correct": True,
                "at": "2025-01-01T00:05:00+00:00",
            }
            for n in range(1, 4)
        },
    }
    (tmp_path / "progress.json").write_text(json.dumps(legacy), encoding="utf-8")
    store = ProgressStore(tmp_path)
    assert store.schema_version == SCHEMA_VERSION
    assert [a.question for a in store.answers(attempt="a1")] == ["q1", "q2", "q3"]
    assert store.summary("m").best == 80
    data = json.loads((tmp_path / "progress.json").read_text(encoding="utf-8"))
    assert "answers" not in data


def test_atomic_write_leaves_old_or_new(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    atomic_write_text(target, "old")
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


WRITER = """
import sys
from pathlib import Path
from ailiteracy.core.store import ProgressStore
store = ProgressStore(Path(sys.argv[1]))
attempt = store.start_attempt("m")
print("ready", flush=True)
n = 0
while True:
    n += 1
    store.save_answer(attempt, f"q{n}", "x" * (n % 50), 1.0)
    store.set_setting("counter", "y" * (n % 97))
"""


def test_killed_writer_never_leaves_a_damaged_file(tmp_path: Path) -> None:
    for trial in range(6):
        folder = tmp_path / f"t{trial}"
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder)], stdout=subprocess.PIPE, text=True
        ) as proc:
            assert proc.stdout.readline().strip() == "ready"
            time.sleep(0.05 + trial * 0.03)  # kill at a different moment in each trial
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        store = ProgressStore(folder)
        assert store.notices == []
        assert store.open_attempt("m") is not None
        store.close()


def test_many_answers_are_appended_across_history_files(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_mod, "SEGMENT_SIZE", 10)
    store = ProgressStore(tmp_path)
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q0", "a", 1.0)
    records = [
        {
            "attempt": attempt.id,
            "module": "m",
            "question": f"q{n}",
            "answer": "a",
            "score": 1.0,
            "correct": True,
            "at": f"2026-01-01T00:00:{n:02d}+00:00",
        }
        for n in range(1, 26)
    ]
    store.append_answer_records(records)
    assert [p.name for p in sorted((tmp_path / "history").glob("*.json"))] == [
        "000001.json",
        "000002.json",
        "000003.json",
    ]
    store.close()
    assert [a.question for a in ProgressStore(tmp_path).answers()] == [f"q{n}" for n in range(26)]


PROFILE_WRITER = """
import sys
from pathlib import Path
from ailiteracy.core import pins
from ailiteracy.core.pins import TeacherPin
from ailiteracy.core.profiles import ProfileRegistry
pins.SCRYPT_N = 2  # a cheap hash, so that the loop writes often
data = Path(sys.argv[1])
registry = ProfileRegistry(data)
ana = registry.create("Ana", "1234")
teacher = TeacherPin(data)
teacher.set_pin("4812")
print("ready", flush=True)
n = 0
while True:
    n += 1
    registry.rename(ana.id, "Ana " + "x" * (n % 30))
    registry.check_pin(ana.id, "0000" if n % 2 else "1234")
    teacher.check("1111" if n % 2 else "4812")
    made = registry.create(f"Learner {n}")
    print(made.id, flush=True)
"""


def test_killed_profile_and_teacher_writer_loses_nothing(tmp_path: Path) -> None:
    from ailiteracy.core.pins import TeacherPin
    from ailiteracy.core.profiles import ProfileRegistry

    made = 0
    for trial in range(5):
        data = tmp_path / f"t{trial}"
        with subprocess.Popen(
            [sys.executable, "-c", PROFILE_WRITER, str(data)], stdout=subprocess.PIPE, text=True
        ) as proc:
            assert proc.stdout.readline().strip() == "ready"
            first = proc.stdout.readline().strip()  # the loop is writing
            time.sleep(0.02 + trial * 0.07)  # kill at a different moment in each trial
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            acknowledged = [first, *proc.stdout.read().split()]
        registry = ProfileRegistry(data)
        assert registry.notices == []
        ids = {p.id for p in registry.list()}
        assert set(acknowledged) <= ids  # every profile whose creation returned is there
        assert any(p.name.startswith("Ana") and p.has_pin for p in registry.list())
        registry.close()
        teacher = TeacherPin(data)
        assert teacher.state.value == "ok" and teacher.is_set()
        made += len(acknowledged)
    assert made > 5  # the kills came while the loop was writing, not before


# ------------------------------------------------------------- the open attempts' table


def _history_file(folder: Path, number: int) -> dict:
    return json.loads((folder / "history" / f"{number:06d}.json").read_text(encoding="utf-8"))


def _read_count(monkeypatch) -> list[Path]:
    """The history files read from disk from now on (a resume should read none)."""
    read: list[Path] = []
    real = store_mod.load_checked

    def counting(path, *args, **kwargs):
        read.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(store_mod, "load_checked", counting)
    return read


def test_resume_reads_only_the_newest_history_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_mod, "SEGMENT_SIZE", 10)
    store = ProgressStore(tmp_path)
    done = store.start_attempt("m")
    for n in range(35):
        store.save_answer(done, f"q{n % 7}", n, 1.0)
    store.finish_attempt(done, 100, True)
    open_ = store.start_attempt("m")
    for n in range(14):  # crosses a file boundary: the open rows move to the new file
        store.save_answer(open_, f"q{n % 5}", f"v{n}", 0.5)
    store.close()
    assert len(list((tmp_path / "history").glob("*.json"))) == 5

    again = ProgressStore(tmp_path)
    read = _read_count(monkeypatch)
    latest = again.latest_answers(again.open_attempt("m").id)
    assert read == []
    assert {q: r.answer for q, r in latest.items()} == {
        "q0": "v10",
        "q1": "v11",
        "q2": "v12",
        "q3": "v13",
        "q4": "v9",
    }
    assert list(latest) == ["q0", "q1", "q2", "q3", "q4"]  # first answered first
    # The finished attempt is read from the whole history, as before.
    assert {q: r.answer for q, r in again.latest_answers(done.id).items()}["q0"] == 28
    # Finished attempts' rows are not carried into new files.
    newest = _history_file(tmp_path, 5)
    assert {row["attempt"] for row in newest["latest"].values()} == {open_.id}
    assert newest["index"]["1"] == {"answers": len(newest["answers"])}


def test_open_table_is_rebuilt_when_missing_damaged_or_out_of_step(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    attempt = store.start_attempt("m")
    for n in range(6):
        store.save_answer(attempt, f"q{n % 3}", n, 1.0)
    store.close()
    path = tmp_path / "history" / "000001.json"
    good = _history_file(tmp_path, 1)
    expected = {"q0": 3, "q1": 4, "q2": 5}

    def resumed() -> dict:
        again = ProgressStore(tmp_path)
        found = {q: r.answer for q, r in again.latest_answers(attempt.id).items()}
        notices = list(again.notices)
        again.close()
        return found, notices

    # Missing (as written by an older version, or cut off).
    data = dict(good)
    del data["latest"], data["index"]
    path.write_text(json.dumps(data), encoding="utf-8")
    found, notices = resumed()
    assert found == expected and notices == []
    assert _history_file(tmp_path, 1)["index"]["1"] == {"answers": 6}  # written back

    # Out of step: the table says it includes fewer answers than the file holds.
    data = json.loads(json.dumps(good))
    data["latest"] = {"1": data["answers"]["1"]}
    data["index"] = {"1": {"answers": 1}}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert resumed()[0] == expected

    # Damaged: a row of the table that does not fit is moved aside with the file,
    # reported, and the table is built again from the answers.
    data = json.loads(json.dumps(good))
    data["latest"]["1"]["score"] = "not a number"
    data["latest"]["2"]["question"] = "q1"  # and a wrong (but well-formed) row
    path.write_text(json.dumps(data), encoding="utf-8")
    found, notices = resumed()
    assert found == expected
    assert [n.kind for n in notices] == [NoticeKind.RECOVERED]
    assert notices[0].moved_to.name.startswith("000001.corrupt-")
    assert len(ProgressStore(tmp_path).answers()) == 6  # no answer lost


def test_schema_2_history_is_migrated(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q1", "a", 0.0)
    store.save_answer(attempt, "q1", "b", 1.0)
    store.close()
    # What version 2 wrote: no table of open attempts, schema 2.
    progress = tmp_path / "progress.json"
    data = json.loads(progress.read_text(encoding="utf-8"))
    data["meta"] = {"1": {"schema": 2}}
    progress.write_text(json.dumps(data), encoding="utf-8")
    history = tmp_path / "history" / "000001.json"
    segment = json.loads(history.read_text(encoding="utf-8"))
    history.write_text(json.dumps({"answers": segment["answers"]}), encoding="utf-8")

    again = ProgressStore(tmp_path)
    assert again.schema_version == SCHEMA_VERSION == 3
    assert again.notices == []
    assert again.latest_answers(attempt.id)["q1"].answer == "b"
    again.close()
    segment = json.loads(history.read_text(encoding="utf-8"))
    assert [r["answer"] for r in segment["latest"].values()] == ["b"]


def test_imported_unfinished_attempt_is_resumed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_mod, "SEGMENT_SIZE", 4)
    store = ProgressStore(tmp_path)
    row = {"id": "imp", "module": "m", "started": "2026-01-01T00:00:00+00:00"}
    records = [
        {
            "attempt": "imp",
            "module": "m",
            "question": f"q{n % 3}",
            "answer": n,
            "score": 1.0,
            "correct": True,
            "at": "2026-01-01T00:00:00+00:00",
        }
        for n in range(9)
    ]
    store.append_answer_records(records)  # answers before their attempt (a partial import)
    store.upsert_row("attempts", "id", row)
    assert store.open_attempt("m").id == "imp"
    assert {q: r.answer for q, r in store.latest_answers("imp").items()} == {
        "q0": 6,
        "q1": 7,
        "q2": 8,
    }
    store.close()


WRITER_WITH_CHECK = """
import sys
from pathlib import Path
from ailiteracy.core import store as store_mod
from ailiteracy.core.store import ProgressStore
store_mod.SEGMENT_SIZE = 7  # many file boundaries
store = ProgressStore(Path(sys.argv[1]))
attempt = store.start_attempt("m")
print("ready", attempt.id, flush=True)
n = 0
while True:
    n += 1
    store.save_answer(attempt, f"q{n % 5}", n, 1.0)
    print(n, flush=True)
"""


def test_killed_writer_keeps_the_open_table_in_step(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_mod, "SEGMENT_SIZE", 7)
    for trial in range(4):
        folder = tmp_path / f"t{trial}"
        with subprocess.Popen(
            [sys.executable, "-c", WRITER_WITH_CHECK, str(folder)],
            stdout=subprocess.PIPE,
            text=True,
        ) as proc:
            ready, attempt_id = proc.stdout.readline().split()
            assert proc.stdout.readline().strip() == "1"  # the loop is writing
            time.sleep(0.05 + trial * 0.05)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            acknowledged = int(([ready, "1", *proc.stdout.read().split()])[-1])
        store = ProgressStore(folder)
        assert store.notices == []
        answers = store.answers(attempt=attempt_id)
        assert len(answers) >= acknowledged  # every save that returned is there
        from_history = {a.question: a.answer for a in answers}
        assert {q: r.answer for q, r in store.latest_answers(attempt_id).items()} == from_history
        store.close()


# One step: save (module, question, value), finish a module's open attempt, or reopen.
_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("save"), st.sampled_from("ab"), st.integers(0, 3), st.integers(0, 9)),
        st.tuples(st.just("finish"), st.sampled_from("ab")),
        st.tuples(st.just("reopen")),
    ),
    max_size=30,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=_STEPS)
def test_open_table_always_agrees_with_the_history(steps: list[tuple]) -> None:
    old = store_mod.SEGMENT_SIZE
    store_mod.SEGMENT_SIZE = 3
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            store = ProgressStore(folder)
            for step in steps:
                if step[0] == "save":
                    _, module, question, value = step
                    attempt = store.open_attempt(module) or store.start_attempt(module)
                    store.save_answer(attempt, f"q{question}", value, 1.0)
                elif step[0] == "finish":
                    attempt = store.open_attempt(step[1])
                    if attempt is not None:
                        store.finish_attempt(attempt, 50, False)
                else:
                    store.close()
                    store = ProgressStore(folder)
                for module in "ab":
                    attempt = store.open_attempt(module)
                    if attempt is None:
                        continue
                    expected: dict[str, object] = {}
                    for record in store.answers(attempt=attempt.id):
                        expected[record.question] = record.answer
                    found = store.latest_answers(attempt.id)
                    assert {q: r.answer for q, r in found.items()} == expected
                    assert list(found) == list(expected)
            assert store.notices == []
            store.close()
    finally:
        store_mod.SEGMENT_SIZE = old
