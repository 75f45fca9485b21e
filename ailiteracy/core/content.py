"""Loading and validating content: modules, lessons, quizzes, glossary and timeline.

A content root holds one folder per locale; each locale folder holds module
folders (``module.toml``, ``lessons/*.md``, ``quiz.toml``), a ``glossary/`` folder
and an optional ``timeline.toml``. The format is described in
``docs/content-format.md``.

Loading never raises on bad content: every problem becomes a :class:`Problem`
with a path and a line, and every valid module is still loaded.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import difflib
import enum
import functools
import math
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fileformat import read_file, read_text

FORMAT_VERSION = 1
DEFAULT_LOCALE = "en"
CONTENT_MAX_BYTES = 16 * 1024 * 1024  # per file: lessons and quizzes are far smaller
NESTED_TOO_DEEPLY = "the file nests lists or tables too deeply to be read"

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FRONT_MATTER = "+++"
HEADING_RE = re.compile(r"^(#{2,6})\s+(.*?)\s*(\{[^}]*\})?\s*$")
ANCHOR_IN_ATTR_RE = re.compile(r"#([A-Za-z0-9_-]+)")
FOOTNOTE_REF_RE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
FOOTNOTE_DEF_RE = re.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")
URL_IN_ANGLE_RE = re.compile(r"<(https?://[^>\s]+)>|\]\((https?://[^)\s]+)\)")
FACT_RE = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)(?![\d])|\d\s?[%％]")
CARDS = frozenset({"sift"})  # printable cards the app can make: [text](card:sift)
LINK_RE = re.compile(r"\]\(((?:glossary|lesson|card):[^)\s]+)\)")
IMAGE_RE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
# Link and image targets: inline ``[text](target)`` and reference ``[name]: target``.
LINK_TARGET_RE = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)")
REFERENCE_DEF_RE = re.compile(r"^\s{0,3}\[[^\]^][^\]]*\]:\s*<?([^\s>]+)")
ADMONITION_RE = re.compile(r"^!!!\s+([A-Za-z-]+)")
ID_LINE_RE = re.compile(r"""^\s*id\s*=\s*["']([^"']*)["']""")
TABLE_HEADER_RE = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.]+)\s*\]\]")

MORE_ANCHOR = "more-detail"  # "## More detail {#more-detail}" starts a lesson's optional part
ADMONITION_TYPES = frozenset({"note", "tip", "warning", "example", "check", "summary"})


class QuestionType(enum.StrEnum):
    """The kinds of quiz question the app knows."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUEFALSE = "truefalse"
    CLAIM = "claim"
    ORDER = "order"
    MATCH = "match"
    SPOT = "spot"
    SHORT = "short"
    NUMERICAL = "numerical"


class Verdict(enum.StrEnum):
    """A learner's or an author's judgement of one claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_CHECKABLE = "not-checkable"


class FeedbackMode(enum.StrEnum):
    """When a module's quiz shows feedback."""

    EACH = "each"
    END = "end"


