"""Lesson files: the ``+++`` header, and the checks of the Markdown body.

The body is checked for what the format promises learners: every ``##`` section
has an anchor, dates and figures cite a source (``[^n]`` with a link), callouts
are of a known type, there is a summary, and images and links stay inside the
module folder.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .fields import Table, read_toml
from .model import ADMONITION_TYPES, Lesson, Module, Problem, Section
from .patterns import pattern
from .textfile import ContentTextError, read_content_text

FRONT_MATTER = "+++"
STALE_AFTER_DAYS = 365


def parse_lesson(path: Path, problems: list[Problem]) -> Lesson | None:
    """Parse one lesson file; append problems and return None when unusable."""
    lines = _lesson_lines(path, problems)
    if lines is None:
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER)
    except StopIteration:
        problems.append(Problem(path, 1, f"lesson header is not closed with '{FRONT_MATTER}'"))
        return None
    meta = read_toml(path, problems, "\n".join(lines[1:end]), offset=1)
    if meta is None:
        return None
    header = Table(meta, path, 1, problems)
    lesson_id = header.ident()
    title = header.str("title")
    minutes = header.int("minutes", lo=1, hi=120)
    objectives = _objectives(header)
    checked = _checked(header)
    sections = _check_body(path, lines, end + 1, problems)
    header.unknown_keys("the lesson header")
    if not header.ok:
        return None
    return Lesson(
        id=lesson_id,
        title=title,
        minutes=minutes,
        objectives=objectives,
        path=path,
        body="\n".join(lines[end + 1 :]),
        body_line=end + 2,
        sections=tuple(sections),
        checked=checked,
    )


def _lesson_lines(path: Path, problems: list[Problem]) -> list[str] | None:
    """The file's lines when it can be read and starts with the header line."""
    try:
        lines = read_content_text(path).splitlines()
    except ContentTextError as exc:
        problems.append(Problem(path, exc.line, str(exc)))
        return None
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot read file: {exc.strerror or exc}"))
        return None
    if not lines or lines[0].strip() != FRONT_MATTER:
        problems.append(Problem(path, 1, f"lesson must start with a '{FRONT_MATTER}' header line"))
        return None
    return lines


def _objectives(header: Table) -> tuple[str, ...]:
    objectives = header.data.get("objectives", [])
    if not isinstance(objectives, list) or not all(isinstance(o, str) for o in objectives):
        header.error("'objectives' must be a list of text")
        return ()
    if not objectives:
        header.error("'objectives' needs at least one learning objective")
    return tuple(objectives)


def _checked(header: Table) -> _dt.date | None:
    checked: Any = header.data.get("checked")
    if checked is not None and (
        not isinstance(checked, _dt.date) or isinstance(checked, _dt.datetime)
    ):
        header.error("'checked' must be a date without quotes, like 2026-11-30")
        return None
    return checked


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


# --------------------------------------------------------------------------- the body


class _Part:
    """One part of a lesson body: the introduction or a ``##`` section."""

    __slots__ = ("line", "refs", "states_facts", "title")

    def __init__(self, line: int, title: str) -> None:
        self.line = line
        self.title = title
        self.refs: set[str] = set()
        self.states_facts = False


