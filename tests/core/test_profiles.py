"""Learner profiles: names, PIN hashes on disk, lockout, rename, delete, and adopting old data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ailiteracy.core import pins
from ailiteracy.core.profiles import (
    LOCK_MAX_SECONDS,
    PinCheck,
    PinResult,
    ProfileError,
    ProfileErrorKind,
    ProfileRegistry,
    lock_seconds,
)
from ailiteracy.core.store import ProgressStore

# PINs are hashed at a low cost: these tests are about the rules around them.
pytestmark = pytest.mark.usefixtures("quick_hashes")


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def registry(tmp_path: Path, clock: FakeClock) -> ProfileRegistry:
    reg = ProfileRegistry(tmp_path, clock=clock)
    yield reg
    reg.close()


def kind_of(excinfo: pytest.ExceptionInfo[ProfileError]) -> ProfileErrorKind:
    return excinfo.value.kind


def test_create_list_and_folder(registry: ProfileRegistry, tmp_path: Path) -> None:
    ana = registry.create("  Ana  ")
    ben = registry.create("ben")
    assert ana.name == "Ana" and not ana.has_pin
    assert [p.name for p in registry.list()] == ["Ana", "ben"]
    assert registry.get(ben.id) == ben
    folder = registry.folder(ana.id)
    assert folder == tmp_path / "profiles" / ana.id
    assert folder.is_dir()
    assert ana.id != ben.id and ana.id.isalnum()
    assert ana.created == "2025-03-01T09:00:00+00:00"


def test_profiles_survive_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    first = ProfileRegistry(tmp_path, clock=clock)
    made = first.create("Chen Wei", "2580")
    first.close()
    again = ProfileRegistry(tmp_path, clock=clock)
    assert again.list() == [made]
    assert again.check_pin(made.id, "2580").result is PinResult.OK
    again.close()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("", ProfileErrorKind.NAME_EMPTY),
        ("   \t\n", ProfileErrorKind.NAME_EMPTY),
        ("x" * 41, ProfileErrorKind.NAME_TOO_LONG),
        ("ANA", ProfileErrorKind.NAME_TAKEN),
        (" ana ", ProfileErrorKind.NAME_TAKEN),
    ],
)
def test_bad_names(registry: ProfileRegistry, name: str, kind: ProfileErrorKind) -> None:
    registry.create("Ana")
    with pytest.raises(ProfileError) as excinfo:
        registry.create(name)
    assert kind_of(excinfo) is kind
    assert [p.name for p in registry.list()] == ["Ana"]


def test_forty_characters_is_fine(registry: ProfileRegistry) -> None:
    assert registry.create("x" * 40).name == "x" * 40


def test_bad_pin_creates_nothing(registry: ProfileRegistry, tmp_path: Path) -> None:
    for pin in ("12", "12345678901234", "abcd"):
        with pytest.raises(ProfileError) as excinfo:
            registry.create("Ana", pin)
        assert kind_of(excinfo) is ProfileErrorKind.BAD_PIN
    assert registry.list() == []
    assert not (tmp_path / "profiles").exists() or not any((tmp_path / "profiles").iterdir())


def test_only_hashes_are_on_disk(registry: ProfileRegistry, tmp_path: Path) -> None:
    ana = registry.create("Ana", "739155")
    registry.create("Ben", "8264")
    registry.set_pin(ana.id, "40517362")
    text = (tmp_path / "profiles.json").read_text(encoding="utf-8")
    for pin in ("739155", "8264", "40517362"):
        assert pin not in text
    rows = json.loads(text)["profiles"].values()
    assert sorted(row["name"] for row in rows) == ["Ana", "Ben"]  # both rows are checked
    # scrypt at this module's low cost (tests/core/test_pins.py checks the real cost)
    assert all(row["pin_hash"].startswith(f"scrypt${pins.SCRYPT_N}$8$1$") for row in rows)


def test_right_and_wrong_pin(registry: ProfileRegistry) -> None:
    ana = registry.create("Ana", "1234")
    assert registry.check_pin(ana.id, "4321") == PinCheck(PinResult.WRONG, 0)
    assert registry.check_pin(ana.id, "") == PinCheck(PinResult.WRONG, 0)
    assert registry.check_pin(ana.id, "1234") == PinCheck(PinResult.OK, 0)


def test_profile_without_pin_needs_none(registry: ProfileRegistry) -> None:
    ben = registry.create("Ben")
    assert registry.check_pin(ben.id, "").result is PinResult.OK


def test_lockout_doubles_and_unlocks_with_time(registry: ProfileRegistry, clock: FakeClock) -> None:
    ana = registry.create("Ana", "1234")
    assert registry.check_pin(ana.id, "0000") == PinCheck(PinResult.WRONG, 0)
    assert registry.check_pin(ana.id, "0000") == PinCheck(PinResult.WRONG, 0)
    assert registry.check_pin(ana.id, "0000") == PinCheck(PinResult.WRONG, 30)
    # While locked even the right PIN is not checked.
    assert registry.check_pin(ana.id, "1234") == PinCheck(PinResult.LOCKED, 30)
    clock.advance(10.5)
    assert registry.check_pin(ana.id, "1234") == PinCheck(PinResult.LOCKED, 20)
    assert registry.lock_wait(ana.id) == 20
    clock.advance(20)
    assert registry.lock_wait(ana.id) == 0
    assert registry.check_pin(ana.id, "0000") == PinCheck(PinResult.WRONG, 60)
    clock.advance(60)
    assert registry.check_pin(ana.id, "0000") == PinCheck(PinResult.WRONG, 120)
    clock.advance(120)
    assert registry.check_pin(ana.id, "1234") == PinCheck(PinResult.OK, 0)
    # A right PIN resets the count: two wrong ones do not lock again.
    assert registry.check_pin(ana.id, "0000") == PinCheck(PinResult.WRONG, 0)
    assert registry.check_pin(ana.id, "0000") == PinCheck(PinResult.WRONG, 0)
    assert registry.get(ana.id).failed == 2


def test_lock_is_capped_at_fifteen_minutes() -> None:
    assert [lock_seconds(n) for n in range(1, 10)] == [0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert lock_seconds(500) == LOCK_MAX_SECONDS == 900


def test_lockout_survives_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    registry = ProfileRegistry(tmp_path, clock=clock)
    ana = registry.create("Ana", "1234")
    for _ in range(3):
        registry.check_pin(ana.id, "9999")
    registry.close()
    again = ProfileRegistry(tmp_path, clock=clock)
    assert again.check_pin(ana.id, "1234") == PinCheck(PinResult.LOCKED, 30)
    clock.advance(30)
    assert again.check_pin(ana.id, "9999") == PinCheck(PinResult.WRONG, 60)  # count kept
    again.close()


def test_clock_turned_back_never_locks_longer_than_the_maximum(
    registry: ProfileRegistry, clock: FakeClock
) -> None:
    ana = registry.create("Ana", "1234")
    for _ in range(3):
        registry.check_pin(ana.id, "9999")
    clock.advance(-86400)
    assert registry.check_pin(ana.id, "1234") == PinCheck(PinResult.LOCKED, LOCK_MAX_SECONDS)
    clock.advance(LOCK_MAX_SECONDS)
    assert registry.check_pin(ana.id, "1234").result is PinResult.OK


def test_set_and_remove_pin(registry: ProfileRegistry, clock: FakeClock) -> None:
    ana = registry.create("Ana")
    assert registry.set_pin(ana.id, "5555").has_pin
    assert registry.check_pin(ana.id, "").result is PinResult.WRONG
    assert registry.check_pin(ana.id, "5555").result is PinResult.OK
    with pytest.raises(ProfileError) as excinfo:
        registry.set_pin(ana.id, "55")
    assert kind_of(excinfo) is ProfileErrorKind.BAD_PIN
    assert registry.check_pin(ana.id, "5555").result is PinResult.OK
    for _ in range(3):
        registry.check_pin(ana.id, "0000")
    changed = registry.set_pin(ana.id, None)
    assert not changed.has_pin and changed.failed == 0 and changed.locked_until == ""
    assert registry.check_pin(ana.id, "").result is PinResult.OK


def test_rename(registry: ProfileRegistry) -> None:
    ana = registry.create("Ana")
    registry.create("Ben")
    assert registry.rename(ana.id, "ANA").name == "ANA"  # same profile: not "taken"
    with pytest.raises(ProfileError) as excinfo:
        registry.rename(ana.id, "ben")
    assert kind_of(excinfo) is ProfileErrorKind.NAME_TAKEN
    with pytest.raises(ProfileError) as excinfo:
        registry.rename("nobody", "Cara")
    assert kind_of(excinfo) is ProfileErrorKind.NOT_FOUND
    assert sorted(p.name for p in registry.list()) == ["ANA", "Ben"]


def test_delete_removes_the_folder_and_record(registry: ProfileRegistry) -> None:
    ana = registry.create("Ana", "1234")
    ben = registry.create("Ben")
    folder = registry.folder(ana.id)
    store = ProgressStore(folder)
    attempt = store.start_attempt("demo")
    store.save_answer(attempt, "q1", "a", 1.0)
    store.close()
    (folder / "history" / "notes.txt").write_text("x")
    registry.delete(ana.id)
    assert not folder.exists()
    assert [p.id for p in registry.list()] == [ben.id]
    with pytest.raises(ProfileError) as excinfo:
        registry.get(ana.id)
    assert kind_of(excinfo) is ProfileErrorKind.NOT_FOUND
    assert registry.folder(ben.id).is_dir()
    assert registry.create("Ana").id != ana.id  # the name is free again


def test_unknown_ids_are_not_found(registry: ProfileRegistry) -> None:
    for bad in ("nobody", "../profiles", ""):
        with pytest.raises(ProfileError) as excinfo:
            registry.delete(bad)
        assert kind_of(excinfo) is ProfileErrorKind.NOT_FOUND
        with pytest.raises(ProfileError):
            registry.folder(bad)
        with pytest.raises(ProfileError):
            registry.check_pin(bad, "1234")


def test_hand_edited_row_with_unsafe_id_is_ignored(tmp_path: Path, clock: FakeClock) -> None:
    victim = tmp_path / "outside"
    victim.mkdir()
    (tmp_path / "profiles.json").write_text(
        json.dumps({"profiles": {"1": {"id": "../outside", "name": "Evil"}}}), encoding="utf-8"
    )
    registry = ProfileRegistry(tmp_path, clock=clock)
    assert registry.list() == []
    with pytest.raises(ProfileError):
        registry.delete("../outside")
    assert victim.is_dir()
    registry.close()


def test_adopts_the_default_folder_of_older_versions(tmp_path: Path, clock: FakeClock) -> None:
    old = ProgressStore(tmp_path / "profiles" / "default")
    old.mark_lesson_read("demo", "first")
    old.close()
    registry = ProfileRegistry(tmp_path, clock=clock)
    profiles = registry.list()
    assert [(p.id, p.name, p.has_pin) for p in profiles] == [("default", "Learner", False)]
    store = ProgressStore(registry.folder("default"))
    assert store.lesson_states()[("demo", "first")].read
    store.close()
    registry.rename("default", "Dana")
    registry.close()
    again = ProfileRegistry(tmp_path, clock=clock)
    assert [(p.id, p.name) for p in again.list()] == [("default", "Dana")]
    again.delete("default")
    assert again.list() == []
    assert not (tmp_path / "profiles" / "default").exists()
    again.close()


def test_adopted_name_does_not_clash(tmp_path: Path, clock: FakeClock) -> None:
    registry = ProfileRegistry(tmp_path, clock=clock)
    registry.create("learner")
    (tmp_path / "profiles" / "default").mkdir(parents=True)
    assert [p.name for p in registry.list()] == ["learner", "Learner 2"]  # sorted by name
    registry.close()


def test_no_default_folder_nothing_adopted(registry: ProfileRegistry) -> None:
    assert registry.list() == []


def test_damaged_registry_is_moved_aside(tmp_path: Path, clock: FakeClock) -> None:
    (tmp_path / "profiles.json").write_text('{"profiles": {"1": {"id": "abc", "na', "utf-8")
    registry = ProfileRegistry(tmp_path, clock=clock)
    assert len(registry.notices) == 1
    assert registry.notices[0].moved_to.exists()
    assert registry.create("Ana").name == "Ana"
    registry.close()


# ---------------------------------------------------------------------- stable learner id


def test_every_new_profile_gets_its_own_random_learner_id(registry: ProfileRegistry) -> None:
    first = registry.create("Learner 1")
    second = registry.create("Learner 2")
    assert len(first.learner_id) == 32 and int(first.learner_id, 16) >= 0
    assert first.learner_id != second.learner_id
    assert registry.get(first.id).learner_id == first.learner_id


def test_an_older_profile_gets_a_learner_id_on_first_read_and_keeps_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    reg = ProfileRegistry(tmp_path, clock=clock)
    made = reg.create("Ana")
    reg.close()
    path = tmp_path / "profiles.json"
    data = json.loads(path.read_text("utf-8"))
    for row in data["profiles"].values():
        del row["learner_id"]
    path.write_text(json.dumps(data), "utf-8")

    reg = ProfileRegistry(tmp_path, clock=clock)
    given = reg.get(made.id).learner_id
    assert given and given != made.learner_id
    assert reg.list()[0].learner_id == given
    reg.close()
    reg = ProfileRegistry(tmp_path, clock=clock)
    assert reg.get(made.id).learner_id == given
    reg.close()


def test_an_older_profile_keeps_the_id_its_results_already_carry(
    tmp_path: Path, clock: FakeClock
) -> None:

    store = ProgressStore(tmp_path / "profiles" / "default")
    store.set_setting("learner_id", "0123456789abcdef0123456789abcdef")
    store.close()
    reg = ProfileRegistry(tmp_path, clock=clock)
    assert reg.get("default").learner_id == "0123456789abcdef0123456789abcdef"
    reg.close()
