"""The glossary screen: a list of terms to filter, each term's definition and its lesson.

Built when the learner first opens it (see ``mainwindow/screens.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.content.model import Catalog
from .layouts import FlowLayout
from .plaintext import escape


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
