"""A library's shared PC: guest sessions, policy, idle sign-out, one copy per data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QDialog

from ailiteracy.core.policy import Policy, parse_policy
from ailiteracy.ui.app import choose_policy_file
from ailiteracy.ui.controller import AppController


class FakePicker:
    """Stands in for the learner picker dialog: answers as told."""

    answers: list[tuple[str | None, bool]] = []

    def __init__(self, registry, *, allow_create: bool, allow_guest: bool) -> None:
        self.allow_create = allow_create
        profile, guest = FakePicker.answers.pop(0) if FakePicker.answers else (None, False)
        self.chosen_profile, self.guest = profile, guest

    def exec(self) -> QDialog.DialogCode:
        if self.chosen_profile or self.guest:
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    def deleteLater(self) -> None:  # noqa: N802 (Qt API)
        self.deleted = True


@pytest.fixture(autouse=True)
def english_at_normal_size():
    """A first run may switch language and text size; put them back for the next test."""
    yield
    from PySide6.QtWidgets import QApplication

    from ailiteracy.ui import theme
    from ailiteracy.ui.language import install_translators

    app = QApplication.instance()
    if app is not None:
        install_translators(app, "en")
        theme.apply(app, "default", 100)


@pytest.fixture
def controller(qtbot, content_root: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr("ailiteracy.core.paths.content_dir", lambda: content_root)
    made = []

    def _make(policy: Policy) -> AppController:
        c = AppController(tmp_path / "data", policy)
        c.picker_factory = FakePicker
        c.welcome_factory = FakeWelcome
        made.append(c)
        return c

    yield _make
    for c in made:
        c.shutdown()


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_guest_session_writes_nothing(controller, tmp_path: Path, qtbot) -> None:
    data = tmp_path / "data"
    data.mkdir()
    before = listing(data)
    c = controller(Policy(guest_only=True))
    assert c.begin()
    window = c.window
    assert window.session.guest and window.guest_banner.isVisible()
    window.open_lesson("demo", "first")
    window.session.store.mark_lesson_read("demo", "first")
    window.open_quiz("demo")
    window.quiz_view.widget.select("b")
    window.quiz_view.primary.click()
    window.set_text_size(150)
    assert window.session.store.summary("demo").lessons_read == 1
    FakePicker.answers = []
    c.shutdown()
    assert listing(data) == before


def test_idle_sign_out_with_countdown(controller, qtbot, monkeypatch) -> None:
    now = [1000.0]
    c = controller(Policy(idle_minutes=5))
    c.watcher.clock = lambda: now[0]
    FakePicker.answers = [(None, True)]  # the first person continues as a guest
    assert c.begin()
    first = c.window
    c.watcher.poke()
    now[0] += 4 * 60 + 30  # 30 seconds left
    c.watcher.tick()
    assert first.idle_banner.isVisible() and "30" in first.idle_label.text()
    first.stay_button.click()  # the learner is still there
    assert not first.idle_banner.isVisible()
    now[0] += 4 * 60 + 59
    c.watcher.tick()
    assert c.window is first
    FakePicker.answers = [(None, False)]  # nobody signs in afterwards
    quits = []
    monkeypatch.setattr(
        "ailiteracy.ui.controller.QApplication.quit", staticmethod(lambda: quits.append(True))
    )
    now[0] += 2
    c.watcher.tick()
    assert c.window is None and quits == [True]
    assert not first.isVisible()


def test_policy_settings_are_enforced(controller, qtbot, monkeypatch) -> None:
    c = controller(Policy(guest_only=True, external_links=False))
    assert c.begin()
    window = c.window
    opened = []
    monkeypatch.setattr(
        "ailiteracy.ui.mainwindow.links.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information",
        lambda *args: shown.append(args[2]),
    )
    window.confirm_external = lambda url: True
    from PySide6.QtCore import QUrl

    window.follow_link(QUrl("https://example.org/"))
    assert opened == [] and "cannot be opened" in shown[0]


def test_unknown_policy_key_is_refused() -> None:
    from ailiteracy.core.policy import PolicyError

    with pytest.raises(PolicyError, match="unknown setting 'gest_only'"):
        parse_policy({"gest_only": True})
    policy = parse_policy({"idle_minutes": 10, "external_links": False})
    assert policy.locked("idle_minutes") and not policy.locked("guest_only")


def test_system_policy_wins_over_flag(tmp_path: Path) -> None:
    system = tmp_path / "etc" / "policy.toml"
    mine = tmp_path / "mine.toml"
    mine.write_text("guest_only = false\n")
    assert choose_policy_file(str(mine), system) == (mine, "")
    system.parent.mkdir()
    system.write_text("guest_only = true\n")
    chosen, warning = choose_policy_file(str(mine), system)
    assert chosen == system and "system policy" in warning


def test_second_copy_on_the_same_data_folder_refuses(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    lock = QLockFile(str(data / "ailiteracy.lock"))
    assert lock.tryLock(100)
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run(
            [sys.executable, "-m", "ailiteracy", "--self-test", "--data-dir", str(data)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        lock.unlock()
    assert result.returncode == 3
    assert "already open on this computer" in result.stderr


def test_each_learner_sees_only_their_own_progress(controller, qtbot, monkeypatch) -> None:
    c = controller(Policy())
    ana = c.registry.create("Ana", pin="1234")
    ben = c.registry.create("Ben")
    assert c.needs_picker()
    FakePicker.answers = [(ana.id, False)]
    assert c.begin()
    assert c.window.session.profile == ana.id
    c.window.open_lesson("demo", "first")
    c.window.session.store.mark_lesson_read("demo", "first")
    assert c.window.session.store.summary("demo").lessons_read == 1
    FakePicker.answers = [(ben.id, False)]
    scratch = c.data_dir / "session-scratch"
    scratch.mkdir()
    (scratch / "QtProject.conf").write_text("[FileDialog]\nlastVisited=file:///media/usb/ana\n")
    c.window.sign_out_action.trigger()
    assert not scratch.exists()  # Ben's file dialogs do not open in Ana's folder
    assert c.window.session.profile == ben.id
    assert c.window.session.store.summary("demo").lessons_read == 0
    assert c.window.session.store.position() is None  # Ben does not land in Ana's lesson


class FakeWelcome:
    """Stands in for the first-run welcome: the learner types ``name`` (or picks guest)."""

    name: str | None = "Ana"
    language = "en"
    shown = 0

    def __init__(self, registry, *, language: str, allow_guest: bool) -> None:
        FakeWelcome.shown += 1
        self.language, self.text_size = FakeWelcome.language, 200
        self.guest = FakeWelcome.name is None
        self.chosen_profile = None if self.guest else registry.create(FakeWelcome.name).id

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted


def test_first_start_asks_for_a_name_and_keeps_the_choices(controller, qtbot) -> None:
    c = controller(Policy())
    c.welcome_factory = FakeWelcome
    FakePicker.answers = []
    FakeWelcome.name, FakeWelcome.shown, FakeWelcome.language = "Ana", 0, "zh-CN"
    try:
        assert c.begin()
    finally:
        FakeWelcome.language = "en"  # no profiles yet: the welcome is shown, not the picker
    assert FakeWelcome.shown == 1
    assert [p.name for p in c.registry.list()] == ["Ana"]  # no made-up "Learner"
    assert c.window.identity_label.text().endswith("Ana")
    assert c.window.session.language == "zh-CN"
    assert c.window.session.store.get_setting("text_size") == 200
    assert not c.needs_picker()


def test_first_start_as_a_guest_saves_nothing(controller, tmp_path: Path, qtbot) -> None:
    c = controller(Policy())
    c.welcome_factory = FakeWelcome
    FakeWelcome.name = None
    try:
        assert c.begin()
    finally:
        FakeWelcome.name = "Ana"
    assert c.window.session.guest and c.registry.list() == []
    assert c.window.identity_label.text() == c.window.tr("Guest, nothing is saved")
    assert not (tmp_path / "data" / "profiles").exists()


def qt_settings_folders() -> dict[QSettings.Format, Path]:
    """Where Qt keeps each format's user settings now (Qt has no getter for setPath)."""
    user = QSettings.Scope.UserScope
    return {
        fmt: Path(QSettings(fmt, user, "QtProject").fileName()).parent
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    }


