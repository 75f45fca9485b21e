"""Switching screens, and the screens used less often, which are built on first use.

The glossary, search, review, timeline, calibration, teacher, "Assigned to me" and
practice screens are imported and built only when the learner first opens them, to keep start-up
quick: keep their imports inside the properties below.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...core.store import Position
from .base import WindowBase

if TYPE_CHECKING:
    from ...core.pins import TeacherPin
    from ..assignedview import AssignedView
    from ..calibrationview import CalibrationView
    from ..glossaryview import GlossaryView
    from ..miniwebview import MiniWebView
    from ..reviewview import ReviewView
    from ..searchview import SearchView
    from ..teacher.view import TeacherView
    from ..timelineview import TimelineView


class WindowScreens(WindowBase):
    """The stack of screens on the right."""

    def _show(self, widget: QWidget) -> None:
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

    def show_search(self) -> None:
        self._show(self.search_view)
        self.search_view.query.setFocus()
        self.search_view.query.selectAll()

    # Screens used less often are built on first use, to keep start-up quick.

    @property
    def glossary_view(self) -> GlossaryView:
        if self._glossary_view is None:
            from ..glossaryview import GlossaryView

            self._glossary_view = GlossaryView()
            self._glossary_view.set_catalog(self.session.catalog)
            self._glossary_view.open_lesson.connect(self.open_target)
            self._glossary_view.back_button.clicked.connect(self.go_back)
            self._glossary_view.back_button.setEnabled(self.back_action.isEnabled())
            self.stack.addWidget(self._glossary_view)
        return self._glossary_view

    @property
    def search_view(self) -> SearchView:
        if self._search_view is None:
            from ..searchview import SearchView

            self._search_view = SearchView()
            self._search_view.set_catalog(self.session.catalog)
            self._search_view.open_hit.connect(self._open_hit)
            self.stack.addWidget(self._search_view)
        return self._search_view

    @property
    def timeline_view(self) -> TimelineView:
        if self._timeline_view is None:
            from ..timelineview import TimelineView

            self._timeline_view = TimelineView()
            self._timeline_view.set_events(self.session.catalog.timeline)
            self._timeline_view.open_lesson.connect(self.open_target)
            self._timeline_view.open_source.connect(self.follow_link)
            self.stack.addWidget(self._timeline_view)
        return self._timeline_view

    @property
    def miniweb_view(self) -> MiniWebView:
        if self._miniweb_view is None:
            from ..miniwebview import MiniWebView

            self._miniweb_view = MiniWebView()
            self.stack.addWidget(self._miniweb_view)
        return self._miniweb_view

    @property
    def calibration_view(self) -> CalibrationView:
        if self._calibration_view is None:
            from ..calibrationview import CalibrationView

            self._calibration_view = CalibrationView()
            self.stack.addWidget(self._calibration_view)
        return self._calibration_view

    @property
    def review_view(self) -> ReviewView:
        if self._review_view is None:
            from ..reviewview import ReviewView

            self._review_view = ReviewView()
            self._review_view.go_to_section.connect(self.open_lesson)
            self._review_view.finished.connect(self.show_home)
            self.stack.addWidget(self._review_view)
        return self._review_view

    @property
    def teacher_view(self) -> TeacherView:
        if self._teacher_view is None:
            from ..teacher.view import TeacherView

            self._teacher_view = TeacherView(self.session)
            self._teacher_view.leave.connect(self.show_home)
            self._teacher_view.catalog_changed.connect(self.load_catalog_views)
            self.stack.addWidget(self._teacher_view)
        return self._teacher_view

    @property
    def assigned_view(self) -> AssignedView:
        if self._assigned_view is None:
            from ..assignedview import AssignedView

            self._assigned_view = AssignedView(self.session)
            self._assigned_view.open_module.connect(self.open_module)
            self.stack.addWidget(self._assigned_view)
        return self._assigned_view

    @property
    def teacher_lock(self) -> TeacherPin:
        if self._teacher_lock is None:
            from ...core.pins import TeacherPin

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
        from ..teacher.pin import ask_teacher_pin

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
