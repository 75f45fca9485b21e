"""The life of one quiz attempt: start, answer, check, resume, finish and score."""

from __future__ import annotations

from .store import AnswerRecord, Attempt, ProgressStore


def resume_records(
    store: ProgressStore, module_id: str
) -> tuple[Attempt | None, dict[str, AnswerRecord]]:
    """The unfinished attempt at ``module_id`` and its latest answer per question."""
    attempt = store.open_attempt(module_id)
    if attempt is None:
        return None, {}
    return attempt, store.latest_answers(attempt.id)
