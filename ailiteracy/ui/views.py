"""Smaller screens: the home/progress overview, the glossary and search."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.content import Catalog
from ..core.search import SearchIndex  # noqa: F401 (type)
from ..core.store import ProgressStore
from .plaintext import plain


def format_minutes(seconds: float) -> str:
    minutes = int(round(seconds / 60))
    if minutes >= 60:
        return (
            QCoreApplication.translate("HomeView", "%1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", f"{minutes % 60:02d}")
        )
    return QCoreApplication.translate("HomeView", "%1 min").replace("%1", str(minutes))


class HomeView(QWidget):
    """Welcome, "continue", and a table of every module with the learner's progress.

    Signals:
        open_module(str): a module was chosen.
        resume(): the learner wants to continue where they left off.
    """

    open_module = Signal(str)
    resume = Signal()
    start_review = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Learn to use AI safely and to check what it tells you"))
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.intro = QLabel(
            self.tr(
                "Choose a module in the list, or continue where you stopped. "
                "Your progress is saved on this computer after every answer."
            )
        )
        self.intro.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Continue where I left off"))
        self.resume_button.setAccessibleName(self.tr("Continue where I left off"))
        self.resume_button.clicked.connect(self.resume)
        self.review_button = QPushButton()
        self.review_button.setAccessibleName(self.tr("Review questions that are due"))
        self.review_button.clicked.connect(self.start_review)
        self.review_button.hide()
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Progress overview"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Module"),
                self.tr("Minutes"),
                self.tr("Lessons read"),
                self.tr("Best score"),
                self.tr("Passed"),
                self.tr("Time spent"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        self.open_button = QPushButton(self.tr("&Open the selected module"))
        self.open_button.setAccessibleName(self.tr("Open the selected module"))
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentRow(), 0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.module_ids: list[str] = []

    def refresh(self, catalog: Catalog, store: ProgressStore) -> None:
        self.table.setRowCount(len(catalog.modules))
        self.module_ids = [m.id for m in catalog.modules]
        for row, module in enumerate(catalog.modules):
            summary = store.summary(module.id)
            cells = [
                f"{module.title}\n{module.summary}",
                str(module.minutes),
                f"{summary.lessons_read} / {len(module.lessons)}",
                f"{summary.best}%" if summary.best is not None else "\u2014",
                self.tr("Yes") if summary.passed else self.tr("Not yet"),
                format_minutes(summary.seconds),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if catalog.modules and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    def _activated(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.module_ids):
            self.open_module.emit(self.module_ids[row])


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
        right_layout.addWidget(self.lesson_button, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._activated)
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
        self._index = None  # built on the first search
        self.run_search(self.query.text())

    @property
    def index(self) -> SearchIndex | None:
        if self._index is None and self.catalog is not None:
            self._index = SearchIndex(self.catalog)
        return self._index

    def run_search(self, text: str) -> None:
        self.results.clear()
        self.hits = self.index.search(text) if text.strip() and self.index else []
        for n, hit in enumerate(self.hits):
            prefix = self.tr("Glossary") + ": " if hit.kind == "glossary" else ""
            item = QListWidgetItem(f"{prefix}{hit.title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.results.addItem(item)
        if text.strip():
            self.count.setText(self.tr("Results: %1").replace("%1", str(len(self.hits))))
        else:
            self.count.setText("")

    def _open_first(self) -> None:
        if self.hits:
            self.open_hit.emit(self.hits[0])

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(self.hits[int(item.data(Qt.ItemDataRole.UserRole))])
