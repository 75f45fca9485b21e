"""The home screen: each module's progress and next step, and where to resume.

The glossary and search screens are in ``glossaryview.py`` and ``searchview.py``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.content.model import Catalog, Module
from ..core.nextstep import (
    ModuleProgress,
    Step,
    StepKind,
    module_progress,
    module_step,
    open_quiz_question,
    resume_step,
)
from ..core.store import ProgressStore
from . import theme
from .icons import set_icon
from .layouts import FlowLayout
from .plaintext import plain

STEP_ICONS = {
    StepKind.START: "book",
    StepKind.CONTINUE_LESSON: "book",
    StepKind.RESUME_LESSON: "book",
    StepKind.TAKE_QUIZ: "list-check",
    StepKind.RESUME_QUIZ: "list-check",
    StepKind.RETRY_QUIZ: "refresh",
    StepKind.REVISIT: "eye",
    StepKind.NOTHING: "book",
}
STEP_LABELS = {
    StepKind.START: QT_TRANSLATE_NOOP("HomeView", "Start"),
    StepKind.CONTINUE_LESSON: QT_TRANSLATE_NOOP("HomeView", "Continue reading"),
    StepKind.RESUME_LESSON: QT_TRANSLATE_NOOP("HomeView", "Continue reading"),
    StepKind.TAKE_QUIZ: QT_TRANSLATE_NOOP("HomeView", "Take the quiz"),
    StepKind.RESUME_QUIZ: QT_TRANSLATE_NOOP("HomeView", "Continue the quiz"),
    StepKind.RETRY_QUIZ: QT_TRANSLATE_NOOP("HomeView", "Try the quiz again"),
    StepKind.REVISIT: QT_TRANSLATE_NOOP("HomeView", "Look again"),
    StepKind.NOTHING: QT_TRANSLATE_NOOP("HomeView", "Start"),
}


class ModuleCard(QFrame):
    """One module on the home screen: what it is, how far the learner got, one next step.

    Signals:
        chosen(object): the :class:`~ailiteracy.core.nextstep.Step` of the button.
    """

    chosen = Signal(object)

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moduleCard")
        self.step: Step | None = None
        self.title = plain(QLabel())
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.number = number
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        self.meta = plain(QLabel())
        self.meta.setObjectName("cardMeta")
        self.meta.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.button.clicked.connect(lambda: self.chosen.emit(self.step))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.meta)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.button)
        layout.addLayout(row)

    def show_module(self, module: Module, progress: ModuleProgress, step: Step) -> None:
        self.step = step
        self.title.setText(
            self.tr("%1. %2").replace("%1", str(self.number)).replace("%2", module.title)
        )
        self.summary.setText(module.summary)
        parts = [
            self.tr("%1 min").replace("%1", str(module.minutes)),
            self.tr("%1 of %2 lessons read")
            .replace("%1", str(progress.lessons_read))
            .replace("%2", str(progress.lessons)),
        ]
        if progress.best is not None:
            parts.append(self.tr("best quiz score %1%").replace("%1", str(progress.best)))
        if progress.passed:
            parts.append(self.tr("passed \u2714"))
        elif module.questions:
            parts.append(self.tr("pass mark %1%").replace("%1", str(module.pass_mark)))
        self.meta.setText(self.tr(" \u00b7 ").join(parts))
        self.bar.setValue(round(progress.fraction * 100))
        self.bar.setAccessibleName(self.tr("Progress in %1").replace("%1", module.title))
        label = QCoreApplication.translate("HomeView", str(STEP_LABELS[step.kind]))
        self.button.setText(label)
        self.apply_icon()
        self.button.setAccessibleName(f"{label}: {module.title}")

    def apply_icon(self) -> None:
        if self.step is not None:
            set_icon(self.button, STEP_ICONS[self.step.kind], theme.current().accent_text)


class HomeView(QWidget):
    """Welcome, "continue", and one card per module in the suggested order.

    Signals:
        open_step(object): open the place a :class:`~ailiteracy.core.nextstep.Step` names.
        resume(): the learner wants to continue where they left off.
        start_review(): the learner wants to review questions that are due.
    """

    open_step = Signal(object)
    resume = Signal()
    start_review = Signal()

    def __init__(self, parent: QWidget | None = None, *, guest: bool = False) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Learn to use AI safely and to check what it tells you"))
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        if guest:
            intro = self.tr(
                "Pick up the next step below, or choose any module. As a guest, what you do "
                "lasts only until you sign out."
            )
        else:
            intro = self.tr(
                "Pick up the next step below, or choose any module. Your progress is saved "
                "on this computer after every answer."
            )
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Continue where I left off"))
        self.resume_button.setObjectName("primary")
        self.resume_button.setAccessibleName(self.tr("Continue where I left off"))
        self.resume_button.clicked.connect(self.resume)
        self.resume_where = plain(QLabel())
        self.resume_where.setWordWrap(True)
        self.resume_where.setObjectName("cardMeta")
        self.review_button = QPushButton()
        self.review_button.setAccessibleName(self.tr("Review questions that are due"))
        self.review_button.clicked.connect(self.start_review)
        self.review_button.hide()
        self.order_note = QLabel(
            self.tr(
                "Suggested order: start with how AI works, then the everyday routine for "
                "checking AI answers; the other modules can follow in any order."
            )
        )
        self.order_note.setWordWrap(True)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(theme.SPACE * 2)
        self.cards: list[ModuleCard] = []
        buttons = FlowLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.resume_where)
        layout.addWidget(self.order_note)
        layout.addLayout(self.cards_box)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.module_ids: list[str] = []

    def refresh(self, catalog: Catalog, store: ProgressStore) -> None:
        states = store.lesson_states()
        summaries = {m.id: store.summary(m.id) for m in catalog.modules}
        place = store.place()
        while len(self.cards) < len(catalog.modules):
            card = ModuleCard(len(self.cards) + 1)
            card.chosen.connect(self.open_step)
            self.cards_box.addWidget(card)
            self.cards.append(card)
        while len(self.cards) > len(catalog.modules):
            card = self.cards.pop()
            card.setParent(None)
            card.deleteLater()
        self.module_ids = [m.id for m in catalog.modules]
        for card, module in zip(self.cards, catalog.modules, strict=True):
            summary = summaries[module.id]
            has_open = store.open_attempt(module.id) is not None
            open_question = open_quiz_question(place, module.id, has_open)
            step = module_step(module, states, summary, open_quiz_question=open_question)
            card.show_module(module, module_progress(module, summary), step)
        self.show_resume(resume_step(place, catalog.modules, states, summaries), catalog)

    def apply_icons(self) -> None:
        """Paint the icons in the current theme's colours."""
        set_icon(self.resume_button, "player-play", theme.current().accent_text)
        for card in self.cards:
            card.apply_icon()

    def show_resume(self, step: Step, catalog: Catalog) -> None:
        module = catalog.module(step.module) if step.module else None
        self.resume_button.setEnabled(module is not None)
        if module is None:
            self.resume_where.setText("")
            return
        lesson = module.lesson(step.lesson) if step.lesson else None
        if step.is_quiz:
            text = self.tr("Next: the quiz of \u201c%1\u201d").replace("%1", module.title)
        elif lesson is not None:
            text = (
                self.tr("Next: \u201c%1\u201d in \u201c%2\u201d")
                .replace("%1", lesson.title)
                .replace("%2", module.title)
            )
        else:
            text = ""
        self.resume_where.setText(text)

    def card(self, module_id: str) -> ModuleCard:
        return self.cards[self.module_ids.index(module_id)]
