"""Shared fixtures. GUI tests run offscreen; no test touches the real user folders."""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _import_untraced(name: str) -> None:
    """Import a third-party module with coverage's tracer paused, if it is running.

    Under a line tracer, Python 3.12 pays for each line of a module's top-level code
    in proportion to the size of that code: pypdf's 17,000-line table of glyph names
    takes about 20 s to import under coverage instead of 0.2 s, in every test process.
    Only ailiteracy/core is measured, so pausing loses nothing.
    """
    from coverage import Coverage  # a test requirement (pytest-cov)

    running = Coverage.current()
    if running is not None:
        running.stop()
    try:
        importlib.import_module(name)
    finally:
        if running is not None:
            running.start()


_import_untraced("pypdf")

DATA = Path(__file__).parent / "data"


# When the suite runs in parallel (scripts/test), each test module goes to one worker as
# a whole (--dist loadscope), so a module's expensive fixture (a build, a virtual X
# server) is made once, and in this order: the slowest modules start first, so that
# the other workers work through the rest meanwhile. xdist hands out the first four in
# turn (first and third to one worker, second and fourth to the other); after that
# each worker takes the next module when it runs short.
SLOW_FIRST = (
    "tests/package/test_bundle.py",  # builds the standalone app (a minute or more)
    "tests/package/test_wheel.py",  # builds the sdist and wheel, installs it (30-40 s)
    "tests/ui/test_tour.py",  # the whole tour in a process, twice
    "tests/screenreader/test_atspi.py",  # Xvfb, D-Bus, AT-SPI (about 15 s)
)


def _first(item: pytest.Item) -> int:
    path = item.nodeid.split("::", 1)[0]
    return SLOW_FIRST.index(path) if path in SLOW_FIRST else len(SLOW_FIRST)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)
    items.sort(key=_first)  # stable: the rest keep their order


@pytest.fixture
def content_root(tmp_path: Path) -> Path:
    """A copy of the small test content root, safe to modify."""
    target = tmp_path / "content"
    shutil.copytree(DATA / "content", target)
    return target


@pytest.fixture
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """New PIN hashes at a low scrypt cost, for tests of what happens around PINs rather
    than of the hashing (tests/core/test_pins.py checks the real cost). Each hash names
    its cost, so one made at the real cost is still checked as it was made."""
    from ailiteracy.core import pins

    monkeypatch.setattr(pins, "SCRYPT_N", 2**4)
