"""The navigation tree on the left: modules, their lessons, practice tasks and quiz."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from ...core.store import utcnow
from ..plaintext import plain_tip
from .base import WindowBase

if TYPE_CHECKING:
    from ...core.content import Module
    from ...core.store import LessonState, ModuleSummary

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_MODULE = Qt.ItemDataRole.UserRole + 1
ROLE_LESSON = Qt.ItemDataRole.UserRole + 2
DONE = " \u2714"

NavKey = tuple[str | None, str | None, str | None]


def _item(text: str, kind: str, module_id: str, lesson_id: str | None = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem([text])
    item.setData(0, ROLE_KIND, kind)
    item.setData(0, ROLE_MODULE, module_id)
    if lesson_id is not None:
        item.setData(0, ROLE_LESSON, lesson_id)
    return item


def _key(item: QTreeWidgetItem) -> NavKey:
    return (item.data(0, ROLE_KIND), item.data(0, ROLE_MODULE), item.data(0, ROLE_LESSON))


def _with_children(top: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    yield top
    for i in range(top.childCount()):
        child = top.child(i)
        if child is not None:
            yield child


class WindowNavigation(WindowBase):
    """Fills the tree from the catalog and opens what the learner picks in it."""

    def _top_items(self) -> Iterator[QTreeWidgetItem]:
        for i in range(self.nav.topLevelItemCount()):
            top = self.nav.topLevelItem(i)
            if top is not None:
                yield top

    def refresh(self) -> None:
        """Redraw navigation marks and the progress table."""
        store, catalog = self.session.store, self.session.catalog
        states = store.lesson_states()
        expanded = {top.data(0, ROLE_MODULE) for top in self._top_items() if top.isExpanded()}
        current = self.nav.currentItem()
        current_key = _key(current) if current else None
        self.nav.clear()
        for module in catalog.modules:
            top = self._module_item(module, store.summary(module.id), states)
            self.nav.addTopLevelItem(top)
            if module.id in expanded:
                top.setExpanded(True)
            for item in _with_children(top):
                if _key(item) == current_key:
                    self.nav.setCurrentItem(item)
        self.home.refresh(catalog, store)
        due = self.review.count_due(utcnow(), catalog)
        self.home.review_button.setText(
            self.tr("&Review %1 due question(s)").replace("%1", str(due))
        )
        self.home.review_button.setVisible(due > 0)

    def _module_item(
        self,
        module: Module,
        summary: ModuleSummary,
        states: dict[tuple[str, str], LessonState],
    ) -> QTreeWidgetItem:
        """A module's entry: its lessons (marked when read), practice tasks and quiz."""
        mark = DONE if summary.passed else ""
        top = _item(f"{module.title}{mark}", "module", module.id)
        top.setToolTip(0, plain_tip(module.summary))
        for lesson in module.lessons:
            state = states.get((module.id, lesson.id))
            read = bool(state and state.read)
            child = _item(f"{lesson.title}{DONE if read else ''}", "lesson", module.id, lesson.id)
            child.setData(
                0,
                Qt.ItemDataRole.AccessibleDescriptionRole,
                self.tr("read") if read else self.tr("not read yet"),
            )
            top.addChild(child)
        for task in module.tasks:
            text = self.tr("Practice: %1").replace("%1", task.title)
            top.addChild(_item(text, "practice", module.id, task.id))
        quiz_text = self.tr("Quiz")
        if summary.best is not None:
            quiz_text += f" ({summary.best}%)"
        top.addChild(_item(quiz_text + mark, "quiz", module.id))
        return top

    def _select_nav(self, kind: str, module_id: str, lesson_id: str | None) -> None:
        for top in self._top_items():
            if top.data(0, ROLE_MODULE) != module_id:
                continue
            top.setExpanded(True)
            for child in list(_with_children(top))[1:]:
                if child.data(0, ROLE_KIND) == kind and (
                    kind == "quiz" or child.data(0, ROLE_LESSON) == lesson_id
                ):
                    self.nav.setCurrentItem(child)

    def _nav_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, ROLE_KIND)
        module_id = item.data(0, ROLE_MODULE)
        if kind == "lesson":
            self.open_lesson(module_id, item.data(0, ROLE_LESSON))
        elif kind == "quiz":
            self.open_quiz(module_id)
        elif kind == "practice":
            self.open_practice(module_id, item.data(0, ROLE_LESSON))
        elif kind == "module":
            item.setExpanded(True)

    def focus_nav(self) -> None:
        """Move to the module list (showing it again when large text hid it)."""
        dock = self.nav.parentWidget()
        if dock is not None:
            dock.show()
        self.nav.setFocus()
