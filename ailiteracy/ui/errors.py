"""The one place where a problem becomes a message the learner or teacher can act on.

Core reports problems as data (an enum kind, a field, a limit); the sentences are
here, as translatable strings, and every screen takes them from here:

- :func:`file_problem_text`: why an exchanged file (assignment, results, progress) was
  refused, a :class:`~ailiteracy.core.fileformat.FormatErrorKind`, worded for the
  :class:`Reader` who opened it;
- :func:`read_problem_text`: why any other file could not be read (the words that
  fill in "could not be read (…)");
- :func:`profile_error_text`: why a learner profile could not be made or changed;
- :func:`plain_message` and :func:`show_exception`: any other error.
"""

from __future__ import annotations

import enum
import errno
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ..core.fileformat import FileRefused, FormatErrorKind, size_text
from ..core.pins import PIN_MAX_LENGTH
from ..core.profiles import NAME_MAX_LENGTH, ProfileErrorKind
from .plaintext import message_box

translate = QCoreApplication.translate


class Reader(enum.Enum):
    """Who opened which kind of exchanged file: the advice differs."""

    LEARNER_ASSIGNMENT = "learner-assignment"  # a learner opening the teacher's file
    TEACHER_ASSIGNMENT = "teacher-assignment"  # a teacher opening their own assignment
    TEACHER_RESULTS = "teacher-results"  # a teacher opening learners' results
    PROGRESS = "progress"  # a learner importing their progress


def _not_a_file(reader: Reader) -> str:
    if reader is Reader.PROGRESS:
        return translate(
            "ProgressTransfer",
            "This is not an ordinary file (it is a folder, a device or a pipe), so it was "
            "not used. Nothing was changed.\n\nChoose the file itself: its name ends in "
            ".ailiteracy-progress.",
        )
    return translate(
        "Errors",
        "This is not an ordinary file (it is a folder, a device or a pipe), so it was not "
        "opened. Choose the file itself.",
    )


def _learner_assignment(kind: FormatErrorKind) -> str:
    return {
        FormatErrorKind.DAMAGED: translate(
            "AssignedView",
            "This assignment file is damaged (it is incomplete or was changed after your "
            "teacher saved it). Please ask your teacher for the file again.",
        ),
        FormatErrorKind.NOT_THIS_KIND: translate(
            "AssignedView",
            "This is not an assignment file. Your teacher's file has a name that ends in "
            ".ailiteracy-assignment.",
        ),
        FormatErrorKind.TOO_NEW: translate(
            "AssignedView",
            "This assignment was made with a newer version of ailiteracy. Please ask "
            "your teacher or the person who looks after this computer to update ailiteracy.",
        ),
        FormatErrorKind.MALFORMED: translate(
            "AssignedView",
            "Something in this assignment file is missing or wrong, so it cannot be used. "
            "Please ask your teacher for the file again.",
        ),
        FormatErrorKind.TOO_LARGE: translate(
            "AssignedView",
            "This file is too large to be an assignment file. Check that you chose the right file.",
        ),
        FormatErrorKind.UNREADABLE: translate(
            "AssignedView",
            "This file could not be read (%1). Check that the USB stick is plugged in, "
            "then try again.",
        ),
    }[kind]


def _teacher_assignment(kind: FormatErrorKind) -> str:
    return {
        FormatErrorKind.DAMAGED: translate(
            "TeacherView",
            "This assignment file is damaged (it is incomplete or its checksum does not "
            "match). Save the assignment again from the Assignments tab.",
        ),
        FormatErrorKind.NOT_THIS_KIND: translate(
            "TeacherView",
            "This is not an ailiteracy assignment file. Its name should end in "
            ".ailiteracy-assignment. (Learners' results files are opened with "
            "'Open result files…'.)",
        ),
        FormatErrorKind.TOO_NEW: translate(
            "TeacherView",
            "This assignment was made by a newer version of ailiteracy. Update ailiteracy "
            "on this computer, then open it again.",
        ),
        FormatErrorKind.MALFORMED: translate(
            "TeacherView",
            "This assignment file is not in the expected form (something in it is missing "
            "or wrong). Save the assignment again from the Assignments tab.",
        ),
        FormatErrorKind.TOO_LARGE: translate(
            "TeacherView",
            "This file is too large to be an assignment file. Check that you chose the right file.",
        ),
        FormatErrorKind.UNREADABLE: translate("TeacherView", "This file could not be read (%1)."),
    }[kind]


def _teacher_results(kind: FormatErrorKind) -> str:
    return {
        FormatErrorKind.DAMAGED: translate(
            "TeacherView",
            "This file is damaged (it is incomplete or its checksum does not match). "
            "Ask the learner to export it again.",
        ),
        FormatErrorKind.NOT_THIS_KIND: translate(
            "TeacherView",
            "This is not an ailiteracy results file. Learners make one with "
            "'Save my results for the teacher' in their list of assignments.",
        ),
        FormatErrorKind.TOO_NEW: translate(
            "TeacherView",
            "This file was made by a newer version of ailiteracy. Update ailiteracy on "
            "this computer, then open it again.",
        ),
        FormatErrorKind.MALFORMED: translate(
            "TeacherView",
            "This file is not in the expected form (something in it is missing or wrong). "
            "Ask the learner to export it again.",
        ),
        FormatErrorKind.TOO_LARGE: translate(
            "TeacherView",
            "This file is too large to be a results file. Check that you chose the right file.",
        ),
        FormatErrorKind.UNREADABLE: translate(
            "TeacherView",
            "This file could not be read (%1). Check that the USB stick or shared folder "
            "is still there, then open it again.",
        ),
    }[kind]


