"""The delete page of the "Who is learning?" dialog: a profile and all its data, for
good, after a plain warning."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...core.profiles import Profile
from ..plaintext import plain
from .base import PickerBase
from .forms import form_button, form_page, message_label


class DeletePage(PickerBase):
    """Deletes a profile with everything it saved."""

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
        return form_page(
            self.delete_title,
            [],
            self.delete_message,
            [self.delete_back, self.delete_confirm],
            after_title=self.delete_text,
        )

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
