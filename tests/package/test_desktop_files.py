"""Linux desktop integration: the menu entry, icons and AppStream data are valid and installed."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ID = "org.ailiteracy.ailiteracy"
LINUX = ROOT / "resources" / "linux"


def validate(tool: list[str], path: Path) -> None:
    """Run a validator (scripts/test installs both on Debian: desktop-file-utils, appstream)."""
    assert shutil.which(tool[0]), f"{tool[0]} is not installed"
    result = subprocess.run([*tool, str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def check_desktop_file(path: Path, exec_prefix: str) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == ID
    assert section["Exec"].startswith(exec_prefix) and "Education" in section["Categories"]
    assert section["Name[zh_CN]"]
    validate(["desktop-file-validate"], path)


def test_the_shipped_desktop_file_and_metainfo_are_valid() -> None:
    check_desktop_file(LINUX / f"{ID}.desktop", "ailiteracy ")
    meta = LINUX / f"{ID}.metainfo.xml"
    tree = ET.parse(meta).getroot()
    assert tree.findtext("id") == ID
    assert tree.find("launchable").text == f"{ID}.desktop"
    validate(["appstreamcli", "validate", "--no-net"], meta)
    ET.parse(LINUX / f"{ID}.mime.xml")


def test_icons_exist_in_every_size_the_menus_use() -> None:
    icons = ROOT / "resources" / "icons"
    assert ET.parse(icons / "ailiteracy.svg").getroot().tag.endswith("svg")
    for size in (16, 24, 32, 48, 64, 128, 256):
        data = (icons / f"ailiteracy-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size)


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    app = bundle / "ailiteracy"
    app.write_text('#!/bin/sh\necho bundled "$@"\n')
    app.chmod(0o755)
    return bundle


def install_system(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "install-system"), *map(str, args)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_install_system_installs_and_uninstalls_everything(
    fake_bundle: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "root"
    policy = tmp_path / "policy.toml"
    policy.write_text("guest_only = true\n", encoding="utf-8")
    done = install_system(
        "--destdir", dest, "--bundle", fake_bundle, "--policy", policy, "--desktop-shortcut"
    )
    assert done.returncode == 0, done.stderr
    share = dest / "usr/local/share"
    assert os.access(dest / "opt/ailiteracy/ailiteracy", os.X_OK)
    assert os.readlink(dest / "usr/local/bin/ailiteracy") == "/opt/ailiteracy/ailiteracy"
    check_desktop_file(share / f"applications/{ID}.desktop", "/opt/ailiteracy/ailiteracy ")
    assert (dest / f"etc/skel/Desktop/{ID}.desktop").is_file()
    assert (share / f"icons/hicolor/scalable/apps/{ID}.svg").is_file()
    assert (share / f"icons/hicolor/48x48/apps/{ID}.png").is_file()
    assert (share / f"metainfo/{ID}.metainfo.xml").is_file()
    assert (dest / "etc/ailiteracy/policy.toml").read_text(encoding="utf-8") == policy.read_text(
        encoding="utf-8"
    )
    removed = install_system("--destdir", dest, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    left = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    assert left == ["etc/ailiteracy/policy.toml"]  # the administrator's policy stays
    assert "learner" in removed.stderr


def test_install_system_without_a_bundle_names_the_command_that_builds_it(tmp_path: Path) -> None:
    done = install_system("--destdir", tmp_path, "--bundle", tmp_path / "none")
    assert done.returncode == 1
    assert "scripts/bundle" in done.stderr and (ROOT / "scripts" / "bundle").is_file()
