"""The Own content tab: extra content folders and the problems found in the content."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtGui import (
    QBrush,
    QColor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.assignments import safe_file_stem
from .. import theme
from ..filechoice import choose_save_path
from ..layouts import FlowLayout
from .base import TeacherBase
from .common import (
    CONTENT_LOCALES,
    GIFT_LOCALE,
    ROLE_PATH,
    ROLE_POLICY,
    MessageLabel,
    make_button,
)
from .texts import (
    problems_report,
)


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


# --------------------------------------------------------------------------- the teacher view


class ContentTab(TeacherBase):
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
        guide_label = QLabel(self.tr("Teacher guide for the &module:"))
        guide_label.setWordWrap(True)
        self.guide_module = QComboBox()
        self.guide_module.setAccessibleName(self.tr("Module for the teacher guide"))
        guide_label.setBuddy(self.guide_module)
        self.guide_button = make_button(
            self.tr("&Teacher guide (PDF)…"),
            self.tr(
                "Save a printable guide to the chosen module: aims, timing, a discussion "
                "plan and the answers"
            ),
            self.save_teacher_guide,
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
        right.addWidget(guide_label)
        guide_row = FlowLayout()  # wraps at large text sizes
        guide_row.addWidget(self.guide_module)
        guide_row.addWidget(self.guide_button)
        guide_row.addStretch(1)
        right.addLayout(guide_row)
        columns = QHBoxLayout() if theme.scale() < 175 else QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(columns, 1)
        layout.addWidget(self.content_message)
        return page

    def stored_folders(self) -> list[str]:
        return self.session.folders.stored_setting()

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
        for stored in self.stored_folders():
            item = QListWidgetItem(stored)
            item.setData(ROLE_PATH, stored)
            item.setData(ROLE_POLICY, False)
            self.folder_list.addItem(item)
            if stored == keep:
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
        self._fill_guide_modules()

    def _fill_guide_modules(self) -> None:
        """The modules a teacher guide can be made for, in the suggested order."""
        keep = self.guide_module.currentData()
        self.guide_module.clear()
        for module in self.session.catalog.modules:
            self.guide_module.addItem(module.title, module.id)
        index = self.guide_module.findData(keep)
        self.guide_module.setCurrentIndex(max(index, 0))
        self.guide_button.setEnabled(self.guide_module.count() > 0)

    def save_teacher_guide(
        self, module_id: str | None = None, path: Path | None = None
    ) -> Path | None:
        """Save the teacher guide of a module (the chosen one without ``module_id``) as a
        PDF; without ``path`` the teacher chooses where."""
        from .. import guide, printing

        wanted = module_id or self.guide_module.currentData()
        module = self.session.catalog.module(wanted) if wanted else None
        if module is None:
            self.content_message.show_text(self.tr("Choose a module first."), error=True)
            return None
        if path is None:
            name = safe_file_stem(
                self.tr("Teacher guide - %1").replace("%1", module.title), "teacher guide"
            )
            path = choose_save_path(
                self,
                self.tr("Save the teacher guide"),
                self.last_folder / (name + ".pdf"),
                self.tr("PDF (*.pdf)"),
                ".pdf",
            )
            if path is None:
                return None
        path = Path(path)
        try:
            guide.guide_pdf(path, module, printing.default_page_size())
        except OSError as exc:
            self.content_message.show_text(self._guide_not_saved(path, exc), error=True)
            return None
        self.last_folder = path.parent
        self.content_message.show_text(
            self.tr("The teacher guide was saved as a PDF in:\n%1").replace("%1", str(path))
        )
        return path

    def _guide_not_saved(self, path: Path, exc: OSError) -> str:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            text = self.tr(
                "The teacher guide could not be saved in %1 because the disk is full. Free "
                "some space or choose another place, then try again."
            )
        elif isinstance(exc, PermissionError):
            text = self.tr(
                "The teacher guide could not be saved in %1 because this computer does not "
                "allow writing there. Choose another folder, for example your Documents."
            )
        else:
            text = self.tr(
                "The teacher guide could not be saved in %1 (%2). Check that the folder is "
                "there and not full."
            ).replace("%2", exc.strerror or str(exc))
        return text.replace("%1", str(path))

    def _update_folder_buttons(self) -> None:
        item = self.folder_list.currentItem()
        self.remove_folder_button.setEnabled(item is not None and not item.data(ROLE_POLICY))

    def _save_folders(self, folders: list[str]) -> None:
        """Keep the folder list, reload the content and tell the main window."""
        self.session.set_content_folders(folders)
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
        if self.session.folders.listed(root):
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
