"""A cache of parsed content, so the app starts without re-reading every file.

A cache is plain data (JSON, decoded by ``msgspec`` straight into the content
classes, so every field is type-checked while it is read); nothing in it can run
code. One cache holds one locale of one content root and is used only while its
key matches: the cache format, the app's version, and a digest of every file
below ``<root>/<locale>`` (names and bytes). A cache that is missing, damaged,
too large, not a regular file or made for other content is "no cache": the
content is parsed again. Two places are looked at:

* the pre-built cache of the content shipped with the app, with lessons
  pre-rendered to HTML. ``python -m ailiteracy.core.cache build`` writes it (the
  package build and the install scripts run it); it is read for the shipped
  content only, never for a folder given with ``--content`` or added in Settings.
* ``<cache_dir>/catalog-<root>-<locale>.json``: written by the app itself, in its
  data folder, for content roots it had to parse (teachers' folders, for example).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import zlib
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path, PurePosixPath

import msgspec
from msgspec.structs import replace

from .. import __version__
from . import languages, paths
from .content import catalog as content_catalog
from .content.model import CORE_HTML_SUFFIX, Catalog, Lesson, Module, Problem
from .fileformat import read_file
from .storage import atomic_write_bytes, atomic_write_text

try:  # CPython's own BLAKE2: ``import hashlib`` would also load OpenSSL (about 3 MiB)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover (other Pythons)
    from hashlib import blake2b

FORMAT_VERSION = 4  # 3: numerical questions, weights on short answers; 4: discussion plans
MAX_CACHE_BYTES = 64 * 1024 * 1024
MAX_HASHED_FILE_BYTES = 64 * 1024 * 1024
_CODE = ("cache.py", "render.py", "miniweb.py")  # and every file of the content package
_HTML_FILE_RE = re.compile(r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*\.html$")


class Key(msgspec.Struct, frozen=True):
    format: int
    app: str
    content: str


class _Header(msgspec.Struct):
    key: Key


class _Entry(msgspec.Struct):
    key: Key
    catalog: Catalog
    problems: list[Problem]


def _code_identity() -> str:
    """The app's version; in a source checkout also a digest of the parsing code.

    An installed or bundled app changes its code only with its version, so the
    version alone is the key there (and caches built with the package match).
    """
    if not paths.is_source_checkout():
        return __version__
    digest = blake2b(digest_size=16)
    here = Path(__file__).parent
    names = [*_CODE, *sorted(f"content/{p.name}" for p in (here / "content").glob("*.py"))]
    for name in names:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(f"{name}|missing".encode())
    return f"{__version__}+{digest.hexdigest()}"


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes."""
    try:
        return read_file(path, limit)
    except OSError:
        return None


def fingerprint(root: Path, locale: str, identity: str | None = None) -> Key:
    """The key a cache of ``root/locale`` must carry: every name and byte below it.

    ``identity`` is the app's (default: this app's, see ``_code_identity``).
    """
    folder = root / locale
    digest = blake2b(digest_size=32)
    entries: list[tuple[str, Path | None]] = []
    stack = [(folder, "")]
    while stack:
        current, prefix = stack.pop()
        try:
            with os.scandir(current) as it:
                for entry in it:
                    if entry.name.startswith("."):
                        continue
                    name = f"{prefix}{entry.name}"
                    if entry.is_dir(follow_symlinks=False):
                        stack.append((Path(entry.path), f"{name}/"))
                        entries.append((f"{name}/", None))  # a new empty folder is a change too
                    else:
                        entries.append((name, Path(entry.path)))
        except OSError:
            entries.append((f"{prefix}|missing", None))
    for name, path in sorted(entries, key=lambda e: e[0]):
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        if path is not None:
            data = _read_regular(path, MAX_HASHED_FILE_BYTES)
            digest.update(b"|special" if data is None else data)
            digest.update(b"\0")
    return Key(FORMAT_VERSION, identity or _code_identity(), digest.hexdigest())


# --------------------------------------------------------------------------- encoding


def _relative_path(root: Path, value: object) -> object:
    if isinstance(value, Path):
        return value.relative_to(root).as_posix()  # ValueError: not cacheable
    raise NotImplementedError(type(value))


def _path_below(root: Path, kind: type, value: object) -> object:
    if kind is Path and isinstance(value, str):
        rel = PurePosixPath(value)
        if value.startswith("/") or "\\" in value or ":" in value or ".." in rel.parts:
            raise ValueError("a path outside the content folder")
        return root / rel
    raise NotImplementedError(kind)


def encode(root: Path, key: Key, catalog: Catalog, problems: list[Problem]) -> bytes:
    """A cache file's bytes; paths are stored relative to ``root``."""
    return msgspec.json.encode(
        _Entry(key, catalog, problems), enc_hook=partial(_relative_path, root)
    )


def decode(
    data: bytes, root: Path, key: Key, html_dir: Path | None
) -> tuple[Catalog, list[Problem]] | None:
    """The catalog and problems stored in ``data``, or None when it is not a valid cache.

    ``html_dir`` is where pre-rendered lessons live; without it, a cache that
    names pre-rendered lessons is refused.
    """
    try:
        if msgspec.json.decode(data, type=_Header).key != key:
            return None
        entry = msgspec.json.decode(data, type=_Entry, dec_hook=partial(_path_below, root))
    except (msgspec.MsgspecError, ValueError, TypeError, RecursionError):
        return None
    catalog = entry.catalog
    if catalog.problems:  # problems of a whole catalog are never cached
        return None
    try:
        for group in ("modules", "invalid_modules"):
            setattr(catalog, group, [_with_html(m, html_dir) for m in getattr(catalog, group)])
    except ValueError:
        return None
    return catalog, entry.problems