@pytest.fixture
def restore_qt_settings_folders():
    """Put Qt's user-settings folders back: ``QSettings.setPath`` changes them process-wide."""
    before = qt_settings_folders()
    yield
    for fmt, folder in before.items():
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    assert qt_settings_folders() == before


def test_qt_settings_stay_in_the_data_folder_and_are_wiped(
    tmp_path: Path, restore_qt_settings_folders
) -> None:
    from ailiteracy.ui.scratch import redirect_qt_settings

    scratch = tmp_path / "data" / "session-scratch"
    (scratch / "left-over").mkdir(parents=True)  # from a session that crashed
    redirect_qt_settings(scratch)
    assert not (scratch / "left-over").exists()
    assert set(qt_settings_folders().values()) == {scratch}
    qt_own = QSettings(QSettings.Scope.UserScope, "QtProject")  # what Qt's file dialog uses
    qt_own.setValue("FileDialog/lastVisited", "file:///media/usb/ana")
    qt_own.sync()
    assert qt_own.fileName().startswith(str(scratch))
    assert any(scratch.rglob("*"))


def test_the_picker_is_in_the_language_the_app_starts_in(
    content_root: Path, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr("ailiteracy.core.paths.content_dir", lambda: content_root)
    events: list[str] = []
    monkeypatch.setattr(
        "ailiteracy.ui.controller.install_translators",
        lambda app, language: events.append(f"translators {language}"),
    )

    class Picker(FakePicker):
        def __init__(self, registry, **kwargs) -> None:
            events.append("picker")
            super().__init__(registry, **kwargs)

    c = AppController(tmp_path / "data", Policy(), language="zh-CN")
    c.picker_factory = Picker
    c.registry.create("Ana")
    c.registry.create("Ben")
    FakePicker.answers = []
    try:
        assert not c.pick()  # closed without choosing
    finally:
        c.shutdown()
    assert events == ["translators zh-CN", "picker"]


def test_the_policy_presets_the_text_size_a_learner_can_still_change(controller, qtbot) -> None:
    from ailiteracy.core.policy import PolicyError
    from ailiteracy.ui import theme

    with pytest.raises(PolicyError, match="default_text_size"):
        parse_policy({"default_text_size": 120})
    c = controller(parse_policy({"guest_only": True, "default_text_size": 150}))
    assert c.begin()
    assert theme.scale() == 150
    c.window.step_text_size(1)
    assert theme.scale() == 175
    c.window.set_text_size(100)
