"""Hostile files from outside: every reader refuses them with a plain reason.

Each test builds its bad file itself: pipes, devices and links to them, oversized
files, nesting bombs, truncations at every byte, wrong types in every field, wrong
checksums and paths that lead out of a module folder. For each the reader must not
hang, must not raise anything but its own plain error, must keep what was valid, and
must write nothing outside the data folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ailiteracy.core import content as content_mod
from ailiteracy.core.assignments import (
    ASSIGNMENT_MAX_BYTES,
    AssignmentItem,
    dump_assignment,
    load_assignment,
    new_assignment,
    read_assignment_file,
)
from ailiteracy.core.content import load_catalog, parse_quiz, textfile, validate_roots
from ailiteracy.core.exchange import FileFormatError
from ailiteracy.core.fileformat import FileRefused, FormatErrorKind, read_file
from ailiteracy.core.gift import GIFT_MAX_BYTES, read_gift_file
from ailiteracy.core.policy import POLICY_MAX_BYTES, PolicyError, load_policy
from ailiteracy.core.results import (
    RESULTS_MAX_BYTES,
    RESULTS_SUFFIX,
    export_results,
    load_many,
    load_results,
)
from ailiteracy.core.store import ProgressStore
from ailiteracy.core.transfer import (
    MAX_BYTES as PROGRESS_MAX_BYTES,
)
from ailiteracy.core.transfer import (
    export_progress,
    merge_progress,
    read_progress_file,
)

NOW = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)
HYPOTHESIS = settings(
    database=None,  # nothing written into the checkout
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
posix_only = pytest.mark.skipif(os.name != "posix", reason="pipes and /dev/zero are POSIX")


def finishes(call: Callable[[], Any], seconds: float = 20.0) -> Any:
    """Run ``call`` in a thread and return its result or raise its exception; fail
    (instead of hanging the test run) when it has not finished after ``seconds``."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the test below
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the reader blocked on the file"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def special_files(folder: Path, name: str) -> dict[str, Path]:
    """A named pipe, a link to /dev/zero, a link to the pipe, and a folder, all called
    like a real file of the kind being tested."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    fifo = folder / f"fifo-{name}"
    os.mkfifo(fifo)
    out["fifo"] = fifo
    zero = folder / f"zero-{name}"
    zero.symlink_to("/dev/zero")
    out["zero"] = zero
    to_fifo = folder / f"link-{name}"
    to_fifo.symlink_to(fifo)
    out["link to fifo"] = to_fifo
    directory = folder / f"dir-{name}"
    directory.mkdir()
    out["folder"] = directory
    return out


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk space."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


# --------------------------------------------------------------------------- the one reader


@posix_only
def test_read_file_refuses_special_files_without_blocking(tmp_path: Path) -> None:
    for what, path in special_files(tmp_path, "x").items():
        with pytest.raises(FileRefused) as info:
            finishes(lambda p=path: read_file(p, 1024))
        assert info.value.kind == FormatErrorKind.NOT_A_FILE, what
        assert "not an ordinary file" in str(info.value)


def test_read_file_caps_the_size(tmp_path: Path) -> None:
    path = sparse(tmp_path / "big", 10 * 1024 * 1024 + 1)
    with pytest.raises(FileRefused) as info:
        read_file(path, 10 * 1024 * 1024)
    assert info.value.kind == FormatErrorKind.TOO_LARGE
    assert str(info.value) == "larger than 10 MB"
    exact = sparse(tmp_path / "exact", 1000)
    assert read_file(exact, 1000) == b"\0" * 1000


def test_read_file_passes_on_the_systems_reason(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_file(tmp_path / "missing", 10)
    link = tmp_path / "dangling"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError):
        read_file(link, 10)


# --------------------------------------------------------------------------- every reader


def _assignment() -> bytes:
    return dump_assignment(
        new_assignment(
            class_name="7B",
            title="Week 3",
            due=dt.date(2026, 3, 15),
            pass_mark=60,
            items=[AssignmentItem("demo")],
            now=NOW,
        )
    )


@posix_only
def test_assignment_reader_refuses_special_and_oversized_files(tmp_path: Path) -> None:
    for path in special_files(tmp_path, "a.ailiteracy-assignment").values():
        with pytest.raises(FileFormatError) as info:
            finishes(lambda p=path: read_assignment_file(p))
        assert info.value.kind == FormatErrorKind.NOT_A_FILE
    big = sparse(tmp_path / "big.ailiteracy-assignment", ASSIGNMENT_MAX_BYTES + 1)
    with pytest.raises(FileFormatError) as info:
        read_assignment_file(big)
    assert info.value.kind == FormatErrorKind.TOO_LARGE


@posix_only
def test_results_reader_skips_special_files_and_keeps_the_good_ones(
    tmp_path: Path, content_root: Path
) -> None:
    folder = tmp_path / "class"
    specials = special_files(folder, f"x{RESULTS_SUFFIX}")
    sparse(folder / f"big{RESULTS_SUFFIX}", RESULTS_MAX_BYTES + 1)
    good = _results_bytes(content_root)
    (folder / f"good{RESULTS_SUFFIX}").write_bytes(good)
    loaded, rejected = finishes(lambda: load_many([folder]))
    assert [r.learner_name for r in loaded] == ["Ana"]
    kinds = {r.path.name: r.kind for r in rejected}
    assert kinds == {f"big{RESULTS_SUFFIX}": FormatErrorKind.TOO_LARGE}
    # Chosen one by one (as from the file dialog), each is refused with a reason.
    loaded, rejected = finishes(lambda: load_many(list(specials.values())))
    assert loaded == []
    assert {r.kind for r in rejected} == {FormatErrorKind.NOT_A_FILE}


@posix_only
def test_gift_reader_refuses_special_and_oversized_files(tmp_path: Path) -> None:
    for path in special_files(tmp_path, "q.gift").values():
        with pytest.raises(FileRefused):
            finishes(lambda p=path: read_gift_file(p))
    with pytest.raises(FileRefused) as info:
        read_gift_file(sparse(tmp_path / "big.gift", GIFT_MAX_BYTES + 1))
    assert info.value.kind == FormatErrorKind.TOO_LARGE
    bom = tmp_path / "bom.gift"
    bom.write_bytes("\ufeff::Q:: 2+2? {=4}".encode())
    assert read_gift_file(bom) == "::Q:: 2+2? {=4}"


@posix_only
def test_policy_reader_refuses_special_oversized_and_nested_files(tmp_path: Path) -> None:
    for path in special_files(tmp_path, "policy.toml").values():
        with pytest.raises(PolicyError, match="cannot read the policy file"):
            finishes(lambda p=path: load_policy(p))
    big = tmp_path / "big.toml"
    big.write_text("# x\n" * (POLICY_MAX_BYTES // 4 + 1))
    with pytest.raises(PolicyError, match="larger than"):
        load_policy(big)
    for bomb in ("x = " + "[" * 5000 + "]" * 5000, "x = " + "{a = " * 5000 + "1" + "}" * 5000):
        nested = tmp_path / "nested.toml"
        nested.write_text(bomb)
        with pytest.raises(PolicyError, match="nested too deeply"):
            load_policy(nested)


def test_progress_reader_refuses_nesting_bombs_and_oversized_data() -> None:
    for bomb in (b"[" * 100_000, b'{"a":' * 50_000):
        with pytest.raises(FileFormatError):
            read_progress_file(bomb)
    with pytest.raises(FileFormatError):
        read_progress_file(b" " * (PROGRESS_MAX_BYTES + 1))


# --------------------------------------------------------------------------- content folders


def _problems_for(root: Path) -> list[str]:
    _modules, problems = validate_roots([root])
    return [str(p) for p in problems]


@posix_only
@pytest.mark.parametrize(
    "relative",
    [
        "en/demo/lessons/01-first.md",
        "en/demo/quiz.toml",
        "en/demo/module.toml",
        "en/glossary/demo.toml",
        "en/timeline.toml",
    ],
)
@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_special_content_files_are_reported(content_root: Path, relative: str, kind: str) -> None:
    target = content_root / relative
    target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    problems = finishes(lambda: _problems_for(content_root))
    assert any(relative.split("/")[-1] in p and "not an ordinary file" in p for p in problems), (
        problems
    )
    # The other modules still load.
    catalog = finishes(lambda: load_catalog([content_root], "en"))
    assert catalog.module("second") is not None


def test_oversized_content_file_is_reported(content_root: Path, monkeypatch) -> None:
    monkeypatch.setattr(textfile, "CONTENT_MAX_BYTES", 50 * 1024)
    quiz = content_root / "en" / "demo" / "quiz.toml"
    quiz.write_text(quiz.read_text(encoding="utf-8") + "#" * (60 * 1024), encoding="utf-8")
    problems = _problems_for(content_root)
    assert any("quiz.toml:1: cannot read file: larger than 50 KB" in p for p in problems)


@pytest.mark.parametrize(
    "relative, prefix",
    [
        ("en/demo/quiz.toml", ""),
        ("en/demo/module.toml", ""),
        ("en/glossary/demo.toml", ""),
        ("en/timeline.toml", ""),
        ("en/demo/lessons/01-first.md", "+++\n"),
    ],
)
@pytest.mark.parametrize("bomb", ["[" * 3000 + "]" * 3000, "{a = " * 3000 + "1" + "}" * 3000])
def test_nested_toml_is_a_content_problem(
    content_root: Path, relative: str, prefix: str, bomb: str
) -> None:
    target = content_root / relative
    text = f"{prefix}bomb = {bomb}\n" + (prefix or "")
    target.write_text(text, encoding="utf-8")
    problems = _problems_for(content_root)
    assert any(p.endswith("nests lists or tables too deeply to be read") for p in problems)
    assert any(Path(relative).name in p for p in problems)


def _hostile_module(root: Path, outside: Path) -> Path:
    """A module whose lesson refers to files outside its folder in every way."""
    module = root / "en" / "bad"
    (module / "lessons").mkdir(parents=True)
    (module / "images").mkdir()
    (module / "images" / "ok.png").write_bytes(b"\x89PNG")
    (module / "images" / "escape.png").symlink_to(outside)
    (module / "module.toml").write_text(
        'title = "Bad"\nsummary = "s"\nminutes = 5\n', encoding="utf-8"
    )
    lines = [
        "+++",
        'id = "bad"',
        'title = "Bad"',
        "minutes = 5",
        'objectives = ["o"]',
        "+++",
        "",
        "## One {#one}",
        "",
        "![fine](images/ok.png)",  # line 10
        "![passwd](/etc/passwd)",  # 11
        "![up](../../x.png)",  # 12
        f"![file]({outside.as_uri()})",  # 13
        "![link](images/escape.png)",  # 14
        "[doc](../../../secret.txt) and [web](https://example.org/)",  # 15
        "[ref]: /etc/hostname",  # 16
        "",
        "!!! check",
        "    Try.",
        "",
        "!!! summary",
        "    Done.",
    ]
    (module / "lessons" / "01-bad.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (module / "quiz.toml").write_text(
        '[[question]]\nid = "q"\ntype = "truefalse"\nprompt = "p"\nexplanation = "e"\n'
        'answer = true\nfeedback_true = "t"\nfeedback_false = "f"\n',
        encoding="utf-8",
    )
    return module


def test_check_content_reports_references_out_of_the_module(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"secret")
    root = tmp_path / "content"
    module = _hostile_module(root, outside)
    problems = [p for p in validate_roots([root])[1] if p.path.name == "01-bad.md"]
    refused = sorted(p.line for p in problems if "module folder" in p.message)
    assert refused == [11, 12, 13, 14, 15, 16]
    assert "01-bad.md:11: image '/etc/passwd' points outside the module folder" in "\n".join(
        str(p) for p in problems
    )
    assert module.is_dir()


def test_local_file_keeps_references_inside_the_module(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"secret")
    module = _hostile_module(tmp_path / "content", outside)
    local = content_mod.local_file
    assert local(module, "images/ok.png") == (module / "images" / "ok.png").resolve()
    assert local(module, "images/../images/ok.png#x") == (module / "images/ok.png").resolve()
    for bad in (
        "/etc/passwd",
        "../../x.png",
        outside.as_uri(),
        "images/escape.png",
        "%2e%2e/%2e%2e/x.png",
        "C:/Windows/win.ini",
        "\\\\server\\share\\x.png",
        "",
        ".",
    ):
        assert local(module, bad) is None, bad


# --------------------------------------------------------------------------- loading is linear


def _quiz_text(questions: int) -> str:
    parts = []
    for n in range(questions):
        parts.append(f'[[question]]\nid = "q{n}"\ntype = "single"\nprompt = "P"\n')
        parts.append('explanation = "E"\n')
        for o in range(3):
            correct = "true" if o == 0 else "false"
            parts.append(
                f'[[question.option]]\nid = "o{o}"\ntext = "T"\ncorrect = {correct}\n'
                'feedback = "F"\n'
            )
    return "".join(parts)


def _lines_run_in_content(path: Path) -> int:
    """How many lines of the content package run while parsing ``path`` (not a timing)."""
    count = 0
    package = str(Path(content_mod.__file__).parent)

    def tracer(frame, event, _arg):
        nonlocal count
        if not frame.f_code.co_filename.startswith(package):
            return None
        if event == "line":
            count += 1
        return tracer

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        questions = parse_quiz(path, False, [])
    finally:
        sys.settrace(old)
    assert questions
    return count


def test_quiz_loading_work_grows_linearly(tmp_path: Path) -> None:
    small, large = tmp_path / "small.toml", tmp_path / "large.toml"
    small.write_text(_quiz_text(40), encoding="utf-8")
    large.write_text(_quiz_text(320), encoding="utf-8")
    ratio = _lines_run_in_content(large) / _lines_run_in_content(small)
    # Eight times the questions: linear work is about 8x; quadratic work was over 20x.
    assert ratio < 10, ratio


def test_question_lookup_is_by_id(content_root: Path) -> None:
    module = load_catalog([content_root], "en").module("demo")
    assert module is not None
    for q in module.questions:
        assert module.question(q.id) is q
    assert module.question("no-such-question") is None


# --------------------------------------------------------------------------- exchange files


def _filled_store() -> ProgressStore:
    clock = iter(NOW + dt.timedelta(seconds=n) for n in range(10_000))
    store = ProgressStore(None, clock=lambda: next(clock))
    store.mark_lesson_read("demo", "first")
    store.add_lesson_time("demo", "first", 60)
    attempt = store.start_attempt("demo")
    store.save_answer(attempt, "q-single", "b", 1.0, seconds=3.0, confidence=3)
    store.save_answer(attempt, "q-tf", False, 1.0, seconds=2.0)
    store.finish_attempt(attempt, 100, True)
    return store


def _results_bytes(content_root: Path) -> bytes:
    catalog = load_catalog([content_root], "en")
    a = new_assignment(
        class_name="7B",
        title="Week 3",
        due=dt.date(2026, 3, 15),
        pass_mark=60,
        items=[AssignmentItem("demo")],
        now=NOW,
    )
    return export_results(
        _filled_store(),
        a,
        catalog,
        learner_name="Ana",
        learner_id="learner-1",
        app_version="1",
        now=NOW,
    )


def _progress_bytes() -> bytes:
    return export_progress(_filled_store(), profile_name="Ana", app_version="1", now=NOW)


def _state(store: ProgressStore) -> tuple:
    return (
        sorted(json.dumps(r, sort_keys=True) for r in store.table_rows("lessons")),
        sorted(json.dumps(r, sort_keys=True) for r in store.table_rows("attempts")),
        len(store.answers()),
    )


def test_truncation_at_every_byte_is_refused(content_root: Path) -> None:
    readers: list[tuple[bytes, Callable[[bytes], Any], type[Exception]]] = [
        (_progress_bytes(), read_progress_file, FileFormatError),
        (_assignment(), load_assignment, FileFormatError),
        (_results_bytes(content_root), load_results, FileFormatError),
    ]
    for data, reader, error in readers:
        reader(data)  # the whole file is fine
        for end in range(len(data.rstrip())):
            with pytest.raises(error):
                reader(data[:end])


def test_a_changed_byte_breaks_the_checksum(content_root: Path) -> None:
    for data, reader, error in (
        (_progress_bytes(), read_progress_file, FileFormatError),
        (_assignment(), load_assignment, FileFormatError),
        (_results_bytes(content_root), load_results, FileFormatError),
    ):
        text = data.decode("utf-8")
        changed = text.replace('"Ana"', '"Anb"').replace('"Week 3"', '"Week 4"', 1)
        assert changed != text
        with pytest.raises(error):
            reader(changed.encode("utf-8"))


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside a JSON document."""
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out += _paths(child, (*prefix, index))
    return out


