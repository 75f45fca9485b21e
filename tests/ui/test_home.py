"""Home: module cards with one next step each, and "Continue where I left off"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ailiteracy.ui import theme


@pytest.fixture(autouse=True)
def normal_text_size():
    yield
    theme.apply(QApplication.instance(), "default", 100)


def test_each_module_has_a_card_with_one_next_step(start, qtbot) -> None:
    window = start()
    home = window.home
    assert [c.title.text() for c in home.cards] == ["1. Demo module", "2. Second module"]
    card = home.card("demo")
    assert card.bar.value() == 0 and "0 of 2 lessons read" in card.meta.text()
    assert card.button.text() == "Start"
    card.button.click()
    assert window.stack.currentWidget() is window.lesson_view
    assert window.lesson_view.lesson.id == "first"
    window.show_home()
    card = home.card("demo")
    assert card.button.text() == "Continue reading" and card.bar.value() > 0
    card.button.click()
    assert window.lesson_view.lesson.id == "second"
    window.show_home()
    assert home.card("demo").button.text() == "Take the quiz"
    home.card("demo").button.click()
    assert window.stack.currentWidget() is window.quiz_view
    window.close()


def test_continue_reopens_the_lesson_at_its_scroll_position(start, qtbot) -> None:
    window = start()
    window.resize(900, 500)
    window.set_text_size(250)
    window.open_lesson("demo", "first")
    bar = window.lesson_view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() * 2 // 3)
    where = window.lesson_view.scroll_fraction()
    assert where > 0.5
    window.show_home()  # going Home must not lose the place
    assert "First lesson" in window.home.resume_where.text()
    window.home.resume_button.click()
    assert window.stack.currentWidget() is window.lesson_view
    assert window.lesson_view.lesson.id == "first"
    assert window.lesson_view.scroll_fraction() == pytest.approx(where, abs=0.05)
    window.close()


def test_continue_reopens_the_quiz_at_its_question(start, qtbot) -> None:
    window = start()
    window.open_quiz("second")
    window.quiz_view.show_question(1)
    window.show_home()
    assert "quiz" in window.home.resume_where.text()
    window.home.resume_button.click()
    assert window.stack.currentWidget() is window.quiz_view
    assert (window.quiz_view.module.id, window.quiz_view.index) == ("second", 1)
    window.close()


def test_guest_home_does_not_promise_saving(start) -> None:
    window = start(guest=True)
    assert "saved" not in window.home.intro.text()
    assert window.identity_label.text() == "Guest, nothing is saved"
    assert window.switch_button.isVisible()
    window.close()


def test_signed_in_name_is_shown_as_plain_text(start) -> None:
    window = start(profile="p1", profile_name="<b>Ana</b>")
    assert window.identity_label.text() == "Signed in as <b>Ana</b>"
    assert window.identity_label.textFormat().name == "PlainText"
    window.close()


def test_back_and_forward_after_a_glossary_link(start, qtbot) -> None:
    from PySide6.QtCore import QUrl

    window = start()
    window.resize(900, 500)
    window.set_text_size(250)
    window.open_lesson("demo", "first")
    bar = window.lesson_view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    where = window.lesson_view.scroll_fraction()
    assert not window.back_action.isEnabled()
    window.lesson_view.browser.anchorClicked.emit(QUrl("glossary:chatbot"))
    assert window.stack.currentWidget() is window.glossary_view
    assert window.glossary_view.back_button.isEnabled()
    window.back_action.trigger()  # Alt+Left
    assert window.stack.currentWidget() is window.lesson_view
    assert window.lesson_view.lesson.id == "first"
    assert window.lesson_view.scroll_fraction() == pytest.approx(where, abs=0.05)
    assert window.forward_action.isEnabled()
    window.forward_action.trigger()  # Alt+Right
    assert window.glossary_view.current_term_id() == "chatbot"
    window.glossary_view.back_button.click()
    window.open_lesson("demo", "second")  # a new place drops the forward history
    assert not window.forward_action.isEnabled()
    assert [p[0] for p in window.history] == ["lesson", "lesson"]
    window.close()


def test_history_shortcuts_are_alt_arrows(start) -> None:
    from PySide6.QtGui import QKeySequence

    window = start()
    assert QKeySequence("Alt+Left") in window.back_action.shortcuts()
    assert QKeySequence("Alt+Right") in window.forward_action.shortcuts()
    window.close()