EVENT_KINDS = (
    "principles",
    "law",
    "declaration",
    "initiative",
    "resolution",
    "treaty",
    "position-paper",
    "institution",
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{display_path(self.path)}:{self.line}: {self.message}"


def display_path(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(path)


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool
    feedback: str
    weight: int | None = None


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str
    text: str


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    verdict: Verdict
    source: str | None
    explanation: str


@dataclass(frozen=True)
class Item:
    id: str
    text: str


@dataclass(frozen=True)
class Pair:
    id: str
    left: str
    right: str


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str
    wrong: bool
    feedback: str


@dataclass(frozen=True)
class ShortAnswer:
    text: str
    feedback: str
    weight: int = 100  # percent of the marks this answer earns (Moodle's partial credit)


@dataclass(frozen=True)
class NumericAnswer:
    """An accepted number: ``value`` plus or minus ``tolerance`` earns ``weight`` percent."""

    value: float
    tolerance: float = 0.0
    weight: int = 100
    feedback: str = ""

    def accepts(self, number: float) -> bool:
        slack = 1e-9 * max(1.0, abs(self.value))  # so that 3.1415 +- 0.0005 takes 3.142
        return abs(number - self.value) <= self.tolerance + slack


@dataclass(frozen=True)
class Question:
    """One quiz question; the fields used depend on ``type``."""

    id: str
    type: QuestionType
    prompt: str
    explanation: str
    section: str
    confidence: bool = False
    options: tuple[Option, ...] = ()
    answer: bool | None = None
    feedback_true: str = ""
    feedback_false: str = ""
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    items: tuple[Item, ...] = ()
    pairs: tuple[Pair, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    answers: tuple[ShortAnswer, ...] = ()
    feedback_wrong: str = ""
    category: str = ""
    numbers: tuple[NumericAnswer, ...] = ()

    @property
    def lesson_id(self) -> str:
        return self.section.partition("#")[0]

    @property
    def anchor(self) -> str:
        return self.section.partition("#")[2]


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    line: int


@dataclass(frozen=True)
class Lesson:
    """A lesson: metadata plus its Markdown body (without the header)."""

    id: str
    title: str
    minutes: int
    objectives: tuple[str, ...]
    path: Path
    body: str
    body_line: int
    sections: tuple[Section, ...]
    html: str = ""  # pre-rendered body (kept in memory)
    html_file: str = ""  # or a file holding it, written by the content cache builder
    checked: _dt.date | None = None  # when an author last checked its facts

    def cached_html(self) -> str:
        """The pre-rendered body, or "" when there is none (render ``body`` then)."""
        if self.html or not self.html_file:
            return self.html
        try:
            return read_text(self.html_file, CONTENT_MAX_BYTES)
        except (OSError, UnicodeDecodeError):
            return ""

    @property
    def anchors(self) -> frozenset[str]:
        return frozenset(s.anchor for s in self.sections)

    @property
    def has_more(self) -> bool:
        """Whether the lesson has an optional "more detail" part (a ``{#more-detail}`` section)."""
        return MORE_ANCHOR in self.anchors

    @property
    def more_anchors(self) -> frozenset[str]:
        """Anchors of the sections in the "more detail" part (from it to the end)."""
        names = [s.anchor for s in self.sections]
        return frozenset(names[names.index(MORE_ANCHOR) :]) if self.has_more else frozenset()

    def core_body(self) -> str:
        """The body without its "more detail" part; footnote texts are kept."""
        if not self.has_more:
            return self.body
        lines = self.body.splitlines()
        start = next(
            i
            for i, line in enumerate(lines)
            if (m := HEADING_RE.match(line))
            and len(m.group(1)) == 2
            and (a := ANCHOR_IN_ATTR_RE.search(m.group(3) or ""))
            and a.group(1) == MORE_ANCHOR
        )
        notes = [line for line in lines[start:] if FOOTNOTE_DEF_RE.match(line)]
        return "\n".join(lines[:start] + [""] + notes)


@dataclass(frozen=True)
class Module:
    """A module with its lessons and quiz, in one locale."""

    id: str
    locale: str
    title: str
    summary: str
    order: int
    minutes: int
    pass_mark: int
    feedback: FeedbackMode
    confidence: bool
    lessons: tuple[Lesson, ...]
    questions: tuple[Question, ...]
    path: Path
    fallback: bool = False
    valid: bool = True
    tasks: tuple[_miniweb.Task, ...] = ()  # mini-web practice tasks (practice.toml)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def question(self, question_id: str) -> Question | None:
        return self._questions_by_id.get(question_id)

    @functools.cached_property
    def _questions_by_id(self) -> dict[str, Question]:
        # Built once, so looking up every question of a long quiz stays linear.
        by_id: dict[str, Question] = {}
        for q in self.questions:
            by_id.setdefault(q.id, q)
        return by_id


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: str
    definition: str
    lesson: str
    path: Path


@dataclass(frozen=True)
class TimelineEvent:
    id: str
    date: _dt.date
    precision: str
    title: str
    body: str
    kind: str
    summary: str
    lesson: str
    source: str


@dataclass
class Catalog:
    """Everything loaded for one locale, plus the problems found on the way."""

    locale: str
    modules: list[Module] = field(default_factory=list)
    invalid_modules: list[Module] = field(default_factory=list)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    timeline: list[TimelineEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)


# --------------------------------------------------------------------------- helpers


class _Read(dict):
    """A TOML table that remembers which keys the parser asked for."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.asked: set[str] = set()

    def get(self, key: Any, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: Any) -> Any:
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.asked.add(key)
        return super().__contains__(key)


class _Table:
    """A TOML table with the file and line it came from, for error messages."""

    def __init__(self, data: dict[str, Any], path: Path, line: int, problems: list[Problem]):
        self.data = _Read(data)
        self.path = path
        self.line = line
        self.problems = problems
        self.ok = True
        self.children: list[_Table] = []

    def unknown_keys(self, where: str) -> None:
        """Report keys the parser never asked for: a misspelt key would silently change
        nothing (``feedbak = "end"``), so it is an error, with the nearest known key."""
        for child in self.children:
            child.unknown_keys(where)
        known = sorted(k for k in self.data.asked if isinstance(k, str))
        for key in self.data:
            if key in self.data.asked:
                continue
            near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            self.error(f"unknown key '{key}' in {where}{hint}")

    def error(self, message: str) -> None:
        self.ok = False
        self.problems.append(Problem(self.path, self.line, message))

    def str(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                self.error(f"missing '{key}'")
            return default
        if not isinstance(value, str):
            self.error(f"'{key}' must be text")
            return default
        if required and not value.strip():
            self.error(f"'{key}' is empty")
        return value

    def ident(self, key: str = "id") -> str:
        value = self.str(key)
        if value and not ID_RE.match(value):
            self.error(f"'{key}' {value!r} must use lower-case letters, digits and hyphens")
        return value

    def int(self, key: str, *, default: int | None = None, lo: int = 0, hi: int = 10**6) -> int:
        value = self.data.get(key, default)
        if value is None:
            self.error(f"missing '{key}'")
            return lo
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(f"'{key}' must be a whole number")
            return lo
        if not lo <= value <= hi:
            self.error(f"'{key}' must be between {lo} and {hi}")
        return value

    def bool(self, key: str, *, default: bool | None = None) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.error(f"'{key}' must be true or false" if key in self.data else f"missing '{key}'")
            return False
        return value

    def choice(self, key: str, choices: Iterable[str], *, default: str | None = None) -> str:
        allowed = list(choices)
        value = self.data.get(key, default)
        if value not in allowed:
            shown = ", ".join(repr(c) for c in allowed)
            self.error(
                f"'{key}' must be one of {shown}" if key in self.data else f"missing '{key}'"
            )
            return allowed[0]
        return str(value)

    def tables(self, key: str, *, header: str, required: bool = True) -> list[_Table]:
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
            out.append(_Table(row, self.path, line, self.problems))
        self.children.extend(out)
        return out


_HEADER_CACHE: dict[tuple[Path, str], list[int]] = {}

SAVE_AS_UTF8 = (
    "save it as UTF-8 (Notepad: File > Save as, Encoding: UTF-8; "
    "LibreOffice: Save as > Text, character set Unicode (UTF-8))"
)


class ContentTextError(ValueError):
    """A content file that is not UTF-8 text; the message names the encoding and the fix."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


def read_content_text(path: Path) -> str:
    """A content file's text. UTF-8, with or without a BOM (Notepad writes one).

    Raises:
        ContentTextError: the file is UTF-16 or UTF-32 (Word and "Unicode" in
            Notepad), or another encoding such as Windows-1252.
        OSError: it cannot be read.
    """
    data = read_file(path, CONTENT_MAX_BYTES)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and b"\x00" in data[:200]):
        raise ContentTextError(
            f'the file is saved as UTF-16 ("Unicode"), not UTF-8; {SAVE_AS_UTF8}'
        )
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            sample = data[exc.start : exc.start + 1].decode("cp1252")
            guess = f"it looks like Windows-1252 ('{sample}' on this line)"
        except UnicodeDecodeError:
            guess = "its encoding is unknown"
        raise ContentTextError(
            f"the file is not UTF-8 text: {guess}; {SAVE_AS_UTF8}", line
        ) from None


def _header_lines(path: Path, header: str) -> list[int]:
    """The lines where ``[[header]]`` tables start, in order (shared: do not change it)."""
    key = (path, header)
    if key not in _HEADER_CACHE:
        try:
            text = read_content_text(path)
        except (OSError, ContentTextError):
            text = ""
        for number, line in enumerate(text.splitlines(), start=1):
            match = TABLE_HEADER_RE.match(line)
            if match:
                _HEADER_CACHE.setdefault((path, match.group(1)), []).append(number)
        _HEADER_CACHE.setdefault(key, [])
    return _HEADER_CACHE[key]


def _read_toml(path: Path, problems: list[Problem], text: str | None = None, offset: int = 0):
    try:
        if text is None:
            text = read_content_text(path)
        return tomllib.loads(text)
    except ContentTextError as exc:
        problems.append(Problem(path, exc.line, str(exc)))
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot read file: {exc.strerror or exc}"))
    except RecursionError:
        problems.append(Problem(path, 1 + offset, NESTED_TOO_DEEPLY))
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        match = re.search(r"\(at line (\d+), column \d+\)", msg)
        line = int(match.group(1)) + offset if match else 1 + offset
        clean = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)
        if clean.startswith("Illegal character '\\n'"):
            clean = (
                "a text in quotes is not closed before the end of the line: add the closing "
                'quote, or put text that runs over several lines between """ and """'
            )
        elif clean.startswith("Invalid statement") or clean.startswith("Expected"):
            clean = f"TOML syntax error: {clean}"
        problems.append(Problem(path, line, clean))
    return None


def _unique(tables: Sequence[_Table], key: str, what: str) -> list[_Table]:
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


# --------------------------------------------------------------------------- lessons


def parse_lesson(path: Path, problems: list[Problem]) -> Lesson | None:
    """Parse one lesson file; append problems and return None when unusable."""
    try:
        text = read_content_text(path)
    except ContentTextError as exc:
        problems.append(Problem(path, exc.line, str(exc)))
        return None
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot read file: {exc.strerror or exc}"))
        return None
    lines = text.splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER:
        problems.append(Problem(path, 1, f"lesson must start with a '{FRONT_MATTER}' header line"))
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER)
    except StopIteration:
        problems.append(Problem(path, 1, f"lesson header is not closed with '{FRONT_MATTER}'"))
        return None
    meta = _read_toml(path, problems, "\n".join(lines[1:end]), offset=1)
    if meta is None:
        return None
    header = _Table(meta, path, 1, problems)
    lesson_id = header.ident()
    title = header.str("title")
    minutes = header.int("minutes", lo=1, hi=120)
    objectives = header.data.get("objectives", [])
    if not isinstance(objectives, list) or not all(isinstance(o, str) for o in objectives):
        header.error("'objectives' must be a list of text")
        objectives = []
    elif not objectives:
        header.error("'objectives' needs at least one learning objective")
    checked = header.data.get("checked")
    if checked is not None and (
        not isinstance(checked, _dt.date) or isinstance(checked, _dt.datetime)
    ):
        header.error("'checked' must be a date without quotes, like 2026-11-30")
        checked = None
    body_line = end + 2
    body = "\n".join(lines[end + 1 :])
    sections = _check_body(path, lines, end + 1, problems)
    header.unknown_keys("the lesson header")
    if not header.ok:
        return None
    return Lesson(
        id=lesson_id,
        title=title,
        minutes=minutes,
        objectives=tuple(objectives),
        path=path,
        body=body,
        body_line=body_line,
        sections=tuple(sections),
        checked=checked,
    )