def _replaced(document: Any, path: tuple, value: Any) -> Any:
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copy


def _signed(document: dict) -> bytes:
    from ailiteracy.core.fileformat import checksum

    body = {k: v for k, v in document.items() if k != "checksum"}
    body["checksum"] = checksum(body)
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["2026-13-40", "yesterday", "", "<b>x</b>", "a" * 300, "../x"]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)

PROGRESS = json.loads(_progress_bytes())
PROGRESS_PATHS = [p for p in _paths(PROGRESS) if p[0] not in ("checksum", "format", "version")]


@pytest.fixture(scope="module")
def test_catalog():
    from tests.conftest import DATA

    return load_catalog([DATA / "content"], "en")


@settings(HYPOTHESIS, max_examples=150)
@given(path=st.sampled_from(PROGRESS_PATHS), value=JSON_VALUES)
def test_a_progress_import_that_is_accepted_gives_valid_results(
    test_catalog, path: tuple, value: Any
) -> None:
    """Any value in any field: refused with a plain reason, or merged so that the
    learner's results file for the teacher is still valid; nothing half-merged."""
    data = _signed(_replaced(PROGRESS, path, value))
    store = ProgressStore(None, clock=lambda: NOW)
    before = _state(store)
    try:
        progress = read_progress_file(data)
    except FileFormatError as exc:
        assert str(exc)  # a plain reason
        assert _state(store) == before
        return
    merge_progress(store, progress)
    a = new_assignment(
        class_name="7B",
        title="W",
        due=dt.date(2026, 3, 15),
        pass_mark=60,
        items=[AssignmentItem("demo")],
        now=NOW,
    )
    results = export_results(
        store, a, test_catalog, learner_name="Ana", learner_id="l-1", app_version="1", now=NOW
    )
    load_results(results)  # the teacher's app reads it


