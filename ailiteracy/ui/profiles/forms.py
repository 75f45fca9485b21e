"""Small pieces the learner's forms share: PIN fields, buttons, spoken messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.pins import PIN_MAX_LENGTH
from ..a11y import SpokenLabel
from ..layouts import fit_height
from ..plaintext import plain


def pin_field(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_LENGTH)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), edit))
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    edit.setAccessibleName(accessible_name)
    return edit


def form_button(text: str, description: str, slot: Callable[[], Any]) -> QPushButton:
    button = QPushButton(text)  # its name is its text; the description adds to it
    button.setAccessibleDescription(description)
    button.setAutoDefault(True)
    button.clicked.connect(slot)
    return button


class _FormMessage(SpokenLabel):
    """A message under a form, spoken when it appears; the dialog grows so that the
    whole message shows."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        fit_height(self)


def message_label() -> QLabel:
    label = plain(_FormMessage())
    label.setWordWrap(True)
    label.setObjectName("formMessage")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return label


def form_page(
    title: QLabel,
    rows: list[tuple[QLabel, QWidget]],
    message: QLabel,
    buttons: list[QPushButton],
    *,
    after_title: QWidget | None = None,
    after_message: QWidget | None = None,
) -> QWidget:
    """A page: title, labelled fields, message, and the buttons at the bottom right."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(title)
    if after_title is not None:
        layout.addWidget(after_title)
    for label, field in rows:
        layout.addWidget(label)
        layout.addWidget(field)
    layout.addWidget(message)
    if after_message is not None:
        layout.addWidget(after_message)
    layout.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return page
