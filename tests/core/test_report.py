"""The class report on the fixture class (tests/data/results/README.md) and its CSV export."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest

from ailiteracy.core.assignments import load_assignment
from ailiteracy.core.content import load_catalog
from ailiteracy.core.report import (
    CSV_COLUMNS,
    HelpReason,
    ReportBuilder,
    ReportChange,
    RowStatus,
    answer_text,
    build_report,
    gradebook_csv,
    report_csv,
)
from ailiteracy.core.results import load_many

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "results"
AFTER_DUE = dt.date(2026, 3, 20)
BEFORE_DUE = dt.date(2026, 3, 10)


@pytest.fixture
def catalog(content_root: Path):
    return load_catalog([content_root], "en")


@pytest.fixture
def assignment():
    return load_assignment((FIXTURE / "week-3.ailiteracy-assignment").read_bytes())


@pytest.fixture
def files():
    loaded, rejected = load_many([FIXTURE])
    assert len(rejected) == 2
    return loaded


def table(report) -> list[tuple]:
    return [(r.learner, r.module, r.best, r.attempts, r.status, r.overdue) for r in report.rows]


def test_rows_after_the_due_date(assignment, files, catalog) -> None:
    report = build_report(assignment, files, catalog, AFTER_DUE)
    P, N, S = RowStatus.PASSED, RowStatus.NOT_PASSED, RowStatus.NOT_STARTED
    assert table(report) == [
        ("Ana Souza", "demo", 95, 2, P, False),
        ("Ana Souza", "second", 100, 1, P, False),
        ("Ben Okafor", "demo", None, 0, S, True),
        ("Ben Okafor", "second", None, 0, S, True),
        ("Chloé Martin", "demo", 86, 1, P, False),
        ("Chloé Martin", "second", 50, 1, N, True),  # 50 passes the module, not the assignment
        ("李明", "demo", 43, 2, N, True),
        ("李明", "second", None, 0, S, True),
    ]
    assert report.overdue and report.replaced == 1
    assert [x.name for x in report.learners] == ["Ana Souza", "Ben Okafor", "Chloé Martin", "李明"]
    assert {r.module_title for r in report.rows} == {"Demo module", "Second module"}
    assert all(r.class_name == "7B" for r in report.rows)
    demo, second = report.modules
    assert (demo.passed, demo.not_passed, demo.not_started, demo.average_best) == (2, 1, 1, 74.7)
    assert (second.passed, second.not_passed, second.not_started, second.average_best) == (
        1,
        1,
        2,
        75.0,
    )


def test_the_newest_file_of_a_learner_wins_in_any_order(assignment, files, catalog) -> None:
    for order in (files, list(reversed(files))):
        report = build_report(assignment, order, catalog, AFTER_DUE)
        ana = report.rows_for("a" * 32)
        assert [(r.best, r.attempts) for r in ana] == [(95, 2), (100, 1)]
        assert len(report.learners) == 4


def test_re_importing_the_same_files_never_duplicates(assignment, files, catalog) -> None:
    report = build_report(assignment, files + files, catalog, AFTER_DUE)
    assert len(report.rows) == 8 and report.replaced == 6


def test_nothing_is_overdue_before_the_due_date(assignment, files, catalog) -> None:
    report = build_report(assignment, files, catalog, BEFORE_DUE)
    assert not report.overdue
    assert not any(r.overdue for r in report.rows)
    assert [(h.learner, h.reason) for h in report.needs_help] == [
        ("李明", HelpReason.REPEATED_FAILS)
    ]


def test_needs_help(assignment, files, catalog) -> None:
    report = build_report(assignment, files, catalog, AFTER_DUE)
    got = [(h.learner, h.reason, h.module, h.failed_attempts) for h in report.needs_help]
    assert got == [
        ("Ben Okafor", HelpReason.OVERDUE_NOTHING_DONE, None, 0),
        ("李明", HelpReason.REPEATED_FAILS, "demo", 2),
    ]
    # Ana also failed once and Chloé once: one failure is not "repeated".


def test_most_missed_with_wrong_answer_counts(assignment, files, catalog) -> None:
    report = build_report(assignment, files, catalog, AFTER_DUE)
    got = [
        (m.question, m.wrong, m.answered, [(w.text, w.count) for w in m.wrong_answers])
        for m in report.most_missed
    ]
    assert got == [
        ("q-single", 2, 3, [("Looks up checked facts", 2)]),
        ("q-multi", 2, 3, [("Check sources", 1), ("Trust fluent text", 1)]),
        ("two", 1, 2, [("a", 1)]),
        ("q-tf", 1, 3, [("True", 1)]),
        ("q-spot", 1, 3, [("The AI Act entered into force in 2024.", 1)]),
    ]
    # Ana's first try at q-single was wrong too, but her latest answer is right.
    assert report.most_missed[0].prompt == "What does a chatbot do?"
    assert report.most_missed[0].module_title == "Demo module"


def test_prompts_come_from_the_teacher_language(assignment, files, content_root) -> None:
    zh = load_catalog([content_root], "zh-CN")
    report = build_report(assignment, files, zh, AFTER_DUE)
    assert report.most_missed[0].prompt == "聊天机器人做什么？"


def test_files_for_another_assignment_are_set_aside(assignment, files, catalog) -> None:
    other = dataclasses.replace(files[0], assignment_id="0" * 32, learner_id="z" * 32)
    report = build_report(assignment, [*files, other], catalog, AFTER_DUE)
    assert report.other_assignment == (other,)
    assert len(report.learners) == 4


def test_answers_as_text(catalog) -> None:
    demo = catalog.module("demo")
    q = {x.id: x for x in demo.questions}
    assert answer_text(q["q-single"], "b") == "Predicts likely words"
    assert answer_text(q["q-multi"], ["c", "a"]) == "Check sources; Trust fluent text"
    assert answer_text(q["q-tf"], True) == "True"
    assert answer_text(q["q-tf"], False) == "False"
    assert answer_text(q["q-order"], ["act", "oecd", "unesco"]) == (
        "AI Act in force (2024) → OECD AI Principles (2019) → UNESCO Recommendation (2021)"
    )
    assert answer_text(q["q-match"], {"p1": "p2", "p2": "p1"}) == (
        "Ethics Guidelines → UNESCO; Recommendation on the Ethics of AI → AI HLEG"
    )
    claim = {"c1": {"verdict": "contradicted", "source": "s2"}}
    assert answer_text(q["q-claim"], claim) == (
        "The AI Act is an EU regulation.: contradicted [Another source]"
    )
    assert answer_text(q["q-spot"], ["s2"]) == "UNESCO adopted its Recommendation in 2019."
    assert answer_text(q["q-single"], None) == ""
    assert answer_text(None, {"b": 1, "a": [2]}) == '{"a":[2],"b":1}'


# --------------------------------------------------------------------------- CSV


def test_csv_for_spreadsheets(assignment, files, catalog) -> None:
    data = report_csv(build_report(assignment, files, catalog, AFTER_DUE))
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[0] == ",".join(CSV_COLUMNS)
    ids = {f.learner_name: f.learner_id for f in files}
    assert lines[1] == f"Ana Souza,{ids['Ana Souza']},7B,Demo module,95,TRUE,2,passed,FALSE"
    assert lines[3] == f"Ben Okafor,{ids['Ben Okafor']},7B,Demo module,,FALSE,0,not started,TRUE"
    assert lines[-1] == ""  # the file ends with a line end
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 8
    li = [r for r in rows if r["learner"] == "李明"]
    assert [(r["module"], r["best_score"], r["status"]) for r in li] == [
        ("Demo module", "43", "not passed"),
        ("Second module", "", "not started"),
    ]
    assert '"' not in data.decode("utf-8") and "%" not in data.decode("utf-8")


def test_csv_quotes_only_when_needed_and_defuses_formulas(assignment, files, catalog) -> None:
    sly = dataclasses.replace(files[0], learner_name="=HYPERLINK(1)", learner_id="y" * 32)
    comma = dataclasses.replace(files[0], learner_name="Souza, Ana", learner_id="x" * 32)
    data = report_csv(build_report(assignment, [sly, comma], catalog, AFTER_DUE))
    text = data.decode("utf-8-sig")
    assert f"'=HYPERLINK(1),{'y' * 32},7B,Demo module,57,FALSE,1,not passed,TRUE" in text
    assert f'"Souza, Ana",{"x" * 32},7B,Demo module,57,' in text


def test_learners_with_the_same_name_are_kept_apart_and_named(assignment, files, catalog) -> None:
    ana = next(f for f in files if f.learner_name == "Ana Souza")
    twin = dataclasses.replace(ana, learner_id="f" * 32, learner_since="2026-03-02")
    report = build_report(assignment, [*files, twin], catalog, AFTER_DUE)
    assert len(report.learners) == 5
    assert report.same_names == ("Ana Souza",)
    labels = [x.shown for x in report.learners if x.name == "Ana Souza"]
    assert len(set(labels)) == 2
    assert "Ana Souza (2026-03-02, #ffffff)" in labels
    assert {r.learner for r in report.rows_for("f" * 32)} == {"Ana Souza (2026-03-02, #ffffff)"}
    alone = build_report(assignment, files, catalog, AFTER_DUE)
    assert alone.same_names == () and all(x.shown == x.name for x in alone.learners)


def test_gradebook_has_one_row_per_learner_and_a_column_per_module(
    assignment, files, catalog
) -> None:
    ana = next(f for f in files if f.learner_name == "Ana Souza")
    twin = dataclasses.replace(ana, learner_id="f" * 32, learner_since="2026-03-02")
    data = gradebook_csv(build_report(assignment, [*files, twin], catalog, AFTER_DUE))
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["learner_id", "learner", "class", "Demo module", "Second module"]
    by_id = {r[0]: r[1:] for r in rows[1:]}
    assert len(rows) == 6 and len(by_id) == 5
    assert by_id[ana.learner_id][2:] == ["95", "100"]
    assert by_id["f" * 32][0] == "Ana Souza (2026-03-02, #ffffff)"
    li = next(f for f in files if f.learner_name == "李明")
    assert by_id[li.learner_id] == ["李明", "7B", "43", ""]


def _school(files):
    """The fixture class made bigger: more learners, same names, newer and older files."""
    import itertools

    out = list(files)
    for n, f in enumerate(itertools.islice(itertools.cycle(files), 24)):
        moved = f.exported_at + dt.timedelta(days=n % 3 - 1)
        twin_id = f.learner_id if n % 4 == 0 else f"{n:032x}"  # some replace, some are new
        out.append(dataclasses.replace(f, learner_id=twin_id, exported_at=moved))
    return out


def test_the_report_built_batch_by_batch_is_the_report_of_all_files(
    assignment, files, catalog
) -> None:
    school = _school(files)
    for today in (BEFORE_DUE, AFTER_DUE):
        builder = ReportBuilder(assignment, catalog, today)
        kept: dict[str, object] = {}
        for start in range(0, len(school), 5):
            batch = [(f"file-{n}", school[n]) for n in range(start, min(start + 5, len(school)))]
            change = builder.add(batch)
            kept.update(batch)
            assert builder.report() == build_report(assignment, kept.values(), catalog, today)
            assert set(change.added) <= {x.id for x in builder.report().learners}
        gone = ["file-0", "file-7", "file-8", "no such file"]
        change = builder.remove(gone)
        for key in gone:
            kept.pop(key, None)
        assert builder.report() == build_report(assignment, kept.values(), catalog, today)
        assert change.removed or change.changed


def test_adding_a_file_again_replaces_it_and_says_what_changed(assignment, files, catalog) -> None:
    builder = ReportBuilder(assignment, catalog, AFTER_DUE)
    change = builder.add(enumerate(files))
    assert sorted(change.added) == sorted(
        {f.learner_id for f in files if f.assignment_id == assignment.id}
    )
    key, ana = max(
        ((n, f) for n, f in enumerate(files) if f.learner_name == "Ana Souza"),
        key=lambda x: x[1].exported_at,
    )
    replaced = builder.report().replaced
    newer = dataclasses.replace(ana, exported_at=ana.exported_at + dt.timedelta(days=1))
    change = builder.add([(key, newer)])
    assert change == ReportChange(changed=(ana.learner_id,))
    assert builder.report().replaced == replaced  # the same key: the old file is gone
    twin = dataclasses.replace(ana, learner_id="f" * 32, learner_since="2026-03-02")
    change = builder.add([("twin", twin)])
    assert change.added == ("f" * 32,) and change.changed == (ana.learner_id,)  # relabelled
    assert builder.report().same_names == ("Ana Souza",)
    change = builder.remove(["twin"])
    assert change.removed == ("f" * 32,) and change.changed == (ana.learner_id,)
    assert builder.report().same_names == ()
    assert builder.report() == build_report(
        assignment, [newer if f is ana else f for f in files], catalog, AFTER_DUE
    )


def test_object_answers_count_alike_whatever_their_key_order(assignment, files, catalog) -> None:
    """Matching and claim answers are looked up once per distinct answer: the same
    answer written in another key order is the same wrong answer."""
    from msgspec.structs import replace

    def learner(n: int, match: dict, claim: dict):
        f = files[0]
        wrong = [
            replace(f.answers[0], question=q, answer=a, correct=False, attempt_no=99)
            for q, a in (("q-match", match), ("q-claim", claim))
        ]
        return dataclasses.replace(f, learner_id=f"{n:032x}", answers=(*f.answers, *wrong))

    match, claim = {"p1": "p2", "p2": "p1"}, {"c1": {"verdict": "contradicted", "source": "s2"}}
    flipped = {"p2": "p1", "p1": "p2"}, {"c1": {"source": "s2", "verdict": "contradicted"}}
    same = [learner(n, match, claim) for n in range(3)]
    mixed = [learner(0, match, claim), learner(1, *flipped), learner(2, match, claim)]
    other = [
        learner(0, match, claim),
        learner(1, {"p1": "p1"}, {"c1": {}}),
        learner(2, match, claim),
    ]

    def missed(batch):
        report = build_report(assignment, batch, catalog, AFTER_DUE)
        return {
            m.question: [(w.text, w.count) for w in m.wrong_answers]
            for m in report.most_missed
            if m.question in ("q-match", "q-claim")
        }

    assert missed(mixed) == missed(same)
    assert [c for _w, c in missed(same)["q-match"]] == [3]
    assert sorted(c for _w, c in missed(other)["q-claim"]) == [1, 2]
