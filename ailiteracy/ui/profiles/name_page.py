"""The name page of the "Who is learning?" dialog: a new profile (name and optional
PIN) or a new name for an existing one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...core.profiles import NAME_MAX_LENGTH, Profile, ProfileError, ProfileErrorKind
from ..plaintext import plain
from .base import PickerBase
from .forms import form_button, form_page, message_label, pin_field


class NamePage(PickerBase):
    """Makes a new profile or renames one."""

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
        return form_page(
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
