"""Opening lessons, practice tasks and quizzes; time spent reading and "read" marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.content import Module
from ...core.nextstep import Step, StepKind, first_unread, lesson_after, resume_step
from ...core.reading import counts_as_read
from ...core.store import Position
from .base import WindowBase

if TYPE_CHECKING:
    from ...core.search import Hit

MAX_LESSON_SECONDS = 3600  # one visit counts for at most an hour (a window left open)


class WindowLessons(WindowBase):
    """Where the learner is, and what counts as read."""

    def module(self, module_id: str) -> Module | None:
        return self.session.catalog.module(module_id)

    def open_module(self, module_id: str) -> None:
        """Open a module's first unread lesson, or its quiz when all are read."""
        module = self.module(module_id)
        if module is None or not module.lessons:
            return
        unread = first_unread(module, self.session.store.lesson_states(module_id))
        if unread is None:
            self.open_quiz(module_id)
        else:
            self.open_lesson(module_id, unread.id, "")

    def open_step(self, step: Step | None) -> None:
        """Open the lesson or quiz a home-screen step names, at its place."""
        if step is None or not step.module:
            return
        if step.is_quiz:
            self.open_quiz(step.module, index=step.quiz_index, resume=step.resumes_attempt)
        elif step.lesson:
            self.open_lesson(step.module, step.lesson, step.anchor, scroll=step.scroll)

    def resume(self) -> None:
        """Reopen the lesson or quiz the learner had open last, exactly where they were."""
        store, modules = self.session.store, self.session.catalog.modules
        summaries = {m.id: store.summary(m.id) for m in modules}
        step = resume_step(store.place(), modules, store.lesson_states(), summaries)
        if step.kind is StepKind.NOTHING:
            self.show_home()
        else:
            self.open_step(step)

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

    def open_target(self, target: str) -> None:
        """Open ``module/lesson#anchor``."""
        module_id, _, rest = target.partition("/")
        lesson_id, _, anchor = rest.partition("#")
        self.open_lesson(module_id, lesson_id, anchor)

    def _open_hit(self, hit: Hit) -> None:
        if hit.kind == "glossary":
            self.show_glossary(hit.lesson)
        else:
            self.open_lesson(hit.module, hit.lesson, hit.anchor)

    def _quiz_for_current_lesson(self) -> None:
        if self.lesson_view.module:
            self.open_quiz(self.lesson_view.module.id)

    def _next_lesson(self) -> None:
        module, lesson = self.lesson_view.module, self.lesson_view.lesson
        following = lesson_after(module, lesson.id) if module and lesson else None
        if module and following is not None:
            self.open_lesson(module.id, following.id)

    def _remember_quiz_position(self) -> None:
        if self.quiz_view.module is not None:
            self.session.store.set_position(
                Position("quiz", self.quiz_view.module.id, question=self.quiz_view.index)
            )

    # ------------------------------------------------------------------ time and read marks

    def _leave_lesson(self) -> None:
        """Keep the place, scroll position and time spent of the lesson being left."""
        view = self.lesson_view
        if self.stack.currentWidget() is view and view.lesson and view.module:
            self._keep_history_scroll(("lesson", view.module.id, view.lesson.id))
            self.session.store.set_position(
                Position(
                    "lesson",
                    view.module.id,
                    view.lesson.id,
                    view.current_anchor(),
                    scroll=view.scroll_fraction(),
                )
            )
        if self.lesson_started is not None and view.lesson and view.module:
            spent = self.clock() - self.lesson_started
            self.session.store.add_lesson_time(
                view.module.id, view.lesson.id, min(spent, MAX_LESSON_SECONDS)
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
            min(self.clock() - self.lesson_started, MAX_LESSON_SECONDS)
        ):
            self.refresh()
