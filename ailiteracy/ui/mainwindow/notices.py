"""Banners above the screens (guest, sharing, saving stopped, idle sign-out) and the
messages about damaged or unsaved progress and missing fonts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...core import languages
from ...core.storage import NoticeKind, StoreNotice
from .. import theme
from ..sharing import ResultSharing, store_name
from .base import WindowBase


def has_cjk_font() -> bool:
    """Whether the system has a font that can show Simplified Chinese."""
    from PySide6.QtGui import QFontDatabase  # only for Chinese sessions

    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


class WindowNotices(WindowBase):
    """Tells the learner what they need to know about their session and their data."""

    guest_banner: QLabel
    sharing_label: QLabel
    stay_button: QPushButton
    _stay: Callable[[], None] | None = None
    _saving_told = False

    def _build_banners(self) -> list[QWidget]:
        """The banners, top to bottom; each shows only when it has something to say."""
        session = self.session
        self.guest_banner = QLabel(
            self.tr(
                "To keep what you do as a guest, use File > Export my progress before you leave."
            )
        )
        self.guest_banner.setObjectName("notice")
        self.guest_banner.setWordWrap(True)
        self.guest_banner.setAccessibleName(self.tr("Guest session notice"))
        self.guest_banner.setVisible(session.guest)
        self.sharing = ResultSharing(session, self)
        self.sharing_label = QLabel(
            self.tr(
                "Your quiz answers, scores and lessons read are shared with %1, as your "
                "school or library has set up this computer."
            ).replace("%1", store_name(session.policy))
        )
        self.sharing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sharing_label.setWordWrap(True)
        self.sharing_label.setAccessibleName(self.tr("Sharing notice"))
        self.sharing_label.setVisible(self.sharing.enabled)
        self.saving_banner = QLabel()
        self.saving_banner.setObjectName("feedback")
        self.saving_banner.setWordWrap(True)
        self.saving_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.saving_banner.setAccessibleName(self.tr("Saving notice"))
        self.saving_banner.hide()
        session.store.on_stop(self._saving_stopped)
        if session.store.guard.stopped is not None:
            self._show_saving_banner(session.store.guard.stopped)
        return [self.guest_banner, self.sharing_label, self.saving_banner, self._build_idle()]

    def _build_idle(self) -> QWidget:
        self.idle_banner = QWidget()
        idle_layout = QHBoxLayout(self.idle_banner)
        self.idle_label = QLabel()
        self.idle_label.setObjectName("feedback")
        self.idle_label.setAccessibleName(self.tr("Sign-out warning"))
        self.stay_button = QPushButton(self.tr("&Stay signed in"))
        self.stay_button.setAccessibleName(self.tr("Stay signed in"))
        self.stay_button.clicked.connect(lambda: self._stay() if self._stay else None)
        idle_layout.addWidget(self.idle_label, 1)
        idle_layout.addWidget(self.stay_button)
        self.idle_banner.hide()
        return self.idle_banner

    def show_idle_warning(self, seconds: int, stay: Callable[[], None]) -> None:
        self.idle_label.setText(
            self.tr(
                "No one has used the computer for a while. You will be signed out in %1 seconds."
            ).replace("%1", str(seconds))
        )
        self._stay = stay
        self.idle_banner.show()

    def hide_idle_warning(self) -> None:
        self.idle_banner.hide()

    def _saving_stopped(self, notice: StoreNotice) -> None:
        """Saving failed during the session: say so once, and keep the app usable."""
        self._show_saving_banner(notice)
        if not self._saving_told:
            self._saving_told = True
            # After the click that failed has finished, not inside it.
            QTimer.singleShot(0, self, lambda: self._tell_notice(notice))

    def _show_saving_banner(self, notice: StoreNotice) -> None:
        if notice.kind == NoticeKind.NEWER:
            text = self.tr(
                "Your progress was saved by a newer version of ailiteracy. You can look at "
                "it here, but nothing more is saved in this session."
            )
        else:
            text = self.tr(
                "Nothing more is saved in this session: the data folder cannot be written."
            )
        self.saving_banner.setText(text)
        self.saving_banner.setStyleSheet(f"color: {theme.current().bad};")
        self.saving_banner.show()

    def notice_text(self, notice: StoreNotice) -> str:
        """What a notice about a progress file means for the learner, in plain words."""
        where = str(notice.moved_to or notice.path)
        if notice.kind == NoticeKind.SAVE_FAILED:
            return (
                self.tr(
                    "Your work could not be saved in %1 (%2). You can go on using the app, "
                    "but nothing more will be saved in this session. Everything saved before "
                    "is safe. Ask the administrator to check the data folder."
                )
                .replace("%1", str(notice.path.parent))
                .replace("%2", notice.error)
            )
        if notice.kind == NoticeKind.NEWER:
            return self.tr(
                "Your progress was saved by a newer version of ailiteracy. This version "
                "shows what it can but saves nothing, so that your progress is not "
                "damaged. Ask the administrator to install the newer version."
            )
        if notice.kind in (NoticeKind.RECOVERED, NoticeKind.RESTORED):
            text = self.tr(
                "A progress file was damaged. What could be read has been kept, but "
                "some recent progress may be missing. The damaged file was kept as:\n%1"
            )
        else:
            text = self.tr(
                "A progress file was damaged and could not be read, so that part of "
                "your progress starts again. The damaged file was kept as:\n%1\n"
                "Ask your teacher or librarian if you need it."
            )
        return text.replace("%1", where)

    def _tell_notice(self, notice: StoreNotice) -> None:
        from PySide6.QtWidgets import QMessageBox

        title = (
            self.tr("Progress not saved")
            if notice.kind in (NoticeKind.SAVE_FAILED, NoticeKind.NEWER)
            else self.tr("Progress file damaged")
        )
        QMessageBox.warning(self, title, self.notice_text(notice))

    def show_start_notices(self) -> None:
        """What happened to the learner's files before the window opened, said once."""
        store = self.session.store
        for notice in store.notices:
            if notice.kind in (NoticeKind.SAVE_FAILED, NoticeKind.NEWER):
                self._show_saving_banner(notice)
                if self._saving_told:
                    continue
                self._saving_told = True
            self._tell_notice(notice)
        store.notices.clear()
        self._warn_no_chinese_font()
        if self.session.catalog.problems:
            self.statusBar().showMessage(
                self.tr("Some content could not be loaded: see Help > Content problems."), 15000
            )

    def _warn_no_chinese_font(self) -> None:
        store = self.session.store
        if not languages.uses_cjk(self.session.language) or has_cjk_font():
            return
        if store.get_setting("cjk_font_warned"):  # say it once, not at every start
            return
        store.set_setting("cjk_font_warned", True)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self,
            self.tr("No Chinese font"),
            self.tr(
                "This computer has no font for Chinese text, so Chinese may show as "
                "empty boxes. Ask the administrator to install a Chinese font (on "
                "Debian or Ubuntu: the package fonts-noto-cjk)."
            ),
        )
