"""A learner's results for one assignment, as a file to hand to the teacher.

The file (``*.ailiteracy-results``, UTF-8 JSON with a checksum) is described in
``docs/teachers-formats.md``. It holds only the assigned modules: a summary per
module and every answer given in them, with the attempts numbered per module in
the order they were started. Answers are stored raw (the ids the learner chose);
the class report turns them into text with the teacher's own content.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, Meta, UnsetType

from .assignments import Assignment, AssignmentItem, iso_moment, item_lessons, safe_file_stem
from .calibration import Confidence
from .collector import paused
from .content.model import Catalog
from .content.patterns import ID_RE
from .exchange import (
    MAX_ID,
    MAX_TEXT,
    Envelope,
    Fields,
    FileFormatError,
    FileSpec,
    as_utc,
    dump_file,
    open_typed,
    parse_envelope,
    read_exchange_file,
)
from .fileformat import FormatErrorKind
from .store import Attempt, ProgressStore

RESULTS_FORMAT = "ailiteracy-results"
RESULTS_VERSION = 1
RESULTS_SUFFIX = ".ailiteracy-results"
# A learner who answers 20 questions a day for a year writes about 2.5 MB.
RESULTS_MAX_BYTES = 8 * 1024 * 1024
RESULTS = FileSpec(RESULTS_FORMAT, RESULTS_VERSION, RESULTS_MAX_BYTES, RESULTS_SUFFIX)

LEVELS = frozenset(Confidence)  # the confidence values a results file may carry


@dataclass(frozen=True)
class ModuleResult:
    module: str
    title: str
    best: int | None  # best finished attempt, in percent
    passed: bool
    attempts: int  # finished attempts
    scores: tuple[int, ...] = ()  # percent of each finished attempt, oldest first
    lessons_read: int = 0
    lessons_total: int = 0

    def failed_attempts(self, pass_mark: int) -> int:
        return sum(1 for s in self.scores if s < pass_mark)

    @property
    def started(self) -> bool:
        return self.attempts > 0 or self.lessons_read > 0


class AnswerResult(msgspec.Struct, frozen=True, gc=False):
    """One answer of a results file. A school's report holds hundreds of thousands: a
    msgspec Struct is made several times faster than a frozen dataclass, and is not
    tracked by the cycle collector (it holds only plain values)."""

    module: str
    question: str
    prompt: str
    answer: Any  # as stored by the quiz (see ailiteracy.core.quiz)
    correct: bool
    score: float
    seconds: float
    attempt: str
    attempt_no: int  # 1 for the learner's first attempt at this module
    at: _dt.datetime
    confidence: int | None


@dataclass(frozen=True)
class ResultsFile:
    app_version: str
    assignment_id: str
    assignment_title: str
    class_name: str
    learner_name: str
    learner_id: str
    exported_at: _dt.datetime
    modules: tuple[ModuleResult, ...]
    answers: tuple[AnswerResult, ...]
    answers_omitted: int = 0  # oldest answers left out to keep the file small
    learner_since: str = ""  # when the learner's profile was made (ISO date), if known
    id_missing: bool = False  # an older file without a learner id (see legacy_learner_id)

    def module(self, module_id: str) -> ModuleResult | None:
        return self._by_module.get(module_id)

    @functools.cached_property
    def _by_module(self) -> dict[str, ModuleResult]:
        """The modules by id (the first of any repeated id), found once."""
        out: dict[str, ModuleResult] = {}
        for m in self.modules:
            out.setdefault(m.module, m)
        return out


@dataclass(frozen=True)
class Rejected:
    """A file :func:`load_many` could not take, and why."""

    path: Path
    kind: FormatErrorKind
    detail: str = ""


def _level(confidence: Any) -> int | None:
    """A stored confidence as a results file carries it (None when it is not a level)."""
    if isinstance(confidence, bool) or confidence not in LEVELS:
        return None
    return int(confidence)


def legacy_learner_id(name: str) -> str:
    """The id given to a results file written before files carried one: the same for
    every file with this name, so such files still group by learner as they used to."""
    return "name-" + hashlib.sha256(name.strip().casefold().encode("utf-8")).hexdigest()[:24]


def learner_tag(learner_id: str) -> str:
    """The first 8 letters and digits of a learner id: short enough for a file name,
    and one chance in four billion that two learners share it."""
    return "".join(c for c in learner_id if c.isascii() and c.isalnum())[:8].lower()


def results_filename(assignment: Assignment, learner_name: str, learner_id: str) -> str:
    """A file name for the learner's results (no folder): "Name - Assignment - 1a2b3c4d".

    The learner id's tag keeps two learners with the same name from overwriting each
    other's file in a shared folder; a learner's newer export replaces their older one.
    """
    stem = safe_file_stem(f"{learner_name} - {assignment.title}", "results")
    tag = learner_tag(learner_id)
    return (f"{stem[:50].rstrip(' .')} - {tag}" if tag else stem) + RESULTS_SUFFIX


# --------------------------------------------------------------------------- export


def _numbered(attempts: Iterable[Attempt]) -> dict[str, int]:
    ordered = sorted(attempts, key=lambda a: (a.started, a.id))
    return {a.id: n for n, a in enumerate(ordered, start=1)}


def _module_summary(
    store: ProgressStore,
    assignment: Assignment,
    item: AssignmentItem,
    catalog: Catalog,
    attempts: list[Attempt],
) -> dict[str, Any]:
    """One assigned module's summary: scores, passed, lessons read."""
    module = catalog.module(item.module)
    finished = sorted(
        (a for a in attempts if a.percent is not None), key=lambda a: (a.started, a.id)
    )
    scores = [int(a.percent) for a in finished if a.percent is not None]
    best = max(scores, default=None)
    wanted = item_lessons(item, catalog)
    states = store.lesson_states(item.module)
    read = sum(1 for x in wanted if (s := states.get((item.module, x))) and s.read)
    if item.quiz:
        passed = best is not None and best >= assignment.pass_mark
    else:
        passed = bool(wanted) and read == len(wanted)
    return {
        "module": item.module,
        "title": module.title if module else item.module,
        "best": best,
        "passed": passed,
        "attempts": len(finished),
        "scores": scores,
        "lessons_read": read,
        "lessons_total": len(wanted),
    }


