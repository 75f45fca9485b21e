"""The offline mini-web: practice tasks for checking an AI answer by lateral reading.

A module may hold ``practice.toml`` with ``[[task]]`` tables. Each task has an AI
answer to check (written for the exercise), a think-aloud worked example, a small set
of bundled source pages that the learner finds with a simulated search, the claims to
judge, and the path an expert would take. Nothing here goes online: pages are short
paraphrases written for the app, each naming its real source, date and link.

The learner's verdicts are scored like a claim check: every claim is worth the same,
and naming another page than the deciding one costs a quarter of that claim.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .content.fields import Table, forget_header_lines, read_toml, unique
from .content.model import Page as Page  # re-exported: the practice model lives with the content
from .content.model import PageKind as PageKind
from .content.model import Problem, Verdict
from .content.model import Task as Task
from .content.model import TaskClaim as TaskClaim

PRACTICE_FILE = "practice.toml"
MAX_PAGES = 12


@dataclass(frozen=True)
class ClaimResult:
    claim: TaskClaim
    chosen: Verdict | None
    chosen_page: str
    score: float  # 0..1 for this claim


@dataclass(frozen=True)
class TaskResult:
    claims: tuple[ClaimResult, ...]
    opened: tuple[str, ...]  # pages the learner opened, in order
    score: float  # 0..1 for the task
    opened_first_page: bool  # did the learner open the expert's first page at all
    opened_unreliable: tuple[str, ...] = field(default_factory=tuple)

    @property
    def percent(self) -> int:
        return round(self.score * 100)


# --------------------------------------------------------------------------- search


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _terms(query: str) -> list[str]:
    """Words of a query; Chinese text (no spaces) is split into overlapping pairs."""
    terms: list[str] = []
    for chunk in re.findall(r"[\w.\-]+", _fold(query)):
        if re.search(r"[\u3400-\u9fff]", chunk):
            han = re.sub(r"[^\u3400-\u9fff]", "", chunk)
            terms += [han[i : i + 2] for i in range(max(1, len(han) - 1))]
            terms += re.findall(r"[a-z0-9.\-]+", chunk)
        elif len(chunk) > 1:
            terms.append(chunk)
    return terms


def search(pages: Sequence[Page], query: str) -> list[Page]:
    """Bundled pages matching ``query``, best first; every page for an empty query.

    Titles and domains count more than body text, as on a real results page. Pages
    with no matching word are left out.
    """
    terms = _terms(query)
    if not terms:
        return list(pages)
    scored = []
    for index, page in enumerate(pages):
        head, body = _fold(f"{page.title} {page.domain}"), _fold(page.text)
        score = sum(3 * head.count(t) + body.count(t) for t in terms)
        if score:
            scored.append((-score, index, page))
    return [page for _s, _i, page in sorted(scored)]


# --------------------------------------------------------------------------- scoring


def score_task(
    task: Task,
    verdicts: Mapping[str, Verdict | None],
    pages_chosen: Mapping[str, str],
    opened: Sequence[str] = (),
) -> TaskResult:
    """Score the learner's verdict (and deciding page) for every claim."""
    results = []
    for claim in task.claims:
        chosen = verdicts.get(claim.id)
        page = pages_chosen.get(claim.id, "")
        score = 0.0
        if chosen == claim.verdict:
            score = 1.0
            if claim.page and page != claim.page:
                score = 0.75
        results.append(ClaimResult(claim, chosen, page, score))
    total = sum(r.score for r in results) / len(results) if results else 0.0
    seen = tuple(dict.fromkeys(opened))
    unreliable = tuple(p for p in seen if (pg := task.page(p)) is not None and not pg.reliable)
    return TaskResult(
        claims=tuple(results),
        opened=seen,
        score=total,
        opened_first_page=task.first_page in seen,
        opened_unreliable=unreliable,
    )


# --------------------------------------------------------------------------- parsing


def _texts(t: Table, key: str) -> tuple[str, ...]:
    value = t.data.get(key, [])
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        t.error(f"'{key}' must be a list of text with at least one entry")
        return ()
    if not all(v.strip() for v in value):
        t.error(f"'{key}' has an empty entry")
    return tuple(value)


def _parse_page(t: Table) -> Page:
    url = t.str("url", required=False)
    if url and not url.startswith("https://"):
        t.error("'url' must start with https://")
    domain = t.str("domain")
    if not url and not domain.endswith(".example"):
        t.error("a page without 'url' is invented: give it a domain ending in '.example'")
    reliable = t.bool("reliable")
    kind = PageKind(t.choice("kind", [k.value for k in PageKind], default="reference"))
    if not reliable and kind in (PageKind.PRIMARY, PageKind.OFFICIAL, PageKind.FACT_CHECK):
        t.error(f"a '{kind.value}' page should be reliable; use another 'kind' for this page")
    return Page(
        id=t.ident(),
        title=t.str("title"),
        domain=domain,
        date=t.str("date"),
        kind=kind,
        reliable=reliable,
        why=t.str("why"),
        text=t.str("text"),
        source=t.str("source", required=False),
        url=url,
    )


def _parse_task(t: Table) -> Task | None:
    task_id = t.ident()
    page_tables = unique(t.tables("page", header="task.page"), "id", "page")
    pages = [_parse_page(p) for p in page_tables]
    by_id = {p.id: p for p in reversed(pages)}  # the first page with an id wins
    if len(pages) > MAX_PAGES:
        t.error(f"a task has at most {MAX_PAGES} pages")
    if not any(p.reliable for p in pages) or all(p.reliable for p in pages):
        t.error("a task needs both reliable and unreliable pages")
    claim_tables = unique(t.tables("claim", header="task.claim"), "id", "claim")
    claims = [_parse_claim(c, by_id) for c in claim_tables]
    first_page = t.str("first_page")
    if first_page and first_page not in by_id:
        t.error(f"'first_page' names no page of this task: '{first_page}'")
    task = Task(
        id=task_id,
        title=t.str("title"),
        section=t.str("section"),
        question=t.str("question"),
        answer=t.str("answer"),
        worked_example=_texts(t, "worked_example"),
        pages=tuple(pages),
        claims=tuple(claims),
        expert_path=_texts(t, "expert_path"),
        first_page=first_page,
        line=t.line,
    )
    if not claims:
        t.error("a task needs at least one [[task.claim]]")
    return task if t.ok and all(c.ok for c in [*page_tables, *claim_tables]) else None


def _parse_claim(c: Table, pages: Mapping[str, Page]) -> TaskClaim:
    """One claim of a task; the page that decides it must be one of the task's reliable pages."""
    verdict = Verdict(c.choice("verdict", [v.value for v in Verdict]))
    page = c.str("page", required=False)
    if verdict != Verdict.NOT_CHECKABLE and not page:
        c.error("a supported or contradicted claim needs the 'page' that decides it")
    if page and page not in pages:
        c.error(f"no page '{page}' in this task")
    elif page and not pages[page].reliable:
        c.error(f"claim is decided by page '{page}', which is marked unreliable")
    return TaskClaim(c.ident(), c.str("text"), verdict, page, c.str("explanation"))


def parse_practice(path: Path, problems: list[Problem]) -> list[Task]:
    """Read ``practice.toml``; problems are appended, unusable tasks left out."""
    forget_header_lines(path)
    data = read_toml(path, problems)
    if data is None:
        return []
    root = Table(data, path, 0, problems)
    tasks = []
    for t in unique(root.tables("task", header="task"), "id", "task"):
        task = _parse_task(t)
        if task is not None:
            tasks.append(task)
    return tasks
