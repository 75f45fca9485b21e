"""What the parts of the main window share: its session, its screens and its actions.

The window is one ``QMainWindow`` put together from parts, one module each (menus,
navigation tree, screens, history, links, appearance, dialogs, notices, dropped
files, self-test). Each part derives from :class:`WindowBase`, which names what the
parts use of each other, so that the type checker can follow a call from one part to
another. :class:`~ailiteracy.ui.mainwindow.window.MainWindow` builds the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTreeWidget, QWidget

if TYPE_CHECKING:
    from ...core.content import Module
    from ...core.pins import TeacherPin
    from ...core.review import ReviewQueue
    from ...core.search import Hit
    from ...core.session import Session
    from ...core.storage import StoreNotice
    from ..assignedview import AssignedView
    from ..calibrationview import CalibrationView
    from ..glossaryview import GlossaryView
    from ..layouts import PageStack
    from ..lessonview import LessonView
    from ..miniwebview import MiniWebView
    from ..quizview import QuizView
    from ..reviewview import ReviewView
    from ..searchview import SearchView
    from ..sharing import ResultSharing
    from ..teacher.view import TeacherView
    from ..timelineview import TimelineView
    from ..views import HomeView

# A place in the reading history: ("lesson", module, lesson) or ("glossary", term).
Place = tuple[str, ...]


class WindowBase(QMainWindow):
    """The main window's shared state; see the module docstring.

    Signals:
        language_switched(object): the new window that replaced this one.
    """

    language_switched = Signal(object)

    session: Session
    settings: QSettings
    clock: Callable[[], float]
    lesson_started: float | None
    on_sign_out: Callable[[], None] | None
    confirm_external: Callable[[QUrl], bool]

    # widgets
    nav: QTreeWidget
    stack: PageStack
    home: HomeView
    lesson_view: LessonView
    quiz_view: QuizView
    review: ReviewQueue
    sharing: ResultSharing
    switch_button: QPushButton
    saving_banner: QLabel
    idle_banner: QWidget
    idle_label: QLabel

    # screens used less often, built on first use (see screens.py)
    _glossary_view: GlossaryView | None = None
    _search_view: SearchView | None = None
    _timeline_view: TimelineView | None = None
    _calibration_view: CalibrationView | None = None
    _review_view: ReviewView | None = None
    _teacher_view: TeacherView | None = None
    _assigned_view: AssignedView | None = None
    _miniweb_view: MiniWebView | None = None
    _teacher_lock: TeacherPin | None = None

    # actions (built by the menus part)
    quit_action: QAction
    settings_action: QAction
    export_action: QAction
    import_action: QAction
    sign_out_action: QAction
    open_assignment_action: QAction
    teacher_action: QAction
    home_action: QAction
    glossary_action: QAction
    search_action: QAction
    nav_action: QAction
    back_action: QAction
    forward_action: QAction
    timeline_action: QAction
    review_action: QAction
    calibration_action: QAction
    assigned_action: QAction
    bigger_action: QAction
    smaller_action: QAction
    reset_size_action: QAction
    shortcuts_action: QAction
    card_action: QAction
    problems_action: QAction
    theme_actions: dict[str, QAction]
    language_actions: dict[str, QAction]

    # Last in the class: pyside6-lupdate loses the class of the tr() calls after it.
    if TYPE_CHECKING:  # what one part calls in another (each defined in exactly one part)

        def refresh(self) -> None: ...
        def load_catalog_views(self) -> None: ...
        def module(self, module_id: str) -> Module | None: ...
        def sign_out(self) -> None: ...
        def _save_place(self) -> None: ...
        def _leave_lesson(self) -> None: ...
        def _show(self, widget: QWidget) -> None: ...
        def _select_nav(self, kind: str, module_id: str, lesson_id: str | None) -> None: ...
        def _remember(self, place: Place) -> None: ...
        def _keep_history_scroll(self, place: Place) -> None: ...
        def _update_history_actions(self) -> None: ...
        @property
        def miniweb_view(self) -> MiniWebView: ...
        @property
        def glossary_view(self) -> GlossaryView: ...
        @property
        def search_view(self) -> SearchView: ...
        def show_home(self) -> None: ...
        def show_glossary(self, term_id: str = "") -> None: ...
        def show_search(self) -> None: ...
        def show_timeline(self) -> None: ...
        def show_calibration(self) -> None: ...
        def show_assigned(self) -> None: ...
        def show_teacher_mode(self) -> None: ...
        def start_review(self) -> None: ...
        def open_module(self, module_id: str) -> None: ...
        def open_assignment_file(self, path: Path | None = None) -> None: ...
        def open_lesson(
            self, module_id: str, lesson_id: str, anchor: str = "", *, scroll: float = 0.0
        ) -> bool: ...
        def open_quiz(
            self, module_id: str, *, index: int | None = None, resume: bool = True
        ) -> bool: ...
        def open_practice(self, module_id: str, task_id: str) -> bool: ...
        def open_target(self, target: str) -> None: ...
        def _open_hit(self, hit: Hit) -> None: ...
        def resume(self) -> None: ...
        def go_back(self) -> None: ...
        def go_forward(self) -> None: ...
        def follow_link(self, url: QUrl) -> None: ...
        def focus_nav(self) -> None: ...
        def apply_appearance(self, *, theme_applied: bool = False) -> None: ...
        def fit_to_screen(self) -> None: ...
        def set_theme(self, name: str) -> None: ...
        def set_text_size(self, percent: int) -> None: ...
        def step_text_size(self, step: int) -> None: ...
        def show_settings(self) -> None: ...
        def switch_language(self, language: str) -> WindowBase: ...
        def export_progress(self, path: Path | None = None) -> None: ...
        def import_progress(self, path: Path | None = None) -> None: ...
        def save_routine_card(self, path: Path | None = None) -> Path | None: ...
        def show_content_problems(self) -> None: ...
        def show_about(self) -> None: ...
        def show_shortcuts(self) -> None: ...
        def show_start_notices(self) -> None: ...
        def _show_saving_banner(self, notice: StoreNotice) -> None: ...
