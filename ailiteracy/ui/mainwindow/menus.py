"""The menu bar, its keyboard shortcuts and the list of shortcuts under Help."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ...core import languages
from .base import WindowBase

Shortcut = str | QKeySequence | QKeySequence.StandardKey | None


class WindowMenus(WindowBase):
    """File, Go, View and Help."""

    def _action(self, text: str, shortcut: Shortcut, slot: Callable[..., Any]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_go_menu()
        self._build_view_menu()
        self._build_help_menu()

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.show_settings
        )
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.export_action = self._action(
            self.tr("&Export my progress…"), None, lambda: self.export_progress()
        )
        self.import_action = self._action(
            self.tr("&Import progress…"), None, lambda: self.import_progress()
        )
        self.sign_out_action = self._action(self.tr("Sign &out"), "Ctrl+Shift+Q", self.sign_out)
        self.open_assignment_action = self._action(
            self.tr("Open &assignment…"), "Ctrl+O", lambda: self.open_assignment_file()
        )
        self.teacher_action = self._action(
            self.tr("&Teacher mode…"), "Ctrl+Shift+T", self.show_teacher_mode
        )
        file_menu.addAction(self.open_assignment_action)
        file_menu.addAction(self.teacher_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.quit_action)

    def _build_go_menu(self) -> None:
        go = self.menuBar().addMenu(self.tr("&Go"))
        self.home_action = self._action(self.tr("&Home and progress"), "Ctrl+H", self.show_home)
        self.glossary_action = self._action(
            self.tr("&Glossary"), "Ctrl+G", lambda: self.show_glossary()
        )
        self.search_action = self._action(
            self.tr("&Search"), QKeySequence.StandardKey.Find, self.show_search
        )
        self.nav_action = self._action(self.tr("Module &list"), "F6", self.focus_nav)
        self.back_action = self._action(
            self.tr("&Back"), QKeySequence.StandardKey.Back, self.go_back
        )
        self.back_action.setShortcuts([QKeySequence("Alt+Left")])
        self.forward_action = self._action(
            self.tr("&Forward"), QKeySequence.StandardKey.Forward, self.go_forward
        )
        self.forward_action.setShortcuts([QKeySequence("Alt+Right")])
        self.timeline_action = self._action(
            self.tr("Governance &timeline"), "Ctrl+T", self.show_timeline
        )
        self.review_action = self._action(
            self.tr("&Review due questions"), "Ctrl+R", self.start_review
        )
        self.calibration_action = self._action(
            self.tr("How sure vs. ho&w right"), "Ctrl+K", self.show_calibration
        )
        self.assigned_action = self._action(
            self.tr("&Assigned to me"), "Ctrl+J", self.show_assigned
        )
        go.addAction(self.back_action)
        go.addAction(self.forward_action)
        go.addSeparator()
        for action in (
            self.home_action,
            self.assigned_action,
            self.review_action,
            self.glossary_action,
            self.search_action,
            self.timeline_action,
            self.calibration_action,
            self.nav_action,
        ):
            go.addAction(action)

    def _build_view_menu(self) -> None:
        view = self.menuBar().addMenu(self.tr("&View"))
        self.bigger_action = self._action(
            self.tr("&Larger text"), QKeySequence.StandardKey.ZoomIn, lambda: self.step_text_size(1)
        )
        self.bigger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller_action = self._action(
            self.tr("&Smaller text"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.step_text_size(-1),
        )
        self.reset_size_action = self._action(
            self.tr("&Normal text size"), "Ctrl+0", lambda: self.set_text_size(100)
        )
        for action in (self.bigger_action, self.smaller_action, self.reset_size_action):
            view.addAction(action)
        view.addSeparator()
        self.theme_actions = {}
        for name, label in (
            ("default", self.tr("&Default colours")),
            ("dark", self.tr("Dar&k colours")),
            ("high-contrast", self.tr("&High contrast")),
        ):
            action = self._action(label, None, lambda _=False, n=name: self.set_theme(n))
            action.setCheckable(True)
            self.theme_actions[name] = action
            view.addAction(action)
        view.addSeparator()
        language_menu = view.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self)
        self.language_actions = {}
        for code, label in languages.NATIVE_NAMES:
            action = self._action(label, None, lambda _=False, c=code: self.switch_language(c))
            action.setCheckable(True)
            action.setChecked(code == self.session.language)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts
        )
        help_menu.addAction(self.shortcuts_action)
        self.card_action = self._action(
            self.tr("SIFT routine &card (PDF)…"), None, lambda: self.save_routine_card()
        )
        help_menu.addAction(self.card_action)
        self.problems_action = self._action(
            self.tr("Content &problems…"), None, self.show_content_problems
        )
        help_menu.addAction(self.problems_action)
        help_menu.addAction(self._action(self.tr("&About ailiteracy"), None, self.show_about))

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        rows = [
            (self.home_action, self.tr("Home and progress")),
            (self.search_action, self.tr("Search")),
            (self.glossary_action, self.tr("Glossary")),
            (self.review_action, self.tr("Review due questions")),
            (self.assigned_action, self.tr("Assigned to me")),
            (self.open_assignment_action, self.tr("Open an assignment file")),
            (self.teacher_action, self.tr("Teacher mode")),
            (self.timeline_action, self.tr("Governance timeline")),
            (self.calibration_action, self.tr("How sure vs. how right")),
            (self.nav_action, self.tr("Move to the module list")),
            (self.bigger_action, self.tr("Larger text")),
            (self.smaller_action, self.tr("Smaller text")),
            (self.reset_size_action, self.tr("Normal text size")),
            (self.quit_action, self.tr("Quit")),
        ]
        lines = [
            f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{t}" for a, t in rows
        ]
        lines += [
            self.tr("Tab / Shift+Tab\tMove between controls"),
            self.tr("Space\tChoose an answer"),
            self.tr("Arrow keys\tMove between answers in a group"),
            self.tr("Ctrl+Return\tCheck the answer / go on"),
            self.tr("Alt+Up / Alt+Down\tMove an item when putting things in order"),
            self.tr("Alt + underlined letter\tPress that button"),
        ]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))
