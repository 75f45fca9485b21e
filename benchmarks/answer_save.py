"""``answer_save_ms_N``: the cost of saving one answer when N answers are already stored.

Uses ``ailiteracy.core.store.ProgressStore`` on a fresh temporary folder (on the
system's temporary-files disk, so the store's real file writes are included):
pre-fills N answers into one attempt (with ``append_answer_records``, as an import
does: one write per history file; the files are the same as after N single
saves), closes and reopens the store (as after an app restart, so nothing is
left warm from the pre-fill), then times each of ``saves`` further single
``save_answer`` calls separately and returns their median in milliseconds.
Afterwards (untimed) it checks that every answer can be read back, so a store
that drops answers cannot look fast. Qt is not needed.

History files hold ``SEGMENT_SIZE`` (200) answers each, so the sizes compared
should sit at the same place in a file: 100, 1,100, 10,100 and 50,100 all leave
100 answers in the newest file, and the timed saves write files of the same size
(10,000 would time saves into a fresh, nearly empty file).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

ANSWERS = (["b"], ["a", "c"], "42", {"left-1": "right-2", "left-2": "right-1"})


def _answer(i: int) -> tuple[str, object, float]:
    return f"q{i % 40:02d}", ANSWERS[i % len(ANSWERS)], 1.0 if i % 3 else 0.0


def measure(prefill: int, saves: int = 30) -> dict[str, object]:
    from ailiteracy.core.store import ProgressStore

    with tempfile.TemporaryDirectory(prefix="ailiteracy-bench-store-") as tmp:
        folder = Path(tmp) / "profile"
        store = ProgressStore(folder)
        attempt = store.start_attempt("m")
        fill_start = time.perf_counter()
        records: list[dict[str, Any]] = []
        for i in range(prefill):
            question, answer, score = _answer(i)
            records.append(
                {
                    "attempt": attempt.id,
                    "module": "m",
                    "question": question,
                    "answer": answer,
                    "score": score,
                    "correct": score >= 0.999,
                    "at": attempt.started,
                    "seconds": 0.0,
                    "confidence": None,
                    "locale": "en",
                }
            )
        store.append_answer_records(records)
        fill_s = time.perf_counter() - fill_start
        store.close()

        store = ProgressStore(folder)
        samples: list[float] = []
        try:
            for i in range(prefill, prefill + saves):
                question, answer, score = _answer(i)
                start = time.perf_counter()
                store.save_answer(attempt, question, answer, score)
                samples.append((time.perf_counter() - start) * 1000.0)
            stored = len(store.answers(attempt=attempt.id))
        finally:
            store.close()
    if stored != prefill + saves:
        raise RuntimeError(f"answer_save: {prefill + saves} answers saved but {stored} read back")
    return {
        "prefill": prefill,
        "saves": saves,
        "median_ms": statistics.median(samples),
        "min_ms": min(samples),
        "max_ms": max(samples),
        "prefill_s": fill_s,
        "samples_ms": samples,
    }
