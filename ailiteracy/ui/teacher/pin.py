"""The teacher PIN dialogs: choose a PIN the first time, type it to open teacher mode.

``core.pins.TeacherPin`` keeps the PIN and decides about wrong PINs; these dialogs only ask.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import (
    QRegularExpression,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QRegularExpressionValidator,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.pins import PIN_MAX_LENGTH, NewPinOutcome, TeacherPin, TeacherPinOutcome
from ..layouts import fit_height
from ..plaintext import plain
from .common import MessageLabel


def _pin_field(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_LENGTH)
    pattern = QRegularExpression(rf"\d{{0,{PIN_MAX_LENGTH}}}")  # digits only
    edit.setValidator(QRegularExpressionValidator(pattern, edit))
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setAccessibleName(accessible_name)
    return edit


class _Answerable(Protocol):
    def try_accept(self) -> bool: ...
    def reject(self) -> None: ...


def _ok_cancel(dialog: _Answerable, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK (named ``ok_text``, for the eye and the screen reader) and Cancel, wired to the
    dialog's ``try_accept`` and ``reject``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(cancel_text)
    buttons.accepted.connect(dialog.try_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class _PinDialog(QDialog):
    """A PIN dialog wide enough to read and tall enough for all of its text."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        chars = self.fontMetrics().averageCharWidth() * 48
        screen = self.screen()
        limit = screen.availableGeometry().width() - 40 if screen is not None else chars
        self.setMinimumWidth(min(chars, limit))
        super().showEvent(event)
        fit_height(self)


class SetPinDialog(_PinDialog):
    """Choose the teacher PIN the first time teacher mode is opened.

    ``try_accept()`` checks the two fields, saves the PIN and accepts the dialog; it
    returns False and explains the problem in ``message`` otherwise.
    """

    def __init__(self, lock: TeacherPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setWindowTitle(self.tr("Choose a teacher PIN"))
        self.setAccessibleName(self.tr("Choose a teacher PIN"))
        intro = QLabel(
            self.tr(
                "Teacher mode is protected by a PIN so that learners cannot open it. "
                "Choose a PIN of %1 to 12 digits and type it twice. Keep it to yourself: "
                "if you forget it, the person who looks after this computer can reset it."
            ).replace("%1", str(lock.min_length))
        )
        intro.setWordWrap(True)
        self.pin_edit = _pin_field(self.tr("New teacher PIN"))
        self.repeat_edit = _pin_field(self.tr("The same PIN again"))
        form = QFormLayout()
        form.addRow(self.tr("New &PIN:"), self.pin_edit)
        form.addRow(self.tr("The same PIN &again:"), self.repeat_edit)
        self.message = MessageLabel(self.tr("PIN message"))
        self.buttons = _ok_cancel(self, self.tr("Save the PIN"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.pin_edit.setFocus()

    def try_accept(self) -> bool:
        try:
            outcome = self.lock.choose(self.pin_edit.text(), self.repeat_edit.text())
        except OSError as exc:
            self.message.show_text(
                self.tr("The PIN could not be saved (%1).").replace("%1", exc.strerror or str(exc)),
                error=True,
            )
            return False
        if outcome is NewPinOutcome.NOT_A_PIN:
            self.message.show_text(
                self.tr("A PIN is %1 to 12 digits (0 to 9). Please choose another one.").replace(
                    "%1", str(self.lock.min_length)
                ),
                error=True,
            )
            self.pin_edit.setFocus()
            return False
        if outcome is NewPinOutcome.NOT_THE_SAME:
            self.repeat_edit.clear()
            self.message.show_text(
                self.tr("The two PINs are not the same. Please type the PIN again."), error=True
            )
            self.repeat_edit.setFocus()
            return False
        self.accept()
        return True


class EnterPinDialog(_PinDialog):
    """Type the teacher PIN to open teacher mode.

    ``try_accept()`` checks the PIN and accepts the dialog; it returns False and says
    why in ``message`` otherwise (wrong PIN, or wait after too many wrong ones).
    """

    def __init__(self, lock: TeacherPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setWindowTitle(self.tr("Teacher mode"))
        self.setAccessibleName(self.tr("Teacher PIN"))
        text = self.tr("Type the teacher PIN to open teacher mode.")
        if lock.fixed:
            text += " " + self.tr("On this computer the PIN is set by the administrator.")
        intro = plain(QLabel(text))
        intro.setWordWrap(True)
        self.pin_edit = _pin_field(self.tr("Teacher PIN"))
        form = QFormLayout()
        form.addRow(self.tr("Teacher &PIN:"), self.pin_edit)
        self.message = MessageLabel(self.tr("PIN message"))
        self.buttons = _ok_cancel(self, self.tr("Open teacher mode"), self.tr("Cancel"))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_wait)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.pin_edit.setFocus()
        if lock.damaged:
            self.message.show_text(self.damaged_text(), error=True)
        elif lock.wait_seconds():
            self.update_wait()

    def damaged_text(self) -> str:
        return self.tr(
            "The file that keeps the teacher PIN on this computer is damaged, so teacher "
            "mode stays locked. Ask the administrator to set the teacher PIN in the policy "
            "file, or to remove the damaged file:\n%1"
        ).replace("%1", str(self.lock.path))

    def _wait_text(self, seconds: int, *, wrong: bool) -> str:
        if wrong:
            text = self.tr(
                "That PIN is not right. After three wrong PINs, teacher mode is locked for a "
                "short while. Please try again in %1 seconds."
            )
        else:
            text = self.tr("Too many wrong PINs. Please try again in %1 seconds.")
        return text.replace("%1", str(seconds))

    def update_wait(self, *, wrong: bool = False) -> None:
        """Show how long is left before the PIN may be tried again."""
        wait = self.lock.wait_seconds()
        if wait <= 0:
            self.timer.stop()
            self.message.show_text(self.tr("You can type the PIN again now."))
            return
        self.message.show_text(self._wait_text(wait, wrong=wrong), error=True)
        if not self.timer.isActive():
            self.timer.start()

    def try_accept(self) -> bool:
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        attempt = self.lock.attempt(pin)
        outcome = attempt.outcome
        if outcome is TeacherPinOutcome.OPEN:
            self.timer.stop()
            self.accept()
            return True
        if outcome is TeacherPinOutcome.LOCKED:
            self.update_wait()
            return False
        if outcome is TeacherPinOutcome.EMPTY:
            self.message.show_text(self.tr("Please type the PIN first."), error=True)
        elif outcome is TeacherPinOutcome.WRONG_NOW_LOCKED:
            self.update_wait(wrong=True)
        else:
            self.message.show_text(self.tr("That PIN is not right. Please try again."), error=True)
        self.pin_edit.setFocus()
        return False

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)


def ask_teacher_pin(
    parent: QWidget | None,
    lock: TeacherPin,
    *,
    run: Callable[[QDialog], object] | None = None,
) -> bool:
    """Ask for the teacher PIN (or for a new one, the first time).

    Returns True when teacher mode may open. ``run`` shows the dialog (default:
    ``dialog.exec()``); tests pass a function that fills it in and calls ``try_accept``.
    """
    dialog: QDialog = EnterPinDialog(lock, parent) if lock.is_set() else SetPinDialog(lock, parent)
    try:
        (run or (lambda d: d.exec()))(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
