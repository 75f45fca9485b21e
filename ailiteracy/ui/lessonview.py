"""The lesson reader: rendered Markdown with callouts, tables and citations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QLocale, QUrl, Signal
from PySide6.QtGui import QFont, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.content.lessons import local_file
from ..core.content.model import MORE_ANCHOR, Lesson, Module
from ..core.fileformat import read_file
from . import theme
from .a11y import SpokenLabel, announce, no_wheel
from .layouts import FlowLayout
from .plaintext import escape, plain
from .speech import SpeechProblem, make_engine

READABLE_CHARS = 72  # comfortable line length
READABLE_CJK_CHARS = 40  # the same for Chinese, whose characters are twice as wide
IMAGE_MAX_BYTES = 8 * 1024 * 1024  # a lesson picture is far smaller


class LessonBrowser(QTextBrowser):
    """A QTextBrowser that keeps lines to a readable length and reads images only from
    the module's own folder.

    Signals:
        link_focused(str): Tab moved onto a link; its text.
    """

    link_focused = Signal(str)
    wide_script = False
    module_folder: Path | None = None

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 (Qt API)
        """An image of the lesson's module; anything else (a file outside the module
        folder, a link to one, a web address, a device) is refused and shows nothing.

        A refusal is an empty QByteArray, not None: given nothing, QTextDocument would
        read a local file itself.
        """
        path = self._module_image(kind, QUrl(url))
        if path is None:
            return QByteArray()
        try:
            return QByteArray(read_file(path, IMAGE_MAX_BYTES))
        except OSError:
            return QByteArray()

    def _module_image(self, kind: int, url: QUrl) -> Path | None:
        if self.module_folder is None or kind != QTextDocument.ResourceType.ImageResource:
            return None
        if url.isLocalFile():
            try:
                target = os.path.relpath(url.toLocalFile(), self.module_folder)
            except ValueError:  # another drive on Windows
                return None
        elif not url.scheme():
            target = url.path()
        else:
            return None
        return local_file(self.module_folder, target.replace(os.sep, "/"))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt API)
        """Tab inside the text moves between links; say which link is reached."""
        before = self.textCursor().selectionStart(), self.textCursor().selectionEnd()
        moved = super().focusNextPrevChild(next)
        cursor = self.textCursor()
        on_link = cursor.hasSelection() and cursor.charFormat().isAnchor()
        if moved and on_link and (cursor.selectionStart(), cursor.selectionEnd()) != before:
            self.link_focused.emit(self._link_text(cursor.selectionStart()))
        return moved

    def _link_text(self, start: int) -> str:
        """The whole text of the link at ``start`` (Qt may select only its first part)."""
        block = self.document().findBlock(start)
        href = ""
        parts: list[str] = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            end = fragment.position() + fragment.length()
            if fragment.isValid() and end > start:
                fmt = fragment.charFormat()
                if not href:
                    href = fmt.anchorHref()
                if not href or fmt.anchorHref() != href:  # Qt marks only part as isAnchor
                    break
                parts.append(fragment.text()[max(0, start - fragment.position()) :])
            iterator += 1
        return " ".join("".join(parts).split())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.update_margins()

    def _viewport_width(self) -> int:
        """The text area's width, without asking for ``viewport()``.

        The first ``viewport()`` call from Python makes PySide6 set up every widget
        class to find the viewport's type, a noticeable part of the app's start-up.
        """
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        return width - bar.width() if bar.isVisible() else width

    def update_margins(self) -> None:
        """Put equal margins left and right of the text so lines stay readable."""
        metrics = self.fontMetrics()
        if self.wide_script:
            text_width = metrics.horizontalAdvance("\u4e2d") * READABLE_CJK_CHARS
        else:
            text_width = metrics.averageCharWidth() * READABLE_CHARS
        side = max(12, (self._viewport_width() - text_width) // 2)
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
        end_reached(): the learner has seen the last line of the lesson shown.
    """

    link_activated = Signal(QUrl)
    take_quiz = Signal()
    next_lesson = Signal()
    end_reached = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = None
        self.module: Module | None = None
        self.lesson: Lesson | None = None
        self.title = plain(QLabel())
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.meta = plain(QLabel())
        self.meta.setObjectName("lessonMeta")
        self.meta.setWordWrap(True)
        # Qt exposes the lesson text to screen readers as flat text, without headings or
        # links, so the sections are also a list to jump to, and links are announced.
        self.sections = no_wheel(QComboBox())
        self.sections.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sections.setMinimumContentsLength(20)
        self.sections.activated.connect(self._go_to_section)
        sections_label = QLabel(self.tr("Go to &section:"))
        sections_label.setBuddy(self.sections)
        self.sections.setAccessibleName(self.tr("Go to section"))
        self.browser = LessonBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Lesson text"))
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.link_focused.connect(self._announce_link)
        self.reached_end = False  # whether the last line of this lesson has been in view
        self.browser.verticalScrollBar().valueChanged.connect(self._check_end)
        self.next_button = QPushButton(self.tr("&Next lesson"))
        self.next_button.setAccessibleName(self.tr("Next lesson"))
        self.next_button.clicked.connect(self.next_lesson)
        self.read_button = QPushButton(self.tr("&Read aloud"))
        self.read_button.setAccessibleDescription(self.tr("Read the lesson aloud"))
        self.read_button.setCheckable(True)
        self.read_button.toggled.connect(self.read_aloud)
        self.speech_note = SpokenLabel()  # why reading aloud cannot start, spoken
        self.speech_note.setWordWrap(True)
        self.speech_note.setObjectName("feedback")
        self.speech_note.hide()
        self.engine_factory = make_engine  # tests may replace it
        self._engine = None
        self.quiz_button = QPushButton(self.tr("Take the &quiz"))
        self.quiz_button.setAccessibleDescription(self.tr("Take the module quiz"))
        self.quiz_button.clicked.connect(self.take_quiz)
        self.back_button = QPushButton(self.tr("\u2190 Back"))
        self.back_button.setAccessibleDescription(self.tr("Back to where you were (Alt+Left)"))
        self.back_button.setToolTip(self.tr("Back to where you were (Alt+Left)"))
        self.more_button = QPushButton(self.tr("Show &more detail"))
        self.more_button.setAccessibleName(self.tr("Show more detail"))
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(self.show_more)
        self.more_button.hide()
        buttons = FlowLayout()  # wraps onto more lines when the text is large
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.quiz_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        meta_row = FlowLayout()  # the section list moves under the line when text is large
        meta_row.addWidget(self.meta)
        meta_row.addWidget(sections_label)
        meta_row.addWidget(self.sections)
        layout.addLayout(meta_row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.speech_note)
        layout.addLayout(buttons)

    def show_lesson(self, module: Module, lesson: Lesson, anchor: str = "") -> None:
        if self.read_button.isChecked():
            self.read_button.setChecked(False)
        self.speech_note.hide()
        self.module, self.lesson = module, lesson
        self.browser.wide_script = module.locale.startswith("zh") and not module.fallback
        self.title.setText(lesson.title)
        minutes = self.tr("%1 min").replace("%1", str(lesson.minutes))
        note = ""
        if lesson.checked is not None:
            day = QDate(lesson.checked.year, lesson.checked.month, lesson.checked.day)
            pattern = "yyyy年M月d日" if module.locale.startswith("zh") else "d MMMM yyyy"
            when = QLocale(module.locale.replace("-", "_")).toString(day, pattern)
            note += "  ·  " + self.tr("Facts last checked %1").replace("%1", when)
        if module.fallback:
            note += "  ·  " + self.tr("Not yet translated: shown in English.")
        self.meta.setText(f"{module.title}  ·  {minutes}{note}")
        self.more_button.blockSignals(True)
        self.more_button.setChecked(anchor in lesson.more_anchors)
        self.more_button.blockSignals(False)
        self.more_button.setVisible(lesson.has_more)
        self._label_more_button()
        self.set_html(self.lesson_html(lesson))
        self.sections.clear()
        for section in lesson.sections:
            self.sections.addItem(section.title, section.anchor)
        self.sections.setEnabled(bool(lesson.sections))
        index = [item.id for item in module.lessons].index(lesson.id)
        self.next_button.setEnabled(index + 1 < len(module.lessons))
        self.reached_end = False
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self._check_end()

    def _check_end(self) -> None:
        bar = self.browser.verticalScrollBar()
        if self.lesson is not None and not self.reached_end and bar.value() >= bar.maximum():
            self.reached_end = True
            self.end_reached.emit()

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
        if lesson.has_more and not self.more_button.isChecked():
            return intro + (lesson.cached_core_html() or self.renderer.to_html(lesson.core_body()))
        return intro + (lesson.cached_html() or self.renderer.to_html(lesson.body))

    def show_more(self, on: bool) -> None:
        """Open or close the lesson's optional "more detail" part."""
        if self.lesson is None or self.module is None:
            return
        position = self.browser.verticalScrollBar().value()
        self._label_more_button()
        self.set_html(self.lesson_html(self.lesson))
        if on:
            self.browser.scrollToAnchor(MORE_ANCHOR)
        else:
            self.browser.verticalScrollBar().setValue(position)

    def _label_more_button(self) -> None:
        on = self.more_button.isChecked()
        text = self.tr("Hide &more detail") if on else self.tr("Show &more detail")
        self.more_button.setText(text)
        self.more_button.setAccessibleName(
            self.tr("Hide more detail") if on else self.tr("Show more detail")
        )

    def set_html(self, html: str) -> None:
        document = self.browser.document()
        document.setDefaultStyleSheet(theme.lesson_css())
        if self.module is not None:
            document.setBaseUrl(QUrl.fromLocalFile(str(self.module.path) + "/"))
            self.browser.module_folder = self.module.path
        self.browser.setHtml(html)
        self.browser.update_margins()

    def apply_font(self, font: QFont) -> None:
        self.browser.document().setDefaultFont(font)
        self.browser.setFont(font)
        if self.lesson is not None and self.module is not None:
            position = self.browser.verticalScrollBar().value()
            self.set_html(self.lesson_html(self.lesson))
            self.browser.verticalScrollBar().setValue(position)

    def read_aloud(self, on: bool) -> None:
        """Start or stop reading the lesson aloud; explain when the computer cannot."""
        if not on:
            if self._engine is not None:
                self._engine.stop()
            return
        if self._engine is None:
            locale = self.module.locale if self.module else "en"
            self._engine, problem = self.engine_factory(locale)
            if self._engine is None:
                if problem == SpeechProblem.NO_MODULE:
                    text = self.tr(
                        "Reading aloud is not installed on this computer. An administrator can "
                        "add it by installing PySide6-Addons (pip install PySide6-Addons)."
                    )
                else:
                    text = self.tr(
                        "This computer has no speech voice, so the lesson cannot be read aloud. "
                        "An administrator can install one "
                        "(on Linux: speech-dispatcher and espeak-ng)."
                    )
                self.speech_note.setText(text)
                self.speech_note.show()
                self.read_button.blockSignals(True)
                self.read_button.setChecked(False)
                self.read_button.blockSignals(False)
                return
        self._engine.say(self.browser.toPlainText())

    def scroll_fraction(self) -> float:
        """How far down the lesson the view is, from 0 (top) to 1 (end)."""
        bar = self.browser.verticalScrollBar()
        return round(bar.value() / bar.maximum(), 4) if bar.maximum() > 0 else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

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

    def _go_to_section(self, index: int) -> None:
        """Show the chosen section and put the reading point (a screen reader's) on it."""
        anchor = self.sections.itemData(index)
        if not anchor:
            return
        self.browser.scrollToAnchor(anchor)
        cursor = self.browser.document().find(self.sections.itemText(index))
        if not cursor.isNull():
            cursor.clearSelection()
            self.browser.setTextCursor(cursor)
            self.browser.scrollToAnchor(anchor)
        self.browser.setFocus()

    def _announce_link(self, text: str) -> None:
        """Speak a link's text when Tab moves onto it inside the lesson text (Qt does not)."""
        announce(self.browser, self.tr("Link: %1").replace("%1", text))

    def _on_anchor(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment() and not url.path():
            lesson = self.lesson
            if lesson is not None and url.fragment() in lesson.more_anchors:
                self.more_button.setChecked(True)
            self.browser.scrollToAnchor(url.fragment())
            return
        self.link_activated.emit(url)