STALE_AFTER_DAYS = 365


def stale_lessons(modules: Sequence[Module], today: _dt.date) -> list[Problem]:
    """Warnings (not errors) for lessons never checked, or last checked over a year ago."""
    warnings = []
    for module in modules:
        for lesson in module.lessons:
            if lesson.checked is None:
                warnings.append(Problem(lesson.path, 1, "no 'checked' date in the lesson header"))
            elif (today - lesson.checked).days > STALE_AFTER_DAYS:
                warnings.append(
                    Problem(
                        lesson.path,
                        1,
                        f"facts last checked {lesson.checked.isoformat()}, over a year ago",
                    )
                )
    return warnings


def _check_body(path: Path, lines: list[str], start: int, problems: list[Problem]):
    """Check headings, citations, callouts and images; return the sections."""
    sections: list[Section] = []
    footnote_defs: dict[str, tuple[int, str]] = {}
    refs_by_section: list[tuple[int, str, set[str], bool]] = []
    current_refs: set[str] = set()
    current_fact = False
    current_line = start + 1
    current_title = ""
    in_fence = False
    has_summary = False
    for index in range(start, len(lines)):
        number = index + 1
        line = lines[index]
        if line.strip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        defn = FOOTNOTE_DEF_RE.match(line)
        if defn:
            footnote_defs[defn.group(1)] = (number, defn.group(2))
            continue
        heading = HEADING_RE.match(line)
        if heading:
            level = len(heading.group(1))
            if level == 2:
                refs_by_section.append((current_line, current_title, current_refs, current_fact))
                current_refs, current_fact = set(), False
                current_line, current_title = number, heading.group(2)
                attrs = heading.group(3) or ""
                anchor = ANCHOR_IN_ATTR_RE.search(attrs)
                if not anchor:
                    problems.append(
                        Problem(
                            path, number, "section heading needs an anchor: '## Title {#anchor}'"
                        )
                    )
                    continue
                if any(s.anchor == anchor.group(1) for s in sections):
                    problems.append(Problem(path, number, f"duplicate anchor '#{anchor.group(1)}'"))
                sections.append(Section(anchor.group(1), heading.group(2), number))
            continue
        adm = ADMONITION_RE.match(line)
        if adm:
            kind = adm.group(1)
            if kind not in ADMONITION_TYPES:
                allowed = ", ".join(sorted(ADMONITION_TYPES))
                problems.append(
                    Problem(path, number, f"unknown callout type '{kind}' (use one of {allowed})")
                )
            has_summary = has_summary or kind == "summary"
        current_refs.update(FOOTNOTE_REF_RE.findall(line))
        if FACT_RE.search(_strip_links(line)):
            current_fact = True
        module_folder = path.parent.parent
        for target in IMAGE_RE.findall(line):
            if "://" in target:
                problems.append(Problem(path, number, "images must be files in the module folder"))
            elif (found := local_file(module_folder, target)) is None:
                problems.append(Problem(path, number, _outside_message("image", target)))
            elif not found.is_file():
                problems.append(Problem(path, number, f"image not found: {target}"))
        for target in LINK_TARGET_RE.findall(line) + REFERENCE_DEF_RE.findall(line):
            if _is_local(target) and local_file(module_folder, target) is None:
                problems.append(Problem(path, number, _outside_message("link", target)))
    refs_by_section.append((current_line, current_title, current_refs, current_fact))
    all_refs: set[str] = set()
    for line_no, title, refs, fact in refs_by_section:
        all_refs |= refs
        if fact and not refs:
            where = f"section '{title}'" if title else "the introduction"
            problems.append(
                Problem(path, line_no, f"{where} states dates or figures but cites no source [^n]")
            )
        for ref in sorted(refs - footnote_defs.keys()):
            problems.append(Problem(path, line_no, f"citation [^{ref}] has no footnote text"))
    for name, (line_no, text) in footnote_defs.items():
        if not URL_IN_ANGLE_RE.search(text):
            problems.append(
                Problem(path, line_no, f"footnote [^{name}] has no link: add <https://...>")
            )
        if name not in all_refs:
            problems.append(Problem(path, line_no, f"footnote [^{name}] is never cited"))
    if not has_summary:
        problems.append(Problem(path, len(lines), "lesson needs a '!!! summary' box at the end"))
    if not sections:
        problems.append(Problem(path, start + 1, "lesson has no '##' sections"))
    return sections


