"""The printable teacher guide of one module, as a PDF.

The guide's content comes from :func:`ailiteracy.core.guide.build_guide` (so it
cannot drift from the lessons, quiz and practice tasks); this module only lays it
out: HTML in a :class:`QTextDocument`, printed on A4 or Letter in large, clear type,
with a page break before each of its four parts (aims and timing, the discussion
plan, the answers to the practice tasks, the quiz's answer key). Every text taken
from the content is escaped, so it is printed as plain text.

Build the copies in ``docs/guides`` from the command line (the same way every time)::

    python -m ailiteracy.ui.guide OUT_DIR
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtWidgets import QApplication

from ..core import languages
from ..core.content.model import Module, PageKind, QuestionType, Verdict
from ..core.guide import (
    AnswerPart,
    PlanStep,
    QuizKey,
    TaskKey,
    TeacherGuide,
    TimingKind,
    build_guide,
)
from . import printing
from .language import install_translators

translate = QCoreApplication.translate

BODY_POINTS = 12
MARGIN_MM = 15
FILE_NAME = "teacher-guide-{module}-{locale}.pdf"  # the copies in docs/guides

GUIDE_CSS = """
h1 { font-size: 24pt; font-weight: bold; color: #1d3557; margin-bottom: 6pt; }
h2 { font-size: 18pt; font-weight: bold; color: #1d3557; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-size: 14pt; font-weight: bold; color: #1d3557; margin-top: 14pt; margin-bottom: 4pt; }
h4 { font-size: 12pt; font-weight: bold; margin-top: 10pt; margin-bottom: 2pt; }
p { margin-top: 3pt; margin-bottom: 3pt; }
li { margin-bottom: 2pt; }
.label { color: #4a5560; }
td { border-width: 1px; border-style: solid; border-color: #7a8694; padding: 4px; }
"""
_TABLE = (
    'border="1" cellspacing="0" cellpadding="4" width="100%" '
    'style="border-width:1px; border-style:solid; border-color:#7a8694; '
    'border-collapse:collapse; margin-top:4px; margin-bottom:8px;"'
)
_BREAK = ' style="page-break-before: always;"'


def _e(text: str) -> str:
    """Content text as plain text in HTML: escaped, its line breaks kept."""
    return printing._e(text).replace("\n", "<br/>")


def _minutes(minutes: int) -> str:
    return translate("TeacherGuide", "%1 min").replace("%1", str(minutes))


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], widths: Iterable[int]) -> str:
    """A table; ``rows`` hold HTML already escaped, ``widths`` are percentages."""
    head = "".join(
        f'<th align="left" width="{w}%" style="background-color:#e3e9f0;">{_e(h)}</th>'
        for h, w in zip(headers, widths, strict=True)
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table {_TABLE}><thead><tr>{head}</tr></thead>{body}</table>"


def _h(tag: str, text: str, attrs: str = "") -> str:
    return f"<{tag}{attrs}>{_e(text)}</{tag}>"


def _box(html: str) -> str:
    """``html`` in a shaded box (an activity from a lesson)."""
    return (
        f'<table {_TABLE}><tr><td style="background-color:#eef3f8; padding:6px;">'
        f"{html}</td></tr></table>"
    )


def _labelled(label: str, text: str) -> str:
    space = "" if label.endswith("：") else " "  # no space after a full-width colon
    return f'<p><span class="label">{_e(label)}</span>{space}{_e(text)}</p>'


# --------------------------------------------------------------------------- the four parts


def _overview(guide: TeacherGuide) -> str:
    out = [
        _h("p", translate("TeacherGuide", "Teacher guide"), ' class="label"'),
        f"<h1>{_e(guide.title)}</h1>",
        f"<p>{_e(guide.summary)}</p>",
        _labelled(
            translate("TeacherGuide", "Time for everything below:"),
            translate("TeacherGuide", "about %1 minutes").replace("%1", str(guide.total_minutes)),
        ),
        _labelled(
            translate("TeacherGuide", "Pass mark of the quiz:"),
            translate("TeacherGuide", "%1%").replace("%1", str(guide.pass_mark)),
        ),
        _h("h2", translate("TeacherGuide", "Aims")),
        _h("p", translate("TeacherGuide", "After each lesson, learners can:")),
    ]
    for number, lesson in enumerate(guide.lessons, start=1):
        heading = (
            translate("TeacherGuide", "Lesson %1: %2")
            .replace("%1", str(number))
            .replace("%2", lesson.title)
        )
        out.append(f"<h3>{_e(heading)}</h3>")
        out.append("<ul>" + "".join(f"<li>{_e(o)}</li>" for o in lesson.objectives) + "</ul>")
    out.append(_h("h2", translate("TeacherGuide", "Timing")))
    kinds = {
        TimingKind.LESSON: translate("TeacherGuide", "Lesson"),
        TimingKind.PRACTICE: translate("TeacherGuide", "Practice task"),
        TimingKind.DISCUSSION: translate("TeacherGuide", "Discussion"),
        TimingKind.QUIZ: translate("TeacherGuide", "Quiz"),
    }
    rows = []
    for row in guide.timing:
        what = _e(row.title)
        if row.kind == TimingKind.PRACTICE:
            what += "<br/>" + _e(
                translate("TeacherGuide", "%1 claims to check; the time is an estimate").replace(
                    "%1", str(row.count)
                )
            )
        elif row.kind == TimingKind.QUIZ:
            what = _e(
                translate("TeacherGuide", "%1 questions; the time is an estimate").replace(
                    "%1", str(row.count)
                )
            )
        rows.append([_e(kinds[row.kind]), what, _e(_minutes(row.minutes))])
    total = translate("TeacherGuide", "Total")
    rows.append(["", _h("b", total), _h("b", _minutes(guide.total_minutes))])
    out.append(
        _table(
            [
                translate("TeacherGuide", "Part"),
                translate("TeacherGuide", "What"),
                translate("TeacherGuide", "Time"),
            ],
            rows,
            [18, 64, 18],
        )
    )
    return "\n".join(out)


def _plan(guide: TeacherGuide) -> str:
    out = [_h("h2", translate("TeacherGuide", "Discussion plan"), _BREAK)]
    if not guide.plan:
        out.append(
            _h("p", translate("TeacherGuide", "This module has no discussion questions yet."))
        )
    for step in guide.plan:
        out.append(_plan_step(step))
    return "\n".join(out)


def _plan_step(step: PlanStep) -> str:
    after = translate("TeacherGuide", "After the lesson: %1")
    out = [_h("h3", after.replace("%1", step.lesson_title))]
    for box in step.checks:
        title = box.title or translate("TeacherGuide", "Check it yourself")
        inside = [_h("h4", translate("TeacherGuide", "Activity: %1").replace("%1", title))]
        if box.section:
            inside.append(_labelled(translate("TeacherGuide", "In the section:"), box.section))
        inside += [_h("p", p) for p in box.paragraphs]
        out.append(_box("\n".join(inside)))
    for item in step.questions:
        d = item.discussion
        label = translate("TeacherGuide", "Discussion question (%1)").replace(
            "%1", _minutes(d.minutes)
        )
        out.append(f"<h4>{_e(label)}</h4>")
        if item.section:
            out.append(_labelled(translate("TeacherGuide", "After the section:"), item.section))
        out.append(f"<p><b>{_e(d.question)}</b></p>")
        if d.notes:
            out.append(_labelled(translate("TeacherGuide", "For the teacher:"), d.notes))
    return "\n".join(out)


def _verdict(verdict: Verdict) -> str:
    return {
        Verdict.SUPPORTED: translate("TeacherGuide", "Supported"),
        Verdict.CONTRADICTED: translate("TeacherGuide", "Contradicted"),
        Verdict.NOT_CHECKABLE: translate("TeacherGuide", "Cannot be checked"),
    }[verdict]


def _kind(kind: PageKind) -> str:
    return {
        PageKind.PRIMARY: translate("TeacherGuide", "primary source"),
        PageKind.OFFICIAL: translate("TeacherGuide", "official explanation"),
        PageKind.NEWS: translate("TeacherGuide", "news report"),
        PageKind.FACT_CHECK: translate("TeacherGuide", "fact-check"),
        PageKind.REFERENCE: translate("TeacherGuide", "reference work"),
        PageKind.OUTDATED: translate("TeacherGuide", "out of date"),
        PageKind.CONTENT_FARM: translate("TeacherGuide", "content farm"),
        PageKind.FORUM: translate("TeacherGuide", "forum post"),
        PageKind.ADVERT: translate("TeacherGuide", "advert"),
    }[kind]


def _tasks(guide: TeacherGuide) -> str:
    if not guide.tasks:
        return ""
    out = [_h("h2", translate("TeacherGuide", "Answers to the practice tasks"), _BREAK)]
    for task in guide.tasks:
        out.append(_task(task))
    return "\n".join(out)


def _task(task: TaskKey) -> str:
    out = [f"<h3>{_e(task.title)}</h3>"]
    if task.lesson_title:
        out.append(_labelled(translate("TeacherGuide", "Practises the lesson:"), task.lesson_title))
    out.append(_h("p", task.question))  # it says who asked what ("Asked: ...")
    out.append(_labelled(translate("TeacherGuide", "The AI answer to check:"), task.answer))
    out.append(_h("h4", translate("TeacherGuide", "The claims")))
    rows = [
        [
            _e(c.text),
            _h("b", _verdict(c.verdict)),
            _e(c.page_title or "–"),
            _e(c.explanation),
        ]
        for c in task.claims
    ]
    headers = [
        translate("TeacherGuide", "Claim"),
        translate("TeacherGuide", "Verdict"),
        translate("TeacherGuide", "Decided by"),
        translate("TeacherGuide", "Why"),
    ]
    out.append(_table(headers, rows, [27, 19, 20, 34]))
    out.append(_h("h4", translate("TeacherGuide", "The pages")))
    rows = [
        [
            _e(p.title) + f'<br/><span class="label">{_e(p.domain)} · {_e(p.date)}</span>',
            _e(_kind(p.kind)),
            _e(
                translate("TeacherGuide", "Reliable")
                if p.reliable
                else translate("TeacherGuide", "Not reliable")
            ),
            _e(p.why),
        ]
        for p in task.pages
    ]
    headers = [
        translate("TeacherGuide", "Page"),
        translate("TeacherGuide", "What it is"),
        translate("TeacherGuide", "Can it be trusted?"),
        translate("TeacherGuide", "Why"),
    ]
    out.append(_table(headers, rows, [30, 16, 16, 38]))
    out.append(
        _labelled(translate("TeacherGuide", "An expert opens first:"), task.first_page_title)
    )
    out.append(_h("h4", translate("TeacherGuide", "The expert’s path")))
    out.append("<ol>" + "".join(f"<li>{_e(s)}</li>" for s in task.expert_path) + "</ol>")
    return "\n".join(out)


def _quiz(guide: TeacherGuide) -> str:
    out = [_h("h2", translate("TeacherGuide", "Quiz answer key"), _BREAK)]
    for key in guide.quiz:
        out.append(_quiz_key(key))
    return "\n".join(out)


def _answer_items(key: QuizKey) -> list[str]:
    """The right answer of one question, as escaped HTML list items."""

    def claim(p: AnswerPart) -> str:
        text = f"<b>{_e(_verdict(p.verdict))}</b>: {_e(p.text)}" if p.verdict else _e(p.text)
        if p.pair:
            text += "<br/>" + _e(translate("TeacherGuide", "Source: %1").replace("%1", p.pair))
        return text

    if key.type == QuestionType.TRUEFALSE:
        return [
            _e(
                translate("TeacherGuide", "True")
                if key.truth
                else translate("TeacherGuide", "False")
            )
        ]
    if key.type == QuestionType.NUMERICAL:
        items = []
        for n in key.numbers:
            text = f"{n.value:g}"
            if n.tolerance:
                text = (
                    translate("TeacherGuide", "%1 (give or take %2)")
                    .replace("%1", text)
                    .replace("%2", f"{n.tolerance:g}")
                )
            if n.weight != 100:
                text = (
                    translate("TeacherGuide", "%1, for %2% of the marks")
                    .replace("%1", text)
                    .replace("%2", str(n.weight))
                )
            items.append(_e(text))
        return items
    if key.type == QuestionType.CLAIM:
        return [claim(p) for p in key.parts]
    if key.type == QuestionType.MATCH:
        return [f"{_e(p.text)} → {_e(p.pair)}" for p in key.parts]
    if key.type == QuestionType.SPOT:
        return [f"{_e(p.text)}<br/>{_e(p.detail)}" if p.detail else _e(p.text) for p in key.parts]
    if key.type == QuestionType.SHORT:
        return [
            _e(p.text)
            if p.weight == 100
            else _e(
                translate("TeacherGuide", "%1, for %2% of the marks")
                .replace("%1", p.text)
                .replace("%2", str(p.weight))
            )
            for p in key.parts
        ]
    return [_e(p.text) for p in key.parts]


def _quiz_key(key: QuizKey) -> str:
    label = {
        QuestionType.ORDER: translate("TeacherGuide", "Right order:"),
        QuestionType.MATCH: translate("TeacherGuide", "Pairs:"),
        QuestionType.SPOT: translate("TeacherGuide", "The wrong sentences:"),
        QuestionType.CLAIM: translate("TeacherGuide", "Verdicts:"),
        QuestionType.SHORT: translate("TeacherGuide", "Accepted answers:"),
        QuestionType.NUMERICAL: translate("TeacherGuide", "Accepted answers:"),
    }.get(key.type, translate("TeacherGuide", "Answer:"))
    tag = "ol" if key.type == QuestionType.ORDER else "ul"
    items = "".join(f"<li>{item}</li>" for item in _answer_items(key))
    out = [
        f"<h4>{key.number}. {_e(key.prompt)}</h4>",
        f'<p class="label">{_e(label)}</p>',
        f"<{tag}>{items}</{tag}>",
        _labelled(translate("TeacherGuide", "Why:"), key.explanation) if key.explanation else "",
    ]
    if key.lesson_title:
        out.append(_labelled(translate("TeacherGuide", "Taught in:"), key.lesson_title))
    return "\n".join(p for p in out if p)


def guide_html(guide: TeacherGuide) -> str:
    """The guide as HTML for a :class:`QTextDocument` (content texts escaped)."""
    return "\n".join(
        part for part in (_overview(guide), _plan(guide), _tasks(guide), _quiz(guide)) if part
    )


# --------------------------------------------------------------------------- documents and files


def guide_document(module: Module) -> QTextDocument:
    """The guide of ``module``, ready to print or to save as a PDF."""
    guide = build_guide(module)
    doc = QTextDocument()
    doc.setDefaultFont(printing.print_font(BODY_POINTS))
    doc.setDefaultStyleSheet(GUIDE_CSS)
    doc.setDocumentMargin(0)
    doc.setHtml(guide_html(guide))
    title = translate("TeacherGuide", "Teacher guide: %1").replace("%1", guide.title)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def guide_pdf(
    path: Path, module: Module, page_size: printing.PageSize = QPageSize.PageSizeId.A4
) -> None:
    """Save the guide of ``module`` as a PDF (written atomically; OSError when it cannot be)."""
    doc = guide_document(module)
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    printing._write_pdf(path, printing.portrait_layout(page_size, MARGIN_MM), title, doc.print_)


def _application() -> QApplication:
    """The running application, or a new one (on Qt's offscreen platform unless another
    platform is set: a command line needs no window)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(["ailiteracy"])


def pdf_for_command_line(module: Module, locale: str, path: Path, *, letter: bool = False) -> None:
    """Save the guide of ``module`` with the interface texts in ``locale`` (``teacher-guide``)."""
    app = _application()
    install_translators(app, locale)
    size = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
    try:
        guide_pdf(path, module, size)
    finally:
        install_translators(app, languages.FALLBACK)


def main(argv: list[str]) -> int:
    """Write every shipped module's guide in every language to OUT_DIR (A4)."""
    if len(argv) != 1:
        print("usage: python -m ailiteracy.ui.guide OUT_DIR", file=sys.stderr)
        return 2
    from ..core import paths
    from ..core.content.catalog import load_catalog

    out = Path(argv[0])
    for locale in languages.CODES:
        for module in load_catalog([paths.content_dir()], locale).modules:
            target = out / FILE_NAME.format(module=module.id, locale=locale)
            pdf_for_command_line(module, locale, target)
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
