"""The shipped curriculum meets its own rules (module list, size, exercises, sources)."""

from __future__ import annotations

import re

import pytest

from ailiteracy.core import paths
from ailiteracy.core.content import QuestionType, _load_locale

MODULES = [  # the suggested order: the practical checking routine comes early
    "ai-basics",
    "checking-ai",
    "information-security",
    "false-information",
    "digital-divide",
    "global-governance",
]
RISK_MODULES = ["information-security", "false-information", "digital-divide", "checking-ai"]


@pytest.fixture(scope="module", params=["en", "zh-CN"])
def catalog(request):
    problems: list = []
    found = _load_locale(paths.content_dir(), request.param, problems)
    assert problems == []
    return found


def test_every_module_is_there_in_order(catalog) -> None:
    assert [m.id for m in sorted(catalog.modules, key=lambda m: m.order)] == MODULES


def test_module_size_and_parts(catalog) -> None:
    for module in catalog.modules:
        assert 3 <= len(module.lessons) <= 6, module.id
        for lesson in module.lessons:
            assert 5 <= lesson.minutes <= 10, (module.id, lesson.id)
            assert lesson.objectives, (module.id, lesson.id)
            assert "!!! summary" in lesson.body, (module.id, lesson.id)
        assert any("!!! check" in lesson.body for lesson in module.lessons), module.id
        assert len(module.questions) >= 10, module.id
        for q in module.questions:
            assert q.explanation.strip() and q.section, (module.id, q.id)
            assert all(o.feedback.strip() for o in q.options), (module.id, q.id)


def test_exercise_types_are_used(catalog) -> None:
    for module_id in RISK_MODULES:
        types = {q.type for q in catalog.module(module_id).questions}
        assert QuestionType.CLAIM in types, module_id
    for module in catalog.modules:
        types = {q.type for q in module.questions}
        assert types & {QuestionType.ORDER, QuestionType.MATCH, QuestionType.SPOT}, module.id


def test_claim_checks_have_every_verdict_and_real_sources(catalog) -> None:
    for module in catalog.modules:
        for q in module.questions:
            if q.type != QuestionType.CLAIM:
                continue
            assert {c.verdict.value for c in q.claims} == {
                "supported",
                "contradicted",
                "not-checkable",
            }, (module.id, q.id)
            assert all(s.url.startswith("https://") for s in q.sources), (module.id, q.id)


def test_every_lesson_cites_linked_sources(catalog) -> None:
    for module in catalog.modules:
        for lesson in module.lessons:
            refs = set(re.findall(r"\[\^([^\]]+)\](?!:)", lesson.body))
            defs = dict(re.findall(r"^\[\^([^\]]+)\]:\s*(.*)$", lesson.body, flags=re.M))
            assert refs, (module.id, lesson.id)
            assert refs == set(defs), (module.id, lesson.id)
            assert all(re.search(r"<https?://", text) for text in defs.values()), lesson.id


def test_glossary_covers_each_module_and_timeline_links_sources(catalog) -> None:
    linked = {t.lesson.partition("/")[0] for t in catalog.glossary.values() if t.lesson}
    assert set(MODULES) <= linked
    assert len(catalog.timeline) >= 20
    assert all(e.source.startswith("https://") and e.lesson for e in catalog.timeline)
    assert {e.kind for e in catalog.timeline} >= {"principles", "law", "declaration", "initiative"}


def test_the_article_errors_are_not_repeated_as_fact() -> None:
    """Part A of the fact sheet: wrong dates from the source article never stated as fact."""
    en = _load_locale(paths.content_dir(), "en", [])
    allowed = {("global-governance", "checking-the-article")}  # the activity that checks them
    patterns = [
        r"UNESCO[^.\n]{0,80}\b(adopted|issued|published)[^.\n]{0,40}\b2019\b",
        r"European Commission[^.\n]{0,60}\b2018\b[^.\n]{0,60}Ethics Guidelines",
        r"first international (statement|declaration) on AI",
    ]
    for module in en.modules:
        for lesson in module.lessons:
            if (module.id, lesson.id) in allowed:
                continue
            for line in lesson.body.splitlines():
                for pattern in patterns:
                    match = re.search(pattern, line)
                    quoted = match and re.search(r"[\"\u201c]", line[: match.start()])
                    if (
                        match
                        and not quoted
                        and not re.search(
                            r"\b(not|only|wrong|mistake|error|claims?|says?)\b", line, flags=re.I
                        )
                    ):
                        pytest.fail(f"{module.id}/{lesson.id}: {line.strip()[:160]}")
