"""Smaller screens: the home/progress overview, the glossary and search."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
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

if TYPE_CHECKING:
    from ..core.search import Hit, SearchIndex  # imported on the first search (sqlite3)

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


class GlossaryView(QWidget):
    """A searchable list of terms with their definitions.

    Signals:
        open_lesson(str): ``module/lesson#anchor`` where a term is explained.
    """

    open_lesson = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Glossary"))
        title.setObjectName("screenTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter terms"))
        self.filter.setAccessibleName(self.tr("Filter glossary terms"))
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Glossary terms"))
        self.list.setWordWrap(True)  # long terms wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._show_current)
        self.definition = QTextBrowser()
        self.definition.setAccessibleName(self.tr("Definition"))
        self.lesson_button = QPushButton(self.tr("Open the &lesson that explains it"))
        self.lesson_button.setAccessibleName(self.tr("Open the lesson that explains this term"))
        self.lesson_button.clicked.connect(self._open_lesson)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.definition, 1)
        self.back_button = QPushButton(self.tr("\u2190 Back"))
        self.back_button.setAccessibleName(self.tr("Back to where you were (Alt+Left)"))
        self.back_button.setToolTip(self.tr("Back to where you were (Alt+Left)"))
        buttons = FlowLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.lesson_button)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(split, 1)
        self.catalog: Catalog | None = None

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.list.clear()
        for term in sorted(catalog.glossary.values(), key=lambda t: t.term.casefold()):
            item = QListWidgetItem(term.term)
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            self.list.addItem(item)
        self._apply_filter(self.filter.text())

    def show_term(self, term_id: str) -> None:
        self.filter.clear()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == term_id:
                self.list.setCurrentRow(i)
                return

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            term = (
                self.catalog.glossary.get(item.data(Qt.ItemDataRole.UserRole))
                if self.catalog
                else None
            )
            hay = f"{term.term} {term.definition}".casefold() if term else ""
            hidden = bool(needle) and needle not in hay
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        if first is not None and (
            self.list.currentItem() is None or self.list.currentItem().isHidden()
        ):
            self.list.setCurrentRow(first)

    def current_term_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_current(self, *_args: object) -> None:
        term_id = self.current_term_id()
        term = self.catalog.glossary.get(term_id) if self.catalog and term_id else None
        if term is None:
            self.definition.clear()
            self.lesson_button.setEnabled(False)
            return
        self.definition.setHtml(f"<h2>{escape(term.term)}</h2><p>{escape(term.definition)}</p>")
        self.lesson_button.setEnabled(bool(term.lesson))

    def _open_lesson(self) -> None:
        term_id = self.current_term_id()
        term = self.catalog.glossary.get(term_id) if self.catalog and term_id else None
        if term and term.lesson:
            self.open_lesson.emit(term.lesson)


ROLE_HTML = Qt.ItemDataRole.UserRole + 1


class HtmlDelegate(QStyledItemDelegate):
    """Draws a list item's rich text (title, then a snippet with the match highlighted)."""

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        t = theme.current()
        if selected:  # the match is inverted inside the selection bar
            colour, mark_fg, mark_bg = t.highlight_text, t.highlight, t.highlight_text
        else:
            colour, mark_fg, mark_bg = t.text, t.text, t.notice_bg
        document.setDefaultStyleSheet(
            f"body {{ color: {colour}; }} "
            f".match {{ background-color: {mark_bg}; color: {mark_fg}; font-weight: bold; }}"
        )
        document.setHtml(f"<body>{index.data(ROLE_HTML) or ''}</body>")
        document.setTextWidth(max(50, option.rect.width() - 2 * theme.SPACE))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + theme.SPACE, option.rect.top() + theme.SPACE // 2)
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt API)
        self.initStyleOption(option, index)
        view = option.widget
        if option.rect.width() <= 0 and isinstance(view, QAbstractScrollArea):
            option.rect.setWidth(view.viewport().width())
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + theme.SPACE)


def highlighted(text: str, spans) -> str:
    """``text`` as HTML with the ``spans`` marked; everything from content is escaped."""
    out, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        out.append(escape(text[at:start]))
        out.append(f'<span class="match">{escape(text[start:end])}</span>')
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def _corrected(hit: Hit) -> bool:
    """Whether ``hit`` was found for a similar word, not the one searched."""
    from ..core.search import MatchKind  # loaded already: there is a hit

    return hit.match is MatchKind.CORRECTED


class SearchView(QWidget):
    """Full-text search over lessons and the glossary.

    Signals:
        open_hit(object): a :class:`~ailiteracy.core.search.Hit` was chosen.
    """

    open_hit = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Search"))
        title.setObjectName("screenTitle")
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search lessons and glossary"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.textChanged.connect(self.run_search)
        self.query.returnPressed.connect(self._open_first)
        self.count = plain(QLabel())
        self.count.setWordWrap(True)
        self.count.setObjectName("cardMeta")
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.catalog: Catalog | None = None
        self._index: SearchIndex | None = None
        self.hits: list = []

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        if self._index is not None:
            self._index.close()
        self._index = None  # built on the first search
        self.run_search(self.query.text())

    @property
    def index(self) -> SearchIndex | None:
        if self._index is None and self.catalog is not None:
            from ..core.search import SearchIndex

            self._index = SearchIndex(self.catalog)
        return self._index

    def run_search(self, text: str) -> None:
        self.results.clear()
        self.hits = self.index.search(text) if text.strip() and self.index else []
        for n, hit in enumerate(self.hits):
            prefix = self.tr("Glossary") + ": " if hit.kind == "glossary" else ""
            item = QListWidgetItem(f"{prefix}{hit.title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setData(
                ROLE_HTML,
                f"<b>{escape(prefix + hit.title)}</b><br>{highlighted(hit.snippet, hit.spans)}",
            )
            self.results.addItem(item)
        if not text.strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(
                self.tr(
                    "Nothing found. Check the spelling, try fewer or shorter words, "
                    "or look the word up in the Glossary (Ctrl+G)."
                )
            )
        elif _corrected(self.hits[0]):
            self.count.setText(
                self.tr("No exact match. Results for similar words: %1").replace(
                    "%1", str(len(self.hits))
                )
            )
        else:
            self.count.setText(self.tr("Results: %1").replace("%1", str(len(self.hits))))
        if self.hits:
            self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        if self.hits:
            self.open_hit.emit(self.hits[max(0, self.results.currentRow())])

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(self.hits[int(item.data(Qt.ItemDataRole.UserRole))])