ASSIGNMENT = json.loads(_assignment())
ASSIGNMENT_PATHS = [p for p in _paths(ASSIGNMENT) if p[0] != "checksum"]


@HYPOTHESIS
@given(path=st.sampled_from(ASSIGNMENT_PATHS), value=JSON_VALUES)
def test_wrong_types_in_an_assignment_are_refused_plainly(path: tuple, value: Any) -> None:
    data = _signed(_replaced(ASSIGNMENT, path, value))
    try:
        load_assignment(data)
    except FileFormatError as exc:
        assert exc.kind in set(FormatErrorKind)


@pytest.fixture(scope="module")
def results_document() -> dict:
    from tests.conftest import DATA

    return json.loads(_results_bytes(DATA / "content"))


def test_wrong_types_in_results_are_refused_plainly(results_document: dict) -> None:
    paths = [p for p in _paths(results_document) if p[0] != "checksum"]
    for path in paths:
        for value in (None, True, -1, 10**20, 1.5, "", "x" * 20_000, "<b>", [], {}, [[[]]]):
            data = _signed(_replaced(results_document, path, value))
            try:
                load_results(data)
            except FileFormatError as exc:
                assert exc.kind in set(FormatErrorKind)


def test_confidence_and_times_are_checked_on_import() -> None:
    for path, value in (
        (("answers", 0, "confidence"), 101),
        (("answers", 0, "confidence"), 0),
        (("answers", 0, "at"), "not a date"),
        (("answers", 0, "seconds"), 10**12),
        (("attempts", 0, "started"), "soon"),
        (("attempts", 0, "finished"), "2026-02-30T10:00:00"),
        (("answers", 0, "question"), "Q.1"),
        (("answers", 0, "module"), "x" * 300),
        (("exported_at",), "today"),
        (("review",), [{"module": "demo", "question": "q", "due": "later", "card": {}}]),
    ):
        with pytest.raises(FileFormatError):
            read_progress_file(_signed(_replaced(PROGRESS, path, value)))


