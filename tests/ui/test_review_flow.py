"""Missed questions come back in a review session; the timeline and calibration screens open."""

from __future__ import annotations

import datetime as dt

from ailiteracy.core.store import utcnow


def test_missed_question_comes_back_for_review(start, qtbot) -> None:
    window = start()
    window.open_quiz("demo")
    quiz = window.quiz_view
    quiz.widget.select("a")  # wrong
    quiz.primary.click()
    assert ("demo", "q-single") in window.review
    later = utcnow() + dt.timedelta(days=2)
    assert window.review.due(later) == [("demo", "q-single")]
    # a review that happened three days ago makes the card due now
    window.review.record("demo", "q-single", False, utcnow() - dt.timedelta(days=3))
    window.show_home()
    assert window.home.review_button.isVisible()
    assert "1" in window.home.review_button.text()
    window.home.review_button.click()
    view = window.review_view
    assert window.stack.currentWidget() is view
    assert view.current_question().id == "q-single"
    view.widget.select("b")
    view.primary.click()
    assert "come back later" in view.feedback.text()
    view.primary.click()  # finish
    assert window.stack.currentWidget() is window.home
    assert window.review.count_due(utcnow()) == 0


def test_timeline_and_calibration_screens(start, qtbot) -> None:
    window = start()
    window.timeline_action.trigger()
    assert window.stack.currentWidget() is window.timeline_view
    assert [e.id for e in window.timeline_view.visible_events()] == ["oecd", "ai-act"]
    window.timeline_view.select_event("ai-act")
    with qtbot.waitSignal(window.timeline_view.open_lesson):
        window.timeline_view.lesson_button.click()
    assert window.lesson_view.lesson.id == "first"
    window.open_quiz("second")
    quiz = window.quiz_view
    quiz.widget.true_button.setChecked(True)
    quiz.confidence_group.button(4).setChecked(True)
    quiz.primary.click()
    window.calibration_action.trigger()
    assert window.stack.currentWidget() is window.calibration_view
    assert window.calibration_view.table.item(3, 1).text() == "1"
