"""Shared fixtures. GUI tests run offscreen; no test touches the real user folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def content_root(tmp_path: Path) -> Path:
    """A copy of the small test content root, safe to modify."""
    target = tmp_path / "content"
    shutil.copytree(DATA / "content", target)
    return target
