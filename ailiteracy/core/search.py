"""Full-text search over lesson sections and glossary terms, in English and Chinese.

SQLite's FTS5 (in Python's standard library) does the work, in an in-memory
database built once per catalog:

* ``words``: the ``unicode61`` tokenizer with Porter stemming, for whole words
  ("checks" finds "checking"), ranked by BM25 with titles weighted above text;
* ``grams``: the ``trigram`` tokenizer, for Chinese (which has no spaces between
  words) and for parts of words; terms shorter than three characters fall back
  to ``LIKE`` on the same table.

A search tries, in order: the exact phrase, all the words, the words as parts of
words, and finally each unknown word replaced by the closest word in the content
(so "halucination" finds "hallucination"). Results say which of these matched
(:class:`MatchKind`) and where the match is in the snippet (``spans``), so the
screen can highlight it.
"""

from __future__ import annotations

import difflib
import enum
import re
import sqlite3
from dataclasses import dataclass

from .content.model import Catalog

SNIPPET_TOKENS = 14  # words around the match (FTS5 counts trigrams as tokens too)
SNIPPET_CHARS = 120
TITLE_WEIGHT = 8.0  # BM25 weight of the title column against 1.0 for the text
_OPEN, _CLOSE = "\x02", "\x03"  # match markers in FTS5 snippets (never in content)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class MatchKind(enum.Enum):
    PHRASE = "phrase"  # the words as typed, next to each other
    WORDS = "words"  # every word, anywhere in the section
    PARTS = "parts"  # every word as part of a longer word (or Chinese text)
    CORRECTED = "corrected"  # after replacing unknown words with close ones


@dataclass(frozen=True)
class Hit:
    """One search result: a lesson section (``kind == "lesson"``) or a glossary term.

    ``snippet`` is plain text around the match; ``spans`` are (start, end) offsets
    of the matched text in it.
    """

    kind: str
    module: str
    lesson: str
    anchor: str
    title: str
    snippet: str
    score: float
    spans: tuple[tuple[int, int], ...] = ()
    match: MatchKind = MatchKind.WORDS


@dataclass(frozen=True)
class _Entry:
    kind: str
    module: str
    lesson: str
    anchor: str
    title: str
    text: str


def has_fts5() -> bool:
    """Whether this Python's SQLite has FTS5 with the trigram tokenizer (SQLite >= 3.34)."""
    try:
        db = sqlite3.connect(":memory:")
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
        db.close()
    except sqlite3.Error:
        return False
    return True


