"""Learning records as xAPI statements, a durable queue for them, and sending to an LRS.

Statements (see ``docs/admin.md``, "Sharing results with a learning record store"):

=================  ===========================================  =========================
event              verb (cmi5 / ADL)                            object
=================  ===========================================  =========================
quiz started       ``http://adlnet.gov/expapi/verbs/launched``  the module
lesson read        ``http://adlnet.gov/expapi/verbs/completed`` the lesson
question answered  ``http://adlnet.gov/expapi/verbs/answered``  the question (cmi.interaction)
quiz finished      ``.../verbs/passed`` or ``.../verbs/failed`` the module's quiz
=================  ===========================================  =========================

Activity ids are ``<base>/modules/<module>``, ``<base>/modules/<module>/lessons/<lesson>``,
``<base>/modules/<module>/quiz`` and ``<base>/modules/<module>/quiz/<question>``, where
``<base>`` is :data:`DEFAULT_BASE` unless the policy sets ``xapi_activity_base``. The
learner is an account ``{homePage: <base>, name: <stable learner id>}``; the name is
added only when the policy asks for it.

Every statement id is a UUID 5 of the learner id, the verb, the object and the attempt,
so the same event always gets the same id and sending it again changes nothing in the
LRS. Timestamps come from the learner's records, so a resent statement is identical.

Pure Python (no Qt). Sending uses ``urllib``; the caller decides which thread.
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
import math
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .fileformat import read_file
from .layout import XAPI_QUEUE_FILE
from .results import ResultsFile
from .storage import atomic_write_text
from .store import ProgressStore

DEFAULT_BASE = "https://ailiteracy.invalid/xapi"
XAPI_VERSION = "1.0.3"
VERB = {
    "launched": "http://adlnet.gov/expapi/verbs/launched",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
}
ACTIVITY_TYPE = {
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
}
# Namespace of the statement ids (a UUID 5 of the app's name in the URL namespace).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://ailiteracy.invalid/xapi/statement")
QUEUE_FILE = XAPI_QUEUE_FILE  # in the learner's folder (see layout)
QUEUE_MAX_BYTES = 64 * 1024 * 1024
BATCH_SIZE = 50
BACKOFF_FIRST_SECONDS = 30
BACKOFF_MAX_SECONDS = 60 * 60


@dataclass(frozen=True)
class Learner:
    """Who the statements are about: the stable id, and the name when it may be sent."""

    id: str
    name: str = ""


def _iso(moment: str | _dt.datetime) -> str:
    """UTC, milliseconds, ``Z``. A stored time that cannot be read counts as the epoch
    (so its statement keeps one id and one time, and can still be sent)."""
    if isinstance(moment, str):
        try:
            moment = _dt.datetime.fromisoformat(moment)
        except ValueError:
            moment = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    return moment.astimezone(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _duration(seconds: float) -> str:
    seconds = max(0.0, seconds) if math.isfinite(seconds) else 0.0
    return f"PT{seconds:.2f}S"


def _as_registration(attempt: str) -> str | None:
    try:
        return str(uuid.UUID(hex=attempt))
    except ValueError:
        return None


class GivenAnswer(Protocol):
    """What a saved answer and an answer in a results file both tell."""

    @property
    def module(self) -> str: ...
    @property
    def question(self) -> str: ...
    @property
    def attempt(self) -> str: ...
    @property
    def at(self) -> str | _dt.datetime: ...
    @property
    def correct(self) -> bool: ...
    @property
    def score(self) -> float: ...
    @property
    def answer(self) -> Any: ...
    @property
    def seconds(self) -> float: ...


class Statements:
    """Builds the statements of one learner (see the module's documentation)."""

    def __init__(self, learner: Learner, base: str = "") -> None:
        self.learner = learner
        self.base = (base or DEFAULT_BASE).rstrip("/")

    def actor(self) -> dict[str, Any]:
        actor: dict[str, Any] = {
            "objectType": "Agent",
            "account": {"homePage": self.base, "name": self.learner.id},
        }
        if self.learner.name:
            actor["name"] = self.learner.name
        return actor

    def activity(self, kind: str, module: str, part: str = "", title: str = "") -> dict[str, Any]:
        path = f"{self.base}/modules/{module}"
        if kind == "lesson":
            path += f"/lessons/{part}"
        elif kind == "quiz":
            path += "/quiz"
        elif kind == "question":
            path += f"/quiz/{part}"
        definition: dict[str, Any] = {"type": ACTIVITY_TYPE[kind]}
        if title:
            definition["name"] = {"und": title}
        return {"objectType": "Activity", "id": path, "definition": definition}

    def statement(
        self,
        verb: str,
        obj: dict[str, Any],
        timestamp: str | _dt.datetime,
        *,
        attempt: str = "",
        result: dict[str, Any] | None = None,
        parent: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        key = "|".join((self.learner.id, verb, obj["id"], attempt))
        out: dict[str, Any] = {
            "id": str(uuid.uuid5(NAMESPACE, key)),
            "actor": self.actor(),
            "verb": {"id": VERB[verb], "display": {"en-US": verb}},
            "object": obj,
            "timestamp": _iso(timestamp),
            "version": XAPI_VERSION,
        }
        if result is not None:
            out["result"] = result
        context: dict[str, Any] = {}
        registration = _as_registration(attempt) if attempt else None
        if registration:
            context["registration"] = registration
        if parent is not None:
            context["contextActivities"] = {"parent": [{"id": parent["id"]}]}
        if context:
            out["context"] = context
        return out

    def answer_statement(self, a: GivenAnswer) -> dict[str, Any]:
        """:meth:`answered` for a saved answer or one from a results file."""
        return self.answered(
            a.module,
            a.question,
            attempt=a.attempt,
            at=a.at,
            correct=a.correct,
            score=a.score,
            response=a.answer,
            seconds=a.seconds,
        )

    def answered(
        self,
        module: str,
        question: str,
        *,
        attempt: str,
        at: str | _dt.datetime,
        correct: bool,
        score: float,
        response: Any,
        seconds: float = 0.0,
    ) -> dict[str, Any]:
        text = response if isinstance(response, str) else json.dumps(response, sort_keys=True)
        return self.statement(
            "answered",
            self.activity("question", module, question),
            at,
            attempt=attempt,
            result={
                "success": bool(correct),
                "score": {"scaled": round(min(max(float(score), 0.0), 1.0), 4)},
                "response": text,
                "duration": _duration(seconds),
            },
            parent=self.activity("quiz", module),
        )

    def finished(
        self, module: str, *, attempt: str, at: str | _dt.datetime, percent: int, passed: bool
    ) -> dict[str, Any]:
        return self.statement(
            "passed" if passed else "failed",
            self.activity("quiz", module),
            at,
            attempt=attempt,
            result={
                "success": passed,
                "completion": True,
                "score": {"scaled": percent / 100, "raw": percent, "min": 0, "max": 100},
            },
            parent=self.activity("module", module),
        )

    # ------------------------------------------------------------------ sources

    def from_store(
        self, store: ProgressStore, now: _dt.datetime, titles: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """Every statement a learner's progress holds, oldest first.

        Lessons read carry no time in the progress file: they get ``now`` (the queue
        keeps a statement once made, so its id and time do not change afterwards).
        """
        titles = titles or {}
        out: list[dict[str, Any]] = []
        for attempt in store.attempts():
            launched = self.activity("module", attempt.module, title=titles.get(attempt.module, ""))
            out.append(self.statement("launched", launched, attempt.started, attempt=attempt.id))
            if attempt.finished and attempt.percent is not None:
                out.append(
                    self.finished(
                        attempt.module,
                        attempt=attempt.id,
                        at=attempt.finished,
                        percent=int(attempt.percent),
                        passed=bool(attempt.passed),
                    )
                )
        latest: dict[tuple[str, str], Any] = {}
        for record in store.answers():
            latest[(record.attempt, record.question)] = record  # the last one is scored
        out.extend(self.answer_statement(record) for record in latest.values())
        for (module, lesson), state in sorted(store.lesson_states().items()):
            if state.read:
                out.append(
                    self.statement(
                        "completed",
                        self.activity("lesson", module, lesson),
                        now,
                        parent=self.activity("module", module),
                    )
                )
        out.sort(key=lambda s: s["timestamp"])
        return out

    def from_results(self, results: ResultsFile) -> list[dict[str, Any]]:
        """The statements a results file handed to a teacher holds: every answer, and
        the learner's best score per module as passed or failed."""
        out = [self.answer_statement(a) for a in results.answers]
        for m in results.modules:
            if m.best is not None:
                out.append(
                    self.finished(
                        m.module,
                        attempt=f"best:{results.assignment_id}",
                        at=results.exported_at,
                        percent=m.best,
                        passed=m.passed,
                    )
                )
        out.sort(key=lambda s: s["timestamp"])
        return out


def dumps_statements(statements: Sequence[dict[str, Any]]) -> str:
    """Statements as the JSON array an LRS takes in one POST."""
    return json.dumps(list(statements), ensure_ascii=False, indent=1) + "\n"


# --------------------------------------------------------------------------- the queue


class StatementQueue:
    """Statements waiting to be sent, kept in a file so that none is lost on a crash.

    The file (``xapi-queue.json`` in the learner's folder) holds the statements not
    yet accepted by the LRS and the ids of those that were. It is written atomically
    after every change. Only the thread that owns the learner's data changes it.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.pending: list[dict[str, Any]] = []
        self.sent: set[str] = set()
        self.failures = 0
        self.damaged = False
        if path is not None:
            self._load()

    def _load(self) -> None:
        assert self.path is not None
        try:
            data = json.loads(read_file(self.path, QUEUE_MAX_BYTES).decode("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError, RecursionError):
            self._move_aside()
            return
        pending = data.get("pending") if isinstance(data, dict) else None
        sent = data.get("sent") if isinstance(data, dict) else None
        if not isinstance(pending, list) or not isinstance(sent, list):
            self._move_aside()
            return
        self.pending = [s for s in pending if isinstance(s, dict) and isinstance(s.get("id"), str)]
        self.sent = {s for s in sent if isinstance(s, str)}

    def _move_aside(self) -> None:
        """A damaged queue is kept for a look and reported, never silently dropped."""
        assert self.path is not None
        self.damaged = True
        stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%S")
        try:
            self.path.replace(self.path.with_name(f"{self.path.name}.damaged-{stamp}"))
        except OSError:
            pass

    def _save(self) -> None:
        if self.path is not None:
            data = {"pending": self.pending, "sent": sorted(self.sent)}
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False), private=True)

    def add(self, statements: Iterable[dict[str, Any]]) -> int:
        """Queue the statements that are neither queued nor sent; returns how many."""
        known = self.sent | {s["id"] for s in self.pending}
        new = [s for s in statements if s["id"] not in known]
        if new:
            self.pending.extend(new)
            self._save()
        return len(new)

    def batch(self, size: int = BATCH_SIZE) -> list[dict[str, Any]]:
        return self.pending[:size]

    def accepted(self, ids: Iterable[str]) -> None:
        """The LRS took these statements: they leave the queue."""
        done = set(ids)
        self.pending = [s for s in self.pending if s["id"] not in done]
        self.sent |= done
        self.failures = 0
        self._save()

    def refused(self) -> int:
        """Sending failed; returns the seconds to wait before the next try."""
        self.failures += 1
        return backoff_seconds(self.failures)


def backoff_seconds(failures: int) -> int:
    """Wait after ``failures`` failed sends in a row: 30 s, doubling, at most an hour."""
    if failures <= 0:
        return 0
    wait: int = BACKOFF_FIRST_SECONDS * 2 ** min(failures - 1, 16)
    return min(wait, BACKOFF_MAX_SECONDS)


# --------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class SendResult:
    ok: bool
    status: int = 0  # HTTP status, 0 when the LRS could not be reached
    detail: str = ""


def send_batch(
    endpoint: str,
    statements: Sequence[dict[str, Any]],
    *,
    username: str = "",
    password: str = "",
    timeout: float = 20.0,
) -> SendResult:
    """POST ``statements`` to the LRS's statements resource (``<endpoint>/statements``).

    Success is 200 (stored) or 204; 409 means the LRS already holds statements with
    these ids, which for statements made here means they were sent before.
    """
    import urllib.error  # here: urllib.request brings http and email, rarely needed
    import urllib.request

    url = endpoint.rstrip("/") + "/statements"
    body = json.dumps(list(statements), ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    request.add_header("X-Experience-API-Version", XAPI_VERSION)
    if username or password:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return SendResult(True, response.status)
    except urllib.error.HTTPError as exc:
        if exc.code == 409:
            return SendResult(True, 409, "already stored")
        return SendResult(False, exc.code, exc.reason if isinstance(exc.reason, str) else "")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return SendResult(False, 0, str(getattr(exc, "reason", exc)))
