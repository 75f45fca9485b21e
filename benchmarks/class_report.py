"""A whole school's results: open them on the teacher screen and save the PDF report.

Command (from the project folder)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/class_report.py --learners 3000

Every file is made through the app's own API, as a learner's copy of the app makes it:
a progress store in memory, lessons read and quiz attempts answered (some wrong, some
learners retrying), :func:`export_results`, and the default file name
:func:`results_filename`. Learner names come from a short list, so many learners
share a name, as in a real school.

Then, in this one process with the real ``TeacherView``:

``class_report_ms_1000``
    opening the first 1,000 of those files (by name) on a fresh Class report tab,
    as below: building the class report of a large class (target <= 2 s);
``class_report_ms``
    opening the folder of files on the Class report tab until the table, the lists
    and the summary are shown (reading, checking, building and showing);
``class_pdf_s``
    saving the class report as a PDF;
``class_pdf_pages``
    the number of pages of that PDF.

Both times are wall times (what the teacher waits); ``class_report_cpu_ms`` and
``class_pdf_cpu_s`` give the processor time of this process, which tells the cost
apart from other programs' load on a shared machine.

Prints one JSON object (the last line of stdout); progress goes to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIRST_NAMES = (
    "Ana", "Ben", "Chloe", "Dara", "Li Ming", "Omar", "Priya", "Sam", "Tomás", "Wei",
    "Yusuf", "Zoe", "Alex", "Mia", "Noah", "Lena", "张伟", "王芳", "Jonas", "Aisha",
)  # fmt: skip
MODULES = 3  # modules in the assignment


def log(message: str) -> None:
    print(f"class report: {message}", file=sys.stderr, flush=True)


def make_school(folder: Path, learners: int, seed: int = 7) -> Path:
    """Write an assignment and ``learners`` results files into ``folder``; returns the
    assignment file."""
    from ailiteracy.core import paths
    from ailiteracy.core.assignments import AssignmentItem, dump_assignment, new_assignment
    from ailiteracy.core.content import load_catalog
    from ailiteracy.core.quiz import passed, quiz_percent, score
    from ailiteracy.core.results import export_results, results_filename
    from ailiteracy.core.store import ProgressStore, ensure_learner_id
    from benchmarks.soak import answer_for

    rng = random.Random(seed)
    catalog = load_catalog([paths.content_dir()], "en")
    modules = [m for m in catalog.modules if m.questions][:MODULES]
    start = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)
    assignment = new_assignment(
        class_name="Whole school",
        title="Term 1: check what AI tells you",
        due=dt.date(2026, 10, 1),
        pass_mark=60,
        items=[AssignmentItem(m.id) for m in modules],
        now=start,
    )
    folder.mkdir(parents=True, exist_ok=True)
    assignment_file = folder / "term-1.ailiteracy-assignment"
    assignment_file.write_bytes(dump_assignment(assignment))
    for n in range(learners):
        ticks = itertools.count()
        began = start + dt.timedelta(minutes=n)

        def clock(ticks=ticks, began=began) -> dt.datetime:
            return began + dt.timedelta(seconds=17 * next(ticks))  # every answer its own time

        store = ProgressStore(None, clock=clock)
        skill = rng.random()
        for module in modules:
            if rng.random() < 0.1:
                continue  # not started
            for lesson in module.lessons[: rng.randint(0, len(module.lessons))]:
                store.mark_lesson_read(module.id, lesson.id)
            for _try in range(rng.choice((1, 1, 1, 2, 3))):
                attempt = store.start_attempt(module.id, catalog.locale, assignment.id)
                values = []
                for question in module.questions:
                    given = answer_for(question, right=rng.random() < skill)
                    value = score(question, given).value
                    store.save_answer(attempt, question.id, given, value, seconds=15.0)
                    values.append(value)
                percent = quiz_percent(values, len(module.questions))
                store.finish_attempt(attempt, percent, passed(percent, assignment.pass_mark))
        name = rng.choice(FIRST_NAMES)
        data = export_results(
            store,
            assignment,
            catalog,
            learner_name=name,
            learner_id=ensure_learner_id(store),
            app_version="0.1.0",
            now=clock(),
        )
        (folder / results_filename(assignment, name, ensure_learner_id(store))).write_bytes(data)
        store.close()
        if (n + 1) % 500 == 0:
            log(f"made {n + 1} of {learners} results files")
    return assignment_file


CLASS = 1000  # the files of the large class (class_report_ms_1000)


def open_view(app, session, folder: Path):
    from ailiteracy.ui.teacher.view import TeacherView

    view = TeacherView(session)
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    if not view.open_assignment(folder / "term-1.ailiteracy-assignment"):
        raise RuntimeError("the assignment could not be opened")
    return view


def timed(app, action) -> tuple[object, float, float]:
    """What ``action()`` returns, and its wall and processor time in ms (events shown)."""
    start, cpu = time.perf_counter(), time.process_time()
    found = action()
    app.processEvents()
    return found, (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def measure(folder: Path, learners: int) -> dict:
    from pypdf import PdfReader

    from ailiteracy.core.session import Session
    from ailiteracy.ui.app import make_app

    app = make_app()
    files = sorted(folder.glob("*.ailiteracy-results"))
    session = Session.start(folder / "data", language="en", guest=True)
    small = open_view(app, session, folder)
    class_files = sorted(files, key=lambda p: p.name.casefold())[:CLASS]
    used, class_ms, class_cpu_ms = timed(app, lambda: small.open_results(class_files))
    if used != len(class_files) or small.report is None:
        raise RuntimeError(f"{used} of {len(class_files)} files of the class were used")
    log(f"opened {used} files in {class_ms:.0f} ms")
    small.close()
    small.deleteLater()
    app.processEvents()
    view = open_view(app, session, folder)
    used, report_ms, report_cpu_ms = timed(app, lambda: view.open_results_folder(folder))
    report = view.report
    if report is None or len(report.learners) != len(files) or used != len(files):
        raise RuntimeError(
            f"{len(files)} files made, {used} used, "
            f"{len(report.learners) if report else 0} learners in the report"
        )
    log(f"opened {used} files in {report_ms:.0f} ms")
    pdf = folder / "report.pdf"
    start, cpu = time.perf_counter(), time.process_time()
    view.export_pdf(pdf)
    pdf_s = time.perf_counter() - start
    pdf_cpu_s = time.process_time() - cpu
    if not pdf.is_file():
        raise RuntimeError("the PDF was not saved")
    pages = len(PdfReader(str(pdf)).pages)
    log(f"saved the PDF ({pages} pages) in {pdf_s:.1f} s")
    view.close()
    view.deleteLater()
    app.processEvents()
    return {
        "learners": learners,
        "files": len(files),
        "class_files": len(class_files),
        "class_report_ms_1000": round(class_ms, 1),
        "class_report_cpu_ms_1000": round(class_cpu_ms, 1),
        "class_report_ms": round(report_ms, 1),
        "class_report_cpu_ms": round(report_cpu_ms, 1),
        "class_pdf_s": round(pdf_s, 2),
        "class_pdf_cpu_s": round(pdf_cpu_s, 2),
        "class_pdf_pages": pages,
        "class_pdf_bytes": pdf.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/class_report.py")
    parser.add_argument("--learners", type=int, default=3000, metavar="N")
    parser.add_argument("--folder", metavar="DIR", help="keep the files here (default: temp)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ailiteracy-school-") as temp:
        folder = Path(args.folder) if args.folder else Path(temp)
        if not any(folder.glob("*.ailiteracy-results")):
            started = time.perf_counter()
            make_school(folder, args.learners)
            log(f"made {args.learners} files in {time.perf_counter() - started:.0f} s")
        result = measure(folder, args.learners)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
