"""Search: FTS5 ranking, phrases, parts of words, typos, Chinese, and highlight spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from ailiteracy.core import paths
from ailiteracy.core.content import load_catalog
from ailiteracy.core.search import MatchKind, SearchIndex, has_fts5, plain_text


def test_this_python_has_fts5_with_trigrams() -> None:
    assert has_fts5()


@pytest.fixture(scope="module")
def english():
    index = SearchIndex(load_catalog([paths.content_dir()], "en"))
    yield index
    index.close()


@pytest.fixture(scope="module")
def chinese():
    index = SearchIndex(load_catalog([paths.content_dir()], "zh-CN"))
    yield index
    index.close()


def test_ai_act_puts_the_ai_act_section_first(english) -> None:
    hits = english.search("AI Act")
    assert hits[0].title.endswith("The EU AI Act")
    assert hits[0].match is MatchKind.PHRASE
    start, end = hits[0].spans[0]
    assert hits[0].snippet[start:end].casefold() == "ai act"


def test_a_typo_still_finds_the_term(english) -> None:
    hits = english.search("halucination")
    assert hits and hits[0].match is MatchKind.CORRECTED
    assert any(h.kind == "glossary" and h.title == "Hallucination" for h in hits[:3])
    assert english.correct(["halucination"]) == ["hallucination"]


def test_part_of_a_word_is_found(english) -> None:
    hits = english.search("hallucinat")
    assert hits and hits[0].match in (MatchKind.WORDS, MatchKind.PARTS)
    assert "hallucinat" in (hits[0].title + hits[0].snippet).casefold()


def test_nonsense_finds_nothing_and_fts_syntax_is_harmless(english) -> None:
    assert english.search("qqqqzzzz") == []
    assert english.search('"unbalanced AND ( NEAR') is not None
    assert english.search("   ") == []


@pytest.mark.parametrize("query", ["隐私", "深度伪造", "人工智能法", "幻觉"])
def test_chinese_words_of_any_length_are_found(chinese, query: str) -> None:
    hits = chinese.search(query)
    assert hits
    assert query in hits[0].title + hits[0].snippet
    for hit in hits[:5]:
        for start, end in hit.spans:
            assert hit.snippet[start:end] == query


def test_snippets_are_plain_text_without_markdown_fragments(english) -> None:
    for hit in english.search("deepfake"):
        assert "---" not in hit.snippet and "\x02" not in hit.snippet and "|" not in hit.snippet


def test_plain_text_drops_table_rules_and_bullets() -> None:
    text = plain_text("| a | b |\n|---|---|\n| 1 | 2 |\n- Deepfakes must be labelled\n")
    assert "---" not in text and "- Deepfakes" not in text and "Deepfakes must" in text


def test_small_catalog(content_root: Path) -> None:
    index = SearchIndex(load_catalog([content_root], "en"))
    hits = index.search("lateral")
    assert (hits[0].module, hits[0].lesson, hits[0].anchor) == ("demo", "second", "more")
    glossary = index.search("chatbot")
    assert any(h.kind == "glossary" for h in glossary)
    index.close()