def _is_local(target: str) -> bool:
    """Whether a link target names a file rather than a web page, an email address, a
    lesson, a glossary term, a printable card or a place in the same page."""
    return not (
        target.startswith("#") or re.match(r"^(https?|mailto|glossary|lesson|card):", target, re.I)
    )


def _outside_message(what: str, target: str) -> str:
    return (
        f"{what} {target!r} points outside the module folder: use a path inside it, "
        "like images/picture.png"
    )


def local_file(module_folder: Path, target: str) -> Path | None:
    """The file a lesson's local reference ``target`` names, or None when it is not
    allowed: an absolute path, a ``file:`` or other URL, a drive or a network path, or
    a path that leads (also through ``..`` or a link) out of the module folder.

    Lessons may only read their own module's files, so content from a USB stick cannot
    make the app read anything else on the computer.
    """
    from urllib.parse import unquote

    target = unquote(target.partition("#")[0].partition("?")[0])
    if (
        not target
        or "\x00" in target
        or target.startswith(("/", "\\"))
        or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", target)  # a scheme, or a drive like C:
    ):
        return None
    try:
        root = module_folder.resolve()
        resolved = (root / target.replace("\\", "/")).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if resolved == root or not resolved.is_relative_to(root):
        return None
    return resolved


def _strip_links(line: str) -> str:
    """Remove URLs and footnote markers so dates inside links are not counted as facts."""
    line = re.sub(r"<https?://[^>]+>", "", line)
    line = re.sub(r"\]\([^)]*\)", "]", line)
    return FOOTNOTE_REF_RE.sub("", line)


