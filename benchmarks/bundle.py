"""The standalone app (scripts/bundle): its size on disk and how to start its self-test."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "dist" / "ailiteracy"


def executable(folder: Path) -> Path:
    return folder / ("ailiteracy.exe" if sys.platform == "win32" else "ailiteracy")


def build() -> Path:
    """Build (or reuse, when nothing changed) the bundle with scripts/bundle; its folder."""
    done = subprocess.run(["bash", str(ROOT / "scripts" / "bundle")], stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise RuntimeError(f"scripts/bundle failed with exit code {done.returncode}")
    return DEFAULT


def size_mb(folder: Path) -> float:
    """Bytes of every file below ``folder`` (links not followed), in MiB."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / (1024 * 1024)


def self_test_command(folder: Path) -> tuple[list[str], Path]:
    """The bundle's self-test with a fresh data folder (the caller removes it)."""
    data_dir = Path(tempfile.mkdtemp(prefix="ailiteracy-bench-bundle-"))
    return [str(executable(folder)), "--self-test", "--data-dir", str(data_dir)], data_dir
