"""The standalone app: built by scripts/bundle, it runs with no Python and no virtual environment.

The build is reused while no source changed (scripts/bundle checks a stamp), so
CI builds it once; a first build takes a few minutes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_BUNDLE_MIB = 150
pytestmark = pytest.mark.timeout(1800)  # the first build takes several minutes


@pytest.fixture(scope="module")
def bundle() -> Path:
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "bundle")], capture_output=True, text=True, timeout=1500
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    folder = ROOT / "dist" / "ailiteracy"
    assert (folder / "ailiteracy").is_file()
    return folder


def bare_env(tmp_path: Path) -> dict[str, str]:
    """No virtual environment, no Python on PATH beyond the system's, no display."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}


def test_the_bundle_runs_its_self_test_without_python(bundle: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = bundle / "ailiteracy"
    env = bare_env(tmp_path)
    version = subprocess.run(
        [app, "--version"], cwd=empty, env=env, capture_output=True, text=True, timeout=120
    )
    assert version.returncode == 0 and version.stdout.startswith("ailiteracy ")
    test = subprocess.run(
        [app, "--self-test", "--data-dir", tmp_path / "data"],
        cwd=empty,
        env=env,  # no DISPLAY: the self-test draws offscreen by itself
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert test.returncode == 0, test.stdout + test.stderr
    assert "self-test: OK" in test.stdout + test.stderr
    check = subprocess.run(
        [app, "check-content"], cwd=empty, env=env, capture_output=True, text=True, timeout=120
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert list(empty.iterdir()) == []


def test_the_bundle_carries_only_what_the_app_uses(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mib = sum(p.stat().st_size for p in files) / (1024 * 1024)
    assert size_mib < MAX_BUNDLE_MIB
    names = {p.name for p in files}
    assert any(n.startswith("libQt6Widgets.so") for n in names)
    assert any(n.startswith("libQt6PrintSupport.so") for n in names)
    assert any(n.startswith("libQt6TextToSpeech") for n in names)  # Read aloud
    for unused in ("libQt6Qml.so", "libQt6Quick.so", "libQt6VirtualKeyboard", "libQt6WebEngine"):
        assert not any(n.startswith(unused) for n in names), unused
    qt_translations = {p.name for p in bundle.rglob("PySide6/Qt/translations/*.qm")}
    assert qt_translations and qt_translations <= {"qtbase_zh_CN.qm", "qt_zh_CN.qm"}
    shipped = bundle / "_internal" / "ailiteracy" / "shipped"
    assert (shipped / "cache" / "en.json").is_file()
    assert (shipped / "resources" / "translations" / "ailiteracy_zh_CN.qm").is_file()
    assert not list(bundle.rglob("*.pickle"))
