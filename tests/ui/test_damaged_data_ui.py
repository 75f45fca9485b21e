"""Damaged data and a data folder that cannot be used, as the person at the PC sees it."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ailiteracy.core import storage
from ailiteracy.core.pins import TeacherPin
from ailiteracy.core.policy import Policy
from ailiteracy.core.profiles import ProfileRegistry
from ailiteracy.ui import app as app_mod
from ailiteracy.ui.controller import AppController
from ailiteracy.ui.teacher.pin import EnterPinDialog


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes the app shows, as (title, text), instead of showing them."""
    shown: list[tuple[str, str]] = []

    def warn(_parent, title, text, *_args, **_kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown


def run_app(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "ailiteracy", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# --------------------------------------------------------------------------- damaged files


def test_damaged_list_of_learners_is_explained_and_nobody_is_lost(
    qtbot, content_root: Path, tmp_path: Path, monkeypatch, warnings
) -> None:
    monkeypatch.setattr("ailiteracy.core.paths.content_dir", lambda: content_root)
    data = tmp_path / "data"
    registry = ProfileRegistry(data)
    ana = registry.create("Ana", "1234")
    registry.create("Ben")
    registry.close()
    raw = (data / "profiles.json").read_bytes()
    (data / "profiles.json").write_bytes(raw[:-1])  # one byte missing at the end

    controller = AppController(data, Policy())
    picked = []
    controller.pick = lambda: picked.append(controller.registry.list()) or False
    try:
        assert not controller.begin()
        assert [p.name for p in picked[0]] == ["Ana", "Ben"]  # no new "Learner" profile
        assert controller.registry.get(ana.id).has_pin
        assert len(warnings) == 1
        title, text = warnings[0]
        assert "restored from its safety copy" in text and "profiles.corrupt-" in text
        assert "<" not in text  # plain words, no markup
    finally:
        controller.shutdown()


def test_saving_that_stops_mid_session_keeps_the_app_usable(
    start, qtbot, monkeypatch, warnings
) -> None:
    window = start()
    window.open_lesson("demo", "first")

    def refuse(path, text, *, private=False):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(storage, "atomic_write_text", refuse)
    assert window.open_lesson("demo", "second") is not False
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert window.lesson_view.lesson.id == "second"  # the click was not lost
    window.open_lesson("demo", "first")
    window.open_lesson("demo", "second")
    QApplication.processEvents()  # let any queued message come (none must)
    assert len(warnings) == 1  # said once
    title, text = warnings[0]
    assert "nothing more will be saved" in text and "Permission denied" in text
    assert window.saving_banner.isVisible()
    assert "Nothing more is saved" in window.saving_banner.text()
    assert window.lesson_view.lesson.id == "second"


def test_damaged_teacher_pin_file_keeps_teacher_mode_locked(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "teacher.json").write_text('{"pin_hash": ', encoding="utf-8")
    lock = TeacherPin(data)
    dialog = EnterPinDialog(lock)  # not the dialog that chooses a new PIN
    qtbot.addWidget(dialog)
    message = dialog.message.text()
    assert "damaged" in message and str(data / "teacher.json") in message
    dialog.pin_edit.setText("1234")
    assert not dialog.try_accept()


# --------------------------------------------------------------------------- start-up


def test_self_test_leaves_a_real_data_folder_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    registry = ProfileRegistry(data)
    registry.create("Ana", "1234")
    registry.close()
    before = snapshot(data)
    result = run_app("--self-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("self-test: OK")
    assert snapshot(data) == before  # nothing written, nothing left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_data_dir_that_is_a_file_gets_a_plain_message(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")
    result = run_app("--self-test", "--data-dir", str(target))
    assert result.returncode == 2
    assert "is a file, not a folder" in result.stderr and str(target) in result.stderr
    assert "Traceback" not in result.stderr and "Errno" not in result.stderr
    assert target.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("content", [b"", b"\x00\xff not a lock file"])
def test_left_over_unreadable_lock_file_is_taken_over(tmp_path: Path, content: bytes) -> None:
    data = tmp_path / "data"
    data.mkdir()
    lock = data / app_mod.LOCK_NAME
    lock.write_bytes(content)
    old = time.time() - 60
    os.utime(lock, (old, old))  # left by a copy killed a minute ago
    result = run_app("--self-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert not lock.exists()


def test_fresh_unreadable_lock_file_is_not_taken_over(qapp, tmp_path: Path) -> None:
    (tmp_path / app_mod.LOCK_NAME).write_bytes(b"")  # another copy may be writing it now
    assert app_mod.take_lock(tmp_path) is None


def test_unwritable_data_folder_says_so_and_where(qapp, tmp_path: Path, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(app_mod.tempfile, "mkstemp", refuse)
    message = app_mod.prepare_data_dir(tmp_path / "data")
    assert "cannot be written" in message and str(tmp_path / "data") in message
    assert "Read-only file system" in message and "already open" not in message


def test_windows_policy_folder_ignores_the_environment(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "mine"))
    paths = app_mod.QStandardPaths
    home = paths.writableLocation(paths.StandardLocation.HomeLocation)
    folder = app_mod.program_data_folder()
    assert not str(folder).startswith(str(tmp_path))
    assert not folder.is_relative_to(Path(home))  # never a folder the learner can write


def test_policy_with_garbage_pin_hash_stops_with_a_plain_message(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('teacher_pin_hash = "not a hash"\n', encoding="utf-8")
    result = run_app("--self-test", "--policy", str(policy), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 2
    assert "teacher_pin_hash" in result.stderr and "Traceback" not in result.stderr
    assert policy.read_text(encoding="utf-8") == 'teacher_pin_hash = "not a hash"\n'


def test_pin_dialogs_name_the_policy_length(qtbot, tmp_path: Path) -> None:
    from ailiteracy.ui.teacher.pin import SetPinDialog

    dialog = SetPinDialog(TeacherPin(tmp_path, min_length=6))
    qtbot.addWidget(dialog)
    dialog.pin_edit.setText("1234")
    dialog.repeat_edit.setText("1234")
    assert not dialog.try_accept()
    assert "6 to 12 digits" in dialog.message.text()
