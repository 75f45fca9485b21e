"""check-content catches what a teacher gets wrong: misspelt keys, encodings, content
that would never appear, and TOML messages nobody understands."""

from __future__ import annotations

import shutil
from pathlib import Path

from ailiteracy.core.content import load_catalog, validate_roots


def messages(root: Path) -> list[str]:
    _modules, problems = validate_roots([root])
    return [f"{p.path.name}:{p.line}: {p.message}" for p in problems]


def test_a_misspelt_key_is_an_error_with_the_nearest_key(content_root: Path) -> None:
    module = content_root / "en" / "demo" / "module.toml"
    module.write_text(
        module.read_text("utf-8").replace('feedback = "each"', 'feedbak = "end"'), "utf-8"
    )
    quiz = content_root / "en" / "second" / "quiz.toml"
    quiz.write_text(quiz.read_text("utf-8").replace("explanation =", "explaination ="), "utf-8")
    found = messages(content_root)
    assert "module.toml:1: unknown key 'feedbak' in module.toml (did you mean 'feedback'?)" in found
    assert any(
        "unknown key 'explaination'" in m and "did you mean 'explanation'?" in m for m in found
    )
    catalog = load_catalog([content_root], "en")
    assert catalog.module("demo") is None  # not shown with a behaviour nobody asked for


def test_utf16_and_windows_1252_are_reported_with_the_fix(content_root: Path) -> None:
    quiz = content_root / "en" / "second" / "quiz.toml"
    quiz.write_bytes(quiz.read_text("utf-8").encode("utf-16"))
    lesson = next((content_root / "en" / "demo" / "lessons").glob("*.md"))
    text = lesson.read_text("utf-8")
    lesson.write_bytes(text.replace("+++", "+++\n# café", 1).encode("cp1252", "replace"))
    found = messages(content_root)
    assert any(
        m.startswith("quiz.toml:1: the file is saved as UTF-16") and "UTF-8" in m for m in found
    )
    assert any(
        m.startswith(f"{lesson.name}:2: the file is not UTF-8 text: it looks like Windows-1252")
        and "Save as" in m
        for m in found
    )
    catalog = load_catalog([content_root], "en")  # the app reads on, without a crash
    assert catalog.module("second") is None and catalog.problems


def test_a_utf8_bom_is_accepted(content_root: Path) -> None:
    changed = [p for p in (content_root / "en" / "demo").rglob("*") if p.suffix in (".toml", ".md")]
    assert len(changed) >= 3  # module.toml, a lesson, a quiz
    for path in changed:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert messages(content_root) == []


def test_content_that_never_appears_is_reported(content_root: Path, tmp_path: Path) -> None:
    found = messages(content_root / "en" / "demo")
    assert len(found) == 1 and "this is a module folder" in found[0]
    assert "this is a language folder" in messages(content_root / "en")[0]

    root = tmp_path / "own"
    shutil.copytree(content_root / "zh-CN", root / "zh-cn")
    shutil.copytree(content_root / "zh-CN", root / "zh-CN")
    shutil.copytree(content_root / "en", root / "English")
    found = messages(root)
    assert any("'zh-cn' is not a language folder" in m and "'zh-CN'" in m for m in found)
    assert any("'English' is not a language folder" in m and "'en'" in m for m in found)
    assert any("module 'demo' is only in zh-CN" in m for m in found)


def test_an_unclosed_string_is_explained(content_root: Path) -> None:
    quiz = content_root / "en" / "second" / "quiz.toml"
    lines = quiz.read_text("utf-8").splitlines()
    number = next(n for n, line in enumerate(lines) if line.startswith("prompt"))
    lines[number] = lines[number].rstrip('"')
    quiz.write_text("\n".join(lines) + "\n", "utf-8")
    (found,) = [m for m in messages(content_root) if m.startswith("quiz.toml")]
    assert found.startswith(f"quiz.toml:{number + 1}: a text in quotes is not closed")
    assert "Illegal character" not in found
