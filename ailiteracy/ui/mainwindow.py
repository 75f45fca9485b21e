"""The main window: navigation on the left, the current screen on the right."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QFontDatabase,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.content import Module
from ..core.layout import window_settings_file
from ..core.nextstep import Step, StepKind, first_unread, lesson_after, resume_step
from ..core.reading import counts_as_read
from ..core.review import ReviewQueue
from ..core.session import Session
from ..core.storage import NoticeKind, StoreNotice
from ..core.store import Position, utcnow
from . import theme
from .layouts import PageStack
from .lessonview import LessonView
from .plaintext import plain_tip
from .quizview import QuizView
from .reviewview import ReviewView
from .settings import SettingsDialog
from .sharing import ResultSharing, store_name
from .timelineview import TimelineView
from .views import GlossaryView, HomeView, SearchView

if TYPE_CHECKING:
    from .assignedview import AssignedView
    from .calibrationview import CalibrationView
    from .miniwebview import MiniWebView
    from .reviewview import ReviewView
    from .teacher import TeacherView
    from .timelineview import TimelineView

ASSIGNMENT_FILE_SUFFIX = ".ailiteracy-assignment"  # as in core/assignments.py
PROGRESS_FILE_SUFFIX = ".ailiteracy-progress"  # as in core/transfer.py
NAV_HIDDEN_FROM = 200  # text size (%) from which the module list starts hidden
ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_MODULE = Qt.ItemDataRole.UserRole + 1
ROLE_LESSON = Qt.ItemDataRole.UserRole + 2


def has_cjk_font() -> bool:
    """Whether the system has a font that can show Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


