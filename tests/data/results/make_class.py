"""Rebuild the fixture class in this folder from the test content.

Run from the project folder::

    .venv/bin/python tests/data/results/make_class.py

Attempt ids are random, so the files differ byte for byte after a rebuild, but every
figure the tests check stays the same. README.md says what each learner did.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from ailiteracy.core.assignments import (  # noqa: E402
    AssignmentItem,
    dump_assignment,
    new_assignment,
)
from ailiteracy.core.content import load_catalog  # noqa: E402
from ailiteracy.core.quiz import passed, quiz_percent, score  # noqa: E402
from ailiteracy.core.results import export_results  # noqa: E402
from ailiteracy.core.store import ProgressStore  # noqa: E402

CONTENT = HERE.parent / "content"
ASSIGNMENT_ID = "5f0c3b8e9a2d4c71b6e8f1a2c3d4e5f6"

RIGHT: dict[str, Any] = {
    "q-single": "b",
    "q-multi": ["a", "b"],
    "q-tf": False,
    "q-claim": {
        "c1": {"verdict": "supported", "source": "s1"},
        "c2": {"verdict": "contradicted", "source": "s1"},
        "c3": {"verdict": "not-checkable", "source": None},
    },
    "q-order": ["oecd", "unesco", "act"],
    "q-match": {"p1": "p1", "p2": "p2"},
    "q-spot": ["s2"],
    "one": True,
    "two": "b",
}


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=30)
        return self.now

    def jump(self, moment: dt.datetime) -> None:
        self.now = moment


def at(day: int, hour: int = 16) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, 0, tzinfo=dt.UTC)


def take_quiz(store: ProgressStore, catalog, module_id: str, answers: dict[str, Any]) -> int:
    """Answer every question of ``module_id``: ``answers`` overrides the right answers."""
    module = catalog.module(module_id)
    attempt = store.start_attempt(module_id, catalog.locale, ASSIGNMENT_ID)
    scores = []
    for question in module.questions:
        given = answers.get(question.id, RIGHT[question.id])
        value = score(question, given).value
        store.save_answer(attempt, question.id, given, value, seconds=20.0)
        scores.append(value)
    percent = quiz_percent(scores, len(module.questions))
    store.finish_attempt(attempt, percent, passed(percent, module.pass_mark))
    return percent


def read_all(store: ProgressStore, catalog, module_id: str) -> None:
    for lesson in catalog.module(module_id).lessons:
        store.mark_lesson_read(module_id, lesson.id)


def main() -> None:
    en = load_catalog([CONTENT], "en")
    zh = load_catalog([CONTENT], "zh-CN")
    assignment = new_assignment(
        class_name="7B",
        title="Week 3: Check what AI tells you",
        message="Read both modules and pass both quizzes.",
        due=dt.date(2026, 3, 15),
        pass_mark=60,
        items=[AssignmentItem("demo"), AssignmentItem("second")],
        now=at(1, 8),
        assignment_id=ASSIGNMENT_ID,
    )
    (HERE / "week-3.ailiteracy-assignment").write_bytes(dump_assignment(assignment))
    percents: dict[str, list[int]] = {}

    def export(store, catalog, name, learner_id, moment, filename):
        data = export_results(
            store,
            assignment,
            catalog,
            learner_name=name,
            learner_id=learner_id,
            app_version="0.1.0",
            now=moment,
        )
        (HERE / filename).write_bytes(data)

    # Ana: fails the demo quiz, passes it the second time, passes "second"; she sent a
    # file after her first try and a newer one when she had finished.
    clock = Clock(at(2))
    ana = ProgressStore(None, clock=clock)
    read_all(ana, en, "demo")
    percents["ana"] = [
        take_quiz(ana, en, "demo", {"q-single": "a", "q-tf": True, "q-order": ["act"]})
    ]
    export(ana, en, "Ana Souza", "a" * 32, at(3), "ana-souza-old.ailiteracy-results")
    clock.jump(at(5))
    percents["ana"].append(take_quiz(ana, en, "demo", {"q-multi": ["a"]}))
    read_all(ana, en, "second")
    percents["ana"].append(take_quiz(ana, en, "second", {}))
    export(ana, en, "Ana Souza", "a" * 32, at(10), "ana-souza.ailiteracy-results")

    # Li Ming learns in Chinese: fails the demo quiz twice, never tries "second".
    clock = Clock(at(4))
    li = ProgressStore(None, clock=clock)
    li.mark_lesson_read("demo", "first")
    wrong_li = {"q-single": "a", "q-tf": True, "q-multi": ["c"], "q-spot": ["s1"]}
    percents["li"] = [take_quiz(li, zh, "demo", {**wrong_li, "q-order": ["act"]})]
    clock.jump(at(6))
    percents["li"].append(take_quiz(li, zh, "demo", wrong_li))
    export(li, zh, "李明", "b" * 32, at(16), "li-ming.ailiteracy-results")

    # Ben did nothing and sent his file after the due date.
    ben = ProgressStore(None, clock=Clock(at(16)))
    export(ben, en, "Ben Okafor", "c" * 32, at(16, 9), "ben-okafor.ailiteracy-results")

    # Chloé passes the demo quiz with one slip, scores 50 on "second" (its own pass
    # mark is 50, the assignment's is 60), read everything.
    clock = Clock(at(7))
    chloe = ProgressStore(None, clock=clock)
    read_all(chloe, en, "demo")
    read_all(chloe, en, "second")
    percents["chloe"] = [
        take_quiz(chloe, en, "demo", {"q-single": "a"}),
        take_quiz(chloe, en, "second", {"two": "a"}),
    ]
    export(chloe, en, "Chloé Martin", "d" * 32, at(12), "chloe-martin.ailiteracy-results")

    # Dara's file was damaged on the way: one byte of her name changed.
    dara = ProgressStore(None, clock=Clock(at(8)))
    take_quiz(dara, en, "second", {})
    name = "dara-nguyen.ailiteracy-results"
    export(dara, en, "Dara Nguyen", "e" * 32, at(9), name)
    data = bytearray((HERE / name).read_bytes())
    spot = data.index(b"Dara Nguyen") + 1
    data[spot] ^= 0x01
    (HERE / name).write_bytes(bytes(data))

    # A file from another program that happens to use our extension.
    foreign = {"format": "quizmaster-export", "version": 3, "rows": [{"name": "Eve", "pts": 9}]}
    (HERE / "quizmaster.ailiteracy-results").write_text(
        json.dumps(foreign, indent=2) + "\n", encoding="utf-8"
    )
    print(json.dumps(percents))


if __name__ == "__main__":
    main()
