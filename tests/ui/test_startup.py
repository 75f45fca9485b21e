"""Start-up stays light: screens and libraries meant to be loaded on demand are not
imported by a start that shows the main window, a lesson and its quiz."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run the real self-test (main window, first lesson, its quiz) in a fresh process, with
# the pre-built cache the test made for the shipped content, and report every module it
# imported, and (as "qt:<class>") every Qt class it used: PySide6 builds a class, and all
# of its Python enums, on first use.
PROBE = """
import json, sys
from pathlib import Path
from ailiteracy.core import paths
paths.prebuilt_cache_dir = lambda: Path(sys.argv[2])
from ailiteracy.cli import main
code = main(["--self-test", "--data-dir", sys.argv[1]])
qt = [
    "qt:" + name
    for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
    for name in vars(sys.modules[module])
    if name.startswith("Q")
]
print(json.dumps({"code": code, "modules": sorted(sys.modules) + qt}))
"""

# Screens and libraries a first window does not show or use.
LAZY = [
    "ailiteracy.ui.reviewview",
    "ailiteracy.ui.timelineview",
    "ailiteracy.ui.teacher",
    "ailiteracy.ui.calibrationview",
    "ailiteracy.ui.printing",
    "ailiteracy.ui.settings",
    "ailiteracy.ui.assignedview",
    "ailiteracy.ui.miniwebview",
    "ailiteracy.ui.tour",
    "ailiteracy.ui.welcome",
    "ailiteracy.ui.profiles",
    "ailiteracy.core.xapi",
    "ailiteracy.core.gift",
    "ailiteracy.core.report",
    "ailiteracy.core.render",
    "ailiteracy.core.results",
    "ailiteracy.core.assignments",
    "ailiteracy.core.calibration",
    "ailiteracy.core.search",
    "sqlite3",
    "_hashlib",  # OpenSSL (about 3 MiB): the content cache's digest is CPython's own BLAKE2
    "tomllib",  # content comes from the pre-built cache; there is no policy file
    "difflib",
    "html",  # its table of named characters; the interface escapes with plaintext.escape
    "markdown",
    "nh3",
    "fsrs",
    "urllib.request",
    "http.client",
    "qt:QMessageBox",  # only when there is something to say
    "qt:QDialog",  # the picker, the welcome and the window's dialogs
    "qt:QPlainTextEdit",
    "qt:QFontDatabase",  # only a Chinese session checks for a Chinese font
    "qt:QStyledItemDelegate",  # the search screen's results
    "qt:QStyleOption",  # an icon's disabled or selected look
    "ailiteracy.ui.glossaryview",
    "ailiteracy.ui.searchview",
]
# What the self-test does use, so the probe cannot pass by doing nothing.
USED = [
    "ailiteracy.ui.mainwindow",
    "ailiteracy.ui.lessonview",
    "ailiteracy.ui.quizview",
    "qt:QMainWindow",
    "qt:QTextBrowser",
]


def start(data_dir: Path, prebuilt: Path, **env: str) -> set[str]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environ.pop("AILITERACY_NO_PREBUILT_CACHE", None)
    environ.update(env)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir), str(prebuilt)],
        capture_output=True,
        text=True,
        env=environ,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, done.stderr
    return set(report["modules"])


@pytest.fixture(scope="module")
def prebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A current pre-built cache of the shipped content, as an installed app has."""
    from ailiteracy.core import cache, paths

    out = tmp_path_factory.mktemp("prebuilt")
    assert cache.build(paths.content_dir(), out)
    return out


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory, prebuilt: Path) -> set[str]:
    return start(tmp_path_factory.mktemp("data"), prebuilt)


def test_start_uses_the_window_lesson_and_quiz(started: set[str]) -> None:
    assert set(USED) <= started


@pytest.mark.parametrize("module", LAZY)
def test_start_does_not_import(started: set[str], module: str) -> None:
    assert module not in started, f"{module} is imported at start-up; import it on first use"


def test_start_without_the_prebuilt_cache_still_opens_the_lesson(
    tmp_path: Path, prebuilt: Path
) -> None:
    modules = start(tmp_path, prebuilt, AILITERACY_NO_PREBUILT_CACHE="1")
    assert set(USED) <= modules
    assert "markdown" in modules  # the lesson was rendered here, not read from the cache