def lesson_links(lesson: Lesson) -> list[tuple[int, str]]:
    """``glossary:`` and ``lesson:`` links in a lesson, with their line numbers."""
    out = []
    for offset, line in enumerate(lesson.body.splitlines()):
        for target in LINK_RE.findall(line):
            out.append((lesson.body_line + offset, target))
    return out


# --------------------------------------------------------------------------- quizzes


def _parse_question(t: _Table, module_confidence: bool) -> Question | None:
    qid = t.ident()
    qtype = t.choice("type", [q.value for q in QuestionType])
    prompt = t.str("prompt")
    explanation = t.str("explanation", required=qtype != QuestionType.SHORT)
    section = t.str("section", required=False)
    confidence = t.bool("confidence", default=module_confidence)
    kind = QuestionType(qtype)
    extra: dict[str, Any] = {}
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        opts = _unique(t.tables("option", header="question.option"), "id", "option")
        options = []
        for o in opts:
            weight = o.data.get("weight")
            if weight is not None and (
                isinstance(weight, bool) or not isinstance(weight, int) or not -100 <= weight <= 100
            ):
                o.error("'weight' must be a whole number from -100 to 100 (percent)")
            options.append(
                Option(
                    o.ident(),
                    o.str("text"),
                    o.bool("correct"),
                    o.str("feedback"),
                    weight if isinstance(weight, int) and not isinstance(weight, bool) else None,
                )
            )
        correct = sum(o.correct for o in options)
        if len(options) < 2:
            t.error("needs at least two options")
        if kind == QuestionType.SINGLE and correct != 1:
            t.error(f"a 'single' question needs exactly one correct option (found {correct})")
        if kind == QuestionType.MULTIPLE and correct < 1:
            t.error("a 'multiple' question needs at least one correct option")
        extra["options"] = tuple(options)
    elif kind == QuestionType.TRUEFALSE:
        extra["answer"] = t.bool("answer")
        extra["feedback_true"] = t.str("feedback_true")
        extra["feedback_false"] = t.str("feedback_false")
    elif kind == QuestionType.CLAIM:
        sources = [
            Source(s.ident(), s.str("title"), s.str("url"), s.str("text"))
            for s in _unique(t.tables("source", header="question.source"), "id", "source")
        ]
        for s in sources:
            if s.url and not s.url.startswith(("http://", "https://")):
                t.error(f"source '{s.id}' url must start with https://")
        source_ids = {s.id for s in sources}
        claims = []
        for c in _unique(t.tables("claim", header="question.claim"), "id", "claim"):
            verdict = Verdict(c.choice("verdict", [v.value for v in Verdict]))
            src = c.data.get("source")
            if src is not None and src not in source_ids:
                c.error(f"claim source {src!r} is not one of the question's sources")
            claims.append(Claim(c.ident(), c.str("text"), verdict, src, c.str("explanation")))
        extra["sources"] = tuple(sources)
        extra["claims"] = tuple(claims)
    elif kind == QuestionType.ORDER:
        items = [
            Item(i.ident(), i.str("text"))
            for i in _unique(t.tables("item", header="question.item"), "id", "item")
        ]
        if len(items) < 3:
            t.error("an 'order' question needs at least three items")
        extra["items"] = tuple(items)
    elif kind == QuestionType.MATCH:
        pairs = [
            Pair(p.ident(), p.str("left"), p.str("right"))
            for p in _unique(t.tables("pair", header="question.pair"), "id", "pair")
        ]
        if len(pairs) < 2:
            t.error("a 'match' question needs at least two pairs")
        if len({p.right for p in pairs}) != len(pairs):
            t.error("every 'right' text in a 'match' question must be different")
        extra["pairs"] = tuple(pairs)
    elif kind == QuestionType.SPOT:
        sentences = []
        for s in _unique(t.tables("sentence", header="question.sentence"), "id", "sentence"):
            wrong = s.bool("wrong")
            sentences.append(
                Sentence(s.ident(), s.str("text"), wrong, s.str("feedback", required=wrong))
            )
        if not any(s.wrong for s in sentences):
            t.error("a 'spot' question needs at least one sentence with wrong = true")
        extra["sentences"] = tuple(sentences)
    elif kind == QuestionType.SHORT:
        answers = [
            ShortAnswer(a.str("text"), a.str("feedback", required=False), _weight(a))
            for a in t.tables("answer", header="question.answer")
        ]
        if answers and not any(a.weight == 100 for a in answers):
            t.error("a 'short' question needs an answer with weight 100 (or no weight)")
        extra["answers"] = tuple(answers)
        extra["feedback_wrong"] = t.str("feedback_wrong", required=False)
    elif kind == QuestionType.NUMERICAL:
        extra["numbers"] = _numbers(t)
        extra["feedback_wrong"] = t.str("feedback_wrong", required=False)
    category = t.data.get("category", "")
    t.unknown_keys(f"question '{qid}'")
    if not t.ok:
        return None
    return Question(
        id=qid,
        type=kind,
        prompt=prompt,
        explanation=explanation,
        section=section,
        confidence=confidence,
        category=category if isinstance(category, str) else "",
        **extra,
    )


def _number(table: _Table, key: str, default: float | None = None) -> float:
    value = table.data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        table.error(f"'{key}' must be a number")
        return 0.0
    return float(value)


