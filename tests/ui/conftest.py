"""Fixtures for GUI tests: a main window on the test content and a fresh data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from ailiteracy.core.session import Session
from ailiteracy.ui.language import install_translators
from ailiteracy.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def delete_windows_after_each_test(qapp):
    """Delete every window a test left, and go back to English, once the test is over.

    pytest-qt closes the widgets a test registered and asks Qt to delete them later,
    but "later" is the next return to an event loop, which a test run never makes:
    without this, thousands of closed windows stay alive and every restyle, focus
    change and language switch in later tests gets slower. A test that signs in a
    Chinese-speaking learner leaves Chinese translators installed for the next test.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    install_translators(QApplication.instance(), "en")


@pytest.fixture
def start(qtbot, content_root: Path, tmp_path: Path, monkeypatch):
    """Start a main window on the test content; call again to 'restart' on the same data."""
    monkeypatch.setattr("ailiteracy.core.paths.content_dir", lambda: content_root)
    windows: list[MainWindow] = []

    def _start(language: str = "en", **kwargs) -> MainWindow:
        session = Session.start(tmp_path / "data", language=language, **kwargs)
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield _start
    for window in windows:
        window.session.close()
