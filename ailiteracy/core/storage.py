"""Crash-safe TinyDB storage and opening a database without losing data.

TinyDB's stock ``JSONStorage`` rewrites the file in place, so a killed process can
leave a half-written file. :class:`AtomicJSONStorage` writes a temporary file in
the same folder, flushes and fsyncs it, then renames it over the database, so the
file on disk is always either the old or the new complete version.

It also keeps the parsed data in memory after the first read: this app opens each
file from one place only (one TinyDB instance per file, a lock per data folder),
so re-reading the file before every write would only cost time.

Every file is checked when it is opened (:func:`open_db`): it must be a regular
file of a sane size holding TinyDB's layout, and each row must fit the schema the
caller gives. A file that does not fit is moved aside (``name.corrupt-<time>.json``),
what can be read from it is kept, and a :class:`StoreNotice` says what happened.
Files opened with ``backup=True`` also keep a last-good copy
(``name.last-good.json``) that a damaged file is restored from.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import os
import re
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage

from .layout import last_good_file

TMP_SUFFIX = ".tmp-write"
MAX_FILE_BYTES = 32 * 1024 * 1024  # far above any file the app writes
MAX_DEPTH = 32  # nesting of one stored value; the app itself writes fewer than 8 levels
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

RowCheck = Callable[[str, dict[str, Any]], bool]


class NoticeKind(enum.StrEnum):
    """What happened to a damaged file when it was opened (or to a write)."""

    RECOVERED = "recovered"  # moved aside; part of it (``kept`` rows) could be read back
    RESTORED = "restored"  # moved aside; restored from the last-good copy
    RESET = "reset"  # moved aside; nothing could be read back
    NEWER = "newer"  # written by a newer version of the app: opened read-only
    SAVE_FAILED = "save-failed"  # a write failed: nothing more is saved in this session


@dataclass(frozen=True)
class StoreNotice:
    """A damaged file that was moved aside instead of being silently emptied.

    ``kept`` is the number of rows read back, ``dropped`` the number of rows that did
    not fit and were left out (they stay in ``moved_to``). For SAVE_FAILED,
    ``error`` is the operating system's reason.
    """

    kind: NoticeKind
    path: Path
    moved_to: Path | None = None
    kept: int = 0
    dropped: int = 0
    error: str = ""


@dataclass
class WriteGuard:
    """The writes of one store: after a failed write, nothing more is written.

    A store stays usable (in memory) when its folder stops being writable; the
    first failure is recorded in ``notices`` and ``listener`` is called once.
    """

    notices: list[StoreNotice]
    listener: Callable[[StoreNotice], None] | None = None
    stopped: StoreNotice | None = field(default=None)

    @property
    def read_only(self) -> bool:
        return self.stopped is not None

    def stop(self, notice: StoreNotice) -> None:
        if self.stopped is not None:
            return
        self.stopped = notice
        self.notices.append(notice)
        if self.listener is not None:
            self.listener(notice)

    def write(self, path: Path, text: str) -> None:
        if self.stopped is not None:
            return
        try:
            atomic_write_text(path, text, private=True)
        except OSError as exc:
            self.stop(StoreNotice(NoticeKind.SAVE_FAILED, path, error=exc.strerror or str(exc)))


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not supported on Windows, where it is a no-op)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_mkdir(folder: Path) -> None:
    """Create ``folder`` and its missing parents readable by their owner only (on POSIX)."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            pass
    if not folder.is_dir():
        raise NotADirectoryError(f"not a folder: {folder}")


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old or the new file, never half.

    With ``private`` the file (and any folder made for it) is readable by its owner
    only on POSIX systems: a learner's data on a shared operating-system account.
    """
    if private:
        private_mkdir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}{TMP_SUFFIX}")
    mode = PRIVATE_FILE if private else 0o666
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), mode)
    with open(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    for attempt in range(5):
        try:
            os.replace(tmp, path)
            break
        except PermissionError:
            # Windows: antivirus or the indexer may hold the target for a moment.
            if attempt == 4:
                tmp.unlink(missing_ok=True)
                raise
            time.sleep(0.05 * (attempt + 1))
        except OSError:
            tmp.unlink(missing_ok=True)
            raise
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, private: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), private=private)


def remove_stale_temp_files(folder: Path) -> None:
    """Delete temporary files left by a write that was killed before its rename."""
    if folder.is_dir():
        for stale in folder.glob(f"*{TMP_SUFFIX}"):
            try:
                stale.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only folder: the file is harmless, it is never read


def backup_path(path: Path) -> Path:
    """Where the last-good copy of ``path`` is kept."""
    return last_good_file(path)


class AtomicJSONStorage(Storage):
    """TinyDB storage that writes atomically and caches what it read.

    Args:
        path: the database file.
        initial: the already checked contents (``open_db`` reads the file itself).
        guard: when given, write failures are recorded there instead of raised.
        backup: also keep a last-good copy next to the file.
    """

    def __init__(
        self,
        path: str | Path,
        initial: dict[str, Any] | None = None,
        guard: WriteGuard | None = None,
        backup: bool = False,
    ) -> None:
        self._path = Path(path)
        self._data: dict[str, Any] | None = initial
        self._guard = guard
        self._backup = backup
        self._batching = False
        self._pending = False

    def read(self) -> dict[str, Any] | None:
        if self._data is None:
            if not self._path.exists():
                return None
            self._data = json.loads(self._path.read_text(encoding="utf-8"))
        return self._data

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Make every change inside the ``with`` block one write of the file (or none).

        The changes are kept in memory until the block ends; an exception inside it,
        or the process being killed, leaves the file as it was before the block.
        """
        if self._batching:
            yield
            return
        self._batching, self._pending = True, False
        try:
            yield
        except BaseException:
            self._batching = self._pending = False
            self._data = None  # forget the unwritten changes: read the file again
            raise
        self._batching = False
        if self._pending and self._data is not None:
            self._pending = False
            self.write(self._data)

    def write(self, data: dict[str, Any]) -> None:
        if self._batching:
            self._data, self._pending = data, True
            return
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        targets = [self._path, backup_path(self._path)] if self._backup else [self._path]
        for target in targets:
            if self._guard is not None:
                self._guard.write(target, text)
            else:
                atomic_write_text(target, text, private=True)
        self._data = data

    def close(self) -> None:
        self._data = None


