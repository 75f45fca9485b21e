"""Crash-safe TinyDB storage and opening a database without losing data.

TinyDB's stock ``JSONStorage`` rewrites the file in place, so a killed process can
leave a half-written file. :class:`AtomicJSONStorage` writes a temporary file in
the same folder, flushes and fsyncs it, then renames it over the database, so the
file on disk is always either the old or the new complete version.

It also keeps the parsed data in memory after the first read: this app opens each
file from one place only (one TinyDB instance per file, a lock per data folder),
so re-reading the file before every write would only cost time.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage

TMP_SUFFIX = ".tmp-write"


class NoticeKind(enum.StrEnum):
    """What happened to a damaged file when it was opened."""

    RECOVERED = "recovered"  # moved aside; part of it could be read back
    RESET = "reset"  # moved aside; nothing could be read back


@dataclass(frozen=True)
class StoreNotice:
    """A damaged file that was moved aside instead of being silently emptied."""

    kind: NoticeKind
    path: Path
    moved_to: Path


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not supported on Windows, where it is a no-op)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}{TMP_SUFFIX}")
    with open(tmp, "wb") as handle:
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
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def remove_stale_temp_files(folder: Path) -> None:
    """Delete temporary files left by a write that was killed before its rename."""
    if folder.is_dir():
        for stale in folder.glob(f"*{TMP_SUFFIX}"):
            stale.unlink(missing_ok=True)


class AtomicJSONStorage(Storage):
    """TinyDB storage that writes atomically and caches what it read."""

    def __init__(self, path: str | Path, initial: dict[str, Any] | None = None) -> None:
        self._path = Path(path)
        self._data: dict[str, Any] | None = initial

    def read(self) -> dict[str, Any] | None:
        if self._data is None:
            if not self._path.exists():
                return None
            self._data = json.loads(self._path.read_text(encoding="utf-8"))
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        atomic_write_text(self._path, text)
        self._data = data

    def close(self) -> None:
        self._data = None


def _salvage(raw: bytes) -> dict[str, Any] | None:
    """Read back what can be read from a damaged database file."""
    try:
        text = raw.decode("utf-8", errors="replace")
        value, _end = json.JSONDecoder().raw_decode(text.lstrip())
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(value, dict) and all(isinstance(v, dict) for v in value.values()):
        return value
    return None


def _is_tinydb(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, dict) for v in value.values())


def open_db(path: Path, notices: list[StoreNotice], *, now: _dt.datetime | None = None) -> TinyDB:
    """Open a TinyDB file; a damaged one is moved aside and what can be read is kept."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(path.parent)
    initial: dict[str, Any] | None = None
    if path.exists():
        raw = path.read_bytes()
        try:
            value = json.loads(raw.decode("utf-8")) if raw.strip() else None
            ok = value is None or _is_tinydb(value)
        except (ValueError, UnicodeDecodeError):
            value, ok = None, False
        if ok and value is not None:
            initial = value
        elif not ok or not raw.strip():
            stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
            moved = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
            counter = 1
            while moved.exists():
                moved = path.with_name(f"{path.stem}.corrupt-{stamp}-{counter}{path.suffix}")
                counter += 1
            os.replace(path, moved)
            initial = _salvage(raw)
            kind = NoticeKind.RECOVERED if initial else NoticeKind.RESET
            notices.append(StoreNotice(kind, path, moved))
            if initial:
                atomic_write_text(path, json.dumps(initial, ensure_ascii=False))
    return TinyDB(path, storage=AtomicJSONStorage, initial=initial)


def memory_db() -> TinyDB:
    """A database that is never written to disk (guest sessions)."""
    return TinyDB(storage=MemoryStorage)
