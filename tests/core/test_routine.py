"""One checking routine: checked dates, stale-lesson warnings and the SIFT routine's names."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from ailiteracy.cli import main
from ailiteracy.core import paths
from ailiteracy.core.content import _load_locale, parse_lesson, stale_lessons, validate_roots

STEPS = {
    "en": ["Stop", "Investigate the source", "Find better coverage", "Trace to the original"],
    "zh-CN": ["停一下", "查来源", "找更好的报道", "追溯原始出处"],
}
ROUTINE = {"en": "SIFT routine", "zh-CN": "SIFT 四步法"}


def write_lesson(folder: Path, header: str) -> Path:
    path = folder / "01-a.md"
    path.write_text(
        f'+++\nid = "a"\ntitle = "A"\nminutes = 5\nobjectives = ["x"]\n{header}\n+++\n\n'
        '## One {#one}\n\nText.\n\n!!! summary "S"\n    Done.\n',
        encoding="utf-8",
    )
    return path


def test_checked_is_read_as_a_date(tmp_path: Path) -> None:
    problems: list = []
    lesson = parse_lesson(write_lesson(tmp_path, "checked = 2026-11-30"), problems)
    assert problems == []
    assert lesson is not None and lesson.checked == dt.date(2026, 11, 30)


@pytest.mark.parametrize("value", ['"2026-11-30"', "2026-11-30T10:00:00", "2026"])
def test_checked_that_is_not_a_plain_date_is_a_problem(tmp_path: Path, value: str) -> None:
    problems: list = []
    assert parse_lesson(write_lesson(tmp_path, f"checked = {value}"), problems) is None
    assert any("'checked' must be a date" in p.message for p in problems)


def date_second_lesson(content_root: Path) -> None:
    lesson = content_root / "en" / "demo" / "lessons" / "02-second.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("minutes = 5\n", "minutes = 5\nchecked = 2026-11-01\n", 1))


def test_stale_and_undated_lessons_are_warned_about(content_root: Path) -> None:
    date_second_lesson(content_root)
    modules, problems = validate_roots([content_root])
    assert problems == []
    demo = next(m for m in modules if m.id == "demo" and m.locale == "en")
    dated = demo.lesson("second")
    assert dated.checked == dt.date(2026, 11, 1)
    year_later = dt.date(2027, 11, 1)
    messages = {(p.path, p.message) for p in stale_lessons([demo], year_later)}
    assert (dated.path, "no 'checked' date in the lesson header") not in messages
    assert (demo.lesson("first").path, "no 'checked' date in the lesson header") in messages
    later = {p.path for p in stale_lessons([demo], year_later + dt.timedelta(days=1))}
    assert dated.path in later


def test_check_content_reports_warnings_without_failing(content_root: Path, capsys) -> None:
    assert main(["check-content", str(content_root), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == []
    assert any("'checked'" in w["message"] for w in report["warnings"])
    assert main(["check-content", str(content_root)]) == 0
    assert "warning: " in capsys.readouterr().err


def test_card_links_are_checked(content_root: Path) -> None:
    lesson = content_root / "en" / "demo" / "lessons" / "01-first.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text + "\n[Card](card:sift) and [other](card:nope)\n", encoding="utf-8")
    _modules, problems = validate_roots([content_root])
    assert [p.message for p in problems] == ["no printable card 'nope'"]


@pytest.mark.parametrize("locale", ["en", "zh-CN"])
def test_shipped_lessons_are_dated_and_not_from_the_future(locale: str) -> None:
    catalog = _load_locale(paths.content_dir(), locale, [])
    for module in catalog.modules:
        for lesson in module.lessons:
            assert lesson.checked is not None, (module.id, lesson.id)
            assert lesson.checked <= dt.date.today(), (module.id, lesson.id)


@pytest.mark.parametrize("locale", ["en", "zh-CN"])
def test_one_routine_with_the_same_step_names_everywhere(locale: str) -> None:
    root = paths.content_dir() / locale
    catalog = _load_locale(paths.content_dir(), locale, [])
    routine = catalog.module("checking-ai").lesson("a-checking-routine")
    steps_section = routine.body.split("{#steps}")[1].split("\n## ")[0]
    numbered = re.findall(r"^\d\. \*\*(.+?)[.。]\*\*", steps_section, flags=re.M)
    assert numbered == STEPS[locale]
    assert ROUTINE[locale] in steps_section
    card = (root / "sift-card.md").read_text(encoding="utf-8")
    assert re.findall(r"^## \d\. (.+)$", card, flags=re.M) == STEPS[locale]
    # Checklists in other modules name the step they belong to, with the same words.
    tags = set()
    for module in catalog.modules:
        for lesson in module.lessons:
            for tag in re.findall(r"\*[(（]SIFT[:：] ?([^)）]+)[)）]\*", lesson.body):
                tags.add(tag)
    assert tags and tags <= set(STEPS[locale])
    # The seven-step list that used to compete with SIFT is gone.
    assert not re.search(
        r"seven-step|七步", "\n".join(lesson.body for m in catalog.modules for lesson in m.lessons)
    )


def test_the_urgent_call_order_matches_the_lessons() -> None:
    """Calling back on a known number comes before the safe word, in every lesson and quiz."""
    for locale, money, call_back, safe_word in (
        ("en", "money", r"call back", r"safe word|code word"),
        ("zh-CN", "要钱", r"回拨|打回去", r"暗号"),
    ):
        catalog = _load_locale(paths.content_dir(), locale, [])
        question = catalog.module("information-security").question("order-urgent-call")
        order = [item.id for item in question.items]
        assert order.index("call-back") < order.index("safe-word")
        for module_id, lesson_id, anchor in (
            ("information-security", "voice-and-video-fraud", "{#verify}"),
            ("checking-ai", "numbers-dates-and-images", "!!! check"),
        ):
            body = catalog.module(module_id).lesson(lesson_id).body.split(anchor)[1]
            if module_id == "checking-ai":  # the code-word task, after the word "money"
                body = body[body.index(money) :]
            body = body.lower()
            first_call_back = re.search(call_back, body)
            first_safe_word = re.search(safe_word, body)
            assert first_call_back and first_safe_word, (locale, lesson_id)
            assert first_call_back.start() < first_safe_word.start(), (locale, lesson_id)
