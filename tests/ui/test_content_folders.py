"""Content folders given with ``--content`` stay loaded whatever the learner changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ailiteracy.cli import gui_parser
from ailiteracy.ui.mainwindow import MainWindow
from ailiteracy.ui.settings import SettingsDialog


@pytest.fixture
def given_folder(content_root: Path, tmp_path: Path) -> Path:
    """A content folder with one module of its own ("extra"), as given with ``--content``."""
    folder = tmp_path / "given"
    shutil.copytree(content_root / "en" / "second", folder / "en" / "extra")
    return folder


def _settings(monkeypatch, change) -> list[SettingsDialog]:
    """Make the Settings dialog apply ``change`` to itself and be accepted, as a learner would."""
    opened: list[SettingsDialog] = []

    def accept(dialog: SettingsDialog) -> int:
        opened.append(dialog)
        change(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    return opened


def _start_with_content(start, given_folder: Path) -> MainWindow:
    options = gui_parser().parse_args(["--content", str(given_folder)])
    window = start(extra_content=[Path(p) for p in options.content])
    assert window.session.catalog.module("extra") is not None
    return window


def test_changing_the_text_size_keeps_the_given_folder(
    start, given_folder: Path, monkeypatch
) -> None:
    window = _start_with_content(start, given_folder)
    opened = _settings(
        monkeypatch, lambda d: d.text_size.setCurrentIndex(d.text_size.findData(150))
    )
    window.show_settings()
    assert len(opened) == 1
    assert window.session.store.get_setting("text_size") == 150
    assert window.session.catalog.module("extra") is not None
    assert given_folder in window.session.content_roots


def test_changing_the_language_keeps_the_given_folder(
    start, given_folder: Path, monkeypatch, qtbot
) -> None:
    window = _start_with_content(start, given_folder)
    _settings(monkeypatch, lambda d: d.language.setCurrentIndex(d.language.findData("zh-CN")))
    with qtbot.waitSignal(window.language_switched) as switched:
        window.show_settings()
    replacement = switched.args[0]
    assert replacement.session.language == "zh-CN"
    extra = replacement.session.catalog.module("extra")
    assert extra is not None and extra.fallback  # only in English, shown in the fallback
    replacement.close()


def test_adding_a_folder_in_settings_keeps_the_given_folder(
    start, given_folder: Path, monkeypatch, tmp_path: Path
) -> None:
    window = _start_with_content(start, given_folder)
    own = tmp_path / "own"
    (own / "en").mkdir(parents=True)
    _settings(monkeypatch, lambda d: d._add_folder(str(own)))
    window.show_settings()
    assert window.session.store.get_setting("content_folders") == [str(own)]
    assert window.session.content_roots[-2:] == [given_folder, own]
    assert window.session.catalog.module("extra") is not None
    # Settings lists the learner's own folders only: the given one cannot be removed there.
    opened = _settings(monkeypatch, lambda d: None)
    window.show_settings()
    assert [opened[0].folders.item(i).text() for i in range(opened[0].folders.count())] == [
        str(own)
    ]
