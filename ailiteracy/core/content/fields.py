"""Reading TOML content files and checking their fields, with file and line in every message.

A :class:`Table` wraps one TOML table: its typed getters (``str``, ``ident``,
``int``, ``bool``, ``choice``, ``tables``) report a missing or wrong field as a
:class:`~.model.Problem` and return a harmless default, so a loader reads every
field and reports every problem in one pass.
"""

from __future__ import annotations

import bisect
import builtins
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from .model import Problem
from .patterns import pattern
from .textfile import ContentTextError, read_content_text

NESTED_TOO_DEEPLY = "the file nests lists or tables too deeply to be read"


class _Read:
    """A view of a TOML table's data that remembers which keys were asked for (for code
    that reads a field itself, ``t.data.get("weight")`` or ``"discussion" in t.data``). It
    copies nothing."""

    __slots__ = ("_asked", "_raw")

    def __init__(self, raw: dict[str, Any], asked: set[str]) -> None:
        self._raw = raw
        self._asked = asked

    def get(self, key: str, default: Any = None) -> Any:
        self._asked.add(key)
        return self._raw.get(key, default)

    def __contains__(self, key: str) -> bool:
        self._asked.add(key)
        return key in self._raw


class Table:
    """A TOML table with the file and line it came from, for error messages.

    It keeps the parser's own dict (``raw``, not a copy) and the set of keys its
    getters were asked for (``asked``), which :meth:`unknown_keys` compares with the
    table's keys. A loader that reads ``raw`` itself adds the keys it read to ``asked``.
    """

    __slots__ = ("_line", "asked", "children", "ok", "path", "problems", "raw")

    def __init__(
        self, data: dict[str, Any], path: Path, line: int | _RowPlace, problems: list[Problem]
    ) -> None:
        self.raw = data
        self.asked: set[builtins.str] = set()
        self.path = path
        self._line = line
        self.problems = problems
        self.ok = True
        self.children: list[Table] = []

    @property
    def line(self) -> builtins.int:
        """The line of the file the table starts on. A ``[[header]]`` row's is found
        the first time it is needed (mostly for a problem): reading a long quiz without
        problems does not look for the lines of its thousands of tables."""
        line = self._line
        if not isinstance(line, builtins.int):
            line = self._line = _row_line(self.path, line)
        return line

    @property
    def data(self) -> _Read:
        """The table's fields; reading one through this counts it as a known key."""
        return _Read(self.raw, self.asked)

    def get(self, key: builtins.str, default: Any = None) -> Any:
        """The raw value of ``key`` (``default`` when missing), counted as a known key."""
        self.asked.add(key)
        return self.raw.get(key, default)

    def unknown_keys(self, where: builtins.str) -> None:
        """Report keys the parser never asked for: a misspelt key would silently change
        nothing (``feedbak = "end"``), so it is an error, with the nearest known key."""
        for child in self.children:
            child.unknown_keys(where)
        asked = self.asked
        if asked.issuperset(self.raw):  # the usual case, checked without a loop
            return
        known = sorted(asked)
        for key in self.raw:
            if key in asked:
                continue
            import difflib  # only for a misspelt field

            near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            self.error(f"unknown key '{key}' in {where}{hint}")

    def error(self, message: builtins.str) -> None:
        self.ok = False
        self.problems.append(Problem(self.path, self.line, message))

    def str(
        self, key: builtins.str, *, required: builtins.bool = True, default: builtins.str = ""
    ) -> builtins.str:
        self.asked.add(key)
        value = self.raw.get(key)
        if value is None:
            if required:
                self.error(f"missing '{key}'")
            return default
        if not isinstance(value, builtins.str):
            self.error(f"'{key}' must be text")
            return default
        # ``not value.strip()``, without making a copy of every text
        if required and (not value or value.isspace()):
            self.error(f"'{key}' is empty")
        return value

    def ident(self, key: builtins.str = "id") -> builtins.str:
        value = self.str(key)
        if value and not pattern("id").match(value):
            self.error(f"'{key}' {value!r} must use lower-case letters, digits and hyphens")
        return value

    def int(
        self,
        key: builtins.str,
        *,
        default: builtins.int | None = None,
        lo: builtins.int = 0,
        hi: builtins.int = 10**6,
    ) -> builtins.int:
        self.asked.add(key)
        value = self.raw.get(key, default)
        if value is None:
            self.error(f"missing '{key}'")
            return lo
        if isinstance(value, builtins.bool) or not isinstance(value, builtins.int):
            self.error(f"'{key}' must be a whole number")
            return lo
        if not lo <= value <= hi:
            self.error(f"'{key}' must be between {lo} and {hi}")
        return value

    def bool(self, key: builtins.str, *, default: builtins.bool | None = None) -> builtins.bool:
        self.asked.add(key)
        value = self.raw.get(key, default)
        if not isinstance(value, builtins.bool):
            self.error(f"'{key}' must be true or false" if key in self.raw else f"missing '{key}'")
            return False
        return value

    def choice(
        self,
        key: builtins.str,
        choices: Iterable[builtins.str],
        *,
        default: builtins.str | None = None,
    ) -> builtins.str:
        """One of ``choices`` (pass a tuple made once, not a new list for every table)."""
        allowed = choices if isinstance(choices, tuple) else tuple(choices)
        self.asked.add(key)
        value = self.raw.get(key, default)
        if value not in allowed:
            shown = ", ".join(repr(c) for c in allowed)
            self.error(f"'{key}' must be one of {shown}" if key in self.raw else f"missing '{key}'")
            return builtins.str(allowed[0])
        return builtins.str(value)

    def tables(
        self, key: builtins.str, *, header: builtins.str, required: builtins.bool = True
    ) -> list[Table]:
        self.asked.add(key)
        value = self.raw.get(key, [])
        if not isinstance(value, list) or not _all_dicts(value):
            self.error(f"'{key}' must be a list of [[{header}]] tables")
            return []
        if required and not value:
            self.error(f"needs at least one [[{header}]]")
        path, problems, place = self.path, self.problems, self._line
        out = [
            Table(row, path, (place, header, index), problems) for index, row in enumerate(value)
        ]
        self.children += out
        return out


