"""The command line: check-content (text and JSON), --version, import-gift."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ailiteracy import __version__
from ailiteracy.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ailiteracy", *args], capture_output=True, text=True, timeout=120
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"ailiteracy {__version__}"


def test_check_content_valid_root(content_root: Path, capsys) -> None:
    assert main(["check-content", str(content_root)]) == 0
    assert capsys.readouterr().out == ""


def test_check_content_reports_path_line_message(content_root: Path, capsys) -> None:
    quiz = content_root / "en" / "second" / "quiz.toml"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace("answer = true", "answer = 'yes'"),
        encoding="utf-8",
    )
    assert main(["check-content", str(content_root)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    path, line, message = lines[0].split(":", 2)
    assert path.endswith("en/second/quiz.toml") and line == "1"
    assert message.strip() == "'answer' must be true or false"


def test_check_content_json(content_root: Path, capsys) -> None:
    assert main(["check-content", "--json", str(content_root)]) == 0
    report = json.loads(capsys.readouterr().out)
    demo = next(m for m in report["modules"] if m["id"] == "demo" and m["locale"] == "en")
    assert demo.pop("practice_tasks") == 0
    assert [lesson["id"] for lesson in demo.pop("lesson_details")] == ["first", "second"]
    assert demo == {
        "id": "demo",
        "locale": "en",
        "title": "Demo module",
        "lessons": 2,
        "questions": 7,
        "types": {
            "single": 1,
            "multiple": 1,
            "truefalse": 1,
            "claim": 1,
            "order": 1,
            "match": 1,
            "spot": 1,
        },
    }
    assert report["errors"] == []


def test_shipped_content_is_valid() -> None:
    result = run("check-content", "--json")
    report = json.loads(result.stdout)
    assert report["errors"] == [], "\n".join(
        f"{e['path']}:{e['line']}: {e['message']}" for e in report["errors"]
    )
    assert result.returncode == 0
    ids = {(m["id"], m["locale"]) for m in report["modules"]}
    assert ("checking-ai", "en") in ids


def test_import_gift_command(tmp_path: Path) -> None:
    gift = tmp_path / "q.gift"
    gift.write_text(
        "::Sky:: The sky is blue. {T}\n\nWhich is a fruit? {=apple ~stone}\n", encoding="utf-8"
    )
    out = tmp_path / "imported"
    result = run("import-gift", str(gift), "--out", str(out), "--title", "Imported")
    assert result.returncode == 0, result.stderr
    check = run("check-content", str(tmp_path / "root"))
    assert check.returncode == 1  # a missing root is reported, not ignored
    root = tmp_path / "root" / "en"
    root.mkdir(parents=True)
    out.rename(root / "imported")
    check = run("check-content", str(tmp_path / "root"))
    assert check.returncode == 0, check.stdout


def test_no_screen_gives_a_plain_message_and_self_test_still_runs(tmp_path: Path) -> None:
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    gui = subprocess.run(
        [sys.executable, "-m", "ailiteracy", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert gui.returncode == 2 and "no screen was found" in gui.stderr
    check = subprocess.run(
        [sys.executable, "-m", "ailiteracy", "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert check.returncode == 0 and check.stdout.strip().endswith("self-test: OK")
