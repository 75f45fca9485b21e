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


class _Read(dict[str, Any]):
    """A TOML table that remembers which keys the parser asked for."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.asked: set[object] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.asked.add(key)
        return super().__contains__(key)


class Table:
    """A TOML table with the file and line it came from, for error messages."""

    def __init__(
        self, data: dict[str, Any], path: Path, line: int, problems: list[Problem]
    ) -> None:
        self.data = _Read(data)
        self.path = path
        self.line = line
        self.problems = problems
        self.ok = True
        self.children: list[Table] = []

    def unknown_keys(self, where: builtins.str) -> None:
        """Report keys the parser never asked for: a misspelt key would silently change
        nothing (``feedbak = "end"``), so it is an error, with the nearest known key."""
        for child in self.children:
            child.unknown_keys(where)
        known = sorted(k for k in self.data.asked if isinstance(k, builtins.str))
        for key in self.data:
            if key in self.data.asked:
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
        value = self.data.get(key)
        if value is None:
            if required:
                self.error(f"missing '{key}'")
            return default
        if not isinstance(value, builtins.str):
            self.error(f"'{key}' must be text")
            return default
        if required and not value.strip():
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
        value = self.data.get(key, default)
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
        value = self.data.get(key, default)
        if not isinstance(value, builtins.bool):
            self.error(f"'{key}' must be true or false" if key in self.data else f"missing '{key}'")
            return False
        return value

    def choice(
        self,
        key: builtins.str,
        choices: Iterable[builtins.str],
        *,
        default: builtins.str | None = None,
    ) -> builtins.str:
        allowed = list(choices)
        value = self.data.get(key, default)
        if value not in allowed:
            shown = ", ".join(repr(c) for c in allowed)
            self.error(
                f"'{key}' must be one of {shown}" if key in self.data else f"missing '{key}'"
            )
            return allowed[0]
        return builtins.str(value)

    def tables(
        self, key: builtins.str, *, header: builtins.str, required: builtins.bool = True
    ) -> list[Table]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(f"'{key}' must be a list of [[{header}]] tables")
            return []
        if required and not value:
            self.error(f"needs at least one [[{header}]]")
        # The rows' header lines are the ones after this table's own line, in order.
        lines = _header_lines(self.path, header)
        first = bisect.bisect_right(lines, self.line)
        out = []
        for index, row in enumerate(value, start=first):
            line = lines[index] if index < len(lines) else self.line
            out.append(Table(row, self.path, line, self.problems))
        self.children.extend(out)
        return out


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
    if key not in _HEADER_CACHE:
        try:
            text = read_content_text(path)
        except (OSError, ContentTextError):
            text = ""
        table_header = pattern("table_header")
        for number, line in enumerate(text.splitlines(), start=1):
            match = table_header.match(line) if "[[" in line else None  # a quick filter
            if match:
                _HEADER_CACHE.setdefault((path, match.group(1)), []).append(number)
        _HEADER_CACHE.setdefault(key, [])
    return _HEADER_CACHE[key]


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
        value = table.data.get(key)
        if isinstance(value, str) and value in seen:
            table.error(f"duplicate {what} id {value!r}")
            continue
        if isinstance(value, str):
            seen.add(value)
        out.append(table)
    return out
