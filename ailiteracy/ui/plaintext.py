"""Showing text that came from a file or a person exactly as written.

Qt guesses whether a label's, a message box's or a tooltip's text is HTML. Text
from a content folder, an assignment, a results or progress file, a GIFT import or a
profile name could then load local images or dress itself up as part of the app, so
every widget that shows such text is told it is plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # imported when a box is shown: each Qt class builds its enums on import
    from PySide6.QtWidgets import QMessageBox

LabelT = TypeVar("LabelT", bound=QLabel)

_HTML = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
_HTML_QUOTED = {**_HTML, ord('"'): "&quot;", ord("'"): "&#x27;"}


def escape(text: str, quote: bool = True) -> str:
    """``text`` for HTML, as ``html.escape`` makes it.

    Importing ``html`` loads its table of 2,231 named characters (about 300 KB), which
    the window never needs; this is the one escaping the interface uses.
    """
    return text.translate(_HTML_QUOTED if quote else _HTML)


def plain(label: LabelT) -> LabelT:
    """``label`` set to show its text as plain text, never as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally (tooltips have no plain-text switch)."""
    if not text:
        return ""
    return "<qt>" + escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box whose text is shown as plain text (``buttons`` None: OK)."""
    from PySide6.QtWidgets import QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
