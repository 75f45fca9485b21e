"""The one place where an unexpected error becomes a message the learner can act on."""

from __future__ import annotations

import errno
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .plaintext import message_box


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
        ).replace("%1", exc.strerror or type(exc).__name__)
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong inside the app. Your saved progress is safe. If it keeps "
        "happening, tell your teacher or librarian what you were doing.",
    )


def show_exception(exc: BaseException, parent=None) -> None:
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
