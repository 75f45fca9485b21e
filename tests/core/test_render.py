"""Lesson Markdown becomes safe HTML."""

from __future__ import annotations

from ailiteracy.core.render import LessonRenderer


def test_raw_html_is_escaped_and_dangerous_links_removed() -> None:
    html = LessonRenderer().to_html(
        "## T {#t}\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n"
        "<div onclick='x'>raw</div>\n\n[bad](javascript:alert(1)) [ok](https://example.org)\n"
    )
    assert "<script" not in html and "<div onclick" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html
    assert '<a href="https://example.org">ok</a>' in html


def test_callouts_tables_footnotes_and_glossary_links() -> None:
    html = LessonRenderer().to_html(
        '## Title {#sec}\n\nSee [term](glossary:term).[^1]\n\n!!! tip "Good habit"\n    Inside.\n\n'
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Source. <https://example.org/s>\n"
    )
    assert '<h2 id="sec">Title</h2>' in html
    assert '<table cellpadding="10" class="callout callout-tip"' in html
    assert '<td class="callout-tip"><p class="admonition-title">Good habit</p>' in html
    assert "<th>a</th>" in html
    assert 'href="glossary:term"' in html
    assert 'id="fn:1"' in html and 'href="https://example.org/s"' in html
    assert '<a class="footnote-ref" href="#fn:1">[1]</a>' in html  # a number heard as one
