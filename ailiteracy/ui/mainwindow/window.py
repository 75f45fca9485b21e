"""The main window: navigation on the left, the current screen on the right.

:class:`MainWindow` builds the widgets and connects them; what it does is in its
parts, one module each (see ``base.py``).
"""

from __future__ import annotations

import time
from typing import ClassVar

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.layout import window_settings_file
from ...core.review import ReviewQueue
from ...core.session import Session
from ...core.store import utcnow
from ..layouts import PageStack
from ..lessonview import LessonView
from ..qtapp import running_app
from ..quizview import QuizView
from ..theme import apply_style_sheet
from ..views import HomeView
from .appearance import WindowAppearance
from .dialogs import WindowDialogs
from .dragdrop import WindowDropTarget
from .history import WindowHistory
from .lessons import WindowLessons
from .links import WindowLinks
from .menus import WindowMenus
from .navigation import WindowNavigation
from .notices import WindowNotices
from .screens import WindowScreens
from .selftest import WindowSelfTest

NAV_WIDTH = 320  # the module list's starting width, in pixels
NAV_MIN_WIDTH = 220


class MainWindow(
    WindowMenus,
    WindowNavigation,
    WindowScreens,
    WindowLessons,
    WindowHistory,
    WindowLinks,
    WindowAppearance,
    WindowDialogs,
    WindowNotices,
    WindowDropTarget,
    WindowSelfTest,
):
    """The app's window.

    Signals:
        language_switched(object): the new window that replaced this one.
    """

    current: ClassVar[MainWindow | None] = None  # the window in use after a language switch

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        # Colours, font and text size before any child exists, so that each widget is
        # made with them; the style sheet once all are built (see theme.apply).
        self._apply_theme(style_sheet=False)
        self.setWindowTitle("ailiteracy")
        self.setAccessibleName(self.tr("ailiteracy main window"))
        settings_file = str(window_settings_file(session.data_dir))
        self.settings = QSettings(settings_file, QSettings.Format.IniFormat)
        self.lesson_started = None
        self.clock = time.monotonic  # seconds, for time spent in lessons; tests replace it
        self._init_history()
        self.confirm_external = self._ask_open_external  # tests replace this
        self.on_sign_out = None  # set by the controller
        self.setAcceptDrops(True)  # assignment and progress files can be dropped on the window
        self._build_nav_dock()
        self._build_screens()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self._build_identity_bar())
        for banner in self._build_banners():
            central_layout.addWidget(banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._connect_screens()
        self._build_menus()
        self.lesson_view.back_button.clicked.connect(self.go_back)
        self._update_history_actions()
        apply_style_sheet(running_app())
        self.apply_appearance(theme_applied=True)
        self.load_catalog_views()
        self._restore()

    # ------------------------------------------------------------------ set-up

    def _build_nav_dock(self) -> None:
        self.nav = QTreeWidget()
        self.nav.setHeaderHidden(True)
        self.nav.setAccessibleName(self.tr("Modules and lessons"))
        self.nav.itemActivated.connect(self._nav_activated)
        self.nav.itemClicked.connect(self._nav_activated)
        dock = QDockWidget(self.tr("Modules"), self)
        dock.setObjectName("navDock")
        dock.setWidget(self.nav)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.resizeDocks([dock], [NAV_WIDTH], Qt.Orientation.Horizontal)
        self.nav.setMinimumWidth(NAV_MIN_WIDTH)

    def _build_screens(self) -> None:
        """The screens used every session; the others are built on first use (screens.py)."""
        session = self.session
        self.stack = PageStack()
        self.home = HomeView(guest=session.guest)
        self.lesson_view = LessonView()
        self.quiz_view = QuizView(session.store)
        self.review = ReviewQueue(session.store)
        self.quiz_view.on_review_answer = lambda module, question, result: self.review.record(
            module, question, result.correct, utcnow()
        )
        for view in (
            self.home,
            self.lesson_view,
            self.quiz_view,
        ):
            self.stack.addWidget(view)

    def _connect_screens(self) -> None:
        self.home.open_step.connect(self.open_step)
        self.home.resume.connect(self.resume)
        self.home.start_review.connect(self.start_review)
        self.lesson_view.link_activated.connect(self.follow_link)
        self.lesson_view.take_quiz.connect(self._quiz_for_current_lesson)
        self.lesson_view.next_lesson.connect(self._next_lesson)
        self.lesson_view.end_reached.connect(self._lesson_end_reached)
        self.quiz_view.go_to_section.connect(self.open_lesson)
        self.quiz_view.attempt_finished.connect(lambda _a: self.refresh())
        self.quiz_view.attempt_finished.connect(lambda _a: self.sharing.tick())
        self.quiz_view.question_shown.connect(lambda _i: self._remember_quiz_position())

    def _build_identity_bar(self) -> QWidget:
        """Who is signed in (or that this is a guest), with a one-click switch."""
        bar = QWidget()
        bar.setObjectName("identityBar")
        layout = QHBoxLayout(bar)
        if self.session.guest:
            who = self.tr("Guest, nothing is saved")
        else:
            who = self.tr("Signed in as %1").replace("%1", self.session.profile_name or "?")
        self.identity_label = QLabel(who)
        self.identity_label.setObjectName("identity")
        self.identity_label.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed
        self.identity_label.setWordWrap(True)
        self.identity_label.setAccessibleDescription(self.tr("Who is using the app"))
        self.switch_button = QPushButton(self.tr("S&witch learner"))
        self.switch_button.setAccessibleName(
            self.tr("Switch learner: sign out and choose who you are")
        )
        self.switch_button.clicked.connect(self.sign_out)
        layout.addWidget(self.identity_label, 1)
        layout.addWidget(self.switch_button)
        return bar

    def load_catalog_views(self) -> None:
        catalog = self.session.catalog
        if self._timeline_view is not None:
            self._timeline_view.set_events(catalog.timeline)
        if self._glossary_view is not None:
            self._glossary_view.set_catalog(catalog)
        if self._search_view is not None:
            self._search_view.set_catalog(catalog)
        self.refresh()

    def switch_language(self, language: str) -> MainWindow:
        """Switch interface and content language, keeping the learner's place.

        A new window replaces this one; ``language_switched`` tells whoever holds
        the window.
        """
        if language == self.session.language:
            return self
        from ..language import install_translators

        self._save_place()
        self.session.store.set_setting("language", language)
        self.session.reload_catalog(language)
        install_translators(running_app(), language)
        replacement = MainWindow(self.session)
        type(self).current = replacement  # keep the new window alive
        replacement.setGeometry(self.geometry())
        replacement.show()
        self.close()
        self.deleteLater()  # the replacement takes over; nothing may keep this one alive
        self.language_switched.emit(replacement)
        replacement.show_start_notices()
        return replacement

    # ------------------------------------------------------------------ state

    def _restore(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self.fit_to_screen()
        position = self.session.store.position()
        if position is not None and position.view != "home":
            self.resume()
        else:
            self.stack.setCurrentWidget(self.home)

    def _save_place(self) -> None:
        self._leave_lesson()  # keeps the lesson, section and scroll position

    def sign_out(self) -> None:
        if self.on_sign_out is not None:
            self._save_place()
            self.on_sign_out()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.sharing.stop()
        self._save_place()
        if not self.session.guest:  # a guest session writes nothing to disk
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.sync()
        super().closeEvent(event)
