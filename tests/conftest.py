"""Shared fixtures. GUI tests run offscreen; no test touches the real user folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


# Tests that share an expensive module fixture (a build, a virtual X server) run in one
# worker when the suite runs in parallel (``--dist loadgroup``), and the slowest start
# first so that the other worker works through the rest meanwhile.
GROUPS = {
    "tests/package/test_bundle.py": "bundle",  # builds the standalone app (minutes)
    "tests/screenreader/test_atspi.py": "screenreader",  # Xvfb, D-Bus, AT-SPI
    "tests/package/test_wheel.py": "wheel",  # builds the sdist and wheel, installs it
}
SLOW_FIRST = (*GROUPS, "tests/ui/test_tour.py")


def _first(item: pytest.Item) -> int:
    path = item.nodeid.split("::", 1)[0]
    return SLOW_FIRST.index(path) if path in SLOW_FIRST else len(SLOW_FIRST)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)
        group = GROUPS.get(item.nodeid.split("::", 1)[0])
        if group:
            item.add_marker(pytest.mark.xdist_group(group))
    items.sort(key=_first)  # stable: the rest keep their order


@pytest.fixture
def content_root(tmp_path: Path) -> Path:
    """A copy of the small test content root, safe to modify."""
    target = tmp_path / "content"
    shutil.copytree(DATA / "content", target)
    return target