def test_two_answers_in_one_second_are_both_kept(tmp_path: Path) -> None:
    same_second = NOW.replace(microsecond=0)
    clock = iter([same_second, same_second + dt.timedelta(milliseconds=300)] * 10)
    source = ProgressStore(None, clock=lambda: next(clock))
    attempt = source.start_attempt("demo")
    source.save_answer(attempt, "q-single", "a", 0.0)
    source.save_answer(attempt, "q-single", "b", 1.0)
    source.save_answer(attempt, "q-single", "b", 1.0)  # the same answer again, same second
    data = export_progress(source, profile_name="Ana", app_version="1", now=NOW)
    target = ProgressStore(tmp_path / "learner")
    report = merge_progress(target, read_progress_file(data))
    assert report.answers_added == 3
    assert [a.answer for a in target.answers()] == ["a", "b", "b"]
    assert target.latest_answers(attempt.id)["q-single"].answer == "b"
    # Importing the same file again adds nothing.
    assert merge_progress(target, read_progress_file(data)).answers_added == 0
    assert len(target.answers()) == 3
    target.close()


def test_an_import_writes_only_inside_the_learners_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    document = _replaced(PROGRESS, ("profile", "name"), "../../outside/evil")
    document = _replaced(document, ("answers", 0, "attempt"), "x..:y")
    store = ProgressStore(tmp_path / "data" / "learner")
    merge_progress(store, read_progress_file(_signed(document)))
    store.close()
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*")}
    assert written == {"outside", "data"}
    assert [p.name for p in outside.iterdir()] == ["keep.txt"]