def _module_answers(
    store: ProgressStore, module_id: str, catalog: Catalog, numbers: dict[str, int]
) -> list[dict[str, Any]]:
    """The module's answers, the last one per question in each attempt, oldest first."""
    module = catalog.module(module_id)
    latest: dict[tuple[str, str], Any] = {}
    for record in store.answers(module=module_id):
        latest[(record.attempt, record.question)] = record
    rows = sorted(latest.values(), key=lambda r: (numbers.get(r.attempt, 0), r.at))
    out = []
    for record in rows:
        question = module.question(record.question) if module else None
        out.append(
            {
                "module": module_id,
                "question": record.question,
                "prompt": question.prompt if question else "",
                "answer": record.answer,
                "correct": bool(record.correct),
                "score": float(record.score),
                "seconds": float(record.seconds),
                "attempt": record.attempt,
                "attempt_no": numbers.get(record.attempt, 0),
                "at": record.at,
                "confidence": _level(record.confidence),
            }
        )
    return out


def export_results(
    store: ProgressStore,
    assignment: Assignment,
    catalog: Catalog,
    *,
    learner_name: str,
    learner_id: str,
    app_version: str,
    now: _dt.datetime,
    learner_since: str = "",
) -> bytes:
    """The bytes of the learner's results file for ``assignment``.

    Only the assigned modules are included. Every finished attempt at them counts,
    also one made before the assignment was opened. When the learner changed an
    answer within one attempt, only the last answer is written (it is the one scored).

    Raises:
        ValueError: an empty learner name or id.
    """
    if not learner_name.strip() or not learner_id.strip():
        raise ValueError("the learner's name and id are needed")
    modules: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    started: dict[str, str] = {}  # attempt id -> start time, to drop the oldest first
    for item in assignment.items:
        attempts = store.attempts(item.module)
        modules.append(_module_summary(store, assignment, item, catalog, attempts))
        started.update({a.id: a.started for a in attempts})
        answers += _module_answers(store, item.module, catalog, _numbered(attempts))
    data: dict[str, Any] = {
        "format": RESULTS_FORMAT,
        "version": RESULTS_VERSION,
        "app_version": app_version,
        "assignment": {
            "id": assignment.id,
            "title": assignment.title,
            "class": assignment.class_name,
        },
        "learner": _learner(learner_name, learner_id, learner_since),
        "exported_at": iso_moment(now),
        "modules": modules,
        "answers": answers,
        "answers_omitted": 0,
    }
    out = dump_file(data)
    if len(out) > RESULTS_MAX_BYTES:
        out = _trimmed(data, started)
    return out


