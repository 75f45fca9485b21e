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

import csv
import datetime as _dt
import enum
import functools
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .assignments import Assignment
from .content.model import Catalog, Question, QuestionType
from .results import AnswerResult, ModuleResult, ResultsFile, newest_per_learner

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


def learner_labels(files: Iterable[ResultsFile]) -> tuple[dict[str, str], tuple[str, ...]]:
    """A label per learner id, and the names that more than one learner has.

    A unique name is its own label; a shared one gets the profile's date and the start
    of the id, e.g. ``Learner (2026-11-03, #3fa2c1)``.
    """
    ids: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for r in files:
        key = _name_key(r.learner_name)
        ids.setdefault(key, set()).add(r.learner_id)
        first.setdefault(key, r.learner_name)
    shared = {k for k, v in ids.items() if len(v) > 1}
    labels: dict[str, str] = {}
    for r in files:
        if _name_key(r.learner_name) in shared:
            short = "#" + r.learner_id.removeprefix("name-")[:6]
            hint = f"{r.learner_since}, {short}" if r.learner_since else short
            labels[r.learner_id] = f"{r.learner_name} ({hint})"
        else:
            labels[r.learner_id] = r.learner_name
    return labels, tuple(sorted((first[k] for k in shared), key=str.casefold))


def _row(
    assignment: Assignment,
    today: _dt.date,
    r: ResultsFile,
    module: str,
    title: str,
    label: str = "",
) -> ReportRow:
    result: ModuleResult | None = r.module(module)
    if result is None or not result.started:
        status = RowStatus.NOT_STARTED
    elif result.passed:
        status = RowStatus.PASSED
    else:
        status = RowStatus.NOT_PASSED
    passed = status == RowStatus.PASSED
    return ReportRow(
        learner=label or r.learner_name,
        learner_id=r.learner_id,
        class_name=r.class_name or assignment.class_name,
        module=module,
        module_title=title,
        best=result.best if result else None,
        passed=passed,
        attempts=result.attempts if result else 0,
        status=status,
        overdue=assignment.is_overdue(today) and not passed,
    )


def _latest_answers(r: ResultsFile, modules: set[str]) -> dict[tuple[str, str], AnswerResult]:
    latest: dict[tuple[str, str], AnswerResult] = {}
    for a in sorted(r.answers, key=lambda a: (a.attempt_no, a.at)):
        if a.module in modules:
            latest[(a.module, a.question)] = a
    return latest


def _most_missed(
    assignment: Assignment, files: list[ResultsFile], catalog: Catalog, titles: dict[str, str]
) -> tuple[MissedQuestion, ...]:
    modules = set(assignment.modules)
    answered: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    choices: dict[tuple[str, str], Counter[str]] = {}
    shown: dict[tuple[str, str, str], str] = {}
    prompts: dict[tuple[str, str], str] = {}
    questions: dict[tuple[str, str], Question | None] = {}  # looked up once per question
    for r in files:
        for key, a in _latest_answers(r, modules).items():
            if key in questions:
                question = questions[key]
            else:
                module = catalog.module(a.module)
                question = questions[key] = module.question(a.question) if module else None
            prompts[key] = question.prompt if question else (a.prompt or a.question)
            answered[key] += 1
            if a.correct:
                continue
            wrong[key] += 1
            answer_key = _answer_key(question, a.answer)
            choices.setdefault(key, Counter())[answer_key] += 1
            if (*key, answer_key) not in shown:
                shown[(*key, answer_key)] = answer_text(question, a.answer)

    def position(key: tuple[str, str]) -> tuple[int, int, str]:
        module_index = assignment.modules.index(key[0])
        module = catalog.module(key[0])
        ids = [q.id for q in module.questions] if module else []
        return (module_index, ids.index(key[1]) if key[1] in ids else len(ids), key[1])

    out = []
    for key in sorted(wrong, key=lambda k: (-wrong[k], -wrong[k] / answered[k], position(k))):
        counts = sorted(
            (WrongAnswer(shown[(*key, k)], n) for k, n in choices[key].items()),
            key=lambda w: (-w.count, w.text.casefold()),
        )
        out.append(
            MissedQuestion(
                module=key[0],
                module_title=titles.get(key[0], key[0]),
                question=key[1],
                prompt=prompts[key],
                wrong=wrong[key],
                answered=answered[key],
                wrong_answers=tuple(counts),
            )
        )
    return tuple(out)


def _needs_help(
    assignment: Assignment,
    today: _dt.date,
    files: list[ResultsFile],
    titles: dict[str, str],
    labels: dict[str, str],
) -> tuple[HelpNeeded, ...]:
    out: list[HelpNeeded] = []
    for r in files:
        name = labels.get(r.learner_id, r.learner_name)
        results = [m for m in (r.module(x) for x in assignment.modules) if m is not None]
        if assignment.is_overdue(today) and not any(m.started for m in results):
            out.append(HelpNeeded(name, r.learner_id, HelpReason.OVERDUE_NOTHING_DONE))
            continue
        for m in results:
            failed = m.failed_attempts(assignment.pass_mark)
            if failed >= REPEATED_FAILS and not m.passed:
                out.append(
                    HelpNeeded(
                        name,
                        r.learner_id,
                        HelpReason.REPEATED_FAILS,
                        m.module,
                        titles.get(m.module, m.title),
                        failed,
                    )
                )
    return tuple(out)


def _figures(
    assignment: Assignment, rows: list[ReportRow], titles: dict[str, str]
) -> tuple[ModuleFigures, ...]:
    out = []
    for module in assignment.modules:
        mine = [r for r in rows if r.module == module]
        bests = [r.best for r in mine if r.best is not None]
        out.append(
            ModuleFigures(
                module=module,
                title=titles[module],
                learners=len(mine),
                passed=sum(r.status == RowStatus.PASSED for r in mine),
                not_passed=sum(r.status == RowStatus.NOT_PASSED for r in mine),
                not_started=sum(r.status == RowStatus.NOT_STARTED for r in mine),
                average_best=round(sum(bests) / len(bests), 1) if bests else None,
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
    mine = [r for r in results]
    others = tuple(r for r in mine if r.assignment_id != assignment.id)
    files, replaced = newest_per_learner(r for r in mine if r.assignment_id == assignment.id)
    files.sort(
        key=lambda r: (r.learner_name.casefold(), r.learner_name, r.learner_since, r.learner_id)
    )
    labels, same_names = learner_labels(files)

    titles: dict[str, str] = {}
    for module_id in assignment.modules:
        module = catalog.module(module_id)
        from_file = next(
            (m.title for r in files if (m := r.module(module_id)) and m.title), module_id
        )
        titles[module_id] = module.title if module else from_file

    rows = [
        _row(assignment, today, r, module, titles[module], labels[r.learner_id])
        for r in files
        for module in assignment.modules
    ]
    learners = tuple(
        Learner(
            r.learner_name,
            r.learner_id,
            r.class_name,
            r.exported_at,
            r.app_version,
            r.learner_since,
            labels[r.learner_id],
        )
        for r in files
    )
    return ClassReport(
        assignment=assignment,
        today=today,
        learners=learners,
        rows=tuple(rows),
        modules=_figures(assignment, rows, titles),
        most_missed=_most_missed(assignment, files, catalog, titles),
        needs_help=_needs_help(assignment, today, files, titles, labels),
        replaced=replaced,
        other_assignment=others,
        same_names=same_names,
    )


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
