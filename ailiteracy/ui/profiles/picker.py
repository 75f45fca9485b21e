"""The "Who is learning?" dialog.

:class:`ProfilePicker` opens a profile (with its PIN if it has one), makes a new
one, renames it, sets or removes its PIN, deletes it with all its data, or
continues as a guest. Everything happens inside the dialog on pages, so it works
with the keyboard alone and without extra windows: on each page Enter presses the
page's default button and Escape goes back to the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.pins import PinResult, valid_pin
from ...core.profiles import (
    NAME_MAX_LENGTH,
    Profile,
    ProfileError,
    ProfileErrorKind,
    ProfileRegistry,
)
from ..errors import profile_error_text
from ..layouts import FlowLayout
from ..plaintext import plain
from .forms import form_button, message_label, pin_field

ROLE_ID = Qt.ItemDataRole.UserRole


class ProfilePicker(QDialog):
    """ "Who is learning?": choose a profile, or continue as a guest.

    After ``exec()`` returns Accepted, either ``chosen_profile`` holds the profile id
    (its PIN, if any, was checked) or ``guest`` is True.

    Args:
        registry: the profiles of this data folder.
        allow_create: whether "New profile" is offered (the administrator may say no).
        allow_guest: whether "Continue as guest" is offered.
    """

    def __init__(
        self,
        registry: ProfileRegistry,
        *,
        allow_create: bool = True,
        allow_guest: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.allow_create = allow_create
        self.allow_guest = allow_guest
        self.chosen_profile: str | None = None
        self.guest = False
        self._action = ""
        self._target = ""
        self._naming_new = False
        self.setWindowTitle(self.tr("Who is learning?"))
        self.setAccessibleName(self.tr("Choose who is learning"))
        self.setMinimumWidth(440)

        self.pages = QStackedWidget()
        self.list_page = self._build_list_page()
        self.pin_page = self._build_pin_page()
        self.name_page = self._build_name_page()
        self.set_pin_page = self._build_set_pin_page()
        self.delete_page = self._build_delete_page()
        for page in (
            self.list_page,
            self.pin_page,
            self.name_page,
            self.set_pin_page,
            self.delete_page,
        ):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(1000)
        self.lock_timer.timeout.connect(self.update_lock_message)

        self.reload()
        self.show_list()

    # ------------------------------------------------------------------ pages

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Who is learning?"))
        title.setObjectName("screenTitle")
        intro = QLabel(
            self.tr(
                "Choose your name and press Open. Each learner's progress is kept "
                "separately on this computer."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles on this computer"))
        # Enter reaches the default button (Open); a double click opens too.
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.status = message_label()

        self.open_button = form_button(
            self.tr("&Open"), self.tr("Open the chosen profile"), self.open_selected
        )
        self.new_button = form_button(
            self.tr("&New profile"), self.tr("Make a new profile"), self.start_new
        )
        self.rename_button = form_button(
            self.tr("&Rename"), self.tr("Rename the chosen profile"), self.rename_selected
        )
        self.pin_button = form_button(
            self.tr("Set &PIN"),
            self.tr("Set or remove the PIN of the chosen profile"),
            self.set_pin_selected,
        )
        self.delete_button = form_button(
            self.tr("&Delete my data"),
            self.tr("Delete the chosen profile and all its progress"),
            self.delete_selected,
        )
        self.guest_button = form_button(
            self.tr("Continue as &guest"),
            self.tr("Continue as a guest; nothing is kept after you finish"),
            self.continue_as_guest,
        )
        self.new_button.setVisible(self.allow_create)
        self.guest_button.setVisible(self.allow_guest)

        manage = FlowLayout()  # wraps at large text sizes
        for button in (self.new_button, self.rename_button, self.pin_button, self.delete_button):
            manage.addWidget(button)
        manage.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.guest_button)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)

        order = [
            self.list,
            self.open_button,
            self.new_button,
            self.rename_button,
            self.pin_button,
            self.delete_button,
            self.guest_button,
        ]
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(manage)
        layout.addLayout(bottom)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)  # all are in the page now
        return page

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
        return self._form_page(
            self.pin_title, [(label, self.pin_edit)], self.pin_message, [self.pin_back, self.pin_ok]
        )

    def _build_name_page(self) -> QWidget:
        self.name_title = plain(QLabel())
        self.name_title.setObjectName("screenTitle")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.name_edit.setAccessibleName(self.tr("Name"))
        name_label = QLabel(self.tr("&Name (first name or nickname):"))
        name_label.setBuddy(self.name_edit)
        self.new_pin_edit = pin_field(self.tr("PIN, optional"))
        self.new_pin_label = QLabel(
            self.tr("P&IN (optional, %1 to 12 digits):").replace("%1", self._pin_min())
        )
        self.new_pin_label.setBuddy(self.new_pin_edit)
        self.new_pin_repeat = pin_field(self.tr("The same PIN again"))
        self.new_pin_repeat_label = QLabel(self.tr("The same PIN &again:"))
        self.new_pin_repeat_label.setBuddy(self.new_pin_repeat)
        self.name_hint = QLabel(
            self.tr(
                "A PIN stops others on this computer from opening your progress. "
                "Choose one you will remember."
            )
        )
        self.name_hint.setWordWrap(True)
        self.name_message = message_label()
        self.name_ok = form_button(self.tr("&Save"), self.tr("Save the name"), self.submit_name)
        self.name_back = form_button(
            self.tr("&Back"), self.tr("Back to the list of profiles"), lambda: self.show_list()
        )
        return self._form_page(
            self.name_title,
            [
                (name_label, self.name_edit),
                (self.new_pin_label, self.new_pin_edit),
                (self.new_pin_repeat_label, self.new_pin_repeat),
            ],
            self.name_message,
            [self.name_back, self.name_ok],
            after_message=self.name_hint,
        )

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
        return self._form_page(
            self.set_pin_title,
            [(first, self.set_pin_edit), (second, self.set_pin_repeat)],
            self.set_pin_message,
            [self.set_pin_back, self.remove_pin_button, self.set_pin_ok],
        )

    def _build_delete_page(self) -> QWidget:
        self.delete_title = plain(QLabel())
        self.delete_title.setObjectName("screenTitle")
        self.delete_title.setWordWrap(True)
        self.delete_text = plain(QLabel())
        self.delete_text.setWordWrap(True)
        self.delete_message = message_label()
        self.delete_confirm = form_button(
            self.tr("&Delete for good"),
            self.tr("Delete this profile and all its progress from this computer for good"),
            self.confirm_delete,
        )
        self.delete_back = form_button(
            self.tr("&Keep my data"), self.tr("Keep the data and go back"), lambda: self.show_list()
        )
        return self._form_page(
            self.delete_title,
            [],
            self.delete_message,
            [self.delete_back, self.delete_confirm],
            after_title=self.delete_text,
        )

    @staticmethod
    def _form_page(
        title: QLabel,
        rows: list[tuple[QLabel, QWidget]],
        message: QLabel,
        buttons: list[QPushButton],
        *,
        after_title: QWidget | None = None,
        after_message: QWidget | None = None,
    ) -> QWidget:
        """A page: title, labelled fields, message, and the buttons at the bottom right."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        if after_title is not None:
            layout.addWidget(after_title)
        for label, field in rows:
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addWidget(message)
        if after_message is not None:
            layout.addWidget(after_message)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    # ------------------------------------------------------------------ list

    def reload(self, select: str | None = None) -> None:
        """Fill the list from the registry, keeping (or setting) the selection."""
        current = select or self.selected_id()
        self.list.clear()
        for profile in self.registry.list():
            text = profile.name
            if profile.has_pin:
                text = self.tr("%1 (has a PIN)").replace("%1", profile.name)
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, profile.id)
            self.list.addItem(item)
            if profile.id == current:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(ROLE_ID) if item is not None else None

    def select(self, profile_id: str) -> bool:
        """Select the profile with this id in the list; False if it is not there."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_ID) == profile_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.rename_button, self.pin_button, self.delete_button):
            button.setEnabled(chosen)
        self.open_button.setDefault(chosen)

    def show_list(self, message: str = "") -> None:
        self.lock_timer.stop()
        self.pin_edit.clear()
        if not message and self.list.count() == 0:
            if self.allow_create:
                message = self.tr("There are no profiles yet. Choose New profile to make one.")
            else:
                message = self.tr("There are no profiles on this computer yet.")
        self.status.setText(message)
        self.pages.setCurrentWidget(self.list_page)
        self._update_buttons()
        if self.list.count():
            self.list.setFocus()
        elif self.allow_create:
            self.new_button.setFocus()
        elif self.allow_guest:
            self.guest_button.setFocus()

    def _profile(self, profile_id: str) -> Profile | None:
        try:
            return self.registry.get(profile_id)
        except ProfileError:
            self.reload()
            self.show_list(self.tr("That profile is no longer on this computer."))
            return None

    # ------------------------------------------------------------------ actions

    def open_selected(self) -> None:
        self._begin("open")

    def rename_selected(self) -> None:
        self._begin("rename")

    def set_pin_selected(self) -> None:
        self._begin("pin")

    def delete_selected(self) -> None:
        self._begin("delete")

    def continue_as_guest(self) -> None:
        if not self.allow_guest:
            return
        self.chosen_profile = None
        self.guest = True
        self.accept()

    def _begin(self, action: str) -> None:
        """Start ``action`` on the selected profile, asking for its PIN first if it has one."""
        profile_id = self.selected_id()
        if profile_id is None:
            self.status.setText(self.tr("Choose a name in the list first."))
            return
        profile = self._profile(profile_id)
        if profile is None:
            return
        self._action, self._target = action, profile.id
        if not profile.has_pin:
            self._proceed()
            return
        prompts = {
            "open": self.tr("Enter the PIN for %1"),
            "rename": self.tr("Enter the PIN for %1 to rename this profile"),
            "pin": self.tr("Enter the current PIN for %1 to change it"),
            "delete": self.tr("Enter the PIN for %1 to delete this profile"),
        }
        self.pin_title.setText(prompts[action].replace("%1", profile.name))
        self.pin_message.clear()
        self.pin_edit.clear()
        self.pin_ok.setDefault(True)
        self.pages.setCurrentWidget(self.pin_page)
        self.pin_edit.setFocus()
        if self.registry.lock_wait(profile.id):
            self.update_lock_message()
            self.lock_timer.start()

    def _proceed(self) -> None:
        profile = self._profile(self._target)
        if profile is None:
            return
        if self._action == "open":
            self.chosen_profile = profile.id
            self.guest = False
            self.accept()
        elif self._action == "rename":
            self._show_name_page(profile)
        elif self._action == "pin":
            self._show_set_pin_page(profile)
        elif self._action == "delete":
            self._show_delete_page(profile)

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

    # ------------------------------------------------------------------ new and rename

    def start_new(self) -> None:
        if not self.allow_create:
            return
        self._action, self._target, self._naming_new = "new", "", True
        self.name_edit.clear()
        self.new_pin_edit.clear()
        self.new_pin_repeat.clear()
        self._open_name_page(
            self.tr("New profile"),
            self.tr("&Create profile"),
            self.tr("Create the new profile"),
            with_pin=True,
        )

    def _show_name_page(self, profile: Profile) -> None:
        self._naming_new = False
        self.name_edit.setText(profile.name)
        self.name_edit.selectAll()
        self._open_name_page(
            self.tr("Rename %1").replace("%1", profile.name),
            self.tr("&Save"),
            self.tr("Save the new name"),
            with_pin=False,
        )

    def _open_name_page(self, title: str, ok_text: str, ok_name: str, *, with_pin: bool) -> None:
        """Show the name page for a new profile (name and PIN) or a rename (name only)."""
        self.name_title.setText(title)
        self.name_message.clear()
        for widget in (
            self.new_pin_label,
            self.new_pin_edit,
            self.new_pin_repeat_label,
            self.new_pin_repeat,
            self.name_hint,
        ):
            widget.setVisible(with_pin)
        self.name_ok.setText(ok_text)
        self.name_ok.setAccessibleName(ok_name)
        self.name_ok.setDefault(True)
        self.pages.setCurrentWidget(self.name_page)
        self.name_edit.setFocus()

    def _error_text(self, error: ProfileError) -> str:
        return profile_error_text(error.kind, self.registry.pin_min_length)

    def _pin_min(self) -> str:
        return str(self.registry.pin_min_length)

    def _bad_pin_text(self) -> str:
        return profile_error_text(ProfileErrorKind.BAD_PIN, self.registry.pin_min_length)

    def _check_new_pin(self, first: QLineEdit, second: QLineEdit, message: QLabel) -> str | None:
        """The PIN typed twice, "" for none, or None (with a message) if it cannot be used."""
        pin, again = first.text(), second.text()
        if not pin and not again:
            return ""
        if not valid_pin(pin, self.registry.pin_min_length):
            message.setText(self._bad_pin_text())
            first.setFocus()
            return None
        if pin != again:
            message.setText(self.tr("The two PINs are not the same. Please type them again."))
            first.clear()
            second.clear()
            first.setFocus()
            return None
        return pin

    def submit_name(self) -> None:
        name = self.name_edit.text()
        try:
            if self._naming_new:
                pin = self._check_new_pin(self.new_pin_edit, self.new_pin_repeat, self.name_message)
                if pin is None:
                    return
                profile = self.registry.create(name, pin or None)
                done = self.tr("The profile %1 is ready. Press Open to start.")
            else:
                profile = self.registry.rename(self._target, name)
                done = self.tr("The profile is now called %1.")
        except ProfileError as error:
            if error.kind is ProfileErrorKind.NOT_FOUND:
                self.reload()
                self.show_list(self._error_text(error))
                return
            self.name_message.setText(self._error_text(error))
            self.name_edit.setFocus()
            return
        except OSError as error:
            self.name_message.setText(
                self.tr("The profile could not be saved on this computer: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return
        self.new_pin_edit.clear()
        self.new_pin_repeat.clear()
        self.reload(select=profile.id)
        self.show_list(done.replace("%1", profile.name))

    # ------------------------------------------------------------------ PIN

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

    # ------------------------------------------------------------------ delete

    def _show_delete_page(self, profile: Profile) -> None:
        self.delete_title.setText(
            self.tr("Delete %1 and all of its data?").replace("%1", profile.name)
        )
        self.delete_text.setText(
            self.tr(
                "This removes the profile %1 and everything it has saved — lessons read, "
                "answers, scores and settings — from this computer for good. It cannot be "
                "undone.\n\nIf you want to keep your progress, choose Keep my data, open the "
                "profile and export your progress to a USB stick first."
            ).replace("%1", profile.name)
        )
        self.delete_message.clear()
        self.delete_back.setDefault(True)
        self.pages.setCurrentWidget(self.delete_page)
        self.delete_back.setFocus()

    def confirm_delete(self) -> None:
        profile = self._profile(self._target)
        if profile is None:
            return
        try:
            self.registry.delete(profile.id)
        except OSError:
            self.delete_message.setText(
                self.tr(
                    "Some of the data could not be removed, because another program is using "
                    "it. Close other programs and try again."
                )
            )
            return
        self.reload()
        self.show_list(
            self.tr("%1 and all of its data were deleted from this computer.").replace(
                "%1", profile.name
            )
        )

    # ------------------------------------------------------------------ keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and self.pages.currentWidget() is not self.list_page:
            self.show_list()
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.lock_timer.stop()
        super().done(result)


# ---------------------------------------------------------------------- export and import