def _weight(table: _Table) -> int:
    """An accepted answer's ``weight``: 1 to 100 percent, 100 when left out."""
    weight = table.data.get("weight", 100)
    if isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= 100:
        table.error("'weight' must be a whole number from 1 to 100 (percent)")
        return 100
    return weight


def _numbers(t: _Table) -> tuple[NumericAnswer, ...]:
    out = []
    for a in t.tables("answer", header="question.answer"):
        tolerance = _number(a, "tolerance", 0.0)
        weight = _weight(a)
        if tolerance < 0:
            a.error("'tolerance' must not be negative")
        out.append(
            NumericAnswer(
                _number(a, "value"), abs(tolerance), weight, a.str("feedback", required=False)
            )
        )
    if not any(n.weight == 100 for n in out):
        t.error("a 'numerical' question needs an answer with weight 100 (or no weight)")
    return tuple(out)


def parse_quiz(path: Path, module_confidence: bool, problems: list[Problem]) -> list[Question]:
    """Parse a module's quiz file."""
    _HEADER_CACHE.clear()
    data = _read_toml(path, problems)
    if data is None:
        return []
    root = _Table(data, path, 0, problems)
    tables = _unique(root.tables("question", header="question"), "id", "question")
    questions = []
    for table in tables:
        question = _parse_question(table, module_confidence)
        if question is not None:
            questions.append(question)
    return questions


# --------------------------------------------------------------------------- modules


def load_module(folder: Path, locale: str, problems: list[Problem]) -> Module | None:
    """Load one module folder; problems are appended, None when it cannot be used."""
    meta_path = folder / "module.toml"
    before = len(problems)
    if not ID_RE.match(folder.name):
        problems.append(
            Problem(folder, 0, "module folder name must use lower-case letters, digits and hyphens")
        )
        return None
    meta = _read_toml(meta_path, problems)
    if meta is None:
        return None
    t = _Table(meta, meta_path, 1, problems)
    fmt = t.int("format", default=FORMAT_VERSION, lo=1, hi=10**6)
    if fmt > FORMAT_VERSION:
        t.error(f"content format {fmt} is newer than this app understands ({FORMAT_VERSION})")
    title = t.str("title")
    summary = t.str("summary")
    order = t.int("order", default=100, lo=0)
    minutes = t.int("minutes", lo=1, hi=10_000)
    pass_mark = t.int("pass_mark", default=70, lo=1, hi=100)
    feedback = FeedbackMode(t.choice("feedback", [m.value for m in FeedbackMode], default="each"))
    confidence = t.bool("confidence", default=False)
    t.unknown_keys("module.toml")
    lesson_dir = folder / "lessons"
    lessons: list[Lesson] = []
    files = sorted(lesson_dir.glob("*.md")) if lesson_dir.is_dir() else []
    if not files:
        problems.append(Problem(lesson_dir, 0, "module has no lessons (lessons/*.md)"))
    for file in files:
        lesson = parse_lesson(file, problems)
        if lesson is None:
            continue
        if any(existing.id == lesson.id for existing in lessons):
            problems.append(Problem(file, 2, f"duplicate lesson id {lesson.id!r}"))
            continue
        lessons.append(lesson)
    quiz_path = folder / "quiz.toml"
    questions = parse_quiz(quiz_path, confidence, problems) if quiz_path.exists() else []
    if not quiz_path.exists():
        problems.append(Problem(quiz_path, 0, "module has no quiz.toml"))
    by_id = {lesson.id: lesson for lesson in lessons}
    quiz_lines = {
        q.id: line for q, line in zip(questions, _question_lines(quiz_path, questions), strict=True)
    }
    for q in questions:
        if not q.section:
            continue
        lesson = by_id.get(q.lesson_id)
        if lesson is None:
            problems.append(
                Problem(
                    quiz_path, quiz_lines[q.id], f"question '{q.id}': no lesson '{q.lesson_id}'"
                )
            )
        elif q.anchor and q.anchor not in lesson.anchors:
            problems.append(
                Problem(
                    quiz_path,
                    quiz_lines[q.id],
                    f"question '{q.id}': lesson '{q.lesson_id}' has no section '#{q.anchor}'",
                )
            )
    tasks: list = []
    practice_path = folder / "practice.toml"
    if practice_path.exists():
        from .miniweb import parse_practice

        tasks = parse_practice(practice_path, problems)
        for task in tasks:
            lesson_id, _, anchor = task.section.partition("#")
            lesson = by_id.get(lesson_id)
            if lesson is None or (anchor and anchor not in lesson.anchors):
                problems.append(
                    Problem(
                        practice_path,
                        task.line,
                        f"task '{task.id}': no lesson section '{task.section}'",
                    )
                )
    if lessons and not any("!!! check" in lesson.body for lesson in lessons):
        problems.append(
            Problem(meta_path, 1, "module needs at least one '!!! check' activity in a lesson")
        )
    if not t.ok:
        return None
    return Module(
        id=folder.name,
        locale=locale,
        title=title,
        summary=summary,
        order=order,
        minutes=minutes,
        pass_mark=pass_mark,
        feedback=feedback,
        confidence=confidence,
        lessons=tuple(lessons),
        questions=tuple(questions),
        path=folder,
        valid=len(problems) == before,
        tasks=tuple(tasks),
    )


def _question_lines(path: Path, questions: Sequence[Question]) -> list[int]:
    """Best-effort line of each question's ``id = ...`` in the quiz file."""
    try:
        text = read_content_text(path).splitlines()
    except (OSError, ContentTextError):
        return [1] * len(questions)
    first: dict[str, int] = {}
    for number, line in enumerate(text, 1):
        match = ID_LINE_RE.match(line)
        if match:
            first.setdefault(match.group(1), number)
    return [first.get(q.id, 1) for q in questions]


