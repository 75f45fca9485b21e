"""Quiz files: ``quiz.toml`` with one ``[[question]]`` table per question.

Each question type has its own parser in :data:`_PARSERS`; it reads the fields of
that type and returns them as keyword arguments of :class:`~.model.Question`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..collector import paused
from .fields import Table, forget_header_lines, read_toml, unique
from .model import (
    Claim,
    Item,
    NumericAnswer,
    Option,
    Pair,
    Problem,
    Question,
    QuestionType,
    Sentence,
    ShortAnswer,
    Source,
    Verdict,
)
from .patterns import pattern
from .textfile import ContentTextError, read_content_text

_Fields = dict[str, Any]

# Made once, not for every question: the allowed values, and each value's member.
_TYPES = {q.value: q for q in QuestionType}
_TYPE_VALUES = tuple(_TYPES)
_VERDICTS = {v.value: v for v in Verdict}
_VERDICT_VALUES = tuple(_VERDICTS)


def parse_quiz(path: Path, module_confidence: bool, problems: list[Problem]) -> list[Question]:
    """Parse a module's quiz file."""
    with paused():
        return _parse_quiz(path, module_confidence, problems)


def _parse_quiz(path: Path, module_confidence: bool, problems: list[Problem]) -> list[Question]:
    forget_header_lines()
    data = read_toml(path, problems)
    if data is None:
        return []
    root = Table(data, path, 0, problems)
    tables = unique(root.tables("question", header="question"), "id", "question")
    questions = []
    for table in tables:
        question = _parse_question(table, module_confidence)
        if question is not None:
            questions.append(question)
    return questions


def _parse_question(t: Table, module_confidence: bool) -> Question | None:
    common = _quick_common_fields(t, module_confidence)
    if common is None:  # something is wrong: check field by field, to report it
        common = _common_fields(t, module_confidence)
    qid, kind, prompt, explanation, section, confidence = common
    extra = _PARSERS[kind](t, kind)
    category = t.get("category", "")
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


_Common = tuple[str, QuestionType, str, str, str, bool]
_COMMON_KEYS = ("id", "type", "prompt", "explanation", "section", "confidence")
_OPTION_KEYS = ("id", "text", "correct", "feedback", "weight")


def _common_fields(t: Table, module_confidence: bool) -> _Common:
    """The fields every question has: id, type, prompt, explanation, section, confidence."""
    qid = t.ident()
    kind = _TYPES[t.choice("type", _TYPE_VALUES)]
    prompt = t.str("prompt")
    explanation = t.str("explanation", required=kind != QuestionType.SHORT)
    section = t.str("section", required=False)
    confidence = t.bool("confidence", default=module_confidence)
    return qid, kind, prompt, explanation, section, confidence


def _quick_common_fields(t: Table, module_confidence: bool) -> _Common | None:
    """:func:`_common_fields` when all of them are right (as in almost every question),
    checked in one go; None when one is not, or might not be (then read them one by one,
    which reports the problem)."""
    get = t.raw.get
    qid, value, prompt = get("id"), get("type"), get("prompt")
    explanation, section = get("explanation"), get("section", "")
    confidence = get("confidence", module_confidence)
    kind = _TYPES.get(value) if type(value) is str else None
    if (
        kind is None
        or type(qid) is not str
        or not _is_id(qid)
        or type(prompt) is not str
        or not prompt
        or prompt.isspace()
        or type(section) is not str
        or type(confidence) is not bool
    ):
        return None
    if kind == QuestionType.SHORT and explanation is None:
        explanation = ""
    elif type(explanation) is not str or (
        kind != QuestionType.SHORT and (not explanation or explanation.isspace())
    ):
        return None
    t.asked.update(_COMMON_KEYS)
    return qid, kind, prompt, explanation, section, confidence


def _is_id(value: str) -> bool:
    return pattern("id").match(value) is not None


# --------------------------------------------------------------------------- one parser per type


def _choice_question(t: Table, kind: QuestionType) -> _Fields:
    """``single`` and ``multiple``: options, one (or at least one) of them correct."""
    options = [
        _option(o) for o in unique(t.tables("option", header="question.option"), "id", "option")
    ]
    correct = sum(o.correct for o in options)
    if len(options) < 2:
        t.error("needs at least two options")
    if kind == QuestionType.SINGLE and correct != 1:
        t.error(f"a 'single' question needs exactly one correct option (found {correct})")
    if kind == QuestionType.MULTIPLE and correct < 1:
        t.error("a 'multiple' question needs at least one correct option")
    return {"options": tuple(options)}


def _option(o: Table) -> Option:
    """One option of a choice question; :func:`_option_by_field` when something is wrong."""
    get = o.raw.get
    oid, text, correct, feedback, weight = (
        get("id"),
        get("text"),
        get("correct"),
        get("feedback"),
        get("weight"),
    )
    if (  # the usual case, checked in one go: what _option_by_field accepts silently
        type(oid) is str
        and _is_id(oid)
        and type(text) is str
        and text
        and not text.isspace()
        and type(correct) is bool
        and type(feedback) is str
        and feedback
        and not feedback.isspace()
        and (weight is None or (type(weight) is int and -100 <= weight <= 100))
    ):
        o.asked.update(_OPTION_KEYS)
        return Option(oid, text, correct, feedback, weight)
    return _option_by_field(o)


