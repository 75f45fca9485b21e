"""The search screen: full-text search over lessons and the glossary.

Built when the learner first opens it (see ``mainwindow/screens.py``); the search
index is built on the first search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core.content.model import Catalog
from . import theme
from .plaintext import escape, plain

if TYPE_CHECKING:
    from ..core.search import Hit, SearchIndex  # imported on the first search (sqlite3)

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
