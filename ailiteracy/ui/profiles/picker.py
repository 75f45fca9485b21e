"""The "Who is learning?" dialog.

:class:`ProfilePicker` opens a profile (with its PIN if it has one), makes a new
one, renames it, sets or removes its PIN, deletes it with all its data, or
continues as a guest. Everything happens inside the dialog on pages, so it works
with the keyboard alone and without extra windows: on each page Enter presses the
page's default button and Escape goes back to the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.profiles import ProfileRegistry
from ..layouts import FlowLayout
from .delete_page import DeletePage
from .forms import form_button, message_label
from .name_page import NamePage
from .pin_pages import PinPages

ROLE_ID = Qt.ItemDataRole.UserRole


class ProfilePicker(PinPages, NamePage, DeletePage):
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
