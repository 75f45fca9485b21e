"""The class report: what every learner did with one assignment, from their results files.

Choices (also in ``docs/teachers-formats.md``):

* One file per learner: files with the same learner id and assignment id replace each
  other, and the newest export wins. Files for another assignment are set aside.
* A row per learner and assigned module: ``passed``, ``not passed`` (started: a lesson
  read or a quiz tried) or ``not started``; ``overdue`` when the due date has passed
  and the module is not passed.
* Most-missed questions count each learner once, by the **latest** answer they gave
  to the question (their current understanding, not their first guess). The wrong
  answers are counted the same way and shown as text from the teacher's content.
* Learners are told apart by their stable id, never by name. When two learners share
  a name, both are labelled with the date their profile was made and the start of
  their id (``same_names`` lists such names, so the teacher can be warned).
* A learner needs help when they failed a module's quiz at least twice and have not
  passed it since, or when the due date has passed and they have done nothing.
"""

from __future__ import annotations

import bisect
import csv
import datetime as _dt
import enum
import functools
import io
import itertools
import json
import operator
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .assignments import Assignment
from .collector import paused
from .content.model import Catalog, Question, QuestionType
from .exchange import as_utc
from .results import AnswerResult, ModuleResult, ResultsFile

REPEATED_FAILS = 2
CSV_COLUMNS = (
    "learner",
    "learner_id",
    "class",
    "module",
    "best_score",
    "passed",
    "attempts",
    "status",
    "overdue",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class RowStatus(enum.StrEnum):
    PASSED = "passed"
    NOT_PASSED = "not passed"
    NOT_STARTED = "not started"


class HelpReason(enum.StrEnum):
    REPEATED_FAILS = "repeated-fails"  # failed a module's quiz at least twice, not passed yet
    OVERDUE_NOTHING_DONE = "overdue-nothing-done"  # past the due date, nothing done


@dataclass(frozen=True)
class Learner:
    name: str
    id: str
    class_name: str
    exported_at: _dt.datetime
    app_version: str
    since: str = ""  # when the learner's profile was made (YYYY-MM-DD), if known
    label: str = ""  # the name, with a hint when another learner has the same name

    @property
    def shown(self) -> str:
        return self.label or self.name


@dataclass(frozen=True)
class ReportRow:
    learner: str
    learner_id: str
    class_name: str
    module: str
    module_title: str
    best: int | None
    passed: bool
    attempts: int
    status: RowStatus
    overdue: bool


@dataclass(frozen=True)
class ModuleFigures:
    """The class as a whole on one module."""

    module: str
    title: str
    learners: int
    passed: int
    not_passed: int
    not_started: int
    average_best: float | None  # over learners who finished at least one attempt


@dataclass(frozen=True)
class WrongAnswer:
    text: str  # the answer as the learner saw it ("" when nothing was chosen)
    count: int  # learners whose latest answer this was


@dataclass(frozen=True)
class MissedQuestion:
    module: str
    module_title: str
    question: str
    prompt: str
    wrong: int  # learners whose latest answer is not fully right
    answered: int  # learners who answered it at all
    wrong_answers: tuple[WrongAnswer, ...]


@dataclass(frozen=True)
class HelpNeeded:
    learner: str
    learner_id: str
    reason: HelpReason
    module: str | None = None
    module_title: str = ""
    failed_attempts: int = 0


@dataclass(frozen=True)
class ClassReport:
    assignment: Assignment
    today: _dt.date
    learners: tuple[Learner, ...]
    rows: tuple[ReportRow, ...]
    modules: tuple[ModuleFigures, ...]
    most_missed: tuple[MissedQuestion, ...]
    needs_help: tuple[HelpNeeded, ...]
    replaced: int = 0  # older files of a learner set aside for a newer one
    other_assignment: tuple[ResultsFile, ...] = ()  # files for another assignment
    same_names: tuple[str, ...] = ()  # names that two or more different learners share

    @property
    def overdue(self) -> bool:
        return self.assignment.is_overdue(self.today)

    def rows_for(self, learner_id: str) -> list[ReportRow]:
        return list(self._rows_by_learner.get(learner_id, ()))

    @functools.cached_property
    def _rows_by_learner(self) -> dict[str, list[ReportRow]]:
        """Each learner's rows, found in one pass (a school has thousands of learners)."""
        index: dict[str, list[ReportRow]] = {}
        for row in self.rows:
            index.setdefault(row.learner_id, []).append(row)
        return index


# --------------------------------------------------------------------------- answers as text


def _ids(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return list(dict.fromkeys(v for v in value if isinstance(v, str)))
    return []


def _chosen_texts(known: list[tuple[str, str]], answer: Any) -> str:
    """The texts of the chosen ids in the question's order, then unknown ids sorted."""
    ids = {i for i, _text in known}
    chosen = set(_ids(answer))
    return "; ".join(
        [text for i, text in known if i in chosen] + sorted(x for x in chosen if x not in ids)
    )


def _truefalse_text(question: Question, answer: Any) -> str:
    return ("True" if answer else "False") if isinstance(answer, bool) else str(answer)


def _options_text(question: Question, answer: Any) -> str:
    return _chosen_texts([(o.id, o.text) for o in question.options], answer)


def _sentences_text(question: Question, answer: Any) -> str:
    return _chosen_texts([(x.id, x.text) for x in question.sentences], answer)


def _order_text(question: Question, answer: Any) -> str:
    items = {i.id: i.text for i in question.items}
    return " → ".join(items.get(x, x) for x in _ids(answer))


def _match_text(question: Question, answer: Mapping[str, Any]) -> str:
    rights = {p.id: p.right for p in question.pairs}
    return "; ".join(
        f"{p.left} → {rights.get(answer[p.id], str(answer[p.id]))}"
        for p in question.pairs
        if isinstance(answer.get(p.id), str)
    )


def _claim_text(question: Question, answer: Mapping[str, Any]) -> str:
    sources = {s.id: s.title for s in question.sources}
    parts = []
    for claim in question.claims:
        entry = answer.get(claim.id)
        if not isinstance(entry, Mapping):
            continue
        text = f"{claim.text}: {entry.get('verdict') or '?'}"
        source = entry.get("source")
        if isinstance(source, str) and source:
            text += f" [{sources.get(source, source)}]"
        parts.append(text)
    return "; ".join(parts)


_ANSWER_TEXTS: dict[QuestionType, Callable[[Question, Any], str]] = {
    QuestionType.TRUEFALSE: _truefalse_text,
    QuestionType.SINGLE: _options_text,
    QuestionType.MULTIPLE: _options_text,
    QuestionType.ORDER: _order_text,
    QuestionType.SPOT: _sentences_text,
}
_MAPPING_TEXTS: dict[QuestionType, Callable[[Question, Mapping[str, Any]], str]] = {
    QuestionType.MATCH: _match_text,
    QuestionType.CLAIM: _claim_text,
}


def answer_text(question: Question | None, answer: Any) -> str:
    """A learner's answer written out with the question's own texts.

    Without the question (content the teacher does not have) the raw answer is shown.
    An empty answer gives "".
    """
    if answer is None or answer == [] or answer == {} or answer == "":
        return ""
    if question is None:
        return answer if isinstance(answer, str) else _canonical(answer)
    by_type = _ANSWER_TEXTS.get(question.type)
    if by_type is not None:
        return by_type(question, answer)
    by_mapping = _MAPPING_TEXTS.get(question.type)
    if by_mapping is not None and isinstance(answer, Mapping):
        return by_mapping(question, answer)
    return answer.strip() if isinstance(answer, str) else _canonical(answer)


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _answer_key(question: Question | None, answer: Any) -> str:
    """Equal answers get equal keys (the order of picks in a multiple choice is ignored)."""
    if question is not None and question.type in (QuestionType.MULTIPLE, QuestionType.SPOT):
        return "ids:" + _canonical(sorted(_ids(answer)))
    if isinstance(answer, str):
        return "text:" + " ".join(answer.split()).casefold()
    if answer is None or isinstance(answer, bool):
        return f"const:{answer}"  # true/false questions: no JSON needed
    return "json:" + _canonical(answer)


# --------------------------------------------------------------------------- building


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _label(r: ResultsFile, shared: bool) -> str:
    """The learner's name; a shared one gets the profile's date and the start of the id,
    e.g. ``Learner (2026-11-03, #3fa2c1)``."""
    if not shared:
        return r.learner_name
    short = "#" + r.learner_id.removeprefix("name-")[:6]
    hint = f"{r.learner_since}, {short}" if r.learner_since else short
    return f"{r.learner_name} ({hint})"


def _status(result: ModuleResult | None) -> RowStatus:
    if result is None or not result.started:
        return RowStatus.NOT_STARTED
    return RowStatus.PASSED if result.passed else RowStatus.NOT_PASSED


_ANSWER_ORDER = operator.attrgetter("attempt_no", "at")


def _latest_answers(r: ResultsFile, modules: set[str]) -> dict[tuple[str, str], AnswerResult]:
    latest: dict[tuple[str, str], AnswerResult] = {}
    for a in sorted(r.answers, key=_ANSWER_ORDER):
        if a.module in modules:
            latest[(a.module, a.question)] = a
    return latest


QuestionKey = tuple[str, str]  # (module id, question id)


# One learner's latest answer to one question, as the report counts it: the question,
# its prompt, and for a wrong answer its key (equal answers have equal keys) and text
# (None and "" for a right one). A plain tuple: a school has hundreds of thousands.
_Answered = tuple[QuestionKey, str, str | None, str]


@dataclass(frozen=True)
class _Entry:
    """One learner's newest file and what it adds to the report."""

    file: ResultsFile
    label: str
    learner: Learner
    rows: tuple[ReportRow, ...]
    help: tuple[HelpNeeded, ...]
    answers: tuple[_Answered, ...]

    @property
    def order(self) -> tuple[str, str, str, str]:
        return self.order_of(self.file)

    @staticmethod
    def order_of(r: ResultsFile) -> tuple[str, str, str, str]:
        """Learners are listed by name (then profile date and id, for equal names)."""
        return (r.learner_name.casefold(), r.learner_name, r.learner_since, r.learner_id)


@dataclass(frozen=True)
class ReportChange:
    """What one :meth:`ReportBuilder.add` or :meth:`ReportBuilder.remove` changed, by
    learner id: learners new in the report, learners whose rows changed (a newer file,
    or a label because another learner now shares their name), learners gone.
    ``everything`` is set when every row may have changed (a module's title)."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    everything: bool = False


class ReportBuilder:
    """The class report, built up batch by batch: adding files costs in proportion to
    the files added, not to those added before.

    Files are added under a key the caller chooses (the file's path): adding a key
    again replaces the file added under it before. :meth:`report` gives the report of
    the files added so far; :func:`build_report` is this for one batch.
    """

    def __init__(self, assignment: Assignment, catalog: Catalog, today: _dt.date) -> None:
        self.assignment = assignment
        self.catalog = catalog
        self.today = today
        self._modules = set(assignment.modules)
        self._overdue = assignment.is_overdue(today)
        self._seq = itertools.count()
        self._files: dict[Hashable, ResultsFile] = {}  # every file added, by key
        self._others: dict[Hashable, ResultsFile] = {}  # those for another assignment
        # this assignment's files, per learner id: key -> (order added, file)
        self._candidates: dict[str, dict[Hashable, tuple[int, ResultsFile]]] = {}
        self._entries: dict[str, _Entry] = {}  # learner id -> their newest file's entry
        self._order: list[tuple[str, str, str, str]] = []  # the entries' order, sorted
        self._names: dict[str, set[str]] = {}  # name key -> learner ids in the report
        self._titles = self._module_titles([])
        self._tally = _Tally(assignment.modules)
        self._questions: dict[QuestionKey, Question | None] = {}  # looked up once each
        # The answers counted, each made once and shared by every learner who gave it
        # (a school has hundreds of thousands: fewer objects for the cycle collector).
        self._right_answers: dict[tuple[QuestionKey, str], _Answered] = {}
        self._wrong_answers: dict[tuple[QuestionKey, str, Hashable], _Answered] = {}

    # ------------------------------------------------------------------ adding files

    def add(self, files: Iterable[tuple[Hashable, ResultsFile]]) -> ReportChange:
        """Add ``(key, file)`` pairs; a file added before under the same key is replaced."""
        touched: set[str] = set()
        with paused():
            for key, r in files:
                self._drop(key, touched)
                self._files[key] = r
                if r.assignment_id != self.assignment.id:
                    self._others[key] = r
                else:
                    self._candidates.setdefault(r.learner_id, {})[key] = (next(self._seq), r)
                    touched.add(r.learner_id)
            return self._settle(touched)

    def remove(self, keys: Iterable[Hashable]) -> ReportChange:
        """Take out the files added under ``keys`` (unknown keys are ignored)."""
        touched: set[str] = set()
        for key in keys:
            self._drop(key, touched)
        return self._settle(touched)

    def _drop(self, key: Hashable, touched: set[str]) -> None:
        r = self._files.pop(key, None)
        if r is None or self._others.pop(key, None) is not None:
            return
        mine = self._candidates[r.learner_id]
        del mine[key]
        if not mine:
            del self._candidates[r.learner_id]
        touched.add(r.learner_id)

    def _newest(self, learner_id: str) -> ResultsFile | None:
        """The learner's newest export (of equally new ones, the first added)."""
        mine = self._candidates.get(learner_id)
        if not mine:
            return None
        _n, newest = max(mine.values(), key=lambda x: (as_utc(x[1].exported_at), -x[0]))
        return newest

    def _settle(self, touched: set[str]) -> ReportChange:
        """Count the touched learners' newest files in again, and relabel whoever now
        shares a name (or no longer does)."""
        before = {i: self._entries[i] for i in touched if i in self._entries}
        names: set[str] = set()  # names whose learners may need another label
        for old in before.values():
            self._withdraw(old)
            names.add(_name_key(old.file.learner_name))
        newest = {i: r for i in touched if (r := self._newest(i)) is not None}
        for i, r in newest.items():
            names.add(_name_key(r.learner_name))
            self._names.setdefault(_name_key(r.learner_name), set()).add(i)
        titles = self._module_titles(newest.values())
        everything = titles != self._titles
        self._titles = titles
        changed = [i for i in before if i in newest] + self._relabel(names, everything)
        for r in newest.values():
            self._contribute(self._entry(r, self._label(r)))
        added = tuple(i for i in newest if i not in before)
        removed = tuple(i for i in before if i not in newest)
        return ReportChange(added, tuple(changed), removed, everything)

    def _relabel(self, names: set[str], everything: bool) -> list[str]:
        """Make again the entries of learners with these names whose label changed (of
        every learner when the titles changed); returns their ids."""
        if everything:
            others = list(self._entries)
        else:
            others = [i for k in names for i in self._names.get(k, ()) if i in self._entries]
        changed = []
        for i in others:
            entry = self._entries[i]
            label = self._label(entry.file)
            if everything or label != entry.label:
                self._withdraw(entry, names=False)
                self._contribute(self._entry(entry.file, label))
                changed.append(i)
        return changed

    def _label(self, r: ResultsFile) -> str:
        return _label(r, len(self._names[_name_key(r.learner_name)]) > 1)

    def _contribute(self, entry: _Entry) -> None:
        self._entries[entry.file.learner_id] = entry
        bisect.insort(self._order, entry.order)
        self._tally.count(entry, 1)

    def _withdraw(self, entry: _Entry, *, names: bool = True) -> None:
        learner_id = entry.file.learner_id
        del self._entries[learner_id]
        del self._order[bisect.bisect_left(self._order, entry.order)]
        self._tally.count(entry, -1)
        if names:
            key = _name_key(entry.file.learner_name)
            self._names[key].discard(learner_id)
            if not self._names[key]:
                del self._names[key]

    def _module_titles(self, new: Iterable[ResultsFile]) -> dict[str, str]:
        """Each module's title: the content's, or else the first title in the files."""
        titles = {}
        missing = []
        for module_id in self.assignment.modules:
            module = self.catalog.module(module_id)
            titles[module_id] = module.title if module else module_id
            if module is None:
                missing.append(module_id)
        if missing:  # content the teacher does not have: the files' titles count
            files = sorted(
                [e.file for e in self._entries.values()] + list(new), key=_Entry.order_of
            )
            for module_id in missing:
                titles[module_id] = next(
                    (m.title for r in files if (m := r.module(module_id)) and m.title), module_id
                )
        return titles

    # ------------------------------------------------------------------ one learner

    def _entry(self, r: ResultsFile, label: str) -> _Entry:
        assignment = self.assignment
        rows = []
        for module in assignment.modules:
            result = r.module(module)
            status = _status(result)
            passed = status is RowStatus.PASSED
            rows.append(
                ReportRow(
                    learner=label or r.learner_name,
                    learner_id=r.learner_id,
                    class_name=r.class_name or assignment.class_name,
                    module=module,
                    module_title=self._titles[module],
                    best=result.best if result else None,
                    passed=passed,
                    attempts=result.attempts if result else 0,
                    status=status,
                    overdue=self._overdue and not passed,
                )
            )
        learner = Learner(
            r.learner_name,
            r.learner_id,
            r.class_name,
            r.exported_at,
            r.app_version,
            r.learner_since,
            label,
        )
        answers = self._counted(_latest_answers(r, self._modules))
        return _Entry(r, label, learner, tuple(rows), self._help(r, label), answers)

    def _help(self, r: ResultsFile, name: str) -> tuple[HelpNeeded, ...]:
        results = [m for m in (r.module(x) for x in self.assignment.modules) if m is not None]
        if self._overdue and not any(m.started for m in results):
            return (HelpNeeded(name, r.learner_id, HelpReason.OVERDUE_NOTHING_DONE),)
        out = []
        for m in results:
            failed = m.failed_attempts(self.assignment.pass_mark)
            if failed >= REPEATED_FAILS and not m.passed:
                title = self._titles.get(m.module, m.title)
                reason = HelpReason.REPEATED_FAILS
                out.append(HelpNeeded(name, r.learner_id, reason, m.module, title, failed))
        return tuple(out)

    def _question(self, key: QuestionKey) -> Question | None:
        if key not in self._questions:
            module = self.catalog.module(key[0])
            self._questions[key] = module.question(key[1]) if module else None
        return self._questions[key]

    def _counted(self, latest: dict[QuestionKey, AnswerResult]) -> tuple[_Answered, ...]:
        """A learner's latest answers as the report counts them (one loop: a school
        has hundreds of thousands; a right answer is shared by all who gave it)."""
        questions, right_answers = self._questions, self._right_answers
        out = []
        for key, a in latest.items():
            question = questions[key] if key in questions else self._question(key)
            prompt = question.prompt if question else (a.prompt or a.question)
            if a.correct:
                right = right_answers.get((key, prompt))
                if right is None:
                    right = right_answers[(key, prompt)] = (key, prompt, None, "")
                out.append(right)
            else:
                out.append(self._wrong(key, question, prompt, a.answer))
        return tuple(out)

    def _wrong(
        self, key: QuestionKey, question: Question | None, prompt: str, answer: Any
    ) -> _Answered:
        """A wrong answer as the report counts it, shared by all who gave it."""
        memo = _hashable(answer)
        if type(answer) is dict and question and question.type not in _MAPPING_TEXTS:
            memo = None  # such an answer is written out in its own key order
        if memo is None:
            return (key, prompt, _answer_key(question, answer), answer_text(question, answer))
        wrong = self._wrong_answers.get((key, prompt, memo))
        if wrong is None:
            found = (key, prompt, _answer_key(question, answer), answer_text(question, answer))
            wrong = self._wrong_answers[(key, prompt, memo)] = found
        return wrong

    # ------------------------------------------------------------------ the report

    def report(self) -> ClassReport:
        """The report of the files added so far."""
        entries = [self._entries[order[-1]] for order in self._order]
        candidates = sum(len(c) for c in self._candidates.values())
        shared = [ids for ids in self._names.values() if len(ids) > 1]
        same_names = sorted(
            (min(self._entries[i].order for i in ids)[1] for ids in shared), key=str.casefold
        )
        return ClassReport(
            assignment=self.assignment,
            today=self.today,
            learners=tuple(e.learner for e in entries),
            rows=tuple(itertools.chain.from_iterable(e.rows for e in entries)),
            modules=self._tally.figures(self._titles),
            most_missed=self._tally.most_missed(self.assignment, self.catalog, self._titles),
            needs_help=tuple(itertools.chain.from_iterable(e.help for e in entries)),
            replaced=candidates - len(entries),
            other_assignment=tuple(self._others.values()),
            same_names=tuple(same_names),
        )


def _bump(counts: dict[Any, int], key: Any, step: int) -> None:
    left = counts.get(key, 0) + step
    if left:
        counts[key] = left
    else:
        del counts[key]


def _hashable(answer: Any) -> Hashable | None:
    """A stand-in for ``answer`` to look its key up by (None: not worth it). Equal
    stand-ins mean equal answers, but for the order of an object's keys, which neither
    the answer's key nor its text depends on (matching and claim answers)."""
    kind = type(answer)
    if kind is str or kind is bool or answer is None:
        return (kind, answer)
    if kind is list and all(type(x) is str for x in answer):
        return (kind, *answer)
    if kind is dict:  # matching and claim answers
        items = []
        for key, value in answer.items():
            inner = _hashable(value)
            if inner is None:
                return None
            items.append((key, inner))
        return (kind, frozenset(items))
    return None


class _Tally:
    """The class as a whole: per module and per question, kept up to date as learners'
    entries are counted in (+1) and out (-1)."""

    def __init__(self, modules: Iterable[str]) -> None:
        self.rows: dict[str, Counter[RowStatus]] = {m: Counter() for m in modules}
        self.bests: dict[str, list[int]] = {m: [0, 0] for m in modules}  # sum, count
        self.answered: dict[QuestionKey, int] = {}
        self.wrong: dict[QuestionKey, int] = {}
        self.choices: dict[QuestionKey, dict[str, int]] = {}
        self.shown: dict[tuple[QuestionKey, str], str] = {}  # the first text seen
        self.prompts: dict[QuestionKey, str] = {}

    def count(self, entry: _Entry, step: int) -> None:
        for row in entry.rows:
            self.rows[row.module][row.status] += step
            if row.best is not None:
                best = self.bests[row.module]
                best[0] += step * row.best
                best[1] += step
        answered, wrong, prompts = self.answered, self.wrong, self.prompts
        for question, prompt, key, text in entry.answers:
            left = answered.get(question, 0) + step  # _bump, inlined: the most common case
            if left:
                answered[question] = left
            else:
                del answered[question]
            prompts[question] = prompt
            if key is None:
                continue
            _bump(wrong, question, step)
            choices = self.choices.setdefault(question, {})
            _bump(choices, key, step)
            if not choices:
                del self.choices[question]
            self.shown.setdefault((question, key), text)

    def figures(self, titles: dict[str, str]) -> tuple[ModuleFigures, ...]:
        out = []
        for module, counts in self.rows.items():
            total, n = self.bests[module]
            out.append(
                ModuleFigures(
                    module=module,
                    title=titles[module],
                    learners=counts.total(),
                    passed=counts[RowStatus.PASSED],
                    not_passed=counts[RowStatus.NOT_PASSED],
                    not_started=counts[RowStatus.NOT_STARTED],
                    average_best=round(total / n, 1) if n else None,
                )
            )
        return tuple(out)

    def most_missed(
        self, assignment: Assignment, catalog: Catalog, titles: dict[str, str]
    ) -> tuple[MissedQuestion, ...]:
        places: dict[str, dict[str, int]] = {}

        def position(key: QuestionKey) -> tuple[int, int, str]:
            if key[0] not in places:
                module = catalog.module(key[0])
                ids = [q.id for q in module.questions] if module else []
                places[key[0]] = {q: n for n, q in enumerate(ids)}
            ids_at = places[key[0]]
            return (assignment.modules.index(key[0]), ids_at.get(key[1], len(ids_at)), key[1])

        wrong, answered = self.wrong, self.answered
        out = []
        for key in sorted(wrong, key=lambda k: (-wrong[k], -wrong[k] / answered[k], position(k))):
            counts = sorted(
                (WrongAnswer(self.shown[(key, k)], n) for k, n in self.choices[key].items()),
                key=lambda w: (-w.count, w.text.casefold()),
            )
            out.append(
                MissedQuestion(
                    module=key[0],
                    module_title=titles.get(key[0], key[0]),
                    question=key[1],
                    prompt=self.prompts[key],
                    wrong=wrong[key],
                    answered=answered[key],
                    wrong_answers=tuple(counts),
                )
            )
        return tuple(out)


def build_report(
    assignment: Assignment,
    results: Iterable[ResultsFile],
    catalog: Catalog,
    today: _dt.date,
) -> ClassReport:
    """The class report for ``assignment`` from the learners' results files."""
    builder = ReportBuilder(assignment, catalog, today)
    builder.add(enumerate(results))
    return builder.report()


# --------------------------------------------------------------------------- CSV


def _cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def report_csv(report: ClassReport) -> bytes:
    """The report's rows as CSV for a spreadsheet: UTF-8 with a BOM (so Excel reads
    Chinese names), one header row, one row per learner and module, numbers unquoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.rows:
        writer.writerow(
            [
                _cell(row.learner),
                _cell(row.learner_id),
                _cell(row.class_name),
                _cell(row.module_title),
                "" if row.best is None else row.best,
                "TRUE" if row.passed else "FALSE",
                row.attempts,
                row.status.value,
                "TRUE" if row.overdue else "FALSE",
            ]
        )
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


GRADEBOOK_ID_COLUMN = "learner_id"
GRADEBOOK_FIXED_COLUMNS = (GRADEBOOK_ID_COLUMN, "learner", "class")


def gradebook_csv(report: ClassReport) -> bytes:
    """The report as a gradebook: one row per learner, one column per module.

    Columns: ``learner_id``, ``learner``, ``class``, then each assigned module (its
    title) with the learner's best score as a whole number 0-100, empty when no
    attempt was finished. Whole numbers only, so the file reads the same wherever
    the comma is the decimal mark. UTF-8 with a BOM, comma-separated, CRLF, as
    :func:`report_csv`. Moodle's grade import (CSV) maps ``learner_id`` to a user
    field and each module column to a grade item (see docs/teachers-formats.md).
    """
    titles = [m.title for m in report.modules]
    seen: Counter[str] = Counter(titles)
    headers = [f"{m.title} ({m.module})" if seen[m.title] > 1 else m.title for m in report.modules]
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([*GRADEBOOK_FIXED_COLUMNS, *(_cell(h) for h in headers)])
    bests: dict[str, dict[str, int | None]] = {}
    for row in report.rows:
        bests.setdefault(row.learner_id, {})[row.module] = row.best
    for learner in report.learners:
        best = bests.get(learner.id, {})
        writer.writerow(
            [
                _cell(learner.id),
                _cell(learner.shown),
                _cell(learner.class_name or report.assignment.class_name),
                *("" if best.get(m.module) is None else best[m.module] for m in report.modules),
            ]
        )
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")
