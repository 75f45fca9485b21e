"""xAPI statements: their form, deterministic ids, the queue, and export-xapi."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ailiteracy.core import xapi
from ailiteracy.core.store import ProgressStore
from ailiteracy.core.xapi import Learner, StatementQueue, Statements, backoff_seconds

NOW = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def learner_store(folder: Path | None = None) -> ProgressStore:
    store = ProgressStore(folder, clock=Clock())
    attempt = store.start_attempt("demo")
    store.save_answer(attempt, "q-single", "a", 0.0, seconds=3.5)
    store.save_answer(attempt, "q-single", "b", 1.0, seconds=2.0)  # changed: this one counts
    store.save_answer(attempt, "q-tf", True, 0.0)
    store.finish_attempt(attempt, 50, False)
    store.mark_lesson_read("demo", "first")
    return store


def test_statements_have_the_documented_form() -> None:
    store = learner_store()
    made = Statements(Learner("a" * 32)).from_store(store, NOW, {"demo": "Demo module"})
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in made]
    assert sorted(verbs) == ["answered", "answered", "completed", "failed", "launched"]
    base = xapi.DEFAULT_BASE
    for s in made:
        assert s["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": base, "name": "a" * 32},
        }
        assert s["timestamp"].endswith("Z") and s["version"] == "1.0.3"
        assert s["object"]["id"].startswith(f"{base}/modules/demo")
    answered = {s["object"]["id"]: s for s in made if s["verb"]["id"] == xapi.VERB["answered"]}
    single = answered[f"{base}/modules/demo/quiz/q-single"]
    assert single["result"] == {
        "success": True,
        "score": {"scaled": 1.0},
        "response": "b",
        "duration": "PT2.00S",
    }
    assert single["context"]["contextActivities"]["parent"] == [{"id": f"{base}/modules/demo/quiz"}]
    failed = next(s for s in made if s["verb"]["id"] == xapi.VERB["failed"])
    assert failed["result"]["score"] == {"scaled": 0.5, "raw": 50, "min": 0, "max": 100}
    assert failed["result"]["success"] is False
    assert failed["context"]["registration"] == single["context"]["registration"]
    lesson = next(s for s in made if s["verb"]["id"] == xapi.VERB["completed"])
    assert lesson["object"]["id"] == f"{base}/modules/demo/lessons/first"


def test_ids_are_the_same_every_time_and_differ_between_learners() -> None:
    store = learner_store()
    first = Statements(Learner("a" * 32)).from_store(store, NOW)
    again = Statements(Learner("a" * 32)).from_store(store, NOW)
    other = Statements(Learner("b" * 32)).from_store(store, NOW)
    assert [s["id"] for s in first] == [s["id"] for s in again]
    assert len({s["id"] for s in first}) == len(first)
    assert not {s["id"] for s in first} & {s["id"] for s in other}


def test_names_are_sent_only_when_asked_and_the_base_can_be_set() -> None:
    store = learner_store()
    named = Statements(Learner("a" * 32, "Ana"), "https://lrs.school.example/ids/").from_store(
        store, NOW
    )
    assert named[0]["actor"]["name"] == "Ana"
    assert named[0]["object"]["id"].startswith("https://lrs.school.example/ids/modules/")


def test_the_queue_survives_a_restart_and_never_queues_twice(tmp_path: Path) -> None:
    store = learner_store()
    made = Statements(Learner("a" * 32)).from_store(store, NOW)
    queue = StatementQueue(tmp_path / "q.json")
    assert queue.add(made) == len(made)
    assert queue.add(made) == 0
    batch = queue.batch(2)
    queue.accepted(s["id"] for s in batch)
    reopened = StatementQueue(tmp_path / "q.json")
    assert [s["id"] for s in reopened.pending] == [s["id"] for s in made[2:]]
    assert reopened.add(made) == 0  # sent ones are remembered
    assert [backoff_seconds(n) for n in (1, 2, 3)] == [30, 60, 120]
    assert backoff_seconds(40) == 3600


def test_a_damaged_queue_is_moved_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "q.json"
    path.write_text("{not json", encoding="utf-8")
    queue = StatementQueue(path)
    assert queue.damaged and queue.pending == []
    assert [p.name.startswith("q.json.damaged-") for p in tmp_path.iterdir()] == [True]


def test_export_xapi_from_a_data_folder_and_from_results(tmp_path: Path, capsys) -> None:
    from ailiteracy.cli import main
    from ailiteracy.core.profiles import ProfileRegistry

    registry = ProfileRegistry(tmp_path / "data")
    ana = registry.create("Ana")
    registry.close()
    store = learner_store(tmp_path / "data" / "profiles" / ana.id)
    store.close()
    out = tmp_path / "ana.json"
    assert main(["export-xapi", "--data-dir", str(tmp_path / "data"), "--out", str(out)]) == 0
    statements = json.loads(out.read_text(encoding="utf-8"))
    assert len(statements) == 5
    assert {s["actor"]["account"]["name"] for s in statements} == {ana.learner_id}
    assert "name" not in statements[0]["actor"]

    results = Path(__file__).resolve().parents[1] / "data" / "results"
    out = tmp_path / "class.json"
    assert main(["export-xapi", "--data-dir", str(results), "--out", str(out)]) == 0
    statements = json.loads(out.read_text(encoding="utf-8"))
    learners = {s["actor"]["account"]["name"] for s in statements}
    assert len(learners) == 3  # Ben Okafor has done nothing yet
    assert "Wrote" in capsys.readouterr().err


def test_policy_settings_for_an_lrs_are_checked() -> None:
    import pytest

    from ailiteracy.core.policy import Policy, PolicyError, parse_policy

    assert Policy().xapi_endpoint == "" and Policy().xapi_learners == ("*",)
    policy = parse_policy(
        {
            "xapi_endpoint": "https://lrs.district.example/xAPI",
            "xapi_learners": [" Ana ", "Ben"],
            "xapi_send_names": True,
        }
    )
    assert policy.xapi_learners == ("Ana", "Ben") and policy.xapi_send_names
    for bad in (
        {"xapi_endpoint": "ftp://lrs"},
        {"xapi_activity_base": "lrs.example"},
        {"xapi_learners": []},
        {"xapi_learners": [""]},
        {"xapi_send_names": "yes"},
        {"xapi_endpiont": "https://lrs.example/xAPI"},
    ):
        with pytest.raises(PolicyError):
            parse_policy(bad)


def test_an_unreadable_stored_time_does_not_stop_the_statements() -> None:
    made = Statements(Learner("a" * 32)).answered(
        "demo", "q1", attempt="x", at="not a time", correct=True, score=1.0, response=True
    )
    assert made["timestamp"] == "1970-01-01T00:00:00.000Z"
    assert made["result"]["response"] == "true"
