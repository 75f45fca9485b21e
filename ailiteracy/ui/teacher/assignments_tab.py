"""The Assignments tab: pick modules, lessons or quizzes, a due date and a pass mark,
and save the assignment file for the learners."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    Qt,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.assignments import (
    ASSIGNMENT_SUFFIX,
    Assignment,
    AssignmentItem,
    assignment_filename,
    dump_assignment,
    new_assignment,
)
from ...core.storage import atomic_write_bytes
from ..filechoice import choose_save_path, with_suffix
from ..layouts import FlowLayout
from ..plaintext import plain_tip
from .base import TeacherBase
from .common import (
    ROLE_KIND,
    ROLE_LESSON,
    ROLE_MODULE,
    MessageLabel,
    make_button,
)


def _tops(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]


class AssignmentsTab(TeacherBase):
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
            for child in _children(top):
                key = (child.data(0, ROLE_KIND), module.id, child.data(0, ROLE_LESSON))
                if key in ticked:
                    child.setCheckState(0, Qt.CheckState.Checked)
        first = self.module_tree.topLevelItem(0)
        if first is not None:
            self.module_tree.setCurrentItem(first)

    def _tree_items(self) -> list[QTreeWidgetItem]:
        return [child for top in _tops(self.module_tree) for child in _children(top)]

    def tick(self, module_id: str, part: str | None = None, checked: bool = True) -> None:
        """Tick a whole module (``part`` None), one lesson (its id) or its quiz ("quiz")."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for top in _tops(self.module_tree):
            if top.data(0, ROLE_MODULE) != module_id:
                continue
            if part is None:
                top.setCheckState(0, state)
                return
            for child in _children(top):
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
        for top in _tops(self.module_tree):
            lessons, quiz, total = [], False, 0
            for child in _children(top):
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
        for top in _tops(self.module_tree):
            top.setCheckState(0, Qt.CheckState.Unchecked)
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
            path = choose_save_path(
                self,
                self.tr("Save the assignment file"),
                self.last_folder / assignment_filename(made),
                self.tr("ailiteracy assignment (*%1)").replace("%1", ASSIGNMENT_SUFFIX),
                ASSIGNMENT_SUFFIX,
            )
            if path is None:
                return None
        path = with_suffix(Path(path), ASSIGNMENT_SUFFIX)
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
            self.set_assignment(made)
        return path