def _learner(name: str, learner_id: str, since: str) -> dict[str, str]:
    out = {"name": name.strip(), "id": learner_id.strip()}
    if since:
        out["since"] = since[:10]
    return out


def _trimmed(data: dict[str, Any], started: dict[str, str]) -> bytes:
    """Leave out the answers of the oldest attempts until the file fits."""
    answers: list[dict[str, Any]] = data["answers"]
    order = sorted({a["attempt"] for a in answers}, key=lambda x: (started.get(x, ""), x))
    dropped: set[str] = set()
    for attempt in order:
        dropped.add(attempt)
        kept = [a for a in answers if a["attempt"] not in dropped]
        trial = {**data, "answers": kept, "answers_omitted": len(answers) - len(kept)}
        out = dump_file(trial)
        if len(out) <= RESULTS_MAX_BYTES:
            return out
    return dump_file({**data, "answers": [], "answers_omitted": len(answers)})


# --------------------------------------------------------------------------- import


def _module_from(raw: Any, n: int) -> ModuleResult:
    f = Fields(raw, f"modules[{n}]")
    scores = f.array("scores") if "scores" in f.data else []
    if not all(isinstance(s, int) and not isinstance(s, bool) and 0 <= s <= 100 for s in scores):
        raise FileFormatError(FormatErrorKind.MALFORMED, f"modules[{n}].scores must be percents")
    return ModuleResult(
        module=f.ident("module"),
        title=f.text("title"),
        best=f.integer("best", 0, 100, optional=True),
        passed=f.boolean("passed"),
        attempts=f.integer("attempts", 0, 10**6) or 0,
        scores=tuple(scores),
        lessons_read=f.integer("lessons_read", 0, 10**4, optional=True) or 0,
        lessons_total=f.integer("lessons_total", 0, 10**4, optional=True) or 0,
    )


def _answer_from(raw: Any, n: int) -> AnswerResult:
    f = Fields(raw, f"answers[{n}]")
    return AnswerResult(
        module=f.ident("module"),
        question=f.ident("question"),
        prompt=f.text("prompt"),
        answer=f.data.get("answer"),
        correct=f.boolean("correct"),
        score=f.number("score", 0.0, 1.0),
        seconds=f.number("seconds", 0.0, 10.0**9),
        attempt=f.text("attempt", empty=False, limit=MAX_ID),
        attempt_no=f.integer("attempt_no", 0, 10**6) or 0,
        at=f.moment("at"),
        confidence=f.integer("confidence", min(Confidence), max(Confidence), optional=True),
    )


class _SeenGood:
    """The ids, attempt ids and times already found good in one file's answers.

    A school's results files hold hundreds of thousands of answers whose ids, attempt
    ids and times repeat: each distinct value is checked once. Every check raises
    ValueError or TypeError, as :func:`_answer_from`'s would fail.
    """

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.attempts: set[str] = set()
        self.moments: dict[str, _dt.datetime] = {}

    def ident(self, value: Any) -> str:
        if value not in self.ids:
            if type(value) is not str or len(value) > MAX_ID or not ID_RE.match(value):
                raise ValueError
            self.ids.add(value)
        return str(value)

    def attempt(self, value: Any) -> str:
        if value not in self.attempts:
            if type(value) is not str or len(value) > MAX_ID or not value.strip():
                raise ValueError
            self.attempts.add(value)
        return str(value)

    def moment(self, at: Any) -> _dt.datetime:
        moment = self.moments.get(at) if type(at) is str else None
        if moment is None:
            moment = _dt.datetime.fromisoformat(at)
            if moment.tzinfo is not _dt.UTC:  # our files write UTC: nothing to convert
                moment = as_utc(moment)
            self.moments[at] = moment
        return moment


def _plain_fields_fit(raw: dict[str, Any]) -> bool:
    """Whether an answer's text, flag and number fields are as _answer_from wants them."""
    prompt, correct, score = raw["prompt"], raw["correct"], raw["score"]
    seconds, attempt_no, confidence = raw["seconds"], raw["attempt_no"], raw.get("confidence")
    return (
        type(prompt) is str
        and len(prompt) <= MAX_TEXT
        and type(correct) is bool
        and type(score) in (int, float)
        and 0.0 <= score <= 1.0
        and type(seconds) in (int, float)
        and 0.0 <= seconds <= 10.0**9
        and type(attempt_no) is int
        and 0 <= attempt_no <= 10**6
        and (confidence is None or (type(confidence) is int and confidence in LEVELS))
    )


