"""The offline mini-web practice tasks: parsing, validation, search and scoring."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from ailiteracy.core import paths
from ailiteracy.core.content import Verdict, _load_locale, validate_roots
from ailiteracy.core.miniweb import parse_practice, score_task, search

TASK = """
[[task]]
id = "t1"
title = "A task"
section = "first#what"
question = "Asked: when?"
answer = "It happened in 2020 and everyone agrees."
first_page = "good"
worked_example = ["Stop: a date.", "Trace it."]
expert_path = ["Open the good page first."]

[[task.page]]
id = "good"
title = "Official record of the event"
domain = "records.example"
date = "1 May 2021"
kind = "primary"
reliable = true
why = "The record itself."
text = "The event happened in 2021."
url = "https://records.example/event"

[[task.page]]
id = "farm"
title = "Amazing facts about the event"
domain = "clicks.example"
date = "no date"
kind = "content-farm"
reliable = false
why = "No author, no sources."
text = "It happened in 2020, trust us."

[[task.claim]]
id = "c1"
text = "It happened in 2020."
verdict = "contradicted"
page = "good"
explanation = "The record says 2021."

[[task.claim]]
id = "c2"
text = "Everyone agrees."
verdict = "not-checkable"
explanation = "Nothing measures it."
"""


def write_practice(root: Path, text: str = TASK, locale: str = "en") -> Path:
    path = root / locale / "demo" / "practice.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_task_is_loaded_with_the_module(content_root: Path) -> None:
    write_practice(content_root)
    write_practice(content_root, locale="zh-CN")
    modules, problems = validate_roots([content_root])
    assert problems == []
    demo = next(m for m in modules if m.id == "demo" and m.locale == "en")
    (task,) = demo.tasks
    assert task.id == "t1" and [p.id for p in task.pages] == ["good", "farm"]
    assert task.claims[0].verdict == Verdict.CONTRADICTED and task.claims[0].page == "good"
    assert task.worked_example == ("Stop: a date.", "Trace it.")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('page = "good"\nexplanation', 'page = "nope"\nexplanation', "no page 'nope' in this task"),
        ('page = "good"\nexplanation', 'page = "farm"\nexplanation', "marked unreliable"),
        ('"contradicted"\npage = "good"\n', '"contradicted"\n', "needs the 'page'"),
        ('section = "first#what"', 'section = "first#nope"', "no lesson section 'first#nope'"),
        ('first_page = "good"', 'first_page = "other"', "'first_page' names no page"),
        ("reliable = false", "reliable = true", "both reliable and unreliable pages"),
        ('kind = "primary"\nreliable = true', 'kind = "primary"\nreliable = false', "should be"),
        ('url = "https://records.example/event"', 'url = "http://x"', "must start with https://"),
        ('worked_example = ["Stop: a date.", "Trace it."]', "worked_example = []", "worked_ex"),
        ('kind = "content-farm"', 'kind = "blog"', "'kind' must be one of"),
        ('domain = "clicks.example"', 'domain = "clicks.com"', "ending in '.example'"),
    ],
)
def test_broken_tasks_are_reported(content_root: Path, old: str, new: str, message: str) -> None:
    assert old in TASK
    path = write_practice(content_root, TASK.replace(old, new, 1))
    write_practice(content_root, locale="zh-CN")
    _modules, problems = validate_roots([content_root])
    assert any(message in p.message and p.path == path for p in problems), problems
    assert all(p.line > 0 for p in problems if p.path == path)


def test_translations_must_keep_task_ids_and_answer_keys(content_root: Path) -> None:
    write_practice(content_root)
    changed = TASK.replace('verdict = "contradicted"', 'verdict = "supported"')
    write_practice(content_root, changed, "zh-CN")
    _modules, problems = validate_roots([content_root])
    assert any("claim c1: contradicted" in p.message for p in problems)


def test_search_ranks_titles_and_leaves_out_pages_without_the_words() -> None:
    task = parse_practice_text(TASK)
    assert [p.id for p in search(task.pages, "")] == ["good", "farm"]
    assert [p.id for p in search(task.pages, "official record")] == ["good"]
    assert [p.id for p in search(task.pages, "EVENT")] == ["good", "farm"]
    assert search(task.pages, "volcano") == []


def test_chinese_queries_match_without_spaces() -> None:
    task = parse_practice_text(TASK.replace("Official record of the event", "事件的官方记录"))
    assert [p.id for p in search(task.pages, "官方记录在哪里")] == ["good"]


def test_scoring_gives_each_claim_equal_weight_and_checks_the_deciding_page() -> None:
    task = parse_practice_text(TASK)
    right = {"c1": Verdict.CONTRADICTED, "c2": Verdict.NOT_CHECKABLE}
    full = score_task(task, right, {"c1": "good"}, ["farm", "good", "farm"])
    assert full.percent == 100
    assert full.opened == ("farm", "good") and full.opened_first_page
    assert full.opened_unreliable == ("farm",)
    wrong_page = score_task(task, right, {"c1": "farm"}, [])
    assert wrong_page.percent == round((0.75 + 1) / 2 * 100)
    assert not wrong_page.opened_first_page
    none = score_task(task, {}, {}, [])
    assert none.percent == 0 and none.claims[0].chosen is None


def parse_practice_text(text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "practice.toml"
        path.write_text(text, encoding="utf-8")
        problems: list = []
        (task,) = parse_practice(path, problems)
        assert problems == []
        return task


RISK_AND_CHECKING = {
    "information-security": 1,
    "false-information": 1,
    "digital-divide": 1,
    "checking-ai": 2,
}


@pytest.mark.parametrize("locale", ["en", "zh-CN"])
def test_shipped_practice_tasks(locale: str) -> None:
    catalog = _load_locale(paths.content_dir(), locale, [])
    for module_id, wanted in RISK_AND_CHECKING.items():
        tasks = catalog.module(module_id).tasks
        assert len(tasks) >= wanted, module_id
        for task in tasks:
            kinds = {p.kind.value for p in task.pages}
            assert kinds & {"primary", "official", "news", "fact-check"}, task.id
            assert kinds & {"content-farm", "outdated", "forum", "advert"}, task.id
            assert {c.verdict for c in task.claims} == set(Verdict), task.id
            assert len(task.worked_example) >= 4, task.id
            for page in task.pages:
                assert page.url.startswith("https://") or "example" in page.domain, page.id
                # every expert's deciding page can be found by searching its own title
                assert page in search(task.pages, page.title), page.id


def test_tasks_and_checked_dates_survive_the_content_cache() -> None:
    from ailiteracy.core import cache
    from ailiteracy.core.miniweb import Page, Task

    root = paths.content_dir()
    problems: list = []
    catalog = _load_locale(root, "en", problems)
    key = cache.fingerprint(root, "en")
    decoded = cache.decode(cache.encode(root, key, catalog, problems), root, key, None)
    assert decoded is not None
    module = decoded[0].module("checking-ai")
    assert isinstance(module.tasks[0], Task) and isinstance(module.tasks[0].pages[0], Page)
    assert module.tasks == catalog.module("checking-ai").tasks
    assert module.lessons[0].checked == catalog.module("checking-ai").lessons[0].checked
