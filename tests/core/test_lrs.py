"""Sending statements to a real learning record store: Ralph LRS, started on 127.0.0.1.

Each test starts its own Ralph server with a fresh statements directory, so no test
sees another's statements. Ralph 5.1's file-system backend accepts only the first
write to its statements file; the sending queue writes many times, so the server is
Ralph's own app with that backend switched to appending (tests/lrs/ralph_append.py).
Statements are read back through Ralph's xAPI API and compared.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import bcrypt
import pytest

from ailiteracy.core.store import ProgressStore
from ailiteracy.core.xapi import Learner, StatementQueue, Statements, send_batch

ROOT = Path(__file__).resolve().parents[2]
USER, PASSWORD = "school-pcs", "a long test password"
NOW = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)


@dataclass
class Ralph:
    endpoint: str
    port: int
    env: dict[str, str]
    process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "tests.lrs.ralph_append:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--no-access-log",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stderr is not None
        seen = []
        for line in self.process.stderr:  # blocks until uvicorn listens (or has failed)
            seen.append(line)
            if "Uvicorn running on" in line:
                break
        assert seen and "Uvicorn running on" in seen[-1], "".join(seen)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            if self.process.stderr is not None:
                self.process.stderr.close()
            self.process = None

    def read_back(self) -> list[dict]:
        """Every statement the LRS holds, through its own xAPI API."""
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        found: list[dict] = []
        url = f"{self.endpoint}/statements?limit=500"
        while url:
            request = urllib.request.Request(url)
            request.add_header("Authorization", f"Basic {token}")
            request.add_header("X-Experience-API-Version", "1.0.3")
            with urllib.request.urlopen(request, timeout=30) as response:
                page = json.loads(response.read())
            found += page["statements"]
            more = page.get("more")
            url = f"http://127.0.0.1:{self.port}{more}" if more else ""
        return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def ralph(tmp_path: Path):
    app_dir, statements = tmp_path / "ralph", tmp_path / "statements"
    app_dir.mkdir()
    statements.mkdir()  # a fresh directory for every test
    hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode()
    user = {
        "username": USER,
        "hash": hashed,
        "scopes": ["all"],
        "agent": {"mbox": "mailto:lrs@school.example", "objectType": "Agent"},
    }
    (app_dir / "auth.json").write_text(json.dumps([user]), encoding="utf-8")
    env = {
        **os.environ,
        "RALPH_APP_DIR": str(app_dir),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(statements),
        "PYTHONPATH": str(ROOT),
    }
    port = free_port()
    server = Ralph(f"http://127.0.0.1:{port}/xAPI", port, env)
    server.start()
    yield server
    server.stop()


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def learner_statements(questions: int = 3) -> list[dict]:
    store = ProgressStore(None, clock=Clock())
    for n in range(2):
        attempt = store.start_attempt("demo")
        for q in range(questions):
            store.save_answer(attempt, f"q{q}", ["a", "b"][q % 2], float(q % 2), seconds=4.0)
        store.finish_attempt(attempt, 40 + 30 * n, n == 1)
    store.mark_lesson_read("demo", "first")
    return Statements(Learner("f" * 32, "李明")).from_store(store, NOW)


def send(ralph: Ralph, statements: list[dict]):
    return send_batch(ralph.endpoint, statements, username=USER, password=PASSWORD)


def test_a_learners_statements_arrive_as_sent(ralph: Ralph) -> None:
    made = learner_statements()
    result = send(ralph, made)
    assert result.ok and result.status == 200
    stored = {s["id"]: s for s in ralph.read_back()}
    assert set(stored) == {s["id"] for s in made}
    for sent in made:
        got = stored[sent["id"]]
        assert got["verb"]["id"] == sent["verb"]["id"]
        assert got["object"]["id"] == sent["object"]["id"]
        assert got["actor"]["account"] == sent["actor"]["account"]
        assert got["actor"]["name"] == "李明"
        assert got.get("result") == sent.get("result")
        assert dt.datetime.fromisoformat(got["timestamp"]) == dt.datetime.fromisoformat(
            sent["timestamp"]
        )
    # Sending the same statements again changes nothing: the ids are deterministic.
    assert send(ralph, made).ok
    assert len(ralph.read_back()) == len(made)


def test_wrong_credentials_are_refused_and_nothing_is_stored(ralph: Ralph) -> None:
    result = send_batch(ralph.endpoint, learner_statements(), username=USER, password="wrong")
    assert not result.ok and result.status == 401
    assert ralph.read_back() == []


def test_the_queue_keeps_what_could_not_be_sent_when_the_lrs_stops(
    ralph: Ralph, tmp_path: Path
) -> None:
    made = learner_statements(questions=6)
    queue = StatementQueue(tmp_path / "queue.json")
    queue.add(made)
    first = queue.batch(5)
    assert send(ralph, first).ok
    queue.accepted(s["id"] for s in first)

    ralph.stop()  # the LRS goes away in the middle of sending the queue
    second = queue.batch(5)
    result = send(ralph, second)
    assert not result.ok and result.status == 0
    assert queue.refused() == 30
    # The app is closed and opened again: nothing waiting was lost.
    queue = StatementQueue(tmp_path / "queue.json")
    assert [s["id"] for s in queue.pending] == [s["id"] for s in made[5:]]

    ralph.start()  # the same store, reachable again
    while queue.pending:
        batch = queue.batch(5)
        assert send(ralph, batch).ok
        queue.accepted(s["id"] for s in batch)
    stored = ralph.read_back()
    assert sorted(s["id"] for s in stored) == sorted(s["id"] for s in made)
