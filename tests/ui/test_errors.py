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
