"""A cache of parsed content, so the app starts without re-reading every file.

The cache of one locale of one content root is valid while no file below it has
changed (names, sizes and modification times are compared) and the parsing code
is the same. Two places are looked at:

* ``<root>/.cache/<locale>.pickle``: built with lessons pre-rendered to HTML by
  ``python -m ailiteracy.core.cache build`` (the install and test scripts run it
  for the shipped content). The app only reads it.
* ``<cache_dir>/catalog-<key>.pickle``: written by the app itself, in its data
  folder, for content roots it had to parse (teachers' folders, for example).
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import zlib
from dataclasses import replace
from pathlib import Path

from . import content
from .storage import atomic_write_bytes, atomic_write_text

CACHE_VERSION = 1
_CODE = [Path(content.__file__), Path(__file__), Path(__file__).with_name("render.py")]


def fingerprint(root: Path, locale: str) -> str:
    """Every file name, size and time below ``root/locale``, and the parser's, as one text."""
    lines = [f"{CACHE_VERSION}|{sys.version_info[:2]}"]
    for code in _CODE:
        stat = code.stat()
        lines.append(f"{code.name}|{stat.st_size}|{stat.st_mtime_ns}")
    folder = root / locale
    stack = [folder]
    entries = []
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as it:
                for entry in it:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(Path(entry.path))
                        entries.append(f"{entry.path}/")  # a new empty folder is a change too
                    else:
                        stat = entry.stat()
                        entries.append(f"{entry.path}|{stat.st_size}|{stat.st_mtime_ns}")
        except OSError:
            entries.append(f"{current}|missing")
    return "\n".join(lines + sorted(entries))


def _read(path: Path, key: str):
    try:
        with open(path, "rb") as handle:
            stored_key, catalog, problems = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    return (catalog, problems) if stored_key == key else None


def _app_cache_path(cache_dir: Path, root: Path, locale: str) -> Path:
    name = f"{zlib.crc32(str(root.resolve()).encode('utf-8', 'surrogateescape')):08x}"
    return cache_dir / f"catalog-{name}-{locale}.pickle"


def load_locale_cached(
    root: Path, locale: str, problems: list[content.Problem], cache_dir: Path | None
) -> content.Catalog:
    """``content._load_locale`` with caching; problems found are appended to ``problems``."""
    if not (root / locale).is_dir():
        return content.Catalog(locale)
    key = fingerprint(root, locale)
    for path in (
        root / ".cache" / f"{locale}.pickle",
        _app_cache_path(cache_dir, root, locale) if cache_dir else None,
    ):
        if path is not None:
            hit = _read(path, key)
            if hit is not None:
                problems.extend(hit[1])
                return hit[0]
    found: list[content.Problem] = []
    catalog = content._load_locale(root, locale, found)
    problems.extend(found)
    if cache_dir is not None:
        try:
            atomic_write_bytes(
                _app_cache_path(cache_dir, root, locale),
                pickle.dumps((key, catalog, found), pickle.HIGHEST_PROTOCOL),
            )
        except OSError:
            pass  # a cache that cannot be written only costs time
    return catalog


def build(root: Path) -> list[Path]:
    """Parse every locale of ``root``, pre-render lessons, and write ``root/.cache``."""
    from .render import LessonRenderer

    renderer = LessonRenderer()
    written = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        locale = folder.name
        key = fingerprint(root, locale)
        found: list[content.Problem] = []
        catalog = content._load_locale(root, locale, found)
        html_dir = root / ".cache" / "html" / locale
        shutil.rmtree(html_dir, ignore_errors=True)

        def rendered(
            module: content.Module, lesson: content.Lesson, html_dir: Path = html_dir
        ) -> content.Lesson:
            path = html_dir / module.id / f"{lesson.id}.html"
            atomic_write_text(path, renderer.to_html(lesson.body))
            return replace(lesson, html="", html_file=str(path))

        for group in ("modules", "invalid_modules"):
            modules = [
                replace(m, lessons=tuple(rendered(m, lesson) for lesson in m.lessons))
                for m in getattr(catalog, group)
            ]
            setattr(catalog, group, modules)
        target = root / ".cache" / f"{locale}.pickle"
        atomic_write_bytes(target, pickle.dumps((key, catalog, found), pickle.HIGHEST_PROTOCOL))
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    from . import paths

    if not argv or argv[0] != "build":
        print("usage: python -m ailiteracy.core.cache build [CONTENT_ROOT ...]", file=sys.stderr)
        return 2
    roots = [Path(a) for a in argv[1:]] or [paths.content_dir()]
    for root in roots:
        for path in build(root):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
