"""The first-run welcome: language, text size, then a name or guest, in that order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ailiteracy.core.profiles import ProfileRegistry
from ailiteracy.ui import theme
from ailiteracy.ui.language import install_translators
from ailiteracy.ui.welcome import WelcomeDialog


def make(qtbot, tmp_path: Path) -> tuple[WelcomeDialog, ProfileRegistry]:
    registry = ProfileRegistry(tmp_path / "data")
    dialog = WelcomeDialog(registry, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, registry


def test_steps_come_in_order_and_a_name_cannot_be_skipped(qtbot, tmp_path: Path) -> None:
    dialog, registry = make(qtbot, tmp_path)
    try:
        assert dialog.pages.currentIndex() == 0 and dialog.skip_button.isVisible()
        dialog.skip_button.click()  # keep the language
        assert dialog.pages.currentIndex() == 1
        dialog.choose_size(200)
        assert theme.scale() == 200  # the choice shows at once
        dialog.next_button.click()
        assert dialog.pages.currentIndex() == 2
        assert not dialog.skip_button.isVisible()
        dialog.next_button.click()  # no name typed
        assert dialog.result() == 0 and dialog.isVisible()
        assert dialog.message.isVisible() and "name" in dialog.message.text()
        assert registry.list() == []
        qtbot.keyClicks(dialog.name, "  Ana  ")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        assert dialog.result() == 1
        assert [p.name for p in registry.list()] == ["Ana"]
        assert (dialog.chosen_profile, dialog.text_size, dialog.guest) == (
            registry.list()[0].id,
            200,
            False,
        )
    finally:
        theme.apply(QApplication.instance(), "default", 100)
        registry.close()


def test_choosing_chinese_switches_the_welcome_at_once(qtbot, tmp_path: Path) -> None:
    from ailiteracy.ui import translations

    translations.build()
    dialog, registry = make(qtbot, tmp_path)
    try:
        english = dialog.heading.text()
        dialog.choose_language("zh-CN")
        assert dialog.language == "zh-CN"
        assert dialog.heading.text() != english
        dialog.continue_as_guest()
        assert dialog.guest and dialog.chosen_profile is None and registry.list() == []
    finally:
        install_translators(QApplication.instance(), "en")
        theme.apply(QApplication.instance(), "default", 100)
        registry.close()


def test_escape_steps_back_instead_of_closing(qtbot, tmp_path: Path) -> None:
    dialog, registry = make(qtbot, tmp_path)
    try:
        dialog.next_button.click()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.pages.currentIndex() == 0
    finally:
        registry.close()
