"""Full-text search over lesson sections and glossary terms (works for Chinese too)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .content import Catalog

SNIPPET = 90


@dataclass(frozen=True)
class Hit:
    """One search result: a lesson section (``kind == "lesson"``) or a glossary term."""

    kind: str
    module: str
    lesson: str
    anchor: str
    title: str
    snippet: str
    score: float


@dataclass(frozen=True)
class _Entry:
    kind: str
    module: str
    lesson: str
    anchor: str
    title: str
    text: str
    folded: str


class SearchIndex:
    """Built once per catalog; searching is a scan, which is fast for a few hundred sections."""

    def __init__(self, catalog: Catalog) -> None:
        self.entries: list[_Entry] = []
        for module in catalog.modules:
            for lesson in module.lessons:
                for anchor, heading, text in _sections(lesson.body):
                    title = f"{module.title} \u203a {lesson.title}" + (
                        f" \u203a {heading}" if heading else ""
                    )
                    body = plain_text(text)
                    self.entries.append(
                        _Entry(
                            "lesson",
                            module.id,
                            lesson.id,
                            anchor,
                            title,
                            body,
                            (heading + " " + body).casefold(),
                        )
                    )
        for term in catalog.glossary.values():
            text = f"{term.term}: {term.definition}"
            self.entries.append(
                _Entry("glossary", "", term.id, "", term.term, term.definition, text.casefold())
            )

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        words = [w for w in re.split(r"\s+", query.strip().casefold()) if w]
        if not words:
            return []
        hits = []
        for e in self.entries:
            if not all(w in e.folded for w in words):
                continue
            title_bonus = sum(3 for w in words if w in e.title.casefold())
            count = sum(e.folded.count(w) for w in words)
            kind_bonus = 2 if e.kind == "glossary" else 0
            hits.append(
                Hit(
                    e.kind,
                    e.module,
                    e.lesson,
                    e.anchor,
                    e.title,
                    _snippet(e.text, words[0]),
                    title_bonus + count + kind_bonus,
                )
            )
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]


def _sections(body: str) -> list[tuple[str, str, str]]:
    """Split a lesson body at ``##`` headings: (anchor, heading, text)."""
    out: list[tuple[str, str, str]] = []
    anchor, heading, lines = "", "", []
    for line in body.splitlines():
        match = re.match(r"^##\s+(.*?)\s*\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}\s*$", line)
        if match:
            if lines and any(x.strip() for x in lines):
                out.append((anchor, heading, "\n".join(lines)))
            anchor, heading, lines = match.group(2), match.group(1), []
        elif not re.match(r"^\[\^[^\]]+\]:", line):
            lines.append(line)
    if lines and any(x.strip() for x in lines):
        out.append((anchor, heading, "\n".join(lines)))
    return out


def _snippet(text: str, word: str) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    at = flat.casefold().find(word)
    if at < 0:
        return flat[:SNIPPET]
    start = max(0, at - SNIPPET // 3)
    piece = flat[start : start + SNIPPET]
    return ("\u2026" if start else "") + piece + ("\u2026" if start + SNIPPET < len(flat) else "")


def plain_text(markdown_text: str) -> str:
    """Rough plain text of a lesson, for search and reading aloud."""
    text = re.sub(r"^\[\^[^\]]+\]:.*$", "", markdown_text, flags=re.M)
    text = re.sub(r"\[\^[^\]]+\]", "", text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\{[:#][^}]*\}", "", text)
    text = re.sub(r'^!!!\s+\S+\s*("([^"]*)")?', r"\2", text, flags=re.M)
    text = re.sub(r"^#+\s*", "", text, flags=re.M)
    text = re.sub(r"[*_`|]+", " ", text)
    text = re.sub(r"^\s*-{3,}\s*$", "", text, flags=re.M)
    return re.sub(r"[ \t]+", " ", text)