# Where a [[header]] row is: (where its parent table is, its header, its index among the
# parent's rows). Plain tuples and numbers, so that a row refers to no other table.
_RowPlace = tuple[Any, str, int]


def _row_line(path: Path, place: int | _RowPlace) -> int:
    """The line of the row at ``place``: the rows' header lines are the ones after
    their parent table's own line, in order (the parent's line when there are too few)."""
    if isinstance(place, int):
        return place
    parent, header, index = place
    parent_line = _row_line(path, parent)
    lines = _header_lines(path, header)
    index += bisect.bisect_right(lines, parent_line)
    return lines[index] if index < len(lines) else parent_line


def _all_dicts(values: list[Any]) -> bool:
    for value in values:
        if not isinstance(value, dict):
            return False
    return True


_HEADER_CACHE: dict[tuple[Path, str], list[int]] = {}


def forget_header_lines(path: Path | None = None) -> None:
    """Forget the ``[[header]]`` lines found in ``path`` (in every file for None).

    Loaders call it before reading a file, which may have changed since.
    """
    if path is None:
        _HEADER_CACHE.clear()
        return
    for key in [k for k in _HEADER_CACHE if k[0] == path]:
        del _HEADER_CACHE[key]


def _header_lines(path: Path, header: str) -> list[int]:
    """The lines where ``[[header]]`` tables start, in order (shared: do not change it)."""
    key = (path, header)
    lines = _HEADER_CACHE.get(key)
    if lines is None:
        try:
            text = read_content_text(path)
        except (OSError, ContentTextError):
            text = ""
        for name, numbers in _table_headers(text).items():
            _HEADER_CACHE[(path, name)] = numbers
        lines = _HEADER_CACHE.setdefault(key, [])
    return lines


# Line breaks of str.splitlines() besides a line feed and a carriage return.
_RARE_LINE_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def _table_headers(text: str) -> dict[str, list[int]]:
    """The line numbers (from 1) of the ``[[name]]`` header lines of ``text``, by name.

    Lines as ``str.splitlines`` counts them. A text whose only line breaks are line
    feeds (or carriage return and line feed) is searched whole for "[[", which is
    faster than matching line by line.
    """
    found: dict[str, list[int]] = {}
    if text.count("\r") != text.count("\r\n") or any(c in text for c in _RARE_LINE_BREAKS):
        table_header = pattern("table_header")
        for number, line in enumerate(text.splitlines(), start=1):
            match = table_header.match(line) if "[[" in line else None  # a quick filter
            if match:
                found.setdefault(match.group(1), []).append(number)
        return found
    number, counted = 1, 0
    for match in pattern("table_header_anywhere").finditer(text):  # finds "[[" fast
        start = match.start()
        line_start = text.rfind("\n", 0, start) + 1
        if line_start != start and not text[line_start:start].isspace():
            continue  # not at the start of its line, as in x = [[1, 2]]
        number += text.count("\n", counted, start)
        counted = start
        found.setdefault(match.group(1), []).append(number)
    return found




def read_toml(
    path: Path, problems: list[Problem], text: str | None = None, offset: int = 0
) -> dict[str, Any] | None:
    """The TOML in ``path`` (or in ``text``, found at line ``offset + 1`` of ``path``).

    None when it cannot be read; the reason is appended to ``problems``.
    """
    parser = _toml_parser()  # here: a start that finds its content cached reads no TOML
    try:
        if text is None:
            text = read_content_text(path)
        data: dict[str, Any] = parser.loads(text)
        return data
    except ContentTextError as exc:
        problems.append(Problem(path, exc.line, str(exc)))
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot read file: {exc.strerror or exc}"))
    except RecursionError:
        problems.append(Problem(path, 1 + offset, NESTED_TOO_DEEPLY))
    except parser.TOMLDecodeError as exc:
        problems.append(_syntax_problem(path, exc, offset))
    return None


def _toml_parser() -> ModuleType:
    """tomli, the parser the standard library's tomllib was taken from: its compiled
    build reads a large quiz about three times faster. tomllib where tomli is missing;
    both give the same results and the same error messages."""
    try:
        import tomli

        return tomli
    except ImportError:
        import tomllib

        return tomllib


def _syntax_problem(path: Path, exc: ValueError, offset: int) -> Problem:
    msg = str(exc)
    match = pattern("toml_position").search(msg)
    line = int(match.group(1)) + offset if match else 1 + offset
    clean = pattern("toml_position").sub("", msg)
    if clean.startswith("Illegal character '\\n'"):
        clean = (
            "a text in quotes is not closed before the end of the line: add the closing "
            'quote, or put text that runs over several lines between """ and """'
        )
    elif clean.startswith("Invalid statement") or clean.startswith("Expected"):
        clean = f"TOML syntax error: {clean}"
    return Problem(path, line, clean)


def unique(tables: Sequence[Table], key: str, what: str) -> list[Table]:
    """``tables`` without those repeating an earlier one's ``key`` (reported as duplicates)."""
    seen: set[str] = set()
    out = []
    for table in tables:
        value = table.get(key)
        if isinstance(value, str) and value in seen:
            table.error(f"duplicate {what} id {value!r}")
            continue
        if isinstance(value, str):
            seen.add(value)
        out.append(table)
    return out
