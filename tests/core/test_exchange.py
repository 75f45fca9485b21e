"""The one checking path of exchanged files: the same refusal for the same fault,
whichever kind of file (assignment, results, progress) has it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ailiteracy.core.assignments import (
    ASSIGNMENT,
    load_assignment,
    read_assignment_file,
)
from ailiteracy.core.exchange import FileFormatError, FileSpec, dump_file, parse_envelope
from ailiteracy.core.fileformat import FormatErrorKind
from ailiteracy.core.results import RESULTS, Rejected, load_one, load_results
from ailiteracy.core.transfer import PROGRESS, open_progress_file, read_progress_file
from tests.core.test_hostile_files import _assignment, _progress_bytes


def _results() -> bytes:
    return dump_file(
        {
            "format": "ailiteracy-results",
            "version": 1,
            "app_version": "1",
            "assignment": {"id": "a" * 32, "title": "Week 3", "class": "7B"},
            "learner": {"name": "Ana", "id": "l" * 16},
            "exported_at": "2026-03-10T12:00:00+00:00",
            "modules": [],
            "answers": [],
        }
    )


Reader = Callable[[bytes], Any]
KINDS: list[tuple[FileSpec, Callable[[], bytes], Reader]] = [
    (ASSIGNMENT, _assignment, load_assignment),
    (RESULTS, _results, load_results),
    (PROGRESS, _progress_bytes, read_progress_file),
]
IDS = [spec.format for spec, _make, _read in KINDS]


def refusal(read: Reader, data: bytes) -> FileFormatError:
    with pytest.raises(FileFormatError) as info:
        read(data)
    return info.value


def resigned(data: bytes, **changes: Any) -> bytes:
    return dump_file({**json.loads(data), **changes})


@pytest.mark.parametrize(("spec", "make", "read"), KINDS, ids=IDS)
def test_the_same_fault_gives_the_same_kind_for_every_file(
    spec: FileSpec, make: Callable[[], bytes], read: Reader
) -> None:
    data = make()
    read(data)  # the good file is accepted
    half = data[: len(data) // 2]
    other = next(s for s, _m, _r in KINDS if s != spec)
    without = {k: v for k, v in json.loads(data).items() if k != "checksum"}
    expected = [
        (b"", FormatErrorKind.DAMAGED),
        (half, FormatErrorKind.DAMAGED),
        (b"PK\x03\x04 a zip", FormatErrorKind.NOT_THIS_KIND),
        (b"[" * 100_000, FormatErrorKind.NOT_THIS_KIND),
        (resigned(data, format=other.format), FormatErrorKind.NOT_THIS_KIND),
        (resigned(data, version=spec.version + 1), FormatErrorKind.TOO_NEW),
        (resigned(data, version="1"), FormatErrorKind.MALFORMED),
        (json.dumps(without).encode(), FormatErrorKind.MALFORMED),
        (json.dumps({**without, "checksum": "0" * 64}).encode(), FormatErrorKind.DAMAGED),
        (data + b" " * (spec.max_bytes + 1 - len(data)), FormatErrorKind.TOO_LARGE),
    ]
    for bad, kind in expected:
        assert refusal(read, bad).kind is kind, (bad[:60], kind)
    assert refusal(read, "text, not bytes").kind is FormatErrorKind.MALFORMED


@pytest.mark.parametrize(("spec", "make", "read"), KINDS, ids=IDS)
def test_a_changed_byte_is_damaged_for_every_file(
    spec: FileSpec, make: Callable[[], bytes], read: Reader
) -> None:
    data = make().replace(b'"7B"', b'"7C"').replace(b'"Ana"', b'"Anb"')
    assert refusal(read, data).kind is FormatErrorKind.DAMAGED


def test_a_refusal_carries_data_not_sentences() -> None:
    big = refusal(load_assignment, b" " * (ASSIGNMENT.max_bytes + 1))
    assert (big.kind, big.limit) == (FormatErrorKind.TOO_LARGE, ASSIGNMENT.max_bytes)
    wrong = refusal(load_assignment, resigned(_assignment(), pass_mark=0))
    assert (wrong.kind, wrong.field) == (FormatErrorKind.MALFORMED, "assignment.pass_mark")
    obj = json.loads(_assignment())
    obj["items"][0]["module"] = "Not An Id"
    item = refusal(load_assignment, dump_file(obj))
    assert item.field == "items[0].module"
    twice = dict(obj, items=[{**obj["items"][0], "module": "demo"}] * 2)
    assert refusal(load_assignment, dump_file(twice)).field == "items[1].module"
    progress = refusal(read_progress_file, resigned(_progress_bytes(), profile="Ana"))
    assert (progress.kind, progress.field) == (FormatErrorKind.MALFORMED, "profile")


def test_the_envelope_reads_only_what_it_is_told() -> None:
    spec = FileSpec("ailiteracy-example", 2, 1000, ".example")
    good = dump_file({"format": "ailiteracy-example", "version": 2, "x": 1})
    assert parse_envelope(good, spec)["x"] == 1
    assert parse_envelope(bytearray(good), spec)["x"] == 1
    assert parse_envelope(b"\xef\xbb\xbf" + good, spec)["x"] == 1  # a byte order mark
    with pytest.raises(FileFormatError) as info:
        parse_envelope(good, FileSpec("ailiteracy-example", 1, 1000, ".example"))
    assert info.value.kind is FormatErrorKind.TOO_NEW


def test_every_file_is_read_from_disk_the_same_way(tmp_path: Path) -> None:
    readers: list[tuple[FileSpec, Callable[[], bytes], Callable[[Path], Any]]] = [
        (ASSIGNMENT, _assignment, read_assignment_file),
        (PROGRESS, _progress_bytes, open_progress_file),
    ]
    for spec, make, read in readers:
        good = tmp_path / f"good{spec.suffix}"
        good.write_bytes(make())
        read(good)
        for path, kind in (
            (tmp_path / f"gone{spec.suffix}", FormatErrorKind.UNREADABLE),
            (tmp_path, FormatErrorKind.NOT_A_FILE),
        ):
            with pytest.raises(FileFormatError) as info:
                read(path)
            assert info.value.kind is kind, (spec.format, path)
            assert info.value.detail  # the system's reason, shown in brackets
        big = tmp_path / f"big{spec.suffix}"
        with open(big, "wb") as handle:
            handle.truncate(spec.max_bytes + 1)
        with pytest.raises(FileFormatError) as info:
            read(big)
        assert (info.value.kind, info.value.limit) == (FormatErrorKind.TOO_LARGE, spec.max_bytes)
    rejected = load_one(tmp_path)  # results files: a folder chosen by name
    assert isinstance(rejected, Rejected)
    assert rejected.kind is FormatErrorKind.NOT_A_FILE
