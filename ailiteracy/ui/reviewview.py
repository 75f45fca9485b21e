"""A review session: due questions from every module, scheduled by spaced repetition."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.content.model import Catalog, Question
from ..core.quiz import is_answered, score
from ..core.review import ReviewQueue
from ..core.store import utcnow
from . import theme
from .a11y import announce, readable_label, tab_order
from .plaintext import plain
from .questions import QuestionWidget, make_widget, mark


class ReviewView(QWidget):
    """Asks the due questions one by one; each result updates the schedule.

    Signals:
        go_to_section(str, str, str): module, lesson and anchor of the current question.
        finished(): no question is left for now.
    """

    go_to_section = Signal(str, str, str)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue: ReviewQueue | None = None
        self.catalog: Catalog | None = None
        self.items: list[tuple[str, Question]] = []
        self.index = 0
        self.checked = False
        self.widget: QuestionWidget | None = None
        self.title = QLabel(self.tr("Review"))
        self.title.setObjectName("screenTitle")
        self.counter = plain(QLabel())
        self.prompt = readable_label(plain(QLabel()))  # named by its text, and announced
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.body = QVBoxLayout()
        self.feedback = readable_label(plain(QLabel()))  # focus moves here after Check
        self.feedback.setWordWrap(True)
        self.feedback.setObjectName("feedback")
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.prompt)
        inner_layout.addLayout(self.body)
        inner_layout.addWidget(self.feedback)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not an unnamed Tab stop
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.section_button = QPushButton(self.tr("Read the lesson &section"))
        self.section_button.setAccessibleDescription(
            self.tr("Open the lesson section this question tests")
        )
        self.section_button.clicked.connect(self._go_to_section)
        self.primary = QPushButton()
        self.primary.clicked.connect(self.primary_action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.section_button)
        buttons.addStretch(1)
        buttons.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counter)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def start(self, queue: ReviewQueue, catalog: Catalog) -> int:
        """Load the questions due now; returns how many there are."""
        self.queue, self.catalog = queue, catalog
        self.items = []
        for module_id, question_id in queue.due(utcnow(), catalog):
            module = catalog.module(module_id)
            question = module.question(question_id) if module else None
            if question is not None:
                self.items.append((module_id, question))
        self.index = 0
        if self.items:
            self.show_item(0)
        else:
            self._show_empty()
        return len(self.items)

    def _clear(self) -> None:
        if self.widget is not None:
            self.widget.setParent(None)
            self.widget.deleteLater()
            self.widget = None

    def _show_empty(self) -> None:
        self._clear()
        self.counter.setText("")
        self.prompt.setText(
            self.tr(
                "Nothing to review right now. Questions you miss in a quiz come back here a day or "
                "so later, and again at growing intervals until you know them."
            )
        )
        self.feedback.hide()
        self.section_button.hide()
        self.primary.setText(self.tr("&Done"))
        self.primary.setEnabled(True)
        self.checked = True

    def show_item(self, index: int) -> None:
        self._clear()
        self.index = index
        module_id, question = self.items[index]
        assert self.catalog is not None
        module = self.catalog.module(module_id)
        self.counter.setText(
            self.tr("Question %1 of %2 (from: %3)")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.items)))
            .replace("%3", module.title if module else module_id)
        )
        self.prompt.setText(question.prompt)
        self.prompt.setAccessibleDescription(self.counter.text())
        self.widget = make_widget(question)
        self.widget.changed.connect(self._update)
        self.body.addWidget(self.widget)
        tab_order(
            [
                self.prompt,
                *self.widget.focus_chain(),
                self.feedback,
                self.section_button,
                self.primary,
            ]
        )
        self.feedback.hide()
        self.section_button.setVisible(bool(question.section))
        self.checked = False
        self._update()
        self.prompt.setFocus()
        announce(self.prompt, f"{self.counter.text()}. {question.prompt}")

    def _update(self) -> None:
        if self.checked or self.widget is None:
            return
        self.primary.setText(self.tr("&Check answer"))
        self.primary.setEnabled(is_answered(self.items[self.index][1], self.widget.answer()))

    def primary_action(self) -> None:
        if not self.items or (self.checked and self.index + 1 >= len(self.items)):
            self.finished.emit()
            return
        if self.checked:
            self.show_item(self.index + 1)
            return
        if not self.primary.isEnabled() or self.widget is None:
            return
        module_id, question = self.items[self.index]
        result = score(question, self.widget.answer())
        assert self.queue is not None
        self.queue.record(module_id, question.id, result.correct, utcnow())
        self.widget.show_result(result)
        colour = theme.current().good if result.correct else theme.current().bad
        self.feedback.setStyleSheet(f"QLabel {{ border-left: 4px solid {colour}; }}")
        when = (
            self.tr("It will come back later.")
            if result.correct
            else self.tr("It will come back soon.")
        )
        self.feedback.setText(f"{mark(result.correct)} {question.explanation}\n{when}")
        self.feedback.show()
        self.feedback.setFocus()
        announce(self.feedback, self.feedback.text(), urgent=True)
        self.checked = True
        last = self.index + 1 >= len(self.items)
        self.primary.setText(self.tr("&Finish") if last else self.tr("&Next question"))
        self.primary.setEnabled(True)

    def _go_to_section(self) -> None:
        if self.items:
            module_id, question = self.items[self.index]
            self.go_to_section.emit(module_id, question.lesson_id, question.anchor)

    def current_question(self) -> Question | None:
        return self.items[self.index][1] if self.items else None

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.primary.click()
            return
        if self.widget is not None and not self.checked and self.widget.pick_by_key(event):
            return  # the plain keys 1-9 choose options
        super().keyPressEvent(event)
