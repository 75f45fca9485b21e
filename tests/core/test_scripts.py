"""The set-up scripts name missing system packages instead of failing obscurely."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fake_tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def test_missing_packages_are_named_with_the_command_to_install_them(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    # dpkg says only libegl1 is installed; we are not root and there is no sudo
    fake_tool(
        bin_dir,
        "dpkg-query",
        'for a; do last="$a"; done; [ "$last" = libegl1 ] && printf "install ok installed"',
    )
    fake_tool(bin_dir, "id", "echo 1000")
    for tool in ("grep", "dirname", "cat"):
        real = subprocess.run(["sh", "-c", f"command -v {tool}"], capture_output=True, text=True)
        (bin_dir / tool).symlink_to(real.stdout.strip())
    script = f'source "{ROOT}/scripts/common.sh"; ensure_system_packages'
    result = subprocess.run(
        ["/bin/bash", "-c", script],
        capture_output=True,
        text=True,
        env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
        timeout=60,
    )
    assert result.returncode == 1
    assert "Missing system packages: libglib2.0-0 libgl1" in result.stderr
    assert "libegl1" not in result.stderr.split("Missing system packages:")[1].splitlines()[0]
    assert "apt-get install --no-install-recommends libglib2.0-0" in result.stderr
    assert "Traceback" not in result.stderr
    assert os.path.exists(ROOT / "scripts" / "run") and os.access(ROOT / "scripts" / "run", os.X_OK)


def test_run_starts_the_app_at_once_when_nothing_changed(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    fake_tool(venv / "bin", "python", 'echo "app $* launcher=$AILITERACY_LAUNCHER"')
    (venv / ".ailiteracy-ready-headless").touch()  # newer than every source
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "AILITERACY_VENV": str(venv),
    }
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "run"), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"app -m ailiteracy --lang en launcher={ROOT}/scripts/run"
    assert result.stderr == ""  # no package check, no rebuild
    os.utime(venv / ".ailiteracy-ready-headless", (0, 0))  # older than the sources
    tools = tmp_path / "tools"
    tools.mkdir()
    fake_tool(tools, "dpkg-query", 'printf "install ok installed"')
    stale = subprocess.run(
        ["/bin/bash", str(ROOT / "scripts" / "run")],
        capture_output=True,
        text=True,
        env={**env, "PATH": f"{tools}:/usr/bin:/bin"},
        timeout=60,
    )
    assert stale.returncode == 0, stale.stderr
    lines = stale.stdout.splitlines()
    assert any(line.startswith("app -m pip install") for line in lines)  # set-up ran again
    assert lines[-1].startswith("app -m ailiteracy")
    assert os.stat(venv / ".ailiteracy-ready-headless").st_mtime > 0


def test_the_no_screen_message_names_the_command_that_was_used(tmp_path: Path) -> None:
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "AILITERACY_LAUNCHER")
    }
    command = [sys.executable, "-m", "ailiteracy", "--data-dir", str(tmp_path)]
    plain = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert plain.returncode == 2
    assert f"run: {sys.executable} -m ailiteracy --self-test" in plain.stderr
    launched = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**env, "AILITERACY_LAUNCHER": "scripts/run"},
        timeout=120,
    )
    assert "run: scripts/run --self-test" in launched.stderr
