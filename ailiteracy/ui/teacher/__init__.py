"""Teacher mode: the teacher PIN, making assignments, the class report and own content.

One module per part, so the folder shows where things are:

``pin``
    :func:`ask_teacher_pin` with :class:`SetPinDialog` and :class:`EnterPinDialog`
    (``core.pins.TeacherPin`` keeps the PIN and decides about wrong PINs).
``view``
    :class:`TeacherView`, the screen with three tabs, each in its own module:
    ``assignments_tab`` (pick modules, a due date and a pass mark, save the
    ``.ailiteracy-assignment`` file), ``report_tab`` (open the learners'
    ``.ailiteracy-results`` files; the table, the most missed questions, who may need
    help; CSV, PDF, printing and certificates) and ``content_tab`` (extra content
    folders and their problems), with ``gift_import`` (Moodle GIFT questions as a new
    module) and ``base`` (what the tabs share).
``common``, ``texts``
    small widgets and dialogs; plain-language texts (numbers, dates, refused files).

Every action that would ask for a file has a method that takes the path, so it can
be used without a dialog (tests do).

The names below are imported from their modules only when first used, so a screen
that needs a small helper does not load the whole teacher screen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .common import MessageLabel, default_confirm
    from .pin import EnterPinDialog, SetPinDialog, ask_teacher_pin
    from .view import TeacherView

_WHERE = {
    "TeacherView": "view",
    "ask_teacher_pin": "pin",
    "EnterPinDialog": "pin",
    "SetPinDialog": "pin",
    "MessageLabel": "common",
    "default_confirm": "common",
}

__all__ = [
    "EnterPinDialog",
    "MessageLabel",
    "SetPinDialog",
    "TeacherView",
    "ask_teacher_pin",
    "default_confirm",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
