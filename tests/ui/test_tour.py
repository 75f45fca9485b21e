"""The screenshot tour: every screen fits 1366x768 at 250% text, in both languages."""

from __future__ import annotations

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


def test_the_tour_fails_when_screens_do_not_fit(tmp_path: Path) -> None:
    run = tour(tmp_path, "--size", "640x480", "--scale", "250", "--theme", "dark")
    assert run.returncode == 1
    assert "more than 640x480" in run.stderr
