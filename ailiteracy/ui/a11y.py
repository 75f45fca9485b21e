"""Helpers that tell a screen reader what changed on the screen."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QLabel, QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader speak ``text`` now (an error, a verdict), without moving focus."""
    # imported here: each Qt class builds its Python enums when first imported, and a
    # start without a screen reader needs none of these
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


class SpokenLabel(QLabel):
    """A message label (an error under a form) whose new text a screen reader speaks.

    Its accessible name is its text. A countdown that only changes its numbers
    ("try again in 25 seconds") is spoken once, not every second.
    """

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        old = self.text()
        super().setText(text)
        if text and re.sub(r"\d+", "#", text) != re.sub(r"\d+", "#", old):
            announce(self, text, urgent=True)


def tab_order(widgets: list[QWidget]) -> None:
    """Make Tab visit ``widgets`` in this order (hidden or disabled ones are skipped)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def readable_label(label: QLabel) -> QLabel:
    """Let keyboard and screen-reader users stop on a label (Tab) and hear its text."""
    label.setTextInteractionFlags(
        label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags, which reset it
    return label


class _NoWheel(QObject):
    """Passes wheel events over a closed drop-down to the page around it, so scrolling
    never changes an answer and the page keeps scrolling."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QComboBox):
            return False
        page = watched.parentWidget()
        while page is not None and not isinstance(page, QAbstractScrollArea):
            page = page.parentWidget()
        if page is not None:
            QCoreApplication.sendEvent(page.viewport(), event)
        return True


_NO_WHEEL = _NoWheel()


def no_wheel(box: QComboBox) -> QComboBox:
    """Stop the mouse wheel from changing ``box`` while the learner scrolls the page."""
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    box.installEventFilter(_NO_WHEEL)
    return box
