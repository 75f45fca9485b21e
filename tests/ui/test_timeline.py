"""The governance timeline: order, filters, details and the two buttons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible

from ailiteracy.core.content import TimelineEvent, load_timeline
from ailiteracy.ui.timelineview import TimelineView, format_event_date


def event(
    id: str, date: dt.date, body: str, kind: str, precision: str = "day", lesson: str = ""
) -> TimelineEvent:
    return TimelineEvent(
        id=id,
        date=date,
        precision=precision,
        title=f"Title {id}",
        body=body,
        kind=kind,
        summary=f"Summary of {id}.",
        lesson=lesson or f"demo/first#{id}",
        source=f"https://example.org/{id}",
    )


EVENTS = [
    event("act", dt.date(2024, 8, 1), "European Union", "law"),
    event("oecd", dt.date(2019, 5, 22), "OECD", "principles"),
    event("hiroshima", dt.date(2023, 5, 1), "G7", "initiative", precision="month"),
    event("convention", dt.date(2024, 9, 5), "Council of Europe", "treaty"),
    event("oecd-update", dt.date(2024, 5, 3), "OECD", "principles"),
    event("future", dt.date(2026, 1, 1), "European Union", "law", precision="year"),
]


@pytest.fixture
def view(qtbot) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.set_events(EVENTS)
    widget.show()
    return widget


def ids(view: TimelineView) -> list[str]:
    return [e.id for e in view.visible_events()]


def test_events_in_date_order(view: TimelineView) -> None:
    assert ids(view) == ["oecd", "hiroshima", "oecd-update", "act", "convention", "future"]
    texts = [view.list.item(row).text() for row in range(view.list.count())]
    assert texts[0] == "22 May 2019 — Title oecd"
    assert texts[1] == "May 2023 — Title hiroshima"
    assert texts[-1] == "2026 — Title future"
    assert view.count_label.text() == "6 of 6 events"


def test_date_formats() -> None:
    day = dt.date(2019, 5, 22)
    assert format_event_date(day, "day") == "22 May 2019"
    assert format_event_date(day, "month") == "May 2019"
    assert format_event_date(day, "year") == "2019"


def test_filter_by_body_and_kind(view: TimelineView) -> None:
    bodies = [view.body_filter.itemText(i) for i in range(view.body_filter.count())]
    assert bodies == ["All bodies", "Council of Europe", "European Union", "G7", "OECD"]
    kinds = [view.kind_filter.itemText(i) for i in range(view.kind_filter.count())]
    assert kinds == ["All kinds", "Initiative", "Law", "Principles", "Treaty"]

    view.body_filter.setCurrentIndex(view.body_filter.findText("OECD"))
    assert ids(view) == ["oecd", "oecd-update"]
    assert view.count_label.text() == "2 of 6 events"

    view.body_filter.setCurrentIndex(0)
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Law"))
    assert ids(view) == ["act", "future"]

    view.body_filter.setCurrentIndex(view.body_filter.findText("G7"))
    assert ids(view) == []
    assert view.empty_label.isVisible() and not view.list.isVisible()
    assert not view.lesson_button.isEnabled() and not view.source_button.isEnabled()

    assert view.set_kind_filter("")
    assert ids(view) == ["hiroshima"]
    assert not view.empty_label.isVisible() and view.list.isVisible()
    assert not view.set_body_filter("Nobody")


def test_selection_survives_filtering(view: TimelineView) -> None:
    assert view.select_event("oecd-update")
    view.body_filter.setCurrentIndex(view.body_filter.findText("OECD"))
    assert view.current_event() is not None and view.current_event().id == "oecd-update"


def test_details_and_buttons_emit_signals(view: TimelineView, qtbot) -> None:
    assert view.select_event("hiroshima")
    assert view.event_title.text() == "Title hiroshima"
    assert view.event_meta.text() == "May 2023 · G7 · Initiative"
    assert view.summary.text() == "Summary of hiroshima."

    with qtbot.waitSignal(view.open_lesson) as blocker:
        view.lesson_button.click()
    assert blocker.args == ["demo/first#hiroshima"]

    with qtbot.waitSignal(view.open_source) as blocker:
        view.source_button.click()
    assert blocker.args == [QUrl("https://example.org/hiroshima")]


def test_keyboard_moves_and_enter_opens_lesson(view: TimelineView, qtbot) -> None:
    view.list.setFocus()
    view.list.setCurrentRow(0)
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert view.current_event().id == "hiroshima"
    assert view.event_title.text() == "Title hiroshima"
    with qtbot.waitSignal(view.open_lesson) as blocker:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert blocker.args == ["demo/first#hiroshima"]


def test_accessible_names_and_mnemonics(view: TimelineView) -> None:
    for widget in (
        view.body_filter,
        view.kind_filter,
        view.list,
        view.lesson_button,
        view.source_button,
    ):
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
    assert "&" in view.lesson_button.text() and "&" in view.source_button.text()
    assert view.body_filter.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.kind_filter.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_new_events_reset_a_filter_that_no_longer_applies(view: TimelineView) -> None:
    view.set_body_filter("G7")
    view.set_events([e for e in EVENTS if e.body != "G7"])
    assert view.body_filter.currentText() == "All bodies"
    assert len(ids(view)) == 5
    view.set_events([])
    assert ids(view) == []
    assert view.event_title.text() == "No events to show."


def test_loads_the_content_timeline(qtbot, content_root: Path) -> None:
    problems: list = []
    events = load_timeline(content_root / "en" / "timeline.toml", problems)
    assert not problems
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.set_events(list(reversed(events)))
    assert ids(widget) == ["oecd", "ai-act"]
    assert widget.list.item(0).text() == "22 May 2019 — OECD AI Principles"