def _quick_answer(raw: Any, seen: _SeenGood) -> AnswerResult:
    """One answer by the quick checks; KeyError, TypeError or ValueError when it fails one."""
    module, question = seen.ident(raw["module"]), seen.ident(raw["question"])
    attempt, moment = seen.attempt(raw["attempt"]), seen.moment(raw["at"])
    if not _plain_fields_fit(raw):
        raise ValueError
    return AnswerResult(
        module=module,
        question=question,
        prompt=raw["prompt"],
        answer=raw.get("answer"),
        correct=raw["correct"],
        score=float(raw["score"]),
        seconds=float(raw["seconds"]),
        attempt=attempt,
        attempt_no=raw["attempt_no"],
        at=moment,
        confidence=raw.get("confidence"),
    )


def _answers_from(raws: list[Any]) -> tuple[AnswerResult, ...]:
    """Every answer, checked exactly as :func:`_answer_from` checks one, but quicker
    (see :class:`_SeenGood`). An answer that fails any quick check goes through
    :func:`_answer_from`, which raises the precise error."""
    seen = _SeenGood()
    out = []
    for n, raw in enumerate(raws):
        try:
            out.append(_quick_answer(raw, seen))
        except (KeyError, TypeError, ValueError):
            out.append(_answer_from(raw, n))  # raises the precise error, or accepts
    return tuple(out)


# The typed form of a results file for exchange.open_typed: msgspec checks in C what it
# can of what _answer_from checks (types, number ranges, text lengths); the ids, attempt
# ids and times are checked in Python (_typed_answers, as _SeenGood does), and the
# file-level fields by the same Fields checks as on the full path. Values are kept
# as written (a score of 1 stays an integer), so the checksum is over the file's own
# data. Answers and unknown fields are plain values or one or two levels of lists and
# objects (what the quiz stores): anything deeper or else takes the full path.
_Leaf = str | int | float | bool | None
_Value = _Leaf | list[_Leaf] | dict[str, _Leaf | list[_Leaf] | dict[str, _Leaf]]
_Unit = Annotated[int, Meta(ge=0, le=1)] | Annotated[float, Meta(ge=0.0, le=1.0)]
_Seconds = Annotated[int, Meta(ge=0, le=10**9)] | Annotated[float, Meta(ge=0.0, le=10.0**9)]
_Level = Annotated[int, Meta(ge=int(min(Confidence)), le=int(max(Confidence)))]


