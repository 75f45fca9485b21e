"""The Class report tab: open the assignment and the learners' results files; show,
export and print the report."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.assignments import (
    ASSIGNMENT_SUFFIX,
    Assignment,
    read_assignment_file,
    safe_file_stem,
)
from ...core.collector import paused
from ...core.exchange import FileFormatError
from ...core.report import (
    ClassReport,
    Learner,
    ReportBuilder,
    ReportChange,
    RowStatus,
    gradebook_csv,
    report_csv,
)
from ...core.results import RESULTS_SUFFIX, Rejected, ResultsFile, load_one
from ...core.storage import atomic_write_bytes
from .. import printing, theme
from ..errors import Reader, file_problem_text
from ..filechoice import choose_file, choose_files, choose_folder, choose_save_path
from ..layouts import FlowLayout
from ..plaintext import plain, plain_tip
from .base import TeacherBase
from .common import (
    ROLE_LEARNER,
    MessageLabel,
    make_button,
)
from .texts import (
    cell_text,
    date_text,
    help_text,
    percent_text,
)

TABLE_MEASURED_ROWS = 300  # larger tables are not measured row by row
PROGRESS_AFTER_S = 0.5  # reading result files longer than this shows a progress bar
PROGRESS_EVERY_S = 0.05  # and updates it (and handles clicks) this often


class ReportTab(TeacherBase):
    # ================================================================== report tab

    def _build_report_tab(self) -> QWidget:
        page = QWidget()
        self.open_assignment_button = make_button(
            self.tr("Open &assignment file…"),
            self.tr("Open the assignment file the report is for"),
            self.open_assignment,
        )
        self.open_results_button = make_button(
            self.tr("Open &result files…"),
            self.tr("Open learners' result files"),
            self.open_results,
        )
        self.open_folder_button = make_button(
            self.tr("Open a f&older…"),
            self.tr("Open every result file in a folder"),
            self.open_results_folder,
        )
        self.clear_results_button = make_button(
            self.tr("Clear the res&ults"),
            self.tr("Take all opened result files out of the report"),
            self.clear_results,
        )
        opening = FlowLayout()  # wraps at large text sizes
        for button in (
            self.open_assignment_button,
            self.open_results_button,
            self.open_folder_button,
            self.clear_results_button,
        ):
            opening.addWidget(button)
        opening.addStretch(1)

        self.assignment_label = plain(QLabel())
        self.assignment_label.setWordWrap(True)
        self.assignment_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.assignment_label.setAccessibleDescription(self.tr("The assignment of the report"))
        self.report_message = MessageLabel(self.tr("Report message"))

        self.table = QTableWidget(0, 1)
        self.table.setTabKeyNavigation(False)  # Tab leaves the report; arrows move in it
        self.table.setAccessibleName(self.tr("Results: learners and modules"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.table.itemSelectionChanged.connect(self._update_report_buttons)

        self.missed = QListWidget()
        self.missed.setAccessibleName(self.tr("Most missed questions"))
        self.missed.setWordWrap(True)
        self.missed.setAlternatingRowColors(True)
        self.help_list = QListWidget()
        self.help_list.setAccessibleName(self.tr("Learners who may need help"))
        self.help_list.setWordWrap(True)
        self.help_list.setAlternatingRowColors(True)
        self.skipped_list = QListWidget()
        self.skipped_list.setAccessibleName(self.tr("Files that were not used"))
        self.skipped_list.setWordWrap(True)
        self.skipped_list.setAlternatingRowColors(True)

        def boxed(title: str, widget: QWidget) -> QGroupBox:
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(6, 6, 6, 6)
            inner.addWidget(widget)
            return box

        side_by_side = theme.scale() < 175  # at larger text sizes the lists go one below another
        lists = QSplitter(Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical)
        lists.setChildrenCollapsible(False)
        lists.addWidget(boxed(self.tr("Most missed questions"), self.missed))
        lists.addWidget(boxed(self.tr("Learners who may need help"), self.help_list))
        lists.addWidget(boxed(self.tr("Files that were not used"), self.skipped_list))
        lists.setSizes([450, 300, 300])
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(lists)
        split.setSizes([300, 220])

        self.export_csv_button = make_button(
            self.tr("Export &CSV…"), self.tr("Export the report as a CSV file"), self.export_csv
        )
        self.export_gradebook_button = make_button(
            self.tr("&Gradebook CSV…"),
            self.tr(
                "One row per learner and a column per module, for a gradebook such as Moodle's"
            ),
            self.export_gradebook,
        )
        self.export_pdf_button = make_button(
            self.tr("Export P&DF…"), self.tr("Save the report as a PDF file"), self.export_pdf
        )
        self.print_button = make_button(
            self.tr("&Print…"), self.tr("Print the report"), self.print_report
        )
        self.certificate_button = make_button(
            self.tr("Certificate for the selected l&earner…"),
            self.tr("Make a certificate for the selected learner"),
            self.certificate_for_selected,
        )
        exports = FlowLayout()  # wraps at large text sizes
        for button in (
            self.export_csv_button,
            self.export_gradebook_button,
            self.export_pdf_button,
            self.print_button,
            self.certificate_button,
        ):
            exports.addWidget(button)
        exports.addStretch(1)

        layout = QVBoxLayout(page)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Result files read"))
        self.progress_label = QLabel()
        self.stop_button = make_button(
            self.tr("&Stop"), self.tr("Stop reading result files"), self.stop_reading
        )
        self.progress_row = QWidget()
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.stop_button)
        self.progress_row.hide()

        layout.addLayout(opening)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.assignment_label)
        layout.addWidget(split, 1)
        layout.addLayout(exports)
        layout.addWidget(self.report_message)
        return page

    # ------------------------------------------------------------------ opening files

    def set_assignment(self, assignment: Assignment) -> None:
        self.assignment = assignment
        self.rebuild_report()

    def open_assignment(self, path: Path | None = None) -> bool:
        """Choose the assignment the report is for; without ``path`` the teacher picks it."""
        if path is None:
            path = choose_file(
                self,
                self.tr("Open the assignment file"),
                self.last_folder,
                self.tr("ailiteracy assignment (*%1);;All files (*)").replace(
                    "%1", ASSIGNMENT_SUFFIX
                ),
            )
            if path is None:
                return False
        path = Path(path)
        try:
            assignment = read_assignment_file(path)
        except FileFormatError as exc:
            self.report_message.show_text(
                self.tr("%1 could not be opened. %2")
                .replace("%1", path.name)
                .replace("%2", file_problem_text(exc.kind, Reader.TEACHER_ASSIGNMENT, exc.detail)),
                error=True,
            )
            return False
        self.last_folder = path.parent
        self.set_assignment(assignment)
        self.report_message.show_text("")
        return True

    @staticmethod
    def _expand(paths: Iterable[Path]) -> list[tuple[Path, Path]]:
        """The files to read, each with its resolved path (the key it is kept under).

        A folder stands for its results files, by name; their resolved paths are the
        folder's, resolved once, with their names (but for links, resolved each).
        """
        out: list[tuple[Path, Path]] = []
        for path in paths:
            path = Path(path)
            if not path.is_dir():
                out.append((path, path.resolve()))
                continue
            base = path.resolve()
            found = []
            with os.scandir(path) as entries:
                for entry in entries:
                    if entry.name.endswith(RESULTS_SUFFIX) and entry.is_file():
                        file = path / entry.name
                        key = file.resolve() if entry.is_symlink() else base / entry.name
                        found.append((file, key))
            out += sorted(found, key=lambda x: x[0].name.casefold())
        return out

    def open_results(self, paths: list[Path] | None = None) -> int:
        """Add learners' results files (a folder stands for every results file in it).

        Without ``paths`` the teacher picks files. Returns how many files could be used;
        the others are listed under "Files that were not used" with the reason. Opening
        a file again replaces what was read from it before.
        """
        if paths is None:
            paths = choose_files(
                self,
                self.tr("Open learners' result files"),
                self.last_folder,
                self.tr("ailiteracy results (*%1);;All files (*)").replace("%1", RESULTS_SUFFIX),
            )
            if not paths:
                return 0
        if self.reading:
            return 0  # one batch at a time
        folders = [Path(p) for p in paths if Path(p).is_dir()]
        self._set_reading(True)
        try:
            batch: dict[Path, ResultsFile | None] = {}
            with paused():  # reading, building and showing: see core.collector.paused
                used = self._read_results(self._expand(paths), batch)
                if paths:
                    self.last_folder = folders[0] if folders else Path(paths[0]).parent
                if not self.progress_row.isHidden():
                    self.progress_label.setText(self.tr("Making the report…"))
                    QCoreApplication.processEvents()
                if self.assignment is None and self._find_assignment(
                    folders or {Path(p).parent for p in paths}
                ):
                    self.rebuild_report()
                else:
                    self._add_to_report(batch)
        finally:
            self._set_reading(False)
        if self._stop_reading:
            self.report_message.show_text(
                self.tr(
                    "Stopped: %1 result files were read. Open the folder again to read the rest."
                ).replace("%1", str(used))
            )
        return used

    def _read_results(
        self, paths: list[tuple[Path, Path]], batch: dict[Path, ResultsFile | None]
    ) -> int:
        """Read ``paths`` ((path, resolved path) pairs), each only once per batch;
        returns how many could be used.

        ``batch`` gets each file read, by its resolved path (None: it was refused).

        A school's folder takes seconds: after the first half second the window shows
        how far it is, stays usable, and offers Stop (what was read is kept).
        """
        used = 0
        started = time.monotonic()
        pump_at = started + PROGRESS_AFTER_S
        for n, (path, key) in enumerate(paths):
            if self._stop_reading:
                break
            self.loaded.pop(key, None)
            self.rejected.pop(key, None)
            found = load_one(path)
            if isinstance(found, Rejected):
                self.rejected[key] = found
                batch[key] = None
            else:
                self.loaded[key] = (path, found)
                batch[key] = found
                used += 1
            now = time.monotonic()
            if now >= pump_at:
                self._show_reading(n + 1, len(paths))
                pump_at = now + PROGRESS_EVERY_S
        return used

    def _show_reading(self, done: int, total: int) -> None:
        if self.progress_row.isHidden():
            self.progress.setRange(0, total)
            self.progress_row.show()
        self.progress.setValue(done)
        self.progress_label.setText(
            self.tr("Reading result files: %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.reading_progress.emit(done, total)
        QCoreApplication.processEvents()  # repaint, and let Stop be pressed

    def _set_reading(self, reading: bool) -> None:
        self.reading = reading
        if reading:
            self._stop_reading = False
        else:
            self.progress_row.hide()
        for button in (
            self.open_assignment_button,
            self.open_results_button,
            self.open_folder_button,
            self.clear_results_button,
        ):
            button.setEnabled(not reading)
        if reading:
            for button in (
                self.export_csv_button,
                self.export_pdf_button,
                self.print_button,
                self.certificate_button,
            ):
                button.setEnabled(False)
        else:
            self._update_report_buttons()

    def stop_reading(self) -> None:
        """Stop reading result files; those read so far are kept in the report."""
        self._stop_reading = True

    def open_results_folder(self, folder: Path | None = None) -> int:
        """Add every results file in a folder; without ``folder`` the teacher picks one."""
        if folder is None:
            folder = choose_folder(self, self.tr("Open a folder of result files"), self.last_folder)
            if folder is None:
                return 0
        return self.open_results([Path(folder)])

    def _find_assignment(self, folders: Iterable[Path]) -> bool:
        """With no assignment chosen yet, use the one lying next to the results, if any."""
        wanted = {r.assignment_id for _p, r in self.loaded.values()}
        for folder in folders:
            try:
                candidates = sorted(folder.glob("*" + ASSIGNMENT_SUFFIX))
            except OSError:
                continue
            for path in candidates:
                try:
                    found = read_assignment_file(path)
                except FileFormatError:
                    continue
                if found.id in wanted:
                    self.assignment = found
                    return True
        return False

    def clear_results(self) -> None:
        self.loaded.clear()
        self.rejected.clear()
        self.rebuild_report()

    # ------------------------------------------------------------------ showing the report

    def rebuild_report(self) -> None:
        """Build the report again from the assignment and the opened files."""
        self.builder = None
        if self.assignment is not None:
            self.builder = ReportBuilder(self.assignment, self.session.catalog, self.today())
            self.builder.add((key, r) for key, (_p, r) in self.loaded.items())
        self.report = self.builder.report() if self.builder is not None else None
        self._fill_table()
        self._show_report()

    def _add_to_report(self, batch: dict[Path, ResultsFile | None]) -> None:
        """Add a batch of files read (None: refused) to the report: the table changes
        only where the batch changed it."""
        if self.builder is None:
            self.rebuild_report()
            return
        self.builder.remove(key for key, r in batch.items() if r is None)
        change = self.builder.add((key, r) for key, r in batch.items() if r is not None)
        self.report = self.builder.report()
        if change.everything or 2 * (len(change.added) + len(change.changed)) > len(
            self.report.learners
        ):
            self._fill_table()  # most rows are new: quicker than inserting them one by one
        else:
            self._update_table(change)
        self._show_report()

    def _show_report(self) -> None:
        self._show_assignment_facts(len(self.loaded))
        self._fill_missed()
        self._fill_help()
        self._fill_skipped()
        self._update_report_buttons()

    def _show_assignment_facts(self, files: int) -> None:
        a = self.assignment
        if a is None:
            text = self.tr(
                "First open the assignment file the report is for, then the result files "
                "your learners handed in (or a folder that holds them)."
            )
            if files:
                text += "\n" + self.tr("Result files open: %1.").replace("%1", str(files))
            self.assignment_label.setText(text)
            return
        facts = [
            self.tr("Assignment: %1").replace("%1", a.title),
            self.tr("Class: %1").replace("%1", a.class_name or "\u2014"),
            self.tr("Due: %1").replace("%1", date_text(a.due)),
            self.tr("Pass mark: %1").replace("%1", percent_text(a.pass_mark)),
        ]
        lines = ["   ".join(facts)]
        report = self.report
        if report is not None:
            summary = self.tr("Learners: %1.").replace("%1", str(len(report.learners)))
            if report.overdue:
                summary += " " + self.tr("The due date has passed.")
            if report.replaced:
                summary += " " + self.tr(
                    "Older files set aside for a newer file of the same learner: %1."
                ).replace("%1", str(report.replaced))
            if report.same_names:
                summary += " " + self.tr(
                    "Different learners share a name (%1): they are shown with the date their "
                    "profile was made and the start of their learner id. Ask them to use "
                    "their full names."
                ).replace("%1", ", ".join(report.same_names))
            lines.append(summary)
        self.assignment_label.setText("\n".join(lines))

    def _fill_table(self) -> None:
        """One row per learner, one column per module: one pass over the report's rows."""
        report = self.report
        table = self.table
        table.setUpdatesEnabled(False)
        try:
            table.clear()
            self._table_learners = [x.id for x in report.learners] if report else []
            if report is None:
                table.setRowCount(0)
                table.setColumnCount(1)
                table.setHorizontalHeaderLabels([self.tr("Learner")])
                return
            modules = report.modules
            table.setColumnCount(1 + len(modules))
            table.setHorizontalHeaderLabels([self.tr("Learner"), *[m.title for m in modules]])
            table.setRowCount(len(report.learners))
            self._fill_rows(report, [(n, learner) for n, learner in enumerate(report.learners)])
            header = table.horizontalHeader()
            header.setResizeContentsPrecision(TABLE_MEASURED_ROWS)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            if table.rowCount() <= TABLE_MEASURED_ROWS:
                table.resizeRowsToContents()  # a whole school's rows keep the usual height
        finally:
            table.setUpdatesEnabled(True)

    def _update_table(self, change: ReportChange) -> None:
        """Take out the rows of learners gone or changed, and put in those of learners
        added or changed, each where the report lists them."""
        report = self.report
        if report is None:
            return
        table = self.table
        out = set(change.removed) | set(change.changed)
        come = set(change.added) | set(change.changed)
        table.setUpdatesEnabled(False)
        try:
            if out:
                rows = [n for n, i in enumerate(self._table_learners) if i in out]
                for row in reversed(rows):
                    table.removeRow(row)
                    del self._table_learners[row]
            places = [(n, x) for n, x in enumerate(report.learners) if x.id in come]
            for row, learner in places:  # in order, so each lands where the report has it
                table.insertRow(row)
                self._table_learners.insert(row, learner.id)
            self._fill_rows(report, places)
            if table.rowCount() <= TABLE_MEASURED_ROWS:
                table.resizeRowsToContents()
        finally:
            table.setUpdatesEnabled(True)

    def _fill_rows(self, report: ClassReport, places: list[tuple[int, Learner]]) -> None:
        """Fill the table rows of ``places``: (row, learner) pairs in the order of rows.

        A school has thousands of rows but few different cells: each cell's text is
        made once, and an overdue cell is a copy of one made bold and red."""
        table = self.table
        columns = {m.module: n for n, m in enumerate(report.modules, start=1)}
        saved_on = self.tr("Results saved on %1")
        overdue_cell = QTableWidgetItem()
        overdue_cell.setForeground(QBrush(QColor(theme.current().bad)))
        bold = QFont(table.font())
        bold.setBold(True)
        overdue_cell.setFont(bold)
        overdue_cell.setToolTip(self.tr("Overdue: the due date has passed."))
        texts: dict[tuple[int | None, int, RowStatus, bool], str] = {}
        for row, learner in places:
            name = QTableWidgetItem(learner.shown)
            name.setData(ROLE_LEARNER, learner.id)
            name.setToolTip(
                saved_on.replace("%1", date_text(learner.exported_at.astimezone().date()))
            )
            table.setItem(row, 0, name)
            for result in report.rows_for(learner.id):
                shown = (result.best, result.attempts, result.status, result.overdue)
                text = texts.get(shown)
                if text is None:
                    text = texts[shown] = cell_text(result)
                if result.overdue:
                    item = overdue_cell.clone()
                    item.setText(text)
                else:
                    item = QTableWidgetItem(text)
                table.setItem(row, columns[result.module], item)

    def missed_texts(self) -> list[str]:
        """The entries of "Most missed questions": the question, how many got it wrong,
        and the wrong answers with the number of learners who gave each."""
        report = self.report
        if report is None:
            return []
        no_answer = self.tr("(no answer)")
        out = []
        for m in report.most_missed:
            wrong = "; ".join(
                self.tr('"%1" (%2)').replace("%1", w.text or no_answer).replace("%2", str(w.count))
                for w in m.wrong_answers
            )
            out.append(
                "\n".join(
                    [
                        m.prompt,
                        self.tr("%1: wrong for %2 of %3 learners")
                        .replace("%1", m.module_title)
                        .replace("%2", str(m.wrong))
                        .replace("%3", str(m.answered)),
                        self.tr("Wrong answers: %1").replace("%1", wrong),
                    ]
                )
            )
        return out

    def _fill_missed(self) -> None:
        self.missed.clear()
        if self.report is None:
            return
        texts = self.missed_texts()
        if not texts:
            self.missed.addItem(self.tr("No question was answered wrongly."))
        for text in texts:
            item = QListWidgetItem(text)
            item.setToolTip(plain_tip(text))
            self.missed.addItem(item)

    def _fill_help(self) -> None:
        self.help_list.clear()
        report = self.report
        if report is None:
            return
        if not report.needs_help:
            self.help_list.addItem(self.tr("Nobody at the moment."))
            return
        for h in report.needs_help:
            self.help_list.addItem(
                self.tr("%1: %2")
                .replace("%1", h.learner)
                .replace("%2", help_text(h.reason, h.module_title, h.failed_attempts))
            )

    def skipped_texts(self) -> list[str]:
        """The lines of "Files that were not used"."""
        lines = [
            self.tr("%1: %2")
            .replace("%1", bad.path.name)
            .replace("%2", file_problem_text(bad.kind, Reader.TEACHER_RESULTS, bad.detail))
            for bad in self.rejected.values()
        ]
        if self.report is not None:
            where = {id(r): p for p, r in self.loaded.values()}
            for r in self.report.other_assignment:
                path = where.get(id(r))
                lines.append(
                    self.tr(
                        '%1: made for another assignment ("%2"), so it is not counted here. '
                        "Open that assignment to see it."
                    )
                    .replace("%1", path.name if path else r.learner_name)
                    .replace("%2", r.assignment_title)
                )
        return lines

    def _fill_skipped(self) -> None:
        self.skipped_list.clear()
        lines = self.skipped_texts()
        if not lines and self.loaded:
            self.skipped_list.addItem(self.tr("None: every file could be used."))
        for line in lines:
            item = QListWidgetItem(line)
            item.setToolTip(plain_tip(line))
            self.skipped_list.addItem(item)

    def _update_report_buttons(self) -> None:
        has_report = self.report is not None
        for button in (
            self.export_csv_button,
            self.export_gradebook_button,
            self.export_pdf_button,
            self.print_button,
        ):
            button.setEnabled(has_report)
        self.certificate_button.setEnabled(has_report and self.selected_learner() is not None)

    def selected_learner(self) -> str | None:
        """The learner id of the selected table row."""
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ROLE_LEARNER) if item is not None else None

    def select_learner(self, learner_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ROLE_LEARNER) == learner_id:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return True
        return False

    # ------------------------------------------------------------------ exports

    def _need_report(self) -> ClassReport | None:
        if self.report is None:
            self.report_message.show_text(
                self.tr("Open the assignment file first, then the result files."), error=True
            )
        return self.report

    def _save_path(self, path: Path | None, title: str, name: str, pattern: str) -> Path | None:
        suffix = pattern.rsplit(".", 1)[-1].rstrip(")")
        if path is None:
            return choose_save_path(self, title, self.last_folder / name, pattern, "." + suffix)
        return Path(path)

    def _write_failed(self, path: Path, exc: OSError) -> None:
        self.report_message.show_text(
            self.tr("%1 could not be saved (%2). Check that the folder is there and not full.")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
            error=True,
        )

    def _report_stem(self, report: ClassReport) -> str:
        return safe_file_stem(report.assignment.title, "class report")

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Save the report's rows as CSV for a spreadsheet."""
        return self._export_csv(path, report_csv, "")

    def export_gradebook(self, path: Path | None = None) -> Path | None:
        """Save one row per learner, a column per module, for a gradebook (Moodle)."""
        return self._export_csv(path, gradebook_csv, " - " + self.tr("gradebook"))

    def _export_csv(
        self, path: Path | None, make: Callable[[ClassReport], bytes], suffix: str
    ) -> Path | None:
        report = self._need_report()
        if report is None:
            return None
        path = self._save_path(
            path,
            self.tr("Export the report as CSV"),
            self._report_stem(report) + suffix + ".csv",
            self.tr("CSV for spreadsheets (*.csv)"),
        )
        if path is None:
            return None
        try:
            atomic_write_bytes(path, make(report))
        except OSError as exc:
            self._write_failed(path, exc)
            return None
        self.last_folder = path.parent
        self.report_message.show_text(
            self.tr("The report was saved for spreadsheets in:\n%1").replace("%1", str(path))
        )
        return path

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Save the report as a PDF (A4 or Letter, as usual where the computer is)."""
        report = self._need_report()
        if report is None:
            return None
        path = self._save_path(
            path,
            self.tr("Save the report as PDF"),
            self._report_stem(report) + ".pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path is None or self.reading:
            return None
        started = time.monotonic()
        pump_at = [started + PROGRESS_AFTER_S]

        def progress(done: int, total: int) -> None:
            """A school's report takes seconds: show how far it is, keep the window usable."""
            now = time.monotonic()
            if now < pump_at[0]:
                return
            pump_at[0] = now + PROGRESS_EVERY_S
            if self.progress_row.isHidden():
                self.stop_button.hide()
                self.progress.setRange(0, total)
                self.progress_row.show()
            self.progress.setValue(done)
            self.progress_label.setText(
                self.tr("Saving the PDF: %1%").replace("%1", str(done * 100 // total))
            )
            QCoreApplication.processEvents()

        self._set_reading(True)
        try:
            printing.report_pdf(report, path, printing.default_page_size(), progress)
        except OSError as exc:
            self._write_failed(path, exc)
            return None
        finally:
            self._set_reading(False)
            self.stop_button.show()
        self.last_folder = path.parent
        self.report_message.show_text(
            self.tr("The report was saved as a PDF in:\n%1").replace("%1", str(path))
        )
        return path

    def print_report(self) -> bool:
        """Print the report on a printer the teacher chooses."""
        report = self._need_report()
        if report is None:
            return False
        printed = printing.print_document(
            lambda printer: printing.paint_report(printer, report), self
        )
        if printed:
            self.report_message.show_text(self.tr("The report was sent to the printer."))
        return printed

    def certificate_for_selected(self, path: Path | None = None) -> Path | None:
        """A PDF certificate for the selected learner's passed modules of the assignment."""
        report = self._need_report()
        learner_id = self.selected_learner()
        if report is None:
            return None
        if learner_id is None:
            self.report_message.show_text(
                self.tr("Select a learner in the table first."), error=True
            )
            return None
        rows = report.rows_for(learner_id)
        name = rows[0].learner if rows else ""
        passed = [r for r in rows if r.passed]
        if not passed:
            self.report_message.show_text(
                self.tr(
                    "%1 has not passed any module of this assignment yet, so there is no "
                    "certificate to make."
                ).replace("%1", name),
                error=True,
            )
            return None
        titles = [r.module_title for r in passed]
        if len(passed) == len(rows):
            what = (
                self.tr("%1 (%2)")
                .replace("%1", report.assignment.title)
                .replace("%2", ", ".join(titles))
            )
        else:
            what = ", ".join(titles)
        score = passed[0].best if len(passed) == 1 else None
        path = self._save_path(
            path,
            self.tr("Save the certificate"),
            safe_file_stem(self.tr("Certificate %1").replace("%1", name), "certificate") + ".pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return None
        try:
            printing.certificate_pdf(
                path,
                learner=name,
                what=what,
                date=self.today(),
                score=score,
                page_size=printing.default_page_size(),
            )
        except OSError as exc:
            self._write_failed(path, exc)
            return None
        self.last_folder = path.parent
        self.report_message.show_text(
            self.tr("The certificate for %1 was saved in:\n%2")
            .replace("%1", name)
            .replace("%2", str(path))
        )
        return path
