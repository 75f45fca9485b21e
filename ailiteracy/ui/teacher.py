"""Teacher mode: the teacher PIN, making assignments, the class report and own content.

``core.pins.TeacherPin`` keeps the teacher PIN (from the administrator's policy,
or set in the app the first time) and refuses PINs for a while after wrong ones.
:func:`ask_teacher_pin` shows :class:`SetPinDialog` or :class:`EnterPinDialog`.

:class:`TeacherView` has three tabs:

* **Assignments**: pick modules, single lessons or quizzes, a due date and a pass
  mark, and save an ``.ailiteracy-assignment`` file for the learners.
* **Class report**: open the assignment and the learners' ``.ailiteracy-results``
  files; see a table of learners and modules, the most missed questions and who may
  need help; export CSV or PDF, print, and make certificates.
* **Own content**: extra content folders, the problems found in the content, and
  importing Moodle GIFT questions as a new module.

Every action that would ask for a file has a method that takes the path, so it can
be used without a dialog (tests do).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QRegularExpression,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.assignments import (
    ASSIGNMENT_SUFFIX,
    Assignment,
    AssignmentItem,
    assignment_filename,
    dump_assignment,
    new_assignment,
    read_assignment_file,
    safe_file_stem,
)
from ..core.content import ID_RE, Problem, display_path
from ..core.exchange import FileFormatError
from ..core.gift import parse_gift, read_gift_file, write_module
from ..core.pins import PIN_MAX_LENGTH, TeacherPin, valid_pin
from ..core.report import (
    ClassReport,
    HelpReason,
    ReportRow,
    RowStatus,
    build_report,
    gradebook_csv,
    report_csv,
)
from ..core.results import RESULTS_SUFFIX, Rejected, ResultsFile, load_one
from ..core.session import Session
from ..core.storage import atomic_write_bytes
from . import printing, theme
from .a11y import SpokenLabel
from .errors import Reader, file_problem_text
from .layouts import FlowLayout, fit_height
from .plaintext import message_box, plain, plain_tip

translate = QCoreApplication.translate

CONTENT_LOCALES = ("en", "zh-CN")
GIFT_LOCALE = "en"  # imported modules are written as English content
CONTENT_FOLDERS_SETTING = "content_folders"

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_MODULE = Qt.ItemDataRole.UserRole + 1
ROLE_LESSON = Qt.ItemDataRole.UserRole + 2
ROLE_LEARNER = Qt.ItemDataRole.UserRole + 3
TABLE_MEASURED_ROWS = 300  # larger tables are not measured row by row
PROGRESS_AFTER_S = 0.5  # reading result files longer than this shows a progress bar
PROGRESS_EVERY_S = 0.05  # and updates it (and handles clicks) this often
ROLE_POLICY = Qt.ItemDataRole.UserRole + 4
ROLE_PATH = Qt.ItemDataRole.UserRole + 5

Confirm = Callable[[str, str], bool]
AskText = Callable[[str, str, str], str | None]


# --------------------------------------------------------------------------- small helpers


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def make_button(text: str, description: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)  # its name is its text; the description adds to it
    button.setAccessibleDescription(description)
    button.setAutoDefault(True)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class MessageLabel(SpokenLabel):
    """A line of feedback under a form; screen readers speak it when it changes."""

    def __init__(self, description: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names from files
        self.setWordWrap(True)
        self.setObjectName("feedback")
        self.setAccessibleDescription(description)  # the name is the message itself
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.hide()

    def show_text(self, text: str, *, error: bool = False) -> None:
        colour = theme.current().bad if error else theme.current().text
        self.setStyleSheet(f"color: {colour};")
        self.setText(text)
        self.setVisible(bool(text))
        fit_height(self)  # a longer message must not be cut off


def _pin_field(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_LENGTH)
    pattern = QRegularExpression(rf"\d{{0,{PIN_MAX_LENGTH}}}")  # digits only
    edit.setValidator(QRegularExpressionValidator(pattern, edit))
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setAccessibleName(accessible_name)
    return edit


def default_confirm(parent: QWidget) -> Confirm:
    def confirm(title: str, text: str) -> bool:
        box = message_box(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    return confirm


def default_ask_text(parent: QWidget) -> AskText:
    def ask(title: str, label: str, value: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
        return text if ok else None

    return ask


def percent_text(value: int | float | None) -> str:
    if value is None:
        return "\u2014"
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    return translate("TeacherView", "%1%").replace("%1", shown)


def date_text(day: _dt.date) -> str:
    """A date as YYYY-MM-DD: the same in every language, as in the due date field."""
    return day.isoformat()


# --------------------------------------------------------------------------- the teacher PIN


class _PinDialog(QDialog):
    """A PIN dialog wide enough to read and tall enough for all of its text."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        chars = self.fontMetrics().averageCharWidth() * 48
        screen = self.screen()
        limit = screen.availableGeometry().width() - 40 if screen is not None else chars
        self.setMinimumWidth(min(chars, limit))
        super().showEvent(event)
        fit_height(self)


