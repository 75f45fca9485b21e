"""Assignment and progress files dropped on the window."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from .base import WindowBase

ASSIGNMENT_FILE_SUFFIX = ".ailiteracy-assignment"  # as in core/assignments.py
PROGRESS_FILE_SUFFIX = ".ailiteracy-progress"  # as in core/transfer.py


class WindowDropTarget(WindowBase):
    """Accepts dropped assignment files ("Assigned to me") and progress files (imported)."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self.dropped_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        files = self.dropped_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.open_files(files)

    @staticmethod
    def dropped_files(urls: Iterable[QUrl]) -> list[Path]:
        """The assignment and progress files among dropped URLs."""
        wanted = (ASSIGNMENT_FILE_SUFFIX, PROGRESS_FILE_SUFFIX)
        return [
            Path(url.toLocalFile())
            for url in urls
            if url.isLocalFile() and url.toLocalFile().endswith(wanted)
        ]

    def open_files(self, files: list[Path]) -> None:
        """Open dropped files: assignments go to "Assigned to me", progress is imported."""
        for path in files:
            if path.name.endswith(ASSIGNMENT_FILE_SUFFIX):
                self.open_assignment_file(path)
            else:
                self.import_progress(path)