class SearchIndex:
    """An FTS5 index of one catalog; build it once, search it many times."""

    def __init__(self, catalog: Catalog) -> None:
        self.entries: list[_Entry] = []
        for module in catalog.modules:
            for lesson in module.lessons:
                for anchor, heading, text in _sections(lesson.body):
                    title = f"{module.title} \u203a {lesson.title}" + (
                        f" \u203a {heading}" if heading else ""
                    )
                    self.entries.append(
                        _Entry("lesson", module.id, lesson.id, anchor, title, plain_text(text))
                    )
        for term in catalog.glossary.values():
            self.entries.append(_Entry("glossary", "", term.id, "", term.term, term.definition))
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE words USING fts5(title, body, "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        self._rows = [(n, e.title, _flat(e.text)) for n, e in enumerate(self.entries)]
        self.db.executemany("INSERT INTO words(rowid, title, body) VALUES (?, ?, ?)", self._rows)
        self._grams = False  # the trigram table and the word list are built when first needed
        self._vocabulary: set[str] | None = None
        self._by_start: dict[tuple[str, int], list[str]] = {}

    def _need_grams(self) -> None:
        if not self._grams:
            self.db.execute(
                "CREATE VIRTUAL TABLE grams USING fts5(title, body, tokenize='trigram')"
            )
            self.db.executemany(
                "INSERT INTO grams(rowid, title, body) VALUES (?, ?, ?)", self._rows
            )
            self._grams = True

    @property
    def vocabulary(self) -> set[str]:
        """Every word in the content (case-folded), for spelling suggestions."""
        if self._vocabulary is None:
            vocabulary: set[str] = set()
            for _rowid, title, body in self._rows:
                vocabulary.update(w.casefold() for w in _WORD.findall(f"{title} {body}"))
            for word in vocabulary:
                if len(word) >= 4 and not _CJK.search(word):
                    self._by_start.setdefault((word[0], len(word)), []).append(word)
            self._vocabulary = vocabulary
        return self._vocabulary

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ searching

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        words = [w.casefold() for w in _WORD.findall(query)]
        if not words:
            return []
        found: dict[int, Hit] = {}
        order: list[int] = []

        def add(rows: list[tuple[int, float, str]], kind: MatchKind) -> None:
            for rowid, rank, snippet in rows:
                if rowid not in found:
                    found[rowid] = self._hit(rowid, rank, snippet, kind)
                    order.append(rowid)

        if not any(_CJK.search(w) for w in words):
            if len(words) > 1:
                add(self._match("words", _phrase(words), limit), MatchKind.PHRASE)
            add(
                self._match("words", " AND ".join(_phrase([w]) for w in words), limit),
                MatchKind.WORDS,
            )
        if not found:
            add(self._parts(words, limit), MatchKind.PARTS)
        if not found:
            corrected = self.correct(words)
            if corrected != words:
                add(
                    self._match("words", " AND ".join(_phrase([w]) for w in corrected), limit),
                    MatchKind.CORRECTED,
                )
        return [found[r] for r in order[:limit]]

    def correct(self, words: list[str]) -> list[str]:
        """``words`` with each word not in the content replaced by the closest one."""
        out = []
        for word in words:
            if word in self.vocabulary or len(word) < 4 or _CJK.search(word):
                out.append(word)
                continue
            candidates = [
                w
                for n in range(len(word) - 2, len(word) + 3)
                for w in self._by_start.get((word[0], n), [])
            ]
            close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
            out.append(close[0] if close else word)
        return out

    def _match(self, table: str, expression: str, limit: int) -> list[tuple[int, float, str]]:
        tokens = SNIPPET_TOKENS if table == "words" else SNIPPET_CHARS // 2  # trigrams are short
        sql = (
            f"SELECT rowid, bm25({table}, {TITLE_WEIGHT}, 1.0), "
            f"snippet({table}, 1, ?, ?, '\u2026', {tokens}) "
            f"FROM {table} WHERE {table} MATCH ? ORDER BY bm25({table}, {TITLE_WEIGHT}, 1.0) "
            "LIMIT ?"
        )
        try:
            return self.db.execute(sql, (_OPEN, _CLOSE, expression, limit)).fetchall()
        except sqlite3.OperationalError:  # an expression FTS5 cannot parse finds nothing
            return []

    def _parts(self, words: list[str], limit: int) -> list[tuple[int, float, str]]:
        self._need_grams()
        long_words = [w for w in words if len(w) >= 3]
        short_words = [w for w in words if len(w) < 3]
        if long_words:
            rows = self._match("grams", " AND ".join(_phrase([w]) for w in long_words), limit * 4)
        else:
            like = " AND ".join("(title LIKE ? OR body LIKE ?)" for _ in short_words)
            params = [p for w in short_words for p in (f"%{w}%", f"%{w}%")]
            rows = self.db.execute(
                f"SELECT rowid, 0.0, '' FROM grams WHERE {like} LIMIT ?", (*params, limit * 4)
            ).fetchall()
        out = []
        for rowid, rank, snippet in rows:
            entry = self.entries[rowid]
            hay = f"{entry.title} {entry.text}".casefold()
            if all(w in hay for w in short_words):
                out.append((rowid, rank, snippet or _marked_snippet(entry.text, words)))
        # titles first, then by rank
        out.sort(
            key=lambda r: (not any(w in self.entries[r[0]].title.casefold() for w in words), r[1])
        )
        return out[:limit]

    def _hit(self, rowid: int, rank: float, snippet: str, kind: MatchKind) -> Hit:
        entry = self.entries[rowid]
        text, spans = _spans(snippet or _marked_snippet(entry.text, []))
        return Hit(
            entry.kind,
            entry.module,
            entry.lesson,
            entry.anchor,
            entry.title,
            text,
            -rank,
            spans,
            kind,
        )


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _marked_snippet(text: str, words: list[str]) -> str:
    """A snippet with markers around ``words``, for matches FTS5 cannot mark (LIKE)."""
    flat = _flat(text)
    lower = flat.casefold()
    at = min((i for i in (lower.find(w) for w in words) if i >= 0), default=0)
    start = max(0, at - SNIPPET_CHARS // 3)
    if start:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    piece = flat[start : start + SNIPPET_CHARS]
    if words:
        pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
        piece = pattern.sub(lambda m: f"{_OPEN}{m.group(0)}{_CLOSE}", piece)
    return (
        ("\u2026" if start else "")
        + piece
        + ("\u2026" if start + SNIPPET_CHARS < len(flat) else "")
    )


def _spans(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain text and match offsets from a snippet with markers."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, -1
    for part in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if part == _OPEN:
            start = length
        elif part == _CLOSE:
            if start >= 0 and length > start:
                spans.append((start, length))
            start = -1
        else:
            out.append(part)
            length += len(part)
    return "".join(out), tuple(spans)


def _sections(body: str) -> list[tuple[str, str, str]]:
    """Split a lesson body at ``##`` headings: (anchor, heading, text)."""
    out: list[tuple[str, str, str]] = []
    anchor, heading = "", ""
    lines: list[str] = []
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


def plain_text(markdown_text: str) -> str:
    """Rough plain text of a lesson section, for searching and snippets."""
    text = re.sub(r"^\[\^[^\]]+\]:.*$", "", markdown_text, flags=re.M)
    text = re.sub(r"\[\^[^\]]+\]", "", text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\{[:#][^}]*\}", "", text)
    text = re.sub(r'^!!!\s+\S+\s*("([^"]*)")?', r"\2", text, flags=re.M)
    text = re.sub(r"^#+\s*", "", text, flags=re.M)
    text = re.sub(r"^\s*\|?[\s:|-]*-{3,}[\s:|-]*$", "", text, flags=re.M)  # table rules
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.M)  # list bullets
    text = re.sub(r"[*_`|]+", " ", text)
    text = re.sub(r"^\s*-{3,}\s*$", "", text, flags=re.M)
    return re.sub(r"[ \t]+", " ", text)
