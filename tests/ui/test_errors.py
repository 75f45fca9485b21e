"""Unexpected errors become plain messages; saved work is never blamed."""

from __future__ import annotations

import errno

from ailiteracy.ui import errors


def test_disk_full_and_permission_messages_say_what_to_do(qapp) -> None:
    full = errors.plain_message(OSError(errno.ENOSPC, "No space left on device"))
    assert "disk is full" in full and "saved before is safe" in full
    denied = errors.plain_message(PermissionError(errno.EACCES, "Permission denied"))
    assert "does not allow writing" in denied
    other = errors.plain_message(ValueError("x"))
    assert "Something went wrong" in other


def test_excepthook_shows_the_message(qapp, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(errors, "show_exception", lambda exc, parent=None: shown.append(exc))
    exc = OSError(errno.ENOSPC, "No space left on device")
    errors.excepthook(OSError, exc, None)
    assert shown == [exc]


def test_every_file_problem_has_words_for_every_reader(qapp) -> None:
    from ailiteracy.core.fileformat import FormatErrorKind

    for reader in errors.Reader:
        texts = {
            kind: errors.file_problem_text(kind, reader, "No such file") for kind in FormatErrorKind
        }
        assert len(set(texts.values())) == len(FormatErrorKind), reader
        assert all(text and "%" not in text for text in texts.values()), reader
        assert "(No such file)" in texts[FormatErrorKind.UNREADABLE], reader
        assert "not an ordinary file" in texts[FormatErrorKind.NOT_A_FILE]
    # The same refusal reads differently for a learner and for a teacher.
    learner, teacher = errors.Reader.LEARNER_ASSIGNMENT, errors.Reader.TEACHER_ASSIGNMENT
    for kind in (FormatErrorKind.DAMAGED, FormatErrorKind.MALFORMED):
        assert errors.file_problem_text(kind, learner) != errors.file_problem_text(kind, teacher)


def test_every_profile_error_has_words(qapp) -> None:
    from ailiteracy.core.pins import PIN_MAX_LENGTH
    from ailiteracy.core.profiles import NAME_MAX_LENGTH, ProfileErrorKind

    texts = {kind: errors.profile_error_text(kind, 6) for kind in ProfileErrorKind}
    assert len(set(texts.values())) == len(ProfileErrorKind)
    assert f"6 to {PIN_MAX_LENGTH} digits" in texts[ProfileErrorKind.BAD_PIN]
    assert str(NAME_MAX_LENGTH) in texts[ProfileErrorKind.NAME_TOO_LONG]
    empty = errors.profile_error_text(ProfileErrorKind.NAME_EMPTY, 4, guest=True)
    assert "guest" in empty and "guest" not in texts[ProfileErrorKind.NAME_EMPTY]


def test_the_apps_own_refusals_are_said_in_the_interface_language(qapp, tmp_path) -> None:
    from ailiteracy.core.fileformat import FileRefused, FormatErrorKind

    folder = FileRefused(FormatErrorKind.NOT_A_FILE, tmp_path)
    big = FileRefused(FormatErrorKind.TOO_LARGE, tmp_path / "big", 8 * 1024 * 1024)
    assert "not an ordinary file" in errors.read_problem_text(folder)
    assert errors.read_problem_text(big) == "larger than 8 MB"
    gone = FileNotFoundError(2, "No such file or directory")
    assert errors.read_problem_text(gone) == "No such file or directory"
    assert "(larger than 8 MB)" in errors.plain_message(big)
