"""Scoring quiz answers, for every question type, with partial credit.

Answers are plain JSON-friendly values so they can be stored and exported:

=========== ===================================================================
type        answer
=========== ===================================================================
single      option id (``str``)
multiple    list of option ids
truefalse   ``bool``
claim       ``{claim_id: {"verdict": "supported"|..., "source": id or None}}``
order       list of item ids, first to last
match       ``{pair_id (left side): pair_id whose right side was chosen}``
spot        list of sentence ids marked wrong
short       text
numerical   the number as typed (``str``; ``1 822``, ``3,14`` and ``3.14`` are read)
=========== ===================================================================

An empty or missing answer scores 0. Duplicate picks count once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from typing import Any

from .content.model import NumericAnswer, Question, QuestionType, ShortAnswer, Verdict

SOURCE_PENALTY = 0.25


@dataclass(frozen=True)
class PartResult:
    """How one part of an answer (an option, a claim, a pair...) was judged."""

    id: str
    correct: bool
    expected: Any
    given: Any


@dataclass(frozen=True)
class Score:
    """The result of one answer: ``value`` from 0 to 1, ``correct`` when full marks."""

    value: float
    parts: tuple[PartResult, ...] = field(default_factory=tuple)

    @property
    def correct(self) -> bool:
        return self.value >= 0.999


def _ids(values: Any) -> list[str]:
    if isinstance(values, str):
        return [values]
    if not isinstance(values, Iterable):
        return []
    out: list[str] = []
    for v in values:
        if isinstance(v, str) and v not in out:
            out.append(v)
    return out


def score(question: Question, answer: Any) -> Score:
    """Score ``answer`` to ``question``; malformed answers score 0, never raise."""
    handler = _HANDLERS[question.type]
    return handler(question, answer)


def _single(q: Question, answer: Any) -> Score:
    """Right or wrong; with ``weight`` on the options, the chosen option's weight
    (partial credit, as in Moodle), between 0 and 100%."""
    right = next(o.id for o in q.options if o.correct)
    given = answer if isinstance(answer, str) else None
    ok = given == right
    value = 1.0 if ok else 0.0
    if not ok and any(o.weight for o in q.options):
        chosen = next((o for o in q.options if o.id == given), None)
        value = min(max((chosen.weight or 0) / 100, 0.0), 1.0) if chosen else 0.0
    return Score(value, (PartResult(q.id, ok, right, given),))


def _multiple(q: Question, answer: Any) -> Score:
    """Per option; with ``weight`` on any option, as Moodle scores a multiple-answer
    question: the weights of the picked options added up, between 0 and 100%."""
    picked = set(_ids(answer)) if answer is not None else set()
    if not picked:
        parts = tuple(PartResult(o.id, False, o.correct, False) for o in q.options)
        return Score(0.0, parts)
    parts = tuple(
        PartResult(o.id, (o.id in picked) == o.correct, o.correct, o.id in picked)
        for o in q.options
    )
    if any(o.weight is not None for o in q.options):
        total = sum(o.weight or 0 for o in q.options if o.id in picked)
        # Whole-percent weights such as 33 + 33 + 33 stand for thirds: they make 100%.
        full = sum(max(o.weight or 0, 0) for o in q.options)
        return Score(min(max(total / (full if 97 <= full < 100 else 100), 0.0), 1.0), parts)
    return Score(sum(p.correct for p in parts) / len(parts), parts)


def _truefalse(q: Question, answer: Any) -> Score:
    ok = isinstance(answer, bool) and answer == q.answer
    return Score(1.0 if ok else 0.0, (PartResult(q.id, ok, q.answer, answer),))


def _claim(q: Question, answer: Any) -> Score:
    given = answer if isinstance(answer, Mapping) else {}
    parts = []
    total = 0.0
    for claim in q.claims:
        entry = given.get(claim.id)
        verdict = entry.get("verdict") if isinstance(entry, Mapping) else None
        source = entry.get("source") if isinstance(entry, Mapping) else None
        right = verdict == claim.verdict.value
        credit = 1.0 if right else 0.0
        if right and claim.source and source and source != claim.source:
            credit -= SOURCE_PENALTY
        total += credit
        parts.append(
            PartResult(
                claim.id,
                credit >= 0.999,
                {"verdict": claim.verdict.value, "source": claim.source},
                {"verdict": verdict, "source": source},
            )
        )
    return Score(total / len(q.claims) if q.claims else 0.0, tuple(parts))


def _order(q: Question, answer: Any) -> Score:
    expected = [i.id for i in q.items]
    given = [i for i in _ids(answer) if i in expected]
    if len(given) != len(expected):
        return Score(0.0, tuple(PartResult(i, False, n, None) for n, i in enumerate(expected)))
    position = {item: n for n, item in enumerate(given)}
    pairs = list(combinations(expected, 2))
    right_pairs = sum(position[a] < position[b] for a, b in pairs)
    parts = tuple(
        PartResult(item, given[n] == item, item, given[n]) for n, item in enumerate(expected)
    )
    return Score(right_pairs / len(pairs) if pairs else 1.0, parts)


def _match(q: Question, answer: Any) -> Score:
    given = answer if isinstance(answer, Mapping) else {}
    used: set[str] = set()
    parts = []
    for pair in q.pairs:
        chosen = given.get(pair.id)
        ok = chosen == pair.id and chosen not in used
        if isinstance(chosen, str):
            used.add(chosen)
        parts.append(PartResult(pair.id, ok, pair.id, chosen))
    return Score(sum(p.correct for p in parts) / len(parts) if parts else 0.0, tuple(parts))


def _spot(q: Question, answer: Any) -> Score:
    marked = set(_ids(answer)) if answer is not None else set()
    parts = tuple(
        PartResult(s.id, (s.id in marked) == s.wrong, s.wrong, s.id in marked) for s in q.sentences
    )
    if not marked:  # marking nothing is no answer, even though the right sentences are "left"
        return Score(0.0, parts)
    return Score(sum(p.correct for p in parts) / len(parts), parts)


def normalise_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def short_match(q: Question, answer: Any) -> ShortAnswer | None:
    """The first accepted answer that ``answer`` matches (Moodle's order), or None."""
    given = normalise_text(answer) if isinstance(answer, str) else ""
    if not given:
        return None
    return next((a for a in q.answers if normalise_text(a.text) == given), None)


def _short(q: Question, answer: Any) -> Score:
    match = short_match(q, answer)
    value = match.weight / 100 if match else 0.0
    right = [a.text for a in q.answers if a.weight == 100]
    return Score(value, (PartResult(q.id, value >= 0.999, right, answer),))


@cache
def _number_re() -> re.Pattern[str]:
    """A typed number (compiled on first use, not when the app starts)."""
    return re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def parse_number(text: Any) -> float | None:
    """A number as a learner types it, or None.

    Spaces (also thin and no-break ones) and apostrophes between digit groups are
    ignored. One comma is read as the decimal mark when there is no point
    (``3,14``); commas next to a point are group separators (``1,822.5``).
    """
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text) if math.isfinite(text) else None
    if not isinstance(text, str):
        return None
    cleaned = re.sub(r"[\s\u00a0\u202f'\u2019]", "", text.replace("\u2212", "-"))
    if "." in cleaned:
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    if not _number_re().fullmatch(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def numeric_match(q: Question, answer: Any) -> NumericAnswer | None:
    """The first accepted number that takes ``answer`` (Moodle's order), or None."""
    number = parse_number(answer)
    if number is None:
        return None
    return next((n for n in q.numbers if n.accepts(number)), None)


def _numerical(q: Question, answer: Any) -> Score:
    match = numeric_match(q, answer)
    value = match.weight / 100 if match else 0.0
    expected = [(n.value, n.tolerance) for n in q.numbers if n.weight == 100]
    return Score(value, (PartResult(q.id, value >= 0.999, expected, answer),))


_HANDLERS = {
    QuestionType.SINGLE: _single,
    QuestionType.MULTIPLE: _multiple,
    QuestionType.TRUEFALSE: _truefalse,
    QuestionType.CLAIM: _claim,
    QuestionType.ORDER: _order,
    QuestionType.MATCH: _match,
    QuestionType.SPOT: _spot,
    QuestionType.SHORT: _short,
    QuestionType.NUMERICAL: _numerical,
}


def is_answered(question: Question, answer: Any) -> bool:
    """Whether the learner gave an answer the app can score (used to enable Submit)."""
    if answer is None:
        return False
    if question.type == QuestionType.TRUEFALSE:
        return isinstance(answer, bool)
    if question.type == QuestionType.CLAIM:
        return isinstance(answer, Mapping) and all(
            isinstance(answer.get(c.id), Mapping) and answer[c.id].get("verdict") in set(Verdict)
            for c in question.claims
        )
    if question.type == QuestionType.MATCH:
        return isinstance(answer, Mapping) and all(answer.get(p.id) for p in question.pairs)
    if question.type == QuestionType.ORDER:
        return len(_ids(answer)) == len(question.items)
    if question.type == QuestionType.SPOT:
        return isinstance(answer, list)
    if question.type == QuestionType.NUMERICAL:
        return parse_number(answer) is not None
    if isinstance(answer, str):
        return bool(answer.strip())
    return bool(_ids(answer))


def quiz_percent(scores: Sequence[float], count: int) -> int:
    """Whole-quiz score in percent, rounded half up; unanswered questions count 0."""
    if count <= 0:
        return 0
    return int(sum(scores) / count * 100 + 0.5)


def passed(percent: int, pass_mark: int) -> bool:
    return percent >= pass_mark


@dataclass(frozen=True)
class SectionOutcome:
    """How the learner did on the questions that test one lesson section."""

    section: str  # "lesson-id#anchor" (or just "lesson-id")
    right: int
    total: int

    @property
    def all_right(self) -> bool:
        return self.right == self.total


def section_outcomes(
    questions: Iterable[Question], correct: Mapping[str, bool]
) -> list[SectionOutcome]:
    """Per lesson section, in quiz order: how many of its questions were answered right.

    ``correct`` maps question ids to whether the answer was right; a question missing
    from it was not answered and counts as not right. Questions without a section are
    left out.
    """
    tally: dict[str, list[int]] = {}
    for question in questions:
        if not question.section:
            continue
        counts = tally.setdefault(question.section, [0, 0])
        counts[0] += bool(correct.get(question.id, False))
        counts[1] += 1
    return [SectionOutcome(section, right, total) for section, (right, total) in tally.items()]
