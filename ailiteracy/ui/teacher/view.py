"""The teacher screen: the three tabs (one module each), and leaving teacher mode."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.assignments import (
    Assignment,
)
from ...core.report import (
    ClassReport,
    ReportBuilder,
)
from ...core.results import Rejected, ResultsFile
from ...core.session import Session
from .assignments_tab import AssignmentsTab
from .common import (
    AskText,
    Confirm,
    default_ask_text,
    default_confirm,
    documents_folder,
    make_button,
)
from .content_tab import ContentTab
from .gift_import import GiftImport
from .report_tab import ReportTab


class TeacherView(AssignmentsTab, ReportTab, ContentTab, GiftImport):
    """Teacher mode: assignments, the class report and own content, on three tabs.

    Signals:
        leave(): the teacher pressed "Leave teacher mode".
        catalog_changed(): content folders changed and ``session.catalog`` was reloaded.
        reading_progress(int, int): result files read so far and in all, while many are
            being read (see :meth:`open_results`).

    Args:
        session: the running session (its catalog, store, policy and data folder).
        today: returns today's date (tests pass a fixed one).
    """

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        today: Callable[[], _dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today or _dt.date.today
        self.confirm: Confirm = default_confirm(self)  # tests replace these two
        self.ask_text: AskText = default_ask_text(self)
        self.last_folder = documents_folder()

        self.saved_assignment: Assignment | None = None  # last saved from the form
        self.assignment: Assignment | None = None  # the one the report is for
        self.loaded: dict[Path, tuple[Path, ResultsFile]] = {}  # resolved path -> file
        self.rejected: dict[Path, Rejected] = {}
        self.report: ClassReport | None = None
        self.builder: ReportBuilder | None = None  # the report, kept up to date per batch
        self._table_learners: list[str] = []  # the learner id of each table row
        self.reading = False  # result files are being read (the window stays usable)
        self._stop_reading = False

        title = QLabel(self.tr("Teacher mode"))
        title.setWordWrap(True)
        title.setObjectName("screenTitle")
        self.leave_button = make_button(
            self.tr("&Leave teacher mode"), self.tr("Leave teacher mode"), self.leave.emit
        )
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.leave_button)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Teacher mode sections"))
        self.tabs.addTab(self._build_assignments_tab(), self.tr("Assignments"))
        self.tabs.addTab(self._build_report_tab(), self.tr("Class report"))
        self.tabs.addTab(self._build_content_tab(), self.tr("Own content"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.fill_module_tree()
        self.refresh_content()
        self.rebuild_report()

    # ================================================================== catalog changes

    def on_catalog_changed(self) -> None:
        """Call after the main window reloaded the catalog (a language switch, settings)."""
        self.fill_module_tree()
        self.refresh_content()
        self.rebuild_report()
