"""``quiz_resume_ms_N``: reopening an unfinished quiz when N answers are stored.

Builds a learner's history through ``ailiteracy.core.store.ProgressStore`` on a
fresh temporary folder: N answers in finished attempts of ``QUESTIONS``
questions each (stored the way an import stores them: the attempts with
``replace_rows``, the answers with ``append_answer_records``, one write per
history file), then one unfinished attempt answered half-way with
``save_answer``. The store is closed and reopened (as after an app restart), and
each repetition times what the quiz screen does when the learner reopens the
quiz: find the unfinished attempt and the latest answer to each of its
questions (``resume``). Median of ``repeats`` repetitions in milliseconds;
``first_ms`` is the first one. Afterwards (untimed) it checks that the resumed
answers are the ones saved, so a store that loses them cannot look fast. Qt is
not needed.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

QUESTIONS = 40
MODULE = "m"


def _resume(store: Any) -> dict[str, Any]:
    """The unfinished attempt's latest answer per question (what the quiz screen reopens)."""
    from ailiteracy.core.attempt import resume_records  # imported before the timing starts

    _attempt, records = resume_records(store, MODULE)
    return {question: record.answer for question, record in records.items()}


def build(folder: Path, answers: int) -> dict[str, Any]:
    """A history of ``answers`` answers plus one half-done attempt; its expected answers."""
    from ailiteracy.core.store import Attempt, ProgressStore

    store = ProgressStore(folder)
    try:
        attempts: list[dict[str, Any]] = []
        records: list[dict[str, Any]] = []
        for n in range(answers):
            if n % QUESTIONS == 0:
                day = f"2026-01-{1 + (n // QUESTIONS) % 28:02d}T10:00:00+00:00"
                attempt = Attempt(f"a{n // QUESTIONS:06d}", MODULE, day, day, 80, True)
                attempts.append(asdict(attempt))
            q = n % QUESTIONS
            records.append(
                {
                    "attempt": attempts[-1]["id"],
                    "module": MODULE,
                    "question": f"q{q:02d}",
                    "answer": ["a", "c"] if q % 2 else "b",
                    "score": 1.0 if q % 3 else 0.0,
                    "correct": bool(q % 3),
                    "at": attempts[-1]["started"],
                    "seconds": 12.0,
                    "confidence": None,
                    "locale": "en",
                }
            )
        store.replace_rows("attempts", attempts)
        store.append_answer_records(records)
        open_attempt = store.start_attempt(MODULE)
        expected: dict[str, Any] = {}
        for q in range(QUESTIONS // 2):
            store.save_answer(open_attempt, f"q{q:02d}", "x", 0.0)
            store.save_answer(open_attempt, f"q{q:02d}", f"final-{q}", 1.0)  # changed answer
            expected[f"q{q:02d}"] = f"final-{q}"
        return expected
    finally:
        store.close()


def measure(answers: int, repeats: int = 15) -> dict[str, object]:
    import ailiteracy.core.attempt  # noqa: F401 (loaded here, not in the first timed resume)
    from ailiteracy.core.store import ProgressStore

    with tempfile.TemporaryDirectory(prefix="ailiteracy-bench-resume-") as tmp:
        folder = Path(tmp) / "profile"
        build_start = time.perf_counter()
        expected = build(folder, answers)
        build_s = time.perf_counter() - build_start
        store = ProgressStore(folder)
        samples: list[float] = []
        cpu: list[float] = []
        try:
            for _ in range(repeats):
                start, start_cpu = time.perf_counter(), time.process_time()
                found = _resume(store)
                samples.append((time.perf_counter() - start) * 1000.0)
                cpu.append((time.process_time() - start_cpu) * 1000.0)
            stored = len(store.answers())
        finally:
            store.close()
    if found != expected:
        raise RuntimeError(f"quiz_resume: the resumed answers are not the saved ones ({answers})")
    saved = answers + 2 * len(expected)
    if stored != saved:
        raise RuntimeError(f"quiz_resume: {saved} answers saved but {stored} read back")
    return {
        "answers": answers,
        "repeats": repeats,
        "median_ms": statistics.median(samples),
        "first_ms": samples[0],
        "cpu_ms": statistics.median(cpu),
        "build_s": build_s,
        "samples_ms": samples,
    }


if __name__ == "__main__":
    import json
    import sys

    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 50_000]
    for size in sizes:
        result = measure(size)
        result.pop("samples_ms")
        print(json.dumps(result), flush=True)