# --------------------------------------------------------------------------- glossary, timeline


def load_glossary(folder: Path, problems: list[Problem]) -> dict[str, GlossaryTerm]:
    terms: dict[str, GlossaryTerm] = {}
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        _HEADER_CACHE.clear()
        data = _read_toml(path, problems)
        if data is None:
            continue
        root = _Table(data, path, 0, problems)
        for t in root.tables("term", header="term"):
            term = GlossaryTerm(
                t.ident(), t.str("term"), t.str("definition"), t.str("lesson", required=False), path
            )
            if term.id in terms:
                t.error(f"glossary id {term.id!r} is already defined in {terms[term.id].path.name}")
                continue
            if t.ok:
                terms[term.id] = term
    return terms


def load_timeline(path: Path, problems: list[Problem]) -> list[TimelineEvent]:
    if not path.exists():
        return []
    _HEADER_CACHE.clear()
    data = _read_toml(path, problems)
    if data is None:
        return []
    events = []
    root = _Table(data, path, 0, problems)
    for t in _unique(root.tables("event", header="event"), "id", "event"):
        date = t.data.get("date")
        if not isinstance(date, _dt.date) or isinstance(date, _dt.datetime):
            t.error("'date' must be a TOML date like 2019-05-22")
            date = _dt.date(1970, 1, 1)
        event = TimelineEvent(
            id=t.ident(),
            date=date,
            precision=t.choice("precision", ["day", "month", "year"], default="day"),
            title=t.str("title"),
            body=t.str("body"),
            kind=t.choice("kind", EVENT_KINDS),
            summary=t.str("summary"),
            lesson=t.str("lesson"),
            source=t.str("source"),
        )
        if event.source and not event.source.startswith(("http://", "https://")):
            t.error("'source' must be a link starting with https://")
        if t.ok:
            events.append(event)
    events.sort(key=lambda e: (e.date, e.id))
    return events


# --------------------------------------------------------------------------- catalog


def _load_locale(root: Path, locale: str, problems: list[Problem]) -> Catalog:
    catalog = Catalog(locale)
    folder = root / locale
    if not folder.is_dir():
        return catalog
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        if sub.name == "glossary" or sub.name.startswith("."):
            continue
        if not (sub / "module.toml").exists():
            problems.append(Problem(sub, 0, "folder has no module.toml; not a module"))
            continue
        module = load_module(sub, locale, problems)
        if module is not None:
            (catalog.modules if module.valid else catalog.invalid_modules).append(module)
    catalog.glossary = load_glossary(folder / "glossary", problems)
    catalog.timeline = load_timeline(folder / "timeline.toml", problems)
    return catalog


def _check_references(catalog: Catalog, problems: list[Problem]) -> None:
    """Check glossary and lesson links against what was loaded."""
    everything = catalog.modules + catalog.invalid_modules
    lessons = {(m.id, lesson.id): lesson for m in everything for lesson in m.lessons}

    def resolve(target: str) -> bool:
        module_id, _, rest = target.partition("/")
        lesson_id, _, anchor = rest.partition("#")
        lesson = lessons.get((module_id, lesson_id))
        return lesson is not None and (not anchor or anchor in lesson.anchors)

    for module in everything:
        for lesson in module.lessons:
            for line, target in lesson_links(lesson):
                scheme, _, rest = target.partition(":")
                if scheme == "glossary" and rest not in catalog.glossary:
                    problems.append(Problem(lesson.path, line, f"no glossary term '{rest}'"))
                elif scheme == "lesson" and not resolve(rest):
                    problems.append(Problem(lesson.path, line, f"no lesson section '{rest}'"))
                elif scheme == "card" and rest not in CARDS:
                    problems.append(Problem(lesson.path, line, f"no printable card '{rest}'"))
    for term in catalog.glossary.values():
        if term.lesson and not resolve(term.lesson):
            problems.append(
                Problem(
                    term.path, 1, f"glossary term '{term.id}': no lesson section '{term.lesson}'"
                )
            )
    for event in catalog.timeline:
        if event.lesson and not resolve(event.lesson):
            path = catalog.modules[0].path.parent / "timeline.toml" if catalog.modules else Path()
            problems.append(
                Problem(path, 1, f"timeline event '{event.id}': no lesson section '{event.lesson}'")
            )


def load_catalog(
    roots: Sequence[Path],
    locale: str = DEFAULT_LOCALE,
    *,
    load_locale: Callable[[Path, str, list[Problem]], Catalog] | None = None,
) -> Catalog:
    """Load every module of ``locale`` from the content roots, in order.

    Modules missing in ``locale`` are taken from English and marked ``fallback``.
    A module id found in a later root replaces the earlier one (teachers can
    override shipped modules). Problems of every locale loaded are reported.
    ``load_locale`` reads one locale of one root (default: parse its files);
    :func:`ailiteracy.core.cache.load_catalog` passes one that uses caches.
    """
    load_locale = load_locale or _load_locale
    problems: list[Problem] = []
    merged = Catalog(locale)
    for root in roots:
        primary = load_locale(root, locale, problems)
        fallback = load_locale(root, DEFAULT_LOCALE, problems) if locale != DEFAULT_LOCALE else None
        have = {m.id for m in primary.modules}
        modules = list(primary.modules)
        glossary = dict(fallback.glossary) if fallback else {}
        glossary.update(primary.glossary)
        if fallback:
            modules += [_as_fallback(m) for m in fallback.modules if m.id not in have]
        merged.modules = [m for m in merged.modules if m.id not in {x.id for x in modules}]
        merged.modules += modules
        merged.glossary.update(glossary)
        merged.timeline += primary.timeline or (fallback.timeline if fallback else [])
    merged.modules.sort(key=lambda m: (m.order, m.id))
    merged.timeline.sort(key=lambda e: (e.date, e.id))
    _check_references(merged, problems)
    merged.problems = _dedupe(problems)
    return merged


