"""Results files read through their typed form (msgspec) give exactly what the full,
field-by-field checks give: the same results, or the same refusal."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ailiteracy.core import results as results_mod
from ailiteracy.core.exchange import FileFormatError, open_typed, parse_envelope
from ailiteracy.core.fileformat import FormatErrorKind, checksum
from ailiteracy.core.results import RESULTS, load_results
from tests.core.test_hostile_files import HYPOTHESIS, JSON_VALUES, _replaced, _signed

ANSWER = {
    "module": "demo",
    "question": "q-single",
    "prompt": "聊天机器人做什么？",
    "answer": "a",
    "correct": False,
    "score": 0.0,
    "seconds": 20.0,
    "attempt": "7aa0" * 8,
    "attempt_no": 1,
    "at": "2026-03-04T16:01:00+00:00",
    "confidence": None,
}
DOC: dict[str, Any] = {
    "format": "ailiteracy-results",
    "version": 1,
    "app_version": "0.1.0",
    "assignment": {"id": "5f0c" * 8, "title": "Week 3", "class": "7B"},
    "learner": {"name": "李明", "id": "b" * 32, "since": "2026-02-01"},
    "exported_at": "2026-03-16T16:00:00+00:00",
    "modules": [
        {
            "module": "demo",
            "title": "演示模块",
            "best": 43,
            "passed": False,
            "attempts": 2,
            "scores": [29, 43],
            "lessons_read": 1,
            "lessons_total": 2,
        },
        {"module": "second", "title": "Two", "best": None, "passed": True, "attempts": 0},
    ],
    "answers": [
        ANSWER,
        {**ANSWER, "question": "q-multi", "answer": ["a", "c"], "score": 1, "correct": True},
        {
            **ANSWER,
            "question": "q-claim",
            "answer": {"c1": {"verdict": "supported", "source": None}},
            "confidence": 4,
            "attempt_no": 2,
            "attempt": "second try",
            "at": "2026-03-05T18:00:00+02:00",
        },
        {**ANSWER, "question": "q-tf", "answer": True, "seconds": 3},
    ],
    "answers_omitted": 0,
}


def full_path(data: bytes) -> Any:
    """What the field-by-field checks make of ``data``: the file, or the refusal."""
    try:
        obj = parse_envelope(data, RESULTS)
        return results_mod._results_file(obj, results_mod._answers_from)
    except FileFormatError as exc:
        return (exc.kind, exc.detail, exc.field)


def read(data: bytes) -> Any:
    try:
        return load_results(data)
    except FileFormatError as exc:
        return (exc.kind, exc.detail, exc.field)


def typed(data: bytes) -> bool:
    return open_typed(data, RESULTS, results_mod._typed_decoder()) is not None


def without(document: dict[str, Any], *path: Any) -> dict[str, Any]:
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return copy


def test_a_usual_file_is_read_through_its_typed_form() -> None:
    data = _signed(DOC)
    assert typed(data)
    found = load_results(data)
    assert found == full_path(data)
    assert [a.score for a in found.answers] == [0.0, 1.0, 0.0, 0.0]
    assert all(type(a.score) is float and type(a.seconds) is float for a in found.answers)
    assert found.answers[2].at.isoformat() == "2026-03-05T16:00:00+00:00"
    assert found.answers[2].answer == {"c1": {"verdict": "supported", "source": None}}


@pytest.mark.parametrize(
    "document",
    [
        without(DOC, "answers_omitted"),
        without(DOC, "learner", "since"),
        without(DOC, "learner", "id"),
        without(DOC, "answers", 0, "answer"),
        without(DOC, "answers", 0, "confidence"),
        without(DOC, "modules", 0, "scores"),
        _replaced(DOC, ("learner", "id"), None),
        _replaced(DOC, ("answers", 0, "at"), "2026-03-04T16:01:00"),
        _replaced(DOC, ("answers", 0, "module"), "demo\n"),
        _replaced(DOC, ("assignment", "later"), "a field added later"),
        _replaced(DOC, ("modules", 0, "later"), [1, 2]),
    ],
)
def test_unusual_but_valid_files_are_read_the_same(document: dict[str, Any]) -> None:
    data = _signed(document)
    assert typed(data)
    assert read(data) == full_path(data)
    assert isinstance(read(data), results_mod.ResultsFile)


@pytest.mark.parametrize(
    "document",
    [
        _replaced(DOC, ("later",), "a field added later"),
        _replaced(DOC, ("answers", 1, "later"), {"x": 1}),
        _replaced(DOC, ("answers", 0, "answer"), {"a": {"b": {"c": ["d"]}}}),
        _replaced(DOC, ("answers", 0, "score"), 1e-05),
        _replaced(DOC, ("answers", 3, "confidence"), 3.0),
        _replaced(DOC, ("version",), 1.0),
        _replaced(DOC, ("version",), 2),
        _replaced(DOC, ("format",), "ailiteracy-progress"),
    ],
)
def test_other_files_take_the_full_path(document: dict[str, Any]) -> None:
    data = _signed(document)
    assert not typed(data)
    assert read(data) == full_path(data)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("answers", 0, "module"), "Demo"),
        (("answers", 3, "attempt"), " "),
        (("answers", 3, "at"), "yesterday"),
        (("learner", "name"), " "),
        (("assignment", "id"), "A" * 32),
        (("modules", 1, "scores"), [True]),
    ],
)
def test_checks_after_the_typed_form_give_the_precise_refusal(path: tuple, value: Any) -> None:
    data = _signed(_replaced(DOC, path, value))
    assert typed(data)  # msgspec leaves these checks to Python
    refusal = read(data)
    assert refusal == full_path(data)
    assert refusal[0] is FormatErrorKind.MALFORMED


@pytest.mark.parametrize("depth", [3, 990, 1500])
def test_deeply_nested_answers_take_the_full_path(depth: int) -> None:
    """Deeper than the standard library's reader goes, msgspec's may still go: such a
    file must get the full path's verdict, whatever the depth."""
    body = json.dumps(without(DOC, "answers", 0, "answer"), ensure_ascii=False)
    nested = '"answer": ' + "[" * depth + "]" * depth + ', "prompt"'
    data = body.replace('"prompt"', nested, 1)[:-1] + ', "checksum": "' + "0" * 64 + '"}'
    assert not typed(data.encode())
    assert read(data.encode()) == full_path(data.encode())


