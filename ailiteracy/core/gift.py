"""Import quiz questions from Moodle's GIFT text format.

GIFT is the plain-text question format that Moodle and several other learning
platforms import and export. :func:`parse_gift` turns a GIFT file into question
tables in this app's quiz format (see ``docs/content-format.md``), and
:func:`write_module` writes them out as a new module folder.

Supported GIFT question types and what they become:

=============================  ===========  ======================================
GIFT                           type here    notes
=============================  ===========  ======================================
``{=right ~wrong ~%50%half}``  single       one ``=`` answer; partial credit kept
``{~%50%a ~%50%b ~%-100%c}``   multiple     ``correct = weight > 0``; ``weight`` kept
``{T}`` ``{FALSE#wrong#right}`` truefalse   ``#`` feedback: first for a wrong pick
``{=answer =other answer}``    short        accepted answers, compared loosely
``{=a -> 1 =b -> 2}``          match        two or more pairs
``{#1822:2}`` ``{#3.1..3.2}``  numerical    value, tolerance and weight per answer
=============================  ===========  ======================================

Essay (``{}``) and description (no braces) questions,
and questions that are malformed, are skipped and reported as a
:class:`GiftProblem` with the line the question starts on. Questions that are
imported with a change (for example a partial-credit short answer that had to
be left out) are reported too. Nothing is dropped silently.

This module is pure Python: it must not import Qt.
"""

from __future__ import annotations

import contextvars
import enum
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import tomli_w

from .fileformat import read_file

__all__ = [
    "GIFT_MAX_BYTES",
    "GiftFileImport",
    "GiftImport",
    "GiftImportOutcome",
    "GiftProblem",
    "dumps_quiz",
    "free_module_id",
    "import_gift_file",
    "parse_gift",
    "read_gift_file",
    "suggested_id",
    "write_module",
]

GIFT_MAX_BYTES = 8 * 1024 * 1024  # a Moodle export of thousands of questions is a few MB


def read_gift_file(path: Path) -> str:
    """The text of a GIFT file (UTF-8, with or without a byte-order mark).

    Raises:
        OSError: the file cannot be read, is not an ordinary file, or is too large
            (:class:`fileformat.FileRefused`).
        UnicodeDecodeError: the file is not UTF-8 text.
    """
    return read_file(path, GIFT_MAX_BYTES).decode("utf-8-sig")


@dataclass(frozen=True)
class GiftProblem:
    """A question that was skipped, or imported with a change.

    ``line`` is the 1-based line in the GIFT file where the question starts.
    """

    line: int
    message: str
    skipped: bool = False  # the question was not imported (else: imported with a change)


@dataclass
class GiftImport:
    """The result of :func:`parse_gift`.

    ``questions`` are dicts in the shape of ``[[question]]`` tables of
    ``quiz.toml``; ``categories`` lists the ``$CATEGORY:`` names in file order
    (each once).
    """

    questions: list[dict[str, Any]] = field(default_factory=list)
    problems: list[GiftProblem] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """Questions that were not imported."""
        return sum(1 for p in self.problems if p.skipped)

    @property
    def changed(self) -> int:
        """Imported questions with at least one change reported."""
        return len({p.line for p in self.problems if not p.skipped})


# --------------------------------------------------------------------------- text helpers

BLANK = "_____"
RIGHT = "Correct."
WRONG = "Not correct."
DEFAULT_SUMMARY = "Questions imported from a Moodle GIFT file."

# The text the importer writes for learners, in the languages the app has.
GENERATED_TEXT = {
    "en": {
        "right": RIGHT,
        "wrong": WRONG,
        "answer": "The right answer is {}.",
        "answers": "The right answers are {}.",
        "and": " and ",
        "true": "The statement is true.",
        "false": "The statement is false.",
        "pairs": "The pairs are: {}.",
        "summary": DEFAULT_SUMMARY,
        "objective": "Answer the imported questions.",
        "about": "About these questions",
        "intro": "The questions in this module's quiz were imported from a Moodle GIFT file.",
        "categories": "They come from these question-bank categories:",
        "no categories": "The file did not sort the questions into categories.",
        "try": "Try it yourself",
        "take": "Take the quiz. After each answer, read the feedback and the explanation.",
        "end": "These questions were imported from another learning platform. "
        "Answer them in the quiz.",
    },
    "zh-CN": {
        "right": "正确。",
        "wrong": "不正确。",
        "answer": "正确答案是{}。",
        "answers": "正确答案是{}。",
        "and": "和",
        "true": "这个说法是对的。",
        "false": "这个说法是错的。",
        "pairs": "正确的配对是：{}。",
        "summary": "从 Moodle GIFT 文件导入的题目。",
        "objective": "回答导入的题目。",
        "about": "关于这些题目",
        "intro": "本模块测验中的题目是从 Moodle GIFT 文件导入的。",
        "categories": "它们来自以下题库类别：",
        "no categories": "文件没有把题目分类。",
        "try": "自己试试",
        "take": "做一做测验。每答一题后，读一读反馈和解释。",
        "end": "这些题目来自另一个学习平台。请在测验中回答。",
    },
}
_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("language", default="en")


def _t(key: str) -> str:
    return GENERATED_TEXT.get(_LANGUAGE.get(), GENERATED_TEXT["en"])[key]