class _BodyCheck:
    """What the line-by-line check of a lesson body has found so far."""

    def __init__(self, path: Path, problems: list[Problem], intro: _Part) -> None:
        self.path = path
        self.module_folder = path.parent.parent
        self.problems = problems
        self.parts = [intro]
        self.sections: list[Section] = []
        self.footnotes: dict[str, tuple[int, str]] = {}
        self.has_summary = False

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def line(self, number: int, line: str) -> None:
        """Check one line outside code blocks."""
        if defn := pattern("footnote_def").match(line):
            self.footnotes[defn.group(1)] = (number, defn.group(2))
        elif heading := pattern("heading").match(line):
            if len(heading.group(1)) == 2:
                self.section(number, heading.group(2), heading.group(3) or "")
        else:
            self.text(number, line)

    def section(self, number: int, title: str, attrs: str) -> None:
        self.parts.append(_Part(number, title))
        anchor = pattern("anchor_in_attr").search(attrs)
        if not anchor:
            self.problem(number, "section heading needs an anchor: '## Title {#anchor}'")
            return
        if any(s.anchor == anchor.group(1) for s in self.sections):
            self.problem(number, f"duplicate anchor '#{anchor.group(1)}'")
        self.sections.append(Section(anchor.group(1), title, number))

    def text(self, number: int, line: str) -> None:
        if adm := pattern("admonition").match(line):
            kind = adm.group(1)
            if kind not in ADMONITION_TYPES:
                allowed = ", ".join(sorted(ADMONITION_TYPES))
                self.problem(number, f"unknown callout type '{kind}' (use one of {allowed})")
            self.has_summary = self.has_summary or kind == "summary"
        part = self.parts[-1]
        part.refs.update(pattern("footnote_ref").findall(line))
        part.states_facts = part.states_facts or bool(pattern("fact").search(_strip_links(line)))
        self.files(number, line)

    def files(self, number: int, line: str) -> None:
        """Images must be files in the module folder; links to files must stay inside it."""
        if "]" not in line:  # every image, link and reference has one: most lines have none
            return
        module_folder = self.module_folder
        for target in pattern("image").findall(line):
            if "://" in target:
                self.problem(number, "images must be files in the module folder")
            elif (found := local_file(module_folder, target)) is None:
                self.problem(number, _outside_message("image", target))
            elif not found.is_file():
                self.problem(number, f"image not found: {target}")
        targets = pattern("link_target").findall(line) + pattern("reference_def").findall(line)
        for target in targets:
            if _is_local(target) and local_file(module_folder, target) is None:
                self.problem(number, _outside_message("link", target))

    def citations(self) -> None:
        """Facts need a citation, citations a footnote, footnotes a link and a citation."""
        cited: set[str] = set()
        for part in self.parts:
            cited |= part.refs
            if part.states_facts and not part.refs:
                where = f"section '{part.title}'" if part.title else "the introduction"
                self.problem(part.line, f"{where} states dates or figures but cites no source [^n]")
            for ref in sorted(part.refs - self.footnotes.keys()):
                self.problem(part.line, f"citation [^{ref}] has no footnote text")
        for name, (line_no, text) in self.footnotes.items():
            if not pattern("url_in_angle").search(text):
                self.problem(line_no, f"footnote [^{name}] has no link: add <https://...>")
            if name not in cited:
                self.problem(line_no, f"footnote [^{name}] is never cited")


def _check_body(path: Path, lines: list[str], start: int, problems: list[Problem]) -> list[Section]:
    """Check headings, citations, callouts and images; return the sections."""
    check = _BodyCheck(path, problems, _Part(start + 1, ""))
    in_fence = False
    for index in range(start, len(lines)):
        line = lines[index]
        if line.strip().startswith("```"):
            in_fence = not in_fence
        elif not in_fence:
            check.line(index + 1, line)
    check.citations()
    if not check.has_summary:
        check.problem(len(lines), "lesson needs a '!!! summary' box at the end")
    if not check.sections:
        check.problem(start + 1, "lesson has no '##' sections")
    return check.sections


def _is_local(target: str) -> bool:
    """Whether a link target names a file rather than a web page, an email address, a
    lesson, a glossary term, a printable card or a place in the same page."""
    return not (target.startswith("#") or pattern("web_link").match(target))


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
    target = unquote(target.partition("#")[0].partition("?")[0])
    if (
        not target
        or "\x00" in target
        or target.startswith(("/", "\\"))
        or pattern("scheme_or_drive").match(target)
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
    line = pattern("angle_url").sub("", line)
    line = pattern("link_destination").sub("]", line)
    return pattern("footnote_ref").sub("", line)


def lesson_links(lesson: Lesson) -> list[tuple[int, str]]:
    """``glossary:`` and ``lesson:`` links in a lesson, with their line numbers."""
    out = []
    link = pattern("link")
    for offset, line in enumerate(lesson.body.splitlines()):
        for target in link.findall(line):
            out.append((lesson.body_line + offset, target))
    return out
