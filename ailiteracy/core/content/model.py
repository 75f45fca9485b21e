"""The content model: modules, lessons, quiz questions, glossary terms, timeline events.

Plain frozen structs (``msgspec.Struct``) and enums, built by the loaders of this package and
decoded from the content cache; nothing here reads TOML or checks a field.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from pathlib import Path

import msgspec

from ..fileformat import read_text
from . import textfile
from .patterns import pattern

FORMAT_VERSION = 1
MORE_ANCHOR = "more-detail"  # "## More detail {#more-detail}" starts a lesson's optional part
CORE_HTML_SUFFIX = ".core.html"  # the pre-rendered core of a lesson with a "more detail" part
CARDS = frozenset({"sift"})  # printable cards the app can make: [text](card:sift)
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


class PageKind(enum.StrEnum):
    """What sort of page a search result is (shown to the learner after checking)."""

    PRIMARY = "primary"  # the law, report or data itself, from whoever made it
    OFFICIAL = "official"  # an official body explaining something
    NEWS = "news"  # a reputable news outlet
    FACT_CHECK = "fact-check"
    REFERENCE = "reference"  # an encyclopaedia, library guide or textbook
    OUTDATED = "outdated"  # once right, now out of date
    CONTENT_FARM = "content-farm"  # made to attract clicks, copies and distorts
    FORUM = "forum"  # posts by anonymous users
    ADVERT = "advert"  # selling something


class Page(msgspec.Struct, frozen=True):
    id: str
    title: str
    domain: str
    date: str  # as printed on the page, e.g. "12 July 2024"
    kind: PageKind
    reliable: bool
    why: str  # what makes it reliable, or what gives it away
    text: str
    source: str = ""  # the real source this page paraphrases (name, date, link)
    url: str = ""  # the real source's address; empty for pages invented for the exercise


class TaskClaim(msgspec.Struct, frozen=True):
    id: str
    text: str
    verdict: Verdict
    page: str  # the page that decides it ("" for not-checkable)
    explanation: str


class Task(msgspec.Struct, frozen=True):
    id: str
    title: str
    section: str  # lesson-id#anchor it practises
    question: str  # what the learner asked the assistant
    answer: str  # the assistant's answer (written for the exercise)
    worked_example: tuple[str, ...]  # think-aloud steps, shown first
    pages: tuple[Page, ...]
    claims: tuple[TaskClaim, ...]
    expert_path: tuple[str, ...]  # what an expert would do, in order
    first_page: str  # the page an expert opens first
    line: int = 0

    def page(self, page_id: str) -> Page | None:
        return next((p for p in self.pages if p.id == page_id), None)


class Problem(msgspec.Struct, frozen=True):
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


class Option(msgspec.Struct, frozen=True):
    id: str
    text: str
    correct: bool
    feedback: str
    weight: int | None = None


class Source(msgspec.Struct, frozen=True):
    id: str
    title: str
    url: str
    text: str


class Claim(msgspec.Struct, frozen=True):
    id: str
    text: str
    verdict: Verdict
    source: str | None
    explanation: str


class Item(msgspec.Struct, frozen=True):
    id: str
    text: str


class Pair(msgspec.Struct, frozen=True):
    id: str
    left: str
    right: str


class Sentence(msgspec.Struct, frozen=True):
    id: str
    text: str
    wrong: bool
    feedback: str


class ShortAnswer(msgspec.Struct, frozen=True):
    text: str
    feedback: str
    weight: int = 100  # percent of the marks this answer earns (Moodle's partial credit)


class NumericAnswer(msgspec.Struct, frozen=True):
    """An accepted number: ``value`` plus or minus ``tolerance`` earns ``weight`` percent."""

    value: float
    tolerance: float = 0.0
    weight: int = 100
    feedback: str = ""

    def accepts(self, number: float) -> bool:
        slack = 1e-9 * max(1.0, abs(self.value))  # so that 3.1415 +- 0.0005 takes 3.142
        return abs(number - self.value) <= self.tolerance + slack


class Question(msgspec.Struct, frozen=True):
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


class Section(msgspec.Struct, frozen=True):
    anchor: str
    title: str
    line: int


class Lesson(msgspec.Struct, frozen=True):
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
            return read_text(self.html_file, textfile.CONTENT_MAX_BYTES)
        except (OSError, UnicodeDecodeError):
            return ""

    def cached_core_html(self) -> str:
        """The pre-rendered ``core_body()``, or "" when there is none (render it then).

        The cache builder writes it next to the whole lesson's file, as ``<id>.core.html``.
        """
        if not self.has_more or self.html or not self.html_file.endswith(".html"):
            return ""
        try:
            return read_text(
                self.html_file[: -len(".html")] + CORE_HTML_SUFFIX, textfile.CONTENT_MAX_BYTES
            )
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
        """The body without its "more detail" part, with the texts of the footnotes the
        core cites (a footnote cited only in the hidden part is hidden with it)."""
        if not self.has_more:
            return self.body
        heading, anchor = pattern("heading"), pattern("anchor_in_attr")
        footnote = pattern("footnote_def")
        lines = self.body.splitlines()
        start = next(
            i
            for i, line in enumerate(lines)
            if (m := heading.match(line))
            and len(m.group(1)) == 2
            and (a := anchor.search(m.group(3) or ""))
            and a.group(1) == MORE_ANCHOR
        )
        core = [line for line in lines[:start] if not footnote.match(line)]
        cited = {m.group(1) for line in core for m in pattern("footnote_ref").finditer(line)}
        notes = [
            line
            for line in lines
            if (m := footnote.match(line)) is not None and m.group(1) in cited
        ]
        return "\n".join(core + [""] + notes)


class Discussion(msgspec.Struct, frozen=True):
    """A question for a class discussion (``[[discussion]]`` in ``module.toml``)."""

    id: str
    after: str  # the lesson (or lesson-id#anchor section) it follows
    question: str
    notes: str = ""  # for the teacher: what good answers mention
    minutes: int = 5

    @property
    def lesson_id(self) -> str:
        return self.after.partition("#")[0]

    @property
    def anchor(self) -> str:
        return self.after.partition("#")[2]


class Module(msgspec.Struct, frozen=True, dict=True):
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
    tasks: tuple[Task, ...] = ()  # mini-web practice tasks (practice.toml)
    discussion: tuple[Discussion, ...] = ()  # the teacher guide's discussion plan

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


class GlossaryTerm(msgspec.Struct, frozen=True):
    id: str
    term: str
    definition: str
    lesson: str
    path: Path


class TimelineEvent(msgspec.Struct, frozen=True):
    id: str
    date: _dt.date
    precision: str
    title: str
    body: str
    kind: str
    summary: str
    lesson: str
    source: str


class Catalog(msgspec.Struct):
    """Everything loaded for one locale, plus the problems found on the way."""

    locale: str
    modules: list[Module] = msgspec.field(default_factory=list)
    invalid_modules: list[Module] = msgspec.field(default_factory=list)
    glossary: dict[str, GlossaryTerm] = msgspec.field(default_factory=dict)
    timeline: list[TimelineEvent] = msgspec.field(default_factory=list)
    problems: list[Problem] = msgspec.field(default_factory=list)

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)
