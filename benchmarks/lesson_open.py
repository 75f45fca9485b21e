"""``lesson_open_ms``: Markdown to first paint for the longest shipped lesson, in one process.

Loads the shipped English catalog through ``Session.start`` on a fresh temporary
data folder, picks the lesson with the longest Markdown body, constructs one
``LessonView`` (after ``make_app()``), shows it, and then times, per repetition::

    view.show_lesson(module, lesson)
    QApplication.processEvents()
    view.grab()                      # forces the first paint of the new lesson

The first repetition opens the lesson into the freshly shown, empty view and is
also reported on its own (``first_ms``: it includes one-off costs such as font
loading). Before each later repetition another lesson is shown (untimed), so every
timed call really replaces the document instead of re-showing the same one.

Prints one JSON object on the last line of stdout. Run by ``python -m benchmarks``;
by hand: ``QT_QPA_PLATFORM=offscreen python benchmarks/lesson_open.py --repeats 21``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from msgspec.structs import replace


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args(argv)
    repeats = max(5, args.repeats)

    from PySide6.QtWidgets import QApplication

    from ailiteracy.core.session import Session
    from ailiteracy.ui.app import make_app
    from ailiteracy.ui.lessonview import LessonView

    app = make_app()
    with tempfile.TemporaryDirectory(prefix="ailiteracy-bench-") as tmp:
        session = Session.start(Path(tmp), language="en")
        try:
            pairs = [(m, lesson) for m in session.catalog.modules for lesson in m.lessons]
            if not pairs:
                print("lesson_open: the shipped catalog has no lessons", file=sys.stderr)
                return 1
            module, lesson = max(pairs, key=lambda p: len(p[1].body))
            # Measure the Markdown conversion too: drop the HTML the content cache pre-rendered.
            lesson = replace(lesson, html="", html_file="")
            other = next(((m, les) for m, les in pairs if les.id != lesson.id), None)

            view = LessonView()
            view.resize(1000, 720)
            view.show()
            QApplication.processEvents()

            samples: list[float] = []
            for index in range(repeats):
                if index and other is not None:
                    view.show_lesson(*other)
                    QApplication.processEvents()
                    view.grab()
                start = time.perf_counter()
                view.show_lesson(module, lesson)
                QApplication.processEvents()
                pixmap = view.grab()
                samples.append((time.perf_counter() - start) * 1000.0)
                if pixmap.isNull():
                    print("lesson_open: view.grab() returned an empty pixmap", file=sys.stderr)
                    return 1
            if not view.browser.toPlainText().strip():
                print(f"lesson_open: {module.id}/{lesson.id} rendered empty", file=sys.stderr)
                return 1
            view.close()
        finally:
            session.close()
    app.processEvents()

    print(
        json.dumps(
            {
                "module": module.id,
                "lesson": lesson.id,
                "body_chars": len(lesson.body),
                "repeats": repeats,
                "median_ms": statistics.median(samples),
                "first_ms": samples[0],
                "min_ms": min(samples),
                "max_ms": max(samples),
                "samples_ms": samples,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
