"""Content TOML is read with tomli when it is installed, else with the standard library's
tomllib; both give the same data and the same line-numbered problems."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ailiteracy.core.content.fields import _toml_parser, read_toml
from ailiteracy.core.content.model import Problem

GOOD = 'title = "Quiz"\n[[question]]\nid = "q1"\nprompt = "Is it?"\n'
BAD = 'title = "Quiz"\n[[question]]\nid = "q1\nprompt = "Is it?"\n'


def _read(path: Path) -> tuple[object, list[Problem]]:
    problems: list[Problem] = []
    return read_toml(path, problems), problems


@pytest.mark.parametrize("text", [GOOD, BAD])
def test_without_tomli_the_standard_library_gives_the_same_result(
    tmp_path: Path, monkeypatch, text: str
) -> None:
    path = tmp_path / "quiz.toml"
    path.write_text(text, encoding="utf-8")
    assert _toml_parser().__name__ == "tomli"  # a dependency of the app
    with_tomli = _read(path)
    monkeypatch.setitem(sys.modules, "tomli", None)  # as if it were not installed
    assert _toml_parser().__name__ == "tomllib"
    assert _read(path) == with_tomli
    data, problems = with_tomli
    if text is BAD:
        assert data is None and [p.line for p in problems] == [3]
    else:
        assert data == {"title": "Quiz", "question": [{"id": "q1", "prompt": "Is it?"}]}
        assert problems == []