def _with_html(module: Module, html_dir: Path | None) -> Module:
    lessons = []
    for lesson in module.lessons:
        if lesson.html:
            raise ValueError("inline HTML in a cache")
        if lesson.html_file:
            if html_dir is None or not _HTML_FILE_RE.match(lesson.html_file):
                raise ValueError("pre-rendered lesson outside the cache")
            lesson = replace(lesson, html_file=str(html_dir / lesson.html_file))
        lessons.append(lesson)
    return replace(module, lessons=tuple(lessons))


# --------------------------------------------------------------------------- loading


def _app_cache_path(cache_dir: Path, root: Path, locale: str) -> Path:
    name = f"{zlib.crc32(str(root.resolve()).encode('utf-8', 'surrogateescape')):08x}"
    return cache_dir / f"catalog-{name}-{locale}.json"


def _prebuilt_file(prebuilt: Path, locale: str) -> Path:
    return prebuilt / f"{locale}.json"


def load_locale_cached(
    root: Path,
    locale: str,
    problems: list[Problem],
    cache_dir: Path | None,
    prebuilt: Path | None = None,
) -> Catalog:
    """``content.catalog.load_locale`` with caching; problems found are appended to ``problems``.

    ``prebuilt`` is the folder of a pre-built cache for this root (the shipped
    content's); ``cache_dir`` is where the app keeps and writes its own caches.
    """
    if not (root / locale).is_dir():
        return Catalog(locale)
    key = fingerprint(root, locale)
    candidates: list[tuple[Path, Path | None]] = []
    if prebuilt is not None:
        candidates.append((_prebuilt_file(prebuilt, locale), prebuilt / "html" / locale))
    if cache_dir is not None:
        candidates.append((_app_cache_path(cache_dir, root, locale), None))
    for path, html_dir in candidates:
        data = _read_regular(path, MAX_CACHE_BYTES)
        hit = decode(data, root, key, html_dir) if data is not None else None
        if hit is not None and hit[0].locale == locale:
            problems.extend(hit[1])
            return hit[0]
    found: list[Problem] = []
    catalog = content_catalog.load_locale(root, locale, found)
    problems.extend(found)
    if cache_dir is not None:
        try:
            data = encode(root, key, catalog, found)
            atomic_write_bytes(_app_cache_path(cache_dir, root, locale), data)
        except (OSError, ValueError, msgspec.MsgspecError):
            pass  # a cache that cannot be written only costs time
    return catalog


def load_catalog(
    roots: Sequence[Path], locale: str = languages.FALLBACK, *, cache_dir: Path | None
) -> Catalog:
    """:func:`.content.catalog.load_catalog` using caches: the shipped one and the app's own.

    ``cache_dir`` None (a guest session) writes nothing.
    """
    shipped = paths.content_dir().resolve()
    prebuilt = paths.prebuilt_cache_dir() if paths.prebuilt_cache_enabled() else None
    if cache_dir is not None:
        for old in cache_dir.glob("catalog-*.pickle"):  # caches of older versions: never read
            old.unlink(missing_ok=True)

    def loader(root: Path, loc: str, problems: list[Problem]) -> Catalog:
        own = prebuilt if root.resolve() == shipped else None
        return load_locale_cached(root, loc, problems, cache_dir, own)

    return content_catalog.load_catalog(roots, locale, load_locale=loader)


# --------------------------------------------------------------------------- building


def build(root: Path, out: Path, *, installed: bool = False) -> list[Path]:
    """Parse every locale of ``root``, pre-render lessons, and write the cache to ``out``.

    ``installed``: the cache is for an installed package (the package build), so
    it is keyed by the app's version alone, as the installed app checks it.
    """
    from .render import LessonRenderer

    renderer = LessonRenderer()
    written = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        locale = folder.name
        key = fingerprint(root, locale, __version__ if installed else None)
        found: list[Problem] = []
        catalog = content_catalog.load_locale(root, locale, found)
        html_dir = out / "html" / locale
        shutil.rmtree(html_dir, ignore_errors=True)

        def rendered(module: Module, lesson: Lesson, html_dir: Path = html_dir) -> Lesson:
            name = f"{module.id}/{lesson.id}.html"
            atomic_write_text(html_dir / name, renderer.to_html(lesson.body))
            if lesson.has_more:  # the part shown until the learner opens "more detail"
                core = f"{module.id}/{lesson.id}{CORE_HTML_SUFFIX}"
                atomic_write_text(html_dir / core, renderer.to_html(lesson.core_body()))
            return replace(lesson, html="", html_file=name)

        for group in ("modules", "invalid_modules"):
            modules = [
                replace(m, lessons=tuple(rendered(m, lesson) for lesson in m.lessons))
                for m in getattr(catalog, group)
            ]
            setattr(catalog, group, modules)
        target = _prebuilt_file(out, locale)
        atomic_write_bytes(target, encode(root, key, catalog, found))
        written.append(target)
    return written


def main(argv: list[str], *, out: Callable[[str], None] = print) -> int:
    usage = "usage: python -m ailiteracy.core.cache build [CONTENT_ROOT OUT_DIR]"
    if not argv or argv[0] != "build" or len(argv) not in (1, 3):
        print(usage, file=sys.stderr)
        return 2
    if len(argv) == 3:
        root, target = Path(argv[1]), Path(argv[2])
    else:
        root, target = paths.content_dir(), paths.prebuilt_cache_dir()
    for path in build(root, target):
        out(str(path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
