"""The confidence calibration screen."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from ailiteracy.core.store import AnswerRecord, ProgressStore
from ailiteracy.ui.calibrationview import CalibrationView

START = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
_ids = itertools.count()


def answer(confidence: int | None, correct: bool, day: int = 0) -> AnswerRecord:
    at = (START + dt.timedelta(days=day, minutes=next(_ids))).isoformat(timespec="seconds")
    return AnswerRecord(
        "attempt",
        "demo",
        f"q{next(_ids)}",
        None,
        1.0 if correct else 0.0,
        correct,
        at,
        confidence=confidence,
    )


def many(confidence: int, right: int, wrong: int, day: int = 0) -> list[AnswerRecord]:
    return [answer(confidence, True, day) for _ in range(right)] + [
        answer(confidence, False, day) for _ in range(wrong)
    ]


@pytest.fixture
def view(qtbot) -> CalibrationView:
    widget = CalibrationView()
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    return widget


def cells(view: CalibrationView, row: int) -> list[str]:
    return [view.table.item(row, column).text() for column in range(4)]


def test_empty(view: CalibrationView) -> None:
    view.set_answers([answer(None, True)])
    assert view.message.text() == "Answer some questions that ask 'How sure are you?' to see this."
    assert cells(view, 3) == ["Certain", "0", "95%", "—"]
    assert not view.chart.grab().isNull()
    assert "No answers" in view.chart.accessibleDescription()
    assert not view.trend.isVisible()


def test_overconfident(view: CalibrationView) -> None:
    # "certain": 5 of 8 right = 62.5%, expected 95%.
    view.set_answers(many(4, 5, 3) + many(1, 1, 1))
    assert view.message.text() == (
        "When you say 'certain' you are right 62% of the time. "
        "Slow down and check before you are sure."
    )
    assert cells(view, 3) == ["Certain", "8", "95%", "62% (too sure)"]
    assert cells(view, 0) == ["Just guessing", "2", "40%", "50%"]
    assert cells(view, 1) == ["Not sure", "0", "60%", "—"]
    description = view.chart.accessibleDescription()
    assert "Certain: expected 95%, actually right 62% (8 answers)." in description
    assert "Not sure: no answers." in description
    view.set_answers([answer(2, True)])
    assert "Not sure: expected 60%, actually right 100% (1 answer)." in (
        view.chart.accessibleDescription()
    )
    assert not view.chart.grab().isNull()


def test_well_calibrated(view: CalibrationView) -> None:
    view.set_answers(many(4, 10, 0) + many(3, 4, 1) + many(1, 2, 3))
    assert view.message.text() == "Your confidence matches your accuracy well."
    assert cells(view, 3)[3] == "100%"
    assert cells(view, 2)[3] == "80%"


def test_too_few_to_judge(view: CalibrationView) -> None:
    view.set_answers(many(4, 0, 2))
    assert "a few more questions" in view.message.text()
    assert cells(view, 3)[1:] == ["2", "95%", "0%"]


def test_over_time_table(view: CalibrationView) -> None:
    answers = many(4, 1, 3, day=0) + many(4, 2, 2, day=1) + many(3, 4, 0, day=2)
    answers += many(3, 3, 1, day=3)
    view.set_answers(answers)
    assert view.trend.isVisible()
    assert view.trend.rowCount() == 4
    first = [view.trend.item(0, c).text() for c in range(4)]
    assert first == ["1 March 2025", "4", "95%", "25%"]
    last = [view.trend.item(3, c).text() for c in range(4)]
    assert last[1:] == ["4", "80%", "75%"]


def test_from_a_store_and_accessibility(view: CalibrationView) -> None:
    store = ProgressStore(None)
    attempt = store.start_attempt("demo")
    for n in range(5):
        store.save_answer(attempt, f"q{n}", None, 0.0, confidence=3)
    view.set_answers(store.answers())
    assert "When you say 'fairly sure' you are right 0% of the time." in view.message.text()
    for widget in (view.message, view.chart, view.table, view.trend):
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
    name = QAccessible.queryAccessibleInterface(view.message).text(QAccessible.Text.Name)
    assert name == view.message.text()  # the message itself, not a label for it
    assert view.chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.table.editTriggers() == view.table.EditTrigger.NoEditTriggers
