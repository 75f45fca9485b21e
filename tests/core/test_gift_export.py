"""GIFT both ways: a module's quiz written for Moodle and read back unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

from ailiteracy.cli import main
from ailiteracy.core.content import Question, load_module, parse_quiz
from ailiteracy.core.gift import NOT_IN_GIFT, export_gift, parse_gift, write_module

QUIZ = r"""
[[question]]
id = "single-weighted"
type = "single"
prompt = "Where was he from? Mind the {braces}, the = and ~ signs, # and : too."
explanation = "Nazareth: see line one.\nAnd line two."

[[question.option]]
id = "a"
text = "Nazareth"
correct = true
feedback = "Yes! That's right."

[[question.option]]
id = "b"
text = "Galilee"
correct = false
feedback = "More specific, please."
weight = 50

[[question.option]]
id = "c"
text = "Back\\slash"
correct = false
feedback = "No."

[[question]]
id = "multiple-weighted"
type = "multiple"
prompt = "Which two are entombed?"
explanation = "Grant and his wife."

[[question.option]]
id = "a"
text = "Grant"
correct = true
feedback = "Yes."
weight = 50

[[question.option]]
id = "b"
text = "Grant's wife"
correct = true
feedback = "Yes."
weight = 50

[[question.option]]
id = "c"
text = "No one"
correct = false
feedback = "No."
weight = -100

[[question]]
id = "tf-true"
type = "truefalse"
prompt = "The sun rises in the east."
explanation = "It does."
answer = true
feedback_true = "Right."
feedback_false = "Look outside tomorrow morning."

[[question]]
id = "tf-false"
type = "truefalse"
prompt = "Fluent answers are always right."
explanation = "Fluency is not accuracy."
answer = false
feedback_true = "No: fluency is not accuracy."
feedback_false = "Right."

[[question]]
id = "short"
type = "short"
prompt = "Which UN body adopted the Recommendation on the Ethics of AI?"
explanation = "UNESCO did, in 2021."
feedback_wrong = "Look again at the section on UNESCO."

[[question.answer]]
text = "UNESCO"
feedback = "Right."

[[question.answer]]
text = "UN"
feedback = "Close: which part of it?"
weight = 25

[[question]]
id = "numerical"
type = "numerical"
prompt = "How many people were offline in 2024, in billions?"
explanation = "About 2.6 billion."

[[question.answer]]
value = 2.6
tolerance = 0.1
feedback = "Right."

[[question.answer]]
value = 2.6
tolerance = 0.5
weight = 50
feedback = "Close."

[[question.answer]]
value = -3
feedback = "Negative, for the test."
weight = 10

[[question]]
id = "match"
type = "match"
prompt = "Match each text to who issued it."
explanation = "Who issued what."

[[question.pair]]
id = "p1"
left = "Ethics Guidelines"
right = "AI HLEG"

[[question.pair]]
id = "p2"
left = "Recommendation on the Ethics of AI"
right = "UNESCO"

[[question]]
id = "order"
type = "order"
prompt = "Put these in order."
explanation = "Oldest first."

[[question.item]]
id = "a"
text = "One"

[[question.item]]
id = "b"
text = "Two"

[[question.item]]
id = "c"
text = "Three"
"""


def make_module(root: Path, content_root: Path) -> Path:
    folder = root / "en" / "every-type"
    shutil.copytree(content_root / "en" / "demo" / "lessons", folder / "lessons")
    (folder / "module.toml").write_text(
        'format = 1\ntitle = "Every type"\nsummary = "All GIFT can hold."\nminutes = 5\n',
        encoding="utf-8",
    )
    (folder / "quiz.toml").write_text(QUIZ, encoding="utf-8")
    return folder


def weight(q: Question, o) -> int | None:
    """An option's weight, None where it says no more than ``correct`` does."""
    if not o.weight or (q.type.value == "single" and o.correct and o.weight == 100):
        return None
    return o.weight


def comparable(q: Question) -> tuple:
    """What a question means, without the ids given to its options and its lesson link."""
    return (
        q.id,
        q.type,
        q.prompt,
        q.explanation,
        tuple((o.text, o.correct, o.feedback, weight(q, o)) for o in q.options),
        q.answer,
        q.feedback_true,
        q.feedback_false,
        q.answers,
        q.feedback_wrong,
        q.numbers,
        tuple((p.left, p.right) for p in q.pairs),
    )


def test_every_type_gift_can_hold_survives_the_round_trip(tmp_path: Path, content_root) -> None:
    problems: list = []
    module = load_module(make_module(tmp_path / "src", content_root), "en", problems)
    assert problems == [] and module is not None

    text, notes = export_gift(module.questions, category=module.title)
    assert [(n.question, n.skipped) for n in notes] == [("order", True)]
    assert "order" in NOT_IN_GIFT

    back = parse_gift(text)
    assert back.problems == []
    assert back.categories == ["Every type"]
    write_module(back, tmp_path / "back", title="Every type")
    again = parse_quiz(tmp_path / "back" / "quiz.toml", False, problems)
    assert problems == []
    sent = [comparable(q) for q in module.questions if q.type.value not in NOT_IN_GIFT]
    for got, want in zip([comparable(q) for q in again], sent, strict=True):
        assert got == want


def test_export_gift_command(tmp_path: Path, content_root, capsys) -> None:
    folder = make_module(tmp_path / "src", content_root)
    out = tmp_path / "quiz.gift"
    assert main(["export-gift", str(folder), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "question 'order' left out: GIFT has no ordering questions" in captured.out
    assert "Wrote 7 question(s)" in captured.err
    assert out.read_text(encoding="utf-8").count("::") == 14

    assert main(["export-gift", str(tmp_path / "missing"), "--out", str(out)]) == 1
    assert "not a valid module folder" in capsys.readouterr().err


def test_import_gift_counts_and_checks_the_module_id(tmp_path: Path, capsys) -> None:
    gift = tmp_path / "q.gift"
    gift.write_text(
        "Essay?{}\n\nEssay two?{}\n\nShort?{=yes =*y*}\n\nPick.{=a ~b}\n", encoding="utf-8"
    )
    assert main(["import-gift", str(gift), "--out", str(tmp_path / "My Quiz")]) == 2
    assert "'my-quiz'" in capsys.readouterr().err
    assert not (tmp_path / "My Quiz").exists()
    assert main(["import-gift", str(gift), "--out", str(tmp_path / "my-quiz")]) == 0
    err = capsys.readouterr().err
    assert "Imported 2 question(s)" in err and "(1 with a change); skipped 2." in err
