"""Every question type can be answered with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ailiteracy.ui.mainwindow import MainWindow

SPACE, DOWN, UP = Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Up
ALT = Qt.KeyboardModifier.AltModifier


def choose_in_combo(qtbot, combo, data) -> None:
    """Press Down until the combo box shows the item with ``data``."""
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, DOWN)
    assert combo.currentData() == data


def test_whole_quiz_by_keyboard(start, qtbot) -> None:
    window: MainWindow = start()
    window.open_quiz("demo")
    quiz = window.quiz_view

    def press_primary() -> None:
        qtbot.keyClick(quiz.primary, SPACE)

    def answer(widget, qid: str) -> None:
        if qid == "q-single":
            qtbot.keyClick(widget.buttons["b"], SPACE)
        elif qid == "q-multi":
            qtbot.keyClick(widget.buttons["a"], SPACE)
            qtbot.keyClick(widget.buttons["b"], SPACE)
        elif qid == "q-tf":
            qtbot.keyClick(widget.false_button, SPACE)
        elif qid == "q-claim":
            for cid, verdict in (
                ("c1", "supported"),
                ("c2", "contradicted"),
                ("c3", "not-checkable"),
            ):
                choose_in_combo(qtbot, widget.verdicts[cid], verdict)
            choose_in_combo(qtbot, widget.source_boxes["c1"], "s1")
        elif qid == "q-order":
            # bubble each expected item to its place with Alt+Up
            for target, item_id in enumerate(["oecd", "unesco", "act"]):
                row = widget.answer().index(item_id)
                widget.list.setCurrentRow(row)
                for _ in range(row - target):
                    qtbot.keyClick(widget.list, UP, ALT)
            assert widget.answer() == ["oecd", "unesco", "act"]
        elif qid == "q-match":
            choose_in_combo(qtbot, widget.boxes["p1"], "p1")
            choose_in_combo(qtbot, widget.boxes["p2"], "p2")
        elif qid == "q-spot":
            qtbot.keyClick(widget.boxes["s2"], SPACE)

    for _ in range(len(quiz.questions)):
        qid = quiz.current.id
        answer(quiz.widget, qid)
        assert quiz.primary.isEnabled(), qid
        press_primary()  # check
        assert quiz.explanation.isVisible()
        assert "Right!" in quiz.explanation.text(), qid
        press_primary()  # next / results
    assert quiz.pages.currentWidget() is quiz.result_page
    assert quiz.result_score.text() == "100%"
    summary = window.session.store.summary("demo")
    assert summary.best == 100 and summary.passed


def test_short_answer_by_keyboard(qtbot) -> None:
    from ailiteracy.core.content import Question as Q
    from ailiteracy.core.content import QuestionType, ShortAnswer
    from ailiteracy.core.quiz import score
    from ailiteracy.ui.questions import make_widget

    question = Q(
        "cap",
        QuestionType.SHORT,
        "Which body adopted the Recommendation?",
        "",
        "",
        answers=(ShortAnswer("UNESCO", "Right."),),
        feedback_wrong="Look again.",
    )
    widget = make_widget(question)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.edit, "  unesco ")
    result = score(question, widget.answer())
    assert result.correct
    widget.show_result(result)
    assert "Accepted answers: UNESCO" in widget.feedback_labels[0].text()
    assert not widget.edit.isEnabled()
