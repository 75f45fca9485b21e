"""The numerical question: typed numbers, tolerance and partial credit on screen."""

from __future__ import annotations

from ailiteracy.core.content import NumericAnswer, Question, QuestionType
from ailiteracy.core.quiz import is_answered, score
from ailiteracy.ui.questions import NumericalWidget, make_widget


def test_numerical_question_by_keyboard(qtbot) -> None:
    question = Question(
        "eliza",
        QuestionType.NUMERICAL,
        "In which year was the first ELIZA paper published?",
        "It was 1966.",
        "",
        numbers=(NumericAnswer(1966, 0, 100, "Right."), NumericAnswer(1966, 2, 50, "Close.")),
        feedback_wrong="Look at the lesson again.",
    )
    widget = make_widget(question)
    qtbot.addWidget(widget)
    assert isinstance(widget, NumericalWidget)
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClicks(widget.edit, "about")
    assert not is_answered(question, widget.answer())
    widget.edit.clear()
    qtbot.keyClicks(widget.edit, "1 967")
    assert is_answered(question, widget.answer())
    result = score(question, widget.answer())
    assert result.value == 0.5 and not result.correct
    widget.show_result(result)
    text = widget.feedback_labels[0].text()
    assert "The right answer: 1966." in text and "Close." in text
    assert not widget.edit.isEnabled()
