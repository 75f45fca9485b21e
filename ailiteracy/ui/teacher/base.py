"""What the teacher screen's tabs share: the session, the signals and the report's state.

:class:`~.view.TeacherView` is made of one class per tab (``assignments_tab``,
``report_tab``, ``content_tab``) and the GIFT import (``gift_import``); each of them
derives from :class:`TeacherBase`, which declares what they use of each other.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...core.assignments import Assignment
from ...core.results import Rejected, ResultsFile
from ...core.session import Session
from .common import AskText, Confirm, MessageLabel


class TeacherBase(QWidget):
    """The state and signals of the teacher screen (see :class:`~.view.TeacherView`)."""

    leave = Signal()
    catalog_changed = Signal()
    reading_progress = Signal(int, int)

    session: Session
    today: Callable[[], _dt.date]
    confirm: Confirm
    ask_text: AskText
    last_folder: Path
    assignment: Assignment | None  # the one the report is for
    saved_assignment: Assignment | None  # the one last saved from the form
    loaded: dict[Path, tuple[Path, ResultsFile]]  # results files used: resolved path -> file
    rejected: dict[Path, Rejected]  # results files refused, with the reason
    content_message: MessageLabel
    gift_text: QPlainTextEdit

    # ------------------------------------------------------------------ across the tabs

    def set_assignment(self, assignment: Assignment) -> None:
        """Show the report for ``assignment`` (the report tab)."""
        raise NotImplementedError

    def rebuild_report(self) -> None:
        """Build the report again (the report tab)."""
        raise NotImplementedError

    def fill_module_tree(self) -> None:
        """Fill the assignment form's module list from the catalog (the assignments tab)."""
        raise NotImplementedError

    def stored_folders(self) -> list[str]:
        """The content folders kept in the settings (the content tab)."""
        raise NotImplementedError

    def add_content_folder(self, path: Path | None = None) -> bool:
        """Add a content folder (the content tab)."""
        raise NotImplementedError

    def _save_folders(self, folders: list[str]) -> None:
        raise NotImplementedError

    def import_gift_dialog(self) -> Path | None:
        """Ask for a GIFT file and where to put it, then import it (the GIFT import)."""
        raise NotImplementedError
