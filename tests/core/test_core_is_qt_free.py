"""ailiteracy.core must never load Qt (it runs in tests and tools without a display)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import ailiteracy.core


def test_no_core_module_imports_pyside6() -> None:
    names = [f"ailiteracy.core.{m.name}" for m in pkgutil.iter_modules(ailiteracy.core.__path__)]
    assert "ailiteracy.core.store" in names
    code = (
        "import importlib, json, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "import ailiteracy.cli\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_ruff_bans_pyside6_in_core() -> None:
    bad = "from PySide6.QtCore import QObject\n"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--select",
            "TID251",
            "--stdin-filename",
            "ailiteracy/core/example.py",
            "-",
        ],
        input=bad,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "TID251" in result.stdout
