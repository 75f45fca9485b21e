"""What to open next: per module and for "Continue where I left off" (no display needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ailiteracy.core.content import load_catalog
from ailiteracy.core.nextstep import (
    StepKind,
    module_progress,
    module_step,
    resume_step,
)
from ailiteracy.core.store import Position, ProgressStore


@pytest.fixture
def catalog(content_root: Path):
    return load_catalog([content_root], "en")


@pytest.fixture
def store(tmp_path: Path):
    s = ProgressStore(tmp_path / "p")
    yield s
    s.close()


def _state(catalog, store):
    summaries = {m.id: store.summary(m.id) for m in catalog.modules}
    return catalog.modules, store.lesson_states(), summaries


def _step(catalog, store, module_id="demo", **kw):
    module = catalog.module(module_id)
    return module_step(module, store.lesson_states(module_id), store.summary(module_id), **kw)


def test_a_new_module_starts_at_its_first_lesson(catalog, store):
    step = _step(catalog, store)
    assert step.kind is StepKind.START
    assert step.lesson == catalog.module("demo").lessons[0].id


def test_after_some_reading_the_first_unread_lesson_comes_next(catalog, store):
    lessons = catalog.module("demo").lessons
    store.mark_lesson_read("demo", lessons[0].id)
    step = _step(catalog, store)
    assert step.kind is StepKind.CONTINUE_LESSON
    assert step.lesson == lessons[1].id


def test_all_read_means_take_then_retry_then_revisit(catalog, store):
    for lesson in catalog.module("demo").lessons:
        store.mark_lesson_read("demo", lesson.id)
    assert _step(catalog, store).kind is StepKind.TAKE_QUIZ
    attempt = store.start_attempt("demo")
    store.finish_attempt(attempt, 40, False)
    assert _step(catalog, store).kind is StepKind.RETRY_QUIZ
    store.finish_attempt(store.start_attempt("demo"), 90, True)
    assert _step(catalog, store).kind is StepKind.REVISIT


def test_an_unfinished_quiz_is_resumed_at_its_question(catalog, store):
    step = _step(catalog, store, open_quiz_question=99)
    assert step.kind is StepKind.RESUME_QUIZ
    assert step.question == len(catalog.module("demo").questions) - 1


def test_continue_reopens_the_lesson_and_place_even_after_going_home(catalog, store):
    second = catalog.module("second")
    store.set_position(Position("lesson", "second", second.lessons[0].id, "a", scroll=0.6))
    store.set_position(Position("home"))
    step = resume_step(store.place(), *_state(catalog, store))
    assert step.kind is StepKind.RESUME_LESSON
    assert (step.module, step.lesson, step.anchor, step.scroll) == (
        "second",
        second.lessons[0].id,
        "a",
        0.6,
    )


def test_continue_reopens_a_quiz_at_its_question(catalog, store):
    store.set_position(Position("quiz", "second", question=1))
    step = resume_step(store.place(), *_state(catalog, store))
    assert step.kind is StepKind.RESUME_QUIZ
    assert (step.module, step.question) == (
        "second",
        min(1, len(catalog.module("second").questions) - 1),
    )


def test_continue_without_a_place_follows_the_suggested_order(catalog, store):
    first = catalog.modules[0]
    step = resume_step(store.place(), *_state(catalog, store))
    assert (step.kind, step.module) == (StepKind.START, first.id)
    store.finish_attempt(store.start_attempt(first.id), 100, True)
    step = resume_step(None, *_state(catalog, store))
    assert step.module == catalog.modules[1].id


def test_a_place_in_a_module_that_is_gone_falls_back(catalog, store):
    store.set_position(Position("lesson", "removed", "x"))
    step = resume_step(store.place(), *_state(catalog, store))
    assert step.kind is StepKind.START


def test_a_damaged_place_is_ignored(store):
    store.set_setting("place", {"view": "lesson", "module": 3, "lesson": None})
    store.set_setting("position", "garbage")
    assert store.place() is None


def test_progress_counts_reading_and_the_quiz(catalog, store):
    module = catalog.module("demo")
    assert module_progress(module, store.summary("demo")).fraction == 0
    for lesson in module.lessons:
        store.mark_lesson_read("demo", lesson.id)
    half = module_progress(module, store.summary("demo"))
    assert half.lessons_read == half.lessons == len(module.lessons)
    assert 0.6 < half.fraction < 0.7
    store.finish_attempt(store.start_attempt("demo"), 80, True)
    done = module_progress(module, store.summary("demo"))
    assert (done.fraction, done.best, done.passed) == (1.0, 80, True)
