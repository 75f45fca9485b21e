"""What a blind learner hears: the real app under Xvfb, driven by keyboard, read through
AT-SPI (the interface the Orca screen reader uses), for a lesson and every question type.

The client runs with the system Python, which has the AT-SPI bindings; scripts/test
installs it and the other system packages (see SCREEN_READER_TEST_PACKAGES in
scripts/common.sh).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ailiteracy.core.content import QuestionType, load_catalog

HERE = Path(__file__).resolve().parent
CONTENT = HERE.parent / "data" / "content"
SYSTEM_PYTHON = "/usr/bin/python3"
TOOLS = ("Xvfb", "xdotool", "dbus-run-session")
NUMBERED = (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUEFALSE, QuestionType.SPOT)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="AT-SPI is the Linux accessibility bus"
)


@pytest.fixture(scope="module")
def demo():
    catalog = load_catalog([CONTENT], "en")
    return catalog.module("demo")


@pytest.fixture(scope="module")
def heard(tmp_path_factory, demo) -> dict:
    """Run the client once: it opens a lesson and takes the demo quiz by keyboard."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    assert not missing, f"install the screen-reader test packages (scripts/test does): {missing}"
    data = tmp_path_factory.mktemp("atspi") / "data"
    run = subprocess.run(
        [
            "dbus-run-session",
            "--",
            SYSTEM_PYTHON,
            str(HERE / "client.py"),
            sys.executable,
            str(data),
            # which questions' options the plain keys 1-9 choose (the client waits there)
            json.dumps([q.type in NUMBERED for q in demo.questions]),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    out = run.stdout
    return json.loads(out[out.index("{") :])  # the bus daemon may print a line first


def test_lesson_text_sections_and_links(heard, demo) -> None:
    lesson = heard["lesson"]
    assert lesson["in_list"]  # F6: the module list has the keyboard
    assert lesson["opened"]["name"] == "First lesson"
    assert "A chatbot predicts words." in lesson["text"]
    assert "2024.[1]" in lesson["text"]  # a footnote number is heard as a number
    titles = [s.title for s in demo.lesson("first").sections]
    assert lesson["sections"] == titles  # headings, to jump to from a list
    focus = [e for e in lesson["tabbing"] if e["kind"] == "focus"]
    labels = [e["label"] for e in focus]
    assert "Go to section:" in labels  # the section list is a Tab stop before the text
    assert focus[labels.index("Go to section:")]["name"] == titles[0]
    assert focus[labels.index("Go to section:") + 1]["name"] == "Lesson text"
    links = [e["text"] for e in lesson["tabbing"] if e["kind"] == "announcement"]
    assert links[:4] == ["Link: chatbot", "Link: [1]", "Link: [1]", "Link: the second lesson"]


def test_every_question_is_spoken_with_its_options_before_check(heard, demo) -> None:
    records = heard["quiz"]["questions"]
    assert len(records) == len(demo.questions)
    for n, (record, question) in enumerate(zip(records, demo.questions, strict=True), start=1):
        assert record["shown"] == f"Question {n} of {len(demo.questions)}. {question.prompt}"
        tab = [e for e in record["tab"]]
        assert tab[-1]["name"] == "Check answer", question.id  # options come first
        names = [e["name"] for e in tab + record["keys"]]
        labels = [e["label"] for e in tab]
        kind = question.type
        if kind in NUMBERED:  # no label relation, which made each option spoken twice
            assert [e["label"] for e in tab] == [""] * len(tab), question.id
        else:  # the plain key 1 chooses nothing here, so the focus stays
            assert record["keys"] == [], question.id
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            options = [f"{m} {o.text}" for m, o in enumerate(question.options, start=1)]
            assert set(options) <= set(names), question.id
            if kind == QuestionType.MULTIPLE:  # every check box is its own Tab stop
                assert [e["name"] for e in tab[:-1]] == options
        elif kind == QuestionType.TRUEFALSE:
            assert {"1 True", "2 False"} <= set(names)
        elif kind == QuestionType.SPOT:
            assert [e["name"] for e in tab[:-1]] == [
                f"{m} {s.text}" for m, s in enumerate(question.sentences, start=1)
            ]
        elif kind == QuestionType.CLAIM:
            assert tab[0]["name"] == " ".join(c.text for c in question.claims)
            for source in question.sources:
                assert any(source.text in name for name in names), source.id
            for m in range(1, len(question.claims) + 1):
                assert f"Verdict for claim {m}:" in labels
                assert f"Deciding source for claim {m}:" in labels
            # Down on each verdict's drop-down: the verdict chosen is heard.
            assert record["chosen"] == ["Supported by the sources"] * len(question.claims)
        elif kind == QuestionType.MATCH:
            assert [p.left for p in question.pairs] == labels[:-1]
            # Down on each drop-down: the answer chosen (one of the right-hand items) is heard.
            assert len(record["chosen"]) == len(question.pairs), question.id
            assert set(record["chosen"]) <= {p.right for p in question.pairs}, record["chosen"]
        elif kind == QuestionType.ORDER:
            assert names[0] == "Items to put in order"


def test_every_verdict_and_the_score_are_announced(heard, demo) -> None:
    missing = heard["quiz"]["missing"]  # Check pressed before choosing anything
    assert missing is not None and missing["text"] == "Choose an answer first."
    for record, question in zip(heard["quiz"]["questions"], demo.questions, strict=True):
        feedback = record["feedback"]
        assert feedback is not None, question.id
        verdict, _, explanation = feedback.partition("\n")
        assert verdict in ("\u2714 Right!", "\u2718 Not right.") or verdict.startswith(
            "\u2718 Partly right ("
        ), feedback
        assert explanation == question.explanation
    result = heard["quiz"]["result"]
    assert result is not None and result.startswith("Your score: ")
    assert f"the pass mark is {demo.pass_mark}%" in result.lower()