class _TypedAnswer(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    module: str  # ids, attempt ids and times: _typed_answers
    question: str
    prompt: Annotated[str, Meta(max_length=MAX_TEXT)]
    answer: _Value | UnsetType = UNSET
    correct: bool
    score: _Unit
    seconds: _Seconds
    attempt: str
    attempt_no: Annotated[int, Meta(ge=0, le=10**6)]
    at: str
    confidence: _Level | None | UnsetType = UNSET


class _TypedResults(Envelope, kw_only=True, forbid_unknown_fields=True):
    app_version: _Leaf  # file-level fields: the Fields checks of _results_file
    assignment: dict[str, _Value]
    learner: dict[str, _Value]
    exported_at: _Leaf
    modules: list[dict[str, _Value]]
    answers: list[_TypedAnswer]
    answers_omitted: _Leaf | UnsetType = UNSET


@functools.cache
def _typed_decoder() -> msgspec.json.Decoder[_TypedResults]:
    return msgspec.json.Decoder(_TypedResults)


_GOOD_IDS: set[str] = set()  # ids found good in any file: the same few come back


def _typed_answers(answers: list[Any]) -> tuple[AnswerResult, ...]:
    """The answers of a typed form (:class:`_TypedAnswer`), with the checks msgspec
    did not make, as :class:`_SeenGood` makes them; ValueError or TypeError when one
    fails. (A school's report reads hundreds of thousands: one plain loop.)"""
    good_ids = _GOOD_IDS
    if len(good_ids) > 100_000:
        good_ids.clear()  # a hostile batch of made-up ids
    id_match = ID_RE.compiled.match
    attempts: set[str] = set()
    utc, parse = _dt.UTC, _dt.datetime.fromisoformat
    out: list[AnswerResult] = []
    append = out.append
    for a in answers:
        module, question, attempt = a.module, a.question, a.attempt
        if module not in good_ids:
            if len(module) > MAX_ID or not id_match(module):
                raise ValueError(module)
            good_ids.add(module)
        if question not in good_ids:
            if len(question) > MAX_ID or not id_match(question):
                raise ValueError(question)
            good_ids.add(question)
        if attempt not in attempts:
            if len(attempt) > MAX_ID or not attempt.strip():
                raise ValueError(attempt)
            attempts.add(attempt)
        moment = parse(a.at)
        if moment.tzinfo is not utc:  # our files write UTC: nothing to convert
            moment = as_utc(moment)
        append(
            AnswerResult(
                module,
                question,
                a.prompt,
                None if a.answer is UNSET else a.answer,
                a.correct,
                float(a.score),
                float(a.seconds),
                attempt,
                a.attempt_no,
                moment,
                None if a.confidence is UNSET else a.confidence,
            )
        )
    return tuple(out)


def load_results(data: bytes) -> ResultsFile:
    """Read a results file's bytes.

    A well-formed file is read through its typed form (:func:`exchange.open_typed`),
    several times faster; any other file, and any file whose typed form fails a check,
    takes the full path, which gives the precise reason.

    Raises:
        FileFormatError: NOT_THIS_KIND, TOO_NEW, DAMAGED, MALFORMED or TOO_LARGE.
    """
    typed = open_typed(data, RESULTS, _typed_decoder())
    if typed is not None:
        fields = msgspec.structs.asdict(typed)
        try:
            return _results_file(
                {k: v for k, v in fields.items() if v is not UNSET}, _typed_answers
            )
        except (TypeError, ValueError):
            pass  # the full path below says what is wrong
    return _results_file(parse_envelope(data, RESULTS), _answers_from)


def _results_file(
    obj: dict[str, Any], answers: Callable[[list[Any]], tuple[AnswerResult, ...]]
) -> ResultsFile:
    """A results file from its opened envelope; ``answers`` checks and makes the answers."""
    f = Fields(obj, "results")
    a = Fields(obj.get("assignment"), "assignment")
    learner = Fields(obj.get("learner"), "learner")
    omitted = f.integer("answers_omitted", 0, 10**9, optional=True) or 0
    name = learner.text("name", empty=False)
    has_id = learner.data.get("id") is not None
    learner_id = (
        learner.text("id", empty=False, limit=MAX_ID) if has_id else legacy_learner_id(name)
    )
    since = learner.day("since").isoformat() if learner.data.get("since") is not None else ""
    return ResultsFile(
        app_version=f.text("app_version"),
        assignment_id=a.hex_id("id"),
        assignment_title=a.text("title"),
        class_name=a.text("class"),
        learner_name=name,
        learner_id=learner_id,
        exported_at=f.moment("exported_at"),
        modules=tuple(_module_from(m, n) for n, m in enumerate(f.array("modules"))),
        answers=answers(f.array("answers")),
        answers_omitted=omitted,
        learner_since=since,
        id_missing=not has_id,
    )


def _expand(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        found = [path]
        if path.is_dir():
            try:
                found = sorted(
                    (p for p in path.iterdir() if p.name.endswith(RESULTS_SUFFIX) and p.is_file()),
                    key=lambda p: p.name.casefold(),
                )
            except OSError:
                pass  # the folder itself is then reported as unreadable
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out




def load_many(paths: Iterable[Path]) -> tuple[list[ResultsFile], list[Rejected]]:
    """Read results files; a folder stands for every ``*.ailiteracy-results`` file in it.

    A file that cannot be used is listed in the second list with the reason, and the
    others are still read. A file given by name is read whatever its extension.
    """
    loaded: list[ResultsFile] = []
    rejected: list[Rejected] = []
    with paused():
        for path in _expand(paths):
            found = load_one(path)
            if isinstance(found, Rejected):
                rejected.append(found)
            else:
                loaded.append(found)
    return loaded, rejected


def load_one(path: Path) -> ResultsFile | Rejected:
    """Read one results file (whatever its extension), or say why it cannot be used."""
    try:
        return load_results(read_exchange_file(path, RESULTS))
    except FileFormatError as exc:
        return Rejected(path, exc.kind, exc.detail)


def newest_per_learner(results: Iterable[ResultsFile]) -> tuple[list[ResultsFile], int]:
    """One file per (learner id, assignment id): the newest export. Also returns how many
    older files were set aside."""
    best: dict[tuple[str, str], ResultsFile] = {}
    total = 0
    for r in results:
        total += 1
        key = (r.learner_id, r.assignment_id)
        current = best.get(key)
        if current is None or as_utc(r.exported_at) > as_utc(current.exported_at):
            best[key] = r
    return list(best.values()), total - len(best)
