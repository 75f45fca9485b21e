"""A screenshot tour: every screen of the real window, one PNG each, with a size check.

    python -m ailiteracy.ui.tour --out DIR [--size 1366x768] [--scale 100|200|250]
                                 [--theme default|dark|high-contrast] [--lang en|zh-CN]

It runs offscreen on a throw-away data folder (nothing of the user's is read or
written), pretends the screen is ``--size``, walks the first-run welcome, home,
lessons, every question type before and after checking, the result, review,
calibration, timeline, glossary, search, settings, the learner picker, the PIN
dialogs and the teacher screens, and saves ``DIR/<screen>.png``. It exits with 1
when a window or dialog is bigger than ``--size`` or a text does not fit where Qt
can tell, and lists each problem. A screen that scrolls sideways (a word too long
to wrap) is listed as a warning.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..core import languages

SCALES = (100, 115, 130, 150, 175, 200, 250)
THEMES = ("default", "dark", "high-contrast")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m ailiteracy.ui.tour", description=__doc__)
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--size", default="1366x768", help="screen size, WIDTHxHEIGHT")
    parser.add_argument("--scale", type=int, default=100, choices=SCALES, help="text size in %%")
    parser.add_argument("--theme", default="default", choices=THEMES)
    parser.add_argument("--lang", default=languages.DEFAULT, choices=languages.CODES)
    options = parser.parse_args(argv)
    try:
        width, height = (int(n) for n in options.size.lower().split("x"))
    except ValueError:
        parser.error("--size must look like 1366x768")
    options.width, options.height = width, height
    return options


def _fake_screen(folder: Path, width: int, height: int) -> None:
    """Make Qt's offscreen platform report a screen of the given size."""
    config = folder / "screen.json"
    screen = {"name": "tour", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


class Tour:
    """Walks the screens and records problems."""

    def __init__(self, options: argparse.Namespace, data_dir: Path) -> None:
        self.options = options
        self.data_dir = data_dir
        self.out: Path = options.out
        self.problems: list[str] = []
        self.warnings: list[str] = []  # listed, but do not fail the tour
        self.shots: list[Path] = []

    # ------------------------------------------------------------------ checks

    def shoot(self, name: str, widget) -> None:
        """Check ``widget``'s window, then save it as ``name.png``."""
        from PySide6.QtWidgets import QApplication

        from .layouts import clipped_texts, sideways_scrolling

        window = widget.window()
        for _ in range(3):
            QApplication.processEvents()
        limit_w, limit_h = self.options.width, self.options.height
        frame = window.frameGeometry()
        needed = window.minimumSizeHint()
        minimum = window.minimumSize()
        width = max(frame.width(), minimum.width(), needed.width() if needed.isValid() else 0)
        height = max(frame.height(), minimum.height(), needed.height() if needed.isValid() else 0)
        if width > limit_w or height > limit_h:
            self.problems.append(
                f"{name}: the window needs {width}x{height}, more than {limit_w}x{limit_h}"
            )
        for text in clipped_texts(window):
            self.problems.append(f"{name}: {text}")
        for text in sideways_scrolling(window):
            self.warnings.append(f"{name}: {text}")
        path = self.out / f"{name}.png"
        window.grab().save(str(path))
        self.shots.append(path)

    def dialog(self, name: str, dialog, before: Callable[[], None] | None = None) -> None:
        dialog.show()
        if before is not None:
            before()
        self.shoot(name, dialog)
        dialog.close()
        dialog.deleteLater()

    # ------------------------------------------------------------------ the walk

    def run(self) -> int:
        from PySide6.QtWidgets import QApplication

        from ..core.profiles import ProfileRegistry
        from ..core.session import Session
        from . import theme
        from .app import make_app
        from .language import install_translators

        app = make_app()
        self.out.mkdir(parents=True, exist_ok=True)
        options = self.options
        install_translators(app, options.lang)
        registry = ProfileRegistry(self.data_dir)
        self.first_run(registry)
        profile = registry.create("Ana")
        session = Session.start(
            self.data_dir, language=options.lang, profile=profile.id, profile_name=profile.name
        )
        session.store.set_setting("theme", options.theme)
        session.store.set_setting("text_size", options.scale)
        from .mainwindow import MainWindow

        window = MainWindow(session)
        window.confirm_external = lambda url: False
        window.resize(options.width, options.height)
        window.show()
        window.fit_to_screen()  # like a maximised window: the screen less the frame
        try:
            self.learner_screens(window)
            self.quiz_screens(window)
            self.other_screens(window)
            self.dialogs(window, registry)
            self.teacher_screens(window)
        finally:
            window.close()
            session.close()
            registry.close()
            theme.apply(app, "default", 100)
            QApplication.processEvents()
        return 1 if self.problems else 0

    def first_run(self, registry) -> None:
        from .welcome import WelcomeDialog

        welcome = WelcomeDialog(registry, language=self.options.lang)
        welcome.show()
        self.shoot("first-run-language", welcome)
        welcome.next()
        welcome.choose_size(self.options.scale if self.options.scale in (150, 200, 250) else 100)
        self.shoot("first-run-text-size", welcome)
        welcome.next()
        welcome.finish()  # no name typed: the dialog says what is missing
        self.shoot("first-run-name", welcome)
        welcome.close()
        welcome.deleteLater()

    def learner_screens(self, window) -> None:
        catalog = window.session.catalog
        module = catalog.modules[0]
        window.show_home()
        self.shoot("home", window)
        window.open_lesson(module.id, module.lessons[0].id)
        self.shoot("lesson", window)
        window.lesson_view.set_scroll_fraction(0.6)
        self.shoot("lesson-further-down", window)
        window.show_home()
        self.shoot("home-after-reading", window)

    def quiz_screens(self, window) -> None:
        from ..core.quiz import score

        view = window.quiz_view
        seen: set[str] = set()
        for module in window.session.catalog.modules:
            for index, question in enumerate(module.questions):
                kind = question.type.value if hasattr(question.type, "value") else question.type
                if kind in seen:
                    continue
                seen.add(kind)
                window.open_quiz(module.id, index=index, resume=False)
                self.shoot(f"question-{kind}", window)
                assert view.widget is not None
                view._show_feedback(score(question, view.widget.answer()))
                self.shoot(f"question-{kind}-checked", window)
        module = window.session.catalog.modules[0]
        window.open_quiz(module.id, resume=False)
        view.finish()
        self.shoot("result", window)
        if view.result_list.count():
            view.start_review(0)
            self.shoot("result-review", window)

    def other_screens(self, window) -> None:
        window.start_review()
        self.shoot("review", window)
        window.show_calibration()
        self.shoot("calibration", window)
        window.show_timeline()
        self.shoot("timeline", window)
        window.show_glossary()
        self.shoot("glossary", window)
        window.show_search()
        window.search_view.query.setText("AI Act" if self.options.lang == "en" else "人工智能法")
        self.shoot("search", window)
        window.show_assigned()
        self.shoot("assigned-to-me", window)

    def dialogs(self, window, registry) -> None:
        from . import theme
        from .profiles.picker import ProfilePicker
        from .settings import SettingsDialog
        from .teacher.pin import EnterPinDialog, SetPinDialog

        settings = SettingsDialog(
            language=window.session.language,
            text_size=theme.scale(),
            theme_name=theme.current().name,
            folders=[],
            policy=window.session.policy,
            parent=window,
        )
        self.dialog("settings", settings)
        ben = registry.create("Ben", "2468")
        picker = ProfilePicker(registry)
        self.dialog("profile-picker", picker)
        picker = ProfilePicker(registry)

        def wrong_pins() -> None:
            picker.select(ben.id)
            picker.open_selected()
            for _ in range(3):
                picker.pin_edit.setText("0000")
                picker.submit_pin()

        self.dialog("profile-picker-pin-locked", picker, wrong_pins)
        lock = window.teacher_lock
        choose = SetPinDialog(lock, parent=window)

        def mismatch() -> None:
            choose.pin_edit.setText("1357")
            choose.repeat_edit.setText("1358")
            choose.try_accept()

        self.dialog("teacher-pin-choose", choose, mismatch)
        lock.set_pin("1357")
        enter = EnterPinDialog(lock, parent=window)

        def wrong_three_times() -> None:
            for _ in range(3):
                enter.pin_edit.setText("0000")
                enter.try_accept()

        self.dialog("teacher-pin-locked", enter, wrong_three_times)

    def teacher_screens(self, window) -> None:
        view = window.teacher_view
        view.on_catalog_changed()
        window._show(view)
        for index, name in enumerate(("teacher-assignments", "teacher-report", "teacher-content")):
            view.tabs.setCurrentIndex(index)
            self.shoot(name, window)


def main(argv: list[str] | None = None) -> int:
    options = parse_args(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="ailiteracy-tour-") as scratch:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            _fake_screen(Path(scratch), options.width, options.height)
        tour = Tour(options, Path(scratch) / "data")
        code = tour.run()
    for problem in tour.problems:
        print(f"tour: {problem}", file=sys.stderr)
    for warning in tour.warnings:
        print(f"tour: warning: {warning}", file=sys.stderr)
    print(f"tour: {len(tour.shots)} screens saved in {options.out}; problems: {len(tour.problems)}")
    return code


if __name__ == "__main__":
    sys.exit(main())
