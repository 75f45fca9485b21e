"""The screens used less often are imported when first opened, not at start-up."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

RARE = (
    "ailiteracy.ui.glossaryview",
    "ailiteracy.ui.searchview",
    "ailiteracy.ui.reviewview",
    "ailiteracy.ui.timelineview",
    "ailiteracy.ui.teacher",
    "ailiteracy.ui.calibrationview",
    "ailiteracy.ui.assignedview",
    "ailiteracy.ui.miniwebview",
)


def loaded_after(code: str) -> list[str]:
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return [name for name in json.loads(out.stdout) if name in RARE]


def test_importing_the_main_window_leaves_the_rare_screens_unloaded() -> None:
    assert all(importlib.util.find_spec(name) for name in RARE)  # the names are real
    assert loaded_after("from ailiteracy.ui.controller import AppController") == []
