"""The Chinese style sheet (docs/zh-style.md), checked on every Chinese content file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ailiteracy.core import paths

ZH = paths.content_dir() / "zh-CN"
FILES = sorted([*ZH.rglob("*.md"), *ZH.rglob("*.toml")])
HAN = r"[\u3400-\u9fff]"
LATIN = r"[A-Za-z0-9]"
# Things that are not prose: link targets, web addresses, anchors and code.
NOT_PROSE = re.compile(r"\]\([^)]*\)|<https?://[^>]*>|https?://\S+|\{[#:.][^}]*\}|`[^`]*`")


def prose(path: Path) -> list[tuple[int, str]]:
    """Each line of a file with links, addresses, anchors, code and bold markers removed."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(n, NOT_PROSE.sub(" ", line).replace("*", "")) for n, line in enumerate(lines, 1)]


def problems(pattern: str) -> list[str]:
    found = []
    for path in FILES:
        for number, line in prose(path):
            for match in re.finditer(pattern, line):
                found.append(f"{path.relative_to(ZH)}:{number}: {match.group(0)!r}")
    return found


def test_there_are_files_to_check() -> None:
    assert len(FILES) > 40


def test_a_space_between_chinese_and_latin_letters_or_digits() -> None:
    assert problems(f"{HAN}{LATIN}|{LATIN}{HAN}") == []


def test_full_width_punctuation_between_chinese_characters() -> None:
    assert problems(f"{HAN}[,.;:?!]{HAN}") == []


def test_no_full_width_letters_or_digits_and_no_odd_spellings_of_ai() -> None:
    assert problems(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]") == []
    assert problems(r"A\.I\.|(?<![A-Za-z])Ai(?![A-Za-z])") == []


def test_one_name_for_each_routine_step() -> None:
    assert problems(r"停一停|七步核查法") == []
    steps = ["停一下", "查来源", "找更好的报道", "追溯原始出处"]
    card = (ZH / "sift-card.md").read_text(encoding="utf-8")
    assert re.findall(r"^## \d\. (.+)$", card, flags=re.M) == steps
    tags = {
        tag
        for path in FILES
        for tag in re.findall(r"（SIFT：([^）]+)）", path.read_text(encoding="utf-8"))
    }
    assert tags, "checklists name their SIFT step"
    assert tags <= set(steps)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("美国公司OpenAI推出", f"{HAN}{LATIN}|{LATIN}{HAN}"),
        ("第3课", f"{HAN}{LATIN}|{LATIN}{HAN}"),
        ("先停,再查", f"{HAN}[,.;:?!]{HAN}"),
        ("ＡＩ工具", r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"),
    ],
)
def test_the_checks_catch_what_they_should(text: str, pattern: str) -> None:
    assert re.search(pattern, text)
    assert not re.search(pattern, "美国公司 OpenAI 推出，第 3 课。见 [SIFT](lesson:a/b)。")
