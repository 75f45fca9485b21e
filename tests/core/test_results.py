"""Results files: export, round trip, refusals, and reading a whole folder of them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from ailiteracy.core import results as results_mod
from ailiteracy.core.assignments import (
    AssignmentItem,
    dump_assignment,
    new_assignment,
)
from ailiteracy.core.content import load_catalog
from ailiteracy.core.exchange import FileFormatError, dump_file
from ailiteracy.core.fileformat import FormatErrorKind
from ailiteracy.core.results import (
    RESULTS_MAX_BYTES,
    export_results,
    legacy_learner_id,
    load_many,
    load_results,
    results_filename,
)
from ailiteracy.core.store import ProgressStore, ensure_learner_id

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "results"
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def assignment(*modules: str):
    return new_assignment(
        class_name="7B",
        title="Week 3",
        due=dt.date(2026, 3, 15),
        pass_mark=60,
        items=[AssignmentItem(m) for m in modules],
        now=START,
    )


@pytest.fixture
def catalog(content_root: Path):
    return load_catalog([content_root], "en")


def export(store, a, catalog, name="王小红", learner_id="learner-1", now=None) -> bytes:
    return export_results(
        store,
        a,
        catalog,
        learner_name=name,
        learner_id=learner_id,
        app_version="9.9.9",
        now=now or dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC),
    )


def kind_of(data: bytes) -> FormatErrorKind:
    with pytest.raises(FileFormatError) as info:
        load_results(data)
    return info.value.kind


def test_export_round_trip(catalog) -> None:
    store = ProgressStore(None, clock=Clock())
    a = assignment("demo")
    first = store.start_attempt("demo")
    store.save_answer(first, "q-single", "a", 0.0, seconds=12.5, confidence=2)
    store.save_answer(first, "q-single", "b", 1.0, seconds=3.0)  # changed: the last counts
    store.save_answer(first, "q-tf", True, 0.0)
    store.finish_attempt(first, 40, False)
    other = store.start_attempt("second")  # not part of the assignment
    store.save_answer(other, "one", True, 1.0)
    store.finish_attempt(other, 100, True)
    second = store.start_attempt("demo")
    store.save_answer(second, "q-tf", False, 1.0)
    store.finish_attempt(second, 70, True)
    store.mark_lesson_read("demo", "first")

    data = export(store, a, catalog)
    r = load_results(data)
    assert (r.learner_name, r.learner_id, r.app_version) == ("王小红", "learner-1", "9.9.9")
    assert (r.assignment_id, r.assignment_title, r.class_name) == (a.id, "Week 3", "7B")
    assert r.exported_at == dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)
    assert [m.module for m in r.modules] == ["demo"]
    demo = r.modules[0]
    assert (demo.title, demo.best, demo.passed, demo.attempts, demo.scores) == (
        "Demo module",
        70,
        True,
        2,
        (40, 70),
    )
    assert (demo.lessons_read, demo.lessons_total) == (1, 2)
    got = [(x.question, x.answer, x.correct, x.attempt_no, x.attempt) for x in r.answers]
    assert got == [
        ("q-single", "b", True, 1, first.id),
        ("q-tf", True, False, 1, first.id),
        ("q-tf", False, True, 2, second.id),
    ]
    assert r.answers[0].prompt == "What does a chatbot do?"
    assert (r.answers[0].seconds, r.answers[0].confidence) == (3.0, None)
    assert all(x.module == "demo" for x in r.answers)
    obj = json.loads(data)
    assert obj["learner"]["name"] == "王小红" and "王小红".encode() in data


def test_attempts_are_numbered_per_module_in_time_order(catalog) -> None:
    store = ProgressStore(None, clock=Clock())
    for module, question in [("demo", "q-tf"), ("second", "one"), ("demo", "q-tf")]:
        attempt = store.start_attempt(module)
        store.save_answer(attempt, question, True, 0.0)
        store.finish_attempt(attempt, 0, False)
    r = load_results(export(store, assignment("demo", "second"), catalog))
    assert [(x.module, x.attempt_no) for x in r.answers] == [
        ("demo", 1),
        ("demo", 2),
        ("second", 1),
    ]
    assert [m.failed_attempts(60) for m in r.modules] == [2, 1]


def test_export_needs_a_name(catalog) -> None:
    with pytest.raises(ValueError):
        export(ProgressStore(None), assignment("demo"), catalog, name="  ")


def test_learner_id_is_made_once(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    first = ensure_learner_id(store)
    store.close()
    assert ensure_learner_id(ProgressStore(tmp_path)) == first
    assert len(first) == 32


def test_results_file_name_carries_the_learner_tag() -> None:
    week = assignment("demo")
    learner = "5F0C3B8E-9a2d-4c71-b6e8-f1a2c3d4e5f6"
    assert results_filename(week, "李明", learner) == "李明 - Week 3 - 5f0c3b8e.ailiteracy-results"
    long = results_filename(week, "A" * 80, learner)
    assert long.endswith(" - 5f0c3b8e.ailiteracy-results") and len(long) <= 80


def test_same_named_learners_get_different_file_names() -> None:
    week = assignment("demo")
    ids = [ensure_learner_id(ProgressStore(None)) for _ in range(3000)]
    names = {results_filename(week, "Learner", learner) for learner in ids}
    assert len(names) == 3000
    assert results_filename(week, "Learner", ids[0]) == results_filename(week, "Learner", ids[0])


def test_an_oversized_history_is_trimmed_oldest_first(catalog, monkeypatch) -> None:
    store = ProgressStore(None, clock=Clock())
    ids = []
    for _ in range(6):
        attempt = store.start_attempt("demo")
        ids.append(attempt.id)
        for question in ("q-single", "q-tf", "q-multi"):
            store.save_answer(attempt, question, "x" * 300, 0.0)
        store.finish_attempt(attempt, 10, False)
    full = export(store, assignment("demo"), catalog)
    monkeypatch.setattr(results_mod, "RESULTS_MAX_BYTES", len(full) - 1000)
    data = export(store, assignment("demo"), catalog)
    assert len(data) <= len(full) - 1000
    r = load_results(data)
    kept = {x.attempt for x in r.answers}
    assert ids[0] not in kept and ids[-1] in kept
    assert r.answers_omitted == 18 - len(r.answers) > 0
    assert r.modules[0].attempts == 6  # the summary stays complete


# --------------------------------------------------------------------------- refusals


def test_damaged_truncated_foreign_and_oversized_files_are_refused(catalog) -> None:
    data = export(ProgressStore(None), assignment("demo"), catalog)
    flipped = bytearray(data)
    flipped[data.index("王小红".encode()) + 1] ^= 0x01
    assert kind_of(bytes(flipped)) == FormatErrorKind.DAMAGED
    assert kind_of(data[:-40]) == FormatErrorKind.DAMAGED
    assert kind_of(b'{"rows": [{"name": "Eve"}]}') == FormatErrorKind.NOT_THIS_KIND
    assert kind_of(dump_assignment(assignment("demo"))) == FormatErrorKind.NOT_THIS_KIND
    assert kind_of(b"x" * (RESULTS_MAX_BYTES + 1)) == FormatErrorKind.TOO_LARGE
    newer = json.loads(data)
    newer["version"] = 2
    assert kind_of(dump_file(newer)) == FormatErrorKind.TOO_NEW
    wrong = json.loads(data)
    wrong["modules"] = [{"module": "demo", "title": "x", "best": 150, "passed": True}]
    assert kind_of(dump_file(wrong)) == FormatErrorKind.MALFORMED


def test_the_fixture_class_loads_and_refuses_the_bad_files() -> None:
    loaded, rejected = load_many([FIXTURE])
    assert sorted(r.learner_name for r in loaded) == [
        "Ana Souza",
        "Ana Souza",
        "Ben Okafor",
        "Chloé Martin",
        "李明",
    ]
    assert {(p.path.name, p.kind) for p in rejected} == {
        ("dara-nguyen.ailiteracy-results", FormatErrorKind.DAMAGED),
        ("quizmaster.ailiteracy-results", FormatErrorKind.NOT_THIS_KIND),
    }


def test_a_folder_still_imports_around_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    shutil.copytree(FIXTURE, folder)
    good = (folder / "chloe-martin.ailiteracy-results").read_bytes()
    (folder / "cut.ailiteracy-results").write_bytes(good[: len(good) // 3])
    with open(folder / "huge.ailiteracy-results", "wb") as handle:
        handle.truncate(RESULTS_MAX_BYTES + 1)
    (folder / "notes.txt").write_text("not looked at", encoding="utf-8")
    extra = tmp_path / "sent-by-mail.json"  # named explicitly: read whatever its extension
    extra.write_bytes((folder / "ben-okafor.ailiteracy-results").read_bytes())
    missing = tmp_path / "gone.ailiteracy-results"

    loaded, rejected = load_many([folder, extra, missing, folder / "li-ming.ailiteracy-results"])
    assert len(loaded) == 6  # the fixture's five good files (Li only once) and the extra
    assert {p.path.name: p.kind for p in rejected} == {
        "cut.ailiteracy-results": FormatErrorKind.DAMAGED,
        "dara-nguyen.ailiteracy-results": FormatErrorKind.DAMAGED,
        "huge.ailiteracy-results": FormatErrorKind.TOO_LARGE,
        "quizmaster.ailiteracy-results": FormatErrorKind.NOT_THIS_KIND,
        "gone.ailiteracy-results": FormatErrorKind.UNREADABLE,
    }


def test_a_results_file_without_a_learner_id_is_still_read(catalog) -> None:
    obj = json.loads(export(ProgressStore(None), assignment("demo"), catalog, name="Ana"))
    del obj["learner"]["id"]
    obj.pop("checksum", None)
    old = load_results(dump_file(obj))
    assert old.id_missing and old.learner_name == "Ana"
    assert old.learner_id == legacy_learner_id("Ana") != legacy_learner_id("Ben")


def test_the_profile_date_travels_with_the_results(catalog) -> None:
    data = export_results(
        ProgressStore(None),
        assignment("demo"),
        catalog,
        learner_name="Ana",
        learner_id="a" * 32,
        app_version="1",
        now=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        learner_since="2026-02-01T08:00:00+00:00",
    )
    loaded = load_results(data)
    assert loaded.learner_since == "2026-02-01" and not loaded.id_missing
    assert loaded.learner_id == "a" * 32


def test_the_profile_id_is_written_to_the_store(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    ensure_learner_id(store)
    assert ensure_learner_id(store, "b" * 32) == "b" * 32
    store.close()
    assert ensure_learner_id(ProgressStore(tmp_path)) == "b" * 32


def test_a_session_carries_the_profile_id_and_a_guest_gets_a_fresh_one(
    tmp_path: Path, content_root: Path
) -> None:
    from ailiteracy.core.session import Session

    session = Session.start(tmp_path, profile="p1", learner_id="d" * 32)
    assert session.learner_id == "d" * 32
    assert session.store.get_setting("learner_id") == "d" * 32
    session.close()
    guests = [Session.start(tmp_path, guest=True) for _ in range(2)]
    assert guests[0].learner_id != guests[1].learner_id
    assert all(len(g.learner_id) == 32 for g in guests)
    for g in guests:
        g.close()


def test_quick_answer_checks_match_the_field_by_field_checks() -> None:
    from ailiteracy.core.results import _answer_from, _answers_from

    good = {
        "module": "demo",
        "question": "q-single",
        "prompt": "Which?",
        "answer": ["a"],
        "correct": False,
        "score": 0.5,
        "seconds": 12,
        "attempt": "a1",
        "attempt_no": 1,
        "at": "2026-03-02T16:00:00+00:00",
        "confidence": None,
    }
    answers = [good, {**good, "question": "q-multi", "confidence": 3, "score": 1}]
    assert _answers_from(answers) == tuple(_answer_from(a, n) for n, a in enumerate(answers))
    accepted = {  # unusual but valid: the quick checks must take them exactly as the slow
        "module": ["demo\n", "a" * 200],
        "at": ["2026-03-02T16:00:00", "2026-03-02T18:00:00+02:00", "2026-03-02T16:00:00Z"],
        "seconds": [0, 10**9],
        "score": [0, 1],
        "extra": ["ignored"],
    }
    for key, values in accepted.items():
        for value in values:
            both = [good, {**good, key: value}]
            quick = _answers_from(both)
            assert quick == tuple(_answer_from(a, n) for n, a in enumerate(both)), (key, value)
            assert [type(x.score) for x in quick] == [float, float]
    bad_values = {
        "module": ["Demo", "", 3, None, ["demo"], "a" * 201, "demo\n\n"],
        "question": ["q single", True],
        "prompt": [None, "x" * 10_001],
        "correct": [1, "true", None],
        "score": [True, 1.5, -0.1, "1", None],
        "seconds": [False, -1, 10.0**10, "2"],
        "attempt": ["", "  ", 7, None],
        "attempt_no": [True, -1, 1.0, 10**7, None],
        "at": ["yesterday", 20260302, None, ""],
        "confidence": [True, 101, -1, 0, 5, 75, 3.0, "3"],
    }
    for key, values in bad_values.items():
        for value in values:
            answer = {**good, key: value}
            with pytest.raises(FileFormatError) as precise:
                _answer_from(answer, 1)
            with pytest.raises(FileFormatError) as quick:
                _answers_from([good, answer])
            assert (quick.value.kind, quick.value.detail) == (
                precise.value.kind,
                precise.value.detail,
            ), (key, value)
    missing = {k: v for k, v in good.items() if k != "attempt"}
    with pytest.raises(FileFormatError):
        _answers_from([missing])
    assert _answers_from(["not an object"] * 0) == ()
    with pytest.raises(FileFormatError):
        _answers_from(["not an object"])


def test_quick_checksum_check_gives_the_full_checks_verdict() -> None:
    from ailiteracy.core.fileformat import checksum, checksum_matches

    docs = [
        {"format": "x", "n": [1e-05, 1e16, 0.1, -0.0, 2**70], "t": 'é\u2028\x7f\x01"\\\n'},
        {"a": {"z": 1, "b": [True, None, {"y": "中文"}]}, "checksum": "ignored"},
        {"seconds": 1.5e300, "score": 5e-324},
    ]
    for doc in docs:
        stated = checksum(doc)
        assert checksum_matches(doc, stated)
        assert not checksum_matches(doc, "0" * 64)
        assert not checksum_matches({**doc, "extra": 1}, stated)


def test_a_smuggled_nan_is_still_refused() -> None:
    import hashlib
    import json

    from ailiteracy.core.exchange import FileFormatError, parse_envelope
    from ailiteracy.core.fileformat import FormatErrorKind
    from ailiteracy.core.results import RESULTS

    body = {"format": "ailiteracy-results", "version": 1, "answer": None}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    stated = hashlib.sha256(canonical.encode()).hexdigest()  # NaN written as null, as msgspec
    text = canonical.replace('"answer":null', '"answer":NaN')[:-1] + f',"checksum":"{stated}"}}'
    with pytest.raises(FileFormatError) as refused:
        parse_envelope(text.encode(), RESULTS)
    assert refused.value.kind is FormatErrorKind.MALFORMED
