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
