"""``catalog_load_ms``: loading a content folder whose one module has a 5,000-question quiz.

Writes a content root to a temporary folder: one module (``module.toml``, one
lesson, ``quiz.toml`` with ``questions`` single-choice questions of three options
each), then times ``load_catalog`` on it, without a content cache, ``repeats``
times, and returns the median in milliseconds, of wall time and of processor
time (steadier on a busy machine). Loading was once quadratic in the number of
questions; run as a script, it loads 1,000 and 5,000 questions and prints the
ratio of the two processor times (linear: about 5). It checks (untimed) that
every question was loaded and no problem was found, so a loader that skips
questions cannot look fast. Qt is not needed.

    python -m benchmarks.catalog_load
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

QUESTIONS = 5_000

LESSON = """+++
id = "only"
title = "Only lesson"
minutes = 5
objectives = ["Answer many questions."]
+++

## Many questions {#many}

A long quiz follows.

!!! check
    Try the quiz.

!!! summary
    Done.
"""


def write_module(root: Path, questions: int) -> None:
    module = root / "en" / "big"
    (module / "lessons").mkdir(parents=True)
    (module / "module.toml").write_text(
        'title = "Big"\nsummary = "A long quiz."\nminutes = 60\n', encoding="utf-8"
    )
    (module / "lessons" / "01-only.md").write_text(LESSON, encoding="utf-8")
    parts = []
    for n in range(questions):
        parts.append(
            f'[[question]]\nid = "q{n}"\ntype = "single"\nprompt = "Question {n}?"\n'
            f'explanation = "Because."\nsection = "only#many"\n'
        )
        for option in range(3):
            correct = "true" if option == 0 else "false"
            parts.append(
                f'[[question.option]]\nid = "o{option}"\ntext = "Option {option}"\n'
                f'correct = {correct}\nfeedback = "Feedback."\n'
            )
    (module / "quiz.toml").write_text("\n".join(parts), encoding="utf-8")


def measure(repeats: int = 3, questions: int = QUESTIONS) -> dict[str, object]:
    from ailiteracy.core.content import load_catalog

    with tempfile.TemporaryDirectory(prefix="ailiteracy-bench-catalog-") as tmp:
        root = Path(tmp) / "content"
        write_module(root, questions)
        samples: list[float] = []
        cpu_samples: list[float] = []
        for _ in range(repeats):
            start, cpu_start = time.perf_counter(), time.process_time()
            catalog = load_catalog([root], "en")
            samples.append((time.perf_counter() - start) * 1000.0)
            cpu_samples.append((time.process_time() - cpu_start) * 1000.0)
            module = catalog.module("big")
            loaded = len(module.questions) if module else 0
            if loaded != questions or catalog.problems:
                raise RuntimeError(
                    f"catalog_load: {loaded} of {questions} questions loaded, "
                    f"problems: {catalog.problems[:3]}"
                )
    return {
        "questions": questions,
        "repeats": repeats,
        "median_ms": statistics.median(samples),
        "samples_ms": samples,
        "median_cpu_ms": statistics.median(cpu_samples),
        "samples_cpu_ms": cpu_samples,
    }


if __name__ == "__main__":
    import json

    def cpu_ms(result: dict[str, object]) -> float:
        value = result["median_cpu_ms"]
        assert isinstance(value, float)
        return value

    small, large = measure(questions=1_000), measure()
    ratio = cpu_ms(large) / cpu_ms(small)
    print(json.dumps({"1000": small, "5000": large, "cpu_ratio_5000_to_1000": round(ratio, 2)}))
