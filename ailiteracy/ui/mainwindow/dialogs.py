"""Dialogs opened from the menus: settings, progress export and import, the routine
card, content problems and About."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from ... import __version__
from .. import theme
from .base import WindowBase


class WindowDialogs(WindowBase):
    """What the File and Help menus open."""

    def show_settings(self) -> None:
        from PySide6.QtWidgets import QDialog  # dialogs import their Qt classes when opened

        from ..settings import SettingsDialog  # rarely used: not loaded at start-up

        dialog = SettingsDialog(
            language=self.session.language,
            text_size=theme.scale(),
            theme_name=theme.current().name,
            folders=self.session.folders.stored_setting(),
            policy=self.session.policy,
            parent=self,
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            values = dialog.values()
        finally:
            dialog.deleteLater()
        if accepted:
            self.apply_settings(values)

    def apply_settings(self, values: dict[str, Any]) -> WindowBase:
        """Apply settings from the dialog; returns the window now in use."""
        store = self.session.store
        store.set_setting("theme", values["theme"])
        store.set_setting("text_size", values["text_size"])
        if self.session.set_content_folders(values["content_folders"]):
            self.session.reload_catalog()
            self.load_catalog_views()
            if self._teacher_view is not None:
                self._teacher_view.on_catalog_changed()
        self.apply_appearance()
        return self.switch_language(values["language"])

    def export_progress(self, path: Path | None = None) -> None:
        from ..profiles.transfer import export_progress_dialog

        name = self.session.profile_name or self.tr("Guest")
        export_progress_dialog(self, self.session.store, name, path=path)

    def import_progress(self, path: Path | None = None) -> None:
        from ..profiles.transfer import import_progress_dialog

        if import_progress_dialog(self, self.session.store, path=path):
            self.refresh()

    def save_routine_card(self, path: Path | None = None) -> Path | None:
        """Save the one-page SIFT routine card as a PDF in the current language."""
        from PySide6.QtWidgets import QMessageBox

        from .. import card, printing

        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name = self.tr("SIFT routine card") + ".pdf"
            path = printing.ask_pdf_path(
                self, self.tr("Save the SIFT routine card"), Path(folder or Path.home()) / name
            )
            if path is None:
                return None
        path = Path(path)
        try:
            card.card_pdf(path, self.session.language, printing.default_page_size())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("SIFT routine card"),
                self.tr("The card could not be saved in %1 (%2).")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        self.statusBar().showMessage(
            self.tr("The card was saved in %1. Open it to print it.").replace("%1", str(path)),
            15000,
        )
        return path

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About ailiteracy"),
            self.tr(
                "ailiteracy %1\n\nLearn to use AI safely and to check what it tells you. "
                "Works offline; your progress stays on this computer."
            ).replace("%1", __version__),
        )

    def show_content_problems(self) -> None:
        from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout

        problems = self.session.catalog.problems
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Content problems"))
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("List of content problems"))
        if problems:
            intro = self.tr(
                "These files have problems. The modules they belong to are not shown "
                "until the problems are fixed; every other module works. Each line gives "
                "the file, the line number and what is wrong."
            )
            text.setPlainText(intro + "\n\n" + "\n".join(str(p) for p in problems))
        else:
            text.setPlainText(self.tr("No problems found in the content."))
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        dialog.resize(800, 400)
        dialog.exec()
        dialog.deleteLater()
