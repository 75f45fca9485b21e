"""Command-line entry point: the GUI, ``check-content``, ``import-gift``, ``export-gift``,
``export-xapi`` and ``teacher-guide``.

The subcommands run on machines without a display: only ``teacher-guide`` imports Qt,
to draw its PDF, and it uses Qt's offscreen platform unless another one is set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .core import languages, layout, paths

if TYPE_CHECKING:
    from .core.content import Lesson


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ailiteracy",
        description="Learn to use AI safely and to check what AI tells you.",
        epilog="More commands: 'ailiteracy check-content --help', 'ailiteracy import-gift "
        "--help', 'ailiteracy export-gift --help', 'ailiteracy teacher-guide --help'.",
    )
    parser.add_argument("--version", action="version", version=f"ailiteracy {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=os.environ.get("AILITERACY_DATA_DIR") or None,
        help="folder for every file the app writes (also: AILITERACY_DATA_DIR)",
    )
    parser.add_argument("--lang", choices=languages.CODES, help="interface and content language")
    parser.add_argument("--policy", metavar="FILE", help="administrator policy file to use")
    parser.add_argument(
        "--content",
        metavar="DIR",
        action="append",
        default=[],
        help="an extra content folder (may be given more than once)",
    )
    parser.add_argument(
        "--guest", action="store_true", help="start a guest session (nothing saved)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window, a lesson and its quiz, then exit (0 when all is well)",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="assignment files to open")
    return parser


def check_content(argv: Sequence[str]) -> int:
    import datetime as dt

    from .core.content.lessons import stale_lessons
    from .core.content.modules import missing_discussion
    from .core.content.validation import validate_roots

    parser = argparse.ArgumentParser(
        prog="ailiteracy check-content",
        description="Validate content folders. Prints 'path:line: message' per problem.",
    )
    parser.add_argument("dirs", nargs="*", metavar="DIR", help="content roots (default: shipped)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    roots = [Path(d) for d in args.dirs] or [paths.content_dir()]
    modules, problems = validate_roots(roots)
    warnings = stale_lessons(modules, dt.date.today()) + missing_discussion(modules)
    if args.json:
        report = {
            "modules": [
                {
                    "id": m.id,
                    "locale": m.locale,
                    "title": m.title,
                    "lessons": len(m.lessons),
                    "questions": len(m.questions),
                    "types": dict(Counter(q.type.value for q in m.questions)),
                    "practice_tasks": len(m.tasks),
                    "lesson_details": [_lesson_report(m.locale, lesson) for lesson in m.lessons],
                }
                for m in modules
            ],
            "errors": [
                {"path": str(p.path), "line": p.line, "message": p.message} for p in problems
            ],
            "warnings": [
                {"path": str(p.path), "line": p.line, "message": p.message} for p in warnings
            ],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem)
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if not problems:
            count = len(modules)
            print(f"OK: {count} module{'s' if count != 1 else ''} valid.", file=sys.stderr)
    return 1 if problems else 0


def _lesson_report(locale: str, lesson: Lesson) -> dict[str, Any]:
    """Size, reading level and checked date of a lesson, for ``check-content --json``."""
    from dataclasses import asdict

    from .core.readability import measure

    return {
        "id": lesson.id,
        "title": lesson.title,
        "minutes": lesson.minutes,
        "checked": lesson.checked.isoformat() if lesson.checked else None,
        "more_detail": lesson.has_more,  # "reading" measures the core, without that part
        "reading": asdict(measure(lesson.core_body(), locale)),
    }


def import_gift(argv: Sequence[str]) -> int:
    from .core import gift
    from .core.content.patterns import ID_RE

    parser = argparse.ArgumentParser(
        prog="ailiteracy import-gift",
        description="Turn a Moodle GIFT question file into a module folder.",
    )
    parser.add_argument("file", metavar="FILE.gift")
    parser.add_argument("--out", required=True, metavar="MODULE_DIR")
    parser.add_argument("--title", help="module title (default: the file name)")
    parser.add_argument(
        "--lang",
        choices=languages.CODES,
        default=languages.FALLBACK,
        help=f"language of the text the import writes itself (default: {languages.FALLBACK})",
    )
    args = parser.parse_args(argv)
    source = Path(args.file)
    out = Path(args.out)
    if not ID_RE.match(out.name):
        example = gift.suggested_id(out.name) or "my-quiz"
        print(
            f"{args.out}: the folder name is the module's id, so it must use only lower-case "
            f"letters, digits and hyphens (for example '{example}')",
            file=sys.stderr,
        )
        return 2
    done = gift.import_gift_file(source, out, title=args.title or "", language=args.lang)
    Outcome = gift.GiftImportOutcome
    if done.outcome in (Outcome.UNREADABLE, Outcome.NOT_UTF8):
        print(f"{source}: cannot read the file ({done.detail})", file=sys.stderr)
        return 2
    result = done.parsed
    assert result is not None  # the file was read
    for problem in result.problems:
        print(f"{source}:{problem.line}: {problem.message}")
    if done.outcome is Outcome.NO_QUESTIONS:
        print(f"{source}: no question could be imported", file=sys.stderr)
        return 1
    if done.outcome is Outcome.FOLDER_NOT_EMPTY:
        print(f"{args.out}: folder exists and is not empty; choose a new folder", file=sys.stderr)
        return 2
    if done.outcome is Outcome.NOT_WRITTEN:
        print(f"{args.out}: the module could not be written ({done.detail})", file=sys.stderr)
        return 2
    print(
        f"Imported {len(result.questions)} question(s) into {args.out} "
        f"({result.changed} with a change); skipped {result.skipped}.",
        file=sys.stderr,
    )
    return 0


def export_gift(argv: Sequence[str]) -> int:
    from .core import gift
    from .core.content.model import Problem
    from .core.content.modules import load_module
    from .core.storage import atomic_write_bytes

    parser = argparse.ArgumentParser(
        prog="ailiteracy export-gift",
        description="Write a module's quiz as a Moodle GIFT file (for Moodle's question bank).",
    )
    parser.add_argument("module", metavar="MODULE_DIR")
    parser.add_argument("--out", required=True, metavar="FILE.gift")
    args = parser.parse_args(argv)
    folder = Path(args.module)
    parent = folder.parent.name
    locale = parent if languages.is_supported(parent) else languages.FALLBACK
    problems: list[Problem] = []
    module = load_module(folder, locale, problems) if folder.is_dir() else None
    for problem in problems:
        print(problem)
    if module is None or problems:
        print(f"{folder}: not a valid module folder; nothing was written", file=sys.stderr)
        return 1
    text, notes = gift.export_gift(module.questions, category=module.title)
    for note in notes:
        what = "left out" if note.skipped else "written with a change"
        print(f"{folder}: question '{note.question}' {what}: {note.message}")
    written = len(module.questions) - sum(1 for n in notes if n.skipped)
    if not written:
        print(f"{folder}: no question can be written in GIFT", file=sys.stderr)
        return 1
    try:
        atomic_write_bytes(Path(args.out), text.encode("utf-8"))
    except OSError as exc:
        print(f"{args.out}: cannot write the file ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"Wrote {written} question(s) to {args.out}.", file=sys.stderr)
    return 0


def export_xapi(argv: Sequence[str]) -> int:
    import datetime as dt

    from .core import xapi
    from .core.profiles import ProfileRegistry
    from .core.results import load_many, newest_per_learner
    from .core.storage import atomic_write_text
    from .core.store import ProgressStore

    parser = argparse.ArgumentParser(
        prog="ailiteracy export-xapi",
        description="Write learning records as xAPI statements (JSON) for a learning record "
        "store. DIR is the app's data folder (every learner's progress) or a folder of "
        "results files handed to a teacher.",
    )
    parser.add_argument("--data-dir", required=True, metavar="DIR")
    parser.add_argument("--out", required=True, metavar="FILE.json")
    parser.add_argument("--names", action="store_true", help="include learners' names")
    parser.add_argument("--base", default="", metavar="IRI", help="activity id base")
    args = parser.parse_args(argv)
    folder = Path(args.data_dir)
    if not folder.is_dir():
        print(f"{folder}: folder not found", file=sys.stderr)
        return 2
    statements: list[dict[str, Any]] = []
    now = dt.datetime.now(dt.UTC)
    if layout.registry_file(folder).is_file():
        registry = ProfileRegistry(folder)
        try:
            for profile in registry.list():
                learner = xapi.Learner(profile.learner_id, profile.name if args.names else "")
                store = ProgressStore(registry.folder(profile.id))
                try:
                    statements += xapi.Statements(learner, args.base).from_store(store, now)
                finally:
                    store.close()
        finally:
            registry.close()
    files, rejected = load_many([folder])
    for bad in rejected:
        print(f"{bad.path}: not used ({bad.kind.value})", file=sys.stderr)
    for r in newest_per_learner(files)[0]:
        learner = xapi.Learner(r.learner_id, r.learner_name if args.names else "")
        statements += xapi.Statements(learner, args.base).from_results(r)
    if not statements:
        print(f"{folder}: no learning records found", file=sys.stderr)
        return 1
    try:
        atomic_write_text(Path(args.out), xapi.dumps_statements(statements))
    except OSError as exc:
        print(f"{args.out}: cannot write the file ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"Wrote {len(statements)} statement(s) to {args.out}.", file=sys.stderr)
    return 0


def teacher_guide(argv: Sequence[str]) -> int:
    from .core.content.catalog import load_catalog
    from .core.content.model import Module, Problem
    from .core.content.modules import load_module

    parser = argparse.ArgumentParser(
        prog="ailiteracy teacher-guide",
        description="Save a module's printable teacher guide (aims, timing, a discussion "
        "plan, the answers to the practice tasks and the quiz) as a PDF.",
    )
    parser.add_argument(
        "module", metavar="MODULE", help="a module id (e.g. checking-ai) or a module folder"
    )
    parser.add_argument(
        "--lang",
        choices=languages.CODES,
        default=languages.FALLBACK,
        help=f"language of the guide (default: {languages.FALLBACK})",
    )
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--content", metavar="DIR", action="append", default=[], help="an extra content folder"
    )
    parser.add_argument("--letter", action="store_true", help="US Letter paper instead of A4")
    args = parser.parse_args(argv)
    folder = Path(args.module)
    module: Module | None = None
    if (folder / "module.toml").is_file():
        problems: list[Problem] = []
        module = load_module(folder, args.lang, problems)
        for problem in problems:
            print(problem)
        if module is None or problems:
            print(f"{folder}: not a valid module folder; nothing was written", file=sys.stderr)
            return 1
    else:
        roots = [paths.content_dir(), *(Path(d) for d in args.content)]
        catalog = load_catalog(roots, args.lang)
        module = catalog.module(args.module)
        if module is None:
            known = ", ".join(m.id for m in catalog.modules) or "none"
            print(f"{args.module}: no such module (modules: {known})", file=sys.stderr)
            return 1
    from .ui.guide import pdf_for_command_line  # Qt, on its offscreen platform

    try:
        pdf_for_command_line(module, args.lang, Path(args.out), letter=args.letter)
    except OSError as exc:
        print(f"{args.out}: cannot write the file ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"Wrote the teacher guide of '{module.id}' to {args.out}.", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "check-content":
        return check_content(args[1:])
    if args and args[0] == "import-gift":
        return import_gift(args[1:])
    if args and args[0] == "export-gift":
        return export_gift(args[1:])
    if args and args[0] == "export-xapi":
        return export_xapi(args[1:])
    if args and args[0] == "teacher-guide":
        return teacher_guide(args[1:])
    options = gui_parser().parse_args(args)
    # The Qt-free modules the window needs are imported before PySide6: PySide6 reads
    # the source file of every module imported after it (to look for its __feature__
    # imports), which costs start-up time and tells it nothing about these.
    from .core import nextstep, profiles, quiz, review, session  # noqa: F401
    from .ui.app import run

    return run(options)
