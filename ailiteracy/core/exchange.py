"""Exchanged files: the one way every file the app hands on or takes in is checked.

Assignments, results and progress files all travel the same path:

1. :func:`read_exchange_file`: :func:`fileformat.read_file` reads an ordinary file of
   at most :attr:`FileSpec.max_bytes` (not a folder, pipe or device);
2. :func:`parse_envelope`: UTF-8 JSON object, ``format``, ``version`` and the SHA-256
   ``checksum`` of its canonical JSON, in that order;
3. the kind's own field checks, with :class:`Fields` (``assignments.py``,
   ``results.py``, ``transfer.py``).

A kind read in bulk (a school's results files) may first try :func:`open_typed`:
msgspec decodes the file straight into typed objects, checking types and ranges in
C, and the checksum is taken over them. It only ever accepts a file the path above
accepts, with the same contents; for anything else it returns None and the path
above decides, so every refusal stays exactly as described.

Every refusal is a :class:`FileFormatError` whose ``kind`` is a
:class:`fileformat.FormatErrorKind`, with data for the interface (the ``field`` that
is wrong, the ``limit`` that was passed). Core keeps no sentences: the interface says
what each kind means for each kind of file (``ui/errors.py``). ``detail`` is a short
technical note for logs and tests, except for UNREADABLE, where it is the system's
reason.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from .content import ID_RE
from .fileformat import FileRefused, FormatErrorKind, checksum, checksum_matches, read_file

HEX32_RE = re.compile(r"^[0-9a-f]{32}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")

MAX_TEXT = 10_000  # longest title, class name, message or learner name accepted
MAX_ID = 200  # longest id accepted (module, question, attempt or learner id)


@dataclass(frozen=True)
class FileSpec:
    """One kind of exchanged file: what its ``format`` field says, the newest version
    this app reads and writes, the largest size accepted, and its file name ending."""

    format: str
    version: int
    max_bytes: int
    suffix: str


class FileFormatError(ValueError):
    """An exchanged file was refused; ``kind`` says why.

    ``field`` names the field that is wrong (MALFORMED, where known), ``limit`` the size
    limit that was passed (TOO_LARGE), ``detail`` is a short technical note.
    """

    def __init__(
        self, kind: FormatErrorKind, detail: str = "", *, field: str = "", limit: int = 0
    ) -> None:
        self.kind = kind
        self.detail = detail
        self.field = field
        self.limit = limit
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)


def malformed(detail: str, field: str = "") -> FileFormatError:
    return FileFormatError(FormatErrorKind.MALFORMED, detail, field=field)


def dump_file(data: dict[str, Any], *, indent: int | None = 2) -> bytes:
    """Add the checksum and write ``data`` as UTF-8 JSON (indented unless ``indent`` is None)."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    body["checksum"] = checksum(body)
    text = json.dumps(body, ensure_ascii=False, indent=indent, allow_nan=False)
    return (text + "\n").encode("utf-8")


# --------------------------------------------------------------------------- reading


def read_exchange_file(path: Path, spec: FileSpec) -> bytes:
    """The bytes of an exchanged file, read with :func:`fileformat.read_file`.

    Raises:
        FileFormatError: NOT_A_FILE, TOO_LARGE (with the limit), or UNREADABLE (with
            the system's reason as detail) for a file that cannot be opened or read.
    """
    try:
        return read_file(path, spec.max_bytes)
    except FileRefused as exc:
        raise FileFormatError(exc.kind, str(exc), limit=exc.limit) from exc
    except OSError as exc:
        raise FileFormatError(FormatErrorKind.UNREADABLE, exc.strerror or str(exc)) from exc


def open_exchange_file(path: Path, spec: FileSpec) -> dict[str, Any]:
    """Steps 1 and 2 of the path: read the file and check its envelope."""
    return parse_envelope(read_exchange_file(path, spec), spec)


