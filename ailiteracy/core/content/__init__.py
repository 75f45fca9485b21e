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

The names below are re-exported for code that imports them from here. They are
loaded on first use, so importing the package (or only its model) does not load the
parsers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# name -> (module of this package, name there)
_EXPORTS: dict[str, tuple[str, str]] = {
    "_load_locale": ("catalog", "load_locale"),
    "DEFAULT_LOCALE": ("catalog", "DEFAULT_LOCALE"),
    "load_catalog": ("catalog", "load_catalog"),
    "load_glossary": ("glossary", "load_glossary"),
    "STALE_AFTER_DAYS": ("lessons", "STALE_AFTER_DAYS"),
    "lesson_links": ("lessons", "lesson_links"),
    "local_file": ("lessons", "local_file"),
    "parse_lesson": ("lessons", "parse_lesson"),
    "stale_lessons": ("lessons", "stale_lessons"),
    "CARDS": ("model", "CARDS"),
    "FORMAT_VERSION": ("model", "FORMAT_VERSION"),
    "MORE_ANCHOR": ("model", "MORE_ANCHOR"),
    "Catalog": ("model", "Catalog"),
    "Claim": ("model", "Claim"),
    "FeedbackMode": ("model", "FeedbackMode"),
    "GlossaryTerm": ("model", "GlossaryTerm"),
    "Item": ("model", "Item"),
    "Lesson": ("model", "Lesson"),
    "Module": ("model", "Module"),
    "NumericAnswer": ("model", "NumericAnswer"),
    "Option": ("model", "Option"),
    "Pair": ("model", "Pair"),
    "Problem": ("model", "Problem"),
    "Question": ("model", "Question"),
    "QuestionType": ("model", "QuestionType"),
    "Section": ("model", "Section"),
    "Sentence": ("model", "Sentence"),
    "ShortAnswer": ("model", "ShortAnswer"),
    "Source": ("model", "Source"),
    "TimelineEvent": ("model", "TimelineEvent"),
    "Verdict": ("model", "Verdict"),
    "display_path": ("model", "display_path"),
    "load_module": ("modules", "load_module"),
    "ID_RE": ("patterns", "ID_RE"),
    "parse_quiz": ("quizzes", "parse_quiz"),
    "CONTENT_MAX_BYTES": ("textfile", "CONTENT_MAX_BYTES"),
    "ContentTextError": ("textfile", "ContentTextError"),
    "read_content_text": ("textfile", "read_content_text"),
    "EVENT_KINDS": ("timeline", "EVENT_KINDS"),
    "load_timeline": ("timeline", "load_timeline"),
    "validate_roots": ("validation", "validate_roots"),
}

__all__ = [
    "CARDS",
    "CONTENT_MAX_BYTES",
    "Catalog",
    "Claim",
    "ContentTextError",
    "DEFAULT_LOCALE",
    "EVENT_KINDS",
    "FORMAT_VERSION",
    "FeedbackMode",
    "GlossaryTerm",
    "ID_RE",
    "Item",
    "Lesson",
    "MORE_ANCHOR",
    "Module",
    "NumericAnswer",
    "Option",
    "Pair",
    "Problem",
    "Question",
    "QuestionType",
    "STALE_AFTER_DAYS",
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


def __getattr__(name: str) -> Any:
    """Load a re-exported name from its module the first time it is asked for."""
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
