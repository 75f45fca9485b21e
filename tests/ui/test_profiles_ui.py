"""The "Who is learning?" dialog, and exporting and importing progress files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ailiteracy.core.fileformat import FormatErrorKind
from ailiteracy.core.profiles import ProfileRegistry
from ailiteracy.core.store import ProgressStore
from ailiteracy.core.transfer import MAX_BYTES
from ailiteracy.ui.errors import Reader, file_problem_text
from ailiteracy.ui.profiles.picker import ProfilePicker
from ailiteracy.ui.profiles.transfer import (
    export_progress_dialog,
    import_progress_dialog,
    suggested_file_name,
)

# PINs are hashed at a low cost: these tests are about the rules around them.
pytestmark = pytest.mark.usefixtures("quick_hashes")


def transfer_error_text(kind: FormatErrorKind) -> str:
    return file_problem_text(kind, Reader.PROGRESS)


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def registry(tmp_path: Path, clock: FakeClock):
    reg = ProfileRegistry(tmp_path / "data", clock=clock)
    yield reg
    reg.close()


@pytest.fixture
def picker(qtbot, registry: ProfileRegistry):
    def _make(**flags) -> ProfilePicker:
        dialog = ProfilePicker(registry, **flags)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return _make


def create_profile(dialog: ProfilePicker, name: str, pin: str = "", again: str | None = None):
    dialog.new_button.click()
    assert dialog.pages.currentWidget() is dialog.name_page
    dialog.name_edit.setText(name)
    dialog.new_pin_edit.setText(pin)
    dialog.new_pin_repeat.setText(pin if again is None else again)
    dialog.name_ok.click()


def test_create_open_with_wrong_then_right_pin(picker, registry: ProfileRegistry, qtbot) -> None:
    dialog = picker()
    assert "no profiles yet" in dialog.status.text()
    create_profile(dialog, "Ana", "2468")
    assert dialog.pages.currentWidget() is dialog.list_page
    [ana] = registry.list()
    assert ana.name == "Ana" and ana.has_pin
    assert dialog.selected_id() == ana.id
    assert "(has a PIN)" in dialog.list.currentItem().text()
    assert "Ana" in dialog.status.text()

    dialog.open_button.click()
    assert dialog.pages.currentWidget() is dialog.pin_page
    assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
    assert "Ana" in dialog.pin_title.text()
    dialog.pin_edit.setText("1111")
    dialog.pin_ok.click()
    assert "not right" in dialog.pin_message.text()
    assert dialog.pin_edit.text() == ""  # the wrong PIN is not left in the field
    assert dialog.isVisible() and dialog.chosen_profile is None
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.pin_edit.setText("2468")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.chosen_profile == ana.id
    assert dialog.guest is False


def test_profile_without_pin_opens_directly(picker, registry: ProfileRegistry, qtbot) -> None:
    ben = registry.create("Ben")
    dialog = picker()
    assert dialog.selected_id() == ben.id
    dialog.list.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.chosen_profile == ben.id


def test_keyboard_only(picker, registry: ProfileRegistry, qtbot) -> None:
    dialog = picker()
    assert dialog.new_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.new_button.setFocus()
    qtbot.keyClick(dialog.new_button, Qt.Key.Key_Space)
    assert dialog.pages.currentWidget() is dialog.name_page
    assert dialog.name_ok.isDefault()
    qtbot.keyClicks(dialog.name_edit, "Cara")
    qtbot.keyClicks(dialog.new_pin_edit, "13579x")  # the x is refused: digits only
    qtbot.keyClicks(dialog.new_pin_repeat, "13579")
    assert dialog.new_pin_edit.text() == "13579"
    qtbot.keyClick(dialog.new_pin_repeat, Qt.Key.Key_Return)
    [cara] = registry.list()
    assert cara.name == "Cara" and cara.has_pin
    assert dialog.pages.currentWidget() is dialog.list_page
    assert dialog.open_button.isDefault()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.pages.currentWidget() is dialog.pin_page
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert "not right" in dialog.pin_message.text()
    assert registry.get(cara.id).failed == 1  # Enter checked the PIN once, not twice
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Escape)
    assert dialog.pages.currentWidget() is dialog.list_page and dialog.isVisible()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin_edit, "13579")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.chosen_profile == cara.id


def test_lockout_message_and_unlock(picker, registry: ProfileRegistry, clock: FakeClock) -> None:
    ana = registry.create("Ana", "2468")
    dialog = picker()
    dialog.open_button.click()
    for _ in range(3):
        dialog.pin_edit.setText("0000")
        dialog.pin_ok.click()
    assert "try again in 30 seconds" in dialog.pin_message.text()
    assert dialog.lock_timer.isActive()
    dialog.pin_edit.setText("2468")  # right, but locked: not even checked
    dialog.pin_ok.click()
    assert "locked" in dialog.pin_message.text()
    assert "30 seconds" in dialog.pin_message.text()
    assert dialog.chosen_profile is None
    clock.now += dt.timedelta(seconds=12)
    dialog.update_lock_message()
    assert "18 seconds" in dialog.pin_message.text()
    clock.now += dt.timedelta(seconds=18)
    dialog.update_lock_message()
    assert "try the PIN again now" in dialog.pin_message.text()
    assert not dialog.lock_timer.isActive()
    dialog.pin_edit.setText("2468")
    dialog.pin_ok.click()
    assert dialog.chosen_profile == ana.id


def test_locked_profile_says_so_when_chosen_again(picker, registry, clock) -> None:
    ana = registry.create("Ana", "2468")
    waits = []
    for _ in range(6):
        waits.append(registry.check_pin(ana.id, "0000").wait_seconds)
        clock.now += dt.timedelta(seconds=waits[-1])
    assert waits == [0, 0, 30, 60, 120, 240]
    clock.now -= dt.timedelta(seconds=10)  # 10 seconds of the 4-minute lock are left
    dialog = picker()
    dialog.open_button.click()
    assert "Too many wrong PINs" in dialog.pin_message.text()
    assert "10 seconds" in dialog.pin_message.text()
    clock.now -= dt.timedelta(seconds=200)
    dialog.update_lock_message()
    assert "4 minutes" in dialog.pin_message.text()
    clock.now += dt.timedelta(minutes=30)
    dialog.update_lock_message()
    assert "again now" in dialog.pin_message.text()


def test_creating_checks_name_and_pin(picker, registry: ProfileRegistry) -> None:
    registry.create("Ana")
    dialog = picker()
    create_profile(dialog, "   ")
    assert "type a name" in dialog.name_message.text()
    dialog.name_edit.setText("ana")
    dialog.name_ok.click()
    assert "already uses that name" in dialog.name_message.text()
    dialog.name_edit.setText("Ben")
    dialog.new_pin_edit.setText("12")
    dialog.new_pin_repeat.setText("12")
    dialog.name_ok.click()
    assert "4 to 12 digits" in dialog.name_message.text()
    dialog.new_pin_edit.setText("1234")
    dialog.new_pin_repeat.setText("1243")
    dialog.name_ok.click()
    assert "not the same" in dialog.name_message.text()
    assert [p.name for p in registry.list()] == ["Ana"]
    assert dialog.pages.currentWidget() is dialog.name_page
    dialog.new_pin_edit.setText("1234")
    dialog.new_pin_repeat.setText("1234")
    dialog.name_ok.click()
    assert [p.name for p in registry.list()] == ["Ana", "Ben"]


def test_rename_asks_for_the_pin(picker, registry: ProfileRegistry) -> None:
    ana = registry.create("Ana", "2468")
    dialog = picker()
    dialog.rename_button.click()
    assert dialog.pages.currentWidget() is dialog.pin_page
    dialog.pin_edit.setText("9999")
    dialog.pin_ok.click()
    assert dialog.pages.currentWidget() is dialog.pin_page
    dialog.pin_edit.setText("2468")
    dialog.pin_ok.click()
    assert dialog.pages.currentWidget() is dialog.name_page
    assert dialog.new_pin_edit.isHidden()
    dialog.name_edit.setText("Ana María")
    dialog.name_ok.click()
    assert registry.get(ana.id).name == "Ana María"
    assert "Ana María" in dialog.list.currentItem().text()


def test_set_and_remove_pin(picker, registry: ProfileRegistry, qtbot) -> None:
    ben = registry.create("Ben")
    dialog = picker()
    dialog.pin_button.click()
    assert dialog.pages.currentWidget() is dialog.set_pin_page
    assert dialog.remove_pin_button.isHidden()
    dialog.set_pin_edit.setText("8642")
    dialog.set_pin_repeat.setText("8642")
    dialog.set_pin_ok.click()
    assert registry.get(ben.id).has_pin
    dialog.pin_button.click()  # now the current PIN is needed first
    assert dialog.pages.currentWidget() is dialog.pin_page
    dialog.pin_edit.setText("8642")
    dialog.pin_ok.click()
    assert not dialog.remove_pin_button.isHidden()
    dialog.remove_pin_button.click()
    assert not registry.get(ben.id).has_pin
    assert "no longer has a PIN" in dialog.status.text()


def test_delete_needs_pin_and_confirmation(picker, registry: ProfileRegistry, qtbot) -> None:
    ana = registry.create("Ana", "2468")
    ben = registry.create("Ben")
    folder = registry.folder(ana.id)
    store = ProgressStore(folder)
    store.mark_lesson_read("demo", "first")
    store.close()
    dialog = picker()
    dialog.select(ana.id)
    dialog.delete_button.click()
    dialog.pin_edit.setText("2468")
    dialog.pin_ok.click()
    assert dialog.pages.currentWidget() is dialog.delete_page
    assert "for good" in dialog.delete_text.text()
    assert "this computer" in dialog.delete_text.text()
    assert dialog.delete_back.isDefault()  # Enter keeps the data
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.pages.currentWidget() is dialog.list_page
    assert folder.is_dir() and dialog.isVisible()

    dialog.select(ana.id)
    dialog.delete_button.click()
    dialog.pin_edit.setText("2468")
    dialog.pin_ok.click()
    dialog.delete_confirm.click()
    assert not folder.exists()
    assert [p.id for p in registry.list()] == [ben.id]
    assert dialog.list.count() == 1
    assert "deleted" in dialog.status.text()


def test_guest_and_flags(picker, registry: ProfileRegistry, qtbot) -> None:
    registry.create("Ana")
    locked_down = picker(allow_create=False, allow_guest=False)
    assert locked_down.new_button.isHidden()
    assert locked_down.guest_button.isHidden()
    locked_down.start_new()
    assert locked_down.pages.currentWidget() is locked_down.list_page
    locked_down.continue_as_guest()
    assert not locked_down.guest and locked_down.result() != QDialog.DialogCode.Accepted

    dialog = picker()
    assert not dialog.new_button.isHidden() and not dialog.guest_button.isHidden()
    with qtbot.waitSignal(dialog.accepted):
        dialog.guest_button.click()
    assert dialog.guest is True and dialog.chosen_profile is None


def test_every_control_has_an_accessible_name(picker) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton

    dialog = picker()
    controls = dialog.findChildren(QPushButton) + dialog.findChildren(QLineEdit)
    controls += dialog.findChildren(QListWidget)
    assert len(controls) > 10
    names = [QAccessible.queryAccessibleInterface(c).text(QAccessible.Text.Name) for c in controls]
    assert all(names)
    # a button's name is its text (descriptions add to it), as a screen reader reads it
    assert dialog.guest_button.text().replace("&", "") in names


# ---------------------------------------------------------------------- export and import


def filled_store(folder: Path | None) -> ProgressStore:
    store = ProgressStore(folder)
    store.mark_lesson_read("demo", "first")
    attempt = store.start_attempt("demo")
    store.save_answer(attempt, "q-single", "b", 1.0)
    store.save_answer(attempt, "q-tf", False, 0.0)
    store.finish_attempt(attempt, 50, False)
    return store


def test_export_then_import_with_summary(qtbot, tmp_path: Path) -> None:
    home = filled_store(tmp_path / "home")
    shown: list[QMessageBox] = []
    target = tmp_path / "usb" / "ana.ailiteracy-progress"
    written = export_progress_dialog(None, home, "Ana", target, show=shown.append)
    assert written == target and target.is_file()
    assert str(target) in shown[-1].text()
    assert shown[-1].icon() == QMessageBox.Icon.Information

    library = ProgressStore(tmp_path / "library")
    report = import_progress_dialog(None, library, target, show=shown.append)
    assert report is not None and report.attempts_added == 1 and report.answers_added == 2
    summary = shown[-1].text()
    assert "Ana" in summary and "New answers: 2" in summary and "New quiz attempts: 1" in summary
    assert library.summary("demo").best == 50

    again = import_progress_dialog(None, library, target, show=shown.append)
    assert again is not None and not again.changed
    assert "already on this computer" in shown[-1].text()
    assert len(library.answers()) == 2
    library.close()
    home.close()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b'{"format": "ailiteracy-progress", "vers', FormatErrorKind.DAMAGED),
        (b'{"format": "zip"}', FormatErrorKind.NOT_THIS_KIND),
        (
            b'{"format": "ailiteracy-progress", "version": 9, "checksum": "x"}',
            FormatErrorKind.TOO_NEW,
        ),
        (
            b'{"format": "ailiteracy-progress", "version": 1, "checksum": "x"}',
            FormatErrorKind.MALFORMED,
        ),
    ],
)
def test_import_explains_a_bad_file(qtbot, tmp_path: Path, content: bytes, kind) -> None:
    store = filled_store(tmp_path / "s")
    before = len(store.answers())
    path = tmp_path / "bad.ailiteracy-progress"
    path.write_bytes(content)
    shown: list[QMessageBox] = []
    assert import_progress_dialog(None, store, path, show=shown.append) is None
    assert shown[-1].text() == transfer_error_text(kind)
    assert shown[-1].icon() == QMessageBox.Icon.Warning
    assert "Nothing was changed" in shown[-1].text()
    assert len(store.answers()) == before
    store.close()


def test_import_of_a_damaged_and_an_oversized_file(qtbot, tmp_path: Path) -> None:
    home = filled_store(None)
    path = tmp_path / "p.ailiteracy-progress"
    export_progress_dialog(None, home, "Ana", path, show=lambda _box: None)
    document = json.loads(path.read_bytes())
    document["attempts"][0]["percent"] = 100
    path.write_text(json.dumps(document), encoding="utf-8")
    store = ProgressStore(tmp_path / "s")
    shown: list[QMessageBox] = []
    assert import_progress_dialog(None, store, path, show=shown.append) is None
    assert shown[-1].text() == transfer_error_text(FormatErrorKind.DAMAGED)
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 5)
    assert import_progress_dialog(None, store, path, show=shown.append) is None
    assert shown[-1].text() == transfer_error_text(FormatErrorKind.TOO_LARGE)
    assert store.attempts() == []
    store.close()


def test_missing_file_and_unwritable_target(qtbot, tmp_path: Path) -> None:
    store = filled_store(None)
    shown: list[QMessageBox] = []
    missing = tmp_path / "gone.ailiteracy-progress"
    assert import_progress_dialog(None, store, missing, show=shown.append) is None
    assert "could not be opened" in shown[-1].text()
    assert "Nothing was changed" in shown[-1].text()
    folder = tmp_path / "folder.ailiteracy-progress"
    folder.mkdir()
    assert import_progress_dialog(None, store, folder, show=shown.append) is None
    assert shown[-1].text() == transfer_error_text(FormatErrorKind.NOT_A_FILE)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert export_progress_dialog(None, store, "Ana", blocker / "p.x", show=shown.append) is None
    assert "could not be saved" in shown[-1].text()


def test_error_texts_say_what_happened_and_what_to_do() -> None:
    texts = {kind: transfer_error_text(kind) for kind in FormatErrorKind}
    assert len(set(texts.values())) == len(FormatErrorKind)
    assert all("\n\n" in text for text in texts.values())  # what happened, then what to do


def test_suggested_file_name() -> None:
    day = dt.date(2025, 3, 1)
    assert (
        suggested_file_name("Ana María", day) == "progress-Ana-María-2025-03-01.ailiteracy-progress"
    )
    assert suggested_file_name("../..", day) == "progress-2025-03-01.ailiteracy-progress"
