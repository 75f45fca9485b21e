"""Spaced-repetition review of questions the learner got wrong.

A question enters the review queue when the learner answers it wrongly. From then
on every answer to it (in a quiz or in a review) is a review of its card: a right
answer pushes the next review further away, a wrong one brings it back soon. The
schedule is computed with FSRS (the ``fsrs`` package).

The cards live in the learner's ``progress.json``, table ``review``, one row per
question::

    {"key": "module/question", "module": ..., "question": ...,
     "card": Card.to_dict(), "due": "2025-01-01T10:00:00+00:00"}

All times are timezone-aware; they are converted to UTC before use.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .content.model import Catalog
from .store import ProgressStore

if TYPE_CHECKING:
    from fsrs import Card, Scheduler
    from fsrs.card import CardDict

TABLE = "review"


def _utc(moment: _dt.datetime) -> _dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("review times must be timezone-aware datetimes")
    return moment.astimezone(_dt.UTC)


def review_key(module: str, question: str) -> str:
    return f"{module}/{question}"


@dataclass(frozen=True)
class ReviewItem:
    """One question in the queue and when it is due."""

    module: str
    question: str
    due: _dt.datetime
    card_data: dict[str, Any]

    @property
    def card(self) -> Card:
        """The FSRS card (``fsrs`` is imported only when a schedule is computed)."""
        from fsrs import Card

        # The row was checked when read (see _item); fsrs reads its fields itself.
        return Card.from_dict(cast("CardDict", self.card_data))


class ReviewQueue:
    """The learner's review schedule, kept in their :class:`ProgressStore`.

    Args:
        store: the learner's progress store (rows go into its ``review`` table).
        scheduler: the FSRS scheduler; the default one when None.
    """

    def __init__(self, store: ProgressStore, *, scheduler: Scheduler | None = None) -> None:
        self.store = store
        self._scheduler = scheduler

    @property
    def scheduler(self) -> Scheduler:
        if self._scheduler is None:
            from fsrs import Scheduler

            self._scheduler = Scheduler()
        return self._scheduler

    # ------------------------------------------------------------------ reading

    def items(self) -> list[ReviewItem]:
        """Every card in the queue, oldest due first (damaged rows are skipped)."""
        out = []
        for row in self.store.table_rows(TABLE):
            item = _item(row)
            if item is not None:
                out.append(item)
        out.sort(key=lambda i: (i.due, i.module, i.question))
        return out

    def item(self, module: str, question: str) -> ReviewItem | None:
        key = review_key(module, question)
        for row in self.store.table_rows(TABLE):
            if row.get("key") == key:
                return _item(row)
        return None

    def __contains__(self, pair: object) -> bool:
        if not (isinstance(pair, tuple) and len(pair) == 2):
            return False
        return self.item(str(pair[0]), str(pair[1])) is not None

    def __len__(self) -> int:
        return len(self.items())

    def due_at(self, module: str, question: str) -> _dt.datetime | None:
        """When ``question`` is next due, or None if it is not in the queue."""
        found = self.item(module, question)
        return None if found is None else found.due

    def due(self, now: _dt.datetime, catalog: Catalog | None = None) -> list[tuple[str, str]]:
        """``(module, question)`` pairs due at ``now``, oldest due first.

        With a ``catalog``, questions it no longer contains are left out.
        """
        now = _utc(now)
        return [
            (i.module, i.question)
            for i in self.items()
            if i.due <= now and _exists(catalog, i.module, i.question)
        ]

    def count_due(self, now: _dt.datetime, catalog: Catalog | None = None) -> int:
        return len(self.due(now, catalog))

    def next_due(self, now: _dt.datetime, catalog: Catalog | None = None) -> _dt.datetime | None:
        """The earliest time after ``now`` at which a question becomes due, or None.

        Questions already due at ``now`` are counted by :meth:`count_due` instead.
        """
        now = _utc(now)
        upcoming = [
            i.due for i in self.items() if i.due > now and _exists(catalog, i.module, i.question)
        ]
        return min(upcoming, default=None)

    # ------------------------------------------------------------------ writing

    def record(self, module: str, question: str, correct: bool, now: _dt.datetime) -> bool:
        """Record an answer to ``question``; returns True if the queue changed.

        A wrong answer to a question not yet in the queue adds it (rated Again). For a
        question in the queue a right answer is rated Good and a wrong one Again. A
        right answer to a question not in the queue changes nothing.
        """
        from fsrs import Card, Rating

        now = _utc(now)
        found = self.item(module, question)
        card = None
        if found is not None:
            try:
                card = found.card
            except (KeyError, TypeError, ValueError):
                card = None  # a damaged card starts again
        if card is None:
            if correct:
                return False
            card = Card(card_id=int(now.timestamp() * 1000), due=now)
        rating = Rating.Good if correct else Rating.Again
        card, _log = self.scheduler.review_card(card, rating, now)
        self.store.upsert_row(
            TABLE,
            "key",
            {
                "key": review_key(module, question),
                "module": module,
                "question": question,
                "card": card.to_dict(),
                "due": _utc(card.due).isoformat(),
            },
        )
        return True

    def remove(self, module: str, question: str) -> None:
        """Take ``question`` out of the queue."""
        self.store.remove_rows(TABLE, "key", review_key(module, question))


def _exists(catalog: Catalog | None, module_id: str, question_id: str) -> bool:
    if catalog is None:
        return True
    module = catalog.module(module_id)
    return module is not None and module.question(question_id) is not None


def _item(row: dict[str, Any]) -> ReviewItem | None:
    try:
        card = row["card"]
        due = _utc(_dt.datetime.fromisoformat(row["due"]))
        if not isinstance(card, dict):
            return None
        return ReviewItem(str(row["module"]), str(row["question"]), due, card)
    except (KeyError, TypeError, ValueError):
        return None
