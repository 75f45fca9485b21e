"""Taking progress home on a USB stick: saving and loading a ``.ailiteracy-progress`` file.

:func:`export_progress_dialog` and :func:`import_progress_dialog` explain every
problem in plain words.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__
from ...core.exchange import FileFormatError
from ...core.storage import atomic_write_bytes
from ...core.store import ProgressStore
from ...core.transfer import (
    EXTENSION,
    MergeReport,
    export_progress,
    merge_progress,
    open_progress_file,
)
from ..errors import Reader, file_problem_text
from ..filechoice import choose_file, choose_save_path
from ..plaintext import message_box

ShowBox = Callable[[QMessageBox], Any]


def _show_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    show: ShowBox | None,
) -> QMessageBox:
    box = message_box(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    (show or (lambda b: b.exec()))(box)
    return box


def suggested_file_name(profile_name: str, today: _dt.date) -> str:
    """A file name like ``progress-Ana-2025-03-01.ailiteracy-progress``."""
    safe = re.sub(r"[^\w-]+", "-", profile_name, flags=re.UNICODE).strip("-_")[:40]
    stem = f"progress-{safe}-{today.isoformat()}" if safe else f"progress-{today.isoformat()}"
    return stem + EXTENSION


def _start_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def export_progress_dialog(
    parent: QWidget | None,
    store: ProgressStore,
    profile_name: str,
    path: Path | None = None,
    *,
    show: ShowBox | None = None,
    now: _dt.datetime | None = None,
) -> Path | None:
    """Save the learner's progress to a file the learner chooses (``path`` skips asking).

    Returns the file written, or None if the learner cancelled or it failed (the
    learner was told why). ``show`` displays each message box (default: ``exec()``).
    """
    moment = now or _dt.datetime.now(_dt.UTC)
    if path is None:
        suggested = _start_folder() / suggested_file_name(profile_name, moment.date())
        path = choose_save_path(
            parent,
            QCoreApplication.translate("ProgressTransfer", "Save your progress"),
            suggested,
            QCoreApplication.translate("ProgressTransfer", "ailiteracy progress (*%1)").replace(
                "%1", EXTENSION
            ),
            EXTENSION,
        )
        if path is None:
            return None
    title = QCoreApplication.translate("ProgressTransfer", "Export progress")
    try:
        data = export_progress(
            store, profile_name=profile_name, app_version=__version__, now=moment
        )
    except FileFormatError:
        _show_box(
            parent,
            QMessageBox.Icon.Warning,
            title,
            QCoreApplication.translate(
                "ProgressTransfer",
                "Your progress is too large to fit in one progress file, so nothing was "
                "saved. Please ask a member of staff for help.",
            ),
            show,
        )
        return None
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        _show_box(
            parent,
            QMessageBox.Icon.Warning,
            title,
            QCoreApplication.translate(
                "ProgressTransfer",
                "Your progress could not be saved to %1 (%2).\n\nCheck that the USB stick is "
                "plugged in, is not full and is not write-protected, then try again.",
            )
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error)),
            show,
        )
        return None
    _show_box(
        parent,
        QMessageBox.Icon.Information,
        title,
        QCoreApplication.translate(
            "ProgressTransfer",
            "Your progress was saved in:\n%1\n\nOn another computer, open ailiteracy, choose "
            "Import progress and pick this file. If it is on a USB stick, eject the stick "
            "safely before you unplug it.",
        ).replace("%1", str(path)),
        show,
    )
    return path


def _saved_on(exported_at: str) -> str:
    moment = QDateTime.fromString(exported_at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return exported_at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def import_summary(report: MergeReport, profile_name: str, exported_at: str) -> str:
    """What an import added, in plain words."""
    if not report.changed:
        return (
            QCoreApplication.translate(
                "ProgressTransfer",
                "Everything in this file (progress of %1, saved %2) was already on this "
                "computer, so nothing needed to be added.",
            )
            .replace("%1", profile_name)
            .replace("%2", _saved_on(exported_at))
        )
    lines = [
        QCoreApplication.translate("ProgressTransfer", "The progress of %1 (saved %2) was added:")
        .replace("%1", profile_name)
        .replace("%2", _saved_on(exported_at)),
        QCoreApplication.translate("ProgressTransfer", "• New quiz attempts: %1").replace(
            "%1", str(report.attempts_added)
        ),
        QCoreApplication.translate("ProgressTransfer", "• New answers: %1").replace(
            "%1", str(report.answers_added)
        ),
        QCoreApplication.translate("ProgressTransfer", "• Lessons updated: %1").replace(
            "%1", str(report.lessons)
        ),
    ]
    if report.attempts_updated:
        lines.append(
            QCoreApplication.translate(
                "ProgressTransfer", "• Quizzes finished on the other computer: %1"
            ).replace("%1", str(report.attempts_updated))
        )
    if report.review_updated:
        lines.append(
            QCoreApplication.translate(
                "ProgressTransfer", "• Review questions updated: %1"
            ).replace("%1", str(report.review_updated))
        )
    lines.append(
        QCoreApplication.translate(
            "ProgressTransfer", "Nothing was counted twice, and your best scores are kept."
        )
    )
    return "\n".join(lines)


def import_progress_dialog(
    parent: QWidget | None,
    store: ProgressStore,
    path: Path | None = None,
    *,
    show: ShowBox | None = None,
) -> MergeReport | None:
    """Add progress from a file the learner chooses (``path`` skips asking).

    Returns what was added, or None if the learner cancelled or the file could not
    be used (the learner was told why, and nothing was changed). After a report,
    redraw whatever shows progress.
    """
    if path is None:
        path = choose_file(
            parent,
            QCoreApplication.translate("ProgressTransfer", "Choose a progress file"),
            _start_folder(),
            QCoreApplication.translate(
                "ProgressTransfer", "ailiteracy progress (*%1);;All files (*)"
            ).replace("%1", EXTENSION),
        )
        if path is None:
            return None
    title = QCoreApplication.translate("ProgressTransfer", "Import progress")
    try:
        progress = open_progress_file(path)
    except FileFormatError as error:
        text = file_problem_text(error.kind, Reader.PROGRESS, error.detail)
        _show_box(parent, QMessageBox.Icon.Warning, title, text, show)
        return None
    try:
        report = merge_progress(store, progress)
    except OSError as error:
        _show_box(
            parent,
            QMessageBox.Icon.Warning,
            title,
            QCoreApplication.translate(
                "ProgressTransfer",
                "The progress could not be saved on this computer (%1). Part of it may have "
                "been added. Importing the same file again is safe: it adds the rest without "
                "counting anything twice.",
            ).replace("%1", error.strerror or str(error)),
            show,
        )
        return None
    _show_box(
        parent,
        QMessageBox.Icon.Information,
        title,
        import_summary(report, progress.profile_name, progress.exported_at),
        show,
    )
    return report