def _option_by_field(o: Table) -> Option:
    weight = o.get("weight")
    valid = isinstance(weight, int) and not isinstance(weight, bool) and -100 <= weight <= 100
    if weight is not None and not valid:
        o.error("'weight' must be a whole number from -100 to 100 (percent)")
    whole = weight if isinstance(weight, int) and not isinstance(weight, bool) else None
    return Option(o.ident(), o.str("text"), o.bool("correct"), o.str("feedback"), whole)


def _truefalse_question(t: Table, _kind: QuestionType) -> _Fields:
    return {
        "answer": t.bool("answer"),
        "feedback_true": t.str("feedback_true"),
        "feedback_false": t.str("feedback_false"),
    }


def _claim_question(t: Table, _kind: QuestionType) -> _Fields:
    """``claim``: claims to judge against the question's sources."""
    sources = [
        Source(s.ident(), s.str("title"), s.str("url"), s.str("text"))
        for s in unique(t.tables("source", header="question.source"), "id", "source")
    ]
    for source in sources:
        if source.url and not source.url.startswith(("http://", "https://")):
            t.error(f"source '{source.id}' url must start with https://")
    source_ids = {s.id for s in sources}
    claims = []
    for c in unique(t.tables("claim", header="question.claim"), "id", "claim"):
        verdict = _VERDICTS[c.choice("verdict", _VERDICT_VALUES)]
        src = c.get("source")
        if src is not None and src not in source_ids:
            c.error(f"claim source {src!r} is not one of the question's sources")
        claims.append(Claim(c.ident(), c.str("text"), verdict, src, c.str("explanation")))
    return {"sources": tuple(sources), "claims": tuple(claims)}


def _order_question(t: Table, _kind: QuestionType) -> _Fields:
    items = [
        Item(i.ident(), i.str("text"))
        for i in unique(t.tables("item", header="question.item"), "id", "item")
    ]
    if len(items) < 3:
        t.error("an 'order' question needs at least three items")
    return {"items": tuple(items)}


def _match_question(t: Table, _kind: QuestionType) -> _Fields:
    pairs = [
        Pair(p.ident(), p.str("left"), p.str("right"))
        for p in unique(t.tables("pair", header="question.pair"), "id", "pair")
    ]
    if len(pairs) < 2:
        t.error("a 'match' question needs at least two pairs")
    if len({p.right for p in pairs}) != len(pairs):
        t.error("every 'right' text in a 'match' question must be different")
    return {"pairs": tuple(pairs)}


def _spot_question(t: Table, _kind: QuestionType) -> _Fields:
    sentences = []
    for s in unique(t.tables("sentence", header="question.sentence"), "id", "sentence"):
        wrong = s.bool("wrong")
        sentences.append(
            Sentence(s.ident(), s.str("text"), wrong, s.str("feedback", required=wrong))
        )
    if not any(s.wrong for s in sentences):
        t.error("a 'spot' question needs at least one sentence with wrong = true")
    return {"sentences": tuple(sentences)}


def _short_question(t: Table, _kind: QuestionType) -> _Fields:
    answers = [
        ShortAnswer(a.str("text"), a.str("feedback", required=False), _weight(a))
        for a in t.tables("answer", header="question.answer")
    ]
    if answers and not any(a.weight == 100 for a in answers):
        t.error("a 'short' question needs an answer with weight 100 (or no weight)")
    return {"answers": tuple(answers), "feedback_wrong": t.str("feedback_wrong", required=False)}


def _numerical_question(t: Table, _kind: QuestionType) -> _Fields:
    return {"numbers": _numbers(t), "feedback_wrong": t.str("feedback_wrong", required=False)}


_PARSERS: dict[QuestionType, Callable[[Table, QuestionType], _Fields]] = {
    QuestionType.SINGLE: _choice_question,
    QuestionType.MULTIPLE: _choice_question,
    QuestionType.TRUEFALSE: _truefalse_question,
    QuestionType.CLAIM: _claim_question,
    QuestionType.ORDER: _order_question,
    QuestionType.MATCH: _match_question,
    QuestionType.SPOT: _spot_question,
    QuestionType.SHORT: _short_question,
    QuestionType.NUMERICAL: _numerical_question,
}


def _number(table: Table, key: str, default: float | None = None) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        table.error(f"'{key}' must be a number")
        return 0.0
    return float(value)


def _weight(table: Table) -> int:
    """An accepted answer's ``weight``: 1 to 100 percent, 100 when left out."""
    weight = table.get("weight", 100)
    if isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= 100:
        table.error("'weight' must be a whole number from 1 to 100 (percent)")
        return 100
    return weight


def _numbers(t: Table) -> tuple[NumericAnswer, ...]:
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


def question_lines(path: Path, questions: Sequence[Question]) -> list[int]:
    """Best-effort line of each question's ``id = ...`` in the quiz file."""
    try:
        text = read_content_text(path).splitlines()
    except (OSError, ContentTextError):
        return [1] * len(questions)
    first: dict[str, int] = {}
    id_line = pattern("id_line")
    for number, line in enumerate(text, 1):
        match = id_line.match(line) if "id" in line else None  # the test: a quick filter
        if match:
            first.setdefault(match.group(1), number)
    return [first.get(q.id, 1) for q in questions]
