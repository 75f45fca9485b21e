"""The teacher guide's content (core): built from a module, so it follows every change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from msgspec.structs import replace

from ailiteracy import cli
from ailiteracy.core import guide, paths
from ailiteracy.core.content.catalog import load_locale
from ailiteracy.core.content.model import Problem, QuestionType, Verdict
from ailiteracy.core.content.modules import load_module, missing_discussion
from ailiteracy.core.content.validation import validate_roots

SHIPPED = paths.content_dir()


@pytest.fixture(scope="module", params=["en", "zh-CN"])
def shipped(request):
    problems: list[Problem] = []
    catalog = load_locale(SHIPPED, request.param, problems)
    assert problems == []
    return catalog.modules


def test_every_aim_verdict_and_quiz_answer_is_in_the_guide(shipped) -> None:
    for module in shipped:
        g = guide.build_guide(module)
        assert (g.module_id, g.title, g.summary) == (module.id, module.title, module.summary)
        assert [a.objectives for a in g.lessons] == [lesson.objectives for lesson in module.lessons]
        assert len(g.tasks) == len(module.tasks)
        for task, key in zip(module.tasks, g.tasks, strict=True):
            assert [(c.text, c.verdict) for c in key.claims] == [
                (c.text, c.verdict) for c in task.claims
            ]
            for claim, ckey in zip(task.claims, key.claims, strict=True):
                assert ckey.page_title == (task.page(claim.page).title if claim.page else "")
            assert key.pages == task.pages and key.expert_path == task.expert_path
            assert key.first_page_title == task.page(task.first_page).title
        assert [k.id for k in g.quiz] == [q.id for q in module.questions]
        for q, key in zip(module.questions, g.quiz, strict=True):
            texts = [p.text for p in key.parts]
            if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
                assert texts == [o.text for o in q.options if o.correct]
            elif q.type == QuestionType.TRUEFALSE:
                assert key.truth is q.answer
            elif q.type == QuestionType.CLAIM:
                assert [p.verdict for p in key.parts] == [c.verdict for c in q.claims]
            elif q.type == QuestionType.SPOT:
                assert texts == [s.text for s in q.sentences if s.wrong]
            elif q.type == QuestionType.MATCH:
                assert [(p.text, p.pair) for p in key.parts] == [(p.left, p.right) for p in q.pairs]
            elif q.type == QuestionType.ORDER:
                assert texts == [i.text for i in q.items]
            assert key.explanation == q.explanation


def test_timing_adds_up_and_the_plan_follows_the_lessons(shipped) -> None:
    for module in shipped:
        g = guide.build_guide(module)
        kinds = [row.kind for row in g.timing]
        assert kinds.count(guide.TimingKind.LESSON) == len(module.lessons)
        assert kinds.count(guide.TimingKind.PRACTICE) == len(module.tasks)
        assert kinds[-1] == guide.TimingKind.QUIZ and g.timing[-1].count == len(module.questions)
        assert g.total_minutes == (
            sum(lesson.minutes for lesson in module.lessons)
            + guide.quiz_minutes(module.questions)
            + sum(d.minutes for d in module.discussion)
            + sum(5 + 2 * len(t.claims) for t in module.tasks)
        )
        planned = [item.discussion for step in g.plan for item in step.questions]
        assert sorted(d.id for d in planned) == sorted(d.id for d in module.discussion)
        assert 3 <= len(module.discussion) <= 4, module.id
        order = [lesson.id for lesson in module.lessons]
        assert [order.index(s.lesson_id) for s in g.plan] == sorted(
            order.index(s.lesson_id) for s in g.plan
        )
        boxes = sum(lesson.body.count("!!! check") for lesson in module.lessons)
        assert sum(len(s.checks) for s in g.plan) == boxes


def test_chinese_and_english_plans_match() -> None:
    problems: list[Problem] = []
    en = {m.id: m for m in load_locale(SHIPPED, "en", problems).modules}
    zh = {m.id: m for m in load_locale(SHIPPED, "zh-CN", problems).modules}
    assert en.keys() == zh.keys()
    for module_id, module in en.items():
        assert [(d.id, d.after, d.minutes) for d in module.discussion] == [
            (d.id, d.after, d.minutes) for d in zh[module_id].discussion
        ], module_id
    assert missing_discussion([*en.values(), *zh.values()]) == []


def test_a_check_box_becomes_plain_paragraphs(shipped) -> None:
    lesson = next(lesson for m in shipped for lesson in m.lessons if "!!! check" in lesson.body)
    body = (
        "## First {#first}\n\nText.\n\n## Second part {#second}\n\n"
        '!!! check "Try **this**"\n    Read [the page](https://example.org)[^1] and\n'
        "    write it down.\n\n    1. **One** step\n       more.\n    2. `Two`\n\nAfter.\n"
    )
    (box,) = guide.check_boxes(replace(lesson, body=body))
    assert box == guide.CheckBox(
        "Try this",
        "Second part",
        ("Read the page and write it down.", "1. One step more.", "2. Two"),
    )
    han = replace(lesson, body="!!! check\n    第一行\n    第二行。\n")
    assert guide.check_boxes(han) == (guide.CheckBox("", "", ("第一行第二行。",)),)


@pytest.fixture
def module_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "en" / "checking-ai"
    shutil.copytree(SHIPPED / "en" / "checking-ai", folder)
    return folder


def load(folder: Path) -> tuple[object, list[Problem]]:
    problems: list[Problem] = []
    return load_module(folder, "en", problems), problems


def test_changing_the_content_changes_the_guide(module_folder: Path) -> None:
    module, problems = load(module_folder)
    assert problems == []
    before = guide.build_guide(module)
    lesson = next(module_folder.glob("lessons/01-*.md"))
    objective = module.lessons[0].objectives[0]
    assert objective in lesson.read_text()
    lesson.write_text(lesson.read_text().replace(objective, "Say what a chatbot does."))
    practice = module_folder / "practice.toml"
    text = practice.read_text()
    first_claim = module.tasks[0].claims[0]
    assert first_claim.explanation in text
    practice.write_text(text.replace(first_claim.explanation, "A new explanation."))
    meta = module_folder / "module.toml"
    meta.write_text(meta.read_text().replace("minutes = 8\n", "minutes = 12\n", 1))
    after, problems = load(module_folder)
    assert problems == []
    changed = guide.build_guide(after)
    assert changed.lessons[0].objectives[0] == "Say what a chatbot does."
    assert changed.tasks[0].claims[0].explanation == "A new explanation."
    assert changed.tasks[0].claims[0].verdict == first_claim.verdict
    assert changed.total_minutes == before.total_minutes + 4


DISCUSSION = '\n[[discussion]]\nid = "extra"\nafter = "a-checking-routine#steps"\n'


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (DISCUSSION + 'question = "Why?"\nnote = "typo"\n', "unknown key 'note'"),
        (DISCUSSION + "question = 42\n", "'question' must be text"),
        (DISCUSSION + 'question = ""\n', "'question' is empty"),
        (DISCUSSION + f'question = "{"x" * 401}"\n', "'question' is longer than 400"),
        (DISCUSSION + f'question = "Q"\nnotes = "{"x" * 1201}"\n', "'notes' is longer than 1200"),
        (DISCUSSION + 'question = "Q"\nminutes = 0\n', "'minutes' must be between 1 and 60"),
        (DISCUSSION + 'question = "Q"\nminutes = true\n', "'minutes' must be a whole number"),
        (
            '\n[[discussion]]\nid = "x"\nafter = "no-such-lesson"\nquestion = "Q"\n',
            "discussion 'x': no lesson section 'no-such-lesson'",
        ),
        (
            '\n[[discussion]]\nid = "x"\nafter = "a-checking-routine#nowhere"\nquestion = "Q"\n',
            "no lesson section 'a-checking-routine#nowhere'",
        ),
        (
            '\n[[discussion]]\nid = "Bad Id"\nafter = "a-checking-routine"\nquestion = "Q"\n',
            "must use lower-case letters",
        ),
        (
            '\n[[discussion]]\nid = "how-far"\nafter = "a-checking-routine"\nquestion = "Q"\n',
            "duplicate discussion id 'how-far'",
        ),
        (
            "".join(
                f'\n[[discussion]]\nid = "n{n}"\nafter = "a-checking-routine"\nquestion = "Q"\n'
                for n in range(9)
            ),
            "at most 12 [[discussion]] questions",
        ),
    ],
)
def test_a_bad_discussion_entry_is_refused(module_folder: Path, entry: str, message: str) -> None:
    meta = module_folder / "module.toml"
    meta.write_text(meta.read_text() + entry)
    module, problems = load(module_folder)
    assert any(message in p.message for p in problems), problems
    assert module is None or not module.valid


def test_discussion_must_be_tables(module_folder: Path) -> None:
    meta = module_folder / "module.toml"
    text = meta.read_text()
    meta.write_text('discussion = "talk about it"\n' + text[: text.index("\n# The discussion")])
    module, problems = load(module_folder)
    assert module is None
    assert "'discussion' must be a list of [[discussion]] tables" in problems[0].message


def test_check_content_warns_about_a_module_without_a_plan(content_root: Path, capsys) -> None:
    modules, problems = validate_roots([content_root])  # the test content has no plans
    assert problems == [] and modules
    assert cli.main(["check-content", str(content_root)]) == 0  # a warning, not an error
    err = capsys.readouterr().err
    assert err.count("no [[discussion]] questions for the teacher guide") == len(modules)
    assert len(missing_discussion(modules)) == len(modules)
    meta = content_root / "en" / "second" / "module.toml"  # only in English
    lesson_id = next(m for m in modules if m.id == "second").lessons[0].id
    meta.write_text(
        meta.read_text() + f'[[discussion]]\nid = "d"\nafter = "{lesson_id}"\nquestion = "Why?"\n'
    )
    modules, problems = validate_roots([content_root])
    assert problems == [] and len(missing_discussion(modules)) == len(modules) - 1


def test_translations_must_keep_the_discussion_ids(tmp_path: Path) -> None:
    for locale in ("en", "zh-CN"):
        shutil.copytree(SHIPPED / locale / "ai-basics", tmp_path / locale / "ai-basics")
    meta = tmp_path / "zh-CN" / "ai-basics" / "module.toml"
    meta.write_text(meta.read_text().replace('id = "companions"', 'id = "companion"'))
    _modules, problems = validate_roots([tmp_path])
    messages = [p.message for p in problems]
    assert any("discussion question 'companions" in m and "not here" in m for m in messages)


def test_verdicts_and_answers_of_a_made_up_question() -> None:
    from ailiteracy.core.content.model import Claim, NumericAnswer, Question, ShortAnswer, Source

    claim = Question(
        "c",
        QuestionType.CLAIM,
        "P",
        "E",
        "",
        sources=(Source("s", "The law", "https://example.org", "text"),),
        claims=(
            Claim("a", "A claim", Verdict.SUPPORTED, "s", "why"),
            Claim("b", "Another", Verdict.NOT_CHECKABLE, None, "no source"),
        ),
    )
    key = guide._quiz_key(1, claim, {})
    assert [(p.text, p.pair, p.verdict) for p in key.parts] == [
        ("A claim", "The law", Verdict.SUPPORTED),
        ("Another", "", Verdict.NOT_CHECKABLE),
    ]
    short = Question(
        "s",
        QuestionType.SHORT,
        "P",
        "",
        "",
        answers=(ShortAnswer("half", "", 50), ShortAnswer("full", "", 100)),
    )
    assert [(p.text, p.weight) for p in guide._quiz_key(2, short, {}).parts] == [
        ("full", 100),
        ("half", 50),
    ]
    number = Question("n", QuestionType.NUMERICAL, "P", "E", "", numbers=(NumericAnswer(3.0, 0.5),))
    assert guide._quiz_key(3, number, {}).numbers == (NumericAnswer(3.0, 0.5),)
    assert guide.quiz_minutes([claim, short, number]) == 5  # 150 + 60 + 60 seconds