def test_results_fields_are_checked(results_document: dict) -> None:
    load_results(_signed(results_document))
    for path, value in (
        (("answers", 0, "confidence"), 5),
        (("answers", 0, "confidence"), 0),
        (("answers", 0, "attempt"), "a" * 201),
        (("answers", 0, "module"), "m" * 201),
        (("learner", "id"), "l" * 201),
        (("answers", 0, "at"), "not a date"),
    ):
        with pytest.raises(FileFormatError) as info:
            load_results(_signed(_replaced(results_document, path, value)))
        assert info.value.kind == FormatErrorKind.MALFORMED


def test_a_stored_confidence_out_of_range_is_left_out_of_results(test_catalog) -> None:
    store = ProgressStore(None, clock=lambda: NOW)
    attempt = store.start_attempt("demo")
    store.append_answer_records(
        [
            {
                "attempt": attempt.id,
                "module": "demo",
                "question": q,
                "answer": "b",
                "score": 1.0,
                "correct": True,
                "at": NOW.isoformat(),
                "confidence": confidence,
            }
            for q, confidence in (("q-single", 70), ("q-multi", True), ("q-tf", 4))
        ]
    )
    a = new_assignment(
        class_name="7B",
        title="W",
        due=dt.date(2026, 3, 15),
        pass_mark=60,
        items=[AssignmentItem("demo")],
        now=NOW,
    )
    data = export_results(
        store, a, test_catalog, learner_name="Ana", learner_id="l-1", app_version="1", now=NOW
    )
    levels = {x.question: x.confidence for x in load_results(data).answers}
    assert levels == {"q-single": None, "q-multi": None, "q-tf": 4}
