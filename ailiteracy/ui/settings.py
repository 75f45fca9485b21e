"""The settings dialog: language, text size, colours, extra content folders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import languages
from ..core.policy import Policy
from . import theme

LANGUAGES = languages.NATIVE_NAMES


class SettingsDialog(QDialog):
    """Settings a learner may change; what the administrator's policy sets is shown locked."""

    def __init__(
        self,
        *,
        language: str,
        text_size: int,
        theme_name: str,
        folders: list[str],
        policy: Policy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.policy = policy
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        # not "size": that would hide QWidget.size()
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for percent in theme.SCALES:
            self.text_size.addItem(f"{percent}%", percent)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(text_size)))
        self.colours = QComboBox()
        self.colours.setAccessibleName(self.tr("Colours"))
        for code, label in (
            ("default", self.tr("Default")),
            ("dark", self.tr("Dark")),
            ("high-contrast", self.tr("High contrast")),
        ):
            self.colours.addItem(label, code)
        self.colours.setCurrentIndex(max(0, self.colours.findData(theme_name)))
        self.folders = QListWidget()
        self.folders.setAccessibleName(self.tr("Extra content folders"))
        self.folders.addItems(folders)
        self.add_folder = QPushButton(self.tr("&Add folder…"))
        self.add_folder.setAccessibleDescription(self.tr("Add a content folder"))
        self.add_folder.clicked.connect(lambda: self._add_folder())  # not its checked flag
        self.remove_folder = QPushButton(self.tr("&Remove folder"))
        self.remove_folder.setAccessibleDescription(self.tr("Remove the selected content folder"))
        self.remove_folder.clicked.connect(self._remove_folder)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.add_folder)
        folder_buttons.addWidget(self.remove_folder)
        folder_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow(self.tr("&Colours:"), self.colours)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Extra content folders (teachers' own modules):")))
        layout.addWidget(self.folders)
        layout.addLayout(folder_buttons)
        if policy.locked("content_folders"):
            note = QLabel(self.tr("More content folders are set by the administrator."))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_folder(self, path: str | None = None) -> None:
        chosen = path or QFileDialog.getExistingDirectory(self, self.tr("Choose a content folder"))
        if not chosen:
            return
        text = str(Path(chosen))
        if not self.folders.findItems(text, Qt.MatchFlag.MatchExactly):
            self.folders.addItem(text)

    def _remove_folder(self) -> None:
        row = self.folders.currentRow()
        if row >= 0:
            self.folders.takeItem(row)

    def values(self) -> dict[str, Any]:
        """The chosen language, text size, theme and extra content folders."""
        return {
            "language": self.language.currentData(),
            "text_size": self.text_size.currentData(),
            "theme": self.colours.currentData(),
            "content_folders": [self.folders.item(i).text() for i in range(self.folders.count())],
        }