class MainWindow(QMainWindow):
    """The app's window.

    Signals:
        language_switched(object): the new window that replaced this one.
    """

    language_switched = Signal(object)
    current: MainWindow | None = None

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._apply_theme()  # before any child exists, so nothing is styled twice
        self.setWindowTitle("ailiteracy")
        self.setAccessibleName(self.tr("ailiteracy main window"))
        settings_file = str(window_settings_file(session.data_dir))
        self.settings = QSettings(settings_file, QSettings.Format.IniFormat)
        self.lesson_started: float | None = None
        self.clock = time.monotonic  # seconds, for time spent in lessons; tests replace it
        # reading history for Back/Forward: ("lesson", module, lesson, scroll) or ("glossary", term)
        self.history: list[tuple] = []
        self.history_at = -1
        self._history_scroll: dict[int, float] = {}  # where each lesson in it was left
        self._moving_in_history = False
        self.confirm_external = self._ask_open_external  # tests replace this
        self.on_sign_out = None  # set by the controller
        self.setAcceptDrops(True)  # assignment and progress files can be dropped on the window

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
        self.resizeDocks([dock], [320], Qt.Orientation.Horizontal)
        self.nav.setMinimumWidth(220)

        self.stack = PageStack()
        self.home = HomeView(guest=session.guest)
        self.lesson_view = LessonView()
        self.quiz_view = QuizView(session.store)
        self.glossary_view = GlossaryView()
        self.search_view = SearchView()
        self._timeline_view: TimelineView | None = None
        self._calibration_view: CalibrationView | None = None
        self._review_view: ReviewView | None = None
        self._teacher_view: TeacherView | None = None
        self._assigned_view: AssignedView | None = None
        self._miniweb_view: MiniWebView | None = None
        self.review = ReviewQueue(session.store)
        self.quiz_view.on_review_answer = lambda module, question, result: self.review.record(
            module, question, result.correct, utcnow()
        )
        for view in (
            self.home,
            self.lesson_view,
            self.quiz_view,
            self.glossary_view,
            self.search_view,
        ):
            self.stack.addWidget(view)
        self.guest_banner = QLabel(
            self.tr(
                "To keep what you do as a guest, use File > Export my progress before you leave."
            )
        )
        self.guest_banner.setObjectName("notice")
        self.guest_banner.setWordWrap(True)
        self.guest_banner.setAccessibleName(self.tr("Guest session notice"))
        self.guest_banner.setVisible(session.guest)
        self.saving_banner = QLabel()
        self.saving_banner.setObjectName("feedback")
        self.saving_banner.setWordWrap(True)
        self.saving_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.saving_banner.setAccessibleName(self.tr("Saving notice"))
        self.saving_banner.hide()
        self._saving_told = False
        session.store.on_stop(self._saving_stopped)
        if session.store.guard.stopped is not None:
            self._show_saving_banner(session.store.guard.stopped)
        self.idle_banner = QWidget()
        idle_layout = QHBoxLayout(self.idle_banner)
        self.idle_label = QLabel()
        self.idle_label.setObjectName("feedback")
        self.idle_label.setAccessibleName(self.tr("Sign-out warning"))
        self.stay_button = QPushButton(self.tr("&Stay signed in"))
        self.stay_button.setAccessibleName(self.tr("Stay signed in"))
        self._stay = None
        self.stay_button.clicked.connect(lambda: self._stay() if self._stay else None)
        idle_layout.addWidget(self.idle_label, 1)
        idle_layout.addWidget(self.stay_button)
        self.idle_banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self._build_identity_bar())
        central_layout.addWidget(self.guest_banner)
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
        central_layout.addWidget(self.sharing_label)
        central_layout.addWidget(self.saving_banner)
        central_layout.addWidget(self.idle_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.home.open_step.connect(self.open_step)
        self.home.resume.connect(self.resume)
        self.lesson_view.link_activated.connect(self.follow_link)
        self.lesson_view.take_quiz.connect(self._quiz_for_current_lesson)
        self.lesson_view.next_lesson.connect(self._next_lesson)
        self.lesson_view.end_reached.connect(self._lesson_end_reached)
        self.quiz_view.go_to_section.connect(self.open_lesson)
        self.quiz_view.attempt_finished.connect(lambda _a: self.refresh())
        self.quiz_view.attempt_finished.connect(lambda _a: self.sharing.tick())
        self.quiz_view.question_shown.connect(lambda _i: self._remember_quiz_position())
        self.glossary_view.open_lesson.connect(self.open_target)
        self.search_view.open_hit.connect(self._open_hit)
        self.home.start_review.connect(self.start_review)

        self._build_menus()
        self.lesson_view.back_button.clicked.connect(self.go_back)
        self.glossary_view.back_button.clicked.connect(self.go_back)
        self._update_history_actions()
        self.apply_appearance(theme_applied=True)
        self.load_catalog_views()
        self._restore()

    # ------------------------------------------------------------------ set-up

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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.show_settings
        )
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.export_action = self._action(
            self.tr("&Export my progress…"), None, self.export_progress
        )
        self.import_action = self._action(self.tr("&Import progress…"), None, self.import_progress)
        self.sign_out_action = self._action(self.tr("Sign &out"), "Ctrl+Shift+Q", self.sign_out)
        self.open_assignment_action = self._action(
            self.tr("Open &assignment…"), "Ctrl+O", lambda: self.open_assignment_file()
        )
        self.teacher_action = self._action(
            self.tr("&Teacher mode…"), "Ctrl+Shift+T", self.show_teacher_mode
        )
        file_menu.addAction(self.open_assignment_action)
        file_menu.addAction(self.teacher_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.quit_action)
        go = bar.addMenu(self.tr("&Go"))
        self.home_action = self._action(self.tr("&Home and progress"), "Ctrl+H", self.show_home)
        self.glossary_action = self._action(self.tr("&Glossary"), "Ctrl+G", self.show_glossary)
        self.search_action = self._action(
            self.tr("&Search"), QKeySequence.StandardKey.Find, self.show_search
        )
        self.nav_action = self._action(self.tr("Module &list"), "F6", self.focus_nav)
        self.back_action = self._action(
            self.tr("&Back"), QKeySequence.StandardKey.Back, self.go_back
        )
        self.back_action.setShortcuts([QKeySequence("Alt+Left")])
        self.forward_action = self._action(
            self.tr("&Forward"), QKeySequence.StandardKey.Forward, self.go_forward
        )
        self.forward_action.setShortcuts([QKeySequence("Alt+Right")])
        self.timeline_action = self._action(
            self.tr("Governance &timeline"), "Ctrl+T", self.show_timeline
        )
        self.review_action = self._action(
            self.tr("&Review due questions"), "Ctrl+R", self.start_review
        )
        self.calibration_action = self._action(
            self.tr("How sure vs. ho&w right"), "Ctrl+K", self.show_calibration
        )
        self.assigned_action = self._action(
            self.tr("&Assigned to me"), "Ctrl+J", self.show_assigned
        )
        go.addAction(self.back_action)
        go.addAction(self.forward_action)
        go.addSeparator()
        for action in (
            self.home_action,
            self.assigned_action,
            self.review_action,
            self.glossary_action,
            self.search_action,
            self.timeline_action,
            self.calibration_action,
            self.nav_action,
        ):
            go.addAction(action)
        view = bar.addMenu(self.tr("&View"))
        self.bigger_action = self._action(
            self.tr("&Larger text"), QKeySequence.StandardKey.ZoomIn, lambda: self.step_text_size(1)
        )
        self.bigger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller_action = self._action(
            self.tr("&Smaller text"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.step_text_size(-1),
        )
        self.reset_size_action = self._action(
            self.tr("&Normal text size"), "Ctrl+0", lambda: self.set_text_size(100)
        )
        for action in (self.bigger_action, self.smaller_action, self.reset_size_action):
            view.addAction(action)
        view.addSeparator()
        self.theme_actions = {}
        for name, label in (
            ("default", self.tr("&Default colours")),
            ("dark", self.tr("Dar&k colours")),
            ("high-contrast", self.tr("&High contrast")),
        ):
            action = self._action(label, None, lambda _=False, n=name: self.set_theme(n))
            action.setCheckable(True)
            self.theme_actions[name] = action
            view.addAction(action)
        view.addSeparator()
        language_menu = view.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self)
        self.language_actions = {}
        for code, label in (("en", "English"), ("zh-CN", "中文（简体）")):
            action = self._action(label, None, lambda _=False, c=code: self.switch_language(c))
            action.setCheckable(True)
            action.setChecked(code == self.session.language)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts
        )
        help_menu.addAction(self.shortcuts_action)
        self.card_action = self._action(
            self.tr("SIFT routine &card (PDF)…"), None, lambda: self.save_routine_card()
        )
        help_menu.addAction(self.card_action)
        self.problems_action = self._action(
            self.tr("Content &problems…"), None, self.show_content_problems
        )
        help_menu.addAction(self.problems_action)
        help_menu.addAction(self._action(self.tr("&About ailiteracy"), None, self.show_about))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def load_catalog_views(self) -> None:
        catalog = self.session.catalog
        if self._timeline_view is not None:
            self._timeline_view.set_events(catalog.timeline)
        self.glossary_view.set_catalog(catalog)
        self.search_view.set_catalog(catalog)
        self.refresh()

    def refresh(self) -> None:
        """Redraw navigation marks and the progress table."""
        store, catalog = self.session.store, self.session.catalog
        states = store.lesson_states()
        expanded = {
            self.nav.topLevelItem(i).data(0, ROLE_MODULE)
            for i in range(self.nav.topLevelItemCount())
            if self.nav.topLevelItem(i).isExpanded()
        }
        current = self.nav.currentItem()
        current_key = (
            (current.data(0, ROLE_KIND), current.data(0, ROLE_MODULE), current.data(0, ROLE_LESSON))
            if current
            else None
        )
        self.nav.clear()
        for module in catalog.modules:
            summary = store.summary(module.id)
            mark = " \u2714" if summary.passed else ""
            top = QTreeWidgetItem([f"{module.title}{mark}"])
            top.setData(0, ROLE_KIND, "module")
            top.setData(0, ROLE_MODULE, module.id)
            top.setToolTip(0, plain_tip(module.summary))
            for lesson in module.lessons:
                read = states.get((module.id, lesson.id))
                done = " \u2714" if read and read.read else ""
                child = QTreeWidgetItem([f"{lesson.title}{done}"])
                child.setData(0, ROLE_KIND, "lesson")
                child.setData(0, ROLE_MODULE, module.id)
                child.setData(0, ROLE_LESSON, lesson.id)
                child.setData(
                    0,
                    Qt.ItemDataRole.AccessibleDescriptionRole,
                    self.tr("read") if done else self.tr("not read yet"),
                )
                top.addChild(child)
            for task in module.tasks:
                practice = QTreeWidgetItem([self.tr("Practice: %1").replace("%1", task.title)])
                practice.setData(0, ROLE_KIND, "practice")
                practice.setData(0, ROLE_MODULE, module.id)
                practice.setData(0, ROLE_LESSON, task.id)
                top.addChild(practice)
            quiz_text = self.tr("Quiz")
            if summary.best is not None:
                quiz_text += f" ({summary.best}%)"
            quiz = QTreeWidgetItem([quiz_text + mark])
            quiz.setData(0, ROLE_KIND, "quiz")
            quiz.setData(0, ROLE_MODULE, module.id)
            top.addChild(quiz)
            self.nav.addTopLevelItem(top)
            if module.id in expanded:
                top.setExpanded(True)
            for item in [top] + [top.child(i) for i in range(top.childCount())]:
                key = (
                    item.data(0, ROLE_KIND),
                    item.data(0, ROLE_MODULE),
                    item.data(0, ROLE_LESSON),
                )
                if key == current_key:
                    self.nav.setCurrentItem(item)
        self.home.refresh(catalog, store)
        due = self.review.count_due(utcnow(), catalog)
        self.home.review_button.setText(
            self.tr("&Review %1 due question(s)").replace("%1", str(due))
        )
        self.home.review_button.setVisible(due > 0)

    # ------------------------------------------------------------------ navigation

    def module(self, module_id: str) -> Module | None:
        return self.session.catalog.module(module_id)

    def _leave_lesson(self) -> None:
        lesson_view = self.lesson_view
        if self.stack.currentWidget() is lesson_view and lesson_view.lesson and lesson_view.module:
            here = ("lesson", lesson_view.module.id, lesson_view.lesson.id)
            if 0 <= self.history_at < len(self.history) and self.history[self.history_at] == here:
                self._history_scroll[self.history_at] = lesson_view.scroll_fraction()
            self.session.store.set_position(
                Position(
                    "lesson",
                    lesson_view.module.id,
                    lesson_view.lesson.id,
                    lesson_view.current_anchor(),
                    scroll=lesson_view.scroll_fraction(),
                )
            )
        if self.lesson_started is not None and lesson_view.lesson and lesson_view.module:
            spent = self.clock() - self.lesson_started
            self.session.store.add_lesson_time(
                lesson_view.module.id, lesson_view.lesson.id, min(spent, 3600)
            )
            self._mark_read_if_read(0.0)
        self.lesson_started = None

    def _mark_read_if_read(self, unsaved_seconds: float) -> bool:
        """Mark the lesson shown as read once the core's rule says it is; True if marked now."""
        view = self.lesson_view
        if view.module is None or view.lesson is None:
            return False
        key = (view.module.id, view.lesson.id)
        state = self.session.store.lesson_states(view.module.id).get(key)
        if state is not None and state.read:
            return False
        seconds = (state.seconds if state else 0.0) + unsaved_seconds
        if not counts_as_read(
            reached_end=view.reached_end, seconds=seconds, minutes=view.lesson.minutes
        ):
            return False
        self.session.store.mark_lesson_read(*key)
        return True

    def _lesson_end_reached(self) -> None:
        if self.lesson_started is not None and self._mark_read_if_read(
            min(self.clock() - self.lesson_started, 3600)
        ):
            self.refresh()

    def _show(self, widget) -> None:
        if widget is not self.lesson_view:
            self._leave_lesson()
        self.stack.setCurrentWidget(widget)

    def show_home(self) -> None:
        self._show(self.home)
        self.refresh()
        self.session.store.set_position(Position("home"))

    def show_glossary(self, term_id: str = "") -> None:
        self._show(self.glossary_view)
        if term_id:
            self.glossary_view.show_term(term_id)
            self._remember(("glossary", term_id))
        self.glossary_view.filter.setFocus()

    # Screens used less often are built on first use, to keep start-up quick.

    @property
    def timeline_view(self) -> TimelineView:
        if self._timeline_view is None:
            from .timelineview import TimelineView

            self._timeline_view = TimelineView()
            self._timeline_view.set_events(self.session.catalog.timeline)
            self._timeline_view.open_lesson.connect(self.open_target)
            self._timeline_view.open_source.connect(self.follow_link)
            self.stack.addWidget(self._timeline_view)
        return self._timeline_view

    @property
    def miniweb_view(self) -> MiniWebView:
        if self._miniweb_view is None:
            from .miniwebview import MiniWebView

            self._miniweb_view = MiniWebView()
            self.stack.addWidget(self._miniweb_view)
        return self._miniweb_view

    @property
    def calibration_view(self) -> CalibrationView:
        if self._calibration_view is None:
            from .calibrationview import CalibrationView

            self._calibration_view = CalibrationView()
            self.stack.addWidget(self._calibration_view)
        return self._calibration_view

    @property
    def review_view(self) -> ReviewView:
        if self._review_view is None:
            from .reviewview import ReviewView

            self._review_view = ReviewView()
            self._review_view.go_to_section.connect(self.open_lesson)
            self._review_view.finished.connect(self.show_home)
            self.stack.addWidget(self._review_view)
        return self._review_view

    @property
    def teacher_view(self) -> TeacherView:
        if self._teacher_view is None:
            from .teacher import TeacherView

            self._teacher_view = TeacherView(self.session)
            self._teacher_view.leave.connect(self.show_home)
            self._teacher_view.catalog_changed.connect(self.load_catalog_views)
            self.stack.addWidget(self._teacher_view)
        return self._teacher_view

    @property
    def assigned_view(self) -> AssignedView:
        if self._assigned_view is None:
            from .assignedview import AssignedView

            self._assigned_view = AssignedView(self.session)
            self._assigned_view.open_module.connect(self.open_module)
            self.stack.addWidget(self._assigned_view)
        return self._assigned_view

    @property
    def teacher_lock(self):
        if getattr(self, "_teacher_lock", None) is None:
            from ..core.pins import TeacherPin

            self._teacher_lock = TeacherPin(
                self.session.data_dir,
                self.session.policy.teacher_pin_hash,
                keep_on_disk=not self.session.guest,
                min_length=self.session.policy.pin_min_length,
            )
        return self._teacher_lock

    def show_teacher_mode(self) -> None:
        if self._teacher_view is not None and self.stack.currentWidget() is self._teacher_view:
            return
        from .teacher import ask_teacher_pin

        if ask_teacher_pin(self, self.teacher_lock):
            self.teacher_view.on_catalog_changed()
            self._show(self.teacher_view)

    def show_assigned(self) -> None:
        self._show(self.assigned_view)
        self.assigned_view.tree.setFocus()

    def open_assignment_file(self, path: Path | None = None) -> None:
        """Add an assignment file to "Assigned to me" (from the menu or the command line)."""
        self.show_assigned()
        self.assigned_view.open_assignment_file(path)

    def show_timeline(self) -> None:
        self._show(self.timeline_view)
        self.timeline_view.list.setFocus()

    def show_calibration(self) -> None:
        self.calibration_view.set_answers(self.session.store.answers())
        self._show(self.calibration_view)

    def start_review(self) -> None:
        self._show(self.review_view)
        self.review_view.start(self.review, self.session.catalog)

    def show_search(self) -> None:
        self._show(self.search_view)
        self.search_view.query.setFocus()
        self.search_view.query.selectAll()

    def open_module(self, module_id: str) -> None:
        module = self.module(module_id)
        if module is None or not module.lessons:
            return
        unread = first_unread(module, self.session.store.lesson_states(module_id))
        if unread is None:
            self.open_quiz(module_id)
        else:
            self.open_lesson(module_id, unread.id, "")

    # ------------------------------------------------------------------ back and forward

    def _remember(self, place: tuple) -> None:
        if self._moving_in_history:
            return
        if 0 <= self.history_at < len(self.history) and self.history[self.history_at] == place:
            return
        del self.history[self.history_at + 1 :]
        for later in [k for k in self._history_scroll if k > self.history_at]:
            del self._history_scroll[later]
        self.history.append(place)
        self.history_at = len(self.history) - 1
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history_at > 0)
        self.forward_action.setEnabled(self.history_at + 1 < len(self.history))
        self.lesson_view.back_button.setEnabled(self.back_action.isEnabled())
        self.glossary_view.back_button.setEnabled(self.back_action.isEnabled())

    def go_back(self) -> None:
        """Return to the previous lesson or glossary term, at the place it was left."""
        self._go_to(self.history_at - 1)

    def go_forward(self) -> None:
        self._go_to(self.history_at + 1)

    def _go_to(self, index: int) -> None:
        if not 0 <= index < len(self.history):
            return
        self._leave_lesson()  # keeps the scroll position of the lesson being left
        self._moving_in_history = True
        try:
            place = self.history[index]
            self.history_at = index
            if place[0] == "lesson":
                self.open_lesson(place[1], place[2], scroll=self._history_scroll.get(index, 0.0))
            else:
                self.show_glossary(place[1])
        finally:
            self._moving_in_history = False
        self._update_history_actions()

    def open_step(self, step: Step) -> None:
        """Open the lesson or quiz a home-screen step names, at its place."""
        if step is None or not step.module:
            return
        if step.is_quiz:
            self.open_quiz(step.module, index=step.quiz_index, resume=step.resumes_attempt)
        elif step.lesson:
            self.open_lesson(step.module, step.lesson, step.anchor, scroll=step.scroll)

    def open_lesson(
        self, module_id: str, lesson_id: str, anchor: str = "", *, scroll: float = 0.0
    ) -> bool:
        module = self.module(module_id)
        lesson = module.lesson(lesson_id) if module else None
        if module is None or lesson is None:
            self.statusBar().showMessage(self.tr("That lesson is not available."), 5000)
            return False
        self._leave_lesson()
        self.lesson_view.show_lesson(module, lesson, anchor)
        self.stack.setCurrentWidget(self.lesson_view)
        if scroll:
            self.lesson_view.set_scroll_fraction(scroll)
        self._remember(("lesson", module_id, lesson_id))
        self.lesson_started = self.clock()
        self.session.store.set_position(Position("lesson", module_id, lesson_id, anchor))
        self.refresh()
        self._select_nav("lesson", module_id, lesson_id)
        return True

    def open_practice(self, module_id: str, task_id: str) -> bool:
        """Open a mini-web practice task of a module."""
        module = self.module(module_id)
        task = next((t for t in module.tasks if t.id == task_id), None) if module else None
        if module is None or task is None:
            self.statusBar().showMessage(self.tr("That practice task is not available."), 5000)
            return False
        self._show(self.miniweb_view)
        self.miniweb_view.show_task(module, task)
        self._select_nav("practice", module_id, task_id)
        return True

    def open_quiz(self, module_id: str, *, index: int | None = None, resume: bool = True) -> bool:
        module = self.module(module_id)
        if module is None or not module.questions:
            return False
        self._show(self.quiz_view)
        self.quiz_view.start(module, index=index, resume=resume)
        self._select_nav("quiz", module_id, None)
        return True

    def _remember_quiz_position(self) -> None:
        if self.quiz_view.module is not None:
            self.session.store.set_position(
                Position("quiz", self.quiz_view.module.id, question=self.quiz_view.index)
            )

    def open_target(self, target: str) -> None:
        """Open ``module/lesson#anchor``."""
        module_id, _, rest = target.partition("/")
        lesson_id, _, anchor = rest.partition("#")
        self.open_lesson(module_id, lesson_id, anchor)

    def _open_hit(self, hit) -> None:
        if hit.kind == "glossary":
            self.show_glossary(hit.lesson)
        else:
            self.open_lesson(hit.module, hit.lesson, hit.anchor)

    def _select_nav(self, kind: str, module_id: str, lesson_id: str | None) -> None:
        for i in range(self.nav.topLevelItemCount()):
            top = self.nav.topLevelItem(i)
            if top.data(0, ROLE_MODULE) != module_id:
                continue
            top.setExpanded(True)
            for j in range(top.childCount()):
                child = top.child(j)
                if child.data(0, ROLE_KIND) == kind and (
                    kind == "quiz" or child.data(0, ROLE_LESSON) == lesson_id
                ):
                    self.nav.setCurrentItem(child)

    def _nav_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, ROLE_KIND)
        module_id = item.data(0, ROLE_MODULE)
        if kind == "lesson":
            self.open_lesson(module_id, item.data(0, ROLE_LESSON))
        elif kind == "quiz":
            self.open_quiz(module_id)
        elif kind == "practice":
            self.open_practice(module_id, item.data(0, ROLE_LESSON))
        elif kind == "module":
            item.setExpanded(True)

    def _quiz_for_current_lesson(self) -> None:
        if self.lesson_view.module:
            self.open_quiz(self.lesson_view.module.id)

    def _next_lesson(self) -> None:
        module, lesson = self.lesson_view.module, self.lesson_view.lesson
        following = lesson_after(module, lesson.id) if module and lesson else None
        if module and following is not None:
            self.open_lesson(module.id, following.id)

    def resume(self) -> None:
        """Reopen the lesson or quiz the learner had open last, exactly where they were."""
        store, modules = self.session.store, self.session.catalog.modules
        summaries = {m.id: store.summary(m.id) for m in modules}
        step = resume_step(store.place(), modules, store.lesson_states(), summaries)
        if step.kind is StepKind.NOTHING:
            self.show_home()
        else:
            self.open_step(step)

    # ------------------------------------------------------------------ links

    def follow_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "glossary":
            self.show_glossary(url.path())
        elif scheme == "lesson":
            target = url.path() + (f"#{url.fragment()}" if url.hasFragment() else "")
            self.open_target(target)
        elif scheme == "card":
            self.save_routine_card()
        elif scheme in ("http", "https", "mailto"):
            if not self.session.policy.external_links:
                QMessageBox.information(
                    self,
                    self.tr("Links are switched off"),
                    self.tr(
                        "On this computer, web links cannot be opened. The address is:\n%1"
                    ).replace("%1", url.toString()),
                )
                return
            if self.confirm_external(url):
                QDesktopServices.openUrl(url)
        elif url.isLocalFile() or not scheme:
            self.statusBar().showMessage(self.tr("That link does not lead anywhere."), 5000)

    def _ask_open_external(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open a web page?"),
            self.tr(
                "This link leads to a web page outside the app:\n\n%1\n\n"
                "Open it in your web browser? This needs an internet connection."
            ).replace("%1", url.toString()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ appearance

    def _apply_theme(self):
        store = self.session.store
        name = store.get_setting("theme", "default")
        size = int(store.get_setting("text_size", self.session.policy.default_text_size or 100))
        app = QApplication.instance()
        return theme.apply(app, name, size, chinese=self.session.language == "zh-CN")

    def apply_appearance(self, *, theme_applied: bool = False) -> None:
        font = QApplication.instance().font() if theme_applied else self._apply_theme()
        for key, action in self.theme_actions.items():
            action.setChecked(key == theme.current().name)
        self.lesson_view.apply_font(font)
        # at large text sizes the module list would only show "How ge…": the home cards
        # and F6 (which shows the list again) take its place
        self.nav.parentWidget().setVisible(theme.scale() < NAV_HIDDEN_FROM)
        self.apply_icons()
        self.fit_to_screen()

    def apply_icons(self) -> None:
        """Icons (Tabler Icons, bundled as SVG) in the current theme's colours."""
        from .icons import icon, set_icon

        text = theme.current().text
        set_icon(self.switch_button, "users", text)
        for action, name in (
            (self.home_action, "home"),
            (self.search_action, "search"),
            (self.settings_action, "settings"),
            (self.teacher_action, "school"),
            (self.back_action, "arrow-left"),
            (self.forward_action, "arrow-right"),
        ):
            action.setIcon(icon(name, text))
        self.home.apply_icons()

    def focus_nav(self) -> None:
        self.nav.parentWidget().show()
        self.nav.setFocus()

    def fit_to_screen(self) -> None:
        """Shrink the window to the screen when it is bigger (after a larger text size)."""
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the new text size's minimum sizes
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), available.width() - frame.width())
        height = min(self.height(), available.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not available.contains(self.frameGeometry()):
            self.move(
                max(
                    available.left(),
                    min(self.x(), available.right() - self.frameGeometry().width()),
                ),
                max(
                    available.top(),
                    min(self.y(), available.bottom() - self.frameGeometry().height()),
                ),
            )

    def set_theme(self, name: str) -> None:
        self.session.store.set_setting("theme", name)
        self.apply_appearance()

    def set_text_size(self, percent: int) -> None:
        self.session.store.set_setting("text_size", percent)
        self.apply_appearance()
        self.statusBar().showMessage(
            self.tr("Text size: %1%").replace("%1", str(theme.scale())), 3000
        )

    def step_text_size(self, step: int) -> None:
        sizes = theme.SCALES
        current = sizes.index(theme.scale()) if theme.scale() in sizes else 0
        self.set_text_size(sizes[max(0, min(len(sizes) - 1, current + step))])

    # ------------------------------------------------------------------ dialogs

    def show_shortcuts(self) -> None:
        rows = [
            (self.home_action, self.tr("Home and progress")),
            (self.search_action, self.tr("Search")),
            (self.glossary_action, self.tr("Glossary")),
            (self.review_action, self.tr("Review due questions")),
            (self.assigned_action, self.tr("Assigned to me")),
            (self.open_assignment_action, self.tr("Open an assignment file")),
            (self.teacher_action, self.tr("Teacher mode")),
            (self.timeline_action, self.tr("Governance timeline")),
            (self.calibration_action, self.tr("How sure vs. how right")),
            (self.nav_action, self.tr("Move to the module list")),
            (self.bigger_action, self.tr("Larger text")),
            (self.smaller_action, self.tr("Smaller text")),
            (self.reset_size_action, self.tr("Normal text size")),
            (self.quit_action, self.tr("Quit")),
        ]
        lines = [
            f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{t}" for a, t in rows
        ]
        lines += [
            self.tr("Tab / Shift+Tab\tMove between controls"),
            self.tr("Space\tChoose an answer"),
            self.tr("Arrow keys\tMove between answers in a group"),
            self.tr("Ctrl+Return\tCheck the answer / go on"),
            self.tr("Alt+Up / Alt+Down\tMove an item when putting things in order"),
            self.tr("Alt + underlined letter\tPress that button"),
        ]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def save_routine_card(self, path: Path | None = None) -> Path | None:
        """Save the one-page SIFT routine card as a PDF in the current language."""
        from PySide6.QtCore import QStandardPaths

        from . import card, printing

        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name = self.tr("SIFT routine card") + ".pdf"
            path = printing.ask_pdf_path(
                self, self.tr("Save the SIFT routine card"), Path(folder or Path.home()) / name
            )
            if path is None:
                return None
        path = Path(path)
        try:
            card.card_pdf(path, self.session.language, printing.default_page_size())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("SIFT routine card"),
                self.tr("The card could not be saved in %1 (%2).")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        self.statusBar().showMessage(
            self.tr("The card was saved in %1. Open it to print it.").replace("%1", str(path)),
            15000,
        )
        return path

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ailiteracy"),
            self.tr(
                "ailiteracy %1\n\nLearn to use AI safely and to check what it tells you. "
                "Works offline; your progress stays on this computer."
            ).replace("%1", __version__),
        )

    def show_settings(self) -> None:
        store = self.session.store
        dialog = SettingsDialog(
            language=self.session.language,
            text_size=theme.scale(),
            theme_name=theme.current().name,
            folders=[str(p) for p in store.get_setting("content_folders", []) or []],
            policy=self.session.policy,
            parent=self,
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            values = dialog.values()
        finally:
            dialog.deleteLater()
        if accepted:
            self.apply_settings(values)

    def apply_settings(self, values: dict) -> MainWindow:
        """Apply settings from the dialog; returns the window now in use."""
        store = self.session.store
        store.set_setting("theme", values["theme"])
        store.set_setting("text_size", values["text_size"])
        folders = values["content_folders"]
        if folders != (store.get_setting("content_folders", []) or []):
            store.set_setting("content_folders", folders)
            self.session.extra_content = [
                *self.session.policy.content_folders,
                *[Path(f) for f in folders],
            ]
            self.session.reload_catalog()
            self.load_catalog_views()
            if self._teacher_view is not None:
                self._teacher_view.on_catalog_changed()
        self.apply_appearance()
        return self.switch_language(values["language"])

    def switch_language(self, language: str) -> MainWindow:
        """Switch interface and content language, keeping the learner's place."""
        if language == self.session.language:
            return self
        from .app import install_translators

        self._save_place()
        self.session.store.set_setting("language", language)
        self.session.reload_catalog(language)
        install_translators(QApplication.instance(), language)
        replacement = MainWindow(self.session)
        type(self).current = replacement  # keep the new window alive
        replacement.setGeometry(self.geometry())
        replacement.show()
        self.close()
        self.deleteLater()  # the replacement takes over; nothing may keep this one alive
        self.language_switched.emit(replacement)
        replacement.show_start_notices()
        return replacement

    # ------------------------------------------------------------------ dropped files

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.dropped_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        files = self.dropped_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.open_files(files)

    @staticmethod
    def dropped_files(urls) -> list[Path]:
        """The assignment and progress files among dropped URLs."""
        wanted = (ASSIGNMENT_FILE_SUFFIX, PROGRESS_FILE_SUFFIX)
        return [
            Path(url.toLocalFile())
            for url in urls
            if url.isLocalFile() and url.toLocalFile().endswith(wanted)
        ]

    def open_files(self, files: list[Path]) -> None:
        """Open dropped files: assignments go to "Assigned to me", progress is imported."""
        for path in files:
            if path.name.endswith(ASSIGNMENT_FILE_SUFFIX):
                self.open_assignment_file(path)
            else:
                self.import_progress(path)

    def sign_out(self) -> None:
        if self.on_sign_out is not None:
            self._save_place()
            self.on_sign_out()
        else:
            self.close()

    def show_idle_warning(self, seconds: int, stay) -> None:
        self.idle_label.setText(
            self.tr(
                "No one has used the computer for a while. You will be signed out in %1 seconds."
            ).replace("%1", str(seconds))
        )
        self._stay = stay
        self.idle_banner.show()

    def hide_idle_warning(self) -> None:
        self.idle_banner.hide()

    def export_progress(self, path: Path | None = None) -> None:
        from .profiles import export_progress_dialog

        name = self.session.profile_name or self.tr("Guest")
        export_progress_dialog(self, self.session.store, name, path=path)

    def import_progress(self, path: Path | None = None) -> None:
        from .profiles import import_progress_dialog

        if import_progress_dialog(self, self.session.store, path=path):
            self.refresh()

    def show_content_problems(self) -> None:
        problems = self.session.catalog.problems
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Content problems"))
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("List of content problems"))
        if problems:
            intro = self.tr(
                "These files have problems. The modules they belong to are not shown "
                "until the problems are fixed; every other module works. Each line gives "
                "the file, the line number and what is wrong."
            )
            text.setPlainText(intro + "\n\n" + "\n".join(str(p) for p in problems))
        else:
            text.setPlainText(self.tr("No problems found in the content."))
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        dialog.resize(800, 400)
        dialog.exec()
        dialog.deleteLater()

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
        title = (
            self.tr("Progress not saved")
            if notice.kind in (NoticeKind.SAVE_FAILED, NoticeKind.NEWER)
            else self.tr("Progress file damaged")
        )
        QMessageBox.warning(self, title, self.notice_text(notice))

    def show_start_notices(self) -> None:
        store = self.session.store
        for notice in store.notices:
            if notice.kind in (NoticeKind.SAVE_FAILED, NoticeKind.NEWER):
                self._show_saving_banner(notice)
                if self._saving_told:
                    continue
                self._saving_told = True
            self._tell_notice(notice)
        self.session.store.notices.clear()
        store = self.session.store
        if self.session.language == "zh-CN" and not has_cjk_font():
            if not store.get_setting("cjk_font_warned"):  # say it once, not at every start
                store.set_setting("cjk_font_warned", True)
                QMessageBox.information(
                    self,
                    self.tr("No Chinese font"),
                    self.tr(
                        "This computer has no font for Chinese text, so Chinese may show as "
                        "empty boxes. Ask the administrator to install a Chinese font (on "
                        "Debian or Ubuntu: the package fonts-noto-cjk)."
                    ),
                )
        if self.session.catalog.problems:
            self.statusBar().showMessage(
                self.tr("Some content could not be loaded: see Help > Content problems."), 15000
            )

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.sharing.stop()
        self._save_place()
        if not self.session.guest:  # a guest session writes nothing to disk
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.sync()
        super().closeEvent(event)

    # ------------------------------------------------------------------ self-test

    def self_test(self) -> int:
        """Check the installation: window, catalog, first lesson, its quiz."""
        steps = []
        try:
            self.show()
            QApplication.processEvents()
            catalog = self.session.catalog
            if not catalog.modules:
                raise RuntimeError("no module could be loaded")
            steps.append(f"catalog: {len(catalog.modules)} modules")
            module = catalog.modules[0]
            lesson = module.lessons[0]
            if not self.lesson_view.browser.toPlainText() or self.lesson_view.lesson != lesson:
                self.lesson_view.show_lesson(module, lesson)
                self.stack.setCurrentWidget(self.lesson_view)
            QApplication.processEvents()
            if not self.lesson_view.browser.toPlainText().strip():
                raise RuntimeError(f"lesson {module.id}/{lesson.id} rendered empty")
            steps.append(f"lesson: {module.id}/{lesson.id}")
            self.stack.setCurrentWidget(self.quiz_view)
            self.quiz_view.blockSignals(True)  # a check must not move the learner's place
            self.quiz_view.module = module
            self.quiz_view.attempt = None
            self.quiz_view.show_question(0)
            self.quiz_view.blockSignals(False)
            QApplication.processEvents()
            if self.quiz_view.widget is None:
                raise RuntimeError("quiz did not open")
            steps.append(f"quiz: {len(module.questions)} questions")
            for problem in catalog.problems:
                print(f"self-test: content problem: {problem}", file=sys.stderr)
        except Exception as exc:  # noqa: BLE001 (report any failure plainly)
            print(f"self-test: FAILED: {exc}", file=sys.stderr)
            return 1
        for step in steps:
            print(f"self-test: ok: {step}")
        print("self-test: OK")
        return 0
