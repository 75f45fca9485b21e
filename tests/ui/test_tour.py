"""The screenshot tour: every screen fits 1366x768 at 250% text, in both languages."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest


def tour(out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ailiteracy.ui.tour", "--out", str(out), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_every_screen_fits_a_small_screen_at_250_percent(tmp_path: Path, language: str) -> None:
    run = tour(tmp_path, "--size", "1366x768", "--scale", "250", "--lang", language)
    assert run.returncode == 0, run.stderr[-3000:]
    names = {p.stem for p in tmp_path.glob("*.png")}
    expected = {
        "first-run-language",
        "first-run-name",
        "home",
        "lesson",
        "question-claim",
        "question-claim-checked",
        "question-order",
        "result",
        "review",
        "calibration",
        "timeline",
        "glossary",
        "search",
        "settings",
        "profile-picker",
        "teacher-pin-locked",
        "teacher-report",
    }
    assert expected <= names
    assert all(p.stat().st_size > 1000 for p in tmp_path.glob("*.png"))


def test_a_screen_bigger_than_the_screen_fails_the_tour(qtbot, tmp_path: Path, monkeypatch, capsys):
    """The size check and the exit code, on two windows instead of a whole walk."""
    from PySide6.QtWidgets import QLabel

    from ailiteracy.ui import tour as tour_module

    def walk(self: tour_module.Tour) -> int:
        fits, too_big = QLabel("fits"), QLabel("too big")
        too_big.setMinimumSize(700, 300)  # wider than 640
        for name, window in (("fits", fits), ("too-big", too_big)):
            qtbot.addWidget(window)
            window.resize(320, 200)
            window.show()
            self.shoot(name, window)
        return 1 if self.problems else 0

    monkeypatch.setattr(tour_module.Tour, "run", walk)
    assert tour_module.main(["--out", str(tmp_path), "--size", "640x480"]) == 1
    err = capsys.readouterr().err
    needed = re.search(r"tour: too-big: the window needs (\d+)x(\d+), more than 640x480", err)
    assert needed and int(needed[1]) >= 700 and int(needed[2]) >= 300  # plus the frame
    assert "fits:" not in err
    assert {p.stem for p in tmp_path.glob("*.png")} == {"fits", "too-big"}
    assert tour_module.main(["--out", str(tmp_path), "--size", "1366x768"]) == 0
