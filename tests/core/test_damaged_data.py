"""Damaged files in the data folder: nothing valid is lost, nothing is silently dropped.

Each test builds the bad file itself, opens it the way the app does, and checks that
no exception escapes, that what was valid is still there, that the damaged file was
moved aside (and reported), and that nothing was written outside the data folder.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ailiteracy.core import storage
from ailiteracy.core.pins import (
    LOCK_FIRST_SECONDS,
    PinResult,
    TeacherPin,
    TeacherPinState,
    hash_pin,
)
from ailiteracy.core.policy import PolicyError, load_policy, parse_policy
from ailiteracy.core.profiles import PROFILE_FILE, ProfileRegistry
from ailiteracy.core.storage import NoticeKind, backup_path
from ailiteracy.core.store import ProgressStore

# PINs are hashed at a low cost: these tests are about the rules around them.
pytestmark = pytest.mark.usefixtures("quick_hashes")

FAST = settings(
    max_examples=25,
    deadline=None,
    database=None,  # writes nothing into the checkout
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)

VALID_HASH = hash_pin("4812")


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def only_data_written(root: Path) -> None:
    """Everything under ``root`` (a test's folder) is inside ``root/data``."""
    assert sorted(p.name for p in root.iterdir()) == ["data"]


def profile_rows(registry: ProfileRegistry) -> list[tuple[str, str, str]]:
    return sorted((p.id, p.name, p.pin_hash) for p in registry.list())


@pytest.fixture(scope="module")
def three_learners(tmp_path_factory) -> tuple[Path, list[tuple[str, str, str]]]:
    """A data folder with three learners (two with a PIN), made once: hashing is slow."""
    data = tmp_path_factory.mktemp("learners") / "data"
    registry = ProfileRegistry(data)
    registry.create("Ana", "1234")
    registry.create("Ben")
    registry.create("Chen 陈", "987654")
    rows = profile_rows(registry)
    registry.close()
    return data, rows


# --------------------------------------------------------------------------- profiles.json


def test_profiles_survive_truncation_at_every_byte(three_learners, tmp_path: Path) -> None:
    source, rows = three_learners
    data = tmp_path / "data"
    shutil.copytree(source, data)
    raw = (source / "profiles.json").read_bytes()
    for cut in range(len(raw)):
        (data / "profiles.json").write_bytes(raw[:cut])
        registry = ProfileRegistry(data)
        assert profile_rows(registry) == rows, cut
        assert [n.kind for n in registry.notices] == [NoticeKind.RESTORED], cut
        moved = registry.notices[0].moved_to
        assert moved is not None and moved.read_bytes() == raw[:cut]
        moved.unlink()
        registry.close()
    only_data_written(tmp_path)


def test_profiles_come_back_from_the_learners_folders(three_learners, tmp_path: Path) -> None:
    source, rows = three_learners
    data = tmp_path / "data"
    shutil.copytree(source, data)
    raw = (data / "profiles.json").read_bytes()
    (data / "profiles.json").write_bytes(raw[: len(raw) // 3])  # cut inside the first row
    backup_path(data / "profiles.json").unlink()  # and no last-good copy either
    registry = ProfileRegistry(data)
    assert profile_rows(registry) == rows  # names and PIN hashes from each profile.json
    assert registry.notices and registry.notices[0].kind in (NoticeKind.RECOVERED, NoticeKind.RESET)
    ana = next(p for p in registry.list() if p.name == "Ana")
    assert registry.check_pin(ana.id, "1234").result is PinResult.OK
    assert registry.check_pin(ana.id, "0000").result is PinResult.WRONG
    registry.close()
    only_data_written(tmp_path)


def test_a_folder_without_any_record_is_listed_again(three_learners, tmp_path: Path) -> None:
    source, rows = three_learners
    data = tmp_path / "data"
    shutil.copytree(source, data)
    lost = rows[1][0]
    (data / "profiles" / lost / PROFILE_FILE).unlink()
    (data / "profiles" / lost / "progress.json").write_text("{}", encoding="utf-8")
    for name in ("profiles.json", "profiles.last-good.json"):
        (data / name).unlink()
    registry = ProfileRegistry(data)
    found = {p.id: p for p in registry.list()}
    assert set(found) == {row[0] for row in rows}
    assert found[lost].name == "Learner" and not found[lost].has_pin
    assert registry.found_again == 3
    registry.close()


@FAST
@given(value=JSON_VALUES, field=st.sampled_from(["id", "name", "pin_hash", "failed", "created"]))
def test_wrong_type_in_a_profile_row_is_moved_aside(three_learners, value, field) -> None:
    source, rows = three_learners
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(source, data)
        backup_path(data / "profiles.json").unlink()
        stored = json.loads((data / "profiles.json").read_text(encoding="utf-8"))
        row = stored["profiles"]["1"]
        assume(value != row[field])  # a change, not the same value again
        row[field] = value
        (data / "profiles.json").write_text(json.dumps(stored), encoding="utf-8")
        registry = ProfileRegistry(data)
        listed = profile_rows(registry)  # never raises
        # Every other learner is kept; the damaged row's learner is found again from
        # their own folder, or (a value that still fits) read as it is.
        assert {r[0] for r in rows} <= {r[0] for r in listed}
        registry.close()


def test_list_for_object_and_deep_nesting_are_moved_aside(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for text in ('{"profiles": [1, 2]}', "[" * 100_000 + "]" * 100_000, '{"profiles": {"1": 5}}'):
        (data / "profiles.json").write_text(text, encoding="utf-8")
        registry = ProfileRegistry(data)
        assert registry.list() == []
        assert len(registry.notices) == 1 and registry.notices[0].moved_to.exists()
        registry.close()
    only_data_written(tmp_path)


def test_special_file_as_profiles_json_is_moved_aside(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "profiles.json").symlink_to("/dev/zero")
    registry = ProfileRegistry(data)
    assert registry.list() == []
    assert [n.kind for n in registry.notices] == [NoticeKind.RESET]
    assert registry.notices[0].moved_to.is_symlink()
    registry.close()


def test_registry_of_a_newer_version_is_not_rewritten(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    newer = {"meta": {"1": {"schema": 9}}, "profiles": {"1": {"id": "abc", "name": "Ana"}}}
    raw = json.dumps(newer).encode()
    (data / "profiles.json").write_bytes(raw)
    registry = ProfileRegistry(data)
    assert [p.name for p in registry.list()] == ["Ana"]
    assert [n.kind for n in registry.notices] == [NoticeKind.NEWER]
    with pytest.raises(PermissionError):
        registry.create("Ben")
    assert (data / "profiles.json").read_bytes() == raw
    registry.close()


# --------------------------------------------------------------------------- progress files


def filled_store(folder: Path) -> ProgressStore:
    store = ProgressStore(folder)
    store.mark_lesson_read("m", "l1")
    store.mark_lesson_read("m", "l2")
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q1", "a", 1.0)
    store.finish_attempt(attempt, 80, True)
    store.set_setting("text_size", 150)
    store.set_setting("theme", "dark")
    return store


def read_everything(store: ProgressStore) -> None:
    """Every way the app reads a store; none may raise."""
    store.summary("m")
    store.lesson_states()
    store.attempts()
    store.open_attempt("m")
    store.answers()
    store.position()
    for key in ("text_size", "theme", "language", "content_folders", "position"):
        store.get_setting(key)


def test_progress_truncated_at_every_byte_keeps_every_complete_row(tmp_path: Path) -> None:
    source = tmp_path / "source"
    filled_store(source).close()
    raw = (source / "progress.json").read_bytes()
    full = json.loads(raw)
    folder = tmp_path / "data"
    folder.mkdir()
    for cut in range(len(raw)):
        (folder / "progress.json").write_bytes(raw[:cut])
        store = ProgressStore(folder)
        read_everything(store)
        assert len(store.notices) == 1, cut
        notice = store.notices[0]
        assert notice.moved_to.read_bytes() == raw[:cut]
        notice.moved_to.unlink()
        # "recovered" only when something came back; what came back is exact.
        if notice.kind is NoticeKind.RECOVERED:
            assert notice.kept > 0
            for name, rows in store._db.storage.read().items():
                if name != "meta":
                    for doc_id, row in rows.items():
                        assert full[name][doc_id] == row
        else:
            assert notice.kind is NoticeKind.RESET and notice.kept == 0
        store.close()
        (folder / "progress.json").unlink(missing_ok=True)
    # A cut just before the last settings row keeps every lesson and attempt.
    (folder / "progress.json").write_bytes(raw[: raw.index(b'"theme"')])
    store = ProgressStore(folder)
    assert store.summary("m").lessons_read == 2 and store.summary("m").best == 80
    assert store.get_setting("text_size") == 150
    store.close()


@FAST
@given(
    table_field=st.sampled_from(
        [
            ("lessons", "module"),
            ("lessons", "read"),
            ("lessons", "seconds"),
            ("attempts", "id"),
            ("attempts", "module"),
            ("attempts", "percent"),
            ("attempts", "passed"),
            ("attempts", "finished"),
            ("settings", "key"),
            ("settings", "value"),
        ]
    ),
    value=JSON_VALUES,
)
def test_wrong_type_for_every_progress_field(tmp_path: Path, table_field, value) -> None:
    table, field = table_field
    with tempfile.TemporaryDirectory(dir=tmp_path) as tmp:
        folder = Path(tmp)
        filled_store(folder).close()
        stored = json.loads((folder / "progress.json").read_text(encoding="utf-8"))
        stored[table]["1"][field] = value
        (folder / "progress.json").write_text(json.dumps(stored), encoding="utf-8")
        store = ProgressStore(folder)
        read_everything(store)
        assert store.summary("m").lessons_read >= 1  # the other lesson is kept
        if store.notices:
            assert store.notices[0].dropped == 1 and store.notices[0].moved_to.exists()
        store.close()


@pytest.mark.parametrize(
    "setting",
    [
        {"key": "text_size", "value": "huge"},
        {"key": "text_size", "value": 10**9},
        {"key": "theme", "value": ["dark"]},
        {"key": "content_folders", "value": [1, 2]},
        {"key": "position", "value": [1]},
        {"key": "position", "value": {"view": 5}},
        {"key": "position", "value": {"view": "lesson", "question": "2"}},
        {"key": "language", "value": {"x": 1}},
    ],
)
def test_setting_of_the_wrong_kind_is_moved_aside(tmp_path: Path, setting) -> None:
    folder = tmp_path / "data"
    filled_store(folder).close()
    stored = json.loads((folder / "progress.json").read_text(encoding="utf-8"))
    stored["settings"]["99"] = setting
    (folder / "progress.json").write_text(json.dumps(stored), encoding="utf-8")
    store = ProgressStore(folder)
    assert [(n.kind, n.dropped) for n in store.notices] == [(NoticeKind.RECOVERED, 1)]
    assert store.get_setting("text_size") == 150 and store.get_setting("theme") == "dark"
    assert store.summary("m").best == 80
    store.close()
    # The damaged file was replaced by one that fits: the next start is quiet.
    again = ProgressStore(folder)
    assert again.notices == []
    again.close()
    only_data_written(tmp_path)


def test_deeply_nested_answer_is_moved_aside(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = filled_store(folder)
    store.close()
    segment = folder / "history" / "000001.json"
    stored = json.loads(segment.read_text(encoding="utf-8"))
    deep: object = 1
    for _ in range(200):
        deep = [deep]
    stored["answers"]["2"] = {**stored["answers"]["1"], "answer": deep}
    segment.write_text(json.dumps(stored), encoding="utf-8")
    store = ProgressStore(folder)
    assert [a.question for a in store.answers()] == ["q1"]
    assert store.notices[0].dropped == 1
    store.close()


def test_progress_of_a_newer_version_is_opened_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    filled_store(folder).close()
    stored = json.loads((folder / "progress.json").read_text(encoding="utf-8"))
    stored["meta"]["1"]["schema"] = 99
    raw = json.dumps(stored).encode()
    (folder / "progress.json").write_bytes(raw)
    store = ProgressStore(folder)
    assert [n.kind for n in store.notices] == [NoticeKind.NEWER] and store.read_only
    assert store.summary("m").best == 80
    store.mark_lesson_read("m", "l3")  # kept in memory for the session only
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q9", "b", 0.0)
    store.close()
    assert (folder / "progress.json").read_bytes() == raw  # not relabelled, not changed
    assert sorted(p.name for p in (folder / "history").iterdir()) == ["000001.json"]


# --------------------------------------------------------------------------- history segments


def store_with_segments(folder: Path, monkeypatch) -> tuple[ProgressStore, str]:
    from ailiteracy.core import store as store_mod

    monkeypatch.setattr(store_mod, "SEGMENT_SIZE", 3)
    store = ProgressStore(folder)
    attempt = store.start_attempt("m")
    for n in range(9):
        store.save_answer(attempt, f"q{n}", "a", 1.0)
    return store, attempt.id


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff",
        b'{"answers": [1, 2, 3]}',
        b'{"answers": {"1": {"attempt": 5}}}',
        b'{"answers": {"1": "text"}}',
        b'{"answers": {"x": {}}}',
        b"[" * 50_000,
    ],
)
def test_damaged_older_segment_is_moved_aside_and_others_stay_readable(
    tmp_path: Path, monkeypatch, damage: bytes
) -> None:
    folder = tmp_path / "data"
    store, attempt = store_with_segments(folder, monkeypatch)
    segment = folder / "history" / "000002.json"
    segment.write_bytes(damage)
    questions = [a.question for a in store.answers(attempt=attempt)]
    assert questions == ["q0", "q1", "q2", "q6", "q7", "q8"]
    assert store.latest_answers(attempt).keys() == {"q0", "q1", "q2", "q6", "q7", "q8"}
    notices = [n for n in store.notices if n.path == segment]
    assert len(notices) == 1 and notices[0].kind is NoticeKind.RESET
    assert notices[0].moved_to.read_bytes() == damage
    store.answers()  # reported once, not at every read
    assert len([n for n in store.notices if n.path == segment]) == 1
    store.close()
    only_data_written(tmp_path)


def test_truncated_older_segment_keeps_its_complete_answers(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "data"
    store, attempt = store_with_segments(folder, monkeypatch)
    segment = folder / "history" / "000001.json"
    raw = segment.read_bytes()
    segment.write_bytes(raw[: raw.index(b'"3"')])  # q0 and q1 are complete
    assert [a.question for a in store.answers()][:2] == ["q0", "q1"]
    notice = next(n for n in store.notices if n.path == segment)
    assert notice.kind is NoticeKind.RECOVERED and notice.kept == 2
    store.close()


# --------------------------------------------------------------------------- saving stops


def test_failed_save_keeps_the_store_usable_and_is_reported_once(tmp_path: Path, monkeypatch):
    store = filled_store(tmp_path / "data")
    heard = []
    store.on_stop(heard.append)

    def refuse(path, text, *, private=False):
        raise PermissionError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(storage, "atomic_write_text", refuse)
    store.mark_lesson_read("m", "l3")  # no exception
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q2", "b", 1.0)
    store.set_setting("theme", "contrast")
    assert len(heard) == 1 and heard[0].kind is NoticeKind.SAVE_FAILED
    assert "Read-only" in heard[0].error and store.read_only
    assert store.summary("m").lessons_read == 3  # the session goes on in memory
    assert store.get_setting("theme") == "contrast"
    assert [n.kind for n in store.notices] == [NoticeKind.SAVE_FAILED]
    store.close()
    monkeypatch.undo()
    again = ProgressStore(tmp_path / "data")
    assert again.summary("m").lessons_read == 2  # what was saved before is intact
    assert again.get_setting("theme") == "dark"
    again.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_learner_files_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    registry = ProfileRegistry(data)
    ana = registry.create("Ana")
    store = ProgressStore(registry.folder(ana.id))
    attempt = store.start_attempt("m")
    store.save_answer(attempt, "q", "a", 1.0)
    store.close()
    registry.close()
    for path in data.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


# --------------------------------------------------------------------------- teacher PIN


def test_damaged_teacher_file_never_reads_as_no_pin(tmp_path: Path) -> None:
    data = tmp_path / "data"
    clock = FakeClock()
    data.mkdir()
    TeacherPin(data, clock=clock).set_pin("4812")
    raw = (data / "teacher.json").read_bytes()
    (data / "teacher.last-good.json").unlink()
    for cut in range(len(raw.rstrip())):  # every cut that loses more than the last newline
        (data / "teacher.json").write_bytes(raw[:cut])
        lock = TeacherPin(data, clock=clock)
        assert lock.is_set() and lock.damaged and lock.state is TeacherPinState.DAMAGED
        assert not lock.check("4812") and not lock.check("0000")
        with pytest.raises(PermissionError):
            lock.set_pin("1111")
        assert (data / "teacher.json").read_bytes() == raw[:cut]  # left for the administrator
        clock.advance(3600)
    # The administrator's policy still opens teacher mode.
    policy = hash_pin("97531")
    assert TeacherPin(data, policy, clock=clock).check("97531")


def test_damaged_teacher_file_is_restored_from_its_copy(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    TeacherPin(data).set_pin("4812")
    (data / "teacher.json").write_text('{"pin_hash": 5}', encoding="utf-8")
    lock = TeacherPin(data)
    assert lock.state is TeacherPinState.RESTORED and lock.moved_to.exists()
    assert lock.check("4812")


def test_teacher_lockout_survives_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    clock = FakeClock()
    TeacherPin(data, clock=clock).set_pin("4812")
    for _ in range(3):
        assert not TeacherPin(data, clock=clock).check("1111")  # a new lock for each try
    again = TeacherPin(data, clock=clock)
    assert again.wait_seconds() == LOCK_FIRST_SECONDS
    assert again.check_pin("4812").result is PinResult.LOCKED  # the right PIN waits too
    clock.advance(LOCK_FIRST_SECONDS)
    assert TeacherPin(data, clock=clock).check_pin("0000").wait_seconds == 2 * LOCK_FIRST_SECONDS
    clock.advance(2 * LOCK_FIRST_SECONDS)
    assert TeacherPin(data, clock=clock).check("4812")
    assert json.loads((data / "teacher.json").read_text())["failed"] == 0


def test_teacher_lock_with_a_policy_pin_is_kept_too(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    clock = FakeClock()
    policy = hash_pin("97531")
    for _ in range(3):
        TeacherPin(data, policy, clock=clock).check("1111")
    assert TeacherPin(data, policy, clock=clock).wait_seconds() == LOCK_FIRST_SECONDS


# --------------------------------------------------------------------------- policy


def test_policy_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes("\ufeffguest_only = true\nidle_minutes = 10\n".encode())
    policy = load_policy(path)
    assert policy.guest_only and policy.idle_minutes == 10


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"teacher_pin_hash": "1234"}, "teacher_pin_hash"),
        ({"teacher_pin_hash": "scrypt$16384$8$1$abc$def"}, "python -m ailiteracy.core.pins"),
        ({"idle_minutes": 100_000}, "at most 1440"),
        ({"idle_minutes": -1}, "cannot be negative"),
        ({"idle_minutes": True}, "'idle_minutes' must be a whole number"),
        ({"guest_only": "yes"}, "'guest_only' has the wrong kind of value"),
        ({"gest_only": True}, "unknown setting 'gest_only'"),
        ({"pin_min_length": 3}, "'pin_min_length' must be"),
        ({"default_text_size": 120}, "'default_text_size' must be one of"),
        ({"default_language": "fr"}, "'default_language' must be"),
        ({"content_folders": ["ok", 7]}, "'content_folders' must be a list of folder paths"),
        ({"xapi_endpoint": "ftp://lrs.example.org"}, "'xapi_endpoint' must be a web address"),
        ({"xapi_activity_base": "https://"}, "'xapi_activity_base' must be a web address"),
        ({"xapi_learners": []}, "'xapi_learners' must list profile names"),
        ({"xapi_learners": ["Ana", " "]}, "'xapi_learners' must list profile names"),
    ],
)
def test_policy_mistakes_are_reported(data, words: str) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(data)
    assert words in str(caught.value)


def test_policy_pin_hash_made_by_the_tool_is_accepted() -> None:
    encoded = hash_pin("2468")
    assert parse_policy({"teacher_pin_hash": encoded}).teacher_pin_hash == encoded
    assert parse_policy({"idle_minutes": 1440}).idle_minutes == 1440


def test_policy_lists_are_tidied_and_set_keys_remembered() -> None:
    policy = parse_policy(
        {"content_folders": ["/srv/lessons"], "xapi_learners": [" Ana ", "Ben"], "idle_minutes": 5}
    )
    assert policy.content_folders == (Path("/srv/lessons"),)
    assert policy.xapi_learners == ("Ana", "Ben")
    assert policy.locked("idle_minutes") and not policy.locked("guest_only")
    assert parse_policy({}).xapi_learners == ("*",)


def test_no_stale_temporary_file_blocks_a_read_only_open(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    filled_store(folder).close()
    (folder / f"progress.json.1{storage.TMP_SUFFIX}").write_text("half", encoding="utf-8")
    store = ProgressStore(folder)
    assert store.notices == [] and store.summary("m").best == 80
    assert not any(p.name.endswith(storage.TMP_SUFFIX) for p in folder.iterdir())
    store.close()
    assert os.listdir(tmp_path) == ["data"]


@FAST
@given(field=st.sampled_from(["pin_hash", "failed", "locked_until"]), value=JSON_VALUES)
def test_wrong_type_in_teacher_file_never_reads_as_no_pin(tmp_path: Path, field, value) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as tmp:
        data = Path(tmp)
        stored = {"pin_hash": VALID_HASH, "failed": 0, "locked_until": ""}
        stored[field] = value
        (data / "teacher.json").write_text(json.dumps(stored), encoding="utf-8")
        lock = TeacherPin(data)
        assert lock.is_set() or value == ""  # an empty hash is a file with no PIN in it
        assert not lock.check("0000")


def test_guest_wrong_pins_are_counted_across_dialogs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    clock = FakeClock()
    TeacherPin(data, clock=clock).set_pin("4812")
    before = (data / "teacher.json").read_bytes()
    for _ in range(3):
        assert not TeacherPin(data, clock=clock, keep_on_disk=False).check("1111")
    assert TeacherPin(data, clock=clock, keep_on_disk=False).wait_seconds() == LOCK_FIRST_SECONDS
    assert (data / "teacher.json").read_bytes() == before  # a guest session writes nothing