# --------------------------------------------------------------------------- checking

_SPACE = re.compile(r"[ \t\n\r]*")


def depth_ok(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` (parsed JSON) nests no deeper than ``limit``."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return False
        stack.extend((child, depth + 1) for child in children)
    return True


def _salvage(text: str) -> dict[str, Any]:
    """The complete rows at the start of a damaged TinyDB file (``{table: {id: row}}``).

    A file cut short (a full disk, a copy pulled out too early) keeps every row
    written before the cut.
    """
    decoder = json.JSONDecoder()
    tables: dict[str, Any] = {}

    def skip(i: int, char: str = "") -> int:
        i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
        if char:
            if text[i : i + 1] != char:
                raise ValueError(f"expected {char!r}")
            i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
        return i

    try:
        i = skip(0, "{")
        while text[i : i + 1] not in ("}", ""):
            name, i = decoder.raw_decode(text, i)
            if not isinstance(name, str):
                break
            i = skip(skip(i, ":"), "{")
            table: dict[str, Any] = {}
            tables[name] = table
            while text[i : i + 1] != "}":
                key, i = decoder.raw_decode(text, i)
                value, i = decoder.raw_decode(text, skip(i, ":"))
                if not isinstance(key, str):
                    break
                table[key] = value
                i = skip(i)
                if text[i : i + 1] == ",":
                    i = skip(i + 1)
            i = skip(i, "}")
            if text[i : i + 1] == ",":
                i = skip(i + 1)
    except (ValueError, IndexError, RecursionError):
        pass
    return tables


def _clean(value: Any, check: RowCheck | None) -> tuple[dict[str, Any], int, bool]:
    """The rows of ``value`` that fit; the number left out; whether the layout was right."""
    if not isinstance(value, dict):
        return {}, 0, False
    kept: dict[str, Any] = {}
    dropped = 0
    layout = True
    for name, table in value.items():
        if not isinstance(table, dict):
            layout = False
            continue
        rows: dict[str, Any] = {}
        for doc_id, row in table.items():
            if (
                isinstance(row, dict)
                and doc_id.isascii()
                and doc_id.isdigit()
                and len(doc_id) < 10
                and depth_ok(row)
                and (check is None or check(name, row))
            ):
                rows[doc_id] = row
            else:
                dropped += 1
        kept[name] = rows
    return kept, dropped, layout


def _count(tables: dict[str, Any]) -> int:
    """The rows of a learner's data (a file's own "meta" row does not count)."""
    return sum(len(t) for name, t in tables.items() if name != "meta")


def _read_checked(path: Path) -> tuple[bytes | None, str]:
    """The bytes of ``path``, or None and why it cannot be read as a database."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        return None, exc.strerror or str(exc)
    if not stat.S_ISREG(info.st_mode):
        return None, "not a regular file"
    if info.st_size > MAX_FILE_BYTES:
        return None, "too large"
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1), ""
    except OSError as exc:
        return None, exc.strerror or str(exc)


def _parse(raw: bytes | None, check: RowCheck | None) -> tuple[dict[str, Any], int, bool]:
    """Rows that fit, rows left out, and whether the whole file was fine."""
    if raw is None:
        return {}, 0, False
    text = raw.decode("utf-8", errors="replace")
    try:
        value = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        kept, dropped, _layout = _clean(_salvage(text), check)
        return kept, dropped, False
    kept, dropped, layout = _clean(value, check)
    return kept, dropped, layout and dropped == 0


def _move_aside(path: Path, now: _dt.datetime | None) -> Path:
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    counter = 1
    while os.path.lexists(moved):
        moved = path.with_name(f"{path.stem}.corrupt-{stamp}-{counter}{path.suffix}")
        counter += 1
    os.replace(path, moved)
    return moved


def load_checked(
    path: Path,
    notices: list[StoreNotice],
    *,
    now: _dt.datetime | None = None,
    check: RowCheck | None = None,
    guard: WriteGuard | None = None,
    backup: bool = False,
) -> dict[str, Any] | None:
    """The checked tables of a database file (None if there is none).

    A file that does not fit is moved aside, what fits is written back, and a
    notice says what happened; see :func:`open_db` for the arguments.
    """
    if not os.path.lexists(path):
        return _restore_lost(path, notices, check) if backup else None
    raw, _why = _read_checked(path)
    kept: dict[str, Any]
    if raw is not None and not raw.strip():
        kept, dropped, fine = {}, 0, False
    else:
        kept, dropped, fine = _parse(raw, check)
    read_only = guard is not None and guard.read_only
    if fine:
        if backup and not read_only:
            _keep_first_copy(path, raw)
        return kept
    kind = NoticeKind.RECOVERED if _count(kept) else NoticeKind.RESET
    if backup:
        kept, kind = _with_copy(path, kept, kind, check)
    moved = None if read_only else _move_aside_guarded(path, now, guard)
    notices.append(StoreNotice(kind, path, moved, _count(kept), dropped))
    if _count(kept) and moved is not None:
        text = json.dumps(kept, ensure_ascii=False, separators=(",", ":"))
        if guard is not None:
            guard.write(path, text)
        else:
            atomic_write_text(path, text, private=True)
    return kept


def _restore_lost(
    path: Path, notices: list[StoreNotice], check: RowCheck | None
) -> dict[str, Any] | None:
    """The last-good copy of a file that is gone (deleted by hand, or lost in a crash)."""
    if not os.path.lexists(backup_path(path)):
        return None
    copy, _dropped, copy_fine = _parse(_read_checked(backup_path(path))[0], check)
    if not (copy_fine and _count(copy)):
        return None
    notices.append(StoreNotice(NoticeKind.RESTORED, path, None, _count(copy)))
    return copy


def _keep_first_copy(path: Path, raw: bytes | None) -> None:
    """Make the last-good copy of a file that reads well, if there is none yet."""
    if os.path.lexists(backup_path(path)):
        return
    try:
        atomic_write_bytes(backup_path(path), raw or b"{}", private=True)
    except OSError:
        pass  # made again at the next write


def _with_copy(
    path: Path, kept: dict[str, Any], kind: NoticeKind, check: RowCheck | None
) -> tuple[dict[str, Any], NoticeKind]:
    """A damaged file's rows on top of its last-good copy, when the copy holds as much."""
    copy, _copy_dropped, copy_fine = _parse(_read_checked(backup_path(path))[0], check)
    if not (copy_fine and _count(copy) >= _count(kept)):
        return kept, kind
    for name, rows in kept.items():  # rows read from the damaged file are newer
        copy.setdefault(name, {}).update(rows)
    return copy, NoticeKind.RESTORED


def _move_aside_guarded(
    path: Path, now: _dt.datetime | None, guard: WriteGuard | None
) -> Path | None:
    """Move a damaged file aside; with a guard, a failure stops saving instead of raising."""
    try:
        return _move_aside(path, now)
    except OSError as exc:
        if guard is None:
            raise
        guard.stop(StoreNotice(NoticeKind.SAVE_FAILED, path, error=exc.strerror or str(exc)))
        return None


def open_db(
    path: Path,
    notices: list[StoreNotice],
    *,
    now: _dt.datetime | None = None,
    check: RowCheck | None = None,
    guard: WriteGuard | None = None,
    backup: bool = False,
) -> TinyDB:
    """Open a TinyDB file; a damaged one is moved aside and what can be read is kept.

    Args:
        path: the database file (created on the first write).
        notices: where a damaged file is reported.
        now: the time stamp for a damaged file's new name (tests pass a fixed one).
        check: ``check(table, row)`` says whether a row fits the file's schema.
        guard: shared by the files of one store (see :class:`WriteGuard`).
        backup: keep a last-good copy, and restore from it when the file is damaged.
    """
    if guard is None or not guard.read_only:
        try:
            private_mkdir(path.parent)
            remove_stale_temp_files(path.parent)
        except OSError as exc:
            if guard is None:
                raise
            guard.stop(StoreNotice(NoticeKind.SAVE_FAILED, path, error=exc.strerror or str(exc)))
    initial = load_checked(path, notices, now=now, check=check, guard=guard, backup=backup)
    if initial is None and (guard is not None and guard.read_only):
        initial = {}  # nothing is ever read from disk again for this file
    return TinyDB(path, storage=AtomicJSONStorage, initial=initial, guard=guard, backup=backup)


@contextmanager
def one_write(db: TinyDB) -> Iterator[None]:
    """The changes made to ``db`` inside the block, written to its file at once."""
    storage = db.storage
    if isinstance(storage, AtomicJSONStorage):
        with storage.batch():
            yield
    else:
        yield  # kept in memory (guest sessions): nothing to make atomic


def memory_db() -> TinyDB:
    """A database that is never written to disk (guest sessions)."""
    return TinyDB(storage=MemoryStorage)
