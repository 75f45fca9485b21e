"""Sending a learner's results to the school's learning record store, in the background.

Only when the administrator's policy names an LRS (``xapi_endpoint``), only for the
learners it lists, and never in a guest session. New records become statements in a
queue file in the learner's folder (on this, the main, thread); a worker thread only
posts one batch at a time, so the window never waits for the network. A failed
batch stays queued and is tried again after a growing pause (see core/xapi.py).
"""

from __future__ import annotations

import datetime as _dt
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QTimer, Signal

from ..core import layout
from ..core.policy import Policy
from ..core.session import Session

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from ..core import xapi

COLLECT_MS = 60_000  # look for new records every minute
POLL_MS = 250  # while a batch is on its way


def sharing_enabled(policy: Policy, session: Session) -> bool:
    """Whether this session's results go to an LRS."""
    if session.guest or not policy.xapi_endpoint or session.store.folder is None:
        return False
    wanted = {n.casefold() for n in policy.xapi_learners}
    return "*" in wanted or session.profile_name.strip().casefold() in wanted


def store_name(policy: Policy) -> str:
    """How the interface names the LRS: the policy's name for it, or its host."""
    return policy.xapi_name.strip() or urlsplit(policy.xapi_endpoint).hostname or ""


class ResultSharing(QObject):
    """Collects a learner's new statements and sends them in batches.

    Signals:
        state_changed(): a batch was accepted or refused (``waiting`` says how many wait).
    """

    state_changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.policy = session.policy
        self.enabled = sharing_enabled(self.policy, session)
        self.queue: xapi.StatementQueue | None = None
        self.last: xapi.SendResult | None = None
        self._future: Future[xapi.SendResult] | None = None
        self._batch: list[dict[str, Any]] = []
        self._next_try = 0.0
        self._pool: ThreadPoolExecutor | None = None
        self._collect = QTimer(self)
        self._collect.setInterval(COLLECT_MS)
        self._collect.timeout.connect(self.tick)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        if self.enabled:
            # Only now: xapi brings urllib, http and email, which most starts never need.
            from concurrent.futures import ThreadPoolExecutor

            from ..core import xapi

            folder = session.store.folder
            assert folder is not None
            self.queue = xapi.StatementQueue(layout.xapi_queue_file(folder))
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lrs")
            self._collect.start()
            QTimer.singleShot(0, self.tick)

    @property
    def waiting(self) -> int:
        return len(self.queue.pending) if self.queue else 0

    def collect(self) -> int:
        """Queue the statements of records made since the last look; returns how many."""
        if self.queue is None:
            return 0
        from ..core import xapi

        learner = xapi.Learner(
            self.session.learner_id,
            self.session.profile_name if self.policy.xapi_send_names else "",
        )
        titles = {m.id: m.title for m in self.session.catalog.modules}
        made = xapi.Statements(learner, self.policy.xapi_activity_base).from_store(
            self.session.store, _dt.datetime.now(_dt.UTC), titles
        )
        try:
            return self.queue.add(made)
        except OSError:
            return 0  # the learner's folder cannot be written: the store says so already

    def tick(self) -> None:
        """Collect, then send the next batch when none is on its way and the pause is over."""
        if self.queue is None or self._pool is None:
            return
        self.collect()
        if self._future is not None or not self.queue.pending:
            return
        if time.monotonic() < self._next_try:
            return
        from ..core import xapi

        self._batch = self.queue.batch()
        self._future = self._pool.submit(
            xapi.send_batch,
            self.policy.xapi_endpoint,
            list(self._batch),
            username=self.policy.xapi_username,
            password=self.policy.xapi_password,
        )
        self._poll.start()

    def _check(self) -> None:
        if self._future is None or not self._future.done():
            return
        self._poll.stop()
        from ..core import xapi

        future, self._future = self._future, None
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - a failed send is only retried later
            result = xapi.SendResult(False, 0, str(exc))
        self.last = result
        assert self.queue is not None
        if result.ok:
            try:
                self.queue.accepted(s["id"] for s in self._batch)
            except OSError:
                pass
            self._next_try = 0.0
            if self.queue.pending:
                QTimer.singleShot(0, self.tick)
        else:
            self._next_try = time.monotonic() + self.queue.refused()
        self.state_changed.emit()

    def stop(self) -> None:
        """Stop sending (the queue file keeps whatever is still waiting)."""
        self._collect.stop()
        self._poll.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
