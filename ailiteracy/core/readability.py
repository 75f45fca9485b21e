"""How long and how hard a lesson is to read, for ``check-content --json``.

English: the number of words and the Flesch-Kincaid grade level (the US school
grade a reader needs), computed by ``textstat`` when it is installed (the
``authoring`` extra; textstat 0.7.10 and later download data at run time, so the
offline 0.7.8-0.7.9 line is used). Chinese, which has no standard grade formula in
such a library: the number of Chinese characters, the number of sentences, and the
average sentence length in characters (a common plain-language measure: shorter
sentences read more easily; aim at about 20-25 characters).

Only the text a learner reads counts: footnotes, link addresses, Markdown markers,
tables' pipes and the lesson header are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]]+\]:.*$", re.M)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ANGLE_URL = re.compile(r"<https?://[^>]+>")
_ATTRS = re.compile(r"\{[:#.][^}]*\}")
_ADMONITION = re.compile(r'^!!!\s+\S+(\s+"([^"]*)")?\s*$', re.M)
_HAN = re.compile(r"[\u3400-\u9fff]")
_ZH_SENTENCE_END = re.compile(r"[。！？!?；]+")


@dataclass(frozen=True)
class Reading:
    """Size and reading level of one text."""

    words: int  # English words (0 for Chinese)
    characters: int  # Chinese characters (0 for English)
    sentences: int
    grade: float | None  # Flesch-Kincaid grade (English, when textstat is installed)
    average_sentence_characters: float | None  # Chinese
    method: str  # which measure was used


def plain_text(markdown: str) -> str:
    """The words a learner reads in a lesson body, without Markdown and references."""
    text = _FOOTNOTE_DEF.sub("", markdown)
    text = _FOOTNOTE_REF.sub("", text)
    text = _ANGLE_URL.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _ATTRS.sub("", text)
    text = _ADMONITION.sub(lambda m: (m.group(2) or "") + ".", text)
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if re.fullmatch(r"\|?[\s:|-]+\|?", line) and "-" in line:
            continue  # a table's header rule
        line = re.sub(r"^#+\s*", "", line)
        line = re.sub(r"^([-*+]|\d+\.)\s+", "", line)
        line = line.replace("|", " ").replace("*", "").replace("`", "")
        lines.append(line)
    return "\n".join(lines)


def measure(markdown: str, locale: str) -> Reading:
    """Reading measures for a lesson body in ``locale``."""
    text = plain_text(markdown)
    if locale.startswith("zh"):
        characters = len(_HAN.findall(text))
        pieces = [p for p in _ZH_SENTENCE_END.split(text) if _HAN.search(p)]
        sentences = len(pieces)
        average = round(characters / sentences, 1) if sentences else None
        return Reading(0, characters, sentences, None, average, "average-sentence-characters")
    try:
        import textstat
    except ImportError:
        textstat = None
    if textstat is None:
        words = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", text))
        sentences = len(re.findall(r"[.!?]+(\s|$)", text))
        return Reading(words, 0, sentences, None, None, "word-count (textstat not installed)")
    flowing = re.sub(r"\n+", " ", text)
    return Reading(
        words=textstat.lexicon_count(flowing),
        characters=0,
        sentences=textstat.sentence_count(flowing),
        grade=round(float(textstat.flesch_kincaid_grade(flowing)), 1),
        average_sentence_characters=None,
        method="flesch-kincaid-grade (textstat)",
    )
