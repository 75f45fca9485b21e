"""The app's windows carry its icon and name the Linux menu entry they belong to."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ailiteracy.ui.app import DESKTOP_ID, set_identity


def test_windows_get_the_app_icon_in_every_size(qapp) -> None:
    set_identity(qapp)
    sizes = {(s.width(), s.height()) for s in qapp.windowIcon().availableSizes()}
    assert {(16, 16), (48, 48), (256, 256)} <= sizes
    assert QGuiApplication.desktopFileName() == DESKTOP_ID
