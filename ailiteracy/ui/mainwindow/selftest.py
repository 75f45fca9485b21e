"""``--self-test``: check an installation by opening the window, a lesson and a quiz."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .base import WindowBase


class WindowSelfTest(WindowBase):
    """Prints what it checked; exit code 0 when all of it works."""

    def self_test(self) -> int:
        """Check the installation: window, catalog, first lesson, its quiz."""
        try:
            steps = self._self_test_steps()
        except Exception as exc:  # noqa: BLE001 (report any failure plainly)
            print(f"self-test: FAILED: {exc}", file=sys.stderr)
            return 1
        for step in steps:
            print(f"self-test: ok: {step}")
        print("self-test: OK")
        return 0

    def _self_test_steps(self) -> list[str]:
        steps = []
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
        return steps
