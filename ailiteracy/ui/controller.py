"""Who is using the app: choosing a learner, guest sessions, signing out."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ..core import layout
from ..core.policy import Policy
from ..core.profiles import Profile, ProfileRegistry
from ..core.session import DEFAULT_PROFILE, Session
from ..core.storage import NoticeKind
from .idle import IdleWatcher
from .language import choose_language, install_translators
from .mainwindow import MainWindow
from .qtapp import running_app


class AppController(QObject):
    """Starts sessions and windows; signs learners out on request or after idle time."""

    def __init__(
        self,
        data_dir: Path,
        policy: Policy,
        *,
        language: str | None = None,
        extra_content: list[Path] | None = None,
        files: list[Path] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.policy = policy
        self.language = language
        self.extra_content = extra_content or []
        self.files = files or []
        self.registry = ProfileRegistry(data_dir, pin_min_length=policy.pin_min_length)
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.guest_session: Session | None = None
        self.picker_factory: Callable[..., Any] | None = None  # tests replace the picker
        self.welcome_factory: Callable[..., Any] | None = None  # and the first-run welcome
        self.watcher = IdleWatcher(policy.idle_minutes, parent=self)
        self.watcher.countdown.connect(self._countdown)
        self.watcher.resumed.connect(self._resumed)
        self.watcher.timed_out.connect(self.sign_out)

    # ------------------------------------------------------------------ starting

    def needs_picker(self) -> bool:
        profiles = self.registry.list()
        if self.policy.guest_only:
            return False
        if self.policy.idle_minutes > 0 or len(profiles) != 1:
            return True
        return profiles[0].has_pin

    def registry_notice_text(self) -> str:
        """What happened to a damaged list of learners, in plain words ("" if nothing)."""
        translate = QApplication.translate
        parts = []
        for notice in self.registry.notices:
            where = str(notice.moved_to or notice.path)
            if notice.kind == NoticeKind.NEWER:
                parts.append(
                    translate(
                        "App",
                        "The list of learners was saved by a newer version of ailiteracy. "
                        "This version can open it but not change it, so new profiles and PIN "
                        "changes are not possible. Ask the administrator to install the newer "
                        "version.",
                    )
                )
            elif notice.kind == NoticeKind.RESTORED:
                parts.append(
                    translate(
                        "App",
                        "The list of learners on this computer was damaged. It has been "
                        "restored from its safety copy, so no learner and no PIN is lost.",
                    )
                )
            else:
                parts.append(
                    translate(
                        "App",
                        "The list of learners on this computer was damaged. Every learner "
                        "whose entry could be read, or whose own folder was found, is listed "
                        "again with their work; a learner whose name was lost is listed as "
                        '"Learner" with a number and can rename the profile.',
                    )
                )
            if notice.moved_to is not None:
                parts.append(
                    translate("App", "The damaged file was kept as:\n%1").replace("%1", where)
                )
        if self.registry.found_again and not self.registry.notices:
            parts.append(
                translate(
                    "App",
                    "Some learners were missing from the list of learners. They have been "
                    "listed again from their own folders, with their work.",
                )
            )
        return "\n\n".join(parts)

    def show_registry_notices(self) -> None:
        text = self.registry_notice_text()
        self.registry.notices.clear()
        self.registry.found_again = 0
        if text:
            from PySide6.QtWidgets import QMessageBox  # on demand: its enums cost start-up time

            QMessageBox.warning(None, QApplication.translate("App", "List of learners"), text)

    def begin(self, *, guest: bool = False) -> bool:
        """Open the first window; False when the learner closed the picker instead."""
        self.show_registry_notices()
        if guest or self.policy.guest_only:
            self.start_guest()
            return True
        profiles = self.registry.list()
        if not profiles and self.policy.allow_profile_creation and self.policy.idle_minutes == 0:
            return self.welcome()
        if not self.needs_picker():
            self.start_profile(profiles[0].id)
            return True
        return self.pick()

    def pick(self) -> bool:
        factory = self.picker_factory
        if factory is None:
            from .profiles.picker import ProfilePicker

            factory = ProfilePicker
        # The picker speaks the language the app starts in (it used to stay English).
        install_translators(running_app(), choose_language(self.language))
        picker = factory(
            self.registry, allow_create=self.policy.allow_profile_creation, allow_guest=True
        )
        from PySide6.QtWidgets import QDialog  # on demand: each Qt class builds its enums

        try:
            accepted = picker.exec() == QDialog.DialogCode.Accepted
            guest, chosen = picker.guest, picker.chosen_profile
        finally:
            picker.deleteLater()  # one picker per visitor: never let them pile up
        if not accepted:
            return False
        if guest:
            self.start_guest()
        elif chosen:
            self.start_profile(chosen)
        else:
            return False
        return True

    def welcome(self) -> bool:
        """First run: ask language, text size and a name (or guest), then start."""
        factory = self.welcome_factory
        if factory is None:
            from .welcome import WelcomeDialog

            factory = WelcomeDialog
        language = choose_language(self.language, self.policy.default_language or None)
        dialog = factory(self.registry, language=language, allow_guest=True)
        from PySide6.QtWidgets import QDialog  # on demand: each Qt class builds its enums

        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.guest:
            session = self._session(None, language=dialog.language)
            self.guest_session = session
        elif dialog.chosen_profile:
            session = self._session(
                self.registry.get(dialog.chosen_profile), language=dialog.language
            )
        else:
            return False
        session.store.set_setting("language", dialog.language)
        session.store.set_setting("text_size", dialog.text_size)
        self._open(session)
        return True

    def _open(self, session: Session, *, notices: bool = True) -> MainWindow:
        install_translators(running_app(), session.language)
        self.session = session
        window = MainWindow(session)
        window.on_sign_out = self.sign_out
        window.language_switched.connect(self._replaced)
        for path in self.files:
            window.open_assignment_file(path)
        self.files = []
        self.window = window
        window.show()
        if notices:
            window.show_start_notices()
        self.watcher.start()
        return window

    def _replaced(self, window: MainWindow) -> None:
        window.on_sign_out = self.sign_out
        window.language_switched.connect(self._replaced)
        self.window = window

    def _session(self, profile: Profile | None, *, language: str | None = None) -> Session:
        """A session for ``profile``, or a guest session (in memory only) for None."""
        return Session.start(
            self.data_dir,
            language=language or self.language,
            system_language=choose_language(None),
            extra_content=self.extra_content,
            policy=self.policy,
            guest=profile is None,
            profile=profile.id if profile else DEFAULT_PROFILE,
            profile_name=profile.name if profile else "",
            learner_id=profile.learner_id if profile else "",
            learner_since=profile.created if profile else "",
        )

    def start_profile(self, profile_id: str) -> MainWindow:
        return self._open(self._session(self.registry.get(profile_id)))

    def start_guest(self) -> MainWindow:
        if self.guest_session is None or self.policy.wipe_guest_on_signout:
            self.guest_session = self._session(None)
        return self._open(self.guest_session)

    # ------------------------------------------------------------------ ending

    def sign_out(self) -> None:
        """Close the learner's window and show the picker for the next person."""
        self.watcher.stop()
        window, session = self.window, self.session
        self.window = self.session = None
        if window is not None:
            window.on_sign_out = None
            window.close()
            window.deleteLater()
        if session is not None:
            if session.guest and self.policy.wipe_guest_on_signout:
                self.guest_session = None
            if not session.guest:
                session.close()
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()  # nothing copied by one learner is left for the next
        # nor their last folder
        shutil.rmtree(layout.scratch_dir(self.data_dir), ignore_errors=True)
        if not self.pick():
            running_app().quit()

    def shutdown(self) -> None:
        self.watcher.stop()
        if self.window is not None:
            self.window.on_sign_out = None
            self.window.close()
        if self.session is not None and not self.session.guest:
            self.session.close()
        self.registry.close()

    # ------------------------------------------------------------------ idle warning

    def _countdown(self, seconds: int) -> None:
        if self.window is not None:
            self.window.show_idle_warning(seconds, self.watcher.poke)

    def _resumed(self) -> None:
        if self.window is not None:
            self.window.hide_idle_warning()

    # ------------------------------------------------------------------ self-test

    def self_test(self) -> int:
        """Open the real window in a guest session (which writes nothing) and check it."""
        window = self._open(self._session(None), notices=False)
        return window.self_test()
