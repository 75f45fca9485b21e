"""Sharing results with a learning record store: only when the policy asks, never for a
guest, in the background, and said plainly on screen."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ailiteracy.core.policy import parse_policy
from ailiteracy.core.xapi import QUEUE_FILE


class Collector(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server API)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.extend(json.loads(body))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"[]")

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def lrs():
    Collector.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def policy_for(port: int, **extra):
    return parse_policy(
        {
            "xapi_endpoint": f"http://127.0.0.1:{port}/xAPI",
            "xapi_name": "the district's record store",
            **extra,
        }
    )


def finish_a_quiz(window) -> None:
    store = window.session.store
    attempt = store.start_attempt("demo")
    store.save_answer(attempt, "q-tf", False, 1.0)
    store.finish_attempt(attempt, 100, True)


def test_nothing_is_shared_without_a_policy(start) -> None:
    window = start(profile="p1", profile_name="Ana", learner_id="a" * 32)
    assert not window.sharing.enabled and window.sharing_label.isHidden()
    finish_a_quiz(window)
    window.sharing.tick()
    assert not (window.session.store.folder / QUEUE_FILE).exists()


def test_a_guest_never_shares(start, lrs) -> None:
    window = start(guest=True, policy=policy_for(lrs.server_port))
    assert not window.sharing.enabled and window.sharing_label.isHidden()
    finish_a_quiz(window)
    window.sharing.tick()
    assert Collector.received == []


def test_only_the_learners_the_policy_names_share(start, lrs) -> None:
    policy = policy_for(lrs.server_port, xapi_learners=["Ben"])
    window = start(profile="p1", profile_name="Ana", learner_id="a" * 32, policy=policy)
    assert not window.sharing.enabled


def test_results_are_sent_in_the_background_and_kept_when_the_lrs_is_gone(
    start, lrs, qtbot
) -> None:
    window = start(
        profile="p1", profile_name="Ana", learner_id="a" * 32, policy=policy_for(lrs.server_port)
    )
    assert window.sharing.enabled and window.sharing_label.isVisible()
    assert "the district's record store" in window.sharing_label.text()
    finish_a_quiz(window)
    with qtbot.waitSignal(window.sharing.state_changed, timeout=10_000):
        window.sharing.tick()
    qtbot.waitUntil(lambda: window.sharing.waiting == 0, timeout=10_000)
    verbs = sorted(s["verb"]["id"].rsplit("/", 1)[1] for s in Collector.received)
    assert verbs == ["answered", "launched", "passed"]
    assert {s["actor"]["account"]["name"] for s in Collector.received} == {"a" * 32}
    assert all("name" not in s["actor"] for s in Collector.received)  # only the id

    lrs.shutdown()
    lrs.server_close()
    finish_a_quiz(window)
    with qtbot.waitSignal(window.sharing.state_changed, timeout=10_000):
        window.sharing.tick()
    assert not window.sharing.last.ok and window.sharing.waiting == 3
    queued = json.loads((window.session.store.folder / QUEUE_FILE).read_text("utf-8"))
    assert len(queued["pending"]) == 3 and len(queued["sent"]) == 3
    window.close()
