"""Rules shared by every file the app reads from outside or exchanges.

:func:`read_file` is the one way to read a file that may come from a USB stick, a
shared folder or a content folder: it refuses anything that is not a regular file
(a folder, a named pipe, a device, or a link to one) without blocking on it, and
stops reading at a size limit, so a hostile file can neither hang the app nor fill
its memory.

The checksum (:func:`checksum`) is shared by every file the app exchanges
(progress, assignments, results), and :class:`FormatErrorKind` is the one list of
reasons such a file is refused, from :func:`read_file`'s own refusals to the field
checks of ``exchange.py``.
"""

from __future__ import annotations

import enum
import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

MIB = 1024 * 1024


class FormatErrorKind(enum.StrEnum):
    """Why a file from outside was refused: the one list for every exchanged file.

    :func:`read_file` refuses with the first two; ``exchange.py`` adds the others.
    The interface turns each into words (``ui/errors.py``); core keeps no sentences.
    """

    NOT_A_FILE = "not-a-file"  # a folder, pipe, device or socket (also behind a link)
    TOO_LARGE = "too-large"  # larger than the limit for its kind
    UNREADABLE = "unreadable"  # could not be opened or read (missing, no permission, ...)
    NOT_THIS_KIND = "not-this-kind"  # not one of our files, or our other kind of file
    TOO_NEW = "too-new"  # written by a newer version of the app
    DAMAGED = "damaged"  # ours, but cut short or changed after it was written (checksum)
    MALFORMED = "malformed"  # checksum fine but a field is missing or wrong


# The reason an OSError carries (logs, tracebacks); the interface words come from the kind.
_REASONS = {
    FormatErrorKind.NOT_A_FILE: "not an ordinary file (a folder, device or pipe)",
    FormatErrorKind.TOO_LARGE: "larger than {limit}",
}


class FileRefused(OSError):
    """A file :func:`read_file` refused to read.

    It is an :class:`OSError`, so every reader that already reports unreadable files
    reports this one too; ``strerror`` holds a short plain reason.
    """

    def __init__(self, kind: FormatErrorKind, path: Path, limit: int = 0) -> None:
        reason = _REASONS[kind].format(limit=size_text(limit))
        super().__init__(reason)
        self.kind = kind
        self.strerror: str = reason
        self.filename = str(path)
        self.limit = limit

    def __str__(self) -> str:
        return self.strerror


def size_text(size: int) -> str:
    """``size`` bytes in the largest whole unit, e.g. ``"8 MB"``."""
    if size >= MIB and size % MIB == 0:
        return f"{size // MIB} MB"
    if size >= 1024 and size % 1024 == 0:
        return f"{size // 1024} KB"
    return f"{size} bytes"


def read_file(path: Path | str, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    Links are followed; what they point to must be a regular file. Opening does not
    wait for a writer on a named pipe, and at most ``max_bytes + 1`` bytes are read
    (a file can grow after its size was checked).

    Raises:
        FileRefused: not a regular file, or larger than ``max_bytes``.
        OSError: the file cannot be opened or read (missing, no permission, ...).
    """
    path = Path(path)
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise FileRefused(FormatErrorKind.NOT_A_FILE, path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)  # what was opened, in case the path changed since os.stat
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(FormatErrorKind.NOT_A_FILE, path)
        if info.st_size > max_bytes:
            raise FileRefused(FormatErrorKind.TOO_LARGE, path, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(MIB, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > max_bytes:
        raise FileRefused(FormatErrorKind.TOO_LARGE, path, max_bytes)
    return b"".join(chunks)


def read_text(path: Path | str, max_bytes: int, encoding: str = "utf-8") -> str:
    """:func:`read_file`, decoded (raises :class:`UnicodeDecodeError` on bad text)."""
    return read_file(path, max_bytes).decode(encoding)


def canonical_json(data: Mapping[str, Any]) -> bytes:
    """The bytes the checksum is taken over: ``data`` without ``checksum``, keys sorted,
    no spaces, non-ASCII characters written as UTF-8."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return json.dumps(
        body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def checksum(data: Mapping[str, Any]) -> str:
    """SHA-256 of :func:`canonical_json`, as hex."""
    import hashlib  # here, not at the top: loading OpenSSL costs start-up time

    return hashlib.sha256(canonical_json(data)).hexdigest()


def checksum_matches(data: Mapping[str, Any], stated: str) -> bool:
    """Whether ``stated`` is :func:`checksum` of ``data``, found quickly when it is.

    msgspec writes the same compact, key-sorted UTF-8 JSON as :func:`canonical_json`
    about seven times faster, except for a few number spellings (``1e-05``): its bytes
    can only hash to ``stated`` if they are the canonical bytes. When they do not, the
    canonical bytes decide, so the verdict is always exactly :func:`checksum`'s.
    Only for data without NaN or infinity (msgspec writes them as null): for such data
    call :func:`checksum`, which refuses them.
    """
    import hashlib

    import msgspec

    body = {k: v for k, v in data.items() if k != "checksum"}
    try:
        quick = msgspec.json.encode(body, order="sorted")
    except (TypeError, ValueError, OverflowError, msgspec.EncodeError):
        quick = b""
    if quick and hashlib.sha256(quick).hexdigest() == stated:
        return True
    return checksum(data) == stated
