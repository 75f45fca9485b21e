"""The learner's "Assigned to me" screen: the teacher's assignments and how far they got.

A learner opens an ``.ailiteracy-assignment`` file from their teacher; it is kept in
their progress. The list shows every assignment with its due date and status, and
under it each module with the lessons read and the best quiz score. From here the
learner starts the next unfinished module, saves a results file for the teacher and,
once everything is done, saves a certificate.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.assignments import (
    ASSIGNMENT_SUFFIX,
    Assignment,
    AssignmentStatus,
    ItemStatus,
    Status,
    add_assignment,
    read_assignment_file,
    remove_assignment,
    safe_file_stem,
    statuses,
)
from ..core.exchange import FileFormatError
from ..core.results import RESULTS_SUFFIX, export_results, results_filename
from ..core.session import Session
from ..core.storage import atomic_write_bytes
from ..core.store import ensure_learner_id
from . import printing, theme
from .errors import Reader, file_problem_text
from .filechoice import choose_file, choose_save_path, with_suffix
from .layouts import FlowLayout
from .plaintext import plain
from .teacher.common import (
    AskText,
    Confirm,
    MessageLabel,
    default_ask_text,
    default_confirm,
    documents_folder,
    make_button,
)
from .teacher.texts import date_text, percent_text

translate = QCoreApplication.translate

ROLE_ASSIGNMENT = Qt.ItemDataRole.UserRole
ROLE_MODULE = Qt.ItemDataRole.UserRole + 1


def status_label(status: Status) -> str:
    return {
        Status.NOT_STARTED: translate("AssignedView", "Not started"),
        Status.IN_PROGRESS: translate("AssignedView", "In progress"),
        Status.DONE: translate("AssignedView", "Done"),
        Status.OVERDUE: translate("AssignedView", "Overdue: the due date has passed"),
    }[status]


def item_progress(item: ItemStatus, pass_mark: int) -> str:
    """One module of an assignment: what is done and what is left, in plain words."""
    if not item.available:
        return translate(
            "AssignedView", "This module is not on this computer. Please tell your teacher."
        )
    parts = []
    if item.lessons_total:
        parts.append(
            translate("AssignedView", "Lessons read: %1 of %2")
            .replace("%1", str(item.lessons_read))
            .replace("%2", str(item.lessons_total))
        )
    if item.quiz:
        if item.passed:
            quiz = translate("AssignedView", "Quiz passed with %1").replace(
                "%1", percent_text(item.best)
            )
        elif item.best is not None:
            quiz = (
                translate("AssignedView", "Quiz: best %1 so far, %2 needed")
                .replace("%1", percent_text(item.best))
                .replace("%2", percent_text(pass_mark))
            )
        else:
            quiz = translate("AssignedView", "Quiz: not taken yet, %1 needed").replace(
                "%1", percent_text(pass_mark)
            )
        parts.append(quiz)
    text = "; ".join(parts)
    if item.done:
        text = translate("AssignedView", "Done. %1").replace("%1", text)
    return text


class AssignedView(QWidget):
    """ "Assigned to me": the learner's assignments, with buttons to work on them.

    Signals:
        open_module(str): open this module (its first unread lesson, or its quiz).

    Args:
        session: the running session (the learner's store, catalog and name).
        today: returns today's date (tests pass a fixed one).
    """

    open_module = Signal(str)

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
        self.guest_name = ""  # the name a guest gave for the results file
        self.current: list[AssignmentStatus] = []

        title = QLabel(self.tr("Assigned to me"))
        title.setObjectName("screenTitle")
        intro = QLabel(
            self.tr(
                "Work your teacher gave you. Open the assignment file from your teacher, "
                "work through it, then save your results and hand the file to your teacher."
            )
        )
        intro.setWordWrap(True)
        self.guest_note = QLabel(
            self.tr(
                "Guest session: this list is forgotten when you leave. Save your results "
                "for the teacher before you go."
            )
        )
        self.guest_note.setWordWrap(True)
        self.guest_note.setVisible(session.guest)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Assignment"), self.tr("Class"), self.tr("Due"), self.tr("Status")]
        )
        self.tree.setAccessibleName(self.tr("Assignments given to me"))
        self.tree.header().setAccessibleName(self.tr("Column headings"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setAccessibleName(self.tr("Column headings"))
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.tree.itemActivated.connect(lambda *_: self.start())

        self.details = plain(QLabel())
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setAccessibleDescription(self.tr("About the selected assignment"))

        self.open_button = make_button(
            self.tr("&Open an assignment file…"),
            self.tr("Open an assignment file from your teacher"),
            self.open_assignment_file,
        )
        self.start_button = make_button(
            self.tr("&Start"), self.tr("Start the next unfinished module"), self.start
        )
        self.export_button = make_button(
            self.tr("Save my &results for the teacher…"),
            self.tr("Save my results for the teacher"),
            self.export_results,
        )
        self.certificate_button = make_button(
            self.tr("&Certificate…"), self.tr("Save a certificate"), self.certificate
        )
        self.remove_button = make_button(
            self.tr("Re&move from my list"),
            self.tr("Remove the selected assignment from my list"),
            self.remove_selected,
        )
        buttons = FlowLayout()  # wraps onto more lines when the text is large
        for button in (
            self.open_button,
            self.start_button,
            self.export_button,
            self.certificate_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = MessageLabel(self.tr("Message"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.guest_note)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        self.refresh()

    # ------------------------------------------------------------------ the list

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the assignments and the learner's progress again."""
        keep = self.selected_id()
        self.current = list(statuses(self.session.store, self.session.catalog, self.today()))
        self.tree.clear()
        bad = QBrush(QColor(theme.current().bad))
        good = QBrush(QColor(theme.current().good))
        for st in self.current:
            a = st.assignment
            top = QTreeWidgetItem(
                [
                    a.title,
                    a.class_name,
                    date_text(a.due),
                    self.tr("%1 (%2 of %3 done)")
                    .replace("%1", status_label(st.status))
                    .replace("%2", str(st.done_items))
                    .replace("%3", str(len(st.items))),
                ]
            )
            top.setData(0, ROLE_ASSIGNMENT, a.id)
            if st.status == Status.OVERDUE:
                font = QFont(top.font(0))
                font.setBold(True)
                for column in (2, 3):
                    top.setFont(column, font)
                    top.setForeground(column, bad)
            elif st.status == Status.DONE:
                top.setForeground(3, good)
            for item in st.items:
                module = self.session.catalog.module(item.module)
                progress = item_progress(item, a.pass_mark)
                title = module.title if module else item.module
                child = QTreeWidgetItem([title, "", "", progress])
                child.setData(0, ROLE_ASSIGNMENT, a.id)
                child.setData(0, ROLE_MODULE, item.module)
                child.setToolTip(3, progress)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if self.current and not (keep and self.select(keep)):
            self.select(self.current[0].assignment.id)
        self._selection_changed()

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE_ASSIGNMENT) if item is not None else None

    def selected_status(self) -> AssignmentStatus | None:
        wanted = self.selected_id()
        return next((s for s in self.current if s.assignment.id == wanted), None)

    def select(self, assignment_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None and top.data(0, ROLE_ASSIGNMENT) == assignment_id:
                self.tree.setCurrentItem(top)
                return True
        return False

    def _selection_changed(self) -> None:
        st = self.selected_status()
        for button in (self.start_button, self.export_button, self.remove_button):
            button.setEnabled(st is not None)
        self.start_button.setEnabled(st is not None and self._next_module(st) is not None)
        self.certificate_button.setEnabled(st is not None and st.status == Status.DONE)
        if st is None:
            self.details.setText(
                self.tr("No assignments yet. Use 'Open an assignment file…' to add one.")
                if not self.current
                else ""
            )
            return
        a = st.assignment
        lines = [
            self.tr("%1, due %2. Pass mark for the quizzes: %3.")
            .replace("%1", a.title)
            .replace("%2", date_text(a.due))
            .replace("%3", percent_text(a.pass_mark))
        ]
        if a.message:
            lines.append(self.tr("Message from your teacher: %1").replace("%1", a.message))
        if st.status == Status.OVERDUE:
            lines.append(
                self.tr(
                    "The due date has passed. You can still finish it and give your "
                    "teacher your results."
                )
            )
        elif st.status == Status.DONE:
            lines.append(
                self.tr("Well done: everything is done. Save your results for your teacher.")
            )
        self.details.setText("\n".join(lines))

    # ------------------------------------------------------------------ actions

    def open_assignment_file(self, path: Path | None = None) -> bool:
        """Add a teacher's assignment file to the list; without ``path`` the learner picks it.

        Returns True when it was added; otherwise the message says why.
        """
        if path is None:
            path = choose_file(
                self,
                self.tr("Open an assignment file"),
                self.last_folder,
                self.tr("Assignment from your teacher (*%1);;All files (*)").replace(
                    "%1", ASSIGNMENT_SUFFIX
                ),
            )
            if path is None:
                return False
        path = Path(path)
        try:
            assignment = read_assignment_file(path)
        except FileFormatError as exc:
            text = file_problem_text(exc.kind, Reader.LEARNER_ASSIGNMENT, exc.detail)
            self.message.show_text(text, error=True)
            return False
        self.last_folder = path.parent
        added = add_assignment(self.session.store, assignment)
        self.refresh()
        self.select(assignment.id)
        if not added:
            self.message.show_text(self.tr("This assignment is already in your list."))
            return False
        text = self.tr('"%1" was added to your list.').replace("%1", assignment.title)
        missing = [
            i.module for i in assignment.items if self.session.catalog.module(i.module) is None
        ]
        if missing:
            text += " " + self.tr(
                "Some of its modules are not on this computer (%1). Please tell your teacher."
            ).replace("%1", ", ".join(missing))
        self.message.show_text(text)
        return True

    @staticmethod
    def _next_module(st: AssignmentStatus) -> str | None:
        return next((i.module for i in st.items if i.available and not i.done), None)

    def start(self) -> bool:
        """Open the first unfinished module of the selected assignment."""
        st = self.selected_status()
        if st is None:
            return False
        current = self.tree.currentItem()
        chosen = current.data(0, ROLE_MODULE) if current is not None else None
        if chosen and self.session.catalog.module(chosen) is not None:
            self.open_module.emit(chosen)
            return True
        module = self._next_module(st)
        if module is None:
            self.message.show_text(self.tr("Everything in this assignment is done."))
            return False
        self.open_module.emit(module)
        return True

    def learner_name(self) -> str | None:
        """The name for files and certificates: the profile's, or asked for a guest."""
        if self.session.profile_name.strip():
            return self.session.profile_name.strip()
        name = self.ask_text(
            self.tr("Your name"),
            self.tr("Your name, so that your teacher knows whose results these are:"),
            self.guest_name,
        )
        if name is None or not name.strip():
            return None
        self.guest_name = name.strip()
        return self.guest_name

    def export_results(self, path: Path | None = None) -> Path | None:
        """Save the learner's results for the selected assignment as a file for the teacher."""
        st = self.selected_status()
        if st is None:
            self.message.show_text(self.tr("Choose an assignment in the list first."), error=True)
            return None
        name = self.learner_name()
        if name is None:
            self.message.show_text(
                self.tr("Your results were not saved: your teacher needs your name on them."),
                error=True,
            )
            return None
        a = st.assignment
        store = self.session.store
        learner_id = self.session.learner_id or ensure_learner_id(store)
        if path is None:
            path = choose_save_path(
                self,
                self.tr("Save my results for the teacher"),
                self.last_folder / results_filename(a, name, learner_id),
                self.tr("Results for your teacher (*%1)").replace("%1", RESULTS_SUFFIX),
                RESULTS_SUFFIX,
            )
            if path is None:
                return None
        path = with_suffix(Path(path), RESULTS_SUFFIX)
        try:
            data = export_results(
                store,
                a,
                self.session.catalog,
                learner_name=name,
                learner_id=learner_id,
                app_version=__version__,
                now=_dt.datetime.now(_dt.UTC),
                learner_since=self.session.learner_since,
            )
            atomic_write_bytes(path, data)
        except OSError as exc:
            self.message.show_text(
                self.tr(
                    "Your results could not be saved in %1 (%2). Check that the USB stick is "
                    "plugged in, is not full and is not write-protected, then try again."
                )
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
                error=True,
            )
            return None
        self.last_folder = path.parent
        self.message.show_text(
            self.tr(
                "Your results were saved in:\n%1\n\nGive this file to your teacher. You can "
                "save it again later: the newest file counts."
            ).replace("%1", str(path))
        )
        return path

    def certificate(self, path: Path | None = None) -> Path | None:
        """Save a certificate for the selected assignment once everything in it is done."""
        st = self.selected_status()
        if st is None or st.status != Status.DONE:
            self.message.show_text(
                self.tr("A certificate can be saved when everything in the assignment is done."),
                error=True,
            )
            return None
        name = self.learner_name()
        if name is None:
            return None
        a: Assignment = st.assignment
        quizzes = [i.best for i in st.items if i.quiz and i.best is not None]
        score = quizzes[0] if len(quizzes) == 1 else None
        if path is None:
            stem = safe_file_stem(
                self.tr("Certificate %1 - %2").replace("%1", name).replace("%2", a.title),
                "certificate",
            )
            path = printing.ask_pdf_path(
                self, self.tr("Save the certificate"), self.last_folder / (stem + ".pdf")
            )
            if path is None:
                return None
        path = Path(path)
        try:
            printing.certificate_pdf(
                path,
                learner=name,
                what=a.title,
                date=self.today(),
                score=score,
                page_size=printing.default_page_size(),
            )
        except OSError as exc:
            self.message.show_text(
                self.tr("The certificate could not be saved in %1 (%2).")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
                error=True,
            )
            return None
        self.last_folder = path.parent
        self.message.show_text(
            self.tr("Your certificate was saved in:\n%1").replace("%1", str(path))
        )
        return path

    def remove_selected(self) -> bool:
        """Take the selected assignment out of the list (progress is kept)."""
        st = self.selected_status()
        if st is None:
            return False
        if not self.confirm(
            self.tr("Remove from my list?"),
            self.tr(
                'Remove "%1" from your list? Your progress in its modules is kept, and you '
                "can open the assignment file again later."
            ).replace("%1", st.assignment.title),
        ):
            return False
        remove_assignment(self.session.store, st.assignment.id)
        self.refresh()
        self.message.show_text(
            self.tr('"%1" was removed from your list.').replace("%1", st.assignment.title)
        )
        return True
