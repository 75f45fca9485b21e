"""One process for a whole library day: nothing a visitor opened stays alive after them."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from ailiteracy.core.policy import Policy
from ailiteracy.ui.controller import AppController
from ailiteracy.ui.language import install_translators
from ailiteracy.ui.mainwindow import MainWindow
from ailiteracy.ui.profiles.picker import ProfilePicker


def settle() -> None:
    """What returning to the event loop does, deferred deletions included."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def live(cls: type) -> list:
    return [w for w in QApplication.allWidgets() if isinstance(w, cls)]


class GuestPicker(ProfilePicker):
    """The real picker, answering "Continue as guest" (or closing) without a nested loop."""

    made: list[ProfilePicker] = []
    answer_guest = True

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        GuestPicker.made.append(self)

    def exec(self) -> QDialog.DialogCode:
        if GuestPicker.answer_guest:
            self.continue_as_guest()
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected


@pytest.fixture
def controller(qtbot, content_root: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr("ailiteracy.core.paths.content_dir", lambda: content_root)
    GuestPicker.made, GuestPicker.answer_guest = [], True
    c = AppController(tmp_path / "data", Policy(idle_minutes=30), language="en")
    c.picker_factory = GuestPicker
    yield c
    c.shutdown()
    if c.window is not None:
        c.window.deleteLater()
    settle()
    install_translators(QApplication.instance(), "en")  # later tests expect English


def test_pickers_and_windows_are_deleted_after_each_visitor(controller, qtbot) -> None:
    assert controller.begin()
    settle()
    widgets_after_first = len(QApplication.allWidgets())
    for _visitor in range(3):
        controller.window.sign_out()  # the next guest signs in through a new picker
        settle()
    assert len(GuestPicker.made) == 4
    assert not any(shiboken6.isValid(p) for p in GuestPicker.made)
    assert len(live(MainWindow)) == 1
    assert len(QApplication.allWidgets()) <= widgets_after_first


def test_language_switches_leave_one_window_and_two_translators(controller, qtbot) -> None:
    assert controller.begin()
    settle()
    app = QApplication.instance()
    first = controller.window
    for language in ("zh-CN", "en", "zh-CN"):
        controller.window.switch_language(language)
        settle()
    assert not shiboken6.isValid(first)
    assert live(MainWindow) == [controller.window]
    assert controller.window.session.language == "zh-CN"
    translators = [t for t in app.children() if isinstance(t, QTranslator)]
    assert len(translators) <= 2  # the app's and Qt's own, for Chinese only
    GuestPicker.answer_guest = False
    controller.window.sign_out()  # nobody else: the picker is closed
    settle()
    assert controller.window is None
    assert live(MainWindow) == []
    assert live(ProfilePicker) == []


def test_restyling_keeps_the_widget_style(qapp) -> None:
    """A new window, a text size or a theme sets the palette, font and style sheet; it
    does not replace the widget style, which re-polished every widget and left a stale
    wrapper of the old style behind on every sign-in and language switch."""
    from ailiteracy.ui import theme

    theme.apply(qapp, "default", 100)
    style = qapp.style()
    destroyed: list[bool] = []
    style.destroyed.connect(lambda *_: destroyed.append(True))
    for name, size in (("dark", 130), ("high-contrast", 250), ("default", 100)):
        theme.apply(qapp, name, size, chinese=name == "dark")
        settle()
        assert theme.style_name(qapp) == "fusion"
    assert not destroyed
    assert shiboken6.isValid(style) and qapp.style() is style


def test_icons_are_drawn_once_per_name_and_colour(start) -> None:
    """The home screen sets its icons on every refresh (every lesson opened): the same
    icon each time, not a new drawing that fills Qt's pixmap cache."""
    window = start()
    card = window.home.cards[0]
    before = (card.button.icon().cacheKey(), window.home.resume_button.icon().cacheKey())
    for _ in range(3):
        window.refresh()
        window.apply_appearance()
    after = (card.button.icon().cacheKey(), window.home.resume_button.icon().cacheKey())
    assert after == before
    window.set_theme("high-contrast")  # other colours: other icons
    assert window.home.resume_button.icon().cacheKey() != before[1]
    window.set_theme("default")


def test_flow_layout_items_go_with_their_layout(qapp) -> None:
    """Qt owns a layout's items and QLayout leaves deleting them to the subclass: the
    flow layout deletes the ones it holds when it goes (every window used to leave its
    buttons' items behind), and not again the one whose widget went first."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from ailiteracy.ui.layouts import FlowLayout

    page = QWidget()
    flow = FlowLayout()
    QVBoxLayout(page).addLayout(flow)
    buttons = [QPushButton(str(n)) for n in range(4)]
    for button in buttons:
        flow.addWidget(button)
    items = [flow.itemAt(n) for n in range(flow.count())]
    assert [item.widget() for item in items] == buttons
    buttons[0].deleteLater()  # Qt takes its item out and deletes it
    settle()
    assert flow.count() == 3
    page.deleteLater()
    settle()
    assert not shiboken6.isValid(flow)
    assert not any(shiboken6.isValid(item) for item in items[1:])
