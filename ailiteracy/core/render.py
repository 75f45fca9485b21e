"""Markdown to safe HTML for the lesson view (Python-Markdown, no Qt).

Raw HTML written in a lesson is escaped, never passed through: the HTML block
preprocessor and the inline HTML pattern are removed from the parser, and the
output is cleaned once more with ``nh3`` so only a fixed set of tags, attributes
and link schemes remains.
"""

from __future__ import annotations

import html
import sys
import xml.etree.ElementTree as ET

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.admonition import AdmonitionExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor


def _import_fenced_code() -> type[Extension]:
    """``FencedCodeExtension``, without Pygments.

    Its module imports ``codehilite``, which loads Pygments' lexers when Pygments is
    installed (a good part of the time to render the first lesson), only to highlight
    code, which lessons never ask for. Hiding a Pygments that is not loaded yet makes
    ``codehilite`` note that there is none; the output is the same.
    """
    hide = "pygments" not in sys.modules
    if hide:
        sys.modules["pygments"] = None  # type: ignore[assignment]  # import says: not found
    try:
        from markdown.extensions.fenced_code import FencedCodeExtension
    finally:
        if hide and sys.modules.get("pygments") is None:
            del sys.modules["pygments"]
    return FencedCodeExtension


FencedCodeExtension = _import_fenced_code()

ALLOWED_TAGS = {
    "a", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i",
    "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
    "td", "img", "sup", "sub", "div", "span", "dl", "dt", "dd",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class"},
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "table": {"width", "cellpadding", "cellspacing", "border"},
    "td": {"bgcolor", "colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align"},
}
URL_SCHEMES = {"http", "https", "mailto", "glossary", "lesson", "card"}


class _CalloutTables(Treeprocessor):
    """Turn admonition ``<div>``s into one-cell tables, which QTextBrowser draws as boxes."""

    def run(self, root: ET.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                classes = (child.get("class") or "").split()
                if child.tag != "div" or "admonition" not in classes:
                    continue
                kind = next((c for c in classes if c != "admonition"), "note")
                table = ET.Element(
                    "table",
                    {"class": f"callout callout-{kind}", "width": "100%", "cellpadding": "10"},
                )
                row = ET.SubElement(table, "tr")
                cell = ET.SubElement(row, "td", {"class": f"callout-{kind}"})
                for grandchild in list(child):
                    cell.append(grandchild)
                parent.remove(child)
                parent.insert(index, table)


class _CalloutExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown API)
        md.treeprocessors.register(_CalloutTables(md), "callout_tables", 5)


class _NoRawHtml(Extension):
    """Escape raw HTML instead of passing it through."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


class LessonRenderer:
    """Converts lesson Markdown to HTML; one instance is reused for speed."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(
            # Extension objects, not names: names make Markdown scan installed packages.
            extensions=[
                TableExtension(),
                # "[1]", not a bare "1" run into the sentence: screen readers read "2024.1".
                FootnoteExtension(
                    BACKLINK_TEXT="\u2191", BACKLINK_TITLE="", SUPERSCRIPT_TEXT="[{}]"
                ),
                TocExtension(permalink=False),
                AdmonitionExtension(),
                AttrListExtension(),
                FencedCodeExtension(),
                SaneListExtension(),
                _NoRawHtml(),
                _CalloutExtension(),
            ],
            output_format="html",
        )

    def to_html(self, text: str) -> str:
        body = self._md.reset().convert(text)
        return clean_html(body)


def clean_html(body: str) -> str:
    return nh3.clean(
        body,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def escape(text: str) -> str:
    """Escape plain text for inclusion in HTML."""
    return html.escape(text, quote=True)
