"""Plain-language texts of the teacher screens: numbers, dates, report rows.

Why a file was refused is said by ``ui/errors.py``, as on every screen."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from pathlib import Path

from ...core.content import Problem, display_path
from ...core.report import (
    HelpReason,
    ReportRow,
    RowStatus,
)
from .common import translate


def percent_text(value: int | float | None) -> str:
    if value is None:
        return "\u2014"
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    return translate("TeacherView", "%1%").replace("%1", shown)


def date_text(day: _dt.date) -> str:
    """A date as YYYY-MM-DD: the same in every language, as in the due date field."""
    return day.isoformat()


# --------------------------------------------------------------------------- the teacher PIN


def problem_text(problem: Problem, root: Path | None = None) -> str:
    """A content problem as "file, line N: what is wrong" (the file relative to ``root``)."""
    where = display_path(problem.path)
    if root is not None:
        try:
            where = problem.path.relative_to(root).as_posix()
        except ValueError:
            pass
    if problem.line > 0:
        return (
            translate("TeacherView", "%1, line %2: %3")
            .replace("%1", where)
            .replace("%2", str(problem.line))
            .replace("%3", problem.message)
        )
    return translate("TeacherView", "%1: %2").replace("%1", where).replace("%2", problem.message)


def problems_report(problems: Iterable[Problem], roots: Iterable[Path]) -> str:
    """Content problems grouped by the content folder they are in, one per line."""
    roots = list(roots)
    groups: dict[Path | None, list[str]] = {}
    for problem in problems:
        root = next((r for r in roots if problem.path.is_relative_to(r)), None)
        groups.setdefault(root, []).append(problem_text(problem, root))
    parts = []
    for root, lines in groups.items():
        if root is not None:
            heading = translate("TeacherView", "In %1:").replace("%1", str(root))
        else:
            heading = translate("TeacherView", "Elsewhere:")
        parts.append("\n".join([heading, *("  " + line for line in lines)]))
    return "\n\n".join(parts)


def help_text(reason: HelpReason, module_title: str, failed: int) -> str:
    if reason == HelpReason.REPEATED_FAILS:
        return (
            translate("TeacherView", 'failed the quiz of "%1" %2 times and has not passed it yet')
            .replace("%1", module_title)
            .replace("%2", str(failed))
        )
    return translate("TeacherView", "the due date has passed and nothing has been done")


def status_text(row: ReportRow) -> str:
    text = {
        RowStatus.PASSED: translate("TeacherView", "Passed"),
        RowStatus.NOT_PASSED: translate("TeacherView", "Not passed"),
        RowStatus.NOT_STARTED: translate("TeacherView", "Not started"),
    }[row.status]
    if row.overdue:
        text = translate("TeacherView", "%1, overdue").replace("%1", text)
    return text


def cell_text(row: ReportRow) -> str:
    """One table cell: best score and attempts, then the status."""
    if row.best is None and row.attempts == 0:
        first = "\u2014"
    else:
        first = (
            translate("TeacherView", "%1 (attempts: %2)")
            .replace("%1", percent_text(row.best))
            .replace("%2", str(row.attempts))
        )
    return f"{first}\n{status_text(row)}"
