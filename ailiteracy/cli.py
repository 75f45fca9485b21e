"""Command-line entry point: the GUI, ``check-content`` and ``import-gift``.

The subcommands never import Qt, so they run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core import paths


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ailiteracy",
        description="Learn to use AI safely and to check what AI tells you.",
        epilog="More commands: 'ailiteracy check-content --help', 'ailiteracy import-gift --help'.",
    )
    parser.add_argument("--version", action="version", version=f"ailiteracy {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=os.environ.get("AILITERACY_DATA_DIR") or None,
        help="folder for every file the app writes (also: AILITERACY_DATA_DIR)",
    )
    parser.add_argument("--lang", choices=["en", "zh-CN"], help="interface and content language")
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
    from .core.content import validate_roots

    parser = argparse.ArgumentParser(
        prog="ailiteracy check-content",
        description="Validate content folders. Prints 'path:line: message' per problem.",
    )
    parser.add_argument("dirs", nargs="*", metavar="DIR", help="content roots (default: shipped)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    roots = [Path(d) for d in args.dirs] or [paths.content_dir()]
    modules, problems = validate_roots(roots)
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
                }
                for m in modules
            ],
            "errors": [
                {"path": str(p.path), "line": p.line, "message": p.message} for p in problems
            ],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem)
        if not problems:
            count = len(modules)
            print(f"OK: {count} module{'s' if count != 1 else ''} valid.", file=sys.stderr)
    return 1 if problems else 0


def import_gift(argv: Sequence[str]) -> int:
    from .core import gift

    parser = argparse.ArgumentParser(
        prog="ailiteracy import-gift",
        description="Turn a Moodle GIFT question file into a module folder.",
    )
    parser.add_argument("file", metavar="FILE.gift")
    parser.add_argument("--out", required=True, metavar="MODULE_DIR")
    parser.add_argument("--title", help="module title (default: the file name)")
    args = parser.parse_args(argv)
    source = Path(args.file)
    try:
        text = gift.read_gift_file(source)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{source}: cannot read the file ({exc})", file=sys.stderr)
        return 2
    result = gift.parse_gift(text)
    for problem in result.problems:
        print(f"{source}:{problem.line}: {problem.message}")
    if not result.questions:
        print(f"{source}: no question could be imported", file=sys.stderr)
        return 1
    try:
        gift.write_module(result, Path(args.out), title=args.title or source.stem)
    except FileExistsError:
        print(f"{args.out}: folder exists and is not empty; choose a new folder", file=sys.stderr)
        return 2
    print(
        f"Imported {len(result.questions)} question(s) into {args.out}; "
        f"skipped {len(result.problems)}.",
        file=sys.stderr,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "check-content":
        return check_content(args[1:])
    if args and args[0] == "import-gift":
        return import_gift(args[1:])
    options = gui_parser().parse_args(args)
    from .ui.app import run

    return run(options)
