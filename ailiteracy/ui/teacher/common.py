"""Shared pieces of the teacher screens: item roles, folders, small widgets and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ...core import languages
from .. import theme
from ..a11y import SpokenLabel
from ..layouts import fit_height
from ..plaintext import message_box

translate = QCoreApplication.translate

CONTENT_LOCALES = languages.CODES
GIFT_LOCALE = languages.FALLBACK  # imported modules are written as English content

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_MODULE = Qt.ItemDataRole.UserRole + 1
ROLE_LESSON = Qt.ItemDataRole.UserRole + 2
ROLE_LEARNER = Qt.ItemDataRole.UserRole + 3
ROLE_POLICY = Qt.ItemDataRole.UserRole + 4
ROLE_PATH = Qt.ItemDataRole.UserRole + 5

Confirm = Callable[[str, str], bool]
AskText = Callable[[str, str, str], str | None]


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