def test_a_changed_file_is_damaged_on_both_paths() -> None:
    data = _signed(DOC)
    for old, new in [(b'"score": 1', b'"score": 1.0'), (b'"attempt_no": 2', b'"attempt_no": 3')]:
        changed = data.replace(old, new, 1)
        assert changed != data
        assert not typed(changed)
        assert read(changed)[0] is FormatErrorKind.DAMAGED
    stated = checksum(DOC)
    text = json.dumps({**DOC, "checksum": stated}).encode()
    assert typed(b"\xef\xbb\xbf" + text)  # a byte order mark
    for bad in (text + b"x", text.replace(b'"Week 3"', b'"\\ud800"')):  # a lone surrogate
        assert not typed(bad)
        assert read(bad) == full_path(bad)


def test_a_good_id_seen_before_does_not_let_a_bad_one_through() -> None:
    assert isinstance(read(_signed(DOC)), results_mod.ResultsFile)
    bad = _signed(_replaced(DOC, ("answers", 2, "question"), "q single"))
    assert read(bad) == full_path(bad)
    assert read(bad)[0] is FormatErrorKind.MALFORMED


def _paths(document: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix] if prefix else []
    if isinstance(document, dict):
        for key, value in document.items():
            out += _paths(value, (*prefix, key))
        out.append((*prefix, "added"))
    elif isinstance(document, list):
        for n, value in enumerate(document):
            out += _paths(value, (*prefix, n))
    return out


PATHS = [p for p in _paths(DOC) if p[0] != "checksum"]


@HYPOTHESIS
@given(path=st.sampled_from(PATHS), value=JSON_VALUES, signed=st.booleans())
def test_any_value_anywhere_gives_the_full_checks_verdict(
    path: tuple, value: Any, signed: bool
) -> None:
    document = _replaced(DOC, path, value)
    if signed:
        data = _signed(document)
    else:  # the value changed after the checksum was taken
        data = json.dumps({**document, "checksum": checksum(DOC)}, ensure_ascii=False).encode()
    assert read(data) == full_path(data)


@HYPOTHESIS
@given(at=st.integers(min_value=0), byte=st.integers(min_value=0, max_value=255))
def test_any_changed_byte_gives_the_full_checks_verdict(at: int, byte: int) -> None:
    data = bytearray(_signed(DOC))
    data[at % len(data)] = byte
    assert read(bytes(data)) == full_path(bytes(data))


def test_bytes_of_another_type_take_the_full_path() -> None:
    data = _signed(DOC)
    for other in (bytearray(data), memoryview(data)):
        assert not typed(other)
        assert read(other) == read(data) == full_path(data)


def test_the_ids_found_good_are_forgotten_before_they_fill_memory(monkeypatch) -> None:
    made_up = {f"id-{n}" for n in range(100_001)}
    monkeypatch.setattr(results_mod, "_GOOD_IDS", made_up)
    assert isinstance(read(_signed(DOC)), results_mod.ResultsFile)
    assert made_up == {"demo", "q-single", "q-multi", "q-claim", "q-tf"}