class SetPinDialog(_PinDialog):
    """Choose the teacher PIN the first time teacher mode is opened.

    ``try_accept()`` checks the two fields, saves the PIN and accepts the dialog; it
    returns False and explains the problem in ``message`` otherwise.
    """

    def __init__(self, lock: TeacherPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setWindowTitle(self.tr("Choose a teacher PIN"))
        self.setAccessibleName(self.tr("Choose a teacher PIN"))
        intro = QLabel(
            self.tr(
                "Teacher mode is protected by a PIN so that learners cannot open it. "
                "Choose a PIN of %1 to 12 digits and type it twice. Keep it to yourself: "
                "if you forget it, the person who looks after this computer can reset it."
            ).replace("%1", str(lock.min_length))
        )
        intro.setWordWrap(True)
        self.pin_edit = _pin_field(self.tr("New teacher PIN"))
        self.repeat_edit = _pin_field(self.tr("The same PIN again"))
        form = QFormLayout()
        form.addRow(self.tr("New &PIN:"), self.pin_edit)
        form.addRow(self.tr("The same PIN &again:"), self.repeat_edit)
        self.message = MessageLabel(self.tr("PIN message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the PIN"))
        ok.setAccessibleName(self.tr("Save the PIN"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.pin_edit.setFocus()

    def try_accept(self) -> bool:
        pin, again = self.pin_edit.text(), self.repeat_edit.text()
        if not valid_pin(pin, self.lock.min_length):
            self.message.show_text(
                self.tr("A PIN is %1 to 12 digits (0 to 9). Please choose another one.").replace(
                    "%1", str(self.lock.min_length)
                ),
                error=True,
            )
            self.pin_edit.setFocus()
            return False
        if pin != again:
            self.repeat_edit.clear()
            self.message.show_text(
                self.tr("The two PINs are not the same. Please type the PIN again."), error=True
            )
            self.repeat_edit.setFocus()
            return False
        try:
            self.lock.set_pin(pin)
        except OSError as exc:
            self.message.show_text(
                self.tr("The PIN could not be saved (%1).").replace("%1", exc.strerror or str(exc)),
                error=True,
            )
            return False
        self.accept()
        return True


class EnterPinDialog(_PinDialog):
    """Type the teacher PIN to open teacher mode.

    ``try_accept()`` checks the PIN and accepts the dialog; it returns False and says
    why in ``message`` otherwise (wrong PIN, or wait after too many wrong ones).
    """

    def __init__(self, lock: TeacherPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setWindowTitle(self.tr("Teacher mode"))
        self.setAccessibleName(self.tr("Teacher PIN"))
        text = self.tr("Type the teacher PIN to open teacher mode.")
        if lock.fixed:
            text += " " + self.tr("On this computer the PIN is set by the administrator.")
        intro = plain(QLabel(text))
        intro.setWordWrap(True)
        self.pin_edit = _pin_field(self.tr("Teacher PIN"))
        form = QFormLayout()
        form.addRow(self.tr("Teacher &PIN:"), self.pin_edit)
        self.message = MessageLabel(self.tr("PIN message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open teacher mode"))
        ok.setAccessibleName(self.tr("Open teacher mode"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_wait)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.pin_edit.setFocus()
        if lock.damaged:
            self.message.show_text(self.damaged_text(), error=True)
        elif lock.wait_seconds():
            self.update_wait()

    def damaged_text(self) -> str:
        return self.tr(
            "The file that keeps the teacher PIN on this computer is damaged, so teacher "
            "mode stays locked. Ask the administrator to set the teacher PIN in the policy "
            "file, or to remove the damaged file:\n%1"
        ).replace("%1", str(self.lock.path))

    def _wait_text(self, seconds: int, *, wrong: bool) -> str:
        if wrong:
            text = self.tr(
                "That PIN is not right. After three wrong PINs, teacher mode is locked for a "
                "short while. Please try again in %1 seconds."
            )
        else:
            text = self.tr("Too many wrong PINs. Please try again in %1 seconds.")
        return text.replace("%1", str(seconds))

    def update_wait(self, *, wrong: bool = False) -> None:
        """Show how long is left before the PIN may be tried again."""
        wait = self.lock.wait_seconds()
        if wait <= 0:
            self.timer.stop()
            self.message.show_text(self.tr("You can type the PIN again now."))
            return
        self.message.show_text(self._wait_text(wait, wrong=wrong), error=True)
        if not self.timer.isActive():
            self.timer.start()

    def try_accept(self) -> bool:
        if self.lock.wait_seconds() > 0:
            self.pin_edit.clear()
            self.update_wait()
            return False
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        if not pin:
            self.message.show_text(self.tr("Please type the PIN first."), error=True)
            self.pin_edit.setFocus()
            return False
        if self.lock.check(pin):
            self.timer.stop()
            self.accept()
            return True
        if self.lock.wait_seconds() > 0:
            self.update_wait(wrong=True)
        else:
            self.message.show_text(self.tr("That PIN is not right. Please try again."), error=True)
        self.pin_edit.setFocus()
        return False

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)


def ask_teacher_pin(
    parent: QWidget | None,
    lock: TeacherPin,
    *,
    run: Callable[[QDialog], object] | None = None,
) -> bool:
    """Ask for the teacher PIN (or for a new one, the first time).

    Returns True when teacher mode may open. ``run`` shows the dialog (default:
    ``dialog.exec()``); tests pass a function that fills it in and calls ``try_accept``.
    """
    dialog: QDialog = EnterPinDialog(lock, parent) if lock.is_set() else SetPinDialog(lock, parent)
    try:
        (run or (lambda d: d.exec()))(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


# --------------------------------------------------------------------------- plain-language texts


def problem_text(problem: Problem, root: Path | None = None) -> str:
    """A content problem as "file, line N: what is wrong" (the file relative to ``root``)."""
    where = display_path(problem.path)
    if root is not None:
        try:
            where = problem.path.relative_to(root).as_posix()
        except ValueError:
            pass
    if problem.line > 0:
        return (
            translate("TeacherView", "%1, line %2: %3")
            .replace("%1", where)
            .replace("%2", str(problem.line))
            .replace("%3", problem.message)
        )
    return translate("TeacherView", "%1: %2").replace("%1", where).replace("%2", problem.message)


def problems_report(problems: Iterable[Problem], roots: Iterable[Path]) -> str:
    """Content problems grouped by the content folder they are in, one per line."""
    roots = list(roots)
    groups: dict[Path | None, list[str]] = {}
    for problem in problems:
        root = next((r for r in roots if problem.path.is_relative_to(r)), None)
        groups.setdefault(root, []).append(problem_text(problem, root))
    parts = []
    for root, lines in groups.items():
        if root is not None:
            heading = translate("TeacherView", "In %1:").replace("%1", str(root))
        else:
            heading = translate("TeacherView", "Elsewhere:")
        parts.append("\n".join([heading, *("  " + line for line in lines)]))
    return "\n\n".join(parts)


def help_text(reason: HelpReason, module_title: str, failed: int) -> str:
    if reason == HelpReason.REPEATED_FAILS:
        return (
            translate("TeacherView", 'failed the quiz of "%1" %2 times and has not passed it yet')
            .replace("%1", module_title)
            .replace("%2", str(failed))
        )
    return translate("TeacherView", "the due date has passed and nothing has been done")


def status_text(row: ReportRow) -> str:
    text = {
        RowStatus.PASSED: translate("TeacherView", "Passed"),
        RowStatus.NOT_PASSED: translate("TeacherView", "Not passed"),
        RowStatus.NOT_STARTED: translate("TeacherView", "Not started"),
    }[row.status]
    if row.overdue:
        text = translate("TeacherView", "%1, overdue").replace("%1", text)
    return text


def cell_text(row: ReportRow) -> str:
    """One table cell: best score and attempts, then the status."""
    if row.best is None and row.attempts == 0:
        first = "\u2014"
    else:
        first = (
            translate("TeacherView", "%1 (attempts: %2)")
            .replace("%1", percent_text(row.best))
            .replace("%2", str(row.attempts))
        )
    return f"{first}\n{status_text(row)}"


def content_root_for(folder: Path) -> Path:
    """The content root a chosen folder belongs to.

    A content root holds locale folders (``en``, ``zh-CN``) with one folder per module.
    When the teacher picks a locale folder or a module folder inside one, the root
    above it is meant.
    """
    folder = Path(folder)
    if (folder / "module.toml").is_file() and folder.parent.name in CONTENT_LOCALES:
        return folder.parent.parent
    if folder.name in CONTENT_LOCALES and not any((folder / x).is_dir() for x in CONTENT_LOCALES):
        return folder.parent
    return folder


def module_id_for(text: str) -> str:
    """A module id (lower-case letters, digits, hyphens) made from a title or file name."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40].strip("-")
    return slug if ID_RE.match(slug) else ""


# --------------------------------------------------------------------------- the teacher view


class TeacherView(QWidget):
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

    leave = Signal()
    catalog_changed = Signal()
    reading_progress = Signal(int, int)

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
        self.assignment_path: Path | None = None
        self.loaded: dict[Path, tuple[Path, ResultsFile]] = {}  # resolved path -> file
        self.rejected: dict[Path, Rejected] = {}
        self.report: ClassReport | None = None
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

    # ================================================================== assignments tab

    def _build_assignments_tab(self) -> QWidget:
        page = QWidget()
        self.class_edit = QLineEdit()
        self.class_edit.setAccessibleName(self.tr("Class name"))
        self.class_edit.setPlaceholderText(self.tr("for example 7B"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Assignment title"))
        self.title_edit.setPlaceholderText(self.tr("for example Week 3: Check what AI tells you"))
        self.message_edit = QPlainTextEdit()
        self.message_edit.setAccessibleName(self.tr("Message to the learners"))
        self.message_edit.setTabChangesFocus(True)
        self.message_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.pass_spin = QSpinBox()
        self.pass_spin.setRange(1, 100)
        self.pass_spin.setValue(70)
        self.pass_spin.setSuffix("%")
        self.pass_spin.setAccessibleName(self.tr("Pass mark in percent"))
        for spin in (self.due_edit, self.pass_spin):
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        form = QFormLayout()
        form.addRow(self.tr("&Class:"), self.class_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Message:"), self.message_edit)
        pass_label = QLabel(self.tr("&Pass mark:"))
        pass_label.setBuddy(self.pass_spin)
        when = QHBoxLayout()
        when.addWidget(self.due_edit)
        when.addSpacing(24)
        when.addWidget(pass_label)
        when.addWidget(self.pass_spin)
        when.addStretch(1)
        due_label = QLabel(self.tr("&Due date:"))
        due_label.setBuddy(self.due_edit)
        form.addRow(due_label, when)

        tree_label = QLabel(self.tr("&What to do (tick modules, lessons or quizzes):"))
        tree_label.setWordWrap(True)
        self.module_tree = QTreeWidget()
        self.module_tree.setHeaderHidden(True)
        self.module_tree.setAccessibleName(self.tr("Modules, lessons and quizzes to assign"))
        self.module_tree.setAccessibleDescription(
            self.tr("Press Space to tick or untick the selected line.")
        )
        tree_label.setBuddy(self.module_tree)
        hint = QLabel(
            self.tr(
                "Tick a module to assign all its lessons and its quiz. Open a module to tick "
                "single lessons or only its quiz."
            )
        )
        hint.setWordWrap(True)
        self.save_assignment_button = make_button(
            self.tr("&Save assignment file…"),
            self.tr("Save assignment file"),
            self.save_assignment,
        )
        self.new_assignment_button = make_button(
            self.tr("&New assignment"), self.tr("Start a new assignment"), self.clear_assignment
        )
        buttons = FlowLayout()  # wraps at large text sizes
        buttons.addWidget(self.save_assignment_button)
        buttons.addWidget(self.new_assignment_button)
        buttons.addStretch(1)
        self.assignment_message = MessageLabel(self.tr("Assignment message"))

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(tree_label)
        layout.addWidget(self.module_tree, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.assignment_message)
        self.clear_assignment()
        return page

    def fill_module_tree(self) -> None:
        """List the catalog's modules with their lessons and quiz, keeping the ticks."""
        ticked = {
            (
                item.data(0, ROLE_KIND),
                item.data(0, ROLE_MODULE),
                item.data(0, ROLE_LESSON),
            )
            for item in self._tree_items()
            if item.checkState(0) == Qt.CheckState.Checked
        }
        self.module_tree.clear()
        checkable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        checkable |= Qt.ItemFlag.ItemIsUserCheckable
        for module in self.session.catalog.modules:
            top = QTreeWidgetItem([module.title])
            top.setData(0, ROLE_KIND, "module")
            top.setData(0, ROLE_MODULE, module.id)
            top.setToolTip(0, plain_tip(module.summary))
            top.setFlags(checkable | Qt.ItemFlag.ItemIsAutoTristate)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            children = [("lesson", lesson.id, lesson.title) for lesson in module.lessons]
            if module.questions:
                quiz = self.tr("Quiz (%1 questions)").replace("%1", str(len(module.questions)))
                children.append(("quiz", "", quiz))
            for kind, lesson_id, text in children:
                child = QTreeWidgetItem([text])
                child.setData(0, ROLE_KIND, kind)
                child.setData(0, ROLE_MODULE, module.id)
                child.setData(0, ROLE_LESSON, lesson_id)
                child.setFlags(checkable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(child)
            self.module_tree.addTopLevelItem(top)
            for child in [top.child(i) for i in range(top.childCount())]:
                key = (child.data(0, ROLE_KIND), module.id, child.data(0, ROLE_LESSON))
                if key in ticked:
                    child.setCheckState(0, Qt.CheckState.Checked)
        if self.module_tree.topLevelItemCount():
            self.module_tree.setCurrentItem(self.module_tree.topLevelItem(0))

    def _tree_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.module_tree.topLevelItemCount()):
            top = self.module_tree.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def tick(self, module_id: str, part: str | None = None, checked: bool = True) -> None:
        """Tick a whole module (``part`` None), one lesson (its id) or its quiz ("quiz")."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.module_tree.topLevelItemCount()):
            top = self.module_tree.topLevelItem(i)
            if top.data(0, ROLE_MODULE) != module_id:
                continue
            if part is None:
                top.setCheckState(0, state)
                return
            for j in range(top.childCount()):
                child = top.child(j)
                kind = child.data(0, ROLE_KIND)
                if (part == "quiz" and kind == "quiz") or (
                    kind == "lesson" and child.data(0, ROLE_LESSON) == part
                ):
                    child.setCheckState(0, state)
                    return
        raise KeyError(f"{module_id}/{part}")

    def selected_items(self) -> list[AssignmentItem]:
        """What is ticked in the tree, as assignment items."""
        items = []
        for i in range(self.module_tree.topLevelItemCount()):
            top = self.module_tree.topLevelItem(i)
            lessons, quiz, total = [], False, 0
            for j in range(top.childCount()):
                child = top.child(j)
                checked = child.checkState(0) == Qt.CheckState.Checked
                if child.data(0, ROLE_KIND) == "quiz":
                    quiz = checked
                else:
                    total += 1
                    if checked:
                        lessons.append(child.data(0, ROLE_LESSON))
            if not lessons and not quiz:
                continue
            chosen = () if len(lessons) == total else tuple(lessons)
            items.append(
                AssignmentItem(top.data(0, ROLE_MODULE), chosen, quiz, quiz_only=not lessons)
            )
        return items

    def clear_assignment(self) -> None:
        """Empty the form for a new assignment."""
        self.class_edit.clear()
        self.title_edit.clear()
        self.message_edit.clear()
        due = self.today() + _dt.timedelta(days=7)
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self.pass_spin.setValue(70)
        for i in range(self.module_tree.topLevelItemCount()):
            self.module_tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
        self.saved_assignment = None
        self.assignment_message.show_text("")

    def _form_assignment(self) -> Assignment | None:
        title = self.title_edit.text().strip()
        if not title:
            self.assignment_message.show_text(
                self.tr("Please give the assignment a title first."), error=True
            )
            self.title_edit.setFocus()
            return None
        items = self.selected_items()
        if not items:
            self.assignment_message.show_text(
                self.tr("Please tick at least one module, lesson or quiz."), error=True
            )
            self.module_tree.setFocus()
            return None
        due = self.due_edit.date()
        try:
            made = new_assignment(
                class_name=self.class_edit.text(),
                title=title,
                due=_dt.date(due.year(), due.month(), due.day()),
                pass_mark=self.pass_spin.value(),
                items=items,
                message=self.message_edit.toPlainText(),
            )
        except ValueError as exc:
            self.assignment_message.show_text(
                self.tr("The assignment could not be made: %1").replace("%1", str(exc)),
                error=True,
            )
            return None
        previous = self.saved_assignment
        if (
            previous is not None
            and dataclasses.replace(made, id=previous.id, created=previous.created) == previous
        ):
            # Saving the same assignment again (say, to a second USB stick) keeps its id,
            # so a learner who opens both copies gets it once.
            return previous
        return made

    def save_assignment(self, path: Path | None = None) -> Path | None:
        """Save the assignment in the form; without ``path`` the teacher chooses a file.

        Returns the file written, or None (the reason is shown under the form).
        """
        made = self._form_assignment()
        if made is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the assignment file"),
                str(self.last_folder / assignment_filename(made)),
                self.tr("ailiteracy assignment (*%1)").replace("%1", ASSIGNMENT_SUFFIX),
            )
            if not chosen:
                return None
            path = Path(chosen)
        path = Path(path)
        if not path.name.endswith(ASSIGNMENT_SUFFIX):
            path = path.with_name(path.name + ASSIGNMENT_SUFFIX)
        try:
            atomic_write_bytes(path, dump_assignment(made))
        except OSError as exc:
            self.assignment_message.show_text(
                self.tr(
                    "The assignment could not be saved in %1 (%2). Check that the folder or "
                    "USB stick is there and not full, then try again."
                )
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
                error=True,
            )
            return None
        self.saved_assignment = made
        self.last_folder = path.parent
        self.assignment_message.show_text(
            self.tr(
                "The assignment was saved in:\n%1\n\nGive this file to your learners (USB "
                "stick, shared folder or e-mail). They open it with File > Open assignment…, "
                "and later hand you back a results file."
            ).replace("%1", str(path))
        )
        if self.assignment is None:
            self.set_assignment(made, path)
        return path

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

    def set_assignment(self, assignment: Assignment, path: Path | None = None) -> None:
        self.assignment = assignment
        self.assignment_path = path
        self.rebuild_report()

    def open_assignment(self, path: Path | None = None) -> bool:
        """Choose the assignment the report is for; without ``path`` the teacher picks it."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Open the assignment file"),
                str(self.last_folder),
                self.tr("ailiteracy assignment (*%1);;All files (*)").replace(
                    "%1", ASSIGNMENT_SUFFIX
                ),
            )
            if not chosen:
                return False
            path = Path(chosen)
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
        self.set_assignment(assignment, path)
        self.report_message.show_text("")
        return True

    @staticmethod
    def _expand(paths: Iterable[Path]) -> list[Path]:
        out = []
        for path in paths:
            path = Path(path)
            if path.is_dir():
                out += sorted(
                    (p for p in path.iterdir() if p.name.endswith(RESULTS_SUFFIX) and p.is_file()),
                    key=lambda p: p.name.casefold(),
                )
            else:
                out.append(path)
        return out

    def open_results(self, paths: list[Path] | None = None) -> int:
        """Add learners' results files (a folder stands for every results file in it).

        Without ``paths`` the teacher picks files. Returns how many files could be used;
        the others are listed under "Files that were not used" with the reason. Opening
        a file again replaces what was read from it before.
        """
        if paths is None:
            chosen, _filter = QFileDialog.getOpenFileNames(
                self,
                self.tr("Open learners' result files"),
                str(self.last_folder),
                self.tr("ailiteracy results (*%1);;All files (*)").replace("%1", RESULTS_SUFFIX),
            )
            if not chosen:
                return 0
            paths = [Path(c) for c in chosen]
        if self.reading:
            return 0  # one batch at a time
        folders = [Path(p) for p in paths if Path(p).is_dir()]
        self._set_reading(True)
        try:
            used = self._read_results(self._expand(paths))
            if paths:
                self.last_folder = folders[0] if folders else Path(paths[0]).parent
            if self.assignment is None:
                self._find_assignment(folders or {Path(p).parent for p in paths})
            if not self.progress_row.isHidden():
                self.progress_label.setText(self.tr("Making the report…"))
                QCoreApplication.processEvents()
            self.rebuild_report()
        finally:
            self._set_reading(False)
        if self._stop_reading:
            self.report_message.show_text(
                self.tr(
                    "Stopped: %1 result files were read. Open the folder again to read the rest."
                ).replace("%1", str(used))
            )
        return used

    def _read_results(self, paths: list[Path]) -> int:
        """Read ``paths``, each only once per batch; returns how many could be used.

        A school's folder takes seconds: after the first half second the window shows
        how far it is, stays usable, and offers Stop (what was read is kept).
        """
        used = 0
        started = time.monotonic()
        pump_at = started + PROGRESS_AFTER_S
        for n, path in enumerate(paths):
            if self._stop_reading:
                break
            key = path.resolve()
            self.loaded.pop(key, None)
            self.rejected.pop(key, None)
            found = load_one(path)
            if isinstance(found, Rejected):
                self.rejected[key] = found
            else:
                self.loaded[key] = (path, found)
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
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Open a folder of result files"), str(self.last_folder)
            )
            if not chosen:
                return 0
            folder = Path(chosen)
        return self.open_results([Path(folder)])

    def _find_assignment(self, folders: Iterable[Path]) -> None:
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
                    self.assignment, self.assignment_path = found, path
                    return

    def clear_results(self) -> None:
        self.loaded.clear()
        self.rejected.clear()
        self.rebuild_report()

    # ------------------------------------------------------------------ showing the report

    def rebuild_report(self) -> None:
        """Build the report again from the assignment and the opened files."""
        files = [r for _p, r in self.loaded.values()]
        self.report = (
            build_report(self.assignment, files, self.session.catalog, self.today())
            if self.assignment is not None
            else None
        )
        self._show_assignment_facts(len(files))
        self._fill_table()
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
            if report is None:
                table.setRowCount(0)
                table.setColumnCount(1)
                table.setHorizontalHeaderLabels([self.tr("Learner")])
                return
            modules = report.modules
            columns = {m.module: n for n, m in enumerate(modules, start=1)}
            table.setColumnCount(1 + len(modules))
            table.setHorizontalHeaderLabels([self.tr("Learner"), *[m.title for m in modules]])
            table.setRowCount(len(report.learners))
            rows = {}
            saved_on = self.tr("Results saved on %1")
            for row, learner in enumerate(report.learners):
                name = QTableWidgetItem(learner.shown)
                name.setData(ROLE_LEARNER, learner.id)
                name.setToolTip(
                    saved_on.replace("%1", date_text(learner.exported_at.astimezone().date()))
                )
                table.setItem(row, 0, name)
                rows[learner.id] = row
            bad = QBrush(QColor(theme.current().bad))
            bold = QFont(table.font())
            bold.setBold(True)
            overdue = self.tr("Overdue: the due date has passed.")
            for result in report.rows:
                item = QTableWidgetItem(cell_text(result))
                if result.overdue:
                    item.setFont(bold)
                    item.setForeground(bad)
                    item.setToolTip(overdue)
                table.setItem(rows[result.learner_id], columns[result.module], item)
            header = table.horizontalHeader()
            header.setResizeContentsPrecision(TABLE_MEASURED_ROWS)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            if table.rowCount() <= TABLE_MEASURED_ROWS:
                table.resizeRowsToContents()  # a whole school's rows keep the usual height
        finally:
            table.setUpdatesEnabled(True)

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
            chosen, _filter = QFileDialog.getSaveFileName(
                self, title, str(self.last_folder / name), pattern
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != "." + suffix:
                path = path.with_name(path.name + "." + suffix)
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

    # ================================================================== own content tab

    def _build_content_tab(self) -> QWidget:
        page = QWidget()
        folders_label = QLabel(self.tr("&Content folders with your own modules:"))
        folders_label.setWordWrap(True)
        self.folder_list = QListWidget()
        self.folder_list.setAccessibleName(self.tr("Extra content folders"))
        folders_label.setBuddy(self.folder_list)
        self.add_folder_button = make_button(
            self.tr("&Add folder…"), self.tr("Add a content folder"), self.add_content_folder
        )
        self.remove_folder_button = make_button(
            self.tr("&Remove folder"),
            self.tr("Remove the selected content folder"),
            self.remove_content_folder,
        )
        self.folder_list.currentItemChanged.connect(lambda *_: self._update_folder_buttons())
        folder_buttons = FlowLayout()  # wraps at large text sizes
        folder_buttons.addWidget(self.add_folder_button)
        folder_buttons.addWidget(self.remove_folder_button)
        folder_buttons.addStretch(1)
        folder_hint = QLabel(
            self.tr(
                "A content folder holds a folder 'en' (and 'zh-CN' for Chinese) with one "
                "folder per module. Removing a folder here does not delete any file."
            )
        )
        folder_hint.setWordWrap(True)

        problems_label = QLabel(self.tr("&Problems found in the content:"))
        problems_label.setWordWrap(True)
        self.problems_text = QPlainTextEdit()
        self.problems_text.setReadOnly(True)
        self.problems_text.setAccessibleName(self.tr("Problems found in the content"))
        self.problems_text.setTabChangesFocus(True)
        problems_label.setBuddy(self.problems_text)
        self.recheck_button = make_button(
            self.tr("Chec&k the content again"),
            self.tr("Load the content again and list its problems"),
            self.reload_content,
        )

        self.import_gift_button = make_button(
            self.tr("&Import Moodle GIFT questions…"),
            self.tr("Import questions from a Moodle GIFT file"),
            self.import_gift_dialog,
        )
        self.gift_text = QPlainTextEdit()
        self.gift_text.setReadOnly(True)
        self.gift_text.setTabChangesFocus(True)
        self.gift_text.setAccessibleName(self.tr("Result of the GIFT import"))
        self.gift_text.setPlaceholderText(
            self.tr("What was imported, and every question that was skipped, appears here.")
        )
        self.content_message = MessageLabel(self.tr("Content message"))

        left = QVBoxLayout()
        left.addWidget(folders_label)
        left.addWidget(self.folder_list, 1)
        left.addLayout(folder_buttons)
        left.addWidget(folder_hint)
        gift_row = QHBoxLayout()
        gift_row.addWidget(self.import_gift_button)
        gift_row.addStretch(1)
        left.addLayout(gift_row)
        left.addWidget(self.gift_text, 1)
        right = QVBoxLayout()
        right.addWidget(problems_label)
        right.addWidget(self.problems_text, 1)
        recheck_row = QHBoxLayout()
        recheck_row.addWidget(self.recheck_button)
        recheck_row.addStretch(1)
        right.addLayout(recheck_row)
        columns = QHBoxLayout() if theme.scale() < 175 else QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(columns, 1)
        layout.addWidget(self.content_message)
        return page

    def stored_folders(self) -> list[str]:
        value = self.session.store.get_setting(CONTENT_FOLDERS_SETTING, [])
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def refresh_content(self) -> None:
        """Show the content folders and the catalog's problems again."""
        current = self.folder_list.currentItem()
        keep = current.data(ROLE_PATH) if current else None
        self.folder_list.clear()
        for folder in self.session.policy.content_folders:
            item = QListWidgetItem(
                self.tr("%1 (set by the administrator)").replace("%1", str(folder))
            )
            item.setData(ROLE_PATH, str(folder))
            item.setData(ROLE_POLICY, True)
            item.setForeground(QBrush(QColor(theme.current().table_border)))
            self.folder_list.addItem(item)
        for folder in self.stored_folders():
            item = QListWidgetItem(folder)
            item.setData(ROLE_PATH, folder)
            item.setData(ROLE_POLICY, False)
            self.folder_list.addItem(item)
            if folder == keep:
                self.folder_list.setCurrentItem(item)
        problems = self.session.catalog.problems
        if problems:
            intro = self.tr(
                "These files have problems. A module with a problem is not shown until it "
                "is fixed; every other module works. Each line gives the file, the line "
                "and what is wrong."
            )
            self.problems_text.setPlainText(
                intro + "\n\n" + problems_report(problems, self.session.content_roots)
            )
        else:
            self.problems_text.setPlainText(self.tr("No problems found in the content."))
        self._update_folder_buttons()

    def _update_folder_buttons(self) -> None:
        item = self.folder_list.currentItem()
        self.remove_folder_button.setEnabled(item is not None and not item.data(ROLE_POLICY))

    def _save_folders(self, folders: list[str]) -> None:
        """Keep the folder list, reload the content and tell the main window."""
        old = {Path(f) for f in self.stored_folders()}
        self.session.store.set_setting(CONTENT_FOLDERS_SETTING, folders)
        kept = [p for p in self.session.extra_content if Path(p) not in old]
        self.session.extra_content = [*kept, *(Path(f) for f in folders)]
        self.session.reload_catalog()
        self.fill_module_tree()
        self.refresh_content()
        self.rebuild_report()
        self.catalog_changed.emit()

    def reload_content(self) -> None:
        """Load the content again (after editing a module) and show what is wrong."""
        self._save_folders(self.stored_folders())
        count = len(self.session.catalog.problems)
        self.content_message.show_text(
            self.tr("The content was loaded again. Problems found: %1.").replace("%1", str(count))
            if count
            else self.tr("The content was loaded again: no problems found.")
        )

    def add_content_folder(self, path: Path | None = None) -> bool:
        """Add a content folder; without ``path`` the teacher chooses one."""
        if path is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a content folder"), str(self.last_folder)
            )
            if not chosen:
                return False
            path = Path(chosen)
        root = content_root_for(Path(path))
        folders = self.stored_folders()
        known = {Path(f) for f in folders} | set(self.session.policy.content_folders)
        if root in known:
            self.content_message.show_text(
                self.tr("%1 is already in the list.").replace("%1", str(root))
            )
            return False
        self._save_folders([*folders, str(root)])
        text = self.tr("Added %1.").replace("%1", str(root))
        if root != Path(path):
            text += " " + self.tr(
                "(You chose a folder inside it; the app needs the folder that holds 'en'.)"
            )
        if not any((root / locale).is_dir() for locale in CONTENT_LOCALES):
            text += " " + self.tr(
                "There are no modules in it yet: put each module in a folder inside "
                "%1, or import GIFT questions into it."
            ).replace("%1", str(root / GIFT_LOCALE))
        self.content_message.show_text(text)
        return True

    def remove_content_folder(self, path: Path | None = None) -> bool:
        """Take a content folder out of the list (the selected one without ``path``)."""
        if path is None:
            item = self.folder_list.currentItem()
            if item is None:
                return False
            if item.data(ROLE_POLICY):
                self.content_message.show_text(
                    self.tr("This folder is set by the administrator and stays in the list."),
                    error=True,
                )
                return False
            path = Path(item.data(ROLE_PATH))
        folders = self.stored_folders()
        left = [f for f in folders if Path(f) != Path(path)]
        if len(left) == len(folders):
            return False
        self._save_folders(left)
        self.content_message.show_text(
            self.tr("Removed %1 from the list. No file was deleted.").replace("%1", str(path))
        )
        return True

    # ------------------------------------------------------------------ GIFT import

    def import_gift_dialog(self) -> Path | None:
        """Ask for a GIFT file, a folder for own content and a module title, then import."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Moodle GIFT file"),
            str(self.last_folder),
            self.tr("GIFT questions (*.gift *.txt);;All files (*)"),
        )
        if not chosen:
            return None
        gift_path = Path(chosen)
        stored = self.stored_folders()
        start = stored[-1] if stored else str(gift_path.parent)
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for your own content"), start
        )
        if not folder:
            return None
        suggested = gift_path.stem.replace("_", " ").replace("-", " ").strip()
        title = self.ask_text(
            self.tr("Module title"),
            self.tr("Title of the new module:"),
            suggested[:1].upper() + suggested[1:],
        )
        if title is None:
            return None
        return self.import_gift(gift_path, Path(folder), title)

    def _free_module_id(self, root: Path, title: str, fallback: str) -> str:
        base = module_id_for(title) or module_id_for(fallback) or "imported-questions"
        taken = {m.id for m in self.session.catalog.modules}
        taken |= {m.id for m in self.session.catalog.invalid_modules}
        candidate, n = base, 2
        while candidate in taken or (root / GIFT_LOCALE / candidate).exists():
            candidate = f"{base}-{n}"
            n += 1
        return candidate

    def import_gift(self, gift_path: Path, out_dir: Path, title: str) -> Path | None:
        """Import a GIFT file as a new module of the content root ``out_dir``.

        The module is written to ``<root>/en/<module-id>/``, the id made from the title
        (never one that is already in use). The outcome, with every skipped question and
        its line, is shown in the import panel. When the root is not a content folder
        yet, the teacher is asked whether to add it. Returns the module folder, or None.
        """
        gift_path, root = Path(gift_path), content_root_for(Path(out_dir))
        title = title.strip() or gift_path.stem
        try:
            text = read_gift_file(gift_path)
        except OSError as exc:
            self._gift_failed(
                self.tr("%1 could not be read (%2).")
                .replace("%1", gift_path.name)
                .replace("%2", exc.strerror or str(exc))
            )
            return None
        except UnicodeDecodeError:
            self._gift_failed(
                self.tr(
                    "%1 is not UTF-8 text, so it is not a GIFT file from Moodle. In Moodle, "
                    "export the questions again in GIFT format."
                ).replace("%1", gift_path.name)
            )
            return None
        result = parse_gift(text, self.session.language)
        problems = [
            self.tr("Line %1: %2").replace("%1", str(p.line)).replace("%2", p.message)
            for p in result.problems
        ]
        if not result.questions:
            self._gift_failed(
                self.tr("No question in %1 could be imported, so nothing was written.").replace(
                    "%1", gift_path.name
                ),
                problems,
            )
            return None
        module_id = self._free_module_id(root, title, gift_path.stem)
        target = root / GIFT_LOCALE / module_id
        try:
            write_module(result, target, title=title, language=self.session.language)
        except (OSError, ValueError) as exc:
            self._gift_failed(
                self.tr("The module could not be written in %1 (%2).")
                .replace("%1", str(target))
                .replace("%2", str(exc)),
                problems,
            )
            return None
        lines = [
            self.tr('Questions imported: %1, into the new module "%2" (id %3) in:')
            .replace("%1", str(len(result.questions)))
            .replace("%2", title)
            .replace("%3", module_id),
            str(target),
        ]
        if problems:
            lines += [
                "",
                self.tr("Questions skipped: %1; imported with a change: %2.")
                .replace("%1", str(result.skipped))
                .replace("%2", str(result.changed)),
            ]
            lines += problems
        else:
            lines += ["", self.tr("Every question was imported without a change.")]
        self.gift_text.setPlainText("\n".join(lines))

        known = {Path(f) for f in self.stored_folders()} | set(self.session.policy.content_folders)
        if root in known:
            self._save_folders(self.stored_folders())  # reload: the module appears now
            self.content_message.show_text(
                self.tr('The module "%1" is now in the module list.').replace("%1", title)
            )
        elif self.confirm(
            self.tr("Add the content folder?"),
            self.tr(
                "Add %1 as a content folder, so that the new module appears in the app?"
            ).replace("%1", str(root)),
        ):
            self.add_content_folder(root)
        else:
            self.content_message.show_text(
                self.tr(
                    "The module was written, but %1 is not a content folder, so the module "
                    "does not appear in the app. Add the folder when you are ready."
                ).replace("%1", str(root))
            )
        return target

    def _gift_failed(self, text: str, problems: list[str] | None = None) -> None:
        lines = [text]
        if problems:
            lines += ["", *problems]
        self.gift_text.setPlainText("\n".join(lines))
        self.content_message.show_text(text, error=True)

    # ================================================================== catalog changes

    def on_catalog_changed(self) -> None:
        """Call after the main window reloaded the catalog (a language switch, settings)."""
        self.fill_module_tree()
        self.refresh_content()
        self.rebuild_report()
