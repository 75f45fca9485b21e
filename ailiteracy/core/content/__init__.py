"""Loading and validating content: modules, lessons, quizzes, glossary and timeline.

A content root holds one folder per language; each language folder holds module
folders (``module.toml``, ``lessons/*.md``, ``quiz.toml``), a ``glossary/`` folder
and an optional ``timeline.toml``. The format is described in
``docs/content-format.md``.

Loading never raises on bad content: every problem becomes a :class:`Problem`
with a path and a line, and every valid module is still loaded.

The package, by concern:

* :mod:`.model`: the data classes and enums (no parsing);
* :mod:`.textfile`: reading a file as UTF-8 text; :mod:`.patterns`: the format's
  regular expressions, compiled on first use;
* :mod:`.fields`: TOML files and the checks of their fields;
* :mod:`.lessons`, :mod:`.quizzes`, :mod:`.glossary`, :mod:`.timeline`: one kind of file each;
* :mod:`.modules`: one module folder; :mod:`.catalog`: every module of a language,
  from several roots; :mod:`.validation`: ``check-content``'s checks of whole folders.

The names below are re-exported for code that imports them from here.
"""

from __future__ import annotations

from .catalog import DEFAULT_LOCALE, load_catalog
from .catalog import load_locale as _load_locale
from .glossary import load_glossary
from .lessons import STALE_AFTER_DAYS, lesson_links, local_file, parse_lesson, stale_lessons
from .model import (
    CARDS,
    FORMAT_VERSION,
    MORE_ANCHOR,
    Catalog,
    Claim,
    FeedbackMode,
    GlossaryTerm,
    Item,
    Lesson,
    Module,
    NumericAnswer,
    Option,
    Pair,
    Problem,
    Question,
    QuestionType,
    Section,
    Sentence,
    ShortAnswer,
    Source,
    TimelineEvent,
    Verdict,
    display_path,
)
from .modules import load_module
from .patterns import ID_RE
from .quizzes import parse_quiz
from .textfile import CONTENT_MAX_BYTES, ContentTextError, read_content_text
from .timeline import EVENT_KINDS, load_timeline
from .validation import validate_roots

__all__ = [
    "CARDS",
    "CONTENT_MAX_BYTES",
    "DEFAULT_LOCALE",
    "EVENT_KINDS",
    "FORMAT_VERSION",
    "ID_RE",
    "MORE_ANCHOR",
    "STALE_AFTER_DAYS",
    "Catalog",
    "Claim",
    "ContentTextError",
    "FeedbackMode",
    "GlossaryTerm",
    "Item",
    "Lesson",
    "Module",
    "NumericAnswer",
    "Option",
    "Pair",
    "Problem",
    "Question",
    "QuestionType",
    "Section",
    "Sentence",
    "ShortAnswer",
    "Source",
    "TimelineEvent",
    "Verdict",
    "_load_locale",
    "display_path",
    "lesson_links",
    "load_catalog",
    "load_glossary",
    "load_module",
    "load_timeline",
    "local_file",
    "parse_lesson",
    "parse_quiz",
    "read_content_text",
    "stale_lessons",
    "validate_roots",
]
