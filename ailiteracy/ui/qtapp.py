"""The running QApplication, for code that needs one (windows exist only inside it)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def running_app() -> QApplication:
    """The QApplication of this process; a RuntimeError when none was made yet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running")
    return app