# Escaped characters are swapped for private-use placeholders before parsing, so
# that structural characters (~ = # { } :) can be found with plain string
# searches, and swapped back for the real characters at the end.
_ESCAPE_RE = re.compile(r"\\[\\~=#{}:n]")
_PLACEHOLDER = {
    "\\\\": "\ue000",
    "\\~": "\ue001",
    "\\=": "\ue002",
    "\\#": "\ue003",
    "\\{": "\ue004",
    "\\}": "\ue005",
    "\\:": "\ue006",
    "\\n": "\ue007",
}
_RESTORE = str.maketrans(
    {
        "\ue000": "\\",
        "\ue001": "~",
        "\ue002": "=",
        "\ue003": "#",
        "\ue004": "{",
        "\ue005": "}",
        "\ue006": ":",
        "\ue007": "\n",
    }
)

_FORMAT_RE = re.compile(r"\s*\[(html|markdown|plain|moodle)\]", re.IGNORECASE)
_CATEGORY_RE = re.compile(r"^\$CATEGORY:", re.IGNORECASE)
_WEIGHT_RE = re.compile(r"%([^%]*)%")
_TRAILING_PUNCT_RE = re.compile(r"[\s.,;:!?)\]\"'\u2019\u201d\u2026]*")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}

# What the content checker treats as a fact that needs a citation (a year or a
# percentage), a footnote or an image. Category names that contain one are
# listed in a code block in the generated lesson, where the checker ignores them.
_LESSON_UNSAFE_RE = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)(?!\d)|\d\s?[%％]|\[\^|!\[")


class _GiftError(Exception):
    """A question that cannot be imported; the message is shown to the teacher."""


def _protect(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _PLACEHOLDER[m.group()], text)


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


# Pictures, sounds and videos found in the text of the question being read: the app's
# questions hold text only, so each is reported (its alt text, if any, is kept).
_MEDIA: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("media", default=None)
_MEDIA_TAGS = frozenset({"img", "audio", "video", "source", "embed", "object", "iframe"})
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")


class _HTMLText(HTMLParser):
    """Collects the text of an HTML fragment, with line breaks for block tags."""

    BLOCK = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote pre hr dl dt dd".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "a":
            href = str(dict(attrs).get("href") or "")
            self.links.append(href if href.startswith(("http://", "https://")) else "")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in _MEDIA_TAGS:
            found = dict(attrs)
            media = _MEDIA.get()
            if media is not None and (found.get("src") or found.get("data")):
                media.append(str(found.get("src") or found.get("data")))
            if tag == "img" and found.get("alt"):
                self.parts.append(str(found["alt"]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and href not in "".join(self.parts[-3:]):
                self.parts.append(f" ({href})")  # the address stays readable
        elif tag in self.BLOCK and tag not in ("br", "hr", "li"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _html_to_text(text: str, *, keep_lines: bool = False) -> str:
    parser = _HTMLText()
    # In HTML a line break in the source is only a space (Moodle's own format keeps it).
    parser.feed(text.replace("\n", "<br>" if keep_lines else " "))
    parser.close()
    return "".join(parser.parts)


def _markdown_to_text(text: str) -> str:
    """Markdown as the learner should read it: emphasis marks gone, lists and paragraphs
    kept. Raw HTML in it is read as HTML (what Moodle does), pictures are reported."""
    rendered = markdown.markdown(text.replace("\ue007", "\n"))
    return re.sub(r"\n{3,}", "\n\n", _html_to_text(rendered.replace("\n", " ")))


def _split_format(text: str, default: str) -> tuple[str, str]:
    """Strip a leading ``[html]``-style tag; return (format, rest)."""
    match = _FORMAT_RE.match(text)
    if match:
        return match.group(1).lower(), text[match.end() :]
    return default, text


def _to_text(text: str, fmt: str) -> str:
    """Text in a GIFT format -> plain text (placeholders still protected).

    ``[html]``: tags read, line breaks in the source are spaces. ``[markdown]``:
    rendered, then read as HTML. ``[moodle]`` (the default): Moodle's auto-format,
    line breaks kept and any HTML tags in it read. ``[plain]``: as written.
    """
    fmt, text = _split_format(text, fmt)
    if fmt == "html":
        text = _html_to_text(text)
    elif fmt == "markdown":
        text = _markdown_to_text(text)
    elif fmt == "moodle" and _TAG_RE.search(text):
        text = _html_to_text(text, keep_lines=True)
    return text


def _block_text(text: str, fmt: str) -> str:
    """Prompt or explanation text: line breaks kept, spaces tidied, escapes decoded."""
    text = _to_text(text, fmt)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return _restore(joined).strip()


def _inline_text(text: str, fmt: str) -> str:
    """Answer or feedback text: all whitespace collapsed, escapes decoded."""
    text = _to_text(text, fmt)
    return _restore(" ".join(text.split())).strip()


def _quote(text: str) -> str:
    return '"' + " ".join(text.split()) + '"'


def _slug(title: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > 60:
        slug = slug[:60].rsplit("-", 1)[0] if "-" in slug[:60] else slug[:60]
    return slug.strip("-")


def suggested_id(text: str) -> str:
    """An id (lower-case letters, digits, hyphens) made from a name, or ""."""
    return _slug(text)


def _clean_category(raw: str) -> str:
    """``$course$/top/AI basics/Ethics`` -> ``AI basics/Ethics``."""
    text = _restore(_protect(raw)).strip()
    text = re.sub(r"^\$[a-z0-9_]+\$/?", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^top(/|$)", "", text, flags=re.IGNORECASE)
    return "/".join(part.strip() for part in text.split("/") if part.strip())


def _option_id(index: int) -> str:
    return chr(ord("a") + index) if index < 26 else f"o{index + 1}"


def _join_names(names: list[str]) -> str:
    quoted = [_quote(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + _t("and") + quoted[-1]


# --------------------------------------------------------------------------- parsing


@dataclass
class _Parsed:
    line: int
    title: str
    category: str
    question: dict[str, Any]
    notices: list[str]


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Split into blocks of (line number, line) separated by blank lines."""
    text = text.removeprefix("\ufeff")
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if line.strip():
            current.append((number, line))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def parse_gift(text: str, language: str = "en") -> GiftImport:
    """Parse GIFT text into questions in this app's quiz format.

    Text the importer writes itself (feedback left out in the file, explanations
    naming the right answer) is in ``language`` ("en" or "zh-CN").

    Questions that cannot be imported are skipped and reported in
    ``problems``; so are changes made to questions that were imported. Question
    ids are the slug of the ``::title::`` when that is present and unique in the
    file, otherwise ``q1``, ``q2``... by position among the imported questions.
    """
    token = _LANGUAGE.set(language if language in GENERATED_TEXT else "en")
    try:
        return _parse_gift(text)
    finally:
        _LANGUAGE.reset(token)


def _parse_gift(text: str) -> GiftImport:
    result = GiftImport(questions=[], problems=[], categories=[])
    parsed: list[_Parsed] = []
    category = ""
    for block in _blocks(text):
        lines = [(n, line) for n, line in block if not line.strip().startswith("//")]
        if lines and _CATEGORY_RE.match(lines[0][1].strip()):
            category = _clean_category(lines[0][1].strip()[len("$CATEGORY:") :])
            if category and category not in result.categories:
                result.categories.append(category)
            lines = lines[1:]
        if not lines:
            continue
        try:
            parsed.append(_parse_block(block, lines, category))
        except _GiftError as exc:
            result.problems.append(GiftProblem(lines[0][0], f"Skipped: {exc}", skipped=True))
    for item, qid in zip(parsed, _question_ids(parsed), strict=True):
        result.questions.append({"id": qid, **item.question})
        for notice in item.notices:
            result.problems.append(GiftProblem(item.line, f"Imported as '{qid}', but {notice}"))
    result.problems.sort(key=lambda p: p.line)
    return result


def _parse_block(
    block: list[tuple[int, str]], lines: list[tuple[int, str]], category: str
) -> _Parsed:
    """One question: ``lines`` are the block's lines without comments and category."""
    notices: list[str] = []
    media: list[str] = []
    token = _MEDIA.set(media)
    try:
        title, question = _parse_question("\n".join(line for _, line in lines), notices)
    finally:
        _MEDIA.reset(token)
    if media:
        notices.append(
            "questions here hold text only, so these pictures or sounds were left out: "
            + ", ".join(_quote(m) for m in dict.fromkeys(media))
            + "."
        )
    comments = " ".join(line for _, line in block if line.strip().startswith("//"))
    wanted_id = _metadata(comments, notices)
    if wanted_id:
        question["wanted_id"] = wanted_id
    if category:
        question["category"] = category
    return _Parsed(lines[0][0], title, category, question, notices)


def _question_ids(parsed: list[_Parsed]) -> list[str]:
    """Each question's id: its ``[id:...]`` or title made an id when no other question
    has the same, else ``q<n>`` (``q<n>-2``, ... when that is taken)."""
    slugs = [
        str(p.question.pop("wanted_id", "")) or (_slug(p.title) if p.title else "") for p in parsed
    ]
    counts = Counter(s for s in slugs if s)
    used = {s for s in slugs if s and counts[s] == 1}
    ids = []
    for index, slug in enumerate(slugs):
        if slug and counts[slug] == 1:
            ids.append(slug)
            continue
        qid = candidate = f"q{index + 1}"
        suffix = 2
        while candidate in used:
            candidate = f"{qid}-{suffix}"
            suffix += 1
        used.add(candidate)
        ids.append(candidate)
    return ids


_METADATA_RE = re.compile(r"\[(id|tag):([^\]]*)\]", re.IGNORECASE)


def _metadata(comments: str, notices: list[str]) -> str:
    """Moodle's ``// [id:...]`` and ``// [tag:...]`` comments before a question.

    An id that is a valid question id here becomes the question's id; tags have no
    place in a quiz file and are reported.
    """
    wanted, tags = "", []
    for key, value in _METADATA_RE.findall(comments):
        value = value.strip()
        if key.lower() == "tag":
            tags.append(value)
        elif re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", value):
            wanted = value
        else:
            slug = _slug(value)
            notices.append(
                f"its Moodle id {_quote(value)} is not a valid id here"
                + (f"; {_quote(slug)} is used instead" if slug else "")
                + "."
            )
            wanted = slug
    if tags:
        notices.append(
            "quiz files have no tags, so these Moodle tags were left out: "
            + ", ".join(_quote(t) for t in tags)
            + "."
        )
    return wanted


def _parse_question(raw: str, notices: list[str]) -> tuple[str, dict[str, Any]]:
    """One question block -> (title, question dict without id)."""
    text = _protect(raw).strip()

    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise _GiftError(
                "the question name starts with '::' but has no closing '::'. "
                "Write it as ::Name:: before the question text."
            )
        title = _inline_text(text[2:end], "plain")
        text = text[end + 2 :].strip()

    open_pos = text.find("{")
    close_pos = text.find("}")
    if open_pos < 0 and close_pos < 0:
        raise _GiftError(
            "this has no answer part in { } (a description or text-only item). "
            "This app has no place for text without a question, so nothing was imported."
        )
    if open_pos < 0 or (0 <= close_pos < open_pos):
        raise _GiftError(
            "there is a '}' without a '{' before it. "
            "Write \\} for a brace that is part of the text."
        )
    close_pos = text.find("}", open_pos)
    if close_pos < 0:
        raise _GiftError(
            "the answer part starts with '{' but is never closed with '}'. "
            "(A blank line inside the answers also ends the question early.)"
        )
    if "{" in text[open_pos + 1 : close_pos]:
        raise _GiftError(
            "there is a '{' inside the answer part. Write \\{ for a brace that is part of the text."
        )
    prefix, answer, suffix = text[:open_pos], text[open_pos + 1 : close_pos], text[close_pos + 1 :]
    if "{" in suffix or "}" in suffix:
        raise _GiftError(
            "the question has more than one answer part in { }. "
            "This app can import only one blank per question."
        )

    fmt, prefix = _split_format(prefix, "moodle")

    explanation = ""
    feedback_at = answer.rfind("####")
    if feedback_at >= 0:
        explanation = _block_text(answer[feedback_at + 4 :], fmt)
        answer = answer[:feedback_at]
    answer = answer.strip()

    def prompt_with_blank() -> str:
        body = prefix + BLANK + suffix if suffix.strip() else prefix
        prompt = _block_text(body, fmt)
        if not prompt or prompt == BLANK:
            raise _GiftError("the question has no text before or after the answers.")
        return prompt

    def prompt_without_blank(kind: str) -> str:
        if suffix.strip():
            if not _TRAILING_PUNCT_RE.fullmatch(_restore(suffix)):
                raise _GiftError(
                    f"this {kind} question has its answers in the middle of the sentence "
                    "(missing-word style), which this app cannot show for that type. "
                    "Move the { } part to the end of the question."
                )
            body = prefix.rstrip() + suffix.strip()
        else:
            body = prefix
        prompt = _block_text(body, fmt)
        if not prompt:
            raise _GiftError("the question has no text before the answers.")
        return prompt

    if not answer:
        raise _GiftError(
            "this is an essay question (empty { }). "
            "This app has no essay questions, because it cannot mark free writing."
        )
    if answer.startswith("#"):
        return title, _numerical(
            prompt_without_blank("numerical"), explanation, answer[1:], fmt, notices
        )
    if "~" in answer:
        return title, _choice(prompt_with_blank(), explanation, answer, fmt, notices)
    if "=" in answer and "->" in answer:
        return title, _match(prompt_without_blank("matching"), explanation, answer, fmt, notices)
    tf_key = answer.split("#", 1)[0].strip().upper()
    if tf_key in _TF:
        return title, _truefalse(prompt_without_blank("true/false"), explanation, answer, fmt)
    if not answer.startswith("="):
        shown = _inline_text(answer, "plain")
        raise _GiftError(
            f"the answer part {{{shown}}} is not understood. Start right answers with '=' and "
            "wrong ones with '~', or write T or F for a true/false question."
        )
    return title, _short(prompt_with_blank(), explanation, answer, fmt, notices)


def _split_answers(answer: str) -> list[tuple[str, str]]:
    """``=a ~b#fb`` -> [("=", "a "), ("~", "b#fb")]."""
    parts = re.split(r"([~=])", answer)
    if parts[0].strip():
        raise _GiftError(
            f"the answer part has text before the first '~' or '=': "
            f"{_quote(_inline_text(parts[0], 'plain'))}."
        )
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts), 2)]


def _take_weight(body: str) -> tuple[float | None, str]:
    """``%50%text`` -> (50.0, "text"); no weight -> (None, body)."""
    stripped = body.lstrip()
    if not stripped.startswith("%"):
        return None, body
    match = _WEIGHT_RE.match(stripped)
    if not match:
        raise _GiftError(
            f"the answer {_quote(_inline_text(stripped, 'plain'))} starts with '%' but the "
            "weight has no closing '%'. Write weights like ~%50%answer."
        )
    try:
        weight = float(match.group(1).strip())
    except ValueError:
        raise _GiftError(
            f"'%{_restore(match.group(1))}%' is not a percentage weight. "
            "Write weights like ~%50%answer or ~%-100%answer."
        ) from None
    if not -100 <= weight <= 100:
        raise _GiftError(f"the weight {match.group(0)} is outside -100% to 100%.")
    return weight, stripped[match.end() :]


def _text_and_feedback(body: str, fmt: str) -> tuple[str, str]:
    text, _, feedback = body.partition("#")
    return _inline_text(text, fmt), _inline_text(feedback, fmt)


def _base(qtype: str, prompt: str, explanation: str) -> dict[str, Any]:
    return {"type": qtype, "prompt": prompt, "explanation": explanation, "section": ""}


_ChoiceRow = tuple[str, float, str, str]  # marker, weight, text, feedback


def _choice_rows(answer: str, fmt: str) -> list[_ChoiceRow]:
    rows = []
    for marker, body in _split_answers(answer):
        weight, body = _take_weight(body)
        text, feedback = _text_and_feedback(body, fmt)
        if not text:
            raise _GiftError("one of the answers after '~' or '=' is empty.")
        if weight is None:
            weight = 100.0 if marker == "=" else 0.0
        rows.append((marker, weight, text, feedback))
    if len(rows) < 2:
        raise _GiftError("a choice question needs at least two answers.")
    return rows


def _choice(
    prompt: str, explanation: str, answer: str, fmt: str, notices: list[str]
) -> dict[str, Any]:
    rows = _choice_rows(answer, fmt)
    right_marks = sum(1 for marker, *_ in rows if marker == "=")
    if right_marks > 1:
        raise _GiftError(
            "more than one answer is marked right with '='. For a question with several "
            "right answers, give each answer a percentage instead, like ~%50%answer."
        )
    if right_marks:
        return _single_choice(prompt, explanation, rows)
    return _multiple_choice(prompt, explanation, rows)


def _single_choice(prompt: str, explanation: str, rows: list[_ChoiceRow]) -> dict[str, Any]:
    """One answer marked right with '='."""
    partial = any(marker != "=" and weight for marker, weight, *_ in rows)
    options: list[dict[str, Any]] = []
    for index, (marker, weight, text, feedback) in enumerate(rows):
        correct = marker == "="
        option = {
            "id": _option_id(index),
            "text": text,
            "correct": correct,
            "feedback": feedback or (_t("right") if correct else _t("wrong")),
        }
        if partial:  # partial credit, scored as Moodle does
            option["weight"] = 100 if correct else int(round(weight))
        options.append(option)
    if not explanation:
        right = next(o["text"] for o in options if o["correct"])
        explanation = _t("answer").format(_quote(right))
    return {**_base("single", prompt, explanation), "option": options}


def _multiple_choice(prompt: str, explanation: str, rows: list[_ChoiceRow]) -> dict[str, Any]:
    """No answer marked with '=': the right ones have a positive percentage."""
    options: list[dict[str, Any]] = []
    for index, (_marker, weight, text, feedback) in enumerate(rows):
        correct = weight > 0
        options.append(
            {
                "id": _option_id(index),
                "text": text,
                "correct": correct,
                "feedback": feedback or (_t("right") if correct else _t("wrong")),
                "weight": int(round(weight)),
            }
        )
    right = [str(o["text"]) for o in options if o["correct"]]
    if not right:
        raise _GiftError(
            "no answer is marked right. Mark the right answer with '=', or give the right "
            "answers a positive percentage like ~%50%answer."
        )
    if not explanation:
        explanation = _t("answer" if len(right) == 1 else "answers").format(_join_names(right))
    return {**_base("multiple", prompt, explanation), "option": options}


def _truefalse(prompt: str, explanation: str, answer: str, fmt: str) -> dict[str, Any]:
    parts = answer.split("#", 2)
    value = _TF[parts[0].strip().upper()]
    # GIFT: {T#shown after a wrong answer#shown after a right answer}
    wrong = _inline_text(parts[1], fmt) if len(parts) > 1 else ""
    right = _inline_text(parts[2], fmt) if len(parts) > 2 else ""
    wrong, right = wrong or _t("wrong"), right or _t("right")
    if not explanation:
        explanation = _t("true" if value else "false")
    return {
        **_base("truefalse", prompt, explanation),
        "answer": value,
        "feedback_true": right if value else wrong,
        "feedback_false": wrong if value else right,
    }


def _short(
    prompt: str, explanation: str, answer: str, fmt: str, notices: list[str]
) -> dict[str, Any]:
    accepted: list[dict[str, str]] = []
    feedback_wrong = ""
    for _marker, body in _split_answers(answer):
        weight, body = _take_weight(body)
        text, feedback = _text_and_feedback(body, fmt)
        weight = 100.0 if weight is None else weight
        if not text:
            raise _GiftError("one of the answers after '=' is empty.")
        if text == "*" and weight <= 0:
            feedback_wrong = feedback
            if not feedback:
                notices.append("the catch-all answer '*' had no feedback, so it was left out.")
            continue
        if "*" in text:
            notices.append(
                f"the answer {_quote(text)} uses the wildcard '*', which this app does not "
                "support; it was left out."
            )
            continue
        if weight <= 0:
            notices.append(
                f"the answer {_quote(text)} gives no credit; this app keeps only accepted "
                "answers, so it was left out."
            )
            continue
        row: dict[str, Any] = {"text": text, "feedback": feedback or _t("right")}
        if weight < 100:
            row["weight"] = max(1, int(round(weight)))
        accepted.append(row)
    if not any(a.get("weight", 100) == 100 for a in accepted):
        raise _GiftError(
            "the short-answer question has no fully right answer that this app can use. "
            "Write right answers as =answer."
        )
    question = _base("short", prompt, explanation)
    if feedback_wrong:
        question["feedback_wrong"] = feedback_wrong
    question["answer"] = accepted
    return question


def _plain_number(value: float) -> int | float:
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _number_spec(text: str) -> tuple[float, float]:
    """``1822`` -> (1822, 0); ``1822:2`` -> (1822, 2); ``3.141..3.142`` -> middle, half width."""
    spec = _restore(text).strip()
    try:
        if ".." in spec:
            low, high = (float(x) for x in spec.split("..", 1))
            low, high = min(low, high), max(low, high)
            return (low + high) / 2, (high - low) / 2
        value, _, tolerance = spec.partition(":")
        return float(value), abs(float(tolerance)) if tolerance.strip() else 0.0
    except ValueError:
        raise _GiftError(
            f"{_quote(spec)} is not a number. Write numerical answers like {{#1822}}, "
            "{#1822:2} (with a tolerance) or {#3.141..3.142} (a range)."
        ) from None


def _numerical(
    prompt: str, explanation: str, answer: str, fmt: str, notices: list[str]
) -> dict[str, Any]:
    body = answer.strip()
    entries = _split_answers(body) if body[:1] in ("=", "~") else [("=", body)]
    accepted: list[dict[str, Any]] = []
    for marker, entry in entries:
        weight, entry = _take_weight(entry)
        spec, _, feedback = entry.partition("#")
        value, tolerance = _number_spec(spec)
        weight = (100.0 if marker == "=" else 0.0) if weight is None else weight
        if weight <= 0:
            notices.append(
                f"the answer {value:g} gives no credit; this app keeps only accepted numbers, "
                "so it was left out."
            )
            continue
        accepted.append(
            {
                "value": _plain_number(value),
                "tolerance": _plain_number(tolerance),
                "weight": max(1, int(round(weight))),
                "feedback": _inline_text(feedback, fmt),
            }
        )
    if not any(a["weight"] == 100 for a in accepted):
        raise _GiftError("the numerical question has no fully right answer (100%).")
    if not explanation:
        best = next(a for a in accepted if a["weight"] == 100)
        shown = f"{best['value']:g}" + (f" ± {best['tolerance']:g}" if best["tolerance"] else "")
        explanation = _t("answer").format(shown)
    return {**_base("numerical", prompt, explanation), "answer": accepted}


def _match(
    prompt: str, explanation: str, answer: str, fmt: str, notices: list[str]
) -> dict[str, Any]:
    pairs: list[dict[str, str]] = []
    for _marker, body in _split_answers(answer):
        if "->" not in body:
            raise _GiftError(
                f"every answer in a matching question needs the form =left -> right; "
                f"{_quote(_inline_text(body, fmt))} has no '->'."
            )
        left, _, right = body.partition("->")
        right, hashed, feedback = right.partition("#")
        left_text, right_text = _inline_text(left, fmt), _inline_text(right, fmt)
        if not right_text:
            raise _GiftError(f"the matching pair {_quote(left_text)} has nothing after '->'.")
        if hashed:
            notices.append(
                f"feedback on the pair {_quote(left_text)} is not supported in matching "
                "questions and was left out."
            )
        if not left_text:
            notices.append(
                f"the extra right-hand answer {_quote(right_text)} has no left-hand partner; "
                "this app's matching questions have no extra answers, so it was left out."
            )
            continue
        pairs.append({"id": f"p{len(pairs) + 1}", "left": left_text, "right": right_text})
    if len(pairs) < 2:
        raise _GiftError("a matching question needs at least two pairs.")
    rights = Counter(p["right"] for p in pairs)
    duplicate = next((r for r, n in rights.items() if n > 1), None)
    if duplicate is not None:
        raise _GiftError(
            f"two pairs have the same right-hand side {_quote(duplicate)}; this app needs "
            "every right-hand text to be different."
        )
    if not explanation:
        explanation = _t("pairs").format(
            "; ".join(f"{p['left']} \u2192 {p['right']}" for p in pairs)
        )
    return {**_base("match", prompt, explanation), "pair": pairs}


# --------------------------------------------------------------------------- writing


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def dumps_quiz(questions: Iterable[dict[str, Any]]) -> str:
    """Questions -> ``quiz.toml`` text, with ``[[question]]`` and
    ``[[question.option]]``-style headers as in the content-format docs."""
    chunks = ["# Imported from a Moodle GIFT file.\n"]
    for question in questions:
        scalars = {k: v for k, v in question.items() if not _is_table_list(v)}
        nested = {k: v for k, v in question.items() if _is_table_list(v)}
        chunks.append("[[question]]\n" + tomli_w.dumps(scalars, multiline_strings=True))
        for key, rows in nested.items():
            for row in rows:
                chunks.append(f"[[question.{key}]]\n" + tomli_w.dumps(row, multiline_strings=True))
    return "\n".join(chunks)


def _lesson_text(title: str, categories: list[str]) -> str:
    header = tomli_w.dumps(
        {
            "id": "imported",
            "title": title,
            "minutes": 1,
            "objectives": [_t("objective")],
        }
    )
    lines = [
        "+++",
        header.rstrip("\n"),
        "+++",
        "",
        f"## {_t('about')} {{#about}}",
        "",
        _t("intro"),
        "",
    ]
    if categories:
        lines += [_t("categories"), ""]
        if any(_LESSON_UNSAFE_RE.search(c) for c in categories):
            lines += ["```text", *categories, "```"]
        else:
            lines += [f"- {c}" for c in categories]
    else:
        lines.append(_t("no categories"))
    lines += [
        "",
        f'!!! check "{_t("try")}"',
        "    " + _t("take"),
        "",
        "!!! summary",
        "    " + _t("end"),
        "",
    ]
    return "\n".join(lines)


def write_module(
    result: GiftImport,
    out_dir: Path,
    *,
    title: str,
    summary: str = "",
    pass_mark: int = 70,
    language: str = "en",
) -> None:
    """Write an imported quiz as a new module folder (its generated text in ``language``).

    Writes ``module.toml``, ``quiz.toml`` and ``lessons/01-imported.md``. An
    empty ``summary`` is written as :data:`DEFAULT_SUMMARY`, because modules
    need one.
    Raises :class:`FileExistsError` when ``out_dir`` exists and is not an empty
    folder, and :class:`ValueError` when there are no questions, the title is
    empty or the pass mark is not 1-100.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise FileExistsError(f"{out_dir} already exists and is not an empty folder")
    if not result.questions:
        raise ValueError("there are no questions to write")
    if not title.strip():
        raise ValueError("the module needs a title")
    if isinstance(pass_mark, bool) or not isinstance(pass_mark, int) or not 1 <= pass_mark <= 100:
        raise ValueError("pass_mark must be a whole number from 1 to 100")
    ids = [q.get("id") for q in result.questions]
    if len(set(ids)) != len(ids):
        raise ValueError("question ids must be unique")

    token = _LANGUAGE.set(language if language in GENERATED_TEXT else "en")
    try:
        _write_module(result, out_dir, title, summary, pass_mark)
    finally:
        _LANGUAGE.reset(token)


def _write_module(
    result: GiftImport, out_dir: Path, title: str, summary: str, pass_mark: int
) -> None:
    module = {
        "format": 1,
        "title": title,
        "summary": summary.strip() or _t("summary"),
        "order": 100,
        "minutes": max(5, len(result.questions)),
        "pass_mark": pass_mark,
        "feedback": "each",
    }
    lessons = out_dir / "lessons"
    lessons.mkdir(parents=True, exist_ok=True)
    (out_dir / "module.toml").write_text(tomli_w.dumps(module), encoding="utf-8", newline="\n")
    (out_dir / "quiz.toml").write_text(dumps_quiz(result.questions), encoding="utf-8", newline="\n")
    (lessons / "01-imported.md").write_text(
        _lesson_text(title, result.categories), encoding="utf-8", newline="\n"
    )


# --------------------------------------------------------------------------- a file to a module


class GiftImportOutcome(enum.Enum):
    """How importing a GIFT file as a module ended (see :func:`import_gift_file`)."""

    IMPORTED = "imported"
    UNREADABLE = "unreadable"  # the file could not be read (missing, too large, ...)
    NOT_UTF8 = "not-utf8"  # not UTF-8 text, so not a GIFT file from Moodle
    NO_QUESTIONS = "no-questions"  # nothing could be imported: nothing was written
    FOLDER_NOT_EMPTY = "folder-not-empty"  # the module folder exists and is not empty
    NOT_WRITTEN = "not-written"  # writing the module failed


@dataclass(frozen=True)
class GiftFileImport:
    """The outcome of :func:`import_gift_file`: ``parsed`` is None when the file could
    not be read; ``detail`` is the error's own text when reading or writing failed."""

    outcome: GiftImportOutcome
    parsed: GiftImport | None = None
    detail: str = ""


def import_gift_file(
    source: Path, out_dir: Path, *, title: str, language: str = "en"
) -> GiftFileImport:
    """Read the GIFT file ``source`` and write its questions as the new module folder
    ``out_dir`` (the command line's ``import-gift`` and the teacher screen both use it).

    ``title`` is the module's title (the file's name when empty); ``language`` is the
    language of the text the import writes itself. Never raises for a bad file or an
    unwritable folder: the outcome says what happened.
    """
    source = Path(source)
    try:
        text = read_gift_file(source)
    except UnicodeDecodeError as exc:
        return GiftFileImport(GiftImportOutcome.NOT_UTF8, detail=str(exc))
    except OSError as exc:
        return GiftFileImport(GiftImportOutcome.UNREADABLE, detail=exc.strerror or str(exc))
    parsed = parse_gift(text, language)
    if not parsed.questions:
        return GiftFileImport(GiftImportOutcome.NO_QUESTIONS, parsed)
    try:
        write_module(parsed, out_dir, title=title.strip() or source.stem, language=language)
    except FileExistsError as exc:
        return GiftFileImport(GiftImportOutcome.FOLDER_NOT_EMPTY, parsed, str(exc))
    except (OSError, ValueError) as exc:
        return GiftFileImport(GiftImportOutcome.NOT_WRITTEN, parsed, str(exc))
    return GiftFileImport(GiftImportOutcome.IMPORTED, parsed)


def free_module_id(title: str, fallback: str, taken: Iterable[str], folder: Path) -> str:
    """A module id made from ``title`` (else ``fallback``) that is not in ``taken`` and
    not a folder in ``folder`` yet: ``week-3``, else ``week-3-2``, ``week-3-3``, ..."""
    base = suggested_id(title) or suggested_id(fallback) or "imported-questions"
    used = set(taken)
    candidate, n = base, 2
    while candidate in used or (folder / candidate).exists():
        candidate = f"{base}-{n}"
        n += 1
    return candidate


# --------------------------------------------------------------------------- export

# Question types GIFT has no way to write. Moodle has ordering and drag-and-drop
# question types, but only as plug-ins without a GIFT form.
NOT_IN_GIFT = {
    "order": "GIFT has no ordering questions",
    "claim": "GIFT has no question with several verdicts and sources",
    "spot": "GIFT has no question for marking sentences in a text",
}


@dataclass(frozen=True)
class GiftExportNote:
    """A question that was left out of a GIFT export, or written with a change."""

    question: str
    message: str
    skipped: bool = False


def _gift_escape(text: str) -> str:
    """Text with GIFT's special characters escaped and line breaks written as \\n."""
    out = text.replace("\\", "\\\\")
    for ch in "~=#{}:":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def _weight_text(weight: float) -> str:
    return f"%{weight:g}%"


def _number_text(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else repr(value)


def _gift_single(question: Any, notes: list[GiftExportNote]) -> str:
    e = _gift_escape
    weighted = any(o.weight for o in question.options if not o.correct)
    lines = []
    for o in question.options:
        mark = "=" if o.correct else "~"
        weight = _weight_text(o.weight) if weighted and not o.correct and o.weight else ""
        lines.append(f"{mark}{weight}{e(o.text)}#{e(o.feedback)}")
    return _gift_lines(lines)


def _gift_multiple(question: Any, notes: list[GiftExportNote]) -> str:
    weights = [o.weight for o in question.options]
    if any(w is None for w in weights):
        right = [o for o in question.options if o.correct]
        wrong = [o for o in question.options if not o.correct]
        weights = [
            100 / len(right) if o.correct else (-100 / len(wrong) if wrong else 0)
            for o in question.options
        ]
        notes.append(
            GiftExportNote(
                question.id,
                "scored per option here; Moodle adds up weights, so the right options "
                "share 100% and the wrong ones take it away",
            )
        )
    e = _gift_escape
    return _gift_lines(
        f"~{_weight_text(round(weight, 5))}{e(o.text)}#{e(o.feedback)}"
        for o, weight in zip(question.options, weights, strict=True)
    )


def _gift_truefalse(question: Any, notes: list[GiftExportNote]) -> str:
    e = _gift_escape
    wrong = question.feedback_false if question.answer else question.feedback_true
    right = question.feedback_true if question.answer else question.feedback_false
    return f"{'TRUE' if question.answer else 'FALSE'}#{e(wrong)}#{e(right)}"


def _gift_short(question: Any, notes: list[GiftExportNote]) -> str:
    e = _gift_escape
    lines = []
    for a in question.answers:
        weight = _weight_text(a.weight) if a.weight != 100 else ""
        lines.append(f"={weight}{e(a.text)}#{e(a.feedback)}")
    if question.feedback_wrong:
        lines.append(f"=%0%*#{e(question.feedback_wrong)}")
    return _gift_lines(lines)


def _gift_numerical(question: Any, notes: list[GiftExportNote]) -> str:
    lines = []
    for n in question.numbers:
        spec = _number_text(n.value) + (f":{_number_text(n.tolerance)}" if n.tolerance else "")
        weight = _weight_text(n.weight) if n.weight != 100 else ""
        lines.append(f"={weight}{spec}#{_gift_escape(n.feedback)}")
    if question.feedback_wrong:
        notes.append(
            GiftExportNote(question.id, "the feedback for other numbers has no place in GIFT")
        )
    return "#" + _gift_lines(lines)


def _gift_match(question: Any, notes: list[GiftExportNote]) -> str:
    e = _gift_escape
    return _gift_lines(f"={e(p.left)} -> {e(p.right)}" for p in question.pairs)


def _gift_lines(lines: Iterable[str]) -> str:
    return "\n    " + "\n    ".join(lines)


_GIFT_WRITERS: dict[str, Callable[[Any, list[GiftExportNote]], str]] = {
    "single": _gift_single,
    "multiple": _gift_multiple,
    "truefalse": _gift_truefalse,
    "short": _gift_short,
    "numerical": _gift_numerical,
    "match": _gift_match,
}


def _gift_answers(question: Any, notes: list[GiftExportNote]) -> str | None:
    """The ``{...}`` part of one question, or None when GIFT cannot hold it."""
    kind = question.type.value
    if kind in NOT_IN_GIFT:
        notes.append(GiftExportNote(question.id, NOT_IN_GIFT[kind], skipped=True))
        return None
    writer = _GIFT_WRITERS.get(kind)
    if writer is None:  # a type added later without a GIFT form
        notes.append(GiftExportNote(question.id, f"GIFT has no {kind} questions", skipped=True))
        return None
    return writer(question, notes)


def export_gift(
    questions: Iterable[Any], *, category: str = ""
) -> tuple[str, list[GiftExportNote]]:
    """A module's questions as GIFT text for Moodle, and what could not go.

    Prompts are written as ``[plain]`` text, each question named ``::id::``, the
    explanation as general feedback (``####``). Ordering, claim-check and
    spot-the-error questions cannot be written in GIFT and are reported; the lesson
    section a question links to and "How sure are you?" stay in this app.
    """
    notes: list[GiftExportNote] = []
    chunks = ["// Exported from ailiteracy for Moodle (GIFT format).", ""]
    current = None
    for question in questions:
        answers = _gift_answers(question, notes)
        if answers is None:
            continue
        wanted = question.category or category
        if wanted and wanted != current:
            chunks += [f"$CATEGORY: $course$/top/{wanted}", ""]
            current = wanted
        feedback = f"\n    ####{_gift_escape(question.explanation)}" if question.explanation else ""
        chunks.append(
            f"::{_gift_escape(question.id)}::[plain]{_gift_escape(question.prompt)}"
            + "{"
            + answers
            + feedback
            + "\n}"
        )
        chunks.append("")
    return "\n".join(chunks).rstrip("\n") + "\n", notes
