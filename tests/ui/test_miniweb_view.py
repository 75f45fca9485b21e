"""A learner does a mini-web practice task: worked example, search, verdicts, feedback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_miniweb import TASK, write_practice
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def window(start, content_root: Path):
    write_practice(content_root)
    write_practice(content_root, locale="zh-CN")
    return start()


def nav_texts(window) -> list[str]:
    nav = window.nav
    texts = []
    for i in range(nav.topLevelItemCount()):
        top = nav.topLevelItem(i)
        texts += [top.child(j).text(0) for j in range(top.childCount())]
    return texts


def test_practice_is_listed_and_opens_on_the_worked_example(window) -> None:
    assert "Practice: A task" in nav_texts(window)
    assert window.open_practice("demo", "t1")
    view = window.miniweb_view
    assert window.stack.currentWidget() is view
    assert view.tabs.currentIndex() == 0
    assert "Stop: a date." in view.example.toPlainText()
    assert not view.tabs.isTabEnabled(2)  # no feedback before checking
    assert "everyone agrees" in view.answer.toPlainText()
    assert not window.open_practice("demo", "missing")


def test_search_open_pages_and_score_with_feedback(window) -> None:
    window.open_practice("demo", "t1")
    view = window.miniweb_view
    view.start_button.click()
    assert view.tabs.currentIndex() == 1
    view.query.setText("official record")
    found = view.run_search()
    assert [p.id for p in found] == ["good"]
    assert "records.example" in view.results.item(0).text()
    view.query.setText("volcano")
    assert view.run_search() == []
    assert view.results.count() == 1  # the "no results" line, which opens nothing
    view.results.itemClicked.emit(view.results.item(0))
    assert view.opened == []
    view.query.clear()
    view.run_search()
    view.results.itemClicked.emit(view.results.item(1))  # the content farm
    assert view.opened == ["farm"]
    assert "trust us" in view.reader.toPlainText()
    view.set_verdict("c1", "contradicted", "good")
    view.set_verdict("c2", "not-checkable")
    result = view.check()
    assert result.percent == 100
    assert result.opened == ("farm", "good")
    assert view.tabs.currentIndex() == 2
    text = view.feedback.toPlainText()
    assert "Your score: 100%" in text
    assert "Open the good page first." in text
    assert "No author, no sources." in text  # what gave the unreliable page away
    assert "the page an expert opens first" in text


def test_wrong_answers_are_explained(window) -> None:
    window.open_practice("demo", "t1")
    view = window.miniweb_view
    view.set_verdict("c1", "supported")
    result = view.check()
    assert result.percent == 0
    text = view.feedback.toPlainText()
    assert "You said: supported. Right answer: contradicted." in text
    assert "The record says 2021." in text
    assert "You did not open" in text


def test_page_text_is_shown_as_plain_text(start, content_root: Path) -> None:
    hostile = "trust us <b>bold</b> <a href='x'>x</a>"
    write_practice(content_root, TASK.replace("trust us.", hostile))
    write_practice(content_root, locale="zh-CN")
    window = start()
    window.open_practice("demo", "t1")
    window.miniweb_view.open_page("farm")
    assert "<b>bold</b>" in window.miniweb_view.reader.toPlainText()


def test_every_control_has_an_accessible_name(window) -> None:
    window.open_practice("demo", "t1")
    assert unnamed_controls(window.miniweb_view) == []
