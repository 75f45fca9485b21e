"""Crash-safe files and opening a damaged database: the storage layer on its own."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
from pathlib import Path

import pytest

from ailiteracy.core import storage
from ailiteracy.core.storage import (
    NoticeKind,
    StoreNotice,
    WriteGuard,
    atomic_write_bytes,
    backup_path,
    depth_ok,
    load_checked,
    open_db,
    private_mkdir,
    remove_stale_temp_files,
)

NOW = dt.datetime(2026, 3, 1, 8, 30)
ROWS = {"lessons": {"1": {"module": "m", "read": True}, "2": {"module": "n", "read": False}}}


def write_json(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value), encoding="utf-8")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(storage.TMP_SUFFIX))


# --------------------------------------------------------------------------- writing


def test_a_target_held_for_a_moment_is_written_on_a_later_try(tmp_path: Path, monkeypatch):
    target = tmp_path / "progress.json"
    target.write_bytes(b"old")
    real_replace, tries, waits = os.replace, [], []

    def busy_twice(src, dst) -> None:
        tries.append(dst)
        if len(tries) <= 2:
            raise PermissionError(errno.EACCES, "in use")
        real_replace(src, dst)

    monkeypatch.setattr(storage.os, "replace", busy_twice)
    monkeypatch.setattr(storage.time, "sleep", waits.append)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(tries) == 3 and waits == [0.05, 0.1]
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("error", "tries"),
    [(PermissionError(errno.EACCES, "in use"), 5), (OSError(errno.EIO, "io"), 1)],
)
def test_a_write_that_cannot_replace_the_file_keeps_the_old_one(
    tmp_path: Path, monkeypatch, error: OSError, tries: int
) -> None:
    target = tmp_path / "progress.json"
    target.write_bytes(b"old")
    calls = []

    def fail(src, dst) -> None:
        calls.append(dst)
        raise error

    monkeypatch.setattr(storage.os, "replace", fail)
    monkeypatch.setattr(storage.time, "sleep", lambda _s: None)
    with pytest.raises(type(error)):
        atomic_write_bytes(target, b"new")
    assert len(calls) == tries  # only "in use" (Windows) is worth another try
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []  # the temporary file is not left behind


def test_private_folders_are_made_for_the_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    atomic_write_bytes(folder / "x.json", b"{}", private=True)
    for made in (tmp_path / "a", folder):
        assert stat.S_IMODE(made.stat().st_mode) == storage.PRIVATE_DIR
    assert stat.S_IMODE((folder / "x.json").stat().st_mode) == storage.PRIVATE_FILE
    private_mkdir(folder)  # already there: fine
    (tmp_path / "file").write_text("")
    with pytest.raises(NotADirectoryError):
        private_mkdir(tmp_path / "file")


def test_stale_temporary_files_are_removed_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / f"progress.json.123{storage.TMP_SUFFIX}").write_text("half")
    (tmp_path / "progress.json").write_text("{}")
    remove_stale_temp_files(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.json"]
    remove_stale_temp_files(tmp_path / "missing")  # no folder: nothing to do


def test_after_a_failed_write_nothing_more_is_written_and_it_is_reported_once(
    tmp_path: Path, monkeypatch
) -> None:
    heard: list[StoreNotice] = []
    guard = WriteGuard([], listener=heard.append)
    guard.write(tmp_path / "one.json", "{}")
    assert (tmp_path / "one.json").read_text() == "{}" and not guard.read_only

    def full_disk(*_args, **_kwargs) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "atomic_write_text", full_disk)
    guard.write(tmp_path / "two.json", "{}")
    monkeypatch.undo()
    guard.write(tmp_path / "three.json", "{}")  # the disk has room again: still nothing
    assert guard.read_only
    assert [(n.kind, n.path.name, n.error) for n in heard] == [
        (NoticeKind.SAVE_FAILED, "two.json", "No space left on device")
    ]
    assert guard.notices == heard
    assert not (tmp_path / "three.json").exists()
    guard.stop(StoreNotice(NoticeKind.SAVE_FAILED, tmp_path / "four.json"))
    assert len(heard) == 1


def test_depth_limit() -> None:
    assert depth_ok({"a": [1, {"b": []}]}, limit=4)  # object, list, object, list
    assert not depth_ok({"a": [1, {"b": []}]}, limit=3)
    nested: object = 0
    for _ in range(storage.MAX_DEPTH + 1):
        nested = [nested]
    assert not depth_ok(nested) and depth_ok(nested[0])  # type: ignore[index]


# --------------------------------------------------------------------------- opening


def test_a_lost_file_comes_back_from_its_last_good_copy(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    write_json(backup_path(path), ROWS)
    notices: list[StoreNotice] = []
    assert load_checked(path, notices, backup=True) == ROWS
    assert [(n.kind, n.kept) for n in notices] == [(NoticeKind.RESTORED, 2)]
    # Without a copy (or without asking for one) a missing file is simply new.
    assert load_checked(path, [], backup=False) is None
    assert load_checked(tmp_path / "other.json", [], backup=True) is None


def test_a_damaged_file_is_restored_from_its_copy_keeping_newer_rows(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    write_json(backup_path(path), ROWS)
    newer = {"lessons": {"2": {"module": "n", "read": True}}}
    text = json.dumps(newer)
    path.write_text(text[:-1] + ', "3": [', encoding="utf-8")  # cut short after row 2
    notices: list[StoreNotice] = []
    kept = load_checked(path, notices, now=NOW, backup=True)
    assert kept == {"lessons": {"1": ROWS["lessons"]["1"], "2": newer["lessons"]["2"]}}
    (notice,) = notices
    assert notice.kind is NoticeKind.RESTORED and notice.kept == 2
    assert notice.moved_to == tmp_path / "progress.corrupt-20260301-083000.json"
    assert json.loads(path.read_text(encoding="utf-8")) == kept  # written back


def test_a_second_damaged_file_in_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    names = []
    for _ in range(3):
        path.write_text("{not json", encoding="utf-8")
        notices: list[StoreNotice] = []
        assert load_checked(path, notices, now=NOW) == {}
        assert notices[0].kind is NoticeKind.RESET
        names.append(notices[0].moved_to.name)
    assert names == [
        "progress.corrupt-20260301-083000.json",
        "progress.corrupt-20260301-083000-1.json",
        "progress.corrupt-20260301-083000-2.json",
    ]


def test_a_file_too_large_to_be_ours_is_moved_aside_unread(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "progress.json"
    write_json(path, ROWS)
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 10)
    notices: list[StoreNotice] = []
    assert load_checked(path, notices, now=NOW) == {}
    assert notices[0].kind is NoticeKind.RESET
    assert json.loads(notices[0].moved_to.read_text(encoding="utf-8")) == ROWS  # kept aside


def test_a_damaged_file_that_cannot_be_moved_stops_saving(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "progress.json"
    path.write_text('{"lessons": {"1": {"module": "m"}, "2": [', encoding="utf-8")

    def read_only_folder(*_args) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(storage.os, "replace", read_only_folder)
    with pytest.raises(PermissionError):
        load_checked(path, [], now=NOW)  # without a guard the caller decides
    guard = WriteGuard([])
    notices: list[StoreNotice] = []
    kept = load_checked(path, notices, now=NOW, guard=guard)
    assert kept == {"lessons": {"1": {"module": "m"}}}  # readable in memory
    assert guard.read_only and guard.notices[0].kind is NoticeKind.SAVE_FAILED
    assert notices[0].kind is NoticeKind.RECOVERED and notices[0].moved_to is None
    assert path.read_text(encoding="utf-8").endswith("[")  # left exactly as it was


def test_a_data_folder_that_cannot_be_made_gives_a_store_in_memory(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the folder should be")
    path = tmp_path / "blocked" / "progress.json"
    with pytest.raises(OSError):
        open_db(path, [])
    heard: list[StoreNotice] = []
    guard = WriteGuard([], listener=heard.append)
    db = open_db(path, [], guard=guard)
    db.table("lessons").insert({"module": "m"})
    assert [row["module"] for row in db.table("lessons").all()] == ["m"]
    assert [n.kind for n in heard] == [NoticeKind.SAVE_FAILED]
    assert (tmp_path / "blocked").is_file()
