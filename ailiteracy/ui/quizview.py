"""Taking a module quiz, seeing the result, and reviewing every answer.

The rules of an attempt (saving, resuming, scoring, finishing) are in
:mod:`ailiteracy.core.attempt`; this screen shows them and forwards what the
learner does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.attempt import CONFIDENCE_LEVELS, Missing, QuizAttempt, SavedAnswer, missing
from ..core.content.model import FeedbackMode, Module, Question
from ..core.quiz import Score, is_answered, score
from ..core.store import Attempt, ProgressStore
from . import theme
from .a11y import announce, readable_label, tab_order
from .plaintext import plain
from .questions import QuestionWidget, make_widget, mark

ReviewHook = Callable[[str, str, Score], object]  # module id, question id, score


class ScoreBar(QProgressBar):
    """The score as a bar, with a line and a label at the pass mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.pass_mark = 0
        self.setMinimumHeight(self.fontMetrics().height() * 2)

    def show_score(self, percent: int, pass_mark: int) -> None:
        self.pass_mark = pass_mark
        self.setValue(percent)
        t = theme.current()
        colour = t.good if percent >= pass_mark else t.highlight
        self.setStyleSheet(
            f"QProgressBar {{ border: 1px solid {t.table_border}; background: {t.base}; }}"
            f"QProgressBar::chunk {{ background: {colour}; }}"
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        painter = QPainter(self)
        t = theme.current()
        x = round(self.width() * self.pass_mark / 100)
        painter.setPen(QPen(QColor(t.text), 3))
        painter.drawLine(x, 0, x, self.height())
        label = self.tr("pass mark %1%").replace("%1", str(self.pass_mark))
        width = self.fontMetrics().horizontalAdvance(label) + 8
        left = x + 6 if x + 6 + width <= self.width() else x - 6 - width
        rect = QRect(left, 2, width, self.height() - 4)
        painter.fillRect(rect, QColor(t.base))
        painter.setPen(QColor(t.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class QuizView(QWidget):
    """A module's quiz.

    Signals:
        go_to_section(str, str, str): module id, lesson id, anchor of a missed question.
        attempt_finished(object): the finished :class:`Attempt`.
        answer_saved(str): id of the question whose answer was saved.
        question_shown(int): the index of the question now shown.
    """

    go_to_section = Signal(str, str, str)
    attempt_finished = Signal(object)
    answer_saved = Signal(str)
    question_shown = Signal(int)

    def __init__(self, store: ProgressStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.module: Module | None = None
        self.run: QuizAttempt | None = None  # the attempt shown (core/attempt.py)
        self.index = 0
        self.widget: QuestionWidget | None = None
        self.checked = False
        self.reviewing = False
        self.timer = QElapsedTimer()
        self.on_review_answer: ReviewHook | None = None  # set by the review queue

        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._build_question_page()
        self._build_result_page()

    # ------------------------------------------------------------------ building

    def _build_question_page(self) -> None:
        page = QWidget()
        self.header = plain(QLabel())
        self.header.setObjectName("screenTitle")
        self.header.setWordWrap(True)
        self.counter = plain(QLabel())
        # The prompt is a Tab stop and takes focus when a question opens; its accessible
        # name is its text, and show_question announces it to the screen reader.
        self.prompt = plain(QLabel())
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # quiz files hold plain text
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        readable_label(self.prompt)
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.confidence_box = QGroupBox(self.tr("How sure are you?"))
        self.confidence_box.setAccessibleName(self.tr("How sure are you?"))
        self.confidence_group = QButtonGroup(self)
        row = QHBoxLayout(self.confidence_box)
        # Alt letters chosen not to clash with the menus (File, Go, View, Help) or the
        # quiz buttons (Check, Next, Previous, Finish, Save).
        labels = {
            1: self.tr("&Just guessing"),
            2: self.tr("N&ot sure"),
            3: self.tr("Fairly s&ure"),
            4: self.tr("C&ertain"),
        }
        for level in CONFIDENCE_LEVELS:
            button = QRadioButton(labels[level])
            button.setAccessibleName(labels[level].replace("&", ""))
            self.confidence_group.addButton(button, level)
            row.addWidget(button)
        self.confidence_group.idToggled.connect(lambda *_: self._update_buttons())
        # Focus moves here after Check, so the verdict and the explanation are spoken.
        self.explanation = readable_label(plain(QLabel()))
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setObjectName("feedback")
        self.section_button = QPushButton(self.tr("Read the lesson &section"))
        self.section_button.setAccessibleDescription(
            self.tr("Open the lesson section this question tests")
        )
        self.section_button.clicked.connect(self._go_to_current_section)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        inner_layout.addWidget(self.prompt)
        inner_layout.addWidget(self.body)
        inner_layout.addWidget(self.confidence_box)
        inner_layout.addWidget(self.explanation)
        inner_layout.addWidget(self.section_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not an unnamed Tab stop
        self.scroll_area.setWidget(inner)
        self.back_button = QPushButton(self.tr("&Previous"))
        self.back_button.setAccessibleName(self.tr("Previous question"))
        self.back_button.clicked.connect(self.previous)
        self.primary = QPushButton()  # its text says what it does; so does its name
        self.primary.clicked.connect(self.primary_action)
        self.hint = QLabel()  # what is missing before an answer can be checked
        self.hint.setObjectName("feedback")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.hide()
        self.finish_button = QPushButton(self.tr("F&inish quiz"))
        self.finish_button.setAccessibleDescription(self.tr("Finish the quiz and see the result"))
        self.finish_button.clicked.connect(self.finish)
        QShortcut(QKeySequence("Ctrl+Return"), page, self.primary.click)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.primary)
        layout = QVBoxLayout(page)
        layout.addWidget(self.header)
        layout.addWidget(self.counter)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.question_page = page
        self.pages.addWidget(page)

    def _build_result_page(self) -> None:
        page = QWidget()
        self.result_title = plain(QLabel())
        self.result_title.setObjectName("screenTitle")
        self.result_score = plain(QLabel())
        self.result_score.setObjectName("resultBig")
        self.result_bar = ScoreBar()
        # The summary takes focus when the result shows, so the score and pass or not
        # are spoken first; what went well and what to revisit follow with Tab.
        self.result_text = readable_label(plain(QLabel()))
        self.result_text.setWordWrap(True)
        self.result_text.setTextFormat(Qt.TextFormat.PlainText)
        self.result_good = readable_label(QLabel())
        self.result_good.setWordWrap(True)
        self.result_good.setTextFormat(Qt.TextFormat.PlainText)
        self.result_revisit = readable_label(QLabel())
        self.result_revisit.setWordWrap(True)
        self.result_revisit.setTextFormat(Qt.TextFormat.PlainText)
        self.result_list = QListWidget()
        self.result_list.setAccessibleName(self.tr("Questions and results"))
        self.result_list.setWordWrap(True)
        self.result_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_list.itemActivated.connect(self._open_result_item)
        self.lesson_button = QPushButton(self.tr("Go to the &lesson section"))
        self.lesson_button.setAccessibleName(
            self.tr("Go to the lesson section of the selected question")
        )
        self.lesson_button.clicked.connect(self._result_go_to_section)
        self.review_button = QPushButton(self.tr("&Review answers"))
        self.review_button.setAccessibleDescription(
            self.tr("Step through every question with the right answers")
        )
        self.review_button.clicked.connect(lambda: self.start_review(0))
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setAccessibleDescription(self.tr("Start a new attempt"))
        self.retry_button.clicked.connect(lambda: self.start(self.module, resume=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.lesson_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        score_row = QHBoxLayout()
        score_row.addWidget(self.result_score)
        score_row.addWidget(self.result_bar, 1)
        layout.addLayout(score_row)
        layout.addWidget(self.result_text)
        layout.addWidget(self.result_good)
        layout.addWidget(self.result_revisit)
        layout.addWidget(QLabel(self.tr("Questions (press Enter on one to review it):")))
        layout.addWidget(self.result_list, 1)
        layout.addLayout(buttons)
        self.result_page = page
        self.pages.addWidget(page)

    # ------------------------------------------------------------------ flow

    def _run(self) -> QuizAttempt:
        """The attempt of the module shown (a new one when the module was set directly)."""
        assert self.module is not None
        if self.run is None or self.run.module is not self.module:
            self.run = QuizAttempt(self.store, self.module)
        return self.run

    @property
    def attempt(self) -> Attempt | None:
        """The stored attempt shown, None until its first answer is saved."""
        return self.run.attempt if self.run is not None else None

    @attempt.setter
    def attempt(self, value: Attempt | None) -> None:
        if value is None:
            self.run = None  # a new attempt starts with the next saved answer
        else:
            self._run().attempt = value

    @property
    def saved(self) -> dict[str, SavedAnswer]:
        return self.run.saved if self.run is not None else {}

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.module.questions if self.module else ()

    @property
    def current(self) -> Question:
        return self.questions[self.index]

    def start(
        self, module: Module | None, *, resume: bool = True, index: int | None = None
    ) -> None:
        """Open ``module``'s quiz, resuming an unfinished attempt when there is one."""
        if module is None:
            return
        self.module = module
        self.reviewing = False
        self.run = QuizAttempt.open(self.store, module, resume=resume)
        self.header.setText(self.tr("Quiz: %1").replace("%1", module.title))
        self.pages.setCurrentWidget(self.question_page)
        self.show_question(self.run.start_index(index))

    def show_question(self, index: int) -> None:
        self.index = index
        question = self.current
        if self.widget is not None:
            self.widget.setParent(None)
            self.widget.deleteLater()
        self.widget = make_widget(question, seed=self._run().seed)
        self.widget.changed.connect(self._update_buttons)
        self.body_layout.addWidget(self.widget)
        self.prompt.setText(question.prompt)
        total = len(self.questions)
        self.counter.setText(
            self.tr("Question %1 of %2").replace("%1", str(index + 1)).replace("%2", str(total))
        )
        self.prompt.setAccessibleDescription(self.counter.text())
        self.hint.hide()
        self._set_tab_order()
        self.explanation.hide()
        self.section_button.setVisible(False)
        self.confidence_group.setExclusive(False)
        for button in self.confidence_group.buttons():
            button.setChecked(False)
            button.setEnabled(True)
        self.confidence_group.setExclusive(True)
        self.confidence_box.setVisible(question.confidence)
        self.checked = False
        saved = self.saved.get(question.id)
        if saved is not None:
            self.widget.set_answer(saved.answer)
            if saved.confidence is not None:
                self.confidence_group.button(saved.confidence).setChecked(True)
            if self.reviewing or self._run().module.feedback == FeedbackMode.EACH:
                self._show_feedback(saved.score)
        elif self.reviewing:
            self._show_feedback(score(question, None), answered=False)
        self.timer.start()
        self._update_buttons()
        # Qt does not report focus on a label to AT-SPI, so the prompt is also announced.
        self.prompt.setFocus()
        announce(self.prompt, f"{self.counter.text()}. {question.prompt}")
        if not self.reviewing:
            self.question_shown.emit(index)

    def _set_tab_order(self) -> None:
        """Tab goes through the page as it is shown: the prompt, the options, how sure,
        the feedback, then the buttons (the question widget is created last, so without
        this its options would come after the Check button)."""
        assert self.widget is not None
        tab_order(
            [
                self.prompt,
                *self.widget.focus_chain(),
                *self.confidence_group.buttons(),
                self.explanation,
                self.section_button,
                self.back_button,
                self.finish_button,
                self.primary,
            ]
        )

    def missing(self) -> str:
        """What the learner still has to do before this answer can be checked ("" if ready)."""
        if self.module is None or self.widget is None:
            return ""
        what = missing(self.current, self.widget.answer(), self.confidence_group.checkedId())
        if what is Missing.BOTH:
            return self.tr("Choose an answer and how sure you are, then check it.")
        if what is Missing.ANSWER:
            return self.tr("Choose an answer first.")
        if what is Missing.CONFIDENCE:
            return self.tr("Choose how sure you are (under the question), then check it.")
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """The plain keys 1-9 choose the options of the question shown."""
        if (
            self.pages.currentWidget() is self.question_page
            and self.widget is not None
            and not self.checked
            and self.widget.pick_by_key(event)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_buttons(self) -> None:
        if self.module is None or self.widget is None:
            return
        last = self.index + 1 >= len(self.questions)
        each = self.module.feedback == FeedbackMode.EACH
        if self.reviewing:
            self.primary.setText(self.tr("&Next") if not last else self.tr("Back to &results"))
            self.primary.setEnabled(True)
            self.back_button.setEnabled(self.index > 0)
            self.finish_button.hide()
            return
        self.finish_button.setVisible(not each)
        self.back_button.setEnabled(self.index > 0 and not each)
        if self.checked:
            self.primary.setText(self.tr("&Next question") if not last else self.tr("See &results"))
            self.primary.setEnabled(True)
            return
        self.primary.setText(
            self.tr("&Check answer")
            if each
            else (self.tr("&Save and continue") if not last else self.tr("&Save and finish"))
        )
        # Check stays enabled: pressing it too early says what is missing (a disabled
        # button says nothing, and a screen reader skips it).
        self.primary.setEnabled(True)
        if self.hint.isVisible() and not self.missing():
            self.hint.hide()

    def primary_action(self) -> None:
        if self.module is None or self.widget is None:
            return
        last = self._run().is_last(self.index)
        if self.reviewing:
            if last:
                self.pages.setCurrentWidget(self.result_page)
            else:
                self.show_question(self.index + 1)
            return
        if self.checked:
            if last:
                self.finish()
            else:
                self.show_question(self.index + 1)
            return
        missing = self.missing()
        if missing:
            self.hint.setText(missing)
            self.hint.setStyleSheet(
                f"QLabel {{ color: {theme.current().bad}; font-weight: bold; }}"
            )
            self.hint.show()
            answered = is_answered(self.current, self.widget.answer())
            target = (
                self.widget.first_focus() if not answered else self.confidence_group.buttons()[0]
            )
            target.setFocus()
            announce(self.hint, missing, urgent=True)
            return
        result = self.save_current()
        if self.module.feedback == FeedbackMode.EACH:
            self._show_feedback(result)
            self._update_buttons()
            self.explanation.setFocus()
            announce(self.explanation, self.explanation.text(), urgent=True)
        elif last:
            self.finish()
        else:
            self.show_question(self.index + 1)

    def save_current(self) -> Score:
        """Score and save the current answer (kept even if the app is closed now)."""
        assert self.module is not None and self.widget is not None
        question = self.current
        result = self._run().answer(
            question,
            self.widget.answer(),
            seconds=self.timer.elapsed() / 1000,
            confidence=self.confidence_group.checkedId(),
        )
        if self.on_review_answer is not None:
            self.on_review_answer(self.module.id, question.id, result)
        self.answer_saved.emit(question.id)
        return result

    def _show_feedback(self, result: Score, *, answered: bool = True) -> None:
        assert self.widget is not None
        self.checked = True
        self.widget.show_result(result)
        for button in self.confidence_group.buttons():
            button.setEnabled(False)
        verdict = (
            self.tr("Right!")
            if result.correct
            else (
                self.tr("Partly right (%1%).").replace("%1", str(round(result.value * 100)))
                if result.value > 0
                else self.tr("Not right.")
            )
        )
        colour = theme.current().good if result.correct else theme.current().bad
        self.explanation.setStyleSheet(f"QLabel {{ border-left: 4px solid {colour}; }}")
        self.explanation.setText(f"{mark(result.correct)} {verdict}\n{self.current.explanation}")
        self.explanation.show()
        self.section_button.setVisible(bool(self.current.section))

    def previous(self) -> None:
        if self.index > 0:
            self.show_question(self.index - 1)

    def finish(self) -> None:
        """End the attempt: unanswered questions count as 0."""
        if self.module is None:
            return
        done = self._run().finish()
        self.show_results(done)
        self.attempt_finished.emit(done)

    # ------------------------------------------------------------------ results and review

    def show_results(self, attempt: Attempt) -> None:
        assert self.module is not None
        best = self.store.summary(self.module.id).best
        percent = attempt.percent if attempt.percent is not None else 0
        self.result_title.setText(self.tr("Result: %1").replace("%1", self.module.title))
        self.result_score.setText(f"{percent}%")
        self.result_bar.show_score(percent, self.module.pass_mark)
        self.result_bar.setAccessibleName(
            self.tr("Your score %1% against the pass mark %2%")
            .replace("%1", str(percent))
            .replace("%2", str(self.module.pass_mark))
        )
        text = self.tr("Your score: %1%.").replace("%1", str(percent)) + " "
        if attempt.passed:
            text += self.tr("Well done: you passed. The pass mark is %1%.").replace(
                "%1", str(self.module.pass_mark)
            )
        else:
            text += self.tr(
                "Not passed yet, and that is fine: the pass mark is %1%, and you can try "
                "as often as you like. Read the sections below, then try again."
            ).replace("%1", str(self.module.pass_mark))
        if best is not None:
            text += " " + self.tr("Your best score: %1%.").replace("%1", str(best))
        self.result_text.setText(text)
        self._show_sections()
        self.result_list.clear()
        for n, question in enumerate(self.questions):
            saved = self.saved.get(question.id)
            if saved is None:
                line = f"{mark(False)} {n + 1}. {question.prompt} \u2014 " + self.tr("not answered")
                ok = False
            else:
                ok = saved.score.correct
                line = f"{mark(ok)} {n + 1}. {question.prompt}"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setData(Qt.ItemDataRole.UserRole + 1, ok)
            self.result_list.addItem(item)
        self.result_list.setCurrentRow(self._run().first_missed())
        self.pages.setCurrentWidget(self.result_page)
        self.result_text.setFocus()
        announce(self.result_text, self.result_text.text())

    def _section_title(self, section: str) -> str:
        assert self.module is not None
        lesson_id, _, anchor = section.partition("#")
        lesson = self.module.lesson(lesson_id)
        if lesson is None:
            return section
        title = next((s.title for s in lesson.sections if s.anchor == anchor), "")
        return f"{lesson.title}: {title}" if title else lesson.title

    def _show_sections(self) -> None:
        """What went well and which lesson sections to read again."""
        run = self._run()
        outcomes = run.outcomes()
        right = run.right_count()
        good = [self._section_title(o.section) for o in outcomes if o.all_right]
        revisit = [self._section_title(o.section) for o in outcomes if not o.all_right]
        if right:
            text = (
                self.tr("What went well: %1 of %2 answers right.")
                .replace("%1", str(right))
                .replace("%2", str(len(self.questions)))
            )
        else:
            text = self.tr("You have made a start: the review shows every right answer.")
        if good:
            text += " " + self.tr("You know these sections: %1.").replace("%1", "; ".join(good))
        self.result_good.setText(text)
        self.result_revisit.setText(
            self.tr("Worth reading again: %1.").replace("%1", "; ".join(revisit))
        )
        self.result_revisit.setVisible(bool(revisit))

    def start_review(self, index: int) -> None:
        self.reviewing = True
        self.pages.setCurrentWidget(self.question_page)
        self.show_question(index)

    def _open_result_item(self, item: QListWidgetItem) -> None:
        self.start_review(int(item.data(Qt.ItemDataRole.UserRole)))

    def _result_go_to_section(self) -> None:
        item = self.result_list.currentItem()
        if item is None or self.module is None:
            return
        question = self.questions[int(item.data(Qt.ItemDataRole.UserRole))]
        self.go_to_section.emit(self.module.id, question.lesson_id, question.anchor)

    def _go_to_current_section(self) -> None:
        if self.module is not None:
            self.go_to_section.emit(self.module.id, self.current.lesson_id, self.current.anchor)
