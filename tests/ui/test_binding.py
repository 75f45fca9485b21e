"""The Qt binding must not corrupt Python's reference counts in a long session.

PySide6 6.12.0 on Python 3.11 lowers the reference count of ``None`` (and of ``True``
and ``False``) on every call that returns them; after a few thousand calls the
interpreter aborts with "Fatal Python error: none_dealloc". A library PC runs one
process all day, so the installed binding is exercised here in a subprocess, the way
a long session would, and the test fails if the process dies or the counts drift.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 30_000

PROGRAM = f"""
import sys
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

app = QApplication([])
label = QLabel()
box = QCheckBox()
before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
for _ in range(1000):
    label.setText("x")        # returns None
    box.setChecked(True)      # returns None
    box.isChecked()           # returns True
    label.isHidden()          # returns False
after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
for _ in range({CALLS}):
    label.setText("x")
    box.isChecked()
    label.isHidden()
label.deleteLater()
box.deleteLater()
app.processEvents()
print("drift", *(b - a for a, b in zip(before, after)))
"""


def test_a_long_session_of_qt_calls_keeps_reference_counts_intact() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, (
        f"the Qt binding crashed the interpreter (exit {result.returncode}):\n{result.stderr}"
    )
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("drift")][-1]
    none_drift, true_drift, false_drift = (int(n) for n in line.split()[1:])
    # Immortal objects (Python 3.12+) report a constant count; on 3.11 a sound binding
    # leaves the counts where they were, give or take a few temporary references.
    for name, drift in (("None", none_drift), ("True", true_drift), ("False", false_drift)):
        assert abs(drift) < 100, f"{name}'s reference count drifted by {drift} over 1,000 calls"
