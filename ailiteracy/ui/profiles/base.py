"""What the pages of the "Who is learning?" dialog share.

:class:`~ailiteracy.ui.profiles.picker.ProfilePicker` is one dialog put together
from parts, one module per page (``pin_pages.py``, ``name_page.py``,
``delete_page.py``; the list is in ``picker.py``).
Each part derives from :class:`PickerBase`, which holds what they share and names
what they use of each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QStackedWidget, QWidget

from ...core.pins import valid_pin
from ...core.profiles import (
    Profile,
    ProfileError,
    ProfileErrorKind,
    ProfileRegistry,
)
from ..errors import profile_error_text


class PickerBase(QDialog):
    """The registry, the pages, the profile being worked on, and the shared messages."""

    registry: ProfileRegistry
    allow_create: bool
    allow_guest: bool
    chosen_profile: str | None
    guest: bool
    _action: str  # what the learner started: "open", "rename", "pin", "delete" or "new"
    _target: str  # the id of the profile it is done to
    _naming_new: bool
    pages: QStackedWidget
    list_page: QWidget
    pin_page: QWidget
    name_page: QWidget
    set_pin_page: QWidget
    delete_page: QWidget
    lock_timer: QTimer

    def _profile(self, profile_id: str) -> Profile | None:
        try:
            return self.registry.get(profile_id)
        except ProfileError:
            self.reload()
            self.show_list(self.tr("That profile is no longer on this computer."))
            return None

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

    # Last in the class: pyside6-lupdate loses the class of the tr() calls after it.
    if TYPE_CHECKING:  # what one part calls in another (each defined in exactly one part)

        def reload(self, select: str | None = None) -> None: ...
        def show_list(self, message: str = "") -> None: ...
        def _proceed(self) -> None: ...
