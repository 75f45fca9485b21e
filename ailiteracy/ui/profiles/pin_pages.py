"""The PIN pages of the "Who is learning?" dialog: entering a profile's PIN (with the
wait after too many wrong tries), and setting, changing or removing it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ...core.pins import PinResult
from ...core.profiles import Profile, ProfileError
from ..plaintext import plain
from .base import PickerBase
from .forms import form_button, form_page, message_label, pin_field


class PinPages(PickerBase):
    """Asks for a profile's PIN before anything is done to it; sets a new one."""

    def _build_pin_page(self) -> QWidget:
        self.pin_title = plain(QLabel())
        self.pin_title.setObjectName("screenTitle")
        self.pin_title.setWordWrap(True)
        self.pin_edit = pin_field(self.tr("PIN"))
        label = QLabel(self.tr("&PIN:"))
        label.setBuddy(self.pin_edit)
        self.pin_message = message_label()
        self.pin_ok = form_button(self.tr("&Continue"), self.tr("Check the PIN"), self.submit_pin)
        self.pin_back = form_button(
            self.tr("&Back"), self.tr("Back to the list of profiles"), lambda: self.show_list()
        )
        return form_page(
            self.pin_title, [(label, self.pin_edit)], self.pin_message, [self.pin_back, self.pin_ok]
        )

    @staticmethod
    def _wait_text(seconds: int) -> str:
        if seconds >= 120:
            minutes = (seconds + 59) // 60
            return QCoreApplication.translate("ProfilePicker", "%1 minutes").replace(
                "%1", str(minutes)
            )
        return QCoreApplication.translate("ProfilePicker", "%1 seconds").replace("%1", str(seconds))

    def submit_pin(self) -> None:
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        if not pin:
            self.pin_message.setText(self.tr("Please type the PIN first."))
            return
        try:
            check = self.registry.check_pin(self._target, pin)
        except ProfileError:
            self.reload()
            self.show_list(self.tr("That profile is no longer on this computer."))
            return
        if check.result is PinResult.OK:
            self.lock_timer.stop()
            self._proceed()
        elif check.result is PinResult.WRONG and not check.wait_seconds:
            self.pin_message.setText(self.tr("That PIN is not right. Please try again."))
            self.pin_edit.setFocus()
        else:
            self.update_lock_message(check.wait_seconds, wrong=check.result is PinResult.WRONG)
            self.lock_timer.start()
            self.pin_edit.setFocus()

    def update_lock_message(self, wait: int | None = None, *, wrong: bool = False) -> None:
        """Show how long the learner must wait before trying the PIN again."""
        if wait is None:
            try:
                wait = self.registry.lock_wait(self._target)
            except ProfileError:
                wait = 0
        if wait <= 0:
            self.lock_timer.stop()
            self.pin_message.setText(self.tr("You can try the PIN again now."))
            return
        if wrong:
            text = self.tr(
                "That PIN is not right. After several wrong tries, this profile is locked "
                "for a while to keep it safe. Please try again in %1."
            )
        else:
            text = self.tr(
                "Too many wrong PINs. To keep this profile safe, it is locked for now. "
                "Please try again in %1."
            )
        self.pin_message.setText(text.replace("%1", self._wait_text(wait)))

    def _build_set_pin_page(self) -> QWidget:
        self.set_pin_title = plain(QLabel())
        self.set_pin_title.setObjectName("screenTitle")
        self.set_pin_title.setWordWrap(True)
        self.set_pin_edit = pin_field(self.tr("New PIN"))
        first = QLabel(self.tr("&New PIN (%1 to 12 digits):").replace("%1", self._pin_min()))
        first.setBuddy(self.set_pin_edit)
        self.set_pin_repeat = pin_field(self.tr("The same PIN again"))
        second = QLabel(self.tr("The same PIN &again:"))
        second.setBuddy(self.set_pin_repeat)
        self.set_pin_message = message_label()
        self.set_pin_ok = form_button(
            self.tr("&Save PIN"), self.tr("Save the new PIN"), self.submit_set_pin
        )
        self.remove_pin_button = form_button(
            self.tr("&Remove PIN"), self.tr("Remove the PIN from this profile"), self.remove_pin
        )
        self.set_pin_back = form_button(
            self.tr("&Back"), self.tr("Back to the list of profiles"), lambda: self.show_list()
        )
        return form_page(
            self.set_pin_title,
            [(first, self.set_pin_edit), (second, self.set_pin_repeat)],
            self.set_pin_message,
            [self.set_pin_back, self.remove_pin_button, self.set_pin_ok],
        )

    def _show_set_pin_page(self, profile: Profile) -> None:
        if profile.has_pin:
            title = self.tr("Change or remove the PIN for %1")
        else:
            title = self.tr("Set a PIN for %1")
        self.set_pin_title.setText(title.replace("%1", profile.name))
        self.remove_pin_button.setVisible(profile.has_pin)
        self.set_pin_edit.clear()
        self.set_pin_repeat.clear()
        self.set_pin_message.clear()
        self.set_pin_ok.setDefault(True)
        self.pages.setCurrentWidget(self.set_pin_page)
        self.set_pin_edit.setFocus()

    def submit_set_pin(self) -> None:
        pin = self._check_new_pin(self.set_pin_edit, self.set_pin_repeat, self.set_pin_message)
        if pin is None:
            return
        if not pin:
            self.set_pin_message.setText(self.tr("Please type the new PIN twice."))
            self.set_pin_edit.setFocus()
            return
        self._change_pin(pin, self.tr("The new PIN for %1 is saved."))

    def remove_pin(self) -> None:
        self._change_pin(None, self.tr("%1 no longer has a PIN."))

    def _change_pin(self, pin: str | None, done: str) -> None:
        try:
            profile = self.registry.set_pin(self._target, pin)
        except ProfileError as error:
            self.reload()
            self.show_list(self._error_text(error))
            return
        except OSError as error:
            self.set_pin_message.setText(
                self.tr("The PIN could not be saved on this computer: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return
        self.set_pin_edit.clear()
        self.set_pin_repeat.clear()
        self.reload(select=profile.id)
        self.show_list(done.replace("%1", profile.name))
