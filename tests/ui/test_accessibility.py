"""Screen-reader names on every control of every screen; text size and colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ailiteracy.core.policy import Policy
from ailiteracy.ui.settings import SettingsDialog

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls whose accessible name, as a screen reader gets it, is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if type(widget).__name__ in ("QScrollBar",):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _plain(text: str, rich: bool) -> str:
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def hidden_text(root: QWidget) -> list[str]:
    """Widgets whose visible text a screen reader does not get in the accessible name.

    A name may add words ("Previous question" for "Previous"), never replace the text
    ("Question" for the question itself). Descriptions are extra and not checked.
    """
    wrong = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and "<" in widget.text()
            )
            visible = _plain(widget.text(), rich)
        elif isinstance(widget, QAbstractButton):
            visible = _plain(widget.text(), False)
        elif isinstance(widget, QGroupBox):
            visible = _plain(widget.title(), False)
        else:
            continue
        if not visible:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = " ".join((iface.text(QAccessible.Text.Name) if iface else "").split())
        if visible.casefold() not in name.casefold():
            wrong.append(f"{type(widget).__name__} {visible[:40]!r} is named {name[:40]!r}")
    return wrong


def test_every_screen_names_every_control(start, qtbot) -> None:
    window = start()
    window.show_home()
    assert unnamed_controls(window) == []
    assert hidden_text(window) == []
    window.open_lesson("demo", "first")
    assert unnamed_controls(window) == []
    assert hidden_text(window) == []
    window.show_glossary()
    assert unnamed_controls(window) == []
    window.show_search()
    assert unnamed_controls(window) == []
    window.open_quiz("demo")
    quiz = window.quiz_view
    seen_types = set()
    for index in range(len(quiz.questions)):
        quiz.show_question(index)
        seen_types.add(quiz.current.type.value)
        assert unnamed_controls(window) == [], quiz.current.id
        assert hidden_text(window) == [], quiz.current.id
        if quiz.missing():  # an order question is answered from the start
            quiz.primary.click()  # nothing chosen: the hint says what is missing
            assert quiz.hint.isVisible() and hidden_text(window) == [], quiz.current.id
    assert seen_types == {"single", "multiple", "truefalse", "claim", "order", "match", "spot"}
    quiz.start_review(0)  # every question with its feedback
    for index in range(len(quiz.questions)):
        quiz.show_question(index)
        assert quiz.explanation.isVisible()
        assert hidden_text(window) == [], quiz.current.id
    quiz.finish()
    assert unnamed_controls(window) == []
    assert hidden_text(window) == []
    dialog = SettingsDialog(
        language="en",
        text_size=100,
        theme_name="default",
        folders=["/x"],
        policy=Policy(),
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert hidden_text(dialog) == []


def test_text_size_grows_the_rendered_lesson(start, qtbot) -> None:
    window = start()
    window.resize(900, 700)
    window.open_lesson("demo", "first")
    height_100 = window.lesson_view.browser.document().size().height()
    window.set_text_size(200)
    qtbot.waitUntil(lambda: window.lesson_view.browser.document().size().height() > height_100)
    height_200 = window.lesson_view.browser.document().size().height()
    assert height_200 > 1.5 * height_100
    assert window.menuBar().font().pointSizeF() >= 21  # the interface scales too


def test_high_contrast_and_dark_themes_change_colours(start, qtbot) -> None:
    window = start()
    window.open_lesson("demo", "first")

    def background() -> QColor:
        image = window.lesson_view.browser.viewport().grab().toImage()
        return image.pixelColor(3, 3)

    light = background()
    window.set_theme("high-contrast")
    dark = background()
    assert light.lightness() > 200 and dark.lightness() < 30
    window.set_theme("dark")
    assert 20 < background().lightness() < 80


class FakeEngine:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.stopped = 0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stopped += 1


def test_read_aloud_uses_the_speech_engine(start, qtbot) -> None:
    window = start()
    window.open_lesson("demo", "first")
    engine = FakeEngine()
    window.lesson_view.engine_factory = lambda locale: (engine, None)
    window.lesson_view.read_button.click()
    assert engine.said and "predicts words" in engine.said[0]
    window.lesson_view.read_button.click()
    assert engine.stopped == 1


def test_read_aloud_explains_when_no_engine(start, qtbot) -> None:
    from ailiteracy.ui.speech import SpeechProblem, make_engine

    window = start()
    window.open_lesson("demo", "first")
    view = window.lesson_view
    view.engine_factory = lambda locale: (None, SpeechProblem.NO_ENGINE)
    view.read_button.click()
    assert view.speech_note.isVisible() and "no speech voice" in view.speech_note.text()
    assert not view.read_button.isChecked()
    engine, problem = make_engine("en")  # the real check never raises
    assert (engine is None) == (problem is not None)


def test_other_screens_name_every_control(start, qtbot, tmp_path) -> None:
    from ailiteracy.core.profiles import ProfileRegistry
    from ailiteracy.ui.profiles.picker import ProfilePicker

    window = start()
    window.open_quiz("demo")
    window.quiz_view.widget.select("a")
    window.quiz_view.primary.click()  # a missed question, so the review has something
    window.timeline_action.trigger()
    assert unnamed_controls(window) == []
    assert hidden_text(window) == []
    window.calibration_action.trigger()
    assert unnamed_controls(window) == []
    assert hidden_text(window) == []
    window.review_action.trigger()
    assert unnamed_controls(window) == []
    assert hidden_text(window) == []
    window.assigned_action.trigger()
    assert unnamed_controls(window) == []
    assert hidden_text(window) == []
    window._show(window.teacher_view)
    tabs = window.teacher_view.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert unnamed_controls(window) == [], tabs.tabText(index)
        assert hidden_text(window) == [], tabs.tabText(index)
    tables = window.findChildren(QTableWidget)  # calibration, class report: no Tab traps
    assert len(tables) >= 3 and not [t.accessibleName() for t in tables if t.tabKeyNavigation()]
    registry = ProfileRegistry(tmp_path / "profiles-data")
    registry.create("Ana", pin="1234")
    picker = ProfilePicker(registry)
    qtbot.addWidget(picker)
    picker.show()
    assert unnamed_controls(picker) == []
    assert hidden_text(picker) == []
    registry.close()
