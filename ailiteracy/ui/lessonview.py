"""The lesson reader: rendered Markdown with callouts, tables and citations."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.content import Lesson, Module
from . import theme

READABLE_CHARS = 72  # comfortable line length
READABLE_CJK_CHARS = 40  # the same for Chinese, whose characters are twice as wide


class LessonBrowser(QTextBrowser):
    """A QTextBrowser that keeps lines to a readable length."""

    wide_script = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.update_margins()

    def update_margins(self) -> None:
        """Put equal margins left and right of the text so lines stay readable."""
        metrics = self.fontMetrics()
        if self.wide_script:
            text_width = metrics.horizontalAdvance("\u4e2d") * READABLE_CJK_CHARS
        else:
            text_width = metrics.averageCharWidth() * READABLE_CHARS
        side = max(12, (self.viewport().width() - text_width) // 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)


class LessonView(QWidget):
    """Shows one lesson.

    Signals:
        link_activated(QUrl): a link that is not an in-page anchor was clicked.
        take_quiz(): the learner asked for the module's quiz.
        next_lesson(): the learner asked for the next lesson.
    """

    link_activated = Signal(QUrl)
    take_quiz = Signal()
    next_lesson = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = None
        self.module: Module | None = None
        self.lesson: Lesson | None = None
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("lessonMeta")
        self.browser = LessonBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Lesson text"))
        self.browser.anchorClicked.connect(self._on_anchor)
        self.next_button = QPushButton(self.tr("&Next lesson"))
        self.next_button.setAccessibleName(self.tr("Next lesson"))
        self.next_button.clicked.connect(self.next_lesson)
        self.quiz_button = QPushButton(self.tr("Take the &quiz"))
        self.quiz_button.setAccessibleName(self.tr("Take the module quiz"))
        self.quiz_button.clicked.connect(self.take_quiz)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.quiz_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)

    def show_lesson(self, module: Module, lesson: Lesson, anchor: str = "") -> None:
        self.module, self.lesson = module, lesson
        self.browser.wide_script = module.locale.startswith("zh") and not module.fallback
        self.title.setText(lesson.title)
        minutes = self.tr("%1 min").replace("%1", str(lesson.minutes))
        note = ""
        if module.fallback:
            note = "  ·  " + self.tr("Not yet translated: shown in English.")
        self.meta.setText(f"{module.title}  ·  {minutes}{note}")
        self.set_html(self.lesson_html(lesson))
        index = module.lessons.index(lesson)
        self.next_button.setEnabled(index + 1 < len(module.lessons))
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    @property
    def renderer(self):
        """The Markdown renderer, created (and Markdown imported) on first use."""
        if self._renderer is None:
            from ..core.render import LessonRenderer

            self._renderer = LessonRenderer()
        return self._renderer

    def lesson_html(self, lesson: Lesson) -> str:
        goals = "".join(f"<li>{escape(o)}</li>" for o in lesson.objectives)
        heading = escape(self.tr("In this lesson you will learn to:"))
        intro = (
            f'<table class="callout callout-objectives" width="100%" cellpadding="10"><tr>'
            f'<td class="callout-objectives"><p class="admonition-title">'
            f"{heading}</p><ul>{goals}</ul></td></tr></table>"
        )
        return intro + (lesson.html or self.renderer.to_html(lesson.body))

    def set_html(self, html: str) -> None:
        document = self.browser.document()
        document.setDefaultStyleSheet(theme.lesson_css())
        if self.module is not None:
            document.setBaseUrl(QUrl.fromLocalFile(str(self.module.path) + "/"))
            self.browser.setSearchPaths([str(self.module.path)])
        self.browser.setHtml(html)
        self.browser.update_margins()

    def apply_font(self, font: QFont) -> None:
        self.browser.document().setDefaultFont(font)
        self.browser.setFont(font)
        if self.lesson is not None and self.module is not None:
            position = self.browser.verticalScrollBar().value()
            self.set_html(self.lesson_html(self.lesson))
            self.browser.verticalScrollBar().setValue(position)

    def current_anchor(self) -> str:
        """The section at the top of the view, for reopening at the same place."""
        if self.lesson is None:
            return ""
        top = self.browser.verticalScrollBar().value()
        best = ""
        for section in self.lesson.sections:
            cursor = self.browser.document().find(section.title)
            if cursor.isNull():
                continue
            rect = self.browser.document().documentLayout().blockBoundingRect(cursor.block())
            if rect.top() <= top + 5:
                best = section.anchor
        return best

    def _on_anchor(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
            return
        self.link_activated.emit(url)
