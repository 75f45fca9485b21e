"""Teacher mode and "Assigned to me" from the main window and the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ailiteracy.core.assignments import AssignmentItem, dump_assignment, new_assignment
from ailiteracy.core.pins import hash_pin
from ailiteracy.core.policy import Policy
from ailiteracy.ui.controller import AppController


def make_assignment(folder: Path) -> Path:
    a = new_assignment(
        class_name="7B",
        title="Week 1",
        due=dt.date(2030, 1, 31),
        pass_mark=60,
        items=[AssignmentItem("demo", (), True)],
    )
    path = folder / "week-1.ailiteracy-assignment"
    path.write_bytes(dump_assignment(a))
    return path


def test_assignment_file_on_the_command_line(qtbot, content_root, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("ailiteracy.core.paths.content_dir", lambda: content_root)
    path = make_assignment(tmp_path)
    c = AppController(tmp_path / "data", Policy(), files=[path, path])
    c.registry.create("Ana")  # not a first run: no welcome
    try:
        assert c.begin()
        window = c.window
        assert window.stack.currentWidget() is window.assigned_view
        assert window.assigned_view.tree.topLevelItemCount() == 1  # the same file twice: once
        assert "Week 1" in window.assigned_view.tree.topLevelItem(0).text(0)
    finally:
        c.shutdown()


def test_teacher_mode_needs_the_policy_pin(start, qtbot, monkeypatch) -> None:
    window = start(policy=Policy(teacher_pin_hash=hash_pin("2468")))
    answers = []

    def fake_ask(parent, lock, **_kwargs) -> bool:
        answers.append(lock.fixed)
        return lock.check("1111")

    monkeypatch.setattr("ailiteracy.ui.teacher.pin.ask_teacher_pin", fake_ask)
    window.teacher_action.trigger()
    assert answers == [True]
    assert window.stack.currentWidget() is not window._teacher_view

    monkeypatch.setattr(
        "ailiteracy.ui.teacher.pin.ask_teacher_pin", lambda parent, lock, **_k: lock.check("2468")
    )
    window.teacher_action.trigger()
    assert window.stack.currentWidget() is window.teacher_view
    window.teacher_view.leave.emit()
    assert window.stack.currentWidget() is window.home


def test_dropping_an_assignment_file_on_the_window(start, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from ailiteracy.core.assignments import ASSIGNMENT_SUFFIX
    from ailiteracy.core.transfer import EXTENSION
    from ailiteracy.ui.mainwindow import dragdrop

    assert (dragdrop.ASSIGNMENT_FILE_SUFFIX, dragdrop.PROGRESS_FILE_SUFFIX) == (
        ASSIGNMENT_SUFFIX,
        EXTENSION,
    )
    window = start()
    path = make_assignment(tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    assert window.dropped_files(data.urls()) == [path]
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.stack.currentWidget() is window.assigned_view
    assert window.assigned_view.tree.topLevelItemCount() == 1


def test_the_teacher_package_loads_a_part_only_when_it_is_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import ailiteracy.ui.teacher.common\n"
        "print('ailiteracy.ui.teacher.view' in sys.modules)\n"
        "from ailiteracy.ui.teacher import TeacherView, ask_teacher_pin\n"
        "print(TeacherView.__module__, ask_teacher_pin.__module__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == [
        "False",
        "ailiteracy.ui.teacher.view",
        "ailiteracy.ui.teacher.pin",
    ]