def _progress(kind: FormatErrorKind) -> str:
    return {
        FormatErrorKind.TOO_LARGE: translate(
            "ProgressTransfer",
            "This file is too big to be a progress file (they are smaller than 10 MB), so "
            "it was not used. Nothing was changed.\n\nCheck that you chose the right file: "
            "its name ends in .ailiteracy-progress.",
        ),
        FormatErrorKind.MALFORMED: translate(
            "ProgressTransfer",
            "This file could not be read: it is incomplete or not in the expected form. "
            "Nothing was changed.\n\nIf it came on a USB stick, copy it again and eject the "
            "stick safely before unplugging it, or export your progress again on the other "
            "computer.",
        ),
        FormatErrorKind.NOT_THIS_KIND: translate(
            "ProgressTransfer",
            "This is not an ailiteracy progress file. Nothing was changed.\n\nChoose a file "
            "whose name ends in .ailiteracy-progress. You make one with Export progress.",
        ),
        FormatErrorKind.TOO_NEW: translate(
            "ProgressTransfer",
            "This file was made by a newer version of ailiteracy, so this version cannot "
            "read it. Nothing was changed.\n\nPlease update ailiteracy on this computer "
            "(on a shared computer, ask a member of staff), then try again.",
        ),
        FormatErrorKind.DAMAGED: translate(
            "ProgressTransfer",
            "This file was damaged or changed after it was saved, so it was not used. "
            "Nothing was changed.\n\nExport your progress again on the other computer and "
            "copy the new file.",
        ),
        FormatErrorKind.UNREADABLE: translate(
            "ProgressTransfer",
            "This file could not be opened (%1). Nothing was changed.\n\nCheck that the USB "
            "stick is plugged in and choose the file again.",
        ),
    }[kind]


_TEXTS = {
    Reader.LEARNER_ASSIGNMENT: _learner_assignment,
    Reader.TEACHER_ASSIGNMENT: _teacher_assignment,
    Reader.TEACHER_RESULTS: _teacher_results,
    Reader.PROGRESS: _progress,
}


def file_problem_text(kind: FormatErrorKind, reader: Reader, detail: str = "") -> str:
    """Why an exchanged file was refused, and what to do, in plain words.

    ``detail`` is the system's reason for UNREADABLE (it fills in the brackets).
    """
    if kind is FormatErrorKind.NOT_A_FILE:
        return _not_a_file(reader)
    return _TEXTS[reader](kind).replace("%1", detail or "?")


def read_problem_text(exc: OSError) -> str:
    """Why a file could not be read, as the words inside "could not be read (…)": the
    app's own refusals (not an ordinary file, too large) in the interface language,
    otherwise the system's reason."""
    if isinstance(exc, FileRefused) and exc.kind is FormatErrorKind.NOT_A_FILE:
        return translate("Errors", "not an ordinary file (a folder, a device or a pipe)")
    if isinstance(exc, FileRefused) and exc.kind is FormatErrorKind.TOO_LARGE:
        return translate("Errors", "larger than %1").replace("%1", size_text(exc.limit))
    return exc.strerror or type(exc).__name__


def profile_error_text(kind: ProfileErrorKind, pin_min_length: int, *, guest: bool = False) -> str:
    """Why a profile could not be made or changed. ``guest``: the screen also offers
    to continue as a guest (the welcome), which an empty name then suggests."""
    if kind is ProfileErrorKind.NAME_EMPTY and guest:
        return translate("WelcomeDialog", "Please type a name, or continue as a guest.")
    return {
        ProfileErrorKind.NAME_EMPTY: translate("ProfilePicker", "Please type a name."),
        ProfileErrorKind.NAME_TOO_LONG: translate(
            "ProfilePicker", "That name is too long. Please use at most %1 characters."
        ).replace("%1", str(NAME_MAX_LENGTH)),
        ProfileErrorKind.NAME_TAKEN: translate(
            "ProfilePicker",
            "Someone on this computer already uses that name. Please choose another, "
            "for example add your initial.",
        ),
        ProfileErrorKind.BAD_PIN: translate(
            "ProfilePicker", "A PIN is %1 to %2 digits (numbers only)."
        )
        .replace("%1", str(pin_min_length))
        .replace("%2", str(PIN_MAX_LENGTH)),
        ProfileErrorKind.NOT_FOUND: translate(
            "ProfilePicker", "That profile is no longer on this computer."
        ),
    }[kind]


def plain_message(exc: BaseException) -> str:
    """What happened and what to do, in everyday words."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return QCoreApplication.translate(
                "Errors",
                "Your work could not be saved because the disk is full. Everything saved "
                "before is safe. Free some space (or ask the administrator), then try again.",
            )
        if isinstance(exc, PermissionError):
            return QCoreApplication.translate(
                "Errors",
                "Your work could not be saved because this computer does not allow writing "
                "to the data folder. Everything saved before is safe. Ask the administrator "
                "to check the folder's permissions.",
            )
        return QCoreApplication.translate(
            "Errors",
            "A file could not be read or written (%1). Everything saved before is safe. "
            "Try again; if it keeps happening, ask the administrator.",
        ).replace("%1", read_problem_text(exc))
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong inside the app. Your saved progress is safe. If it keeps "
        "happening, tell your teacher or librarian what you were doing.",
    )


def show_exception(exc: BaseException, parent: QWidget | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = message_box(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Problem"),
        plain_message(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
    box.deleteLater()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the GUI: print the details, show the plain message."""
    traceback.print_exception(kind, exc, tb, file=sys.stderr)
    if isinstance(exc, KeyboardInterrupt) or QApplication.instance() is None:
        return
    show_exception(exc, QApplication.activeWindow())