def _as_fallback(module: Module) -> Module:
    from dataclasses import replace

    return replace(module, fallback=True)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def validate_roots(roots: Sequence[Path]) -> tuple[list[Module], list[Problem]]:
    """Validate every locale of every root (for ``check-content``)."""
    problems: list[Problem] = []
    modules: list[Module] = []
    for root in roots:
        if not root.is_dir():
            problems.append(Problem(root, 0, "content folder not found"))
            continue
        if _misplaced_root(root, problems):
            continue
        folders = sorted(
            p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")
        )
        locales = [f for f in folders if f in CONTENT_LOCALES]
        for other in (f for f in folders if f not in CONTENT_LOCALES):
            near = _LOCALE_NAMES.get(other.casefold().replace("_", "-"))
            hint = f" (rename it to '{near}')" if near else ""
            problems.append(
                Problem(
                    root / other,
                    0,
                    f"'{other}' is not a language folder the app reads, so nothing in it "
                    f"appears; language folders are named {' and '.join(CONTENT_LOCALES)}{hint}",
                )
            )
        if not locales:
            problems.append(Problem(root, 0, "no language folders (expected 'en/' or 'zh-CN/')"))
        found: dict[str, set[str]] = {}
        for locale in locales:
            catalog = _load_locale(root, locale, problems)
            _check_references(catalog, problems)
            modules += catalog.modules
            found[locale] = {m.id for m in catalog.modules}
        for locale, ids in found.items():
            for module_id in sorted(ids - found.get(DEFAULT_LOCALE, set())):
                if locale != DEFAULT_LOCALE:
                    problems.append(
                        Problem(
                            root / locale / module_id,
                            0,
                            f"module '{module_id}' is only in {locale}: learners who use the "
                            f"app in English never see it; add an English version in "
                            f"{DEFAULT_LOCALE}/{module_id}",
                        )
                    )
        _check_locales_match(root, locales, problems)
    return modules, _dedupe(problems)


CONTENT_LOCALES = (DEFAULT_LOCALE, "zh-CN")
_LOCALE_NAMES = {
    "en": "en",
    "english": "en",
    "en-us": "en",
    "en-gb": "en",
    "zh": "zh-CN",
    "zh-cn": "zh-CN",
    "zh-hans": "zh-CN",
    "cn": "zh-CN",
    "chinese": "zh-CN",
    "中文": "zh-CN",
}


def _misplaced_root(root: Path, problems: list[Problem]) -> bool:
    """A module or language folder given where the content folder is expected."""
    if (root / "module.toml").is_file():
        parent = root.parent.parent if root.parent.name in CONTENT_LOCALES else root.parent
        problems.append(
            Problem(
                root,
                0,
                "this is a module folder; check the content folder that holds 'en/' and "
                f"'zh-CN/' instead (here probably {parent})",
            )
        )
        return True
    if root.name in CONTENT_LOCALES and any(
        (p / "module.toml").is_file() for p in root.iterdir() if p.is_dir()
    ):
        problems.append(
            Problem(
                root,
                0,
                f"this is a language folder; check the content folder above it ({root.parent})",
            )
        )
        return True
    return False


def _check_locales_match(root: Path, locales: list[str], problems: list[Problem]) -> None:
    """Translated modules must use the same lesson and question ids as English."""
    if DEFAULT_LOCALE not in locales:
        return
    scratch: list[Problem] = []
    base = {m.id: m for m in _load_locale(root, DEFAULT_LOCALE, scratch).modules}
    for locale in locales:
        if locale == DEFAULT_LOCALE:
            continue
        for module in _load_locale(root, locale, scratch).modules:
            english = base.get(module.id)
            if english is None:
                continue
            for what, mine, theirs in (
                ("lesson", {x.id for x in module.lessons}, {x.id for x in english.lessons}),
                ("question", {x.id for x in module.questions}, {x.id for x in english.questions}),
                ("practice task", _task_keys(module), _task_keys(english)),
            ):
                for missing in sorted(theirs - mine):
                    problems.append(
                        Problem(
                            module.path, 0, f"{what} '{missing}' exists in English but not here"
                        )
                    )
                for extra in sorted(mine - theirs):
                    problems.append(
                        Problem(module.path, 0, f"{what} '{extra}' does not exist in English")
                    )


def _task_keys(module: Module) -> set[str]:
    """Practice tasks with their claim ids, verdicts and deciding pages, for the parity check."""
    return {
        f"{task.id} (claim {claim.id}: {claim.verdict.value}, page {claim.page or '-'})"
        for task in module.tasks
        for claim in task.claims
    } | {task.id for task in module.tasks}


# Imported last: the mini-web module builds on the helpers above, and Module's
# ``tasks`` annotation names its Task class (resolved when the cache decodes it).
from . import miniweb as _miniweb  # noqa: E402
