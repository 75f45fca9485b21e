"""Fixtures for GUI tests: a main window on the test content and a fresh data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from ailiteracy.core.session import Session
from ailiteracy.ui.mainwindow import MainWindow


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


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp):
    """A test that switches the app to Chinese must not leave the next test in Chinese."""
    yield
    from ailiteracy.ui.app import install_translators

    install_translators(qapp, "en")