def parse_envelope(data: bytes, spec: FileSpec) -> dict[str, Any]:
    """Open one of our files: size, JSON, format, version and checksum, in that order.

    Raises:
        FileFormatError: with the kind that explains the refusal.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise malformed("not bytes")
    data = bytes(data)
    if len(data) > spec.max_bytes:
        raise FileFormatError(
            FormatErrorKind.TOO_LARGE,
            f"{len(data)} bytes; at most {spec.max_bytes} expected",
            limit=spec.max_bytes,
        )
    obj, constants = _json_object(data, spec.format)
    _check_version(obj, spec.version)
    _check_checksum(obj, exact=constants)
    return obj


def _json_object(data: bytes, fmt: str) -> tuple[dict[str, Any], bool]:
    """The JSON object ``data`` holds, if it names ``fmt``; also whether it spells
    NaN or Infinity (then only the full checksum is exact)."""
    constants: list[str] = []

    def constant(name: str) -> float:
        constants.append(name)
        return float(name)

    try:
        obj = json.loads(data.decode("utf-8-sig"), parse_constant=constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # A file of ours that was cut short or had bytes changed still names its format.
        if not data.strip() or f'"{fmt}"'.encode() in data:
            raise FileFormatError(FormatErrorKind.DAMAGED, "not complete JSON") from exc
        raise FileFormatError(FormatErrorKind.NOT_THIS_KIND, "not JSON") from exc
    if not isinstance(obj, dict) or obj.get("format") != fmt:
        found = obj.get("format") if isinstance(obj, dict) else None
        detail = f"format is {found!r}" if isinstance(found, str) else "no 'format' field"
        raise FileFormatError(FormatErrorKind.NOT_THIS_KIND, f"{detail}; expected {fmt!r}")
    return obj, bool(constants)


def _check_version(obj: dict[str, Any], newest: int) -> None:
    found = obj.get("version")
    if isinstance(found, bool) or not isinstance(found, int) or found < 1:
        raise malformed("'version' must be a whole number", "version")
    if found > newest:
        raise FileFormatError(
            FormatErrorKind.TOO_NEW, f"version {found}; this app reads up to {newest}"
        )


def _check_checksum(obj: dict[str, Any], *, exact: bool) -> None:
    stored = obj.get("checksum")
    if not isinstance(stored, str) or not SHA256_RE.match(stored):
        raise malformed("missing or invalid 'checksum'", "checksum")
    try:
        matches = checksum(obj) == stored if exact else checksum_matches(obj, stored)
    except ValueError as exc:  # NaN or infinity smuggled in
        raise malformed("numbers out of range") from exc
    if not matches:
        raise FileFormatError(FormatErrorKind.DAMAGED, "checksum does not match the contents")


class Envelope(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The envelope of a kind's typed form for :func:`open_typed`: subclass it with
    the kind's other fields.

    Every field of the file must have a place in the typed form (unknown fields are
    refused there, so that the checksum is taken over all of them), and nothing may be
    converted on the way (an integer stays an integer, a time stays text): the typed
    form must write back exactly what the file holds. A field that may be missing
    defaults to ``msgspec.UNSET``, which is left out when written.
    """

    format: str
    version: int
    checksum: str | msgspec.UnsetType = msgspec.UNSET


E = TypeVar("E", bound=Envelope)
_BOM = b"\xef\xbb\xbf"
_SORTED = msgspec.json.Encoder(order="sorted")


def open_typed(data: bytes, spec: FileSpec, decoder: msgspec.json.Decoder[E]) -> E | None:
    """The file decoded by ``decoder`` into its typed form, when :func:`parse_envelope`
    would take it as it is; otherwise None, and :func:`parse_envelope` says why not.

    msgspec refuses everything the standard library's JSON reader refuses, and more
    (NaN, lone surrogates, fields the typed form does not know, wrong types or
    ranges): those files take the full path. The checksum is taken over the typed
    form written back with msgspec, as :func:`fileformat.checksum_matches` does.
    """
    if type(data) is not bytes or len(data) > spec.max_bytes:
        return None
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        doc = decoder.decode(data)
    except (msgspec.DecodeError, RecursionError):
        return None
    stated = doc.checksum
    if (
        doc.format != spec.format
        or not 1 <= doc.version <= spec.version
        or not isinstance(stated, str)
        or not SHA256_RE.match(stated)
    ):
        return None
    import hashlib  # here, not at the top: loading OpenSSL costs start-up time

    doc.checksum = msgspec.UNSET
    try:
        body = _SORTED.encode(doc)
    except (TypeError, ValueError, OverflowError, msgspec.EncodeError):
        return None
    finally:
        doc.checksum = stated
    return doc if hashlib.sha256(body).hexdigest() == stated else None


# --------------------------------------------------------------------------- fields


def as_utc(moment: _dt.datetime) -> _dt.datetime:
    """``moment`` as an aware UTC time (a time without a zone is taken as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=_dt.UTC)
    return moment.astimezone(_dt.UTC)


class Fields:
    """Checked access to the fields of a JSON object; a bad field raises MALFORMED
    with the field's place (``items[0].module``) as ``field``."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise malformed(f"{where} must be an object", where)
        self.data: dict[str, Any] = data
        self.where = where

    def bad(self, key: str, what: str) -> FileFormatError:
        place = f"{self.where}.{key}"
        return malformed(f"{place} must be {what}", place)

    def text(self, key: str, *, empty: bool = True, limit: int = MAX_TEXT) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or len(value) > limit or (not empty and not value.strip()):
            raise self.bad(key, "text" if empty else "non-empty text")
        return value

    def ident(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or len(value) > MAX_ID or not ID_RE.match(value):
            raise self.bad(key, "an id (lower-case letters, digits, hyphens)")
        return value

    def hex_id(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not HEX32_RE.match(value):
            raise self.bad(key, "32 hexadecimal digits")
        return value

    def integer(self, key: str, lo: int, hi: int, *, optional: bool = False) -> int | None:
        """A whole number from ``lo`` to ``hi`` (or None, when ``optional``, for none)."""
        value = self.data.get(key)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise self.bad(key, f"a whole number from {lo} to {hi}")
        return value

    def number(self, key: str, lo: float, hi: float) -> float:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
            raise self.bad(key, f"a number from {lo} to {hi}")
        return float(value)

    def boolean(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self.bad(key, "true or false")
        return value

    def moment(self, key: str) -> _dt.datetime:
        value = self.data.get(key)
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return as_utc(_dt.datetime.fromisoformat(value))
        except ValueError as exc:
            raise self.bad(key, "an ISO date and time") from exc

    def day(self, key: str) -> _dt.date:
        value = self.data.get(key)
        try:
            if not isinstance(value, str) or not DATE_RE.match(value):
                raise ValueError(value)
            return _dt.date.fromisoformat(value)
        except ValueError as exc:
            raise self.bad(key, "a date written YYYY-MM-DD") from exc

    def array(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self.bad(key, "a list")
        return value
