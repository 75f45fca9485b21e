"""What a keyboard or screen-reader user gets in lessons and quizzes (in process)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ailiteracy.core.store import utcnow
from ailiteracy.ui.mainwindow import MainWindow


def tab_stops(first: QWidget, last: QWidget) -> list[QWidget]:
    """The widgets Tab reaches from ``first`` up to ``last`` (both included)."""
    stops, widget = [first], first
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is first:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(first.window())
            and widget.isEnabled()
        ):
            stops.append(widget)
        if widget is last:
            return stops
    raise AssertionError("Tab never reaches the last widget")


def spoken(monkeypatch) -> list[str]:
    said: list[str] = []
    for module in ("quizview", "lessonview", "a11y"):
        monkeypatch.setattr(
            f"ailiteracy.ui.{module}.announce", lambda widget, text, **_: said.append(text)
        )
    return said


def test_prompt_options_and_check_in_tab_order(start, qtbot, monkeypatch) -> None:
    said = spoken(monkeypatch)
    window: MainWindow = start()
    window.open_quiz("demo")
    quiz = window.quiz_view
    for index in range(len(quiz.questions)):
        quiz.show_question(index)
        qtbot.waitUntil(quiz.widget.isVisible)  # a layout shows new children a moment later
        question = quiz.current
        assert said[-1] == f"Question {index + 1} of 7. {question.prompt}"
        assert window.focusWidget() is quiz.prompt
        assert quiz.prompt.accessibleName() == ""  # so its name is its text
        stops = tab_stops(quiz.prompt, quiz.primary)
        options = [w for w in stops if w in quiz.widget.findChildren(QWidget)]
        assert options, question.id
        assert stops.index(options[-1]) < stops.index(quiz.primary)
        if question.type.value in ("multiple", "spot"):  # every check box is a Tab stop
            assert options == quiz.widget.numbered()
        if question.type.value == "claim":
            sources = quiz.widget.source_labels
            assert [s.text() for s in sources] == [w.text() for w in options if w in sources]
            for n, source in enumerate(question.sources, start=1):
                assert source.text in sources[n - 1].text()
            verdicts = [w for w in options if w in quiz.widget.verdicts.values()]
            assert [v.accessibleName() for v in verdicts] == [
                f"Verdict for claim {n}" for n in range(1, len(question.claims) + 1)
            ]
    assert quiz.primary.text() == "&Check answer" and quiz.primary.accessibleName() == ""


def test_plain_number_keys_choose_options_and_alt_keys_do_not_clash(start, qtbot) -> None:
    window: MainWindow = start()
    window.open_quiz("demo")
    quiz = window.quiz_view
    qtbot.keyClick(quiz.prompt, Qt.Key.Key_2)
    assert quiz.widget.answer() == "b"
    quiz.show_question(1)  # multiple choice: keys tick and untick
    qtbot.keyClick(quiz.prompt, Qt.Key.Key_1)
    qtbot.keyClick(quiz.widget.buttons["a"], Qt.Key.Key_3)
    qtbot.keyClick(quiz.widget.buttons["c"], Qt.Key.Key_3)
    assert quiz.widget.answer() == ["a"]
    quiz.show_question(2)  # true/false: 1 is True, 2 is False
    qtbot.keyClick(quiz.prompt, Qt.Key.Key_2)
    assert quiz.widget.answer() is False
    qtbot.keyClick(quiz.prompt, Qt.Key.Key_9)  # no such option: nothing changes
    assert quiz.widget.answer() is False
    quiz.confidence_box.show()
    mnemonics = [QKeySequence.mnemonic(action.text()) for action in window.menuBar().actions()]
    for button in quiz.question_page.findChildren(QAbstractButton):
        if button.isVisibleTo(quiz.question_page) and button.text():
            mnemonics.append(QKeySequence.mnemonic(button.text()))
    mnemonics = [m.toString() for m in mnemonics if not m.isEmpty()]
    assert "Alt+F" in mnemonics  # the File menu
    assert len(mnemonics) == len(set(mnemonics)), sorted(mnemonics)


def test_feedback_is_announced_and_takes_focus(start, qtbot, monkeypatch) -> None:
    said = spoken(monkeypatch)
    window: MainWindow = start()
    window.open_quiz("demo")
    quiz = window.quiz_view
    quiz.widget.select("a")  # wrong
    quiz.primary.click()
    assert said[-1] == "\u2718 Not right.\n" + quiz.current.explanation
    assert window.focusWidget() is quiz.explanation
    assert quiz.explanation.accessibleName() == ""  # its text is its name
    assert quiz.primary.text() == "&Next question"


def test_result_speaks_the_score_first(start, qtbot, monkeypatch) -> None:
    said = spoken(monkeypatch)
    window: MainWindow = start()
    window.open_quiz("demo")
    quiz = window.quiz_view
    quiz.widget.select("b")
    quiz.primary.click()
    quiz.finish()
    assert window.focusWidget() is quiz.result_text
    assert said[-1] == quiz.result_text.text()
    assert said[-1].startswith("Your score: 14%. Not passed yet, and that is fine")
    assert quiz.result_bar.value() == 14
    assert quiz.result_good.text().startswith("What went well: 1 of 7 answers right.")
    assert quiz.result_revisit.text().startswith("Worth reading again: ")


def test_the_wheel_scrolls_the_page_not_the_answer(start, qtbot) -> None:
    window: MainWindow = start()
    window.resize(900, 500)
    window.open_quiz("demo")
    quiz = window.quiz_view
    quiz.show_question(3)  # claim check
    qtbot.waitUntil(quiz.widget.isVisible)
    box = next(iter(quiz.widget.verdicts.values()))
    box.setCurrentIndex(1)
    bar = quiz.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    for delta in (-120, -120, 120):
        event = QWheelEvent(
            QPointF(5, 5),
            QPointF(box.mapToGlobal(QPoint(5, 5))),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(box, event)
    assert box.currentIndex() == 1
    assert bar.value() > 0  # the page scrolled instead


def test_missing_confidence_is_said(start, qtbot, monkeypatch) -> None:
    said = spoken(monkeypatch)
    window: MainWindow = start()
    window.open_quiz("second")
    quiz = window.quiz_view
    quiz.widget.pick(1)
    quiz.primary.click()
    assert quiz.index == 0 and quiz.hint.isVisible()
    assert (
        said[-1]
        == quiz.hint.text()
        == ("Choose how sure you are (under the question), then check it.")
    )


def test_lesson_sections_and_links_for_screen_readers(start, qtbot, monkeypatch) -> None:
    said = spoken(monkeypatch)
    window: MainWindow = start()
    window.open_lesson("demo", "first")
    view = window.lesson_view
    assert [view.sections.itemText(i) for i in range(view.sections.count())] == [
        "What it is",
        "Why it matters",
    ]
    view.sections.activated.emit(1)
    cursor = view.browser.textCursor()
    assert cursor.block().text() == "Why it matters"
    view.browser.setFocus()
    view.browser.setTextCursor(view.browser.document().find("A "))  # before the first link
    qtbot.keyClick(view.browser, Qt.Key.Key_Tab)
    assert said[-1] == "Link: chatbot"
    qtbot.keyClick(view.browser, Qt.Key.Key_Tab)
    assert said[-1] == "Link: [1]"  # the whole footnote number
    assert "2024.[1]" in view.browser.toPlainText()  # footnote numbers are heard as such


def test_a_lesson_is_read_after_time_or_reaching_its_end(start, qtbot) -> None:
    window: MainWindow = start()
    now = [100.0]
    window.clock = lambda: now[0]
    store = window.session.store
    window.open_lesson("demo", "first")
    now[0] += 5
    window.open_lesson("demo", "second")  # clicked through the first lesson
    assert not store.lesson_states("demo")[("demo", "first")].read
    now[0] += 80  # the second lesson is short: its end is in view at once
    assert window.lesson_view.reached_end
    window.show_home()
    assert store.lesson_states("demo")[("demo", "second")].read  # 80 s >= a quarter of 5 min
    assert store.summary("demo").lessons_read == 1


def test_review_speaks_the_question_and_the_feedback(start, qtbot, monkeypatch) -> None:
    said = spoken(monkeypatch)
    monkeypatch.setattr("ailiteracy.ui.reviewview.announce", lambda w, text, **_: said.append(text))
    window: MainWindow = start()
    window.open_quiz("demo")
    window.quiz_view.widget.select("a")  # missed: it comes back in the review
    window.quiz_view.primary.click()
    past = utcnow() - dt.timedelta(days=3)  # a review three days ago: due now
    window.review.record("demo", "q-single", False, past)
    window.review_action.trigger()
    review = window.review_view
    qtbot.waitUntil(review.widget.isVisible)
    question = review.current_question()
    assert said[-1].endswith(f". {question.prompt}") and said[-1].startswith("Question 1 of ")
    qtbot.keyClick(review.prompt, Qt.Key.Key_2)  # plain keys choose here too
    assert review.widget.answer() == "b"
    stops = tab_stops(review.prompt, review.primary)
    options = [w for w in stops if w in review.widget.findChildren(QWidget)]
    assert options and stops.index(options[-1]) < stops.index(review.primary)
    review.primary.click()
    assert said[-1].startswith("\u2714 ") and window.focusWidget() is review.feedback


def test_disabled_controls_look_disabled_in_every_theme(qapp) -> None:
    from PySide6.QtGui import QPalette

    from ailiteracy.ui import theme

    for name, t in theme.THEMES.items():
        palette = theme.palette_for(t)
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
            active = palette.color(QPalette.ColorGroup.Active, role)
            disabled = palette.color(QPalette.ColorGroup.Disabled, role)
            window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
            assert disabled != active, name
            # between the text and the background: faded, yet still readable
            assert min(active.lightness(), window.lightness()) < disabled.lightness(), name
            assert disabled.lightness() < max(active.lightness(), window.lightness()), name


def test_form_messages_are_spoken_once_per_message(qapp, monkeypatch) -> None:
    from ailiteracy.ui.a11y import SpokenLabel

    said = spoken(monkeypatch)
    label = SpokenLabel()
    label.setText("That PIN is not right. Please try again in 30 seconds.")
    label.setText("That PIN is not right. Please try again in 29 seconds.")  # a countdown
    label.setText("You can try the PIN again now.")
    label.setText("")
    assert said == [
        "That PIN is not right. Please try again in 30 seconds.",
        "You can try the PIN again now.",
    ]
    label.deleteLater()
