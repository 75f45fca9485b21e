"""Regular expressions of the content format, compiled on first use (not at import)."""

from __future__ import annotations

import functools
import re

Pattern = re.Pattern[str]

_SOURCES = {
    "id": r"^[a-z0-9][a-z0-9-]*$",
    "heading": r"^(#{2,6})\s+(.*?)\s*(\{[^}]*\})?\s*$",
    "anchor_in_attr": r"#([A-Za-z0-9_-]+)",
    "footnote_ref": r"\[\^([^\]\s]+)\](?!:)",
    "footnote_def": r"^\[\^([^\]\s]+)\]:\s*(.*)$",
    "url_in_angle": r"<(https?://[^>\s]+)>|\]\((https?://[^)\s]+)\)",
    "fact": r"(?<![\d.])(1[89]\d\d|20\d\d)(?![\d])|\d\s?[%％]",
    "link": r"\]\(((?:glossary|lesson|card):[^)\s]+)\)",
    "image": r"!\[[^\]]*\]\(\s*<?([^)\s>]+)",
    # Link and image targets: inline ``[text](target)`` and reference ``[name]: target``.
    "link_target": r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)",
    "reference_def": r"^\s{0,3}\[[^\]^][^\]]*\]:\s*<?([^\s>]+)",
    "admonition": r"^!!!\s+([A-Za-z-]+)",
    "id_line": r"""^\s*id\s*=\s*["']([^"']*)["']""",
    "table_header": r"^\s*\[\[\s*([A-Za-z0-9_.]+)\s*\]\]",
    # The same anywhere in a whole text (a loader checks what precedes it on its line):
    # [^\S\n] is \s but not \n.
    "table_header_anywhere": r"\[\[[^\S\n]*([A-Za-z0-9_.]+)[^\S\n]*\]\]",
    "toml_position": r"\s*\(at line (\d+), column \d+\)",
    "web_link": r"^(https?|mailto|glossary|lesson|card):",
    "scheme_or_drive": r"^[A-Za-z][A-Za-z0-9+.-]*:",  # a URL scheme, or a drive like C:
    "angle_url": r"<https?://[^>]+>",
    "link_destination": r"\]\([^)]*\)",
    # The teacher guide's plain text of a lesson's "Check it yourself" boxes.
    "check_box": r'^!!!\s+check(?:\s+"([^"]*)")?\s*$',
    "level2_heading": r"^##\s+(.*?)\s*(?:\{[^}]*\})?\s*$",
    "list_item": r"^(\d+[.)]|[-*+])\s+",
    "footnote_mark": r"\[\^[^\]]+\]",
    "link_text": r"!?\[([^\]]*)\]\([^)]*\)",
    "attr_list": r"\{[:#.][^}]*\}",
    "emphasis_marks": r"\*\*|__|(?<!\w)\*|\*(?!\w)|`",
}
_FLAGS = {"web_link": re.IGNORECASE}


@functools.cache
def pattern(name: str) -> Pattern:
    """The compiled expression called ``name`` (compiled once, when first asked for)."""
    return re.compile(_SOURCES[name], _FLAGS.get(name, 0))


class LazyPattern:
    """A pattern that compiles itself the first time it is used.

    For modules that keep a name such as ``ID_RE`` for other code: it has
    ``match`` and ``pattern``.
    """

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def compiled(self) -> Pattern:
        return pattern(self._name)

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)


ID_RE = LazyPattern("id")  # ids of modules, lessons, questions: a-z, 0-9 and hyphens
